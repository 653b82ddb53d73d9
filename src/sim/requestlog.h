#pragma once
// The request log in BILLmanager's format:
// "Feb  6 08:08:07 [2346:2346] core_module INFO Request [188.120.252.33][root] 'func=…&…'" (secrets as *).
#include <QFile>
#include <QString>

namespace mgrdesk::sim {

class RequestLog
{
public:
    bool open(const QString &path);
    void write(const QString &ip, const QString &user, const QString &query);
    static QString line(
        const QDateTime &when, qint64 pid, const QString &ip, const QString &user, const QString &query);

private:
    QFile m_file;
};

} // namespace mgrdesk::sim
