#include "dataset.h"

#include <QDate>

#include <iterator>

namespace mgrdesk::sim {

namespace {

const QDate kToday(2026, 3, 2);

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

// Time zones of the client edit form, west to east: IANA key, then the city (or the zone's name) in en, ru,
// es.
const struct
{
    const char *key, *en, *ru, *es;
} kTimeZones[] = {
    { "Pacific/Honolulu", "Honolulu", "Гонолулу", "Honolulu" },
    { "America/Anchorage", "Anchorage", "Анкоридж", "Anchorage" },
    { "America/Los_Angeles", "Los Angeles", "Лос-Анджелес", "Los Ángeles" },
    { "America/Denver", "Denver", "Денвер", "Denver" },
    { "America/Chicago", "Chicago", "Чикаго", "Chicago" },
    { "America/Mexico_City", "Mexico City", "Мехико", "Ciudad de México" },
    { "America/New_York", "New York", "Нью-Йорк", "Nueva York" },
    { "America/Toronto", "Toronto", "Торонто", "Toronto" },
    { "America/Sao_Paulo", "São Paulo", "Сан-Паулу", "São Paulo" },
    { "America/Argentina/Buenos_Aires", "Buenos Aires", "Буэнос-Айрес", "Buenos Aires" },
    { "UTC", "Coordinated Universal Time", "Всемирное координированное время",
        "Tiempo universal coordinado" },
    { "Europe/London", "London", "Лондон", "Londres" },
    { "Europe/Lisbon", "Lisbon", "Лиссабон", "Lisboa" },
    { "Europe/Madrid", "Madrid", "Мадрид", "Madrid" },
    { "Europe/Paris", "Paris", "Париж", "París" },
    { "Europe/Berlin", "Berlin", "Берлин", "Berlín" },
    { "Europe/Warsaw", "Warsaw", "Варшава", "Varsovia" },
    { "Europe/Kaliningrad", "Kaliningrad", "Калининград", "Kaliningrado" },
    { "Europe/Kyiv", "Kyiv", "Киев", "Kiev" },
    { "Europe/Istanbul", "Istanbul", "Стамбул", "Estambul" },
    { "Europe/Moscow", "Moscow", "Москва", "Moscú" },
    { "Europe/Samara", "Samara", "Самара", "Samara" },
    { "Asia/Dubai", "Dubai", "Дубай", "Dubái" },
    { "Asia/Yekaterinburg", "Yekaterinburg", "Екатеринбург", "Ekaterimburgo" },
    { "Asia/Almaty", "Almaty", "Алматы", "Almaty" },
    { "Asia/Kolkata", "Kolkata", "Калькутта", "Calcuta" },
    { "Asia/Novosibirsk", "Novosibirsk", "Новосибирск", "Novosibirsk" },
    { "Asia/Krasnoyarsk", "Krasnoyarsk", "Красноярск", "Krasnoyarsk" },
    { "Asia/Irkutsk", "Irkutsk", "Иркутск", "Irkutsk" },
    { "Asia/Shanghai", "Shanghai", "Шанхай", "Shanghái" },
    { "Asia/Singapore", "Singapore", "Сингапур", "Singapur" },
    { "Asia/Tokyo", "Tokyo", "Токио", "Tokio" },
    { "Asia/Vladivostok", "Vladivostok", "Владивосток", "Vladivostok" },
    { "Australia/Sydney", "Sydney", "Сидней", "Sídney" },
    { "Pacific/Auckland", "Auckland", "Окленд", "Auckland" },
};

} // namespace

Dataset::Dataset(int scale, quint64 seed)
    : m_scale(qMax(1, scale))
    , m_state(seed ^ 0x9E3779B97F4A7C15ULL)
{
    generate();
}

quint64 Dataset::next()
{
    // splitmix64: the same numbers on every platform and Qt version
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString Dataset::today() const
{
    return kToday.toString(Qt::ISODate);
}

QString Dataset::date(int daysBack) const
{
    return kToday.addDays(-daysBack).toString(Qt::ISODate);
}

QString Dataset::money(int cents, const QString &currency) const
{
    return QStringLiteral("%1.%2 %3")
        .arg(cents / 100)
        .arg(qAbs(cents % 100), 2, 10, QLatin1Char('0'))
        .arg(currency);
}

Table *Dataset::table(const QString &name)
{
    auto it = m_tables.find(name);
    return it == m_tables.end() ? nullptr : &it->second;
}

const Table *Dataset::table(const QString &name) const
{
    auto it = m_tables.find(name);
    return it == m_tables.end() ? nullptr : &it->second;
}

const Row *Dataset::userByName(const QString &login) const
{
    const Table *users = table(QStringLiteral("user"));
    const int nameCol = users->column(QStringLiteral("name"));
    for (int i = 0; i < users->size(); ++i)
        if (users->at(i).cells[nameCol] == login)
            return &users->at(i);
    return nullptr;
}

QString Dataset::userValue(const Row &user, const QString &column) const
{
    return table(QStringLiteral("user"))->value(user, column);
}

QString Dataset::accountName(int account) const
{
    return account == 0 ? QString()
                        : table(QStringLiteral("account"))->value(account, QStringLiteral("name"));
}

QList<QPair<int, QString>> Dataset::periods(qint64 tariff) const
{
    const Table *p = table(QStringLiteral("pricelist"));
    const Row *row = p->find(tariff);
    if (!row)
        return {};
    const int base = int(tariff) * 350 + 150;
    QList<QPair<int, QString>> out;
    const QList<int> months = tariff % 2 ? QList<int> { 1, 3, 6, 12 } : QList<int> { 1, 12, 24 };
    for (int m : months)
        out.append({ m, money(base * m * (m >= 12 ? 9 : 10) / 10, QStringLiteral("USD")) });
    return out;
}

QList<QPair<QString, QString>> Dataset::vdsTariffs() const
{
    QList<QPair<QString, QString>> out;
    const Table *p = table(QStringLiteral("pricelist"));
    for (int i = 0; i < p->size(); ++i)
        if (p->value(p->at(i), QStringLiteral("itemtype_name")) == QLatin1String("Virtual server"))
            out.append({ QString::number(p->at(i).id), p->value(p->at(i), QStringLiteral("name")) });
    return out;
}

QStringList Dataset::osTemplates() const
{
    return { QStringLiteral("Debian 12"), QStringLiteral("Ubuntu 24.04"), QStringLiteral("AlmaLinux 9"),
        QStringLiteral("Rocky Linux 9"), QStringLiteral("FreeBSD 14") };
}

QList<QPair<QString, QString>> Dataset::countries(const QString &lang) const
{
    const bool ru = lang == QLatin1String("ru");
    return { { QStringLiteral("182"), ru ? QStringLiteral("Россия") : QStringLiteral("Russia") },
        { QStringLiteral("840"), ru ? QStringLiteral("США") : QStringLiteral("USA") },
        { QStringLiteral("276"), ru ? QStringLiteral("Германия") : QStringLiteral("Germany") },
        { QStringLiteral("724"), ru ? QStringLiteral("Испания") : QStringLiteral("Spain") } };
}

QList<QPair<QString, QString>> Dataset::timeZones(const QString &lang) const
{
    // "Moscow (Europe/Moscow)": the localized city to read, the key to search for as well.
    QList<QPair<QString, QString>> out;
    for (const auto &z : kTimeZones) {
        const char *title = lang == QLatin1String("ru") ? z.ru : lang == QLatin1String("es") ? z.es : z.en;
        const QString key = QString::fromLatin1(z.key);
        out.append({ key,
            key == QLatin1String("UTC") ? QString::fromUtf8(title) + QStringLiteral(" (UTC)")
                                        : QStringLiteral("%1 (%2)").arg(QString::fromUtf8(title), key) });
    }
    return out;
}

QList<QPair<QString, QString>> Dataset::states(const QString &country) const
{
    if (country == QLatin1String("182"))
        return { { QStringLiteral("1821"), QStringLiteral("Moscow") },
            { QStringLiteral("1822"), QStringLiteral("Saint Petersburg") },
            { QStringLiteral("1823"), QStringLiteral("Tatarstan") } };
    if (country == QLatin1String("840"))
        return { { QStringLiteral("8401"), QStringLiteral("California") },
            { QStringLiteral("8402"), QStringLiteral("New York") },
            { QStringLiteral("8403"), QStringLiteral("Texas") } };
    if (country == QLatin1String("276"))
        return { { QStringLiteral("2761"), QStringLiteral("Bavaria") },
            { QStringLiteral("2762"), QStringLiteral("Berlin") } };
    if (country == QLatin1String("724"))
        return { { QStringLiteral("7241"), QStringLiteral("Madrid") },
            { QStringLiteral("7242"), QStringLiteral("Catalonia") } };
    return {};
}

void Dataset::generate()
{
    const QStringList first
        = words("Anna Boris Carlos Dmitry Elena Fiona Georg Hanna Ivan Julia Karl Lena Marco Nina "
                "Oleg Paula Quentin Rosa Sergey Tanya Umar Vera Walter Yana Zoran");
    const QStringList last
        = words("Ivanov Smith Garcia Petrova Muller Rossi Novak Kowalski Jensen Silva Tanaka Kim "
                "Nowak Fischer Moreau Lopez Popov Berg Costa Weber");
    const QStringList firms
        = words("Acme Orbit Nimbus Vector Pixel Quartz Falcon Cedar Lumen Atlas Nova Helix Delta "
                "Zenith Aurora Cobalt Ember Summit Harbor Meridian");
    const QStringList suffix = words("LLC Ltd GmbH Inc SL OOO");
    const QStringList tlds = words("com net org ru io de");
    const QStringList currencies = words("USD USD USD EUR RUB");
    const QStringList paymethods = { QStringLiteral("Bank transfer"), QStringLiteral("Credit card"),
        QStringLiteral("PayPal"), QStringLiteral("YooMoney"), QStringLiteral("Cash") };
    const QStringList funcs
        = words("auth payment.edit vds.edit domain.edit user.edit account.edit ticket.edit "
                "expense pricelist.edit vds.suspend vds.resume session.delete");
    const QStringList subjects = { QStringLiteral("Server does not respond"),
        QStringLiteral("Invoice question"), QStringLiteral("How to change the OS?"),
        QStringLiteral("DNS records"), QStringLiteral("Refund request"), QStringLiteral("SSL certificate"),
        QStringLiteral("Payment not credited"), QStringLiteral("Upgrade the tariff") };

    // Providers' currencies
    Table currency(QStringLiteral("currency"),
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("iso"), QStringLiteral("symbol"),
            QStringLiteral("rate"), QStringLiteral("status") });
    const char *cur[][4] = { { "US Dollar", "USD", "$", "1.0000" }, { "Euro", "EUR", "€", "1.0800" },
        { "Russian Ruble", "RUB", "₽", "0.0110" }, { "Pound Sterling", "GBP", "£", "1.2700" } };
    for (int i = 0; i < 4; ++i)
        currency.append({ i + 1, 0,
            { QString(), QString::fromUtf8(cur[i][0]), QString::fromUtf8(cur[i][1]),
                QString::fromUtf8(cur[i][2]), QString::fromUtf8(cur[i][3]),
                i == 3 ? QStringLiteral("off") : QStringLiteral("on") } });
    m_tables.emplace(currency.name(), std::move(currency));

    // Tariffs
    Table pricelist(QStringLiteral("pricelist"),
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("itemtype_name"),
            QStringLiteral("project"), QStringLiteral("processingmodules"), QStringLiteral("pricelist_cost"),
            QStringLiteral("orderpriority"), QStringLiteral("status") });
    for (int i = 1; i <= 12; ++i) {
        const bool vds = i <= 6;
        pricelist.append({ i, 0,
            { QString(),
                vds ? QStringLiteral("VDS-%1").arg(i)
                    : QStringLiteral(".%1 domain").arg(tlds[(i - 7) % tlds.size()]),
                vds ? QStringLiteral("Virtual server") : QStringLiteral("Domain"),
                QStringLiteral("Demo Hosting"),
                vds ? QStringLiteral("VMmanager") : QStringLiteral("Registrar"),
                money(i * 350 + 150, QStringLiteral("USD")), QString::number(i * 10),
                i == 6 ? QStringLiteral("off") : QStringLiteral("on") } });
    }
    m_tables.emplace(pricelist.name(), std::move(pricelist));

