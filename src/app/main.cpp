// mgrdesk: the desktop application. Thin: application identity, translations, the main window.
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
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
    if (appTranslator.load(QLocale(), QStringLiteral("mgrdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop client for BILLmanager"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    mgrdesk::gui::MainWindow window;
    window.show();
    return app.exec();
}
