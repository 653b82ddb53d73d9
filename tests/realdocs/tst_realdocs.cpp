// Every real BILLmanager document in ../shared/docs/samples/real (docs/protocol.md; the documents are
// reference data beside the repository, not part of it): what each must decode to. The same rules are tested
// on the project's own fixtures in tests/protocol/tst_replyshapes.cpp, so they hold where the folder is
// absent.
#include "core/protocol/replyparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using namespace mgrdesk::protocol;

namespace {

QString realDocsDir()
{
    const QByteArray env = qgetenv("MGRDESK_REALDOCS_DIR");
    return env.isEmpty() ? QStringLiteral(MGRDESK_REALDOCS_DIR) : QString::fromLocal8Bit(env);
}

QByteArray readDoc(const QString &name)
{
    QFile f(QDir(realDocsDir()).filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Reply parseInChunks(const QByteArray &body, qsizetype chunk)
{
    ReplyParser parser;
    for (qsizetype i = 0; i < body.size(); i += chunk) {
        if (!parser.feed(body.constData() + i, qMin(chunk, body.size() - i)))
            break;
    }
    return parser.finish();
}

QString attribute(const Attributes &attrs, const char *name)
{
    for (const auto &a : attrs) {
        if (a.first == QLatin1String(name))
            return a.second;
    }
    return {};
}

const FormField *fieldNamed(const FormData &form, const QString &name)
{
    for (const FormField &f : form.fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

// Decoration and the request echo never become values (docs/protocol.md §11).
void checkNoDecorationValues(const FormData &form)
{
    for (const auto &v : form.values) {
        for (const char *name : { "links", "branding", "addon", "tips", "saved_filters", "tparams", "doc",
                 "steps", "skip", "unavailable" })
            QVERIFY2(v.first != QLatin1String(name), name);
    }
}

void checkValuesUnique(const FormData &form)
{
    QSet<QString> seen;
    for (const auto &v : form.values) {
        QVERIFY2(!seen.contains(v.first), qPrintable(v.first));
        seen.insert(v.first);
    }
}

void whoami(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Form);
    QVERIFY(r.whoami);
    const WhoamiData &w = *r.whoami;
    QCOMPARE(w.name, QStringLiteral("admin2"));
    QCOMPARE(w.level, QStringLiteral("16"));
    QCOMPARE(w.id, QStringLiteral("4"));
    QCOMPARE(w.balance, QStringLiteral("12221243.00"));
    QCOMPARE(w.currency, QStringLiteral("RUB"));
    QCOMPARE(w.realname, QStringLiteral("Иван Иванович Иванов"));
    QCOMPARE(w.user.size(), 23); // every attribute of <user>
    QCOMPARE(w.path.size(), 2); // the su chain: admin (29) → admin2 (16)
    QCOMPARE(w.path.at(0).name, QStringLiteral("admin"));
    QCOMPARE(w.path.at(0).level, QStringLiteral("29"));
    QCOMPARE(w.path.at(1).name, QStringLiteral("admin2"));
    QCOMPARE(w.path.at(1).id, QStringLiteral("4"));
    QVERIFY(w.isImpersonating());
    QCOMPARE(w.mgr, QStringLiteral("billmgr"));
    QCOMPARE(w.version, QStringLiteral("6.94.1-2014.04.04_09:25"));
    QCOMPARE(w.coreVersion, QStringLiteral("5.389.1-2024.04.12_08:22"));
    QCOMPARE(r.notifyTotal, std::optional<int>(12));
    for (const auto &v : r.form->values) // tparams echoes the session id in clear: never a value
        QVERIFY(!v.second.contains(QLatin1String("ebcaee297a9ffeb7a3b63e86")));
    checkNoDecorationValues(*r.form);
}

void notify(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Table);
    QVERIFY(r.notify && r.notifyData);
    const NotifyData &n = *r.notifyData;
    QCOMPARE(n.items.size(), 1); // the balance item is apart
    const NotifyItem &ticket = n.items.first();
    QCOMPARE(ticket.name, QStringLiteral("ticket"));
    QCOMPARE(ticket.count, 0);
    QVERIFY(ticket.hasCount);
    QCOMPARE(ticket.type, QStringLiteral("list"));
    QCOMPARE(ticket.img, QStringLiteral("m-support"));
    QCOMPARE(ticket.action, QStringLiteral("clientticket"));
    QCOMPARE(ticket.hint, QStringLiteral("Мои запросы")); // hint_ticket twice: the first
    QCOMPARE(n.balance, std::optional<QString>(QStringLiteral("12221243.00 RUB")));
    QCOMPARE(n.balanceAction, QStringLiteral("desktop"));
    QCOMPARE(n.timeout, std::optional<int>(60));
    QCOMPARE(r.notifyTotal, std::optional<int>(14));
    QCOMPARE(r.table->rowCount(), 1);
}

void paymentList(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Table);
    const TableData &t = *r.table;
    QCOMPARE(t.rowCount(), 7);
    QCOMPARE(t.keyColumn, QStringLiteral("id"));
    QCOMPARE(t.total, std::optional<qint64>(7)); // paging after the rows
    QCOMPARE(t.page, std::optional<int>(1));
    QCOMPARE(t.pageSize, std::optional<int>(1000));
    QCOMPARE(t.sortColumn, QStringLiteral("id"));
    QCOMPARE(t.sortOrder, QStringLiteral("desc"));
    const auto totals = t.totals();
    QVERIFY(totals.contains(
        qMakePair(QStringLiteral("subaccountamount_iso"), QStringLiteral("12221253.00 RUB"))));
    QVERIFY(
        totals.contains(qMakePair(QStringLiteral("paymethodamount_iso"), QStringLiteral("12221253.00 RUB"))));
    const ColumnInfo &id = t.metadata.columns.first();
    QCOMPARE(id.name, QStringLiteral("id"));
    QCOMPARE(id.sortDirection, -1);
    QCOMPARE(id.sortPriority, 1);
    // Hide rules name the localised status text; a row holds it as its cell text with the code in orig.
    bool creditedRule = false, userLevelRule = false;
    for (const ToolButton &b : t.metadata.toolbar) {
        for (const ToolButtonRule &rule : b.hide) {
            creditedRule = creditedRule
                || (rule.name == QLatin1String("status") && rule.value == QStringLiteral("Зачислен"));
            userLevelRule = userLevelRule || rule.level == QLatin1String("user");
        }
    }
    QVERIFY(creditedRule);
    QVERIFY(userLevelRule);
    const int status = t.columnIndex(QStringLiteral("status"));
    QVERIFY(status >= 0);
    bool creditedRow = false;
    for (int row = 0; row < t.rowCount(); ++row) {
        if (t.cell(row, status) == QStringLiteral("Зачислен")) {
            creditedRow = true;
            QVERIFY(!attribute(t.cellAttributes(row, status), "orig").isEmpty());
        }
    }
    QVERIFY(creditedRow);
    QVERIFY(t.columnIndex(QStringLiteral("real_status")) >= 0); // kept, though coldata does not list it
    for (const char *decoration :
        { "page", "links", "branding", "saved_filters", "tparams", "p_possible_filters" })
        QCOMPARE(t.columnIndex(QLatin1String(decoration)), -1);
    QCOMPARE(r.func(), QStringLiteral("payment"));
}

void filterForm(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Form);
    const FormData &f = *r.form;
    QCOMPARE(f.value(QStringLiteral("createdate")), QStringLiteral("nodate"));
    const FormField *createdate = fieldNamed(f, QStringLiteral("createdate"));
    QVERIFY(createdate);
    QCOMPARE(createdate->control, QStringLiteral("select"));
    QCOMPARE(attribute(createdate->attributes, "period"), QStringLiteral("yes"));
    QCOMPARE(createdate->ifRules.size(), 3);
    QCOMPARE(createdate->ifRules.at(0).value, QStringLiteral("other"));
    QVERIFY(createdate->ifRules.at(1).isElse && createdate->ifRules.at(2).isElse);
    QCOMPARE(createdate->ifRules.at(1).hide, QStringLiteral("createdatestart"));
    QCOMPARE(createdate->ifRules.at(2).hide, QStringLiteral("createdateend"));
    const FormField *status = fieldNamed(f, QStringLiteral("status"));
    QVERIFY(status);
    QCOMPARE(status->type, QStringLiteral("multiple"));
    QVERIFY(!f.options.value(QStringLiteral("createdate")).isEmpty());
    checkNoDecorationValues(f);
    checkValuesUnique(f);
}

void wizardFirstStep(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Form);
    QCOMPARE(r.func(), QStringLiteral("payment.add.method")); // the request was func=payment.add
    const FormData &f = *r.form;
    QCOMPARE(f.steps.size(), 4);
    QCOMPARE(f.steps.at(0).name, QStringLiteral("payment.add.method"));
    QCOMPARE(f.steps.at(0).title, QStringLiteral("Выбор метода оплаты"));
    QVERIFY(!f.steps.at(0).unavailable);
    for (int i = 1; i < 4; ++i)
        QVERIFY(f.steps.at(i).unavailable);
    QVERIFY(f.snext);
    QVERIFY(f.noSubmit && f.noCancel && f.noNext);
    QCOMPARE(f.wizard, QStringLiteral("first"));
    QCOMPARE(f.titleAttribute, QStringLiteral("name"));
    const FormField *amount = fieldNamed(f, QStringLiteral("amount"));
    QVERIFY(amount);
    QCOMPARE(amount->check, QStringLiteral("money"));
    QCOMPARE(amount->checkArgs, QStringLiteral("0.01,"));
    QCOMPARE(amount->setValues, QStringLiteral("blocking"));
    QVERIFY(f.lists.contains(QStringLiteral("methodlist")));
    const TableData &methods = *f.lists.value(QStringLiteral("methodlist"));
    QCOMPARE(methods.rowCount(), 2);
    QCOMPARE(methods.keyColumn, QStringLiteral("paymethod"));
    QCOMPARE(methods.rowButtons.size(), 2);
    for (int row = 0; row < 2; ++row) {
        const QList<RowButton> buttons = methods.buttonsOfRow(row);
        QCOMPARE(buttons.size(), 1);
        QCOMPARE(buttons.first().name, QStringLiteral("topaysystem"));
        QCOMPARE(buttons.first().type, QStringLiteral("blank"));
        QVERIFY(buttons.first().isDefault);
    }
    checkNoDecorationValues(f);
    checkValuesUnique(f);
}

