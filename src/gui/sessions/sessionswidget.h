#pragma once
// The server's active sessions (func=session) as a table: a masked session id, login, effective user (after
// func=su), address, creation time; the connection's own session is marked ("This session", bold). "End
// session" (Delete key too) asks for confirmation (gui::MessageBox) and sends session.delete for the selected
// session; ending one's own goes through Connection::logout(). Ids are kept only in memory: never shown in
// full, copied or logged (the request log masks session.delete's elid).

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace mgrdesk::net {
class ApiJob;
class Connection;
} // namespace mgrdesk::net

namespace mgrdesk::gui {

class SessionsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsWidget(net::Connection *connection, QWidget *parent = nullptr);
    ~SessionsWidget() override;

    void reload();
    // Ends the session in table row `row` after confirmation. False when the row is invalid.
    bool endSession(int row);
    void endSelectedSession();

    QTableWidget *table() const { return m_table; }
    int rowCount() const;
    int ownRow() const; // -1 when the own session is not listed
    int rowForLogin(const QString &login) const; // first row of that login, -1 when none (tests, selection)
    bool isLoading() const { return !m_job.isNull(); }
    QString statusText() const;

    static QString maskId(const QString &id); // "ab12…"

Q_SIGNALS:
    void loaded(int rows);
    void loadFailed(const QString &message);
    void sessionEnded(bool ok, const QString &message);

private:
    void setStatus(const QString &text, bool error);

    QPointer<net::Connection> m_connection;
    QTableWidget *m_table = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QPointer<net::ApiJob> m_job;
    QStringList m_ids; // per row, in memory only
};

} // namespace mgrdesk::gui
