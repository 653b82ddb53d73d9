#include "accountstore.h"

#include "core/settings/settings.h"

#include "logging.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace mgrdesk::accounts {

namespace {
const QString &accountsGroup()
{
    static const QString g = QStringLiteral("accounts");
    return g;
}
QString groupOf(const QString &id)
{
    return accountsGroup() + QLatin1Char('/') + id;
}

namespace key {
const QLatin1String version("version");
const QLatin1String name("name");
const QLatin1String url("url");
const QLatin1String username("username");
const QLatin1String method("method");
const QLatin1String lang("language");
const QLatin1String tag("tag");
const QLatin1String su("defaultSu");
const QLatin1String certificate("pinnedCertificate");
const QLatin1String order("order");
const QLatin1String plainHttp("plainHttpConfirmed");
} // namespace key
} // namespace

AccountStore::AccountStore(QObject *parent)
    : AccountStore(settings::Settings::application(), parent)
{
}

AccountStore::AccountStore(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_own(std::make_unique<settings::Settings>(iniFile))
    , m_app(m_own.get())
    , m_settings(m_app->file())
{
    load();
}

AccountStore::AccountStore(settings::Settings *settings, QObject *parent)
    : QObject(parent)
    , m_app(settings)
    , m_settings(settings->file())
{
    load();
}

AccountStore::~AccountStore() = default;

QString AccountStore::fileName() const
{
    return m_settings->fileName();
}

void AccountStore::reload()
{
    m_settings->sync();
    load();
}

void AccountStore::load()
{
    m_accounts.clear();
    m_skipped.clear();
    m_settings->beginGroup(accountsGroup());
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        bool ok = false;
        const int version = m_settings->value(key::version).toInt(&ok);
        if (!ok || version < 1 || version > SettingsVersion || QUuid::fromString(id).isNull()) {
            // Written by a newer build (or damaged): leave it exactly as it is.
            qCInfo(lcAccounts) << "skipping account group" << id << "with settings version"
                               << m_settings->value(key::version).toString();
            m_skipped.append(id);
            m_settings->endGroup();
            continue;
        }
        Account a;
        a.id = id;
        a.name = m_settings->value(key::name).toString();
        a.baseUrl = QUrl(m_settings->value(key::url).toString(), QUrl::StrictMode);
        a.username = m_settings->value(key::username).toString();
        a.method = Account::methodFromKey(m_settings->value(key::method).toString());
        a.language = m_settings->value(key::lang).toString();
        a.tag = Account::tagFromKey(m_settings->value(key::tag).toString());
        a.defaultSu = m_settings->value(key::su).toString();
        a.pinnedCertificatePem = m_settings->value(key::certificate).toString().toLatin1();
        a.order = m_settings->value(key::order, 0).toInt();
        a.plainHttpConfirmed = m_settings->value(key::plainHttp, false).toBool();
        m_accounts.append(a);
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::stable_sort(m_accounts.begin(), m_accounts.end(),
        [](const Account &l, const Account &r) { return l.order < r.order; });
    for (int i = 0; i < m_accounts.size(); ++i)
        m_accounts[i].order = i;
}

QList<Account> AccountStore::accounts() const
{
    return m_accounts;
}

bool AccountStore::contains(const QString &id) const
{
    return indexOf(id) >= 0;
}

int AccountStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return i;
    }
    return -1;
}

Account AccountStore::account(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 ? m_accounts.at(i) : Account();
}

void AccountStore::write(const Account &a)
{
    m_settings->beginGroup(groupOf(a.id));
    m_settings->setValue(key::version, SettingsVersion);
    m_settings->setValue(key::name, a.name);
    m_settings->setValue(key::url, a.baseUrl.toString());
    m_settings->setValue(key::username, a.username);
    m_settings->setValue(key::method, Account::methodKey(a.method));
    m_settings->setValue(key::lang, a.language);
    m_settings->setValue(key::tag, Account::tagKey(a.tag));
    m_settings->setValue(key::su, a.defaultSu);
    if (a.pinnedCertificatePem.isEmpty())
        m_settings->remove(key::certificate);
    else
        m_settings->setValue(key::certificate, QString::fromLatin1(a.pinnedCertificatePem));
    m_settings->setValue(key::order, a.order);
    if (a.plainHttpConfirmed)
        m_settings->setValue(key::plainHttp, true);
    else
        m_settings->remove(key::plainHttp);
    m_settings->endGroup();
}

bool AccountStore::writeOrder()
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        m_accounts[i].order = i;
        m_settings->setValue(groupOf(m_accounts.at(i).id) + QLatin1Char('/') + key::order, i);
    }
    return sync();
}

bool AccountStore::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        const QString message = tr("Could not save the accounts to %1.").arg(m_settings->fileName());
        qCWarning(lcAccounts) << "settings not written:" << m_settings->fileName() << m_settings->status();
        Q_EMIT storeError(message);
        return false;
    }
    return true;
}

bool AccountStore::add(Account account)
{
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (contains(account.id) || m_skipped.contains(account.id))
        return false;
    account.order = int(m_accounts.size());
    m_accounts.append(account);
    write(account);
    const bool ok = sync();
    qCInfo(lcAccounts) << "account added" << account.id << account.baseUrl.toDisplayString();
    Q_EMIT accountAdded(account);
    return ok;
}

bool AccountStore::update(const Account &account)
{
    const int i = indexOf(account.id);
    if (i < 0)
        return false;
    const Account before = m_accounts.at(i);
    Account after = account;
    after.order = before.order; // order changes only through move()/setOrder()
    if (after == before)
        return true;
    m_accounts[i] = after;
    write(after);
    const bool ok = sync();
    Q_EMIT accountChanged(before, after);
    return ok;
}

bool AccountStore::setPinnedCertificate(const QString &id, const QByteArray &pem)
{
    Account a = account(id);
    if (a.id.isEmpty())
        return false;
    a.pinnedCertificatePem = pem;
    return update(a);
}

bool AccountStore::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    const Account removed = m_accounts.takeAt(i);
    m_settings->remove(groupOf(id));
    const bool ok = writeOrder();
    qCInfo(lcAccounts) << "account removed" << id;
    Q_EMIT accountRemoved(removed);
    Q_EMIT orderChanged();
    return ok;
}

bool AccountStore::move(const QString &id, int delta)
{
    const int from = indexOf(id);
    if (from < 0)
        return false;
    const int to = std::clamp(from + delta, 0, int(m_accounts.size()) - 1);
    if (to == from)
        return true;
    m_accounts.move(from, to);
    const bool ok = writeOrder();
    Q_EMIT orderChanged();
    return ok;
}

bool AccountStore::setOrder(const QStringList &ids)
{
    QList<Account> reordered;
    for (const QString &id : ids) {
        const int i = indexOf(id);
        if (i >= 0 && std::none_of(reordered.cbegin(), reordered.cend(), [&id](const Account &a) {
                return a.id == id;
            }))
            reordered.append(m_accounts.at(i));
    }
    for (const Account &a : std::as_const(m_accounts)) {
        if (!ids.contains(a.id))
            reordered.append(a);
    }
    m_accounts = reordered;
    const bool ok = writeOrder();
    Q_EMIT orderChanged();
    return ok;
}

} // namespace mgrdesk::accounts
