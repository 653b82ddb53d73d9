#pragma once
// Long operations (a request carrying `progressid`, e.g. vds.reboot) and their progress, for the Operations
// panel and the status bar. While the operation's own request runs, `progress.get&elid=ID` is asked once a
// second on the same connection; the result or error is kept after the end until cleared. Widget-free.

#include "core/net/joboptions.h"
#include "core/protocol/listmetadata.h"
#include "core/protocol/request.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

namespace mgrdesk::net {
class Connection;
class ApiJob;
struct ApiResult;
} // namespace mgrdesk::net

namespace mgrdesk::operations {

class OperationsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class State { Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    enum Role {
        StateRole = Qt::UserRole + 1, // State
        AccountRole, // the account's display name
        FunctionRole, // e.g. "vds.reboot"
        StepsRole, // int, or invalid while unknown
        DoneRole, // int, or invalid while unknown
        CommentRole, // the server's progress comment
        MessageRole, // the result's message (error text; empty on success)
        StartedRole, // QDateTime
        ElapsedRole, // qint64 ms (up to now while running)
        ProgressIdRole,
    };

    explicit OperationsModel(QObject *parent = nullptr);
    ~OperationsModel() override;

    // How long the operation's own request may go without an answer (it answers only at the end).
    static constexpr int operationTimeoutMs = 5 * 60 * 1000;

    // Is a list button's request a long operation (sent with a progressid and tracked here)? As the web
    // interface decides: group actions (type "group", deletes included) are; forms and windows are not.
    static bool tracksProgress(const protocol::ToolButton &button);

    // A request made trackable: adds a fresh `progressid` unless it has one. Returns the id.
    static QString addProgressId(protocol::Request &request);

    // Sends `request` (which must carry a progressid, see addProgressId) on `connection` with `options`
    // (su: the polls carry them too) and tracks it. The returned job is the operation's own; its finished()
    // reaches the caller as usual. `owner` defaults to the model, so closing the page that started it never
    // orphans the operation: its end is still recorded.
    net::ApiJob *start(net::Connection *connection, const protocol::Request &request, const QString &title,
        const QString &accountName, QObject *owner = nullptr, const net::JobOptions &options = {});

    int runningCount() const;
    void clearFinished(); // forgets every operation that ended
    void setPollInterval(int ms); // default 1000

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void runningCountChanged(int running);
    void operationFinished(
        int row, mgrdesk::operations::OperationsModel::State state, const QString &message);

private:
    struct Operation;
    void poll(Operation *op);
    void finish(Operation *op, const net::ApiResult &result);
    int rowOf(const Operation *op) const;
    void changed(const Operation *op);

    std::vector<std::unique_ptr<Operation>> m_operations;
    QTimer m_ticker; // refreshes elapsed times and sends the polls
    int m_pollMs = 1000;
};

} // namespace mgrdesk::operations
