#include "audittrail.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace mgrdesk::accounts {

namespace {

QString csvField(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("account"), accountId);
    o.insert(QStringLiteral("user"), realUser);
    o.insert(QStringLiteral("su"), actingAs);
    o.insert(QStringLiteral("func"), function);
    o.insert(QStringLiteral("status"), status);
    return o;
}

AuditEntry AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.accountId = o.value(QStringLiteral("account")).toString();
    e.realUser = o.value(QStringLiteral("user")).toString();
    e.actingAs = o.value(QStringLiteral("su")).toString();
    e.function = o.value(QStringLiteral("func")).toString();
    e.status = o.value(QStringLiteral("status")).toString();
    return e;
}

AuditTrail::AuditTrail(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
{
}

AuditTrail::~AuditTrail() = default;

QString AuditTrail::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/impersonation-audit.jsonl");
}

AuditTrail *AuditTrail::shared()
{
    static AuditTrail *instance = nullptr;
    if (!instance)
        instance = new AuditTrail(defaultPath(), QCoreApplication::instance());
    return instance;
}

bool AuditTrail::record(const AuditEntry &entry)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_error = tr("Cannot write the audit trail %1: %2").arg(m_path, file.errorString());
        qCWarning(lcAccounts) << "audit trail not writable:" << file.errorString();
        return false;
    }
    file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact));
    file.write("\n");
    file.close();
    Q_EMIT entryAdded(entry);
    return true;
}

QList<AuditEntry> AuditTrail::entries() const
{
    QList<AuditEntry> out;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            continue;
        const AuditEntry e = AuditEntry::fromJson(doc.object());
        if (e.isValid())
            out.append(e);
    }
    return out;
}

bool AuditTrail::clear()
{
    return !QFile::exists(m_path) || QFile::remove(m_path);
}

QString AuditTrail::toCsv(const QList<AuditEntry> &entries)
{
    QString out = QStringLiteral("time,account,user,acting_as,function,status\r\n");
    for (const AuditEntry &e : entries) {
        const QStringList fields { e.time.toUTC().toString(Qt::ISODate), e.accountId, e.realUser, e.actingAs,
            e.function, e.status };
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

bool AuditTrail::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv(entries()).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mgrdesk::accounts
