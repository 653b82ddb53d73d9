#pragma once
// The application's one settings file, with typed keys. Every setting (accounts, window and list layouts,
// tabs, preferences) is read and written through a Key<T> (keys.h) on a Settings object, never through a
// QSettings of its own: the file `--settings FILE` names holds everything, and a test's file holds the
// test's state. Passwords and session ids never go here (accounts::CredentialStore).
//
//   settings::Settings s(QStringLiteral("/tmp/x.ini"));
//   s.set(settings::keys::restoreTabs, true);
//   bool on = s.get(settings::keys::restoreTabs); // the key's default when absent
//
// Versioned (the "settings/version" key): opening a file older than Version migrates it (migrate()).

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace mgrdesk::settings {

template<class T> struct Key
{
    QString path; // "group/name"
    T defaultValue {};
};

class Settings : public QObject
{
    Q_OBJECT
public:
    // 1: accounts and the main window in the file, list layouts in the platform's default settings.
    // 2: everything in the one file (list layouts under lists/ moved in).
    static constexpr int Version = 2;

    // An INI file; created when written first.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    // Where the application keeps its settings without --settings: the platform's user settings file when it
    // is an INI file (~/.config/<org>/<app>.conf), else <config dir>/mgrdesk.ini.
    static QString defaultFileName();
    // The application's settings (main() sets them from --settings); without one, a Settings on
    // defaultFileName() made on first use.
    static Settings *application();
    static void setApplication(Settings *settings); // not owned; nullptr: back to the default

    template<class T> T get(const Key<T> &key) const
    {
        const QVariant v = m_file->value(key.path);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : key.defaultValue;
    }
    template<class T> void set(const Key<T> &key, const T &value)
    {
        m_file->setValue(key.path, QVariant::fromValue(value));
    }
    template<class T> bool contains(const Key<T> &key) const { return m_file->contains(key.path); }
    template<class T> void remove(const Key<T> &key) { m_file->remove(key.path); }
    void removeGroup(const QString &group) { m_file->remove(group); }

    QString fileName() const { return m_file->fileName(); }
    int version() const; // of the file as read (0: a new file)
    bool sync(); // false when the file could not be written
    // For the stores that keep groups and arrays (accounts, saved tabs): the same file.
    QSettings *file() const { return m_file.get(); }

    // Brings a file of an older version up to Version. `legacy`: the platform's default settings, where
    // version 1 kept list layouts (and everything without --settings), read only; nullptr: nothing to import.
    // Called by the constructor with the platform default when this is the default file; a file given by
    // --settings imports nothing.
    void migrate(QSettings *legacy);

Q_SIGNALS:
    void changed(const QString &path);

private:
    std::unique_ptr<QSettings> m_file;
};

} // namespace mgrdesk::settings
