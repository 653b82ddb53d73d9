// AccountStore: QSettings round trip, order, signals, and groups from a newer settings version left alone.
#include "core/accounts/accountstore.h"
#include "qtwarnings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk::accounts;

namespace {
Account sample(const QString &name, const QString &url, const QString &user)
{
    Account a = Account::create();
    a.name = name;
    a.baseUrl = Account::normaliseUrl(url).url;
    a.username = user;
    return a;
}
QStringList ids(const QList<Account> &list)
{
    QStringList out;
    for (const Account &a : list)
        out << a.id;
    return out;
}
} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        mgrdesk::test::failOnQtMisuseWarnings();
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("%1.ini").arg(++m_n));
    }

    void roundTrip()
    {
        Account full = sample(QStringLiteral("Production billing"),
            QStringLiteral("https://bill.example.com"), QStringLiteral("admin"));
        full.method = LoginMethod::AuthInfo;
        full.language = QStringLiteral("ru");
        full.tag = EnvironmentTag::Production;
        full.defaultSu = QStringLiteral("client1");
        full.pinnedCertificatePem
            = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        const Account second = sample(QStringLiteral("Same server, other user"),
            QStringLiteral("https://bill.example.com"), QStringLiteral("support"));
        {
            AccountStore store(m_file);
            QSignalSpy added(&store, &AccountStore::accountAdded);
            QVERIFY(store.add(full));
            QVERIFY(store.add(second));
            QCOMPARE(added.count(), 2);
            QVERIFY(!store.add(full)); // same id twice is refused
            QCOMPARE(store.count(), 2);
        }
        AccountStore reread(m_file);
        QCOMPARE(reread.count(), 2);
        const Account back = reread.account(full.id);
        full.order = 0;
        QCOMPARE(back.name, full.name);
        QCOMPARE(back.baseUrl, full.baseUrl);
        QCOMPARE(back.username, full.username);
        QCOMPARE(back.method, LoginMethod::AuthInfo);
        QCOMPARE(back.language, full.language);
        QCOMPARE(back.tag, EnvironmentTag::Production);
        QCOMPARE(back.defaultSu, full.defaultSu);
        QCOMPARE(back.pinnedCertificatePem, full.pinnedCertificatePem);
        QVERIFY(back == full);
        QCOMPARE(ids(reread.accounts()), QStringList({ full.id, second.id }));
        QVERIFY(reread.skippedIds().isEmpty());
    }

    void updateAndRemove()
    {
        AccountStore store(m_file);
        Account a = sample(QStringLiteral("A"), QStringLiteral("https://a.example"), QStringLiteral("admin"));
        Account b = sample(QStringLiteral("B"), QStringLiteral("https://b.example"), QStringLiteral("admin"));
        QVERIFY(store.add(a));
        QVERIFY(store.add(b));
        QSignalSpy changed(&store, &AccountStore::accountChanged);
        QSignalSpy removed(&store, &AccountStore::accountRemoved);

        a.name = QStringLiteral("A renamed");
        QVERIFY(store.update(a));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Account>().name, QStringLiteral("A"));
        QCOMPARE(changed.at(0).at(1).value<Account>().name, QStringLiteral("A renamed"));
        QVERIFY(store.update(a)); // unchanged: no signal
        QCOMPARE(changed.count(), 1);

        QVERIFY(store.setPinnedCertificate(b.id, QByteArrayLiteral("PEM")));
        QCOMPARE(store.account(b.id).pinnedCertificatePem, QByteArrayLiteral("PEM"));

        Account unknown = Account::create();
        QVERIFY(!store.update(unknown));
        QVERIFY(!store.remove(unknown.id));

        QVERIFY(store.remove(a.id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<Account>().id, a.id);
        QCOMPARE(store.count(), 1);

        AccountStore reread(m_file);
        QCOMPARE(ids(reread.accounts()), QStringList({ b.id }));
        QCOMPARE(reread.account(b.id).pinnedCertificatePem, QByteArrayLiteral("PEM"));
        QSettings raw(m_file, QSettings::IniFormat);
        QVERIFY(!raw.childGroups().isEmpty());
        raw.beginGroup(QStringLiteral("accounts"));
        QCOMPARE(raw.childGroups(), QStringList({ b.id }));
    }

    void reorder()
    {
        AccountStore store(m_file);
        const Account a = sample(QStringLiteral("A"), QStringLiteral("a.example"), QStringLiteral("u"));
        const Account b = sample(QStringLiteral("B"), QStringLiteral("b.example"), QStringLiteral("u"));
        const Account c = sample(QStringLiteral("C"), QStringLiteral("c.example"), QStringLiteral("u"));
        QVERIFY(store.add(a) && store.add(b) && store.add(c));
        QSignalSpy order(&store, &AccountStore::orderChanged);
        QVERIFY(store.move(c.id, -1));
        QCOMPARE(ids(store.accounts()), QStringList({ a.id, c.id, b.id }));
        QVERIFY(store.move(a.id, +1));
        QCOMPARE(ids(store.accounts()), QStringList({ c.id, a.id, b.id }));
        QVERIFY(store.move(c.id, -1)); // already first: no change, still fine
        QCOMPARE(order.count(), 2);
        QCOMPARE(store.accounts().at(2).order, 2);

        QVERIFY(store.setOrder({ b.id, c.id }));
        QCOMPARE(ids(store.accounts()), QStringList({ b.id, c.id, a.id }));

        AccountStore reread(m_file);
        QCOMPARE(ids(reread.accounts()), QStringList({ b.id, c.id, a.id }));
    }

    // A newer build wrote an account with settings version 2: this build must neither show nor destroy it.
    void newerVersionSkippedAndKept()
    {
        const QString futureId = QStringLiteral("6f1c1b9e-2d7a-4d5e-9f11-0123456789ab");
        const QString damagedId = QStringLiteral("0b7c1b9e-2d7a-4d5e-9f11-0123456789ab");
        {
            QSettings raw(m_file, QSettings::IniFormat);
            raw.beginGroup(QStringLiteral("accounts/") + futureId);
            raw.setValue(QStringLiteral("version"), 2);
            raw.setValue(QStringLiteral("name"), QStringLiteral("From the future"));
            raw.setValue(QStringLiteral("url"), QStringLiteral("https://future.example:1500/billmgr"));
            raw.setValue(QStringLiteral("username"), QStringLiteral("admin"));
            raw.setValue(QStringLiteral("order"), 0);
            raw.setValue(QStringLiteral("quantumField"), QStringLiteral("keep me"));
            raw.endGroup();
            raw.beginGroup(QStringLiteral("accounts/") + damagedId);
            raw.setValue(QStringLiteral("name"), QStringLiteral("No version"));
            raw.endGroup();
        }
        Account mine
            = sample(QStringLiteral("Mine"), QStringLiteral("mine.example"), QStringLiteral("admin"));
        {
            AccountStore store(m_file);
            QCOMPARE(store.count(), 0);
            QCOMPARE(store.skippedIds().size(), 2);
            QVERIFY(store.skippedIds().contains(futureId));
            QVERIFY(!store.contains(futureId));
            QVERIFY(store.add(mine));
            Account other = sample(QStringLiteral("Other"), QStringLiteral("o.example"), QStringLiteral("x"));
            QVERIFY(store.add(other));
            QVERIFY(store.move(other.id, -1));
            QVERIFY(store.remove(other.id));
            Account clash = mine;
            clash.id = futureId; // cannot overwrite the newer group by adding with its id
            QVERIFY(!store.add(clash));
        }
        QSettings raw(m_file, QSettings::IniFormat);
        raw.beginGroup(QStringLiteral("accounts/") + futureId);
        QCOMPARE(raw.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("name")).toString(), QStringLiteral("From the future"));
        QCOMPARE(raw.value(QStringLiteral("order")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("quantumField")).toString(), QStringLiteral("keep me"));
        raw.endGroup();
        raw.beginGroup(QStringLiteral("accounts/") + damagedId);
        QCOMPARE(raw.value(QStringLiteral("name")).toString(), QStringLiteral("No version"));
        raw.endGroup();
        raw.beginGroup(QStringLiteral("accounts/") + mine.id);
        QCOMPARE(raw.value(QStringLiteral("version")).toInt(), AccountStore::SettingsVersion);
    }

    // Unknown keys that a same-version build added survive an update of the fields this build knows.
    void unknownKeysSurviveUpdate()
    {
        Account a = sample(QStringLiteral("A"), QStringLiteral("a.example"), QStringLiteral("admin"));
        {
            AccountStore store(m_file);
            QVERIFY(store.add(a));
        }
        {
            QSettings raw(m_file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("accounts/%1/extra").arg(a.id), QStringLiteral("x"));
        }
        AccountStore store(m_file);
        a.name = QStringLiteral("B");
        QVERIFY(store.update(a));
        QSettings raw(m_file, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("accounts/%1/extra").arg(a.id)).toString(), QStringLiteral("x"));
        QCOMPARE(raw.value(QStringLiteral("accounts/%1/name").arg(a.id)).toString(), QStringLiteral("B"));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
