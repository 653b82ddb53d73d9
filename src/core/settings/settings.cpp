#include "settings.h"

#include "keys.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>

namespace mgrdesk::settings {

namespace {
QPointer<Settings> &applicationSettings()
{
    static QPointer<Settings> settings;
    return settings;
}
} // namespace

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_file(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    if (version() < Version) {
        if (QDir::cleanPath(iniFile) == QDir::cleanPath(defaultFileName())) {
            // Version 1 kept list layouts (and, without --settings, everything) here: read once, never
            // written.
            QSettings platformDefault(QSettings::NativeFormat, QSettings::UserScope,
                QCoreApplication::organizationName(), QCoreApplication::applicationName());
            migrate(&platformDefault);
        } else {
            migrate(nullptr);
        }
    }
}

Settings::~Settings()
{
    m_file->sync();
}

QString Settings::defaultFileName()
{
    // Where version 1 (a default QSettings) kept everything on Linux and other INI platforms
    // (~/.config/<organisation>/<application>.conf), so existing settings stay where they are; elsewhere (the
    // registry, plists) an INI file in the application's config folder.
    const QString native = QSettings(QSettings::NativeFormat, QSettings::UserScope,
        QCoreApplication::organizationName(), QCoreApplication::applicationName())
                               .fileName();
    if (native.endsWith(QLatin1String(".conf")) || native.endsWith(QLatin1String(".ini")))
        return native;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return dir + QStringLiteral("/mgrdesk.ini");
}

Settings *Settings::application()
{
    QPointer<Settings> &current = applicationSettings();
    if (!current) {
        static std::unique_ptr<Settings> fallback;
        if (!fallback)
            fallback = std::make_unique<Settings>(defaultFileName());
        return fallback.get();
    }
    return current;
}

void Settings::setApplication(Settings *settings)
{
    applicationSettings() = settings;
}

int Settings::version() const
{
    return get(keys::version);
}

bool Settings::sync()
{
    m_file->sync();
    return m_file->status() == QSettings::NoError;
}

void Settings::migrate(QSettings *legacy)
{
    const int from = version();
    if (from >= Version)
        return;
    // 0/1 → 2: what version 1 kept in the platform's default settings (list layouts always; accounts and
    // the window too when no --settings was given) moves into this file; a key the file has wins.
    if (legacy) {
        const QStringList all = legacy->allKeys();
        for (const QString &path : all) {
            if (!m_file->contains(path))
                m_file->setValue(path, legacy->value(path));
        }
    }
    set(keys::version, Version);
    m_file->sync();
}

} // namespace mgrdesk::settings