    // Clients; 1 and 2 belong to the demo logins client1 and client2
    const int nAccounts = 40 * m_scale;
    Table account(QStringLiteral("account"),
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("project"), QStringLiteral("balance"),
            QStringLiteral("account_status"), QStringLiteral("tz_registration_date"), QStringLiteral("email"),
            QStringLiteral("country"), QStringLiteral("state"), QStringLiteral("profiletype"),
            QStringLiteral("client_lang"), QStringLiteral("note"), QStringLiteral("notify"),
            QStringLiteral("balance_limit"), QStringLiteral("site"), QStringLiteral("phone"),
            QStringLiteral("company"), QStringLiteral("discount"), QStringLiteral("timezone") });
    const int nZones = int(std::size(kTimeZones));
    for (int i = 1; i <= nAccounts; ++i) {
        QString name;
        if (i <= 2)
            name = QStringLiteral("client%1").arg(i);
        else if (uniform(3) == 0)
            name = QStringLiteral("%1 %2 %3").arg(pick(firms), pick(firms), pick(suffix));
        else
            name = QStringLiteral("%1 %2").arg(pick(first), pick(last));
        const int profile = 1 + uniform(3);
        account.append({ i, i,
            { QString(), name + (i > 2 ? QStringLiteral(" #%1").arg(i) : QString()),
                QStringLiteral("Demo Hosting"), money(uniform(200000) - 20000, QStringLiteral("USD")),
                uniform(8) == 0 ? QStringLiteral("2") : QStringLiteral("1"), date(30 + uniform(1500)),
                QStringLiteral("client%1@example.com").arg(i), QStringLiteral("840"), QStringLiteral("8401"),
                QString::number(profile), uniform(2) ? QStringLiteral("en") : QStringLiteral("ru"),
                uniform(4) == 0 ? QStringLiteral("VIP client") : QString(), QStringLiteral("on"),
                QStringLiteral("0"), QString(),
                uniform(2) ? QStringLiteral("+1 555 0100 %1").arg(i) : QString(),
                profile == 2 ? QStringLiteral("%1 %2").arg(pick(firms), pick(suffix)) : QString(),
                // discount and time zone from the id alone, so the random sequence (and all other data) is
                // what it was before these columns existed: every 4th client has 5…50 %
                QString::number(i % 4 == 0 ? (i / 4 % 10 + 1) * 5 : 0),
                QString::fromLatin1(kTimeZones[(i * 7) % nZones].key) } });
    }
    m_tables.emplace(account.name(), std::move(account));

    // Users: the demo logins, then one per generated client
    Table user(QStringLiteral("user"),
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("realname"), QStringLiteral("email"),
            QStringLiteral("account"), QStringLiteral("account_name"), QStringLiteral("status"),
            QStringLiteral("level"), QStringLiteral("phone"), QStringLiteral("passwd"),
            QStringLiteral("default_access_allow"), QStringLiteral("owner"), QStringLiteral("client_lang") });
    auto addUser = [&](qint64 id, int acc, const QString &login, const QString &realname,
                       const QString &level, const QString &full, const QString &owner) {
        user.append({ id, acc,
            { QString(), login, realname, login + QStringLiteral("@example.com"),
                acc ? QString::number(acc) : QString(), accountName(acc), QStringLiteral("on"), level,
                QString(), QStringLiteral("demo"), full, owner, QStringLiteral("en") } });
    };
    m_tables.emplace(user.name(), Table()); // placeholder so accountName() works during generation
    addUser(1, 0, QStringLiteral("admin"), QStringLiteral("Demo Administrator"), QStringLiteral("29"),
        QStringLiteral("on"), QString());
    addUser(2, 1, QStringLiteral("client1"), QStringLiteral("Client One"), QStringLiteral("16"),
        QStringLiteral("on"), QString());
    addUser(3, 1, QStringLiteral("client1-sub"), QStringLiteral("Client One's assistant"),
        QStringLiteral("16"), QStringLiteral("off"), QStringLiteral("client1"));
    addUser(4, 2, QStringLiteral("client2"), QStringLiteral("Client Two"), QStringLiteral("16"),
        QStringLiteral("off"), QString());
    for (int i = 3; i <= nAccounts; ++i)
        addUser(i + 2, i, QStringLiteral("user%1").arg(i),
            QStringLiteral("%1 %2").arg(pick(first), pick(last)), QStringLiteral("16"), QStringLiteral("on"),
            QString());
    // A second administrator whose login asks for a TOTP code (after the generated users: no id shifts).
    addUser(nAccounts + 3, 0, QStringLiteral("admin2fa"), QStringLiteral("Administrator with 2FA"),
        QStringLiteral("29"), QStringLiteral("on"), QString());
    m_tables[user.name()] = std::move(user);

    auto owner = [&] { return uniform(4) == 0 ? 1 + uniform(2) : 1 + uniform(nAccounts); };

    // Services
    Table vds(QStringLiteral("vds"),
        { QStringLiteral("id"), QStringLiteral("domain"), QStringLiteral("ip"), QStringLiteral("ostempl"),
            QStringLiteral("pricelist"), QStringLiteral("account"), QStringLiteral("createdate"),
            QStringLiteral("expiredate"), QStringLiteral("autoprolong"), QStringLiteral("status_msg"),
            QStringLiteral("item_status"), QStringLiteral("cost") });
    const QStringList os = osTemplates();
    for (int i = 1; i <= 60 * m_scale; ++i) {
        const int acc = owner();
        const int t = 1 + uniform(6);
        const int age = uniform(700);
        const int st = uniform(10) < 7 ? 2 : 1 + uniform(5);
        vds.append({ i, acc,
            { QString(), QStringLiteral("vm%1.example.net").arg(i),
                st == 1 ? QString()
                        : QStringLiteral("10.%1.%2.%3").arg(i / 65536 % 256).arg(i / 256 % 256).arg(i % 256),
                pick(os), QStringLiteral("VDS-%1").arg(t), accountName(acc), date(age), date(age - 365),
                uniform(2) ? QStringLiteral("on") : QStringLiteral("off"),
                st == 5 ? QStringLiteral("Installing the OS") : QString(), QString::number(st),
                money(t * 350 + 150, QStringLiteral("USD")) } });
    }
    m_tables.emplace(vds.name(), std::move(vds));

    Table domain(QStringLiteral("domain"),
        { QStringLiteral("id"), QStringLiteral("domain"), QStringLiteral("account"),
            QStringLiteral("pricelist"), QStringLiteral("project"), QStringLiteral("processingmodule"),
            QStringLiteral("createdate"), QStringLiteral("expiredate"), QStringLiteral("status_msg"),
            QStringLiteral("item_status"), QStringLiteral("cost"), QStringLiteral("ip"),
            QStringLiteral("ns") });
    for (int i = 1; i <= 80 * m_scale; ++i) {
        const int acc = owner();
        const int tld = uniform(int(tlds.size()));
        const int age = uniform(1000);
        const int st = uniform(10) < 8 ? 2 : 1 + uniform(5);
        domain.append({ i, acc,
            { QString(), QStringLiteral("%1-%2.%3").arg(pick(firms).toLower()).arg(i).arg(tlds[tld]),
                accountName(acc), QStringLiteral(".%1 domain").arg(tlds[tld]), QStringLiteral("Demo Hosting"),
                QStringLiteral("Registrar"), date(age), date(age - 365),
                st == 3 ? QStringLiteral("Suspended for non-payment") : QString(), QString::number(st),
                money(1200 + tld * 300, QStringLiteral("USD")) } });
    }
    m_tables.emplace(domain.name(), std::move(domain));

    // Payments (big)
    Table payment(QStringLiteral("payment"),
        { QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("create_date"),
            QStringLiteral("sender_name"), QStringLiteral("recipient_name"), QStringLiteral("account_name"),
            QStringLiteral("paymethod_name"), QStringLiteral("subaccountamount_iso"),
            QStringLiteral("paymethodamount_iso"), QStringLiteral("status") });
    const QList<int> payStatus = { 1, 2, 3, 4, 4, 4, 4, 4, 5, 6, 7, 9 };
    for (int i = 1; i <= 1000 * m_scale; ++i) {
        const int acc = owner();
        const int cents = 500 + uniform(50000);
        const QString curr = pick(currencies);
        payment.append({ i, acc,
            { QString(), QStringLiteral("DH-%1").arg(i, 6, 10, QLatin1Char('0')), date(uniform(1200)),
                accountName(acc), uniform(5) ? QStringLiteral("Demo Hosting LLC") : QString(),
                accountName(acc), pick(paymethods), money(cents, QStringLiteral("USD")),
                money(curr == QLatin1String("RUB") ? cents * 90 : cents, curr),
                QString::number(payStatus[uniform(int(payStatus.size()))]) } });
    }
    m_tables.emplace(payment.name(), std::move(payment));

    Table invoice(QStringLiteral("invoice"),
        { QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("cdate"), QStringLiteral("company"),
            QStringLiteral("customer"), QStringLiteral("amount_iso"), QStringLiteral("invoice_status"),
            QStringLiteral("warning_message"), QStringLiteral("sdate") });
    for (int i = 1; i <= 300 * m_scale; ++i) {
        const int acc = owner();
        const int st = 1 + uniform(4);
        const int age = uniform(900);
        invoice.append({ i, acc,
            { QString(), QStringLiteral("INV-%1").arg(i, 5, 10, QLatin1Char('0')), date(age),
                QStringLiteral("Demo Hosting LLC"), accountName(acc),
                money(1000 + uniform(90000), QStringLiteral("USD")), QString::number(st),
                uniform(15) == 0 ? QStringLiteral("Payer's tax id is missing") : QString(),
                st >= 2 ? date(qMax(0, age - 1)) : QString() } });
    }
    m_tables.emplace(invoice.name(), std::move(invoice));

    // Expenses (big)
    Table expense(QStringLiteral("expense"),
        { QStringLiteral("id"), QStringLiteral("locale_name"), QStringLiteral("account"),
            QStringLiteral("realdate"), QStringLiteral("cdate"), QStringLiteral("amount"),
            QStringLiteral("notpayd"), QStringLiteral("discountamount"), QStringLiteral("payments"),
            QStringLiteral("discount"), QStringLiteral("taxamount") });
    for (int i = 1; i <= 1000 * m_scale; ++i) {
        const int acc = owner();
        const int cents = 100 + uniform(20000);
        const int age = uniform(1200);
        const bool disc = uniform(6) == 0;
        expense.append({ i, acc,
            { QString(),
                uniform(2) ? QStringLiteral("Virtual server VDS-%1 (vm%2.example.net)")
                                 .arg(1 + uniform(6))
                                 .arg(uniform(999))
                           : QStringLiteral("Domain registration"),
                accountName(acc), date(age), date(age + 30), money(cents, QStringLiteral("USD")),
                uniform(10) == 0 ? money(cents / 2, QStringLiteral("USD")) : QString(),
                disc ? money(cents / 10, QStringLiteral("USD")) : QString(),
                QStringLiteral("DH-%1").arg(1 + uniform(1000 * m_scale), 6, 10, QLatin1Char('0')),
                disc ? QStringLiteral("personal") : QString(), money(cents / 6, QStringLiteral("USD")) } });
    }
    m_tables.emplace(expense.name(), std::move(expense));

    // Tickets and their messages
    Table ticket(QStringLiteral("ticket"),
        { QStringLiteral("id"), QStringLiteral("ticket"), QStringLiteral("name"), QStringLiteral("client"),
            QStringLiteral("delay"), QStringLiteral("date_start"), QStringLiteral("deadline"),
            QStringLiteral("responsible"), QStringLiteral("project"), QStringLiteral("queue"),
            QStringLiteral("last_message"), QStringLiteral("last_activity"), QStringLiteral("project_name"),
            QStringLiteral("tstatus"), QStringLiteral("create_user"), QStringLiteral("client_department") });
    Table message(QStringLiteral("ticket.message"),
        { QStringLiteral("id"), QStringLiteral("ticket"), QStringLiteral("message"),
            QStringLiteral("date_post"), QStringLiteral("message_user"), QStringLiteral("role") });
    const QList<int> tstatus = { 0, 1, 2, 2, 3, 3, 3, 10 };
    qint64 msgId = 1;
    for (int i = 1; i <= 30 * m_scale; ++i) {
        const int acc = owner();
        const int st = tstatus[uniform(int(tstatus.size()))];
        const int age = uniform(200);
        const QString start = date(age) + QStringLiteral(" 10:%1").arg(uniform(60), 2, 10, QLatin1Char('0'));
        const QString last = date(qMax(0, age - uniform(5)))
            + QStringLiteral(" 15:%1").arg(uniform(60), 2, 10, QLatin1Char('0'));
        ticket.append({ i, acc,
            { QString(), QStringLiteral("T%1").arg(1000 + i), pick(subjects), accountName(acc),
                st <= 2 ? QStringLiteral("%1 h").arg(1 + uniform(48)) : QString(), start,
                st <= 2 ? QStringLiteral("%1 h").arg(uniform(24)) : QString(),
                uniform(3) ? QStringLiteral("admin") : QString(), QStringLiteral("Demo Hosting"),
                QString::number(uniform(10)), last, last, QStringLiteral("Demo Hosting"), QString::number(st),
                accountName(acc), QString::number(1 + i % 3) } });
        const int n = 1 + uniform(4);
        for (int k = 0; k < n; ++k)
            message.append({ msgId++, acc,
                { QString(), QString::number(i),
                    k % 2 ? QStringLiteral("Thank you, we are looking into it.\nRegards, support")
                          : QStringLiteral("Hello! %1. <Please> help & advise.").arg(pick(subjects)),
                    date(qMax(0, age - k)), k % 2 ? QStringLiteral("admin") : accountName(acc),
                    k % 2 ? QStringLiteral("staff") : QStringLiteral("client") } });
    }
    m_attachments.seed(message);
    m_tables.emplace(ticket.name(), std::move(ticket));
    m_tables.emplace(message.name(), std::move(message));

    // The action log (big)
    Table journal(QStringLiteral("journal"),
        { QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("ip"),
            QStringLiteral("funcname"), QStringLiteral("params") });
    for (int i = 1; i <= 1000 * m_scale; ++i) {
        const int acc = uniform(3) == 0 ? 0 : owner();
        const QString fn = pick(funcs);
        journal.append({ i, acc,
            { QString(),
                date(uniform(365))
                    + QStringLiteral(" %1:%2:%3")
                          .arg(uniform(24), 2, 10, QLatin1Char('0'))
                          .arg(uniform(60), 2, 10, QLatin1Char('0'))
                          .arg(uniform(60), 2, 10, QLatin1Char('0')),
                acc == 0
                    ? QStringLiteral("admin")
                    : (acc <= 2 ? QStringLiteral("client%1").arg(acc) : QStringLiteral("user%1").arg(acc)),
                QStringLiteral("192.0.2.%1").arg(1 + uniform(254)), fn,
                fn == QLatin1String("auth") ? QStringLiteral("username=admin&password=*")
                                            : QStringLiteral("elid=%1&sok=ok").arg(1 + uniform(500)) } });
    }
    m_tables.emplace(journal.name(), std::move(journal));
}

} // namespace mgrdesk::sim
