#include "requestlog.h"

#include "netlogging.h"

#include <QUrl>

#include <algorithm>

namespace mgrdesk::net {

namespace {
const QString kMask = QStringLiteral("*****");

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}
} // namespace

QString RequestLogEntry::toLine() const
{
    QString line = time.toUTC().toString(Qt::ISODateWithMs);
    line += QLatin1Char(' ') + status + QLatin1Char(' ') + QString::number(httpStatus) + QLatin1Char(' ')
        + QString::number(durationMs) + QStringLiteral("ms ") + QString::number(bytes) + QStringLiteral("B ")
        + function;
    if (!parameters.isEmpty())
        line += QLatin1Char(' ') + oneLine(parameters);
    if (!message.isEmpty())
        line += QStringLiteral(" | ") + oneLine(message);
    return line;
}

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{
}

RequestLog::~RequestLog() = default;

void RequestLog::setCapacity(int entries)
{
    m_capacity = qMax(1, entries);
    while (int(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

bool RequestLog::setFilePath(const QString &path)
{
    if (m_file.isOpen())
        m_file.close();
    m_file.setFileName(path);
    if (path.isEmpty())
        return true;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        qCWarning(lcNet) << "cannot open the request log file" << path << m_file.errorString();
        m_file.setFileName(QString());
        return false;
    }
    return true;
}

QString RequestLog::filePath() const
{
    return m_file.fileName();
}

void RequestLog::addSecret(const QString &value)
{
    if (value.size() < 4 || m_secrets.contains(value))
        return;
    m_secrets.append(value);
    // Longest first, so that a secret containing another one is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void RequestLog::removeSecret(const QString &value)
{
    m_secrets.removeAll(value);
}

QString RequestLog::maskText(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        text.replace(secret, kMask);
        // The encoded form too (a secret may be logged percent-encoded).
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, kMask);
    }
    return text;
}

void RequestLog::append(RequestLogEntry entry)
{
    entry.function = maskText(entry.function, m_secrets);
    entry.parameters = maskText(entry.parameters, m_secrets);
    entry.message = maskText(entry.message, m_secrets);
    m_entries.push_back(entry);
    while (int(m_entries.size()) > m_capacity)
        m_entries.pop_front();
    if (m_file.isOpen()) {
        m_file.write(entry.toLine().toUtf8());
        m_file.write("\n");
        m_file.flush();
    }
    Q_EMIT entryAdded(entry);
}

QList<RequestLogEntry> RequestLog::entries() const
{
    return QList<RequestLogEntry>(m_entries.begin(), m_entries.end());
}

void RequestLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

} // namespace mgrdesk::net
