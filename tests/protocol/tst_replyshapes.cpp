// The reply shapes real BILLmanager 6 servers send (docs/protocol.md §4–§11), over the project's own fixtures
// of those shapes (tests/fixtures) and small inline documents: notifications, whoami, column totals and sort
// variants, wizards, form rules, duplicates, decoration and nested documents, one-element JSON arrays.
#include "parsertesthelpers.h"

using namespace mgrdesk::protocol;
using namespace testhelpers;

class TestReplyShapes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notifyBar();
    void notifyTotalOnEveryDoc();
    void whoamiSuChain();
    void listTotalsSortAndRules();
    void sortedVariants_data();
    void sortedVariants();
    void wizardStep();
    void wizardProbes();
    void wizardSubmitNestedDocAndOkUrl();
    void formRulesAndDuplicates();
    void decorationNeverValuesOrColumns();
    void jsonOneElementArraysReadLikeObjects();
    void errorCode();
    void stepsAsProgressValueStayValue();
};

void TestReplyShapes::notifyBar()
{
    const Reply r = ReplyParser::parse(fixture("notify-bar-billmanager6.xml"));
    QCOMPARE(r.kind, ReplyKind::Table);
    QVERIFY(r.notify && r.notifyData);
    const NotifyData &n = *r.notifyData;
    QCOMPARE(n.items.size(), 3); // the balance item is not a counter
    QCOMPARE(n.items.at(0).name, QStringLiteral("clientticket"));
    QCOMPARE(n.items.at(0).count, 4);
    QVERIFY(n.items.at(0).hasCount);
    QCOMPARE(n.items.at(0).type, QStringLiteral("list"));
    QCOMPARE(n.items.at(0).img, QStringLiteral("m-support"));
    QCOMPARE(n.items.at(0).action, QStringLiteral("clientticket"));
    QCOMPARE(n.items.at(0).hint, QStringLiteral("Support tickets")); // the first of two copies
    QCOMPARE(n.items.at(1).count, 0);
    QVERIFY(!n.items.at(1).hasCount); // "not a number"
    QCOMPARE(attrValueOf(n.items.at(1).attributes, "sound"), QStringLiteral("yes"));
    QCOMPARE(n.items.at(2).count, 1); // the older count attribute
    QCOMPARE(n.items.at(2).title, QStringLiteral("Announcements"));
    QCOMPARE(n.balance, std::optional<QString>(QStringLiteral("1520.75 EUR")));
    QCOMPARE(n.balanceAction, QStringLiteral("desktop"));
    QCOMPARE(n.timeout, std::optional<int>(45));
    QCOMPARE(r.notify->size(), 3);
    QCOMPARE(r.table->rowCount(), 3);
    QCOMPARE(r.notifyTotal, std::optional<int>(5));
    QCOMPARE(r.func(), QStringLiteral("notify"));
}

void TestReplyShapes::notifyTotalOnEveryDoc()
{
    QCOMPARE(ReplyParser::parse(R"(<doc notify="14"><ok/></doc>)").notifyTotal, std::optional<int>(14));
    QVERIFY(!ReplyParser::parse(R"(<doc notify=""><ok/></doc>)").notifyTotal);
    QVERIFY(!ReplyParser::parse(R"(<doc notify="x"><ok/></doc>)").notifyTotal);
    QVERIFY(!ReplyParser::parse(R"(<doc><ok/></doc>)").notifyTotal);
    const Reply json = ReplyParser::parse(fixture("sjson-list-one-element-arrays.jsonc"));
    QCOMPARE(json.notifyTotal, std::optional<int>(7));
}

