#include "replyview.h"

#include "consoletext.h"
#include "lists/celldelegate.h"

#include "core/models/tablemodel.h"
#include "core/net/requestlog.h"
#include "core/protocol/request.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using net::ApiResult;
using protocol::ReplyKind;

namespace {

QTreeWidgetItem *item(QTreeWidgetItem *parent, const QString &name, const QString &value = QString())
{
    auto *i = new QTreeWidgetItem(parent, { name, value });
    return i;
}

// Every text of a tree through the masking of the connection's secrets (session id, password): a server may
// echo them anywhere (tparams, error params, messages).
void maskTree(QTreeWidgetItem *parent, const QStringList &secrets)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        QTreeWidgetItem *child = parent->child(i);
        for (int c = 0; c < child->columnCount(); ++c) {
            const QString text = child->text(c);
            const QString masked = net::RequestLog::maskText(text, secrets);
            if (masked != text)
                child->setText(c, masked);
        }
        maskTree(child, secrets);
    }
}

void addMenuNodes(QTreeWidgetItem *parent, const QList<protocol::MenuNode> &nodes)
{
    for (const protocol::MenuNode &n : nodes) {
        QTreeWidgetItem *i = item(parent, n.title.isEmpty() ? n.name : n.title, n.action);
        i->setToolTip(0, n.name);
        if (!n.type.isEmpty())
            i->setToolTip(1, n.type);
        addMenuNodes(i, n.children);
    }
}

QString statusName(ApiResult::Status status)
{
    switch (status) {
    case ApiResult::Status::Ok:
        return ReplyView::tr("OK");
    case ApiResult::Status::NetworkError:
        return ReplyView::tr("Network error");
    case ApiResult::Status::HttpError:
        return ReplyView::tr("HTTP error");
    case ApiResult::Status::TlsError:
        return ReplyView::tr("TLS error");
    case ApiResult::Status::Timeout:
        return ReplyView::tr("Timed out");
    case ApiResult::Status::Cancelled:
        return ReplyView::tr("Cancelled");
    case ApiResult::Status::NotApiReply:
        return ReplyView::tr("Not an API reply");
    case ApiResult::Status::ApiError:
        return ReplyView::tr("Server error");
    case ApiResult::Status::AuthError:
        return ReplyView::tr("Authentication error");
    }
    return {};
}

} // namespace

ReplyView::ReplyView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Reply"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(tr("No request sent yet"), this);
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Reply status"));
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Reply views"));
    layout->addWidget(m_tabs, 1);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("The reply appears here."), m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);

    m_tableView = new QTableView(m_stack);
    m_model = new models::TableModel(this);
    m_tableView->setModel(m_model);
    m_tableView->setItemDelegate(new CellDelegate(m_tableView));
    m_tableView->setSortingEnabled(true);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 6);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->horizontalHeader()->setSectionsMovable(true);
    m_tableView->setAccessibleName(tr("Reply rows"));
    m_stack->addWidget(m_tableView);

    m_tree = new QTreeWidget(m_stack);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Name"), tr("Value") });
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Reply tree"));
    m_stack->addWidget(m_tree);

    m_errorPage = new QWidget(m_stack);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    m_errorMessage = new QLabel(m_errorPage);
    m_errorMessage->setObjectName(QStringLiteral("consoleErrorMessage"));
    m_errorMessage->setTextFormat(Qt::PlainText);
    m_errorMessage->setWordWrap(true);
    m_errorMessage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_errorMessage->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_errorMessage->setFont(big);
    m_errorMessage->setAccessibleName(tr("Error message"));
    m_errorDetails = new QLabel(m_errorPage);
    m_errorDetails->setTextFormat(Qt::PlainText);
    m_errorDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorDetails->setAccessibleName(tr("Error type and object"));
    m_errorTree = new QTreeWidget(m_errorPage);
    m_errorTree->setColumnCount(2);
    m_errorTree->setHeaderLabels({ tr("Name"), tr("Value") });
    m_errorTree->setAccessibleName(tr("Error details"));
    errorLayout->addWidget(m_errorMessage);
    errorLayout->addWidget(m_errorDetails);
    errorLayout->addWidget(m_errorTree, 1);
    m_stack->addWidget(m_errorPage);
    m_tabs->addTab(m_stack, tr("&Parsed"));

    auto *rawPage = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    m_rawNote = new QLabel(rawPage);
    m_rawNote->setTextFormat(Qt::PlainText);
    m_rawNote->setWordWrap(true);
    m_rawNote->setVisible(false);
    m_raw = new QPlainTextEdit(rawPage);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Raw reply"));
    m_raw->setTabChangesFocus(true);
    rawLayout->addWidget(m_rawNote);
    rawLayout->addWidget(m_raw, 1);
    m_tabs->addTab(rawPage, tr("Ra&w"));
}

