#pragma once
// The edit forms: account.edit (every control kind), user.edit, and the two-step order wizard vds.order →
// vds.order.confirm. Opening, sv_field recomputation, validation and saving.
#include "context.h"

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
    void vdsOrderConfirm(Context &ctx, Node &doc);
    void paymentSetStatus(Context &ctx, Node &doc);
    void ticketEdit(Context &ctx, Node &doc, bool clientSide);

    Dataset &m_data;
};

} // namespace mgrdesk::sim
