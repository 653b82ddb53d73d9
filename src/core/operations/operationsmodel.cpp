#include "operationsmodel.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace mgrdesk::operations {

struct OperationsModel::Operation
{
    QPointer<net::Connection> connection;
    net::JobOptions options;
    QString title, account, function, progressId;
    State state = State::Running;
    std::optional<int> steps, done;
    QString comment, message;
    QDateTime started;
    qint64 elapsedMs = 0;
    QElapsedTimer clock;
    qint64 lastPollMs = -1;
    bool pollInFlight = false;
};

OperationsModel::OperationsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        for (const auto &op : m_operations) {
            if (op->state != State::Running)
                continue;
            op->elapsedMs = op->clock.elapsed();
            changed(op.get());
            if (!op->pollInFlight && (op->lastPollMs < 0 || op->elapsedMs - op->lastPollMs >= m_pollMs))
                poll(op.get());
        }
    });
}

OperationsModel::~OperationsModel() = default;

bool OperationsModel::tracksProgress(const protocol::ToolButton &button)
{
    // The web interface sends every group operation (a "group" button, deletes included) with a progressid
    // and shows "progress_group_step" while it runs; forms, windows and child lists are not operations.
    return button.type == QLatin1String("group") || button.func.endsWith(QLatin1String(".delete"));
}

QString OperationsModel::addProgressId(protocol::Request &request)
{
    QString id = request.value(QStringLiteral("progressid"));
    if (id.isEmpty()) {
        // The web interface uses a random token per operation; the server only echoes it to progress.get.
        id = QStringLiteral("mgrdesk-%1")
                 .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        request.set(QStringLiteral("progressid"), id);
    }
    return id;
}

net::ApiJob *OperationsModel::start(net::Connection *connection, const protocol::Request &request,
    const QString &title, const QString &accountName, QObject *owner, const net::JobOptions &options)
{
    auto op = std::make_unique<Operation>();
    op->connection = connection;
    op->options = options;
    op->title = title.isEmpty() ? request.function() : title;
    op->account = accountName;
    op->function = request.function();
    op->progressId = request.value(QStringLiteral("progressid"));
    op->started = QDateTime::currentDateTime();
    op->clock.start();
    op->lastPollMs = 0; // first poll after one interval: a quick operation never needs one
    Operation *raw = op.get();

    // The reply comes when the operation ends: a reboot may take minutes, and the polls show it is alive.
    net::JobOptions sendOptions = options;
    if (sendOptions.timeoutMs == 0)
        sendOptions.timeoutMs = operationTimeoutMs;
    net::ApiJob *job = connection->send(request, owner ? owner : this, sendOptions);
    connect(job, &net::ApiJob::finished, this, [this, raw](const net::ApiResult &result) {
        if (rowOf(raw) >= 0)
            finish(raw, result);
    });

    beginInsertRows({}, 0, 0);
    m_operations.insert(m_operations.begin(), std::move(op));
    endInsertRows();
    if (!m_ticker.isActive())
        m_ticker.start();
    Q_EMIT runningCountChanged(runningCount());
    return job;
}

void OperationsModel::poll(Operation *op)
{
    if (!op->connection || op->progressId.isEmpty())
        return;
    op->pollInFlight = true;
    op->lastPollMs = op->clock.elapsed();
    protocol::Request request(QStringLiteral("progress.get"));
    request.set(QStringLiteral("elid"), op->progressId);
    net::ApiJob *job = op->connection->send(request, this, op->options);
    connect(job, &net::ApiJob::finished, this, [this, op](const net::ApiResult &result) {
        if (rowOf(op) < 0)
            return;
        op->pollInFlight = false;
        // Before the server has registered the operation (or after it ended) progress.get answers an error:
        // that is not the operation's error, so it is ignored.
        if (op->state != State::Running || !result.ok() || !result.reply.progress)
            return;
        const protocol::ProgressData &p = *result.reply.progress;
        op->steps = p.steps;
        op->done = p.done;
        op->comment = p.comment;
        changed(op);
    });
}

void OperationsModel::finish(Operation *op, const net::ApiResult &result)
{
    if (op->state != State::Running)
        return;
    op->elapsedMs = op->clock.elapsed();
    if (result.ok()) {
        op->state = State::Succeeded;
        if (op->steps)
            op->done = op->steps;
    } else if (result.status == net::ApiResult::Status::Cancelled) {
        op->state = State::Cancelled;
        op->message = tr("Cancelled");
    } else {
        op->state = State::Failed;
        op->message = result.message;
    }
    changed(op);
    const int running = runningCount();
    if (running == 0)
        m_ticker.stop();
    Q_EMIT runningCountChanged(running);
    Q_EMIT operationFinished(rowOf(op), op->state, op->message);
}

int OperationsModel::runningCount() const
{
    int n = 0;
    for (const auto &op : m_operations)
        n += op->state == State::Running ? 1 : 0;
    return n;
}

void OperationsModel::clearFinished()
{
    for (int row = int(m_operations.size()) - 1; row >= 0; --row) {
        if (m_operations[size_t(row)]->state == State::Running)
            continue;
        beginRemoveRows({}, row, row);
        m_operations.erase(m_operations.begin() + row);
        endRemoveRows();
    }
}

void OperationsModel::setPollInterval(int ms)
{
    m_pollMs = qMax(100, ms);
}

int OperationsModel::rowOf(const Operation *op) const
{
    for (size_t i = 0; i < m_operations.size(); ++i) {
        if (m_operations[i].get() == op)
            return int(i);
    }
    return -1;
}

void OperationsModel::changed(const Operation *op)
{
    const int row = rowOf(op);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Operation &op = *m_operations[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return op.title;
    case Qt::ToolTipRole:
        return op.message.isEmpty() ? op.comment : op.message;
    case StateRole:
        return QVariant::fromValue(op.state);
    case AccountRole:
        return op.account;
    case FunctionRole:
        return op.function;
    case StepsRole:
        return op.steps ? QVariant(*op.steps) : QVariant();
    case DoneRole:
        return op.done ? QVariant(*op.done) : QVariant();
    case CommentRole:
        return op.comment;
    case MessageRole:
        return op.message;
    case StartedRole:
        return op.started;
    case ElapsedRole:
        return op.state == State::Running ? op.clock.elapsed() : op.elapsedMs;
    case ProgressIdRole:
        return op.progressId;
    default:
        return {};
    }
}

QHash<int, QByteArray> OperationsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(AccountRole, "account");
    names.insert(FunctionRole, "function");
    names.insert(StepsRole, "steps");
    names.insert(DoneRole, "done");
    names.insert(CommentRole, "comment");
    names.insert(MessageRole, "message");
    names.insert(StartedRole, "started");
    names.insert(ElapsedRole, "elapsed");
    names.insert(ProgressIdRole, "progressId");
    return names;
}

} // namespace mgrdesk::operations