int ReplyView::maxRawChars()
{
    return 400000;
}

void ReplyView::setPage(Page page)
{
    m_page = page;
    QWidget *pages[] = { m_empty, m_tableView, m_tree, m_errorPage };
    m_stack->setCurrentWidget(pages[int(page)]);
}

void ReplyView::clear()
{
    m_model->clear();
    m_tree->clear();
    m_errorTree->clear();
    m_errorMessage->clear();
    m_errorDetails->clear();
    m_raw->clear();
    m_rawNote->setVisible(false);
    m_rawTruncated = false;
    setPage(Page::Empty);
}

void ReplyView::showSending(const QString &what)
{
    m_status->setText(tr("Sending %1…").arg(what));
    m_status->setAccessibleDescription(m_status->text());
}

void ReplyView::showResult(const ApiResult &result, const QStringList &secrets)
{
    clear();
    const protocol::Reply &reply = result.reply;
    QStringList parts { statusName(result.status) };
    if (result.httpStatus > 0)
        parts << tr("HTTP %1").arg(result.httpStatus);
    parts << tr("%1 ms").arg(QLocale().toString(result.elapsedMs)) << ConsoleText::sizeText(result.bytes);
    if (reply.isValid())
        parts << ConsoleText::kindName(reply.kind);
    if (reply.table)
        parts << tr("%n row(s)", nullptr, reply.table->rowCount());
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_status->setAccessibleDescription(m_status->text());

    if (reply.error || !result.ok()) {
        const QString message = reply.error && !reply.error->message.isEmpty()
            ? reply.error->message.trimmed()
            : result.message;
        m_errorMessage->setText(net::RequestLog::maskText(message, secrets));
        QStringList details;
        if (reply.error) {
            details << tr("Type: %1").arg(reply.error->type);
            if (!reply.error->object.isEmpty())
                details << tr("Object: %1").arg(reply.error->object);
            if (!reply.error->value.isEmpty())
                details << tr("Value: %1").arg(reply.error->value);
            for (const auto &p : reply.error->params)
                item(m_errorTree->invisibleRootItem(), p.first,
                    protocol::Request::isAlwaysSecret(p.first) ? ConsoleText::mask() : p.second);
            for (const auto &s : reply.error->stack)
                item(m_errorTree->invisibleRootItem(), tr("stack"),
                    tr("%1 (user %2, level %3)").arg(s.action, s.user, s.level));
            if (!reply.error->group.isEmpty())
                item(m_errorTree->invisibleRootItem(), tr("group"), reply.error->group);
        } else {
            details << tr("Status: %1").arg(ApiResult::statusName(result.status));
        }
        m_errorDetails->setText(net::RequestLog::maskText(details.join(QStringLiteral(" · ")), secrets));
        maskTree(m_errorTree->invisibleRootItem(), secrets);
        m_errorTree->resizeColumnToContents(0);
        setPage(Page::Error);
    } else if (reply.kind == ReplyKind::Table && reply.table) {
        m_model->setData(reply.table);
        setPage(Page::Table);
    } else {
        fillTree(result);
        maskTree(m_tree->invisibleRootItem(), secrets);
        setPage(Page::Tree);
    }

    bool truncated = false;
    const QString raw = reply.isValid() || reply.failure
        ? ConsoleText::renderReply(reply, secrets, maxRawChars(), &truncated)
        : net::RequestLog::maskText(result.message, secrets);
    m_rawTruncated = truncated;
    m_rawNote->setText(
        tr("The text view is shortened to keep the window responsive; the Parsed tab shows the "
           "whole reply."));
    m_rawNote->setVisible(truncated);
    m_raw->setPlainText(raw);
}

