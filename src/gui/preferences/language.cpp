#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace mgrdesk::gui {

namespace {
std::unique_ptr<QTranslator> s_qt, s_app;
QString s_current;
} // namespace

QStringList Language::available()
{
    return { QString(), QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("es") };
}

QString Language::displayName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QCoreApplication::translate("mgrdesk::gui::Language", "System (%1)")
        .arg(QLocale::system().nativeLanguageName());
}

bool Language::apply(const QString &code, const QString &directory)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (s_app)
        QCoreApplication::removeTranslator(s_app.get());
    if (s_qt)
        QCoreApplication::removeTranslator(s_qt.get());
    s_app.reset();
    s_qt.reset();
    s_current = code;
    if (!code.isEmpty())
        QLocale::setDefault(locale);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qt = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    const bool found = app->load(locale, QStringLiteral("mgrdesk"), QStringLiteral("_"), directory);
    if (found) {
        QCoreApplication::installTranslator(app.get());
        s_app = std::move(app);
    }
    return found || locale.language() == QLocale::English;
}

QString Language::current()
{
    return s_current;
}

} // namespace mgrdesk::gui
