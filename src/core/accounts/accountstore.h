#pragma once
// The list of accounts, persisted with QSettings: one group per account under "accounts/<uuid>", each with
// its own settings version. Groups written by a newer build are skipped (and never rewritten or removed), so
// going back to an older version loses nothing. Passwords are never stored here (CredentialStore).

#include "account.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;

namespace mgrdesk::settings {
class Settings;
}

namespace mgrdesk::accounts {

class AccountStore : public QObject
{
    Q_OBJECT
public:
    // Version written with every account group. Bump it when a stored field changes meaning.
    static constexpr int SettingsVersion = 1;

    // The application's settings (settings::Settings::application()).
    explicit AccountStore(QObject *parent = nullptr);
    // A specific INI file (tests): a settings::Settings of its own on that file.
    explicit AccountStore(const QString &iniFile, QObject *parent = nullptr);
    // Accounts in `settings` (not owned; main() passes the file --settings names).
    explicit AccountStore(settings::Settings *settings, QObject *parent = nullptr);
    ~AccountStore() override;

    // Re-reads the settings (drops unsaved nothing: every change is written at once).
    void reload();

    QList<Account> accounts() const; // by order
    int count() const { return int(m_accounts.size()); }
    bool contains(const QString &id) const;
    Account account(const QString &id) const; // an empty Account when unknown
    int indexOf(const QString &id) const;
    // Ids of groups left alone because a newer build wrote them, or they are unreadable.
    QStringList skippedIds() const { return m_skipped; }

    // Each returns false (and emits storeError) when the settings could not be written.
    bool add(Account account); // gets an id if it has none, goes last
    bool update(const Account &account); // by id; unknown id → false
    bool remove(const QString &id);
    bool move(const QString &id, int delta); // -1 up, +1 down
    bool setOrder(const QStringList &ids); // ids not listed keep their relative order after the listed ones
    bool setPinnedCertificate(const QString &id, const QByteArray &pem);

    QString fileName() const; // where the settings live (tests grep it)
    // The same settings file, for the application's other state (window layout, last account, tabs): so
    // that --settings FILE redirects everything. Never for secrets. Typed keys: settings/keys.h.
    settings::Settings *appSettings() const { return m_app; }
    QSettings *settings() const { return m_settings; }

Q_SIGNALS:
    void accountAdded(const mgrdesk::accounts::Account &account);
    void accountChanged(const mgrdesk::accounts::Account &before, const mgrdesk::accounts::Account &after);
    void accountRemoved(const mgrdesk::accounts::Account &account);
    void orderChanged();
    void storeError(const QString &message);

private:
    void load();
    void write(const Account &account);
    bool writeOrder();
    bool sync();

    std::unique_ptr<settings::Settings> m_own; // the iniFile constructor's
    settings::Settings *m_app;
    QSettings *m_settings; // m_app's file
    QList<Account> m_accounts; // sorted by order
    QStringList m_skipped;
};

} // namespace mgrdesk::accounts