void probeSkip(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Form);
    QVERIFY(r.form->skip);
    QVERIFY(!r.form->unavailable);
    QCOMPARE(r.func(), QStringLiteral("payment.add.info"));
}

void probeUnavailable(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Form);
    QVERIFY(r.form->unavailable);
    QVERIFY(!r.form->skip);
    QCOMPARE(r.func(), QStringLiteral("payment.add.profile"));
}

void submitOkUrl(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Ok); // the nested <doc> is not the reply
    QCOMPARE(r.ok->redirectType, QStringLiteral("url"));
    QCOMPARE(r.ok->redirect, QStringLiteral("/mancgi/tinkoffpayment?elid=7"));
    QCOMPARE(r.ok->onBlankRedirectAction, QStringLiteral("func=payment"));
}

void checkMoney(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Form);
    QCOMPARE(r.form->values.size(), 1); // tparams' value=10 is the request, not the answer
    QCOMPARE(r.form->value(QStringLiteral("value")), QStringLiteral("10.00"));
    QCOMPARE(r.func(), QStringLiteral("check.money"));
}

void paymentInfoNoFunc(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Form);
    QVERIFY(r.func().isEmpty());
    QVERIFY(!r.docAttributes.contains(QStringLiteral("lang")));
    QCOMPARE(r.form->value(QStringLiteral("elid")), QStringLiteral("7"));
    QVERIFY(!r.notifyTotal); // notify=""
}