void TestReplyShapes::whoamiSuChain()
{
    const Reply r = ReplyParser::parse(fixture("whoami-su-billmanager6.xml"));
    QCOMPARE(r.kind, ReplyKind::Form);
    QVERIFY(r.whoami);
    const WhoamiData &w = *r.whoami;
    QCOMPARE(w.name, QStringLiteral("dana"));
    QCOMPARE(w.realname, QStringLiteral("Dana Client"));
    QCOMPARE(w.level, QStringLiteral("16"));
    QCOMPARE(w.balance, QStringLiteral("88.10"));
    QCOMPARE(w.currency, QStringLiteral("EUR"));
    QCOMPARE(w.userAttribute(QStringLiteral("account")), QStringLiteral("17"));
    QCOMPARE(w.path.size(), 2);
    QCOMPARE(w.path.at(0).name, QStringLiteral("root"));
    QCOMPARE(w.path.at(0).level, QStringLiteral("29"));
    QCOMPARE(w.path.at(1).name, QStringLiteral("dana"));
    QCOMPARE(w.path.at(1).id, QStringLiteral("42"));
    QVERIFY(w.isImpersonating());
    QCOMPARE(w.mgr, QStringLiteral("billmgr"));
    QCOMPARE(w.version, QStringLiteral("6.90.0-2024.01.01_00:00"));
    QCOMPARE(w.coreVersion, QStringLiteral("5.380.0-2024.01.01_00:00"));
    // The session id echoed in tparams is never a value.
    for (const auto &v : r.form->values)
        QVERIFY2(!v.second.contains(QLatin1String("5ec12e75e55100a1d")), qPrintable(v.first));
    QVERIFY(!ReplyParser::parse(R"(<doc><user name="x"/><elid>1</elid></doc>)").whoami);
}

void TestReplyShapes::listTotalsSortAndRules()
{
    const Reply r = ReplyParser::parse(fixture("list-totals-billmanager6.xml"));
    QCOMPARE(r.kind, ReplyKind::Table);
    const TableData &t = *r.table;
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.total, std::optional<qint64>(2)); // paging before and after the rows
    QCOMPARE(t.page, std::optional<int>(1));
    QCOMPARE(t.pageSize, std::optional<int>(100));
    const auto totals = t.totals();
    QCOMPARE(totals.size(), 2);
    QCOMPARE(totals.at(0), qMakePair(QStringLiteral("amount_iso"), QStringLiteral("175.50 EUR")));
    QCOMPARE(totals.at(1), qMakePair(QStringLiteral("paid_iso"), QString()));
    QVERIFY(t.metadata.columns.at(2).stat);
    QVERIFY(!t.metadata.columns.at(0).total);
    QCOMPARE(t.filterActive, std::optional<bool>(false));
    QCOMPARE(t.filterText, QStringLiteral("off"));
    QVERIFY(t.columnIndex(QStringLiteral("real_status")) >= 0); // kept for rules and export
    QCOMPARE(t.columnIndex(QStringLiteral("page")), -1);
    const QList<ToolButton> &bar = t.metadata.toolbar;
    QCOMPARE(bar.size(), 4);
    const ToolButton &pay = bar.at(1);
    QCOMPARE(pay.hide.size(), 2);
    QCOMPARE(pay.hide.at(0).value, QStringLiteral("Credited")); // the localised text, as the cell shows it
    QCOMPARE(pay.hide.at(1).level, QStringLiteral("user"));
    const ToolButton &del = bar.at(2);
    QVERIFY(del.warning);
    QCOMPARE(del.title, QStringLiteral("Delete"));
    QCOMPARE(del.confirm, QStringLiteral("Delete the selected payments?"));
    QCOMPARE(bar.at(3).type, QStringLiteral("groupwindow"));
    QCOMPARE(t.cellAttributes(0, t.columnIndex(QStringLiteral("status"))).size(), 2);
}

void TestReplyShapes::sortedVariants_data()
{
    QTest::addColumn<QString>("sorted");
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("priority");
    QTest::newRow("+1") << QStringLiteral("+1") << 1 << 1;
    QTest::newRow("-1") << QStringLiteral("-1") << -1 << 1;
    QTest::newRow("+2") << QStringLiteral("+2") << 1 << 2;
    QTest::newRow("-3") << QStringLiteral("-3") << -1 << 3;
    QTest::newRow("yes") << QStringLiteral("yes") << 1 << 1;
    QTest::newRow("asc") << QStringLiteral("asc") << 1 << 1;
    QTest::newRow("desc") << QStringLiteral("desc") << -1 << 1;
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("no") << QStringLiteral("no") << 0 << 0;
    QTest::newRow("garbage") << QStringLiteral("sideways") << 0 << 0;
    QTest::newRow("huge") << QStringLiteral("+99999999999") << 0 << 0;
}

