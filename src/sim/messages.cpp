#include "messages.h"

#include <QHash>
#include <QStringList>

namespace mgrdesk::sim {

namespace {

struct Tr
{
    const char *en;
    const char *ru;
    const char *es;
};

using Table = QHash<QString, Tr>;

Table buildTable()
{
    // key, en, ru, es (nullptr = English)
    static const struct
    {
        const char *key;
        Tr tr;
    } rows[] = {
        // columns and fields
        { "id", { "Id", "Id", "Id" } },
        { "name", { "Name", "Название", "Nombre" } },
        { "project", { "Provider", "Провайдер", "Proveedor" } },
        { "balance", { "Balance", "Баланс", "Saldo" } },
        { "account_status", { "Status", "Состояние", "Estado" } },
        { "tz_registration_date", { "Registration date", "Дата регистрации", "Fecha de registro" } },
        { "email", { "Email", "Email", "Correo" } },
        { "realname", { "Full name", "Полное имя", "Nombre completo" } },
        { "account", { "Client", "Клиент", "Cliente" } },
        { "account_name", { "Client", "Клиент", "Cliente" } },
        { "status", { "Status", "Состояние", "Estado" } },
        { "level", { "Access level", "Уровень доступа", nullptr } },
        { "phone", { "Phone", "Телефон", "Teléfono" } },
        { "itemtype_name", { "Type", "Тип", "Tipo" } },
        { "processingmodules", { "Processing modules", "Обработчики", nullptr } },
        { "pricelist_cost", { "Cost", "Стоимость", "Coste" } },
        { "orderpriority", { "Sort order", "Порядок", nullptr } },
        { "domain", { "Domain", "Домен", "Dominio" } },
        { "ip", { "IP address", "IP-адрес", "Dirección IP" } },
        { "ostempl", { "Operating system", "Операционная система", "Sistema operativo" } },
        { "pricelist", { "Tariff", "Тариф", "Tarifa" } },
        { "createdate", { "Created", "Создан", "Creado" } },
        { "expiredate", { "Expires", "Действует до", "Caduca" } },
        { "autoprolong", { "Auto renewal", "Автопродление", nullptr } },
        { "status_msg", { "Status message", "Сообщение", nullptr } },
        { "item_status", { "Status", "Состояние", "Estado" } },
        { "cost", { "Cost", "Стоимость", "Coste" } },
        { "processingmodule", { "Processing module", "Обработчик", nullptr } },
        { "number", { "Number", "Номер", "Número" } },
        { "create_date", { "Created", "Дата создания", "Creado" } },
        { "sender_name", { "Payer", "Плательщик", "Pagador" } },
        { "recipient_name", { "Payee", "Получатель", "Beneficiario" } },
        { "paymethod_name", { "Payment method", "Способ оплаты", "Método de pago" } },
        { "subaccountamount_iso", { "Amount credited", "Зачислено", "Importe abonado" } },
        { "paymethodamount_iso", { "Amount", "Сумма", "Importe" } },
        { "cdate", { "Date", "Дата", "Fecha" } },
        { "company", { "Company", "Компания", "Empresa" } },
        { "customer", { "Payer", "Плательщик", "Pagador" } },
        { "amount_iso", { "Amount", "Сумма", "Importe" } },
        { "invoice_status", { "Status", "Состояние", "Estado" } },
        { "warning_message", { "Warning", "Предупреждение", nullptr } },
        { "sdate", { "Sent", "Отправлен", "Enviado" } },
        { "locale_name", { "Description", "Описание", "Descripción" } },
        { "realdate", { "Debit date", "Дата списания", nullptr } },
        { "amount", { "Amount", "Сумма", "Importe" } },
        { "notpayd", { "Unpaid", "Не оплачено", nullptr } },
        { "discountamount", { "Discount amount", "Сумма скидки", nullptr } },
        { "payments", { "Payments", "Платежи", "Pagos" } },
        { "discount", { "Discount", "Скидка", "Descuento" } },
        { "taxamount", { "Tax", "Налог", "Impuesto" } },
        { "ticket", { "Ticket", "Тикет", nullptr } },
        { "client", { "Client", "Клиент", "Cliente" } },
        { "delay", { "Waiting", "Ожидание", nullptr } },
        { "date_start", { "Opened", "Открыт", "Abierto" } },
        { "deadline", { "Deadline", "Срок", nullptr } },
        { "responsible", { "Responsible", "Ответственный", nullptr } },
        { "queue", { "Queue", "Очередь", nullptr } },
        { "last_message", { "Last message", "Последнее сообщение", nullptr } },
        { "last_activity", { "Last activity", "Последняя активность", nullptr } },
        { "project_name", { "Provider", "Провайдер", "Proveedor" } },
        { "tstatus", { "Status", "Состояние", "Estado" } },
        { "wait_time", { "Waiting", "Ожидание", nullptr } },
        { "create_user", { "Author", "Автор", "Autor" } },
        { "message", { "Message", "Сообщение", "Mensaje" } },
        { "date_post", { "Written", "Дата написания", nullptr } },
        { "message_user", { "Author", "Автор", "Autor" } },
        { "time", { "Time", "Время", "Hora" } },
        { "user", { "User", "Пользователь", "Usuario" } },
        { "funcname", { "Function", "Функция", "Función" } },
        { "params", { "Parameters", "Параметры", "Parámetros" } },
        { "iso", { "ISO code", "Код ISO", nullptr } },
        { "symbol", { "Symbol", "Символ", "Símbolo" } },
        { "rate", { "Rate", "Курс", "Tasa" } },
        { "login", { "Login", "Логин", nullptr } },
        { "lastactive", { "Last activity", "Последняя активность", nullptr } },
        { "country", { "Country", "Страна", "País" } },
        { "state", { "Region", "Регион", "Región" } },
        { "profiletype", { "Payer type", "Тип плательщика", nullptr } },
        { "client_lang", { "Language", "Язык", "Idioma" } },
        { "passwd", { "Password", "Пароль", "Contraseña" } },
        { "confirm", { "Confirm password", "Подтверждение", "Confirmar" } },
        { "note", { "Note", "Примечание", "Nota" } },
        { "notify", { "Send notifications", "Отправлять уведомления", nullptr } },
        { "balance_limit", { "Credit limit", "Кредитный лимит", nullptr } },
        { "site", { "Website", "Сайт", "Sitio web" } },
        { "info", { "Information", "Информация", "Información" } },
        { "default_access_allow", { "Full access", "Полный доступ", nullptr } },
        { "period", { "Period", "Период", "Periodo" } },
        { "agree", { "I accept the terms", "Я принимаю условия", nullptr } },
        { "summary", { "Order summary", "Состав заказа", nullptr } },
        { "createdatestart", { "Created from", "Создан с", nullptr } },
        { "createdateend", { "Created till", "Создан по", nullptr } },
        { "sesid", { "Session", "Сессия", nullptr } },
        { "hint_name", { "A unique name", "Уникальное имя", nullptr } },
        { "hint_balance_limit", { "0 to 100000", "От 0 до 100000", nullptr } },
        { "timezone", { "Time zone", "Часовой пояс", "Zona horaria" } },
        { "hint_timezone",
            { "Times in the client's notifications and documents",
                "Время в уведомлениях и документах клиента",
                "Hora de las notificaciones y documentos del cliente" } },
        // a form label that differs from the column title of the same name (label_<field>)
        { "label_discount", { "Discount, %", "Скидка, %", "Descuento, %" } },
        // printed forms and PDFs (billmgrdocuments.cpp)
        { "doc_payment", { "Payment", "Платёж", "Pago" } },
        { "doc_invoice", { "Invoice", "Счёт", "Factura" } },
        { "doc_client", { "Client", "Клиент", "Cliente" } },
        { "doc_amount", { "Amount", "Сумма", "Importe" } },
        { "doc_date", { "Date", "Дата", "Fecha" } },
        // the second-factor login step (billmgrtotp.cpp)
        { "title_totp",
            { "Two-factor authentication", "Двухфакторная аутентификация",
                "Autenticación de dos factores" } },
        { "page_code", { "Code", "Код", "Código" } },
        { "label_totp", { "Code", "Код", "Código" } },
        { "hint_totp",
            { "The 6-digit code from your authenticator app", "6-значный код из приложения-аутентификатора",
                "El código de 6 dígitos de su aplicación de autenticación" } },
        { "hint_discount",
            { "Percent off the client's orders: 0 to 50 in steps of 5",
                "Скидка на заказы клиента в процентах: от 0 до 50 с шагом 5",
                "Porcentaje de descuento en los pedidos: de 0 a 50 en pasos de 5" } },
        { "placeholder_email", { "user@example.com", "user@example.com", nullptr } },
        { "page_main", { "Main", "Основное", "Principal" } },
        { "page_extra", { "Additional", "Дополнительно", "Adicional" } },
        // profile types and languages
        { "profiletype_1", { "Individual", "Физическое лицо", "Persona" } },
        { "profiletype_2", { "Company", "Юридическое лицо", "Empresa" } },
        { "profiletype_3", { "Sole proprietor", "Индивидуальный предприниматель", nullptr } },
        { "null", { "-- not selected --", "-- не выбрано --", "-- no seleccionado --" } },
        { "months_1", { "1 month", "1 месяц", "1 mes" } },
        { "months_3", { "3 months", "3 месяца", "3 meses" } },
        { "months_6", { "6 months", "6 месяцев", "6 meses" } },
        { "months_12", { "1 year", "1 год", "1 año" } },
        { "months_24", { "2 years", "2 года", "2 años" } },
        // buttons
        { "btn_new", { "Create", "Создать", "Crear" } },
        { "btn_edit", { "Edit", "Изменить", "Editar" } },
        { "btn_delete", { "Delete", "Удалить", "Eliminar" } },
        { "btn_suspend", { "Suspend", "Остановить", "Suspender" } },
        { "btn_resume", { "Resume", "Включить", "Reanudar" } },
        { "btn_filter", { "Filter", "Фильтр", "Filtro" } },
        { "btn_setfilter", { "Show client's records", "Записи клиента", nullptr } },
        { "btn_messages", { "Messages", "Сообщения", "Mensajes" } },
        { "btn_reboot", { "Reboot", "Перезагрузить", "Reiniciar" } },
        { "btn_su", { "Log in as", "Войти как", nullptr } },
        { "btn_order", { "Order", "Заказать", "Pedir" } },
        { "btn_ok", { "OK", "Ok", "Aceptar" } },
        { "btn_pay", { "Pay", "Оплатить", "Pagar" } },
        { "btn_take", { "Take", "Взять", "Tomar" } },
        { "btn_close", { "Close", "Закрыть", "Cerrar" } },
        { "confirm_take",
            { "Are you sure you want to take", "Вы действительно хотите взять", "¿Seguro que desea tomar" } },
        { "confirm_close",
            { "Are you sure you want to close", "Вы действительно хотите закрыть",
                "¿Seguro que desea cerrar" } },
        { "confirm_delete",
            { "Are you sure you want to delete", "Вы действительно хотите удалить",
                "¿Seguro que desea eliminar" } },
        { "confirm_suspend",
            { "Are you sure you want to suspend", "Вы действительно хотите остановить",
                "¿Seguro que desea suspender" } },
        { "confirm_resume",
            { "Are you sure you want to resume", "Вы действительно хотите включить",
                "¿Seguro que desea reanudar" } },
        { "confirm_reboot",
            { "Are you sure you want to reboot", "Вы действительно хотите перезагрузить",
                "¿Seguro que desea reiniciar" } },
        { "btn_cancel", { "Cancel", "Отмена", "Cancelar" } },
        { "btn_reset", { "Reset", "Сбросить", "Restablecer" } },
        { "btn_verify", { "Check", "Проверить", "Comprobar" } },
        { "btn_next", { "Next", "Далее", "Siguiente" } },
        { "btn_back", { "Back", "Назад", "Atrás" } },
        { "btn_finish", { "Finish", "Готово", "Finalizar" } },
        // titles of functions (menus, forms)
        { "title_account", { "Clients", "Клиенты", "Clientes" } },
        { "title_user", { "Users", "Пользователи", "Usuarios" } },
        { "title_pricelist", { "Tariffs", "Тарифные планы", "Tarifas" } },
        { "title_vds", { "Virtual servers", "Виртуальные серверы", "Servidores virtuales" } },
        { "title_domain", { "Domains", "Домены", "Dominios" } },
        { "title_payment", { "Payments", "Платежи", "Pagos" } },
        { "title_invoice", { "Invoices", "Счета", "Facturas" } },
        { "title_expense", { "Expenses", "Расходы", "Gastos" } },
        { "title_ticket", { "Ticket queue", "Запросы", "Tickets" } },
        { "title_ticket_all", { "All tickets", "Все запросы", "Todos los tickets" } },
        { "title_clientticket", { "Support tickets", "Запросы", "Tickets" } },
        { "title_ticket.message", { "Ticket messages", "Сообщения запроса", nullptr } },
        { "title_journal", { "Action log", "Журнал", "Registro" } },
        { "title_currency", { "Currencies", "Валюты", "Monedas" } },
        { "title_session", { "Active sessions", "Активные сессии", "Sesiones" } },
        { "title_dashboard", { "Dashboard", "Главная", "Inicio" } },
        { "title_account.edit", { "Client", "Клиент", "Cliente" } },
        { "title_user.edit", { "User", "Пользователь", "Usuario" } },
        { "title_vds.order", { "Order a virtual server", "Заказ виртуального сервера", nullptr } },
        { "title_vds.order.confirm", { "Confirm the order", "Подтверждение заказа", nullptr } },
        { "title_filter", { "Filter", "Фильтр", "Filtro" } },
        { "title_payment.edit", { "Payment", "Платёж", "Pago" } },
        { "title_invoice.generate", { "Generate invoices", "Сформировать счета", "Generar facturas" } },
        { "title_domain.edit", { "Domain", "Домен", "Dominio" } },
        { "title_admin.edit", { "Staff member", "Сотрудник", "Empleado" } },
        { "title_admin", { "Staff", "Сотрудники", "Personal" } },
        { "title_recovery", { "Password recovery", "Восстановление пароля", "Recuperar la contraseña" } },
        { "title_register", { "Registration", "Регистрация", "Registro" } },
        { "gentype_all", { "All clients", "Все клиенты", "Todos los clientes" } },
        { "gentype_payers", { "Clients who paid in the period", "Клиенты, оплатившие в периоде", nullptr } },
        { "gentype", { "Generate for", "Для кого", "Generar para" } },
        { "fromdate", { "Expenses from", "Расходы с", "Gastos desde" } },
        { "todate", { "Expenses till", "Расходы по", "Gastos hasta" } },
        { "subaccountamount", { "Amount credited", "Зачислено", "Importe abonado" } },
        { "paymethodamount", { "Amount", "Сумма", "Importe" } },
        { "sender", { "Payer", "Плательщик", "Pagador" } },
        { "ns", { "Name servers", "Серверы имён", "Servidores de nombres" } },
        { "owner", { "Owner", "Владелец", "Propietario" } },
        { "messages", { "Conversation", "Переписка", "Conversación" } },
        { "title_payment.setstatus", { "Change the status", "Изменить состояние", "Cambiar el estado" } },
        { "btn_setstatus", { "Status", "Состояние", "Estado" } },
        { "btn_payment", { "Payments", "Платежи", "Pagos" } },
        { "menu_clients", { "Clients", "Клиенты", "Clientes" } },
        { "menu_billing", { "Billing", "Биллинг", "Facturación" } },
        { "menu_products", { "Products", "Продукты", "Productos" } },
        { "menu_services", { "Services", "Услуги", "Servicios" } },
        { "menu_support", { "Support", "Поддержка", "Soporte" } },
        { "menu_tools", { "Tools", "Инструменты", "Herramientas" } },
        { "menu_finance", { "Finance", "Финансы", "Finanzas" } },
        { "menu_myaccount", { "Account", "Учётная запись", "Cuenta" } },
        { "notify_ticket", { "Tickets waiting for a reply", "Запросы ждут ответа", nullptr } },
        { "notify_payment", { "New payments", "Новые платежи", nullptr } },
        { "title_notify", { "Notifications", "Уведомления", "Notificaciones" } },
        { "band_summary", { "Summary", "Сводка", "Resumen" } },
        { "band_tickets", { "Recent tickets", "Последние запросы", nullptr } },
        { "sum_clients", { "Clients", "Клиентов", "Clientes" } },
        { "sum_services", { "Active services", "Активных услуг", nullptr } },
        { "sum_payments", { "Payments", "Платежей", "Pagos" } },
        { "sum_balance", { "Balance", "Баланс", "Saldo" } },
        { "sum_tickets", { "Open tickets", "Открытых запросов", nullptr } },
        { "login_title", { "Log in to BILLmanager", "Вход в BILLmanager", "Acceso a BILLmanager" } },
        // wizards: steps and the add-payment form (billmgr6-wizard-payment-add-method-step1.xml)
        { "step_payment.add.method", { "Payment method", "Выбор метода оплаты", "Método de pago" } },
        { "step_payment.add.country", { "Payer", "Выбор плательщика", "Pagador" } },
        { "step_payment.add.profile", { "Payer details", "Информация о плательщике", "Datos del pagador" } },
        { "step_payment.add.pay", { "Confirmation", "Подтверждение оплаты", "Confirmación" } },
        { "step_vds.order", { "Tariff", "Тариф", "Tarifa" } },
        { "step_vds.order.addon", { "Add-ons", "Дополнения", "Complementos" } },
        { "step_vds.order.confirm", { "Confirmation", "Подтверждение", "Confirmación" } },
        { "wz_title", { "Payment", "Оплата", "Pago" } },
        { "wz_wizard_title", { "Payment method", "Выбор метода оплаты", "Método de pago" } },
        { "wz_amount", { "Amount", "Сумма", "Importe" } },
        { "wz_amount_iso", { "USD", "USD", "USD" } },
        { "wz_methodlist_page", { "Payment methods", "Методы оплаты", "Métodos de pago" } },
        { "wz_amount_page", { "Amount", "Сумма", "Importe" } },
        { "wz_msg_topaysystem", { "Pay", "Оплатить", "Pagar" } },
        { "wz_hint_topaysystem",
            { "Go to the payment. The payment page opens in a new window",
                "Перейти к оплате. Форма оплаты будет открыта в новом окне",
                "Ir al pago. La página de pago se abre en una ventana nueva" } },
        { "wz_msg_withoutpay", { "Next", "Далее", "Siguiente" } },
        { "wz_hint_withoutpay", { "Continue with the payment", "Продолжить оформление платежа", nullptr } },
        { "wz_msg_next", { "Next >>", "Далее >>", "Siguiente >>" } },
        { "wz_msg_back", { "<< Back", "<< Назад", "<< Atrás" } },
        { "wz_msg_cancel", { "Cancel", "Отмена", "Cancelar" } },
        { "wz_msg_finish", { "Finish", "Завершить", "Finalizar" } },
        { "wz_image", { "Logo", "Логотип", "Logotipo" } },
        { "wz_name", { "Method", "Метод", "Método" } },
        { "wz_desc", { "Description", "Описание", "Descripción" } },
        { "wz_action", { "Pay", "Оплатить", "Pagar" } },
        { "wz_summary", { "Payment", "Платёж", "Pago" } },
        { "wz_minamount_desc",
            { "Payment amount from __amount__ USD", "Сумма платежа от __amount__ USD",
                "Importe del pago desde __amount__ USD" } },
        // filter periods (the real payment filter form's words in ru)
        { "period_nodate", { "for all time", "за все время", "todo el tiempo" } },
        { "period_today", { "today", "текущий день", "hoy" } },
        { "period_currentweek", { "this week", "текущая неделя", "esta semana" } },
        { "period_currentmonth", { "this month", "текущий месяц", "este mes" } },
        { "period_currentyear", { "this year", "текущий год", "este año" } },
        { "period_lastday", { "yesterday", "предыдущий день", "ayer" } },
        { "period_lastweek", { "last week", "предыдущая неделя", "la semana pasada" } },
        { "period_lastmonth", { "last month", "предыдущий месяц", "el mes pasado" } },
        { "period_lastyear", { "last year", "предыдущий год", "el año pasado" } },
        { "period_week", { "a week", "неделя", "una semana" } },
        { "period_month", { "a month", "месяц", "un mes" } },
        { "period_quarter", { "a quarter", "квартал", "un trimestre" } },
        { "period_halfyear", { "half a year", "полгода", "medio año" } },
        { "period_year", { "a year", "год", "un año" } },
        { "period_other", { "custom range", "произвольный диапазон", "rango personalizado" } },
        // statuses
        { "st_payment_1", { "New", "Новый", "Nuevo" } },
        { "st_payment_2", { "Paid", "Оплачивается", "Pagado" } },
        { "st_payment_3", { "Promised", "Обещанный платеж", "Prometido" } },
        { "st_payment_4", { "Credited", "Зачислен", "Abonado" } },
        { "st_payment_5", { "Pending refund", "Ожидает возврата", nullptr } },
        { "st_payment_6", { "Refunded", "Возвращен", "Reembolsado" } },
        { "st_payment_7", { "Fraudulent", "Мошеннический", "Fraudulento" } },
        { "st_payment_9", { "Cancelled", "Отменен", "Cancelado" } },
        { "st_item_1", { "Ordered", "Заказан", "Pedido" } },
        { "st_item_2", { "Active", "Активен", "Activo" } },
        { "st_item_3", { "Suspended", "Остановлен", "Suspendido" } },
        { "st_item_4", { "Deleted", "Удалён", "Eliminado" } },
        { "st_item_5", { "Processing", "Обрабатывается", "Procesando" } },
        { "st_ticket_0", { "New", "Новый", "Nuevo" } },
        { "st_ticket_1", { "Under review", "На рассмотрении", "En revisión" } },
        { "st_ticket_2", { "Awaiting reply", "Ожидает ответа", "Esperando respuesta" } },
        { "st_ticket_3", { "Closed", "Закрыт", "Cerrado" } },
        { "st_ticket_10", { "Archived", "В архиве", "Archivado" } },
        { "st_account_1", { "Active", "Активен", "Activo" } },
        { "st_account_2", { "Suspended", "Остановлен", "Suspendido" } },
        { "st_onoff_on", { "Enabled", "Включен", "Activado" } },
        { "st_onoff_off", { "Disabled", "Выключен", "Desactivado" } },
        { "st_invoice_1", { "New", "Новый", "Nuevo" } },
        { "st_invoice_2", { "Sent", "Отправлен", "Enviado" } },
        { "st_invoice_3", { "Paid", "Оплачивается", "Pagado" } },
        { "st_invoice_4", { "Signed", "Подписан", "Firmado" } },
        // errors
        { "err_badpassword",
            { "Invalid username or password", "Неверное имя пользователя или пароль",
                "Nombre de usuario o contraseña no válidos" } },
        { "err_badsession",
            { "Your session has expired or is invalid. Please log in again",
                "Сессия истекла или недействительна. Войдите снова",
                "La sesión ha caducado. Vuelva a iniciar sesión" } },
        { "err_authinfo",
            { "Authorization with authinfo is not allowed from address '__value__'",
                "Авторизация через authinfo запрещена с адреса '__value__'", nullptr } },
        { "err_badkey", { "The key is invalid or has expired", "Ключ недействителен или истёк", nullptr } },
        { "err_unknownfunc",
            { "Unknown function '__value__'", "Неизвестная функция '__value__'",
                "Función desconocida '__value__'" } },
        { "err_access", { "Access denied", "Доступ запрещён", "Acceso denegado" } },
        { "err_su",
            { "You may not act as user '__value__'", "Нельзя работать от имени пользователя '__value__'",
                nullptr } },
        { "err_missed",
            { "The field '__object__' is required", "Поле '__object__' обязательно для заполнения",
                "El campo '__object__' es obligatorio" } },
        { "err_value",
            { "Invalid value '__value__' of the field '__object__'",
                "Недопустимое значение '__value__' поля '__object__'",
                "Valor no válido '__value__' del campo '__object__'" } },
        { "err_exists",
            { "__object__ with value '__value__' already exists",
                "__object__ со значением '__value__' уже существует",
                "__object__ con valor '__value__' ya existe" } },
        { "err_notfound", { "Object '__value__' not found", "Объект '__value__' не найден", nullptr } },
        { "err_file_too_big",
            { "The file '__value__' is too large", "Файл '__value__' слишком велик",
                "El archivo '__value__' es demasiado grande" } },
        { "err_confirm",
            { "The passwords do not match", "Пароли не совпадают", "Las contraseñas no coinciden" } },
        { "err_progress", { "Operation '__value__' not found", "Операция '__value__' не найдена", nullptr } },
        { "op_reboot", { "Rebooting the server", "Перезагрузка сервера", nullptr } },
        { "op_done", { "Done", "Готово", "Hecho" } },
    };
    Table t;
    for (const auto &r : rows)
        t.insert(QString::fromLatin1(r.key), r.tr);
    return t;
}

const Table &table()
{
    static const Table t = buildTable();
    return t;
}

} // namespace

QString Messages::normalizeLang(const QString &lang, const QString &fallback)
{
    if (lang == QLatin1String("en") || lang == QLatin1String("ru") || lang == QLatin1String("es"))
        return lang;
    return fallback;
}

bool Messages::has(const QString &key)
{
    return table().contains(key);
}

QString Messages::text(const QString &key, const QString &lang)
{
    const auto it = table().constFind(key);
    if (it == table().constEnd())
        return key;
    const char *s = it->en;
    if (lang == QLatin1String("ru") && it->ru)
        s = it->ru;
    else if (lang == QLatin1String("es") && it->es)
        s = it->es;
    return QString::fromUtf8(s);
}

QString Messages::status(const QString &set, const QString &code, const QString &lang)
{
    const QString key = QStringLiteral("st_%1_%2").arg(set, code);
    return has(key) ? text(key, lang) : code;
}

QString Messages::statusColor(const QString &set, const QString &code)
{
    static const QHash<QString, QString> colors = {
        { QStringLiteral("payment_1"), QStringLiteral("blue") },
        { QStringLiteral("payment_2"), QStringLiteral("green") },
        { QStringLiteral("payment_3"), QStringLiteral("yellow") },
        { QStringLiteral("payment_4"), QStringLiteral("green") },
        { QStringLiteral("payment_5"), QStringLiteral("yellow") },
        { QStringLiteral("payment_6"), QStringLiteral("gray") },
        { QStringLiteral("payment_7"), QStringLiteral("red") },
        { QStringLiteral("payment_9"), QStringLiteral("gray") },
        { QStringLiteral("item_1"), QStringLiteral("blue") },
        { QStringLiteral("item_2"), QStringLiteral("green") },
        { QStringLiteral("item_3"), QStringLiteral("red") },
        { QStringLiteral("item_4"), QStringLiteral("gray") },
        { QStringLiteral("item_5"), QStringLiteral("yellow") },
        { QStringLiteral("ticket_0"), QStringLiteral("red") },
        { QStringLiteral("ticket_1"), QStringLiteral("yellow") },
        { QStringLiteral("ticket_2"), QStringLiteral("blue") },
        { QStringLiteral("ticket_3"), QStringLiteral("gray") },
        { QStringLiteral("ticket_10"), QStringLiteral("gray") },
        { QStringLiteral("account_1"), QStringLiteral("green") },
        { QStringLiteral("account_2"), QStringLiteral("red") },
        { QStringLiteral("onoff_on"), QStringLiteral("green") },
        { QStringLiteral("onoff_off"), QStringLiteral("red") },
        { QStringLiteral("invoice_1"), QStringLiteral("blue") },
        { QStringLiteral("invoice_2"), QStringLiteral("yellow") },
        { QStringLiteral("invoice_3"), QStringLiteral("green") },
        { QStringLiteral("invoice_4"), QStringLiteral("green") },
    };
    return colors.value(set + QLatin1Char('_') + code);
}

QStringList Messages::statusCodes(const QString &set)
{
    if (set == QLatin1String("payment"))
        return { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
            QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("9") };
    if (set == QLatin1String("item"))
        return { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
            QStringLiteral("5") };
    if (set == QLatin1String("ticket"))
        return { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
            QStringLiteral("10") };
    if (set == QLatin1String("account"))
        return { QStringLiteral("1"), QStringLiteral("2") };
    if (set == QLatin1String("onoff"))
        return { QStringLiteral("on"), QStringLiteral("off") };
    if (set == QLatin1String("invoice"))
        return { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4") };
    return {};
}

} // namespace mgrdesk::sim