void okSetinpay(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Ok);
    QVERIFY(r.ok->redirect.isEmpty());
    QCOMPARE(r.func(), QStringLiteral("payment.setinpay"));
}

void billmgr5ContactForm(const Reply &r)
{
    QCOMPARE(r.kind, ReplyKind::Form);
    const FormData &f = *r.form;
    QVERIFY(f.hasMetadata);
    QCOMPARE(f.titleAttribute, QStringLiteral("name"));
    QCOMPARE(f.title, QStringLiteral("Заказ доменного имени")); // no "name" value: the title message
    const FormField *type = fieldNamed(f, QStringLiteral("customer_profiletype"));
    QVERIFY(type);
    QVERIFY(type->ifRules.size() >= 25);
    QCOMPARE(fieldNamed(f, QStringLiteral("customer_contact_select"))->setValues, QStringLiteral("blocking"));
    QCOMPARE(fieldNamed(f, QStringLiteral("customer_location_country"))->setValues, QStringLiteral("final"));
    QCOMPARE(fieldNamed(f, QStringLiteral("customer_email"))->check, QStringLiteral("email"));
    const FormField *desc = fieldNamed(f, QStringLiteral("customer_company_desc"));
    QCOMPARE(desc->control, QStringLiteral("textdata"));
    QCOMPARE(desc->type, QStringLiteral("msg"));
    // customer_location_country twice: "null", then "" with readonly="no": the latter wins.
    QCOMPARE(f.value(QStringLiteral("customer_location_country")), QString());
    QCOMPARE(f.valueReadOnly(QStringLiteral("customer_location_country")), std::optional<bool>(false));
    QVERIFY(f.options.value(QStringLiteral("customer_location_country")).size() >= 200);
    checkValuesUnique(f);
}

