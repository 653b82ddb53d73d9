#pragma once
// The edit forms: account.edit (every control kind), user.edit, and the two-step order wizard vds.order →
// vds.order.confirm. Opening, sv_field recomputation, validation and saving.
#include "context.h"
#include "table.h"

namespace mgrdesk::sim {

class Dataset;

class Forms
{
public:
    explicit Forms(Dataset &data);
    bool handle(Context &ctx, Node &doc);

private:
    void accountEdit(Context &ctx, Node &doc);
    void userEdit(Context &ctx, Node &doc);
    void vdsOrder(Context &ctx, Node &doc);
    void vdsOrderConfirm(Context &ctx, Node &doc, bool openOnly = false);
    void paymentSetStatus(Context &ctx, Node &doc);
    void ticketEdit(Context &ctx, Node &doc, bool clientSide);
    // formstickets.cpp: the ticket form (conversation, attachments, properties) and the staff actions
    struct TicketUpload
    {
        QString name, type;
        QByteArray bytes;
    };
    QList<TicketUpload> ticketUploads(const Context &ctx) const;
    void ticketForm(Context &ctx, Node &doc, bool clientSide, const Row *row);
    void ticketAction(Context &ctx, Node &doc);
    // the "add payment" wizard (payment.add → payment.add.method …), the toolbar's pay, validators
    void paymentWizardStep(Context &ctx, Node &doc);
    void paymentWizardConfirm(Context &ctx, Node &doc);
    qint64 createPayment(const Context &ctx, const QString &amount, const QString &methodName);
    void paymentRedirect(Context &ctx, Node &doc);
    void validator(Context &ctx, Node &doc);
    void vdsOrderAddon(Context &ctx, Node &doc);
    // the API guide's examples (docs/protocol.md §3)
    void userInfo(Context &ctx, Node &doc);
    void paymentEdit(Context &ctx, Node &doc);
    void invoiceGenerate(Context &ctx, Node &doc);
    void domainEdit(Context &ctx, Node &doc);
    void adminEdit(Context &ctx, Node &doc);

    Dataset &m_data;
};

} // namespace mgrdesk::sim