void TestReplyShapes::sortedVariants()
{
    QFETCH(QString, sorted);
    QFETCH(int, direction);
    QFETCH(int, priority);
    const QByteArray body = QByteArrayLiteral(R"(<doc><metadata type="list"><coldata><col name="a" sorted=")")
        + sorted.toUtf8() + QByteArrayLiteral(R"("/></coldata></metadata><elem><a>1</a></elem></doc>)");
    const Reply r = ReplyParser::parse(body);
    QCOMPARE(r.kind, ReplyKind::Table);
    const ColumnInfo &c = r.table->metadata.columns.at(0);
    QCOMPARE(c.sorted, sorted);
    QCOMPARE(c.sortDirection, direction);
    QCOMPARE(c.sortPriority, priority);
}

void TestReplyShapes::wizardStep()
{
    const Reply r = ReplyParser::parse(fixture("wizard-step-billmanager6.xml"));
    QCOMPARE(r.kind, ReplyKind::Form);
    QCOMPARE(r.func(), QStringLiteral("order.add.method")); // not the request's order.add
    const FormData &f = *r.form;
    QCOMPARE(f.steps.size(), 3);
    QCOMPARE(f.steps.at(0).name, QStringLiteral("order.add.method"));
    QCOMPARE(f.steps.at(0).title, QStringLiteral("Payment method"));
    QVERIFY(!f.steps.at(0).unavailable);
    QVERIFY(f.steps.at(1).unavailable && f.steps.at(2).unavailable);
    QVERIFY(f.snext);
    QVERIFY(f.noSubmit && f.noCancel && f.noNext);
    QCOMPARE(f.wizard, QStringLiteral("first"));
    QCOMPARE(f.titleAttribute, QStringLiteral("name"));
    QCOMPARE(f.title, QStringLiteral("Top up")); // no "name" value: the title message
    const FormField &amount = f.fields.at(0);
    QCOMPARE(amount.check, QStringLiteral("money"));
    QCOMPARE(amount.checkArgs, QStringLiteral("0.50,"));
    QCOMPARE(amount.setValues, QStringLiteral("blocking"));
    QVERIFY(f.lists.contains(QStringLiteral("methods")));
    const TableData &methods = *f.lists.value(QStringLiteral("methods"));
    QCOMPARE(methods.rowCount(), 2);
    QCOMPARE(methods.keyColumn, QStringLiteral("method")); // the list control's key
    QCOMPARE(methods.rowKey(1), QStringLiteral("5"));
    QCOMPARE(methods.rowButtons.size(), 3);
    const QList<RowButton> first = methods.buttonsOfRow(0);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).name, QStringLiteral("gopay"));
    QCOMPARE(first.at(0).type, QStringLiteral("blank"));
    QCOMPARE(first.at(0).column, QStringLiteral("action"));
    QVERIFY(first.at(0).isDefault);
    QCOMPARE(methods.buttonsOfRow(1).size(), 2);
    QCOMPARE(methods.buttonsOfRow(1).at(1).name, QStringLiteral("info"));
    // Decoration twice, never values.
    for (const char *name : { "links", "branding", "addon", "tips", "saved_filters", "steps", "tparams" })
        QVERIFY2(
            !f.valueAttributes.contains(QLatin1String(name)) && f.value(QLatin1String(name)).isNull(), name);
    QCOMPARE(f.values.size(), 2); // amount, snext
}

void TestReplyShapes::wizardProbes()
{
    const Reply skip = ReplyParser::parse(fixture("wizard-probe-skip.xml"));
    QCOMPARE(skip.kind, ReplyKind::Form);
    QVERIFY(skip.form->skip);
    QVERIFY(!skip.form->unavailable);
    const Reply unavailable = ReplyParser::parse(fixture("wizard-probe-unavailable.xml"));
    QCOMPARE(unavailable.kind, ReplyKind::Form);
    QVERIFY(unavailable.form->unavailable);
    QVERIFY(!unavailable.form->skip);
    // With text, an element named skip is an ordinary value.
    const Reply value = ReplyParser::parse(R"(<doc><elid>1</elid><skip>3</skip></doc>)");
    QVERIFY(!value.form->skip);
    QCOMPARE(value.form->value(QStringLiteral("skip")), QStringLiteral("3"));
}