using Check = std::function<void(const Reply &)>;

const QHash<QString, Check> &expectations()
{
    static const QHash<QString, Check> table = {
        { QStringLiteral("billmgr6-whoami-outxml.xml"), whoami },
        { QStringLiteral("billmgr6-notify.xml"), notify },
        { QStringLiteral("billmgr6-payment-list-metadata-totals.xml"), paymentList },
        { QStringLiteral("billmgr6-payment-filter-form.xml"), filterForm },
        { QStringLiteral("billmgr6-wizard-payment-add-method-step1.xml"), wizardFirstStep },
        { QStringLiteral("billmgr6-wizard-step-skip-checkonly.xml"), probeSkip },
        { QStringLiteral("billmgr6-wizard-step-unavailable-checkonly.xml"), probeUnavailable },
        { QStringLiteral("billmgr6-wizard-submit-nested-doc-ok-url.xml"), submitOkUrl },
        { QStringLiteral("billmgr6-check-money-validator.xml"), checkMoney },
        { QStringLiteral("billmgr6-payment-info-outxml-nofunc.xml"), paymentInfoNoFunc },
        { QStringLiteral("billmgr6-ok-payment-setinpay-outxml.xml"), okSetinpay },
        { QStringLiteral("billmgr5-form-domain-order-contact-module-template.xml"), billmgr5ContactForm },
    };
    return table;
}

} // namespace

class TestRealDocs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyDocument_data();
    void everyDocument();
    void everyExpectationHasItsDocument();
};

void TestRealDocs::initTestCase()
{
    if (!QDir(realDocsDir()).exists())
        QSKIP(qPrintable(QStringLiteral("the real documents folder %1 is absent").arg(realDocsDir())));
}

void TestRealDocs::everyDocument_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names
        = QDir(realDocsDir())
              .entryList({ QStringLiteral("*.xml"), QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestRealDocs::everyDocument()
{
    QFETCH(QString, name);
    const QByteArray body = readDoc(name);
    QVERIFY(!body.isEmpty());
    const Reply whole = ReplyParser::parse(body);
    QVERIFY2(whole.isValid(), qPrintable(whole.failure ? whole.failure->message : QString()));
    // Fed as it would arrive from the network, the document decodes the same.
    const Reply chunked = parseInChunks(body, 61);
    QCOMPARE(chunked.kind, whole.kind);
    QCOMPARE(chunked.docAttributes, whole.docAttributes);
    const auto it = expectations().constFind(name);
    if (it == expectations().constEnd())
        QFAIL(qPrintable(QStringLiteral("no expectation for %1: say what it must decode to").arg(name)));
    (*it)(whole);
    if (QTest::currentTestFailed())
        return;
    (*it)(chunked);
}

void TestRealDocs::everyExpectationHasItsDocument()
{
    for (auto it = expectations().constBegin(); it != expectations().constEnd(); ++it)
        QVERIFY2(QFile::exists(QDir(realDocsDir()).filePath(it.key())), qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(TestRealDocs)
#include "tst_realdocs.moc"