void ReplyView::fillTree(const ApiResult &result)
{
    const protocol::Reply &reply = result.reply;
    QTreeWidgetItem *root = m_tree->invisibleRootItem();
    switch (reply.kind) {
    case ReplyKind::Ok:
        item(root, tr("Result"), tr("ok"));
        if (reply.ok && !reply.ok->id.isEmpty())
            item(root, tr("New object"), reply.ok->id);
        if (reply.ok && !reply.ok->redirect.isEmpty())
            item(root, tr("Redirect"), reply.ok->redirect);
        if (reply.ok && !reply.ok->redirectType.isEmpty())
            item(root, tr("Redirect type"), reply.ok->redirectType);
        break;
    case ReplyKind::Auth:
        item(root, tr("Session"), ConsoleText::mask());
        if (reply.auth && reply.auth->level)
            item(root, tr("Level"), QString::number(*reply.auth->level));
        break;
    case ReplyKind::Form:
        if (const auto &f = reply.form) {
            QSet<QString> secret;
            for (const protocol::FormField &field : f->fields) {
                if (field.isPrivate || field.type == QLatin1String("password"))
                    secret.insert(field.name);
            }
            QTreeWidgetItem *values = item(root, tr("Values"), QString::number(f->values.size()));
            for (const auto &v : f->values) {
                const bool hide = (secret.contains(v.first) || protocol::Request::isAlwaysSecret(v.first))
                    && !v.second.isEmpty();
                QTreeWidgetItem *i = item(values, v.first, hide ? ConsoleText::mask() : v.second);
                for (const auto &a : f->valueAttributes.value(v.first))
                    item(i, QLatin1Char('@') + a.first,
                        protocol::Request::isAlwaysSecret(a.first) ? ConsoleText::mask() : a.second);
                i->setExpanded(true);
            }
            values->setExpanded(true);
            if (!f->options.isEmpty()) {
                QTreeWidgetItem *options = item(root, tr("Options"), QString::number(f->options.size()));
                for (auto it = f->options.begin(); it != f->options.end(); ++it) {
                    QTreeWidgetItem *s = item(options, it.key(), QString::number(it.value().size()));
                    for (const protocol::SelectOption &o : it.value())
                        item(s, o.key, o.label);
                }
            }
            for (auto it = f->lists.begin(); it != f->lists.end(); ++it)
                item(root, tr("List %1").arg(it.key()), tr("%n row(s)", nullptr, it.value()->rowCount()));
            if (f->hasMetadata) {
                QTreeWidgetItem *fields = item(root, tr("Fields"), f->title);
                for (const protocol::FormField &field : f->fields)
                    item(fields, field.name,
                        QStringList { field.control, field.type, field.label }
                            .join(QLatin1Char(' '))
                            .trimmed());
            }
        }
        break;
    case ReplyKind::Menu:
        if (reply.menu)
            addMenuNodes(item(root, tr("Menu"), reply.menu->name), reply.menu->nodes);
        m_tree->expandAll();
        break;
    case ReplyKind::Progress:
        if (const auto &p = reply.progress) {
            item(root, tr("Action"), p->action);
            if (p->steps)
                item(root, tr("Steps"), QString::number(*p->steps));
            if (p->done)
                item(root, tr("Done"), QString::number(*p->done));
            item(root, tr("Comment"), p->comment);
        }
        break;
    case ReplyKind::Table: // shown in the table view
    case ReplyKind::Error: // shown on the error page
    case ReplyKind::Invalid:
        break;
    }
    if (!reply.docAttributes.isEmpty()) {
        QTreeWidgetItem *doc = item(root, tr("Document attributes"));
        for (auto it = reply.docAttributes.begin(); it != reply.docAttributes.end(); ++it)
            item(doc, it.key(), it.value());
        doc->sortChildren(0, Qt::AscendingOrder);
    }
    m_tree->resizeColumnToContents(0);
}

QString ReplyView::statusText() const
{
    return m_status->text();
}

QString ReplyView::rawText() const
{
    return m_raw->toPlainText();
}

QString ReplyView::errorText() const
{
    return m_page == Page::Error ? m_errorMessage->text() : QString();
}

QString ReplyView::errorDetails() const
{
    return m_page == Page::Error ? m_errorDetails->text() : QString();
}

} // namespace mgrdesk::gui