void TestReplyShapes::wizardSubmitNestedDocAndOkUrl()
{
    const Reply r = ReplyParser::parse(fixture("wizard-submit-ok-url.xml"));
    QCOMPARE(r.kind, ReplyKind::Ok); // the nested doc's error and row are not the reply
    QCOMPARE(r.ok->redirectType, QStringLiteral("url"));
    QCOMPARE(r.ok->redirect, QStringLiteral("/mancgi/cardgateway?elid=31"));
    QCOMPARE(r.ok->onBlankRedirectAction, QStringLiteral("func=payment"));
    QCOMPARE(r.docAttributes.value(QStringLiteral("stylesheet")), QStringLiteral("extok"));
}

void TestReplyShapes::formRulesAndDuplicates()
{
    const Reply r = ReplyParser::parse(fixture("form-rules-duplicates.xml"));
    QCOMPARE(r.kind, ReplyKind::Form);
    const FormData &f = *r.form;
    QCOMPARE(f.title, QStringLiteral("Office")); // title="name" names the value
    const FormField &period = f.fields.at(0);
    QCOMPARE(period.ifRules.size(), 2);
    QVERIFY(!period.ifRules.at(0).isElse);
    QCOMPARE(period.ifRules.at(0).value, QStringLiteral("other"));
    QVERIFY(period.ifRules.at(1).isElse);
    QCOMPARE(period.ifRules.at(1).hide, QStringLiteral("datestart"));
    const FormField &kind = f.fields.at(2);
    QCOMPARE(kind.setValues, QStringLiteral("final"));
    QVERIFY(kind.ifRules.at(0).shadow);
    QCOMPARE(kind.ifRules.at(0).shadowField, QStringLiteral("company"));
    QCOMPARE(kind.ifRules.at(0).target(), QStringLiteral("company"));
    QVERIFY(kind.ifRules.at(1).shadow);
    QVERIFY(kind.ifRules.at(1).shadowField.isEmpty());
    QCOMPARE(kind.ifRules.at(1).target(), QStringLiteral("passport"));
    QCOMPARE(f.fields.at(5).depend, QStringLiteral("country"));
    QCOMPARE(f.fields.at(7).control, QStringLiteral("textdata"));
    QCOMPARE(f.fields.at(7).type, QStringLiteral("msg"));
    QVERIFY(f.fields.at(8).isPrivate && f.fields.at(9).isPrivate);
    const QList<SelectOption> region = f.options.value(QStringLiteral("region"));
    QCOMPARE(region.size(), 3);
    QCOMPARE(region.at(0).depend, QStringLiteral("182"));
    QCOMPARE(region.at(1).depend, QStringLiteral("840"));
    QVERIFY(region.at(2).depend.isEmpty() && region.at(2).isNull);
    QVERIFY(f.options.value(QStringLiteral("period")).at(0).labelIsMessage);
    QCOMPARE(f.buttons.at(0).title, QStringLiteral("Save"));
    QCOMPARE(f.buttons.at(1).title, QStringLiteral("Purge"));
    QCOMPARE(f.buttons.at(1).confirm, QStringLiteral("Purge every contact?"));
    // kind three times: the last occurrence that says readonly wins, at the first one's place.
    int kinds = 0;
    for (const auto &v : f.values)
        kinds += v.first == QLatin1String("kind");
    QCOMPARE(kinds, 1);
    QCOMPARE(f.value(QStringLiteral("kind")), QStringLiteral("1"));
    QCOMPARE(f.valueReadOnly(QStringLiteral("kind")), std::optional<bool>(false));
    QCOMPARE(f.values.at(2).first, QStringLiteral("kind"));
    QCOMPARE(f.valueReadOnly(QStringLiteral("company")), std::optional<bool>(true));
    QCOMPARE(f.valuePrefix(QStringLiteral("company")), QStringLiteral("ACME-"));
    QVERIFY(!f.valueReadOnly(QStringLiteral("name")));
    QVERIFY(f.value(QStringLiteral("authinfo")).isNull()); // tparams
}

