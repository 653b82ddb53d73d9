// mgrdesk-bench-main-window: the real start-up of mgrdesk for `mgrdesk-bench gui`, as src/app/main.cpp does
// it (resources, settings file, stored preferences, account store, credential store, MainWindow) with a fresh
// settings file named on the command line, until the window has painted and the event loop ran empty.
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/settings/settings.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "readyprobe.h"

#include <QApplication>
#include <QIcon>

#include <memory>

int main(int argc, char *argv[])
{
    Q_INIT_RESOURCE(mgrdesk);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mgrdesk"));
    QApplication::setOrganizationName(QStringLiteral("mgrdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mgrdesk.svg")));
    if (argc < 2)
        return 2;
    mgrdesk::settings::Settings settings(QString::fromLocal8Bit(argv[1]));
    mgrdesk::settings::Settings::setApplication(&settings);
    mgrdesk::gui::PreferencesDialog::applyStored(&settings);
    auto store = std::make_unique<mgrdesk::accounts::AccountStore>(&settings);
    mgrdesk::accounts::CredentialStore credentials;
    mgrdesk::gui::MainWindow window(store.get(), &credentials);
    new mgrdesk::bench::ReadyProbe(&window);
    window.show();
    return app.exec();
}
