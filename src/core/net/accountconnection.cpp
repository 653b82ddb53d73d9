#include "accountconnection.h"

#include <QCoreApplication>

namespace mgrdesk::net {

net::ConnectionSettings connectionSettingsFor(const accounts::Account &account)
{
    net::ConnectionSettings s;
    s.accountId = account.id;
    s.baseUrl = account.baseUrl;
    s.username = account.username;
    s.method = account.method == accounts::LoginMethod::AuthInfo ? net::LoginMethod::AuthInfo
                                                                 : net::LoginMethod::Session;
    s.lang = account.language;
    s.defaultSu = account.defaultSu;
    s.pinnedCertificatePem = account.pinnedCertificatePem;
    return s;
}

QString accessLevelName(int level)
{
    const char *name = nullptr;
    switch (level) {
    case 16:
        name = QT_TRANSLATE_NOOP("mgrdesk::gui::AccessLevel", "client");
        break;
    case 24:
        name = QT_TRANSLATE_NOOP("mgrdesk::gui::AccessLevel", "reseller");
        break;
    case 28:
        name = QT_TRANSLATE_NOOP("mgrdesk::gui::AccessLevel", "department");
        break;
    case 29:
        name = QT_TRANSLATE_NOOP("mgrdesk::gui::AccessLevel", "administrator");
        break;
    case 30:
        name = QT_TRANSLATE_NOOP("mgrdesk::gui::AccessLevel", "superuser");
        break;
    default:
        return QCoreApplication::translate("mgrdesk::gui::AccessLevel", "level %1").arg(level);
    }
    return QCoreApplication::translate("mgrdesk::gui::AccessLevel", "%1 (level %2)")
        .arg(QCoreApplication::translate("mgrdesk::gui::AccessLevel", name))
        .arg(level);
}

} // namespace mgrdesk::net