void TestReplyShapes::decorationNeverValuesOrColumns()
{
    const QByteArray body
        = R"(<doc func="x.edit"><links/><branding orientation="right"/><addon><body>s</body></addon>
<tips><tip>t</tip></tips><saved_filters><filter name="f">1</filter></saved_filters><elid>4</elid>
<doc func="inner"><elid>99</elid><name>inner</name></doc><links/></doc>)";
    const Reply r = ReplyParser::parse(body);
    QCOMPARE(r.kind, ReplyKind::Form);
    QCOMPARE(r.form->values.size(), 1);
    QCOMPARE(r.form->value(QStringLiteral("elid")), QStringLiteral("4"));
    QCOMPARE(r.func(), QStringLiteral("x.edit"));
    const Reply list = ReplyParser::parse(
        R"(<doc><elem><id>1</id></elem><links/><branding a="b"/><tips><tip>x</tip></tips><doc><elem><id>2</id><z>1</z></elem></doc></doc>)");
    QCOMPARE(list.kind, ReplyKind::Table);
    QCOMPARE(list.table->rowCount(), 1);
    QCOMPARE(list.table->columns(), QStringList { QStringLiteral("id") });
    // Only decoration: an emptied list.
    const Reply empty = ReplyParser::parse(R"(<doc><links/><branding/><addon/><tips/></doc>)");
    QCOMPARE(empty.kind, ReplyKind::Table);
    QVERIFY(empty.table->inferredFromEmptyDoc);
}

void TestReplyShapes::jsonOneElementArraysReadLikeObjects()
{
    const Reply r = ReplyParser::parse(fixture("sjson-list-one-element-arrays.jsonc"));
    QCOMPARE(r.kind, ReplyKind::Table);
    const TableData &t = *r.table;
    QCOMPARE(t.rowCount(), 1);
    QCOMPARE(t.cell(0, t.columnIndex(QStringLiteral("balance"))), QStringLiteral("10.00 EUR"));
    QCOMPARE(t.rowKey(0), QStringLiteral("7"));
    QCOMPARE(t.total, std::optional<qint64>(1));
    QCOMPARE(t.metadata.toolbar.size(), 1);
    QCOMPARE(t.metadata.toolbar.at(0).hide.size(), 1);
    QCOMPARE(t.metadata.columns.at(0).sortDirection, 1);
    QCOMPARE(t.totals().size(), 1);
    QCOMPARE(t.columnIndex(QStringLiteral("links")), -1);
    // The same list written with objects decodes to the same table.
    const QByteArray objects
        = R"({"doc":{"elem":{"balance":{"$":"10.00 EUR"},"id":{"$":"7"}},"p_elems":{"$":"1"}}})";
    const Reply o = ReplyParser::parse(objects);
    QCOMPARE(o.table->cell(0, o.table->columnIndex(QStringLiteral("balance"))), QStringLiteral("10.00 EUR"));
    QCOMPARE(o.table->total, std::optional<qint64>(1));
    // is_json_array on a form value: the attribute is kept, the value read as usual.
    const Reply form
        = ReplyParser::parse(R"(<doc><elid>3</elid><amount is_json_array="yes">5.00</amount></doc>)");
    QCOMPARE(form.form->value(QStringLiteral("amount")), QStringLiteral("5.00"));
}

void TestReplyShapes::errorCode()
{
    const Reply r = ReplyParser::parse(fixture("error-auth-code.xml"));
    QCOMPARE(r.kind, ReplyKind::Error);
    QCOMPARE(r.error->code, QStringLiteral("1"));
    QCOMPARE(r.error->type, QStringLiteral("auth"));
    QCOMPARE(r.error->stack.size(), 1);
    QCOMPARE(r.error->stack.at(0).level, QStringLiteral("0"));
    QVERIFY(r.error->stack.at(0).user.isEmpty());
    QVERIFY(ReplyParser::parse(R"(<doc><error type="x"/></doc>)").error->code.isEmpty());
}

void TestReplyShapes::stepsAsProgressValueStayValue()
{
    const Reply r = ReplyParser::parse(R"(<doc><action>a</action><steps>6</steps><done>2</done></doc>)");
    QCOMPARE(r.kind, ReplyKind::Progress);
    QCOMPARE(r.progress->steps, std::optional<int>(6));
}

QTEST_GUILESS_MAIN(TestReplyShapes)
#include "tst_replyshapes.moc"
