#include "requestlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace mgrdesk::sim {

bool RequestLog::open(const QString &path)
{
    m_file.setFileName(path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

QString RequestLog::line(
    const QDateTime &when, qint64 pid, const QString &ip, const QString &user, const QString &query)
{
    const QString stamp = QLocale::c().toString(when, QStringLiteral("MMM")) + QLatin1Char(' ')
        + QStringLiteral("%1").arg(when.date().day(), 2, 10, QLatin1Char(' ')) + QLatin1Char(' ')
        + when.toString(QStringLiteral("HH:mm:ss"));
    return QStringLiteral("%1 [%2:%2] core_module INFO Request [%3][%4] '%5'")
        .arg(stamp)
        .arg(pid)
        .arg(ip, user, query);
}

void RequestLog::write(const QString &ip, const QString &user, const QString &query)
{
    if (!m_file.isOpen())
        return;
    m_file.write(
        line(QDateTime::currentDateTime(), QCoreApplication::applicationPid(), ip, user, query).toUtf8());
    m_file.write("\n");
    m_file.flush();
}

} // namespace mgrdesk::sim
