#include "reportmessages.h"

#include "messages.h"

#include <QHash>

namespace mgrdesk::sim {

namespace {

struct Tr
{
    const char *en;
    const char *ru;
    const char *es;
};

const QHash<QString, Tr> &table()
{
    static const QHash<QString, Tr> t = [] {
        static const struct
        {
            const char *key;
            Tr tr;
        } rows[] = {
            // menu
            { "menu_reports", { "Reports", "Отчёты", "Informes" } },
            // report titles and descriptions (msg name="title" / "report_info")
            { "title_report.income", { "Income by month", "Доход по месяцам", "Ingresos por mes" } },
            { "info_report.income",
                { "Credited payments by month and by payment method. Open a month to see its payments.",
                    "Зачисленные платежи по месяцам и способам оплаты. Откройте месяц, чтобы увидеть его "
                    "платежи.",
                    "Pagos abonados por mes y por método de pago. Abra un mes para ver sus pagos." } },
            { "title_report.services",
                { "Services by tariff and status", "Услуги по тарифам и состояниям",
                    "Servicios por tarifa y estado" } },
            { "info_report.services",
                { "Virtual servers and domains ordered in the period, by tariff and by status.",
                    "Виртуальные серверы и домены, заказанные за период, по тарифам и по состояниям.",
                    "Servidores virtuales y dominios pedidos en el período, por tarifa y por estado." } },
            { "title_journal.stat",
                { "Action log statistics", "Статистика журнала операций", "Estadísticas del registro" } },
            { "info_journal.stat",
                { "Share of each function in the action log; open a function to see who called it.",
                    "Доля каждой функции в журнале операций; откройте функцию, чтобы увидеть, кто её "
                    "вызывал.",
                    "Parte de cada función en el registro; abra una función para ver quién la llamó." } },
            { "title_dashboard.revenue",
                { "Revenue, last 6 months", "Доход за 6 месяцев", "Ingresos, últimos 6 meses" } },
            { "info_dashboard.revenue",
                { "Credited payments by month.", "Зачисленные платежи по месяцам.",
                    "Pagos abonados por mes." } },
            // bands
            { "bymonth", { "By month", "По месяцам", "Por mes" } },
            { "payments", { "Payments of the month", "Платежи за месяц", "Pagos del mes" } },
            { "bymethod", { "By payment method", "По способам оплаты", "Por método de pago" } },
            { "bytariff", { "By tariff", "По тарифам", "Por tarifa" } },
            { "tariffstatus",
                { "Statuses of the tariff", "Состояния услуг тарифа", "Estados de la tarifa" } },
            { "bystatus", { "By status", "По состояниям", "Por estado" } },
            { "function", { "Functions", "Функции", "Funciones" } },
            { "user", { "Users", "Пользователи", "Usuarios" } },
            // columns
            { "month", { "Month", "Месяц", "Mes" } },
            { "count", { "Count", "Количество", "Cantidad" } },
            { "amount", { "Amount, USD", "Сумма, USD", "Importe, USD" } },
            { "itemtype", { "Type", "Тип", "Tipo" } },
            { "active", { "Active", "Активных", "Activos" } },
            { "funcname", { "Function", "Функция", "Función" } },
            { "username", { "User", "Пользователь", "Usuario" } },
            { "percentage", { "Share, %", "Доля, %", "Parte, %" } },
            // diagrams
            { "income", { "Income by month", "Доход по месяцам", "Ingresos por mes" } },
            { "methods", { "Payment methods", "Способы оплаты", "Métodos de pago" } },
            { "tariffs", { "Services by tariff", "Услуги по тарифам", "Servicios por tarifa" } },
            { "statuses", { "Services by status", "Услуги по состояниям", "Servicios por estado" } },
            { "func", { "Functions", "Функции", "Funciones" } },
            // item types
            { "type_vds", { "Virtual server", "Виртуальный сервер", "Servidor virtual" } },
            { "type_domain", { "Domain", "Домен", "Dominio" } },
            // the period form (names as in BILLmanager 6's filter forms)
            { "period", { "Period", "Период", "Período" } },
            { "hint_period",
                { "Choose the period of the report", "Выберите период, за который необходимо составить отчет",
                    "Elija el período del informe" } },
            { "periodstart", { "From", "с даты", "Desde" } },
            { "periodend", { "To", "по дату", "Hasta" } },
            { "hint_periodstart",
                { "First day of the range", "Начальная дата диапазона", "Primer día del rango" } },
            { "hint_periodend",
                { "Last day of the range", "Конечная дата диапазона", "Último día del rango" } },
            { "nodate", { "all time", "за все время", "todo el tiempo" } },
            { "today", { "today", "текущий день", "hoy" } },
            { "currentweek", { "this week", "текущая неделя", "esta semana" } },
            { "currentmonth", { "this month", "текущий месяц", "este mes" } },
            { "currentyear", { "this year", "текущий год", "este año" } },
            { "lastday", { "yesterday", "предыдущий день", "ayer" } },
            { "lastweek", { "last week", "предыдущая неделя", "la semana pasada" } },
            { "lastmonth", { "last month", "предыдущий месяц", "el mes pasado" } },
            { "lastyear", { "last year", "предыдущий год", "el año pasado" } },
            { "week", { "week", "неделя", "semana" } },
            { "month_period", { "month", "месяц", "mes" } },
            { "quarter", { "quarter", "квартал", "trimestre" } },
            { "halfyear", { "half a year", "полгода", "medio año" } },
            { "year", { "year", "год", "año" } },
            { "other", { "custom range", "произвольный диапазон", "rango personalizado" } },
            { "placeholder_periodstart", { "YYYY-MM-DD", "ГГГГ-ММ-ДД", "AAAA-MM-DD" } },
            { "placeholder_periodend", { "YYYY-MM-DD", "ГГГГ-ММ-ДД", "AAAA-MM-DD" } },
            { "err_period",
                { "The start of the period is after its end", "Начало периода позже его конца",
                    "El inicio del período es posterior a su fin" } },
            // the dashboard
            { "block_taskbar", { "Quick actions", "Быстрые действия", "Acciones rápidas" } },
            { "block_figures", { "Key figures", "Основные показатели", "Cifras clave" } },
            { "block_revenue", { "Revenue", "Доход", "Ingresos" } },
            { "block_ticket", { "Tickets waiting", "Ожидающие запросы", "Tickets en espera" } },
            { "block_clientticket", { "My tickets", "Мои запросы", "Mis tickets" } },
            { "block_payment", { "Recent payments", "Последние платежи", "Pagos recientes" } },
            { "block_longtask", { "Running operations", "Выполняемые операции", "Operaciones en curso" } },
            { "block_vds", { "My servers", "Мои серверы", "Mis servidores" } },
            { "fig_clients", { "Clients", "Клиентов", "Clientes" } },
            { "fig_balance_total", { "Clients' balance", "Баланс клиентов", "Saldo de clientes" } },
            { "fig_balance", { "Balance", "Баланс", "Saldo" } },
            { "fig_revenue_month", { "Revenue this month", "Доход за текущий месяц", "Ingresos este mes" } },
            { "fig_revenue_lastmonth",
                { "Revenue last month", "Доход за предыдущий месяц", "Ingresos el mes pasado" } },
            { "fig_tickets", { "Tickets waiting", "Ожидающих запросов", "Tickets en espera" } },
            { "fig_services", { "Active services", "Активных услуг", "Servicios activos" } },
            { "fig_payments", { "Payments", "Платежей", "Pagos" } },
            { "title_dashboard.figures", { "Key figures", "Основные показатели", "Cifras clave" } },
            { "title_longtask", { "Running operations", "Выполняемые операции", "Operaciones en curso" } },
            { "startdate", { "Started", "Начало", "Inicio" } },
            { "comment", { "Comment", "Комментарий", "Comentario" } },
            { "value", { "Value", "Значение", "Valor" } },
            { "task_running", { "Running", "Выполняется", "En curso" } },
            { "task_done", { "Done", "Завершена", "Terminada" } },
        };
        QHash<QString, Tr> h;
        for (const auto &r : rows)
            h.insert(QString::fromLatin1(r.key), r.tr);
        return h;
    }();
    return t;
}

} // namespace

QString ReportMessages::text(const QString &key, const QString &lang)
{
    const auto it = table().constFind(key);
    if (it == table().constEnd())
        return Messages::text(key, lang);
    const char *s = it->en;
    if (lang == QLatin1String("ru") && it->ru)
        s = it->ru;
    else if (lang == QLatin1String("es") && it->es)
        s = it->es;
    return QString::fromUtf8(s);
}

} // namespace mgrdesk::sim
