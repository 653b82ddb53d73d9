// Toolbar logic: enabled state per selection and hide/show rules, default/delete buttons, the requests built
// (group elid joined with ", ", editlist → plid), confirmation texts listing keyname values.
#include "core/models/listactions.h"
#include "core/models/tablemodel.h"
#include "tabletestdata.h"

#include <QtTest>

using namespace mgrdesk;
using namespace mgrdesk::models;
using protocol::ToolButton;
using test::sl;

namespace {
ToolButton button(const QString &name, const QString &func, const QString &type, bool isDefault = false)
{
    ToolButton b;
    b.name = name;
    b.func = func;
    b.type = type;
    b.isDefault = isDefault;
    return b;
}

QSharedPointer<protocol::TableData> products()
{
    // The COREmanager product list of the metadata sample (samples/doc-list-metadata-coremanager.xml).
    auto t = test::makeTable({ { { "mpname", "core" }, { "name", "COREmanager" }, { "isinstalled", "on" } },
                                 { { "mpname", "bill" }, { "name", "BILLmanager" }, { "isinstalled", "on" } },
                                 { { "mpname", "dns" }, { "name", "DNSmanager" }, { "isinstalled", "off" } },
                                 { { "mpname", "ip" }, { "name", "IPmanager" } } },
        QStringLiteral("mpname"));
    auto &meta = t->metadata;
    meta.present = true;
    meta.name = QStringLiteral("product");
    meta.key = QStringLiteral("mpname");
    meta.keyName = QStringLiteral("name");
    ToolButton params
        = button(QStringLiteral("params"), QStringLiteral("product.params"), QStringLiteral("edit"), true);
    params.hide = { { QStringLiteral("isinstalled"), QStringLiteral("off") } };
    ToolButton install
        = button(QStringLiteral("install"), QStringLiteral("product.install"), QStringLiteral("edit"));
    install.hide = { { QStringLiteral("isinstalled"), QStringLiteral("on") } };
    ToolButton del
        = button(QStringLiteral("delete"), QStringLiteral("product.delete"), QStringLiteral("group"));
    del.hide = { { QStringLiteral("isinstalled"), QStringLiteral("off") },
        { QStringLiteral("name"), QStringLiteral("COREmanager") } };
    ToolButton go = button(QStringLiteral("go"), QStringLiteral("product.go"), QStringLiteral("window"));
    go.show = { { QStringLiteral("name"), QStringLiteral("BILLmanager") },
        { QStringLiteral("name"), QStringLiteral("DNSmanager") } };
    meta.toolbar = { button(QStringLiteral("new"), QStringLiteral("product.edit"), QStringLiteral("new")),
        params, install, del, go,
        button(QStringLiteral("suspend"), QStringLiteral("product.suspend"), QStringLiteral("groupform")),
        button(QStringLiteral("files"), QStringLiteral("product.file"), QStringLiteral("editlist")) };
    t->messages.insert(QStringLiteral("short_delete"), QStringLiteral("Delete"));
    t->messages.insert(QStringLiteral("hint_delete"), QStringLiteral("Remove the product"));
    t->plid = QStringLiteral("parent1");
    return t;
}
} // namespace

class TestListActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rulesCompareTheDisplayedText()
    {
        // Real servers compare the cell's displayed, localised text (docs/protocol.md §13): the payment
        // toolbar says hide name="status" value="Зачислен" while the row holds <status
        // orig="4">Зачислен</status>.
        auto t = test::makeTable({ { { "id", "1" }, { "number", "A-1" }, { "status", "Новый|orig=1" } },
            { { "id", "2" }, { "number", "A-2" }, { "status", "Зачислен|orig=4" } },
            { { "id", "3" }, { "number", "A-3" }, { "status", "Paid|orig=4" } },
            { { "id", "4" }, { "number", "A-4" }, { "status", "New|orig=1" } },
            { { "id", "5" }, { "number", "A-5" }, { "plain", "2" } } });
        t->metadata.present = true;
        t->metadata.keyName = QStringLiteral("number");
        ToolButton pay
            = button(QStringLiteral("pay"), QStringLiteral("payment.add.redirect"), QStringLiteral("edit"));
        pay.hide = { { QStringLiteral("status"), QStringLiteral("Зачислен") },
            { QStringLiteral("status"), QStringLiteral("Paid") } };
        ToolButton byCode
            = button(QStringLiteral("bycode"), QStringLiteral("payment.code"), QStringLiteral("group"));
        byCode.hide = { { QStringLiteral("status"), QStringLiteral("4") } }; // a match on orig: tolerated
        ToolButton other
            = button(QStringLiteral("other"), QStringLiteral("payment.other"), QStringLiteral("group"));
        other.show = { { QStringLiteral("plain"), QStringLiteral("2") } };
        t->metadata.toolbar = { pay, byCode, other };
        TableModel m;
        m.setData(t);
        ListActions a(&m);
        QVERIFY(a.isEnabled(pay, { 0 })); // Новый
        QVERIFY(!a.isEnabled(pay, { 1 })); // Зачислен (Russian text)
        QVERIFY(!a.isEnabled(pay, { 2 })); // Paid (English text)
        QVERIFY(a.isEnabled(pay, { 3 }));
        QVERIFY(!a.isEnabled(byCode, { 1 }));
        QVERIFY(!a.isEnabled(byCode, { 2 }));
        QVERIFY(a.isEnabled(byCode, { 0, 3 }));
        QVERIFY(!a.isEnabled(byCode, { 0, 1 }));
        QVERIFY(a.isEnabled(other, { 4 }));
        QVERIFY(!a.isEnabled(other, { 1 }));
        // A text that happens to equal another row's code does not hide by accident.
        ToolButton onlyText
            = button(QStringLiteral("t"), QStringLiteral("payment.t"), QStringLiteral("group"));
        onlyText.hide = { { QStringLiteral("status"), QStringLiteral("Зачислен") } };
        QVERIFY(a.isEnabled(onlyText, { 2 }));
        m.sort(m.columnForName(QStringLiteral("number")), Qt::DescendingOrder); // view rows, not data rows
        QCOMPARE(m.value(3, QStringLiteral("number")), QStringLiteral("A-2"));
        QVERIFY(!a.isEnabled(pay, { 3 }));
        QVERIFY(a.isEnabled(pay, { 4 }));
    }

    void levelUserRulesApplyAtTheUserLevelOnly()
    {
        // <hide name="status" value="Оплачивается" level="user"/> on the real payment toolbar: a client
        // cannot delete a payment being paid; staff can.
        auto t = test::makeTable({ { { "id", "1" }, { "status", "Оплачивается|orig=2" } },
            { { "id", "2" }, { "status", "Новый|orig=1" } } });
        t->metadata.present = true;
        ToolButton del
            = button(QStringLiteral("delete"), QStringLiteral("payment.delete"), QStringLiteral("group"));
        protocol::ToolButtonRule paying;
        paying.name = QStringLiteral("status");
        paying.value = QStringLiteral("Оплачивается");
        paying.level = QStringLiteral("user");
        del.hide = { paying };
        t->metadata.toolbar = { del };
        TableModel m;
        m.setData(t);
        ListActions a(&m);
        QVERIFY(!a.isUserLevel());
        QVERIFY(a.isEnabled(del, { 0 })); // staff
        a.setUserLevel(true);
        QVERIFY(!a.isEnabled(del, { 0 })); // a client
        QVERIFY(a.isEnabled(del, { 1 }));
        QVERIFY(ListActions::isUserLevel(16, QString()));
        QVERIFY(!ListActions::isUserLevel(29, QString()));
        QVERIFY(ListActions::isUserLevel(29, QStringLiteral("client1"))); // acting as a client
        QVERIFY(!ListActions::isUserLevel(std::nullopt, QString()));
    }

    void enabledBySelectionCount()
    {
        TableModel m;
        m.setData(products());
        ListActions a(&m);
        const auto nb = *a.button(QStringLiteral("new"));
        const auto params = *a.button(QStringLiteral("params"));
        const auto suspend = *a.button(QStringLiteral("suspend"));
        QVERIFY(a.isEnabled(nb, {}));
        QVERIFY(a.isEnabled(nb, { 0, 1 }));
        QVERIFY(!a.isEnabled(params, {}));
        QVERIFY(a.isEnabled(params, { 1 }));
        QVERIFY(!a.isEnabled(params, { 0, 1 }));
        QVERIFY(a.isEnabled(params, { 1, 1 })); // the same row twice is one row
        QVERIFY(!a.isEnabled(suspend, {}));
        QVERIFY(a.isEnabled(suspend, { 0, 1, 2, 3 }));
        QVERIFY(!a.isEnabled(params, { 42 })); // rows that do not exist are ignored
    }

    void hideAndShowRules()
    {
        TableModel m;
        m.setData(products());
        ListActions a(&m);
        const auto params = *a.button(QStringLiteral("params"));
        const auto install = *a.button(QStringLiteral("install"));
        const auto del = *a.button(QStringLiteral("delete"));
        const auto go = *a.button(QStringLiteral("go"));
        QVERIFY(!a.isEnabled(params, { 2 })); // isinstalled=off hides it
        QVERIFY(a.isEnabled(params, { 3 })); // field absent: no rule matches
        QVERIFY(a.isEnabled(install, { 2 }));
        QVERIFY(!a.isEnabled(install, { 1 }));
        QVERIFY(!a.isEnabled(del, { 0 })); // name=COREmanager
        QVERIFY(a.isEnabled(del, { 1 }));
        QVERIFY(!a.isEnabled(del, { 1, 2 })); // one selected row hides it: disabled for the group
        QVERIFY(a.isEnabled(go, { 1 })); // show rules: any matches
        QVERIFY(a.isEnabled(go, { 2 }));
        QVERIFY(!a.isEnabled(go, { 0 }));
        // rules follow the rows through a sort
        m.sort(m.columnForName(QStringLiteral("name")));
        QCOMPARE(m.rowKey(0), QStringLiteral("bill"));
        QVERIFY(a.isEnabled(del, { 0 }));
    }

    void defaultAndDeleteButtons()
    {
        TableModel m;
        m.setData(products());
        ListActions a(&m);
        QCOMPARE(a.defaultButton()->name, QStringLiteral("params"));
        QCOMPARE(a.deleteButton()->func, QStringLiteral("product.delete"));
        QCOMPARE(a.title(*a.deleteButton()), QStringLiteral("Delete"));
        QCOMPARE(a.hint(*a.deleteButton()), QStringLiteral("Remove the product"));
        QCOMPARE(a.title(*a.button(QStringLiteral("go"))), QStringLiteral("go"));

        TableModel empty;
        empty.setData(test::makeTable({ { { "id", "1" } } }));
        ListActions none(&empty);
        QVERIFY(!none.defaultButton());
        QVERIFY(!none.deleteButton());
        QVERIFY(none.buttons().isEmpty());
    }

    void groupRequestJoinsKeys()
    {
        TableModel m;
        m.setData(products());
        ListActions a(&m);
        auto del = *a.deleteButton();
        del.hide.clear();
        const ActionIntent in = a.intent(del, { 1, 3, 2 });
        QCOMPARE(int(in.kind), int(ActionIntent::Kind::RunRequest));
        QCOMPARE(in.request.function(), QStringLiteral("product.delete"));
        QCOMPARE(in.request.value(QStringLiteral("elid")), QStringLiteral("bill, ip, dns"));
        QCOMPARE(in.request.value(QStringLiteral("plid")), QStringLiteral("parent1"));
        QVERIFY(in.needsConfirmation);
        QVERIFY(in.confirmation.startsWith(QStringLiteral("Delete")));
        QVERIFY(in.confirmation.contains(QStringLiteral("BILLmanager")));
        QVERIFY(in.confirmation.contains(QStringLiteral("DNSmanager")));
        QVERIFY(in.confirmation.contains(QStringLiteral("IPmanager")));
        QVERIFY(!in.confirmation.contains(QStringLiteral("bill"))); // keyname values, not keys
        QCOMPARE(in.keys, sl({ "bill", "ip", "dns" }));
    }

    void disabledButtonHasNoIntent()
    {
        TableModel m;
        m.setData(products());
        ListActions a(&m);
        QCOMPARE(int(a.intent(*a.deleteButton(), { 0 }).kind), int(ActionIntent::Kind::None));
    }

    void formsListsAndWindows()
    {
        TableModel m;
        m.setData(products());
        ListActions a(&m);
        const ActionIntent edit = a.intent(*a.button(QStringLiteral("params")), { 1 });
        QCOMPARE(int(edit.kind), int(ActionIntent::Kind::OpenForm));
        QCOMPARE(edit.func, QStringLiteral("product.params"));
        QCOMPARE(edit.elid, QStringLiteral("bill"));
        QVERIFY(!edit.needsConfirmation);

        const ActionIntent created = a.intent(*a.button(QStringLiteral("new")), { 1 });
        QCOMPARE(int(created.kind), int(ActionIntent::Kind::OpenForm));
        QCOMPARE(created.elid, QString());
        QVERIFY(!created.request.has(QStringLiteral("elid")));
        QCOMPARE(created.plid, QStringLiteral("parent1"));

        const ActionIntent form = a.intent(*a.button(QStringLiteral("suspend")), { 0, 2 });
        QCOMPARE(int(form.kind), int(ActionIntent::Kind::OpenForm));
        QCOMPARE(form.elid, QStringLiteral("core, dns"));

        const ActionIntent list = a.intent(*a.button(QStringLiteral("files")), { 2 });
        QCOMPARE(int(list.kind), int(ActionIntent::Kind::OpenList));
        QCOMPARE(list.func, QStringLiteral("product.file"));
        QCOMPARE(list.plid, QStringLiteral("dns"));
        QCOMPARE(list.request.value(QStringLiteral("plid")), QStringLiteral("dns"));
        QVERIFY(!list.request.has(QStringLiteral("elid")));

        const ActionIntent window = a.intent(*a.button(QStringLiteral("go")), { 1 });
        QCOMPARE(int(window.kind), int(ActionIntent::Kind::OpenWindow));
        QCOMPARE(window.elid, QStringLiteral("bill"));
    }

    void confirmationListsAtMostTen()
    {
        QList<test::Row> rows;
        for (int i = 0; i < 25; ++i)
            rows.append({ { "id", QString::number(i) }, { "name", QStringLiteral("obj%1").arg(i) } });
        auto t = test::makeTable(rows);
        t->metadata.present = true;
        t->metadata.keyName = QStringLiteral("name");
        TableModel m;
        m.setData(t);
        ListActions a(&m);
        QList<int> all;
        for (int i = 0; i < 25; ++i)
            all.append(i);
        const QString text = a.confirmationText(
            button(QStringLiteral("delete"), QStringLiteral("x.delete"), QStringLiteral("group")), all);
        QVERIFY(text.contains(QStringLiteral("25")));
        QVERIFY(text.contains(QStringLiteral("obj9")));
        QVERIFY(!text.contains(QStringLiteral("obj10")));
        QVERIFY(text.contains(QStringLiteral("15")));
    }
};

QTEST_GUILESS_MAIN(TestListActions)
#include "tst_listactions.moc"
