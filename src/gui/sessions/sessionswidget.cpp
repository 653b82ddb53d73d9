#include "sessionswidget.h"

#include "common/messagebox.h"

#include "core/net/connection.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mgrdesk::gui {

namespace {
enum Column { ColSession, ColLogin, ColUser, ColIp, ColCreated, ColThis, ColumnCount };

net::JobOptions plainOptions()
{
    net::JobOptions o;
    o.noDefaultSu = true; // sessions are the real user's business
    return o;
}
} // namespace

SessionsWidget::SessionsWidget(net::Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    setAccessibleName(tr("Active sessions"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        { tr("Session"), tr("Login"), tr("Acting as"), tr("Address"), tr("Created"), tr("This session") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Sessions"));
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    m_end = new QPushButton(tr("&End session"), this);
    m_end->setAccessibleName(tr("End the selected session"));
    m_end->setEnabled(false);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Sessions status"));
    m_status->setWordWrap(true);
    row->addWidget(m_end);
    row->addWidget(m_refresh);
    row->addWidget(m_status, 1);
    layout->addLayout(row);

    auto *endAction = new QAction(tr("End session"), this);
    endAction->setShortcut(QKeySequence::Delete);
    endAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(endAction);
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);

    connect(m_end, &QPushButton::clicked, this, &SessionsWidget::endSelectedSession);
    connect(endAction, &QAction::triggered, this, &SessionsWidget::endSelectedSession);
    connect(m_refresh, &QPushButton::clicked, this, &SessionsWidget::reload);
    connect(refreshAction, &QAction::triggered, this, &SessionsWidget::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_end->setEnabled(!m_table->selectedItems().isEmpty()); });
}

SessionsWidget::~SessionsWidget()
{
    if (m_job)
        m_job->cancel();
}

QString SessionsWidget::maskId(const QString &id)
{
    if (id.size() <= 4)
        return QStringLiteral("…");
    return id.left(4) + QStringLiteral("…");
}

int SessionsWidget::rowCount() const
{
    return m_table->rowCount();
}

int SessionsWidget::ownRow() const
{
    if (!m_connection || m_connection->sessionId().isEmpty())
        return -1;
    return int(m_ids.indexOf(m_connection->sessionId()));
}

int SessionsWidget::rowForLogin(const QString &login) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, ColLogin) && m_table->item(r, ColLogin)->text() == login)
            return r;
    }
    return -1;
}

QString SessionsWidget::statusText() const
{
    return m_status->text();
}

void SessionsWidget::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void SessionsWidget::reload()
{
    if (!m_connection)
        return;
    if (m_job)
        m_job->cancel();
    setStatus(tr("Loading…"), false);
    protocol::Request request(QStringLiteral("session"));
    m_job = m_connection->send(request, this, plainOptions());
    connect(m_job, &net::ApiJob::finished, this, [this](const net::ApiResult &result) {
        if (result.status == net::ApiResult::Status::Cancelled)
            return;
        if (!result.ok() || !result.reply.table) {
            const QString message = result.ok() ? tr("The server did not send a list.") : result.message;
            setStatus(tr("The sessions could not be loaded: %1").arg(message), true);
            Q_EMIT loadFailed(message);
            return;
        }
        const protocol::TableData &t = *result.reply.table;
        const int cId = t.columnIndex(QStringLiteral("id"));
        const int cLogin = t.columnIndex(QStringLiteral("login"));
        const int cUser = t.columnIndex(QStringLiteral("user"));
        const int cIp = t.columnIndex(QStringLiteral("ip"));
        const int cCreated = t.columnIndex(QStringLiteral("createdate"));
        const auto cell = [&t](int row, int col) { return col < 0 ? QString() : t.cell(row, col); };
        const QString own = m_connection ? m_connection->sessionId() : QString();
        m_ids.clear();
        m_table->clearContents();
        m_table->setRowCount(t.rowCount());
        int ownRowIndex = -1;
        for (int r = 0; r < t.rowCount(); ++r) {
            const QString id = cId >= 0 ? cell(r, cId) : t.rowKey(r);
            m_ids.append(id);
            const bool mine = !own.isEmpty() && id == own;
            const QStringList cells { maskId(id), cell(r, cLogin), cell(r, cUser), cell(r, cIp),
                cell(r, cCreated), mine ? tr("This session") : QString() };
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (mine) {
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                }
                m_table->setItem(r, c, item);
            }
            if (mine)
                ownRowIndex = r;
        }
        m_table->resizeColumnsToContents();
        setStatus(ownRowIndex >= 0 ? tr("%n session(s); yours is marked.", nullptr, t.rowCount())
                                   : tr("%n session(s).", nullptr, t.rowCount()),
            false);
        Q_EMIT loaded(t.rowCount());
    });
}

void SessionsWidget::endSelectedSession()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (!items.isEmpty())
        endSession(items.first()->row());
}

bool SessionsWidget::endSession(int row)
{
    if (!m_connection || row < 0 || row >= m_ids.size())
        return false;
    const QString id = m_ids.at(row);
    const QString login = m_table->item(row, ColLogin) ? m_table->item(row, ColLogin)->text() : QString();
    const bool mine = id == m_connection->sessionId();
    const QString text = mine
        ? tr("End your own session (%1)? The account is logged out.").arg(login)
        : tr("End the session of %1 (%2)? That user has to log in again.").arg(login, maskId(id));
    MessageBox::question(this, tr("End session"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        this, [this, id, login, mine](QMessageBox::StandardButton button) {
            if (button != QMessageBox::Yes || !m_connection)
                return;
            if (mine) {
                m_connection->logout(); // session.delete for it, then forgets it
                setStatus(tr("Your session was ended."), false);
                Q_EMIT sessionEnded(true, QString());
                return;
            }
            protocol::Request request(QStringLiteral("session.delete"));
            request.setElid(id);
            request.markPrivate(QStringLiteral("elid"));
            net::ApiJob *job = m_connection->send(request, this, plainOptions());
            connect(job, &net::ApiJob::finished, this, [this, login](const net::ApiResult &result) {
                if (result.status == net::ApiResult::Status::Cancelled)
                    return;
                if (result.ok())
                    setStatus(tr("The session of %1 was ended.").arg(login), false);
                else
                    setStatus(tr("Could not end the session: %1").arg(result.message), true);
                Q_EMIT sessionEnded(result.ok(), result.message);
                if (result.ok())
                    reload();
            });
        });
    return true;
}

} // namespace mgrdesk::gui
