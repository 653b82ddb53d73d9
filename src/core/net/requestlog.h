#pragma once
// The request log of a connection: bounded, in memory, optionally appended to a file. Every entry is masked
// before it is stored: parameters come from Request::toDisplayString(), and any value registered with
// addSecret() (the session id, the password) is replaced by ***** wherever it appears.

#include "requestlogentry.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>

namespace mgrdesk::net {

class RequestLog : public QObject
{
    Q_OBJECT
public:
    explicit RequestLog(QObject *parent = nullptr);
    ~RequestLog() override;

    int capacity() const { return m_capacity; }
    void setCapacity(int entries); // oldest entries are dropped beyond it (default 1000)

    // Also append every entry to this file (one line each). Empty path: memory only. False when it cannot
    // open.
    bool setFilePath(const QString &path);
    QString filePath() const;

    // Values that must never appear in the log (session ids, passwords). Short values (< 4 chars) are
    // ignored.
    void addSecret(const QString &value);
    void removeSecret(const QString &value);

    void append(RequestLogEntry entry);
    QList<RequestLogEntry> entries() const;
    int size() const { return int(m_entries.size()); }
    void clear();

    static QString maskText(QString text, const QStringList &secrets);
    // `text` with every registered secret (the session id, the password) replaced by *****: for any other
    // rendering of what the connection received (console, error details), without handing out the secrets.
    QString mask(const QString &text) const { return maskText(text, m_secrets); }
    // The registered secrets (longest first), for renderers that mask with maskText(); never display them.
    QStringList secrets() const { return m_secrets; }

Q_SIGNALS:
    void entryAdded(const mgrdesk::net::RequestLogEntry &entry);
    void cleared();

private:
    std::deque<RequestLogEntry> m_entries;
    int m_capacity = 1000;
    QFile m_file;
    QStringList m_secrets;
};

} // namespace mgrdesk::net
