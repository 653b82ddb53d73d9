// mgrdesk: the desktop application. Thin: application identity, translations, the stores, the main window.
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/settings/settings.h"
#include "linkhandler.h"
#include "mainwindow/mainwindow.h"
#include "singleinstance.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// --demo-server URL: an account "Demo server" (created or updated) for that URL, user admin, whose password
// "demo" is held in memory for this run only (never written to the keychain).
QString setUpDemoAccount(mgrdesk::accounts::AccountStore &store,
    mgrdesk::accounts::CredentialStore &credentials, const QString &urlText)
{
    using mgrdesk::accounts::Account;
    const mgrdesk::accounts::UrlCheck check = Account::normaliseUrl(urlText);
    if (!check.ok()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--demo-server: %1").arg(check.error)));
        return QString();
    }
    const QString name = QApplication::translate("main", "Demo server");
    Account account;
    const QList<Account> accounts = store.accounts();
    for (const Account &a : accounts) {
        if (a.name == name) {
            account = a;
            break;
        }
    }
    const bool isNew = account.id.isEmpty();
    if (isNew)
        account = Account::create();
    account.name = name;
    if (account.baseUrl != check.url)
        account.pinnedCertificatePem.clear(); // another server (a new demo port): trust is asked again
    account.baseUrl = check.url;
    account.username = QStringLiteral("admin");
    if (isNew)
        account.tag = mgrdesk::accounts::EnvironmentTag::Test;
    // Before the store announces the account, so that its connection finds the password in memory.
    credentials.setSessionPassword(account.credentialKey(), QStringLiteral("demo"));
    if (!(isNew ? store.add(account) : store.update(account)))
        return QString();
    return account.id;
}

} // namespace

int main(int argc, char *argv[])
{
    // The icons live in the mgrdesk_gui static library: register its resources explicitly.
    Q_INIT_RESOURCE(mgrdesk);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mgrdesk"));
    QApplication::setOrganizationName(QStringLiteral("mgrdesk"));
    QApplication::setOrganizationDomain(QStringLiteral("mgrdesk.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(MGRDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mgrdesk.Mgrdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mgrdesk.svg")));

    // Qt's own strings (standard buttons, dialogs) first, then ours; both by the system locale.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(
            QLocale(), QStringLiteral("mgrdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop client for BILLmanager"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo-server"),
        QApplication::translate("main",
            "Add (or update) the account “Demo server” for <url> with user admin and "
            "password “demo” (kept in memory only), and select it."),
        QStringLiteral("url"));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
        QApplication::translate("main",
            "Keep accounts and window state in <file> (INI) instead of the default "
            "settings."),
        QStringLiteral("file"));
    parser.addOption(demoOption);
    parser.addOption(settingsOption);
    parser.addPositionalArgument(QStringLiteral("link"),
        QApplication::translate(
            "main", "A link to open: mgrdesk://open?url=…, mgrdesk:https://…, or a web interface address."),
        QStringLiteral("[link]"));
    parser.process(app);

    // One instance per user and settings file: a second launch (a mgrdesk: link clicked in a browser) hands
    // its link to the running window and exits. A --demo-server launch always gets a window of its own.
    const QString link = parser.positionalArguments().value(0);
    mgrdesk::app::SingleInstance instance(parser.value(settingsOption));
    if (!parser.isSet(demoOption)) {
        if (instance.handOver(link))
            return 0;
        instance.listen();
    }

    // One settings file for everything (accounts, window, tabs, list layouts): --settings FILE or the
    // default.
    mgrdesk::settings::Settings settings(parser.isSet(settingsOption)
            ? parser.value(settingsOption)
            : mgrdesk::settings::Settings::defaultFileName());
    mgrdesk::settings::Settings::setApplication(&settings);
    auto store = std::make_unique<mgrdesk::accounts::AccountStore>(&settings);
    mgrdesk::accounts::CredentialStore credentials;

    QString demoId;
    if (parser.isSet(demoOption)) {
        demoId = setUpDemoAccount(*store, credentials, parser.value(demoOption));
        if (demoId.isEmpty())
            return 2;
    }

    mgrdesk::gui::MainWindow window(store.get(), &credentials);
    if (!demoId.isEmpty())
        window.selectAccount(demoId);
    window.show();
    mgrdesk::app::LinkHandler links(&window);
    app.installEventFilter(&links);
    auto *openLink = new QAction(QApplication::translate("main", "Open Link…"), &window);
    openLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QObject::connect(openLink, &QAction::triggered, &links, &mgrdesk::app::LinkHandler::promptAndOpen);
    window.addAction(openLink);
    QObject::connect(
        &instance, &mgrdesk::app::SingleInstance::messageReceived, &links, &mgrdesk::app::LinkHandler::open);
    if (!link.isEmpty())
        QMetaObject::invokeMethod(
            &links, [&links, link] { links.open(link); }, Qt::QueuedConnection);
    return app.exec();
}
