<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Account</name>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="34" />
            <source>Enter the server address, for example https://billing.example.com:1500/billmgr.</source>
            <translation>Введите адрес сервера, например https://billing.example.com:1500/billmgr.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="38" />
            <source>The server address must not contain spaces.</source>
            <translation>Адрес сервера не должен содержать пробелов.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="47" />
            <source>“%1” is not a valid server address.</source>
            <translation>«%1» — недопустимый адрес сервера.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="52" />
            <source>The server address must start with https:// (the scheme “%1” is not supported).</source>
            <translation>Адрес сервера должен начинаться с https:// (схема «%1» не поддерживается).</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="57" />
            <source>The server address has no host name.</source>
            <translation>В адресе сервера нет имени хоста.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="61" />
            <source>Do not put a user name or password in the server address; use the fields below.</source>
            <translation>Не указывайте имя пользователя или пароль в адресе сервера; используйте поля ниже.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="65" />
            <source>The server address must not contain “?” or “#”; enter only the panel's address.</source>
            <translation>Адрес сервера не должен содержать «?» или «#»; введите только адрес панели.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="87" />
            <source>This address is not encrypted (http://): your password and data will cross the network in clear text. Use https:// unless the server is on this computer.</source>
            <translation>Этот адрес не шифруется (http://): пароль и данные будут передаваться по сети открытым текстом. Используйте https://, если сервер не находится на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="98" />
            <source>Give the account a name.</source>
            <translation>Задайте имя учётной записи.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="111" />
            <source>Enter the user name to log in with.</source>
            <translation>Введите имя пользователя для входа.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="113" />
            <source>The user name must not begin or end with a space.</source>
            <translation>Имя пользователя не должно начинаться или заканчиваться пробелом.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="116" />
            <source>With the “authinfo” login method the user name must not contain “:”.</source>
            <translation>При способе входа «authinfo» имя пользователя не должно содержать «:».</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="121" />
            <source>“%1” is not a language code; use a code such as “en” or “ru”, or leave it empty.</source>
            <translation>«%1» — не код языка; используйте код вида «en» или «ru» или оставьте поле пустым.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="125" />
            <source>The user to act as must not contain spaces.</source>
            <translation>Имя пользователя, от имени которого выполняются действия, не должно содержать пробелов.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="144" />
            <source>No tag</source>
            <translation>Без метки</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="146" />
            <source>Production</source>
            <translation>Рабочий</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="148" />
            <source>Staging</source>
            <translation>Промежуточный</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="150" />
            <source>Test</source>
            <translation>Тестовый</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="200" />
            <source>Session (log in once)</source>
            <translation>Сессия (однократный вход)</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="202" />
            <source>Credentials on every request (authinfo)</source>
            <translation>Учётные данные в каждом запросе (authinfo)</translation>
        </message>
    </context>
    <context>
        <name>AccountEditDialog</name>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="14" />
            <source>Account</source>
            <translation>Учётная запись</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="17" />
            <source>Account settings</source>
            <translation>Параметры учётной записи</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="25" />
            <source>&amp;Name:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="35" />
            <source>Account name</source>
            <translation>Имя учётной записи</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="38" />
            <source>A name for this account, e.g. “Production billing”</source>
            <translation>Имя учётной записи, например «Рабочий биллинг»</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="45" />
            <source>&amp;Server address:</source>
            <translation>&amp;Адрес сервера:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="55" />
            <source>Server address</source>
            <translation>Адрес сервера</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="58" />
            <source>https://billing.example.com:1500/billmgr — a bare host name gets port 1500 and /billmgr</source>
            <translation>https://billing.example.com:1500/billmgr — к имени хоста без порта и пути добавляются порт 1500 и /billmgr</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="61" />
            <source>https://billing.example.com</source>
            <translation>https://billing.example.com</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="68" />
            <source>&amp;User name:</source>
            <translation>&amp;Пользователь:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="78" />
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="81" />
            <source>The panel user to log in as</source>
            <translation>Пользователь панели, под которым выполняется вход</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="88" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="98" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="101" />
            <source>Leave empty to be asked when connecting; when editing, empty keeps the saved password</source>
            <translation>Оставьте пустым, чтобы вводить пароль при подключении; при изменении пустое поле сохраняет прежний пароль</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="111" />
            <source>Remember the password in the keychain</source>
            <translation>Запомнить пароль в связке ключей</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="114" />
            <source>Save the password in the system keychain (never in a file)</source>
            <translation>Сохранить пароль в системной связке ключей (никогда не в файле)</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="117" />
            <source>&amp;Remember the password in the keychain</source>
            <translation>&amp;Запомнить пароль в связке ключей</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="127" />
            <source>Login &amp;method:</source>
            <translation>&amp;Способ входа:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="137" />
            <source>Login method</source>
            <translation>Способ входа</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="140" />
            <source>Session: log in once and keep a session; authinfo: send the credentials with every request</source>
            <translation>Сессия: войти один раз и поддерживать сессию; authinfo: передавать учётные данные в каждом запросе</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="147" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="157" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="160" />
            <source>The language the server answers in; empty means the application's language</source>
            <translation>Язык ответов сервера; пустое значение — язык приложения</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="170" />
            <source>&amp;Environment:</source>
            <translation>&amp;Окружение:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="180" />
            <source>Environment tag</source>
            <translation>Метка окружения</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="183" />
            <source>A colour that marks the account everywhere, e.g. red for production</source>
            <translation>Цвет, которым учётная запись отмечается везде, например красный для рабочей среды</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="190" />
            <source>Act &amp;as user:</source>
            <translation>&amp;Действовать от имени:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="200" />
            <source>Act as user</source>
            <translation>Действовать от имени пользователя</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="203" />
            <source>Optional: run every request as this user (su); empty means yourself</source>
            <translation>Необязательно: выполнять все запросы от имени этого пользователя (su); пустое значение — от своего имени</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="210" />
            <source>Certificate:</source>
            <translation>Сертификат:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="219" />
            <source>None trusted yet</source>
            <translation>Доверенных пока нет</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="225" />
            <source>Trusted certificate</source>
            <translation>Доверенный сертификат</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="235" />
            <source>&amp;Forget</source>
            <translation>За&amp;быть</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="238" />
            <source>Forget the trusted certificate</source>
            <translation>Забыть доверенный сертификат</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="241" />
            <source>The next connection asks again whether to trust the server's certificate</source>
            <translation>При следующем подключении снова будет задан вопрос, доверять ли сертификату сервера</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="258" />
            <source>Problems with the account</source>
            <translation>Ошибки в учётной записи</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="278" />
            <source>Save or cancel</source>
            <translation>Сохранить или отменить</translation>
        </message>
    </context>
    <context>
        <name>AccountManagerDialog</name>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="9" />
            <location filename="../forms/accountmanagerdialog.ui" line="25" />
            <source>Accounts</source>
            <translation>Учётные записи</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="12" />
            <source>Account manager</source>
            <translation>Менеджер учётных записей</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="17" />
            <source>&amp;Accounts:</source>
            <translation>Учётные &amp;записи:</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="26" />
            <source>The servers and users mgrdesk connects to, in the order shown in the main window</source>
            <translation>Серверы и пользователи, к которым подключается mgrdesk, в порядке отображения в главном окне</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="34" />
            <source>&amp;Add…</source>
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="35" />
            <source>Add an account</source>
            <translation>Добавить учётную запись</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="40" />
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="41" />
            <source>Edit the selected account</source>
            <translation>Изменить выбранную учётную запись</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="46" />
            <source>&amp;Remove…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="47" />
            <source>Remove the selected account</source>
            <translation>Удалить выбранную учётную запись</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="52" />
            <source>Move &amp;Up</source>
            <translation>&amp;Вверх</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="53" />
            <source>Move the selected account up</source>
            <translation>Переместить выбранную учётную запись вверх</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="58" />
            <source>Move &amp;Down</source>
            <translation>В&amp;низ</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="59" />
            <source>Move the selected account down</source>
            <translation>Переместить выбранную учётную запись вниз</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="64" />
            <source>&amp;Test Connection</source>
            <translation>&amp;Проверить подключение</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="65" />
            <source>Test the connection of the selected account</source>
            <translation>Проверить подключение выбранной учётной записи</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="81" />
            <source>Connection test result</source>
            <translation>Результат проверки подключения</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="88" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <location filename="../forms/passwordprompt.ui" line="9" />
            <location filename="../forms/passwordprompt.ui" line="41" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="12" />
            <source>Password required</source>
            <translation>Требуется пароль</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="19" />
            <source>Why the password is needed</source>
            <translation>Зачем нужен пароль</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="27" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="34" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="48" />
            <source>&amp;Show the password</source>
            <translation>&amp;Показать пароль</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="49" />
            <source>Show the password</source>
            <translation>Показать пароль</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="54" />
            <source>&amp;Remember in the keychain</source>
            <translation>&amp;Запомнить в связке ключей</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="55" />
            <source>Remember the password in the keychain</source>
            <translation>Запомнить пароль в связке ключей</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="63" />
            <source>Keychain status</source>
            <translation>Состояние связки ключей</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="69" />
            <source>Log in or cancel</source>
            <translation>Войти или отменить</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../src/app/main.cpp" line="32" />
            <source>--demo-server: %1</source>
            <translation>--demo-server: %1</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="35" />
            <source>Demo server</source>
            <translation>Демо-сервер</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="86" />
            <source>Desktop client for BILLmanager</source>
            <translation>Настольный клиент для BILLmanager</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="90" />
            <source>Add (or update) the account “Demo server” for &lt;url&gt; with user admin and password “demo” (kept in memory only), and select it.</source>
            <translation>Добавить (или обновить) учётную запись «Демо-сервер» для &lt;url&gt; с пользователем admin и паролем «demo» (хранится только в памяти) и выбрать её.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="95" />
            <source>Keep accounts and window state in &lt;file&gt; (INI) instead of the default settings.</source>
            <translation>Хранить учётные записи и состояние окна в &lt;file&gt; (INI) вместо настроек по умолчанию.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="102" />
            <source>A link to open: mgrdesk://open?url=…, mgrdesk:https://…, or a web interface address.</source>
            <translation>Ссылка для открытия: mgrdesk://open?url=…, mgrdesk:https://… или адрес веб-интерфейса.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="141" />
            <source>Open Link…</source>
            <translation>Открыть ссылку…</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::accounts::AccountStore</name>
        <message>
            <location filename="../src/core/accounts/accountstore.cpp" line="176" />
            <source>Could not save the accounts to %1.</source>
            <translation>Не удалось сохранить учётные записи в %1.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::accounts::AuditTrail</name>
        <message>
            <location filename="../src/core/accounts/audittrail.cpp" line="81" />
            <source>Cannot write the audit trail %1: %2</source>
            <translation>Не удаётся записать журнал аудита %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/audittrail.cpp" line="136" />
            <location filename="../src/core/accounts/audittrail.cpp" line="142" />
            <source>Cannot write %1: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::accounts::CredentialStore</name>
        <message>
            <location filename="../src/core/accounts/credentialstore.cpp" line="105" />
            <source>No password is saved for this account.</source>
            <translation>Для этой учётной записи пароль не сохранён.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/credentialstore.cpp" line="115" />
            <source>No secure password store is available (%1). Passwords will be asked for in each session and never saved.</source>
            <translation>Безопасное хранилище паролей недоступно (%1). Пароли будут запрашиваться в каждом сеансе и не будут сохраняться.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/credentialstore.cpp" line="123" />
            <source>The saved password could not be removed from the keychain: %1</source>
            <translation>Не удалось удалить сохранённый пароль из связки ключей: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/accounts/credentialstore.cpp" line="135" />
            <source>The password store did not answer within %n second(s) (is the keyring locked?). Passwords will be asked for in each session and never saved.</source>
            <translation>
                <numerusform>Хранилище паролей не ответило в течение %n секунды (связка ключей заблокирована?). Пароли будут запрашиваться в каждом сеансе и не будут сохраняться.</numerusform>
                <numerusform>Хранилище паролей не ответило в течение %n секунд (связка ключей заблокирована?). Пароли будут запрашиваться в каждом сеансе и не будут сохраняться.</numerusform>
                <numerusform>Хранилище паролей не ответило в течение %n секунд (связка ключей заблокирована?). Пароли будут запрашиваться в каждом сеансе и не будут сохраняться.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::alerts::AlertCenter</name>
        <message numerus="yes">
            <location filename="../src/core/alerts/alertcenter.cpp" line="79" />
            <source>%1: %n new</source>
            <translation>
                <numerusform>%1: %n новый</numerusform>
                <numerusform>%1: %n новых</numerusform>
                <numerusform>%1: %n новых</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/core/alerts/alertcenter.cpp" line="98" />
            <source>%1 on %2</source>
            <translation>%1 на %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::app::LinkHandler</name>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="60" />
            <location filename="../src/app/linkhandler.cpp" line="86" />
            <location filename="../src/app/linkhandler.cpp" line="126" />
            <source>Open Link</source>
            <translation>Открытие ссылки</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="61" />
            <source>A link from the web interface, a mgrdesk: link or a line of the server log:</source>
            <translation>Ссылка из веб-интерфейса, ссылка mgrdesk: или строка журнала сервера:</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="98" />
            <source>This link cannot be opened: %1</source>
            <translation>Не удаётся открыть ссылку: %1</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="105" />
            <source>Add an account first: the log line does not say which server it comes from.</source>
            <translation>Сначала добавьте учётную запись: по строке журнала не видно, с какого она сервера.</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="113" />
            <source>No account is set up for %1. Add it under Accounts, then open the link again.</source>
            <translation>Для %1 нет учётной записи. Добавьте её в разделе «Учётные записи» и откройте ссылку снова.</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="123" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="128" />
            <source>Several accounts use %1. Open the link with:</source>
            <translation>%1 используют несколько учётных записей. Открыть ссылку в:</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::cli</name>
        <message>
            <location filename="../src/cli/decode.cpp" line="294" />
            <source>--format needs a value</source>
            <translation>для --format требуется значение</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="90" />
            <source>no accounts yet (mgrdesk-cli accounts add, or the app's Accounts window)</source>
            <translation>учётных записей пока нет (mgrdesk-cli accounts add или окно «Учётные записи» в приложении)</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="93" />
            <source>NAME</source>
            <translation>ИМЯ</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="93" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="93" />
            <source>USER</source>
            <translation>ПОЛЬЗОВАТЕЛЬ</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="93" />
            <source>PASSWORD</source>
            <translation>ПАРОЛЬ</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="94" />
            <source>PINNED CERTIFICATE (SHA-256)</source>
            <translation>ЗАКРЕПЛЁННЫЙ СЕРТИФИКАТ (SHA-256)</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="123" />
            <source>there is no password option: it is asked for (or read from MGRDESK_PASSWORD or standard input)</source>
            <translation>параметра для пароля нет: он запрашивается (или читается из MGRDESK_PASSWORD либо стандартного ввода)</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="126" />
            <location filename="../src/cli/accountscommand.cpp" line="204" />
            <source>%1 needs a value</source>
            <translation>%1 требует значения</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="139" />
            <location filename="../src/cli/accountscommand.cpp" line="227" />
            <location filename="../src/cli/decode.cpp" line="303" />
            <source>unknown option “%1”</source>
            <translation>неизвестный параметр «%1»</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="151" />
            <source>an account named “%1” exists already</source>
            <translation>учётная запись «%1» уже существует</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="154" />
            <location filename="../src/cli/callcommand.cpp" line="85" />
            <location filename="../src/cli/callcommand.cpp" line="102" />
            <source>Password for %1@%2: </source>
            <translation>Пароль для %1@%2: </translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="156" />
            <source>no password given (type it at the prompt, or set MGRDESK_PASSWORD, or pipe it on standard input)</source>
            <translation>пароль не указан (введите его по запросу, задайте MGRDESK_PASSWORD или передайте на стандартный ввод)</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="160" />
            <source>the keychain did not store the password, so the account was not added: %1</source>
            <translation>связка ключей не сохранила пароль, поэтому учётная запись не добавлена: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="166" />
            <location filename="../src/cli/accountscommand.cpp" line="187" />
            <source>cannot write the settings file %1</source>
            <translation>не удаётся записать файл настроек %1</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="172" />
            <source>added %1 (%2@%3); the password is in the keychain</source>
            <translation>добавлено: %1 (%2@%3); пароль сохранён в связке ключей</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="185" />
            <source>the keychain did not remove the password: %1</source>
            <translation>связка ключей не удалила пароль: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="190" />
            <source>removed %1</source>
            <translation>удалено: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="212" />
            <source>unknown format “%1” (text or json)</source>
            <translation>неизвестный формат «%1» (text или json)</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="218" />
            <source>accounts needs list, add or remove</source>
            <translation>для accounts укажите list, add или remove</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="234" />
            <source>accounts remove takes one account name</source>
            <translation>accounts remove принимает одно имя учётной записи</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="237" />
            <source>unknown accounts action “%1” (list, add or remove)</source>
            <translation>неизвестное действие accounts «%1» (list, add или remove)</translation>
        </message>
        <message>
            <location filename="../src/cli/decode.cpp" line="305" />
            <source>only one FILE can be decoded</source>
            <translation>можно декодировать только один ФАЙЛ</translation>
        </message>
        <message>
            <location filename="../src/cli/decode.cpp" line="319" />
            <source>unknown format “%1” (auto, xml or json)</source>
            <translation>неизвестный формат «%1» (auto, xml или json)</translation>
        </message>
        <message>
            <location filename="../src/cli/decode.cpp" line="324" />
            <source>no FILE given</source>
            <translation>не указан ФАЙЛ</translation>
        </message>
        <message>
            <location filename="../src/cli/decode.cpp" line="331" />
            <location filename="../src/cli/decode.cpp" line="339" />
            <source>cannot read %1: %2</source>
            <translation>не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="24" />
            <source>usage:</source>
            <translation>использование:</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="75" />
            <source>mgrdesk-cli: unknown command “%1”</source>
            <translation>mgrdesk-cli: неизвестная команда «%1»</translation>
        </message>
        <message>
            <location filename="../src/cli/appstores.cpp" line="42" />
            <source>no account named “%1” (mgrdesk-cli accounts list shows them)</source>
            <translation>учётной записи «%1» нет (их список: mgrdesk-cli accounts list)</translation>
        </message>
        <message>
            <location filename="../src/cli/appstores.cpp" line="45" />
            <source>several accounts are named “%1”: give its exact name</source>
            <translation>несколько учётных записей называются «%1»: укажите точное имя</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="45" />
            <source>--cacert %1: no PEM or DER certificate in it</source>
            <translation>--cacert %1: в файле нет сертификата PEM или DER</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="46" />
            <source>--cacert %1: no such file</source>
            <translation>--cacert %1: файл не найден</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="83" />
            <source>the keychain did not give the password (%1)</source>
            <translation>связка ключей не выдала пароль (%1)</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="105" />
            <source>no password: none is stored for this account; set MGRDESK_PASSWORD or give it on standard input</source>
            <translation>нет пароля: для этой учётной записи он не сохранён; задайте MGRDESK_PASSWORD или передайте его на стандартный ввод</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="118" />
            <source>acting as %1 (su)</source>
            <translation>действие от имени %1 (su)</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="128" />
            <location filename="../src/cli/callcommand.cpp" line="150" />
            <source>cannot write %1: %2</source>
            <translation>не удаётся записать %1: %2</translation>
        </message>
        <message>
            <location filename="../src/cli/replyprinter.cpp" line="224" />
            <source>the column “%1” first appeared after the CSV header was written; it is left out</source>
            <translation>столбец «%1» впервые появился после записи заголовка CSV; он пропущен</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::cli::CallOptions</name>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="83" />
            <source>there is no password option: the password comes from the keychain, MGRDESK_PASSWORD or standard input</source>
            <translation>параметра для пароля нет: пароль берётся из связки ключей, MGRDESK_PASSWORD или стандартного ввода</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="89" />
            <source>unknown option “%1”</source>
            <translation>неизвестный параметр «%1»</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="94" />
            <source>%1 needs a value</source>
            <translation>%1 требует значения</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="119" />
            <source>--timeout takes a number of seconds (1–86400)</source>
            <translation>--timeout принимает число секунд (1–86400)</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="125" />
            <source>unknown format “%1” (text, csv or json)</source>
            <translation>неизвестный формат «%1» (text, csv или json)</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="133" />
            <source>the function comes first, then name=value parameters</source>
            <translation>сначала укажите функцию, затем параметры имя=значение</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="141" />
            <source>“%1” is not a name=value parameter</source>
            <translation>«%1» — не параметр вида имя=значение</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="146" />
            <source>give the function as the first argument, not as func=</source>
            <translation>укажите функцию первым аргументом, а не через func=</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="151" />
            <source>mgrdesk-cli logs in by itself: do not pass %1=</source>
            <translation>mgrdesk-cli входит в систему сам: не передавайте %1=</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="155" />
            <source>use --su LOGIN instead of su=</source>
            <translation>используйте --su ЛОГИН вместо su=</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="163" />
            <source>no function given</source>
            <translation>функция не указана</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="167" />
            <source>mgrdesk-cli logs in by itself: func=auth cannot be called</source>
            <translation>mgrdesk-cli входит в систему сам: func=auth вызывать нельзя</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="172" />
            <source>give either --account or --url with --user, not both</source>
            <translation>укажите либо --account, либо --url с --user, но не оба</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="176" />
            <source>give --account NAME, or --url URL with --user LOGIN</source>
            <translation>укажите --account ИМЯ или --url URL с --user ЛОГИН</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::cli::CallSession</name>
        <message>
            <location filename="../src/cli/callsession.cpp" line="82" />
            <source>%1 asks for a second login step.</source>
            <translation>%1 запрашивает второй шаг входа.</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="94" />
            <source>no answer for %1: the login was given up</source>
            <translation>нет ответа для %1: вход прерван</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="109" />
            <source>the login step failed</source>
            <translation>шаг входа не удался</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="121" />
            <source>the certificate of %1 is not the one pinned for this account (%2). SHA-256 fingerprint: %3. If the server's certificate was replaced, trust the new one in mgrdesk, or pass it with --cacert FILE.</source>
            <translation>сертификат %1 не совпадает с закреплённым для этой учётной записи (%2). Отпечаток SHA-256: %3. Если сертификат сервера заменили, доверьтесь новому в mgrdesk или передайте его через --cacert ФАЙЛ.</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="124" />
            <source>the certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3. If this is your server's certificate, trust it in mgrdesk (the account's connection test) or pass it with --cacert FILE.</source>
            <translation>сертификат %1 не является доверенным (%2). Отпечаток SHA-256: %3. Если это сертификат вашего сервера, доверьтесь ему в mgrdesk (проверка подключения учётной записи) или передайте его через --cacert ФАЙЛ.</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="149" />
            <source>(The request may have been carried out.)</source>
            <translation>(Запрос мог быть выполнен.)</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="158" />
            <source>the server sent a file (%1, %2 bytes): write it with --output FILE or a pipe</source>
            <translation>сервер прислал файл (%1, %2 байт): запишите его с --output FILE или через конвейер</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="165" />
            <location filename="../src/cli/callsession.cpp" line="181" />
            <source>cannot write the output</source>
            <translation>не удаётся записать вывод</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="195" />
            <source>%1 of %2 rows (one page); --all fetches every page</source>
            <translation>%1 из %2 строк (одна страница); --all загружает все страницы</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::documents</name>
        <message>
            <location filename="../src/core/documents/filecopy.cpp" line="24" />
            <location filename="../src/core/documents/filecopy.cpp" line="37" />
            <source>Cannot read %1: %2</source>
            <translation>Не удалось прочитать %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/documents/filecopy.cpp" line="27" />
            <location filename="../src/core/documents/filecopy.cpp" line="34" />
            <location filename="../src/core/documents/filecopy.cpp" line="39" />
            <source>Cannot save %1: %2</source>
            <translation>Не удалось сохранить %1: %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::AccessLevel</name>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="26" />
            <source>client</source>
            <translation>клиент</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="29" />
            <source>reseller</source>
            <translation>реселлер</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="32" />
            <source>department</source>
            <translation>отдел</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="35" />
            <source>administrator</source>
            <translation>администратор</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="38" />
            <source>superuser</source>
            <translation>суперпользователь</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="41" />
            <source>level %1</source>
            <translation>уровень %1</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="43" />
            <source>%1 (level %2)</source>
            <translation>%1 (уровень %2)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::AccountAlertsPage</name>
        <message>
            <location filename="../src/gui/preferences/accountalertspage.cpp" line="79" />
            <source>Alerts for this account</source>
            <translation>Уведомления для этой учётной записи</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/accountalertspage.cpp" line="80" />
            <source>Own quiet hours from</source>
            <translation>Свои тихие часы с</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/accountalertspage.cpp" line="81" />
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/accountalertspage.cpp" line="82" />
            <source>Each account follows the settings above unless it is switched off here or has quiet hours of its own.</source>
            <translation>Каждая учётная запись следует настройкам выше, если здесь для неё не отключены уведомления и не заданы свои тихие часы.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::AccountEditDialog</name>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="25" />
            <source>Add Account</source>
            <translation>Добавление учётной записи</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="25" />
            <source>Edit Account — %1</source>
            <translation>Изменение учётной записи — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="40" />
            <source>Application language</source>
            <translation>Язык приложения</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="41" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="52" />
            <source>Unchanged</source>
            <translation>Без изменений</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="56" />
            <source>No keychain: the password is kept only until mgrdesk quits</source>
            <translation>Нет связки ключей: пароль хранится только до выхода из mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="64" />
            <source>I understand that the password and the session travel unencrypted to this server</source>
            <translation>Я понимаю, что пароль и сеанс передаются на этот сервер без шифрования</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="101" />
            <source>Connects to %1</source>
            <translation>Подключение к %1</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="108" />
            <source>None trusted yet (the first connection asks)</source>
            <translation>Доверенных пока нет (будет запрошено при первом подключении)</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="115" />
            <source>%1, SHA-256 %2</source>
            <translation>%1, SHA-256 %2</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="173" />
            <source>Press OK again to save anyway.</source>
            <translation>Нажмите OK ещё раз, чтобы всё равно сохранить.</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="204" />
            <source>This address is not encrypted (http://): the password and the session would travel in clear. Use https://, or confirm below for this account.</source>
            <translation>Этот адрес не зашифрован (http://): пароль и сеанс будут передаваться открытым текстом. Используйте https:// или подтвердите ниже для этой учётной записи.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::AccountManagerDialog</name>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="113" />
            <source>%1 on %2</source>
            <comment>user on server</comment>
            <translation>%1 на %2</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="186" />
            <source>The password was not saved in the keychain: %1</source>
            <translation>Пароль не сохранён в связке ключей: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="196" />
            <source>Remove Account</source>
            <translation>Удаление учётной записи</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="197" />
            <source>Remove the account “%1” (%2 on %3)?
Its saved password is deleted from the keychain; the account on the server is not touched.</source>
            <translation>Удалить учётную запись «%1» (%2 на %3)?
Сохранённый пароль будет удалён из связки ключей; учётная запись на сервере не затрагивается.</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="229" />
            <source>Testing the connection to %1…</source>
            <translation>Проверка подключения к %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="236" />
            <source>The password is needed to test the connection.</source>
            <translation>Для проверки подключения нужен пароль.</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="246" />
            <source>Connection test cancelled.</source>
            <translation>Проверка подключения отменена.</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="279" />
            <source>Connection failed: %1</source>
            <translation>Не удалось подключиться: %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ActAsDialog</name>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="19" />
            <source>Act as…</source>
            <translation>Действовать от имени…</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="20" />
            <source>Act as another user</source>
            <translation>Действовать от имени другого пользователя</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="23" />
            <source>Open a tab that works with the rights of another user. Every request from it carries that user's login; closing the tab ends it.</source>
            <translation>Открыть вкладку, работающую с правами другого пользователя. Каждый запрос из неё передаёт логин этого пользователя; закрытие вкладки завершает работу от его имени.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="28" />
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="30" />
            <source>Login to act as</source>
            <translation>Логин пользователя, от имени которого действовать</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="31" />
            <source>e.g. client1</source>
            <translation>например, client1</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="38" />
            <source>Login problem</source>
            <translation>Ошибка в логине</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="41" />
            <source>&amp;Act as</source>
            <translation>&amp;Действовать от имени</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="101" />
            <source>The selected row names no user.</source>
            <translation>В выбранной строке не указан пользователь.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="117" />
            <source>The server did not send the list of users.</source>
            <translation>Сервер не прислал список пользователей.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="130" />
            <source>No user of the client %1 was found.</source>
            <translation>Не найдено ни одного пользователя клиента %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="138" />
            <source>Type the login of the user to act as.</source>
            <translation>Введите логин пользователя, от имени которого действовать.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="140" />
            <source>A login is at most 128 characters long.</source>
            <translation>Длина логина — не более 128 символов.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="143" />
            <source>A login has no spaces.</source>
            <translation>Логин не может содержать пробелов.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="145" />
            <source>The login contains a control character.</source>
            <translation>Логин содержит управляющий символ.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ActivityIndicator</name>
        <message>
            <location filename="../src/gui/mainwindow/activityindicator.cpp" line="69" />
            <source>Running requests</source>
            <translation>Выполняемые запросы</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/mainwindow/activityindicator.cpp" line="105" />
            <source>%1: %n request(s) running</source>
            <translation>
                <numerusform>%1: выполняется %n запрос</numerusform>
                <numerusform>%1: выполняются %n запроса</numerusform>
                <numerusform>%1: выполняется %n запросов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/mainwindow/activityindicator.cpp" line="108" />
            <source>%n request(s) running</source>
            <translation>
                <numerusform>Выполняется %n запрос</numerusform>
                <numerusform>Выполняются %n запроса</numerusform>
                <numerusform>Выполняется %n запросов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/mainwindow/activityindicator.cpp" line="110" />
            <source>%n request(s) running for other accounts</source>
            <translation>
                <numerusform>%n запрос выполняется для других учётных записей</numerusform>
                <numerusform>%n запроса выполняются для других учётных записей</numerusform>
                <numerusform>%n запросов выполняется для других учётных записей</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::AuditTrailDialog</name>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="19" />
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="20" />
            <source>Impersonation audit trail</source>
            <translation>Журнал действий от имени других пользователей</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Account</source>
            <translation>Учётная запись</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Logged in as</source>
            <translation>Вход выполнен как</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Acting as</source>
            <translation>От имени</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Function</source>
            <translation>Функция</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="30" />
            <source>Audit entries</source>
            <translation>Записи журнала</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="33" />
            <source>Audit trail status</source>
            <translation>Состояние журнала аудита</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="36" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Экспорт в CSV…</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="37" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="58" />
            <source>%n entry(ies).</source>
            <translation>
                <numerusform>%n запись.</numerusform>
                <numerusform>%n записи.</numerusform>
                <numerusform>%n записей.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="65" />
            <source>Exported to %1.</source>
            <translation>Экспортировано в %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="73" />
            <source>Export the audit trail</source>
            <translation>Экспорт журнала аудита</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="73" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::BrowserLogin</name>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="45" />
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="64" />
            <source>The account is not connected.</source>
            <translation>Учётная запись не подключена.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="49" />
            <source>Open the web interface in your browser, logged in as %1?

A one-time login key is created for %1; it works once and expires after an hour.</source>
            <translation>Открыть веб-интерфейс в браузере со входом от имени %1?

Для %1 будет создан одноразовый ключ входа; он действует один раз и истекает через час.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="52" />
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="73" />
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="80" />
            <source>Open in browser</source>
            <translation>Открыть в браузере</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="57" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="72" />
            <source>Cannot open the web interface as %1: %2</source>
            <translation>Не удаётся открыть веб-интерфейс от имени %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="79" />
            <source>The system could not open a browser.</source>
            <translation>Системе не удалось открыть браузер.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::CertificateDialog</name>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="69" />
            <source>the server</source>
            <translation>сервера</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="70" />
            <source>Certificate changed</source>
            <translation>Сертификат изменился</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="70" />
            <source>Untrusted certificate</source>
            <translation>Недоверенный сертификат</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="82" />
            <source>The certificate of %1 has CHANGED since you trusted it.</source>
            <translation>Сертификат %1 ИЗМЕНИЛСЯ с момента, когда вы ему доверились.</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="84" />
            <source>The certificate of %1 cannot be verified.</source>
            <translation>Не удаётся проверить сертификат %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="86" />
            <source>Summary</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="93" />
            <source>The server now presents a different certificate. This happens when an administrator renews it, but it can also mean that someone is intercepting the connection. Compare the fingerprint with the one the server's administrator gives you before you trust it.</source>
            <translation>Сервер теперь предъявляет другой сертификат. Так бывает, когда администратор продлевает его, но это может означать и перехват соединения. Прежде чем доверять сертификату, сравните отпечаток с тем, который сообщит администратор сервера.</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="98" />
            <source>No certificate authority known to this computer vouches for it (panels on port 1500 usually use a self-signed certificate). Compare the fingerprint with the one the server's administrator gives you. If you trust it, mgrdesk will accept exactly this certificate for this account.</source>
            <translation>Ни один известный этому компьютеру центр сертификации его не подтверждает (панели на порту 1500 обычно используют самоподписанный сертификат). Сравните отпечаток с тем, который сообщит администратор сервера. Если вы доверитесь сертификату, mgrdesk будет принимать для этой учётной записи именно его.</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="103" />
            <source>Explanation</source>
            <translation>Пояснение</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="107" />
            <source>Server:</source>
            <translation>Сервер:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="109" />
            <source>Server address</source>
            <translation>Адрес сервера</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="110" />
            <source>Subject:</source>
            <translation>Субъект:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="110" />
            <source>Subject</source>
            <translation>Субъект</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="111" />
            <source>Issuer:</source>
            <translation>Издатель:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="111" />
            <source>Issuer</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="114" />
            <source>from %1 until %2</source>
            <translation>с %1 по %2</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="117" />
            <source>Valid:</source>
            <translation>Действителен:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="117" />
            <source>Validity</source>
            <translation>Срок действия</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="118" />
            <source>SHA-256 fingerprint</source>
            <translation>Отпечаток SHA-256</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="120" />
            <source>SHA-256 fingerprint:</source>
            <translation>Отпечаток SHA-256:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="128" />
            <source>Problems:</source>
            <translation>Проблемы:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="130" />
            <source>Verification problems</source>
            <translation>Проблемы проверки</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="135" />
            <source>Cancel: do not trust the certificate</source>
            <translation>Отмена: не доверять сертификату</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="137" />
            <source>&amp;Trust the new certificate</source>
            <translation>&amp;Доверять новому сертификату</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="137" />
            <source>&amp;Trust this certificate</source>
            <translation>&amp;Доверять этому сертификату</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="139" />
            <source>Trust this certificate for this account</source>
            <translation>Доверять этому сертификату для этой учётной записи</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ClientCardBlock</name>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="49" />
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="50" />
            <source>Refresh %1</source>
            <translation>Обновить: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="56" />
            <source>Open list</source>
            <translation>Открыть список</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="57" />
            <source>Open the whole list, filtered to this client</source>
            <translation>Открыть весь список с фильтром по этому клиенту</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="125" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="174" />
            <source>The server's answer is not a list.</source>
            <translation>Ответ сервера — не список.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="194" />
            <source>No records</source>
            <translation>Записей нет</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="196" />
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="206" />
            <source>The list could not be loaded.</source>
            <translation>Не удалось загрузить список.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="208" />
            <source>Not loaded</source>
            <translation>Не загружено</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ClientCardClient</name>
        <message>
            <location filename="../src/gui/clientcard/clientcardclient.cpp" line="31" />
            <source>The server's answer does not describe the client.</source>
            <translation>Ответ сервера не описывает клиента.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardclient.cpp" line="46" />
            <source>No client was given.</source>
            <translation>Клиент не указан.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardclient.cpp" line="66" />
            <source>The user %1 belongs to no client.</source>
            <translation>Пользователь %1 не принадлежит ни одному клиенту.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardclient.cpp" line="88" />
            <source>Client %1</source>
            <translation>Клиент %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ClientCardPage</name>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="30" />
            <source>Users</source>
            <translation>Пользователи</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="32" />
            <source>Virtual servers</source>
            <translation>Виртуальные серверы</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="34" />
            <source>Domains</source>
            <translation>Домены</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="36" />
            <source>Payments</source>
            <translation>Платежи</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="38" />
            <source>Invoices</source>
            <translation>Счета</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="40" />
            <source>Tickets</source>
            <translation>Запросы</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="42" />
            <source>Recent actions</source>
            <translation>Последние действия</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="82" />
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="120" />
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="203" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="147" />
            <source>The client's user that Act as, Open in browser and the action log use</source>
            <translation>Пользователь клиента для «Войти как», входа в браузере и журнала действий</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="156" />
            <source>&amp;Act as</source>
            <translation>&amp;Войти как</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="157" />
            <source>Open a tab acting as this user (su)</source>
            <translation>Открыть вкладку от имени этого пользователя (su)</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="158" />
            <source>Open in &amp;browser</source>
            <translation>Открыть в &amp;браузере</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="159" />
            <source>Open the web interface in your browser, logged in as this user</source>
            <translation>Открыть веб-интерфейс в браузере под этим пользователем</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="161" />
            <source>&amp;User…</source>
            <translation>&amp;Пользователь…</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="161" />
            <source>Edit this user (user.edit)</source>
            <translation>Изменить этого пользователя (user.edit)</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="162" />
            <source>&amp;Client…</source>
            <translation>&amp;Клиент…</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="163" />
            <source>Edit the client (account.edit)</source>
            <translation>Изменить клиента (account.edit)</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="164" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="165" />
            <source>Read the client and every list again</source>
            <translation>Заново прочитать клиента и все списки</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="204" />
            <source>Reading the client…</source>
            <translation>Чтение данных клиента…</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="213" />
            <source>Client #%1</source>
            <translation>Клиент №%1</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="214" />
            <source>Client #%1 · %2</source>
            <translation>Клиент №%1 · %2</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="215" />
            <source>Balance: %1</source>
            <translation>Баланс: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="218" />
            <source>Client — %1</source>
            <translation>Клиент — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="231" />
            <source>The client could not be read: %1</source>
            <translation>Не удалось прочитать клиента: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="234" />
            <source>Not loaded: the client could not be read.</source>
            <translation>Не загружено: не удалось прочитать клиента.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="270" />
            <source>The client has no user whose actions could be shown.</source>
            <translation>У клиента нет пользователя, чьи действия можно показать.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ConsoleText</name>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="154" />
            <source>not an API reply</source>
            <translation>не ответ API</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="156" />
            <source>error</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="158" />
            <source>auth</source>
            <translation>авторизация</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="160" />
            <source>ok</source>
            <translation>успешно</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="162" />
            <source>table</source>
            <translation>таблица</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="164" />
            <source>form</source>
            <translation>форма</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="166" />
            <source>menu</source>
            <translation>меню</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="168" />
            <source>progress</source>
            <translation>ход выполнения</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="170" />
            <source>report</source>
            <translation>отчёт</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="172" />
            <source>dashboard</source>
            <translation>главная страница</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletextrawreply.cpp" line="221" />
            <source>Rebuilt from the parsed reply; secrets masked</source>
            <translation>Восстановлено по разобранному ответу; секретные данные скрыты</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletextrawreply.cpp" line="223" />
            <source>Not an API reply</source>
            <translation>Не ответ API</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletextrawreply.cpp" line="259" />
            <source>Truncated: %1 of %2 rows shown here; the parsed view has them all</source>
            <translation>Обрезано: здесь показано %1 из %2 строк; в разобранном виде показаны все</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletextrawreply.cpp" line="335" />
            <source>Truncated: the text view stops here; the parsed view has the whole reply</source>
            <translation>Обрезано: текстовое представление заканчивается здесь; в разобранном виде ответ показан полностью</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ConversationView</name>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="22" />
            <source>Conversation</source>
            <translation>Переписка</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="27" />
            <source>size unknown</source>
            <translation>размер неизвестен</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="39" />
            <source>No messages yet.</source>
            <translation>Сообщений пока нет.</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="47" />
            <source>Other attachments</source>
            <translation>Другие вложения</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="72" />
            <source>Support</source>
            <translation>Поддержка</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="74" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="108" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="109" />
            <source>Open %1</source>
            <translation>Открыть %1</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="116" />
            <source>Save…</source>
            <translation>Сохранить…</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="117" />
            <source>Save %1 as a file</source>
            <translation>Сохранить %1 в файл</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="118" />
            <source>Save %1</source>
            <translation>Сохранить %1</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="127" />
            <source>Loading preview…</source>
            <translation>Загрузка превью…</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="143" />
            <source>No preview</source>
            <translation>Нет превью</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="147" />
            <source>%1 × %2 pixels (preview)</source>
            <translation>%1 × %2 пикселей (превью)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::DashboardBlockView</name>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="42" />
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="43" />
            <source>Refresh this block</source>
            <translation>Обновить этот блок</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="97" />
            <source>More…</source>
            <translation>Ещё…</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="153" />
            <source>The block's list could not be read.</source>
            <translation>Не удалось прочитать список блока.</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="173" />
            <source>The block's report could not be read.</source>
            <translation>Не удалось прочитать отчёт блока.</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="190" />
            <source>The report has no chart to show.</source>
            <translation>В отчёте нет диаграммы для показа.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::DashboardView</name>
        <message>
            <location filename="../src/gui/dashboard/dashboardview.cpp" line="44" />
            <source>Dashboard</source>
            <translation>Главная</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardview.cpp" line="69" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardview.cpp" line="81" />
            <source>The server did not answer with a dashboard.</source>
            <translation>Сервер не вернул главную страницу.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::DesktopIntegration</name>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="44" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="51" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="59" />
            <source>Operations</source>
            <translation>Операции</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="65" />
            <source>&amp;Operations</source>
            <translation>&amp;Операции</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="206" />
            <source>Keep Running in the Tray?</source>
            <translation>Продолжать работу в трее?</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="207" />
            <source>mgrdesk can keep running in the system tray after its window is closed, so that it goes on checking your accounts and shows an alert when something new arrives.</source>
            <translation>После закрытия окна mgrdesk может продолжать работать в системном трее: он будет проверять ваши учётные записи и показывать уведомление, когда появится что-то новое.</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="232" />
            <source>Keep Running</source>
            <translation>Продолжать работу</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="233" />
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="234" />
            <source>Do not ask again</source>
            <translation>Больше не спрашивать</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::DocumentPage</name>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="41" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="97" />
            <source>Downloading %1…</source>
            <translation>Загрузка %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="112" />
            <source>Downloading %1… %2 of %3</source>
            <translation>Загрузка %1… %2 из %3</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="115" />
            <source>Downloading %1… %2</source>
            <translation>Загрузка %1… %2</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="126" />
            <source>The download was cancelled.</source>
            <translation>Загрузка отменена.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="131" />
            <source>The server answered with data, not a document.</source>
            <translation>Сервер ответил данными, а не документом.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="132" />
            <source>The document could not be loaded: %1</source>
            <translation>Не удалось загрузить документ: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/documents/documentpage.cpp" line="158" />
            <source>Save %n Documents Into</source>
            <translation>
                <numerusform>Сохранить %n документ в</numerusform>
                <numerusform>Сохранить %n документа в</numerusform>
                <numerusform>Сохранить %n документов в</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="161" />
            <source>No folder was chosen: nothing was downloaded.</source>
            <translation>Папка не выбрана: ничего не загружено.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/documents/documentpage.cpp" line="186" />
            <source>Saving %n documents into %1…</source>
            <translation>
                <numerusform>Сохранение %n документа в %1…</numerusform>
                <numerusform>Сохранение %n документов в %1…</numerusform>
                <numerusform>Сохранение %n документов в %1…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="190" />
            <source>%1: saved as %2</source>
            <translation>%1: сохранён как %2</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="191" />
            <source>%1: failed: %2</source>
            <translation>%1: ошибка: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="197" />
            <source>Cancelled: %1 saved, %2 failed.</source>
            <translation>Отменено: сохранено %1, ошибок %2.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="198" />
            <source>%1 saved into %2, %3 failed.</source>
            <translation>Сохранено %1 в %2, ошибок %3.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::DocumentView</name>
        <message numerus="yes">
            <location filename="../src/gui/documents/documentview.cpp" line="70" />
            <source>%n external resource(s) of this document were not loaded (images and styles from the network are never fetched).</source>
            <translation>
                <numerusform>%n внешний ресурс этого документа не загружен (изображения и стили из сети никогда не запрашиваются).</numerusform>
                <numerusform>%n внешних ресурса этого документа не загружены (изображения и стили из сети никогда не запрашиваются).</numerusform>
                <numerusform>%n внешних ресурсов этого документа не загружены (изображения и стили из сети никогда не запрашиваются).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="78" />
            <source>Opened %1 in the browser.</source>
            <translation>%1 открыт в браузере.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="91" />
            <source>Save As…</source>
            <translation>Сохранить как…</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="95" />
            <source>Open with System Viewer</source>
            <translation>Открыть в системной программе</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="97" />
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="101" />
            <source>Zoom Out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="103" />
            <source>Zoom In</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="105" />
            <source>Fit Width</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="162" />
            <source>This PDF cannot be shown (it is damaged or not a PDF). You can still save it or open it with the system viewer.</source>
            <translation>Этот PDF нельзя показать (он повреждён или это не PDF). Его всё равно можно сохранить или открыть в системной программе.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="172" />
            <location filename="../src/gui/documents/documentview.cpp" line="199" />
            <source>This file is too large to preview. Save it or open it with the system viewer.</source>
            <translation>Файл слишком велик для предпросмотра. Сохраните его или откройте в системной программе.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="200" />
            <source>This file cannot be previewed here. Save it or open it with the system viewer.</source>
            <translation>Этот файл нельзя просмотреть здесь. Сохраните его или откройте в системной программе.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="41" />
            <source>Cannot save %1: %2</source>
            <translation>Не удаётся сохранить %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="54" />
            <source>document</source>
            <translation>документ</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="55" />
            <source>Save Document</source>
            <translation>Сохранение документа</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="75" />
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="95" />
            <source>Saved %1.</source>
            <translation>Сохранено: %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="82" />
            <source>Saving %1…</source>
            <translation>Сохранение %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="113" />
            <source>Cannot create a temporary folder for the document.</source>
            <translation>Не удаётся создать временную папку для документа.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="106" />
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="125" />
            <source>No application is set up to open %1.</source>
            <translation>Не настроена программа для открытия %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="133" />
            <source>There is nothing to print.</source>
            <translation>Печатать нечего.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="139" />
            <source>The printer cannot be used.</source>
            <translation>Принтер недоступен.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="163" />
            <source>This document cannot be printed from here; open it with the system viewer.</source>
            <translation>Этот документ нельзя напечатать отсюда; откройте его в системной программе.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::FileListEdit</name>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="27" />
            <source>Attached files</source>
            <translation>Приложенные файлы</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="33" />
            <source>Attach Files…</source>
            <translation>Приложить файлы…</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="34" />
            <source>Choose files to send, or drop them here</source>
            <translation>Выберите файлы для отправки или перетащите их сюда</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="35" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="36" />
            <source>Remove the selected files (Delete)</source>
            <translation>Убрать выбранные файлы (Delete)</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="116" />
            <source>No files</source>
            <translation>Нет файлов</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/tickets/filelistedit.cpp" line="120" />
            <source>%n file(s), %1</source>
            <translation>
                <numerusform>%n файл, %1</numerusform>
                <numerusform>%n файла, %1</numerusform>
                <numerusform>%n файлов, %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="129" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="130" />
            <source>%1 — missing</source>
            <translation>%1 — файл не найден</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="148" />
            <source>Attach Files</source>
            <translation>Приложить файлы</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::FormBanner</name>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="20" />
            <source>Form message</source>
            <translation>Сообщение формы</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="26" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="28" />
            <source>Show error details</source>
            <translation>Показать подробности ошибки</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="29" />
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="30" />
            <source>Dismiss the message</source>
            <translation>Скрыть сообщение</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="36" />
            <source>Error details</source>
            <translation>Подробности ошибки</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="51" />
            <source>Type: %1</source>
            <translation>Тип: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="53" />
            <source>Object: %1</source>
            <translation>Объект: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="55" />
            <source>Value: %1</source>
            <translation>Значение: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="57" />
            <source>Parameter %1: %2</source>
            <translation>Параметр %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="59" />
            <source>Stack: %1 (user %2, level %3)</source>
            <translation>Стек: %1 (пользователь %2, уровень %3)</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="61" />
            <source>Group: %1</source>
            <translation>Группа: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="63" />
            <source>Detail: %1</source>
            <translation>Подробно: %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::FormFieldEditor</name>
        <message>
            <location filename="../src/gui/forms/formfieldeditor.cpp" line="43" />
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formfieldeditor.cpp" line="333" />
            <source>Type to search</source>
            <translation>Введите для поиска</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formfieldeditor.cpp" line="410" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::FormWidget</name>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="47" />
            <source>Wizard steps</source>
            <translation>Шаги мастера</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="56" />
            <source>Try again</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="100" />
            <source>The form could not be opened: %1</source>
            <translation>Не удалось открыть форму: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="110" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="112" />
            <source>Sending…</source>
            <translation>Отправка…</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="116" />
            <source>Updating…</source>
            <translation>Обновление…</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="120" />
            <source>The form could not be updated: %1</source>
            <translation>Не удалось обновить форму: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="130" />
            <source>Done: %1.</source>
            <translation>Готово: %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="212" />
            <source>Form acting as %1</source>
            <translation>Форма от имени %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="342" />
            <source>Form pages</source>
            <translation>Страницы формы</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="344" />
            <source>Page %1</source>
            <translation>Страница %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="360" />
            <source>Step %1</source>
            <translation>Шаг %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="392" />
            <source>The server asked to open a page that is not on this panel; it was not opened.</source>
            <translation>Сервер попросил открыть страницу не с этой панели; она не открыта.</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="397" />
            <source>Open in Browser</source>
            <translation>Открыть в браузере</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="398" />
            <source>The panel continues in your web browser (for example a payment system's page).

Open the page on %1 now?</source>
            <translation>Панель продолжит работу в веб-браузере (например, на странице платёжной системы).

Открыть страницу на %1 сейчас?</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="433" />
            <source>%1 (current step)</source>
            <translation>%1 (текущий шаг)</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="434" />
            <source>%1 (not available)</source>
            <translation>%1 (недоступен)</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="437" />
            <source>Not available yet</source>
            <translation>Пока недоступен</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="455" />
            <location filename="../src/gui/forms/formwidget.cpp" line="593" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="466" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="468" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="519" />
            <source>Please correct the marked fields.</source>
            <translation>Исправьте отмеченные поля.</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="546" />
            <source>%1 Nothing you entered was lost: you can send the form again.</source>
            <translation>%1 Введённые данные не потеряны: форму можно отправить ещё раз.</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="574" />
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="575" />
            <source>“%1” has changes that were not sent. Discard them?</source>
            <translation>В «%1» есть неотправленные изменения. Отменить их?</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ImpersonationBanner</name>
        <message>
            <location filename="../src/gui/common/impersonationbanner.cpp" line="27" />
            <source>Impersonation banner</source>
            <translation>Баннер работы от имени другого пользователя</translation>
        </message>
        <message>
            <location filename="../src/gui/common/impersonationbanner.cpp" line="73" />
            <source>Acting as %1 — logged in as %2 (level %3)</source>
            <translation>От имени %1 — вход выполнен как %2 (уровень %3)</translation>
        </message>
        <message>
            <location filename="../src/gui/common/impersonationbanner.cpp" line="75" />
            <source>Acting as %1 — logged in as %2</source>
            <translation>От имени %1 — вход выполнен как %2</translation>
        </message>
        <message>
            <location filename="../src/gui/common/impersonationbanner.cpp" line="80" />
            <source>Every request from this view runs with the rights of %1.</source>
            <translation>Все запросы из этого окна выполняются с правами %1.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ImpersonationTab</name>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="55" />
            <source>Acting as %1: %2</source>
            <translation>От имени %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="70" />
            <source>Impersonation status</source>
            <translation>Состояние работы от имени пользователя</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="71" />
            <source>Checking the rights of %1…</source>
            <translation>Проверка прав %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="104" />
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="300" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="119" />
            <source>No user to act as.</source>
            <translation>Не указан пользователь, от имени которого действовать.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="124" />
            <source>The account is not connected.</source>
            <translation>Учётная запись не подключена.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="159" />
            <source>Cannot act as %1: %2</source>
            <translation>Не удаётся действовать от имени %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="272" />
            <source>Saved. The server suggests a web page on %1.</source>
            <translation>Сохранено. Сервер предлагает открыть веб-страницу на %1.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::Language</name>
        <message>
            <location filename="../src/gui/preferences/language.cpp" line="29" />
            <source>System (%1)</source>
            <translation>Системный (%1)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ListView</name>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="72" />
            <source>The list could not be loaded: %1</source>
            <translation>Не удалось загрузить список: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/lists/listview.cpp" line="98" />
            <source>Exported %n row(s) to %1.</source>
            <translation>
                <numerusform>Экспортирована %n строка в %1.</numerusform>
                <numerusform>Экспортировано %n строки в %1.</numerusform>
                <numerusform>Экспортировано %n строк в %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="130" />
            <source>List %1</source>
            <translation>Список %1</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="132" />
            <source>List actions</source>
            <translation>Действия со списком</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="154" />
            <source>Filter loaded rows (Ctrl+F)</source>
            <translation>Фильтр загруженных строк (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="155" />
            <source>Quick filter</source>
            <translation>Быстрый фильтр</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="160" />
            <source>Result of the last action</source>
            <translation>Результат последнего действия</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="207" />
            <source>Rows of %1</source>
            <translation>Строки списка %1</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="232" />
            <source>List status</source>
            <translation>Состояние списка</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="234" />
            <source>Totals of the selected rows</source>
            <translation>Итоги по выбранным строкам</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="69" />
            <location filename="../src/gui/lists/listview.cpp" line="243" />
            <source>Loading</source>
            <translation>Загрузка</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="69" />
            <source>Sorting</source>
            <translation>Сортировка</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="77" />
            <source>The export stopped: the list could not be loaded: %1</source>
            <translation>Экспорт остановлен: не удалось загрузить список: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="103" />
            <source>Filter cleared.</source>
            <translation>Фильтр сброшен.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="107" />
            <source>The filter could not be cleared: %1</source>
            <translation>Не удалось сбросить фильтр: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="137" />
            <source>Client card</source>
            <translation>Карточка клиента</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="140" />
            <source>The client's balance, services, payments, invoices, tickets and actions</source>
            <translation>Баланс, услуги, платежи, счета, запросы и действия клиента</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="167" />
            <source>Server filter</source>
            <translation>Фильтр на сервере</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="171" />
            <source>Active server filter</source>
            <translation>Действующий фильтр на сервере</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="174" />
            <source>Change…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="175" />
            <source>Change the filter</source>
            <translation>Изменить фильтр</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="176" />
            <location filename="../src/gui/lists/listview.cpp" line="477" />
            <source>Clear filter</source>
            <translation>Сбросить фильтр</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="177" />
            <source>Clear the server filter</source>
            <translation>Сбросить фильтр на сервере</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="189" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="192" />
            <source>Export progress</source>
            <translation>Ход экспорта</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="194" />
            <source>Cancel export</source>
            <translation>Отменить экспорт</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="195" />
            <source>Cancel the export</source>
            <translation>Отменить экспорт</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="238" />
            <source>Totals of the whole list</source>
            <translation>Итоги по всему списку</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="59" />
            <source>%1: running…</source>
            <translation>%1: выполняется…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="68" />
            <source>Confirm: %1</source>
            <translation>Подтверждение: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/lists/listviewactions.cpp" line="82" />
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 и ещё %n</numerusform>
                <numerusform>%1 и ещё %n</numerusform>
                <numerusform>%1 и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="91" />
            <source>%1: running… (see Operations)</source>
            <translation>%1: выполняется… (см. «Операции»)</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="103" />
            <source>Done.</source>
            <translation>Готово.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="114" />
            <source>%1: done.</source>
            <translation>%1: готово.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="114" />
            <source>%1 failed: %2</source>
            <translation>%1: ошибка: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="457" />
            <source>Clearing the filter…</source>
            <translation>Сброс фильтра…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="473" />
            <source>Filtered: %1</source>
            <translation>Фильтр: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="474" />
            <source>The filter the server applies to this list.</source>
            <translation>Фильтр, который сервер применяет к этому списку.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="475" />
            <source>The filter this window asked for.</source>
            <translation>Фильтр, запрошенный этим окном.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="477" />
            <source>Clearing…</source>
            <translation>Сброс…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="508" />
            <source>%1 of %2 loaded</source>
            <translation>Загружено %1 из %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/lists/listview.cpp" line="510" />
            <source>%n row(s) loaded</source>
            <translation>
                <numerusform>Загружена %n строка</numerusform>
                <numerusform>Загружено %n строки</numerusform>
                <numerusform>Загружено %n строк</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="512" />
            <source>%1 shown, %2</source>
            <translation>Показано %1, %2</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="514" />
            <source> — loading…</source>
            <translation> — загрузка…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="535" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="536" />
            <source>Export to CSV…</source>
            <translation>Экспорт в CSV…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="543" />
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="552" />
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="90" />
            <source>%1 %2</source>
            <comment>column total: title, value</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="96" />
            <source>Total</source>
            <translation>Всего</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="97" />
            <source>%1: %2</source>
            <comment>list totals: label, totals</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="83" />
            <location filename="../src/gui/lists/listviewdata.cpp" line="132" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/lists/listviewdata.cpp" line="136" />
            <source>%n selected</source>
            <translation>
                <numerusform>Выбрано: %n</numerusform>
                <numerusform>Выбрано: %n</numerusform>
                <numerusform>Выбрано: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="145" />
            <location filename="../src/gui/lists/listviewdata.cpp" line="168" />
            <source>Another export of this list is running.</source>
            <translation>Уже выполняется другой экспорт этого списка.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="185" />
            <source>The export was cancelled.</source>
            <translation>Экспорт отменён.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="191" />
            <source>Cancelling the export…</source>
            <translation>Отмена экспорта…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="206" />
            <source>Export: loading every page (%1 of %2 rows)…</source>
            <translation>Экспорт: загрузка всех страниц (%1 из %2 строк)…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="208" />
            <source>Export: loading every page…</source>
            <translation>Экспорт: загрузка всех страниц…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="219" />
            <source>Export: writing %1 of %2 rows to %3…</source>
            <translation>Экспорт: запись %1 из %2 строк в %3…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="236" />
            <source>Export list</source>
            <translation>Экспорт списка</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="236" />
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="112" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="31" />
            <source>Export on the Server (CSV)…</source>
            <translation>Экспорт на сервере (CSV)…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="38" />
            <source>The server builds the CSV file of the whole filtered list.</source>
            <translation>Сервер сформирует CSV-файл всего отфильтрованного списка.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="91" />
            <source>Saved the server's CSV export to %1.</source>
            <translation>CSV-экспорт сервера сохранён в %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="100" />
            <source>An export on the server is already running.</source>
            <translation>Экспорт на сервере уже выполняется.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="103" />
            <source>Export on the server: downloading %1…</source>
            <translation>Экспорт на сервере: загрузка %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="112" />
            <source>Export on the Server</source>
            <translation>Экспорт на сервере</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::MainWindow</name>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="68" />
            <source>&amp;Account:</source>
            <translation>&amp;Учётная запись:</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="71" />
            <source>Account</source>
            <translation>Учётная запись</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="72" />
            <source>The server and user this window works with</source>
            <translation>Сервер и пользователь, с которыми работает это окно</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="79" />
            <source>Environment</source>
            <translation>Окружение</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="81" />
            <source>&amp;Manage Accounts…</source>
            <translation>&amp;Управление учётными записями…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="82" />
            <source>Manage accounts</source>
            <translation>Управление учётными записями</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="90" />
            <source>Log in to see the server's menu.</source>
            <translation>Войдите, чтобы увидеть меню сервера.</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="101" />
            <source>Open lists and forms</source>
            <translation>Открытые списки и формы</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="102" />
            <source>Tabs</source>
            <translation>Вкладки</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="116" />
            <source>Open a list from the menu on the left.
Accounts: File › Accounts… (Ctrl+Shift+A).</source>
            <translation>Откройте список в меню слева.
Учётные записи: Файл › Учётные записи… (Ctrl+Shift+A).</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="145" />
            <source>Connection state</source>
            <translation>Состояние подключения</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="148" />
            <source>Keychain state</source>
            <translation>Состояние связки ключей</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="200" />
            <source>Accounts Not Saved</source>
            <translation>Учётные записи не сохранены</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="226" />
            <source>No keychain: passwords are not saved</source>
            <translation>Нет связки ключей: пароли не сохраняются</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="235" />
            <source>No Keychain</source>
            <translation>Нет связки ключей</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="284" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="285" />
            <source>&amp;Accounts…</source>
            <translation>&amp;Учётные записи…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="288" />
            <source>&amp;Log In Again</source>
            <translation>&amp;Войти заново</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="290" />
            <source>&amp;Close Tab</source>
            <translation>&amp;Закрыть вкладку</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="300" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="307" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="309" />
            <source>&amp;Go to Menu Entry…</source>
            <translation>&amp;Перейти к пункту меню…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="312" />
            <source>&amp;Search the Menu</source>
            <translation>По&amp;иск по меню</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="315" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="319" />
            <source>Check &amp;Notifications</source>
            <translation>Проверить &amp;уведомления</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="322" />
            <source>Restore &amp;Tabs at Start</source>
            <translation>Восстанавливать &amp;вкладки при запуске</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="328" />
            <source>&amp;Tools</source>
            <translation>&amp;Инструменты</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="330" />
            <source>&amp;Request Console</source>
            <translation>&amp;Консоль запросов</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="334" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="335" />
            <source>&amp;About mgrdesk</source>
            <translation>&amp;О программе mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="384" />
            <source>%1 on %2</source>
            <comment>user on server</comment>
            <translation>%1 на %2</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="395" />
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="538" />
            <source>balance %1</source>
            <translation>баланс %1</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="461" />
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="529" />
            <source>Not logged in</source>
            <translation>Вход не выполнен</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="463" />
            <source>Logging in…</source>
            <translation>Вход…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="465" />
            <source>Connected</source>
            <translation>Подключено</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="467" />
            <source>Connection error</source>
            <translation>Ошибка подключения</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="469" />
            <source>Waiting for the password</source>
            <translation>Ожидание пароля</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="471" />
            <source>Waiting for a decision about the certificate</source>
            <translation>Ожидание решения о сертификате</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="473" />
            <source>Waiting for the login code</source>
            <translation>Ожидание кода входа</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="522" />
            <source>No account: add one with File › Accounts…</source>
            <translation>Нет учётной записи: добавьте её через Файл › Учётные записи…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="523" />
            <source>No account selected</source>
            <translation>Учётная запись не выбрана</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="532" />
            <source>Connected to %1 as %2, %3</source>
            <translation>Подключено к %1 как %2, %3</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="533" />
            <source>Connected to %1 as %2</source>
            <translation>Подключено к %1 как %2</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="563" />
            <source>mgrdesk</source>
            <translation>mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="567" />
            <source>%1 — mgrdesk</source>
            <translation>%1 — mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="648" />
            <source>About mgrdesk</source>
            <translation>О программе mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="649" />
            <source>mgrdesk %1
A desktop client for the BILLmanager billing panel.
Built with Qt %2.</source>
            <translation>mgrdesk %1
Настольный клиент для биллинговой панели BILLmanager.
Собран с Qt %2.</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="39" />
            <source>A&amp;ccount</source>
            <translation>&amp;Учётная запись</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="41" />
            <source>Act &amp;as…</source>
            <translation>Действовать от &amp;имени…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="43" />
            <source>Open in &amp;Browser</source>
            <translation>Открыть в &amp;браузере</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="46" />
            <source>Open in Browser as Selected &amp;User…</source>
            <translation>Открыть в браузере от имени &amp;выбранного пользователя…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="48" />
            <source>&amp;Sessions</source>
            <translation>&amp;Сессии</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="51" />
            <source>Impersonation Audit &amp;Trail…</source>
            <translation>&amp;Журнал действий от имени других…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="111" />
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="149" />
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="190" />
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="197" />
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="228" />
            <source>Select an account first.</source>
            <translation>Сначала выберите учётную запись.</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="208" />
            <source>Open in Browser as</source>
            <translation>Открыть в браузере от имени</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="232" />
            <source>Sessions — %1</source>
            <translation>Сессии — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="132" />
            <source>Account: %1 (%2 on %3)</source>
            <comment>account name, user, server</comment>
            <translation>Учётная запись: %1 (%2 на %3)</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="135" />
            <source>%1, account %2</source>
            <comment>tab title, account name</comment>
            <translation>%1, учётная запись %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::NavigationTree</name>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="27" />
            <source>Search the menu (Ctrl+L)</source>
            <translation>Поиск по меню (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="28" />
            <source>Search the menu</source>
            <translation>Поиск по меню</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="32" />
            <source>Menu</source>
            <translation>Меню</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="61" />
            <location filename="../src/gui/navigation/navigationtree.cpp" line="108" />
            <source>Log in to see the server's menu.</source>
            <translation>Войдите, чтобы увидеть меню сервера.</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="99" />
            <source>No account selected.</source>
            <translation>Учётная запись не выбрана.</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="117" />
            <source>Loading the menu…</source>
            <translation>Загрузка меню…</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="82" />
            <source>The menu could not be loaded: %1</source>
            <translation>Не удалось загрузить меню: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="152" />
            <source>The server's menu is empty for this user.</source>
            <translation>Меню сервера для этого пользователя пусто.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::NotificationBadge</name>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="17" />
            <source>Notifications</source>
            <translation>Уведомления</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="106" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="108" />
            <location filename="../src/gui/notify/notificationbadge.cpp" line="177" />
            <source>Balance: %1</source>
            <translation>Баланс: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="109" />
            <source>No notifications</source>
            <translation>Нет уведомлений</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="114" />
            <source>Notifications could not be checked: %1</source>
            <translation>Не удалось проверить уведомления: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="118" />
            <source>Last checked at %1</source>
            <translation>Последняя проверка: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/notify/notificationbadge.cpp" line="126" />
            <source>%n waiting</source>
            <translation>
                <numerusform>Ожидает: %n</numerusform>
                <numerusform>Ожидают: %n</numerusform>
                <numerusform>Ожидают: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="152" />
            <source>Not checked yet</source>
            <translation>Ещё не проверялось</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="156" />
            <source>Could not check: %1</source>
            <translation>Не удалось проверить: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="160" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="175" />
            <source>Nothing waiting</source>
            <translation>Нет новых уведомлений</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="183" />
            <source>Check &amp;Now</source>
            <translation>Проверить &amp;сейчас</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::OperationsBadge</name>
        <message numerus="yes">
            <location filename="../src/gui/operations/operationspanel.cpp" line="180" />
            <source>⟳ %n operation(s)</source>
            <translation>
                <numerusform>⟳ %n операция</numerusform>
                <numerusform>⟳ %n операции</numerusform>
                <numerusform>⟳ %n операций</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="181" />
            <source>Operations running: %1. Click to show the Operations panel.</source>
            <translation>Выполняется операций: %1. Нажмите, чтобы открыть панель «Операции».</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::OperationsPanel</name>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="92" />
            <source>Clear Finished</source>
            <translation>Очистить завершённые</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="94" />
            <source>No operations. Long actions (reboots, bulk changes) appear here with their progress.</source>
            <translation>Операций нет. Долгие действия (перезагрузки, массовые изменения) появляются здесь вместе с ходом выполнения.</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="101" />
            <source>Operations</source>
            <translation>Операции</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="151" />
            <source>Step %1 of %2</source>
            <translation>Шаг %1 из %2</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="152" />
            <source>Running…</source>
            <translation>Выполняется…</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="158" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="160" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="162" />
            <source>Failed: %1</source>
            <translation>Ошибка: %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::PageRouter</name>
        <message>
            <location filename="../src/gui/router/builtinpages.cpp" line="80" />
            <source>Exported to %1</source>
            <translation>Экспортировано в %1</translation>
        </message>
        <message>
            <location filename="../src/gui/router/pagerouter.cpp" line="86" />
            <source>New (%1)</source>
            <translation>Создание (%1)</translation>
        </message>
        <message>
            <location filename="../src/gui/router/pagerouter.cpp" line="87" />
            <source>%1 #%2</source>
            <translation>%1 #%2</translation>
        </message>
        <message>
            <location filename="../src/gui/router/pagerouter.cpp" line="91" />
            <source>%1 › %2</source>
            <comment>parent list › child list</comment>
            <translation>%1 › %2</translation>
        </message>
        <message>
            <location filename="../src/gui/router/pagerouter.cpp" line="114" />
            <source>Select an account first.</source>
            <translation>Сначала выберите учётную запись.</translation>
        </message>
        <message>
            <location filename="../src/gui/router/pagerouter.cpp" line="152" />
            <source>%1 (as %2)</source>
            <translation>%1 (от имени %2)</translation>
        </message>
        <message>
            <location filename="../src/gui/router/pagerouter.cpp" line="194" />
            <source>Saved. The server suggests a web page on %1.</source>
            <translation>Сохранено. Сервер предлагает открыть веб-страницу на %1.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::PageTitles</name>
        <message>
            <location filename="../src/gui/router/pagetitles.cpp" line="20" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../src/gui/router/pagetitles.cpp" line="41" />
            <source>%1 (filtered)</source>
            <translation>%1 (с фильтром)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::PasswordPrompt</name>
        <message>
            <location filename="../src/gui/accounts/passwordprompt.cpp" line="17" />
            <source>Password for %1</source>
            <translation>Пароль для %1</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/passwordprompt.cpp" line="19" />
            <source>Enter the password of user “%1” on %2 (account “%3”).</source>
            <translation>Введите пароль пользователя «%1» на %2 (учётная запись «%3»).</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/passwordprompt.cpp" line="29" />
            <source>The password is kept in memory until mgrdesk quits.</source>
            <translation>Пароль хранится в памяти до выхода из mgrdesk.</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/passwordprompt.cpp" line="32" />
            <source>&amp;Log In</source>
            <translation>&amp;Войти</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::PeriodPicker</name>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="60" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="60" />
            <source>This week</source>
            <translation>Эта неделя</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="61" />
            <source>This month</source>
            <translation>Этот месяц</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="61" />
            <source>Last month</source>
            <translation>Прошлый месяц</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="61" />
            <source>This quarter</source>
            <translation>Этот квартал</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="62" />
            <source>This year</source>
            <translation>Этот год</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="62" />
            <source>Last year</source>
            <translation>Прошлый год</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="62" />
            <source>All time</source>
            <translation>За всё время</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="63" />
            <source>Custom range</source>
            <translation>Произвольный диапазон</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="75" />
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="77" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="224" />
            <source>%1 (%2 – %3)</source>
            <translation>%1 (%2 – %3)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::PlaceholderPage</name>
        <message>
            <location filename="../src/gui/router/placeholderpage.cpp" line="21" />
            <source>“%1” is a page of kind “%2”, which this version cannot show yet.</source>
            <translation>«%1» — страница вида «%2», которую эта версия пока не умеет показывать.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::PreferencesDialog</name>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="74" />
            <source>Appearance</source>
            <translation>Внешний вид</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="76" />
            <source>Language:</source>
            <translation>Язык:</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="78" />
            <source>Theme:</source>
            <translation>Тема:</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="79" />
            <source>Table density:</source>
            <translation>Плотность таблиц:</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="81" />
            <source>Start-up</source>
            <translation>Запуск</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="86" />
            <source>Confirmations</source>
            <translation>Подтверждения</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="90" />
            <source>Closing the window while alerts are on:</source>
            <translation>При закрытии окна с включёнными уведомлениями:</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="96" />
            <source>Desktop alerts</source>
            <translation>Уведомления на рабочем столе</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="102" />
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="108" />
            <source>Downloads</source>
            <translation>Загрузки</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="110" />
            <source>Folder:</source>
            <translation>Папка:</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="144" />
            <source>Downloads Folder</source>
            <translation>Папка загрузок</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="160" />
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="161" />
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="162" />
            <source>Desktop Alerts</source>
            <translation>Уведомления на рабочем столе</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="167" />
            <source>Restore the tabs of the last session</source>
            <translation>Восстанавливать вкладки прошлого сеанса</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="168" />
            <source>Open the server's start page when an account has no tabs</source>
            <translation>Открывать начальную страницу сервера, если у учётной записи нет вкладок</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="169" />
            <source>Ask before actions that change data (delete, suspend, …)</source>
            <translation>Спрашивать перед действиями, изменяющими данные (удаление, приостановка, …)</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="170" />
            <source>Ask Again Everywhere (reset “Do not ask again”)</source>
            <translation>Снова спрашивать везде (сбросить «Больше не спрашивать»)</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="171" />
            <source>Show a desktop alert when new items arrive (tickets, invoices, …)</source>
            <translation>Показывать уведомление при появлении новых элементов (тикеты, счета, …)</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="172" />
            <source>Quiet hours from</source>
            <translation>Тихие часы с</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="176" />
            <source>Ask each time</source>
            <translation>Спрашивать каждый раз</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="177" />
            <source>Keep running in the system tray</source>
            <translation>Продолжать работу в системном трее</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="178" />
            <source>Quit mgrdesk</source>
            <translation>Завершить mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="181" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="182" />
            <source>Some parts of the window change language only after mgrdesk is restarted.</source>
            <translation>Некоторые части окна сменят язык только после перезапуска mgrdesk.</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="187" />
            <source>System</source>
            <translation>Системная</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="188" />
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="189" />
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="194" />
            <source>Comfortable</source>
            <translation>Свободная</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="195" />
            <source>Compact</source>
            <translation>Компактная</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::QuickSwitcher</name>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="30" />
            <source>Go to a menu entry</source>
            <translation>Переход к пункту меню</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="36" />
            <source>Go to a list, or find a client, service, invoice, payment or ticket…</source>
            <translation>Перейти к списку или найти клиента, услугу, счёт, платёж или запрос…</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="37" />
            <source>Search the menus and the data of all accounts</source>
            <translation>Поиск по меню и данным всех учётных записей</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="40" />
            <source>Matching menu entries and data</source>
            <translation>Подходящие пункты меню и данные</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="144" />
            <source>%1 — %2</source>
            <comment>menu entry — account</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="150" />
            <source>%1 › %2</source>
            <translation>%1 › %2</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="151" />
            <source>%1 (%2) on %3</source>
            <translation>%1 (%2) на %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="178" />
            <source>Loading the menus of %n account(s)…</source>
            <translation>
                <numerusform>Загрузка меню %n учётной записи…</numerusform>
                <numerusform>Загрузка меню %n учётных записей…</numerusform>
                <numerusform>Загрузка меню %n учётных записей…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="180" />
            <source>No menu is loaded yet: log in to an account first.</source>
            <translation>Меню ещё не загружено: сначала войдите в учётную запись.</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="182" />
            <source>Nothing matches “%1”.</source>
            <translation>Ничего не найдено по запросу «%1».</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="184" />
            <source>Enter opens the entry on its account; Escape closes.</source>
            <translation>Enter открывает пункт в его учётной записи; Escape закрывает.</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="187" />
            <source>%1. %2</source>
            <comment>data search summary. hint</comment>
            <translation>%1. %2</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="190" />
            <source>Ctrl+Enter acts as the client.</source>
            <translation>Ctrl+Enter — действовать от имени клиента.</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="255" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="258" />
            <source>Act as This Client…</source>
            <translation>Действовать от имени этого клиента…</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReplyView</name>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="66" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="68" />
            <source>Network error</source>
            <translation>Ошибка сети</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="70" />
            <source>HTTP error</source>
            <translation>Ошибка HTTP</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="72" />
            <source>TLS error</source>
            <translation>Ошибка TLS</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="74" />
            <source>Timed out</source>
            <translation>Время ожидания истекло</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="76" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="78" />
            <source>Not an API reply</source>
            <translation>Не ответ API</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="80" />
            <source>Server error</source>
            <translation>Ошибка сервера</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="82" />
            <source>Authentication error</source>
            <translation>Ошибка аутентификации</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="92" />
            <source>Reply</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="95" />
            <source>No request sent yet</source>
            <translation>Запрос ещё не отправлен</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="99" />
            <source>Reply status</source>
            <translation>Состояние ответа</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="103" />
            <source>Reply views</source>
            <translation>Представления ответа</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="107" />
            <source>The reply appears here.</source>
            <translation>Здесь появится ответ.</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="120" />
            <source>Reply rows</source>
            <translation>Строки ответа</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="125" />
            <location filename="../src/gui/console/replyview.cpp" line="148" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="125" />
            <location filename="../src/gui/console/replyview.cpp" line="148" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="127" />
            <source>Reply tree</source>
            <translation>Дерево ответа</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="141" />
            <source>Error message</source>
            <translation>Сообщение об ошибке</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="145" />
            <source>Error type and object</source>
            <translation>Тип и объект ошибки</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="149" />
            <source>Error details</source>
            <translation>Подробности ошибки</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="154" />
            <source>&amp;Parsed</source>
            <translation>Р&amp;азобранный</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="167" />
            <source>Raw reply</source>
            <translation>Исходный ответ</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="171" />
            <source>Ra&amp;w</source>
            <translation>Ис&amp;ходный</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="201" />
            <source>Sending %1…</source>
            <translation>Отправка %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="211" />
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="212" />
            <source>%1 ms</source>
            <translation>%1 мс</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/console/replyview.cpp" line="216" />
            <location filename="../src/gui/console/replyview.cpp" line="314" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n строка</numerusform>
                <numerusform>%n строки</numerusform>
                <numerusform>%n строк</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="227" />
            <source>Type: %1</source>
            <translation>Тип: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="229" />
            <source>Object: %1</source>
            <translation>Объект: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="231" />
            <source>Value: %1</source>
            <translation>Значение: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="236" />
            <source>stack</source>
            <translation>стек</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="237" />
            <source>%1 (user %2, level %3)</source>
            <translation>%1 (пользователь %2, уровень %3)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="239" />
            <source>group</source>
            <translation>группа</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="241" />
            <source>Status: %1</source>
            <translation>Состояние: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="262" />
            <source>The text view is shortened to keep the window responsive; the Parsed tab shows the whole reply.</source>
            <translation>Текстовое представление сокращено, чтобы окно не теряло отзывчивость; на вкладке «Разобранный» ответ показан полностью.</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="274" />
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="274" />
            <source>ok</source>
            <translation>успешно</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="276" />
            <source>New object</source>
            <translation>Новый объект</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="278" />
            <source>Redirect</source>
            <translation>Перенаправление</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="280" />
            <source>Redirect type</source>
            <translation>Тип перенаправления</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="283" />
            <source>Session</source>
            <translation>Сессия</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="285" />
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="294" />
            <source>Values</source>
            <translation>Значения</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="306" />
            <source>Options</source>
            <translation>Варианты</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="314" />
            <source>List %1</source>
            <translation>Список %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="316" />
            <source>Fields</source>
            <translation>Поля</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="327" />
            <source>Menu</source>
            <translation>Меню</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="332" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="334" />
            <source>Steps</source>
            <translation>Всего шагов</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="336" />
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="337" />
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="348" />
            <source>Document attributes</source>
            <translation>Атрибуты документа</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReportBandView</name>
        <message>
            <location filename="../src/gui/reports/reportbandview.cpp" line="80" />
            <source>Totals</source>
            <translation>Итоги</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/reports/reportbandview.cpp" line="85" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n строка</numerusform>
                <numerusform>%n строки</numerusform>
                <numerusform>%n строк</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportbandview.cpp" line="127" />
            <source>Click a value of “%1” to open its details</source>
            <translation>Щёлкните значение в столбце «%1», чтобы открыть подробности</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReportChart</name>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="97" />
            <source>Other</source>
            <translation>Прочее</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="117" />
            <source>%1: %2 (%3 %)</source>
            <translation>%1: %2 (%3 %)</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="135" />
            <source>%1 — %2: %3</source>
            <translation>%1 — %2: %3</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="243" />
            <source>Save as PNG…</source>
            <translation>Сохранить как PNG…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="245" />
            <location filename="../src/gui/reports/reportchart.cpp" line="251" />
            <source>Save the chart</source>
            <translation>Сохранить диаграмму</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="245" />
            <source>PNG images (*.png)</source>
            <translation>Изображения PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="247" />
            <location filename="../src/gui/reports/reportchart.cpp" line="253" />
            <source>The chart could not be saved to “%1”.</source>
            <translation>Не удалось сохранить диаграмму в «%1».</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="249" />
            <source>Save as SVG…</source>
            <translation>Сохранить как SVG…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="251" />
            <source>SVG images (*.svg)</source>
            <translation>Изображения SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="255" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReportPage</name>
        <message>
            <location filename="../src/gui/reports/reportpage.cpp" line="25" />
            <source>Exported to %1</source>
            <translation>Экспортировано в %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReportPdf</name>
        <message>
            <location filename="../src/gui/reports/reportpdf.cpp" line="101" />
            <source>The PDF could not be written to “%1”.</source>
            <translation>Не удалось записать PDF в «%1».</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReportView</name>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="62" />
            <source>Change…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="80" />
            <source>Run report</source>
            <translation>Построить отчёт</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="105" />
            <location filename="../src/gui/reports/reportview.cpp" line="110" />
            <source>Saved “%1”.</source>
            <translation>Сохранено: «%1».</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="177" />
            <source>Running the report…</source>
            <translation>Отчёт строится…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="177" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="193" />
            <source>The server did not answer with a report.</source>
            <translation>Сервер не вернул отчёт.</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="220" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="227" />
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="228" />
            <source>Export CSV…</source>
            <translation>Экспорт в CSV…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="230" />
            <source>Export PDF…</source>
            <translation>Экспорт в PDF…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="247" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="296" />
            <source>The start of the period is after its end.</source>
            <translation>Начало периода позже его конца.</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="361" />
            <source>Period: %1</source>
            <translation>Период: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="489" />
            <source>Export the band as CSV</source>
            <translation>Экспорт таблицы в CSV</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="490" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="498" />
            <source>Export the report as PDF</source>
            <translation>Экспорт отчёта в PDF</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="498" />
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::RequestConsole</name>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="42" />
            <source>Request console</source>
            <translation>Консоль запросов</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="50" />
            <source>&amp;Send</source>
            <translation>&amp;Отправить</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="52" />
            <source>Send the request (Ctrl+Return)</source>
            <translation>Отправить запрос (Ctrl+Return)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="53" />
            <source>Send the request</source>
            <translation>Отправить запрос</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="55" />
            <source>Ca&amp;ncel</source>
            <translation>Отме&amp;нить</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="56" />
            <source>Cancel the request on its way</source>
            <translation>Отменить выполняющийся запрос</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="57" />
            <source>Cancel the request on its way (Escape)</source>
            <translation>Отменить выполняющийся запрос (Escape)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="58" />
            <source>Copy as &amp;URL</source>
            <translation>&amp;Копировать как URL</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="59" />
            <source>Copy the request as a URL, secrets masked</source>
            <translation>Скопировать запрос как URL со скрытыми секретными данными</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="60" />
            <source>Copy as cu&amp;rl</source>
            <translation>Копи&amp;ровать как curl</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="61" />
            <source>Copy the request as a curl command, secrets masked</source>
            <translation>Скопировать запрос как команду curl со скрытыми секретными данными</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="62" />
            <source>Copy as &amp;mgrctl</source>
            <translation>Копировать как &amp;mgrctl</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="64" />
            <source>Copy the request as an mgrctl command for the server, secrets masked</source>
            <translation>Скопировать запрос как команду mgrctl для сервера, секреты скрыты</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="65" />
            <source>Copy as mgrdesk-c&amp;li</source>
            <translation>Копировать как mgrdesk-c&amp;li</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="66" />
            <source>Copy the request as a mgrdesk-cli call command, secrets masked</source>
            <translation>Скопировать запрос как команду mgrdesk-cli call, секреты скрыты</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="67" />
            <source>&amp;Confirm deletes and sok=ok</source>
            <translation>По&amp;дтверждать удаление и sok=ok</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="69" />
            <source>Ask before sending a delete or an applied form</source>
            <translation>Спрашивать перед отправкой удаления или применения формы</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="70" />
            <source>Ask before sending a request that changes data on the server: a delete, an applied form (sok=ok) or an action such as suspend (for this session only)</source>
            <translation>Спрашивать перед отправкой запроса, который меняет данные на сервере: удаления, применённой формы (sok=ok) или действия вроде приостановки (только в этом сеансе)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="88" />
            <source>History and request log</source>
            <translation>История и журнал запросов</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="91" />
            <source>Requests sent from this console</source>
            <translation>Запросы, отправленные из этой консоли</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="92" />
            <source>Enter or double-click loads the request; Ctrl+Up and Ctrl+Down step through it from the editor</source>
            <translation>Enter или двойной щелчок загружает запрос; Ctrl+Up и Ctrl+Down перебирают историю из редактора</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="94" />
            <source>&amp;History</source>
            <translation>&amp;История</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="96" />
            <source>Request &amp;Log</source>
            <translation>&amp;Журнал запросов</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="171" />
            <source>Request Console</source>
            <translation>Консоль запросов</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="172" />
            <source>Console: %1@%2</source>
            <translation>Консоль: %1@%2</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="211" />
            <source>Loaded %1 from the request log</source>
            <translation>Запрос %1 загружен из журнала запросов</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="68" />
            <source>Copied the URL (secrets masked)</source>
            <translation>URL скопирован (секретные данные скрыты)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="74" />
            <source>Copied the curl command (secrets masked; put the password in place of *****)</source>
            <translation>Команда curl скопирована (секретные данные скрыты; подставьте пароль вместо *****)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="95" />
            <source>Copied the mgrctl command (run it on the server; secrets masked)</source>
            <translation>Команда mgrctl скопирована (выполните её на сервере; секреты скрыты)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="101" />
            <source>Copied the mgrdesk-cli command (the password comes from MGRDESK_PASSWORD or the prompt)</source>
            <translation>Команда mgrdesk-cli скопирована (пароль берётся из MGRDESK_PASSWORD или запрашивается)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="123" />
            <source>The account's connection is gone; open the console again</source>
            <translation>Подключение учётной записи закрыто; откройте консоль заново</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="128" />
            <source>Type a function first</source>
            <translation>Сначала введите функцию</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="135" />
            <source>Remove the %1 parameter: the connection adds the authentication itself</source>
            <translation>Удалите параметр %1: подключение само добавляет данные аутентификации</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="141" />
            <source>The value of %1 was hidden by the log: type it before sending</source>
            <translation>Значение %1 скрыто в журнале: введите его перед отправкой</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="159" />
            <source>This request changes data on the server:

%1

Send it?</source>
            <translation>Этот запрос изменяет данные на сервере:

%1

Отправить его?</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="160" />
            <source>This request changes data on the server, with the rights of %1:

%2

Send it?</source>
            <translation>Этот запрос изменяет данные на сервере с правами %1:

%2

Отправить его?</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="163" />
            <source>Send a Changing Request</source>
            <translation>Отправка изменяющего запроса</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="168" />
            <source>Not sent</source>
            <translation>Не отправлено</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="171" />
            <source>Do not ask again in this console</source>
            <translation>Больше не спрашивать в этой консоли</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="197" />
            <source>%1 (%2 received)</source>
            <translation>%1 (получено %2)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="203" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="229" />
            <source>[as %1] %2</source>
            <translation>[от имени %1] %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::RequestEditor</name>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="69" />
            <source>Request editor</source>
            <translation>Редактор запроса</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="77" />
            <source>e.g. user, payment.edit, or paste func=user&amp;elid=5</source>
            <translation>например, user, payment.edit или вставьте func=user&amp;elid=5</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="78" />
            <source>Function</source>
            <translation>Функция</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="80" />
            <source>The API function. Pasting a query string, a URL or a server log line fills the whole request.</source>
            <translation>Функция API. Если вставить строку запроса, URL или строку журнала сервера, заполняется весь запрос.</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="87" />
            <source>&amp;Paste Query</source>
            <translation>Вс&amp;тавить запрос</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="88" />
            <source>Paste a query string or URL from the clipboard</source>
            <translation>Вставить строку запроса или URL из буфера обмена</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="90" />
            <source>Fill the request from a query string, a URL or a server log line on the clipboard (Ctrl+Shift+V)</source>
            <translation>Заполнить запрос из строки запроса, URL или строки журнала сервера в буфере обмена (Ctrl+Shift+V)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="94" />
            <source>&amp;Function:</source>
            <translation>&amp;Функция:</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="100" />
            <source>empty: your own rights</source>
            <translation>пусто — с вашими правами</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="101" />
            <source>Run as (su)</source>
            <translation>Выполнять от имени (su)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="102" />
            <source>Send the request with the rights of this user (su=)</source>
            <translation>Отправить запрос с правами этого пользователя (su=)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="104" />
            <source>Run &amp;as (su):</source>
            <translation>&amp;Выполнять от имени (su):</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="111" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="111" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="118" />
            <source>Parameters</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="120" />
            <source>Ordered name and value pairs. Insert adds a row, Delete removes the selected rows, Alt+Up and Alt+Down move them.</source>
            <translation>Упорядоченные пары имён и значений. Insert добавляет строку, Delete удаляет выбранные строки, Alt+Up и Alt+Down перемещают их.</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="126" />
            <source>A&amp;dd Parameter</source>
            <translation>Добавить &amp;параметр</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="127" />
            <source>Add a parameter</source>
            <translation>Добавить параметр</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="128" />
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="129" />
            <source>Remove the selected parameters</source>
            <translation>Удалить выбранные параметры</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="130" />
            <source>Move &amp;Up</source>
            <translation>Вв&amp;ерх</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="131" />
            <source>Move the selected parameter up</source>
            <translation>Переместить выбранный параметр вверх</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="132" />
            <source>Move Do&amp;wn</source>
            <translation>Вни&amp;з</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="133" />
            <source>Move the selected parameter down</source>
            <translation>Переместить выбранный параметр вниз</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="271" />
            <source>Hidden by the log: type the value before sending</source>
            <translation>Скрыто в журнале: введите значение перед отправкой</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="325" />
            <source>Requests from this console run with the rights of %1</source>
            <translation>Запросы из этой консоли выполняются с правами %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::RequestLogView</name>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="24" />
            <source>Request log of this account</source>
            <translation>Журнал запросов этой учётной записи</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="28" />
            <source>Filter the log</source>
            <translation>Фильтр журнала</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="29" />
            <source>Filter the request log</source>
            <translation>Фильтр журнала запросов</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="38" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="38" />
            <source>Function</source>
            <translation>Функция</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="38" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="38" />
            <source>ms</source>
            <translation>мс</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="38" />
            <source>Parameters</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="39" />
            <source>Request log entries</source>
            <translation>Записи журнала запросов</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="40" />
            <source>Enter or double-click loads the request into the editor</source>
            <translation>Enter или двойной щелчок загружает запрос в редактор</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="44" />
            <source>&amp;Load into Editor</source>
            <translation>За&amp;грузить в редактор</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="45" />
            <source>Load the selected log entry into the editor</source>
            <translation>Загрузить выбранную запись журнала в редактор</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::RestoredListTab</name>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="42" />
            <source>“%1” opens when you show this tab.</source>
            <translation>«%1» откроется, когда вы перейдёте на эту вкладку.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::SearchActions</name>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="29" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="41" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="43" />
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="45" />
            <source>Invoice</source>
            <translation>Счёт</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="47" />
            <source>Payment</source>
            <translation>Платёж</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="49" />
            <source>Ticket</source>
            <translation>Запрос</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="57" />
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="59" />
            <source>e-mail</source>
            <translation>эл. почта</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="61" />
            <source>domain</source>
            <translation>домен</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="63" />
            <source>IP address</source>
            <translation>IP-адрес</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="65" />
            <source>number</source>
            <translation>номер</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::SearchResultsPresenter</name>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="25" />
            <source>The saved filter of the list “%1” on %2 could not be put back: %3</source>
            <translation>Не удалось вернуть сохранённый фильтр списка «%1» на %2: %3</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="104" />
            <source>%1: %2</source>
            <comment>kind: title</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="106" />
            <source>%1 — %2</source>
            <comment>result — details</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="108" />
            <source>%1 (%2 matches)</source>
            <comment>result (field matches)</comment>
            <translation>%1 (совпадает: %2)</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="115" />
            <source>%1 %2 on %3 (found by %4)</source>
            <translation>%1 %2 на %3 (найдено по полю %4)</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="117" />
            <source>Enter opens it; Ctrl+Enter acts as this client.</source>
            <translation>Enter — открыть; Ctrl+Enter — действовать от имени этого клиента.</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="148" />
            <source>searching…</source>
            <translation>поиск…</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="148" />
            <source>%n result(s) so far, searching…</source>
            <translation>
                <numerusform>пока %n результат, поиск…</numerusform>
                <numerusform>пока %n результата, поиск…</numerusform>
                <numerusform>пока %n результатов, поиск…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="151" />
            <source>nothing found</source>
            <translation>ничего не найдено</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="151" />
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="194" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n результат</numerusform>
                <numerusform>%n результата</numerusform>
                <numerusform>%n результатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="154" />
            <source>did not answer within %n second(s)</source>
            <translation>
                <numerusform>не ответил за %n секунду</numerusform>
                <numerusform>не ответил за %n секунды</numerusform>
                <numerusform>не ответил за %n секунд</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="156" />
            <source>%1 (%n result(s) before that)</source>
            <translation>
                <numerusform>%1 (до этого — %n результат)</numerusform>
                <numerusform>%1 (до этого — %n результата)</numerusform>
                <numerusform>%1 (до этого — %n результатов)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="159" />
            <source>failed: %1</source>
            <translation>ошибка: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="162" />
            <source>stopped</source>
            <translation>остановлен</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="165" />
            <source>%1 — %2</source>
            <comment>account — search state</comment>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="193" />
            <source>Searching %n server(s)…</source>
            <translation>
                <numerusform>Поиск на %n сервере…</numerusform>
                <numerusform>Поиск на %n серверах…</numerusform>
                <numerusform>Поиск на %n серверах…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="196" />
            <source>%n server(s) did not answer</source>
            <translation>
                <numerusform>%n сервер не ответил</numerusform>
                <numerusform>%n сервера не ответили</numerusform>
                <numerusform>%n серверов не ответили</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="198" />
            <source>%n server(s) failed</source>
            <translation>
                <numerusform>ошибка на %n сервере</numerusform>
                <numerusform>ошибка на %n серверах</numerusform>
                <numerusform>ошибка на %n серверах</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::SecondFactorDialog</name>
        <message>
            <location filename="../src/gui/accounts/secondfactordialog.cpp" line="18" />
            <source>Login to %1</source>
            <translation>Вход в %1</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/secondfactordialog.cpp" line="20" />
            <source>%1 asks for a second step to log in. The code is sent once and never stored.</source>
            <translation>%1 запрашивает второй шаг входа. Код отправляется один раз и нигде не сохраняется.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::SessionsWidget</name>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="32" />
            <source>Active sessions</source>
            <translation>Активные сессии</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <source>Session</source>
            <translation>Сессия</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <source>Acting as</source>
            <translation>От имени</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <source>Created</source>
            <translation>Создана</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="155" />
            <source>This session</source>
            <translation>Эта сессия</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="42" />
            <source>Sessions</source>
            <translation>Сессии</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="46" />
            <source>&amp;End session</source>
            <translation>&amp;Завершить сессию</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="47" />
            <source>End the selected session</source>
            <translation>Завершить выбранную сессию</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="49" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="51" />
            <source>Sessions status</source>
            <translation>Состояние сессий</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="58" />
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="193" />
            <source>End session</source>
            <translation>Завершение сессии</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="62" />
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="126" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="133" />
            <source>The server did not send a list.</source>
            <translation>Сервер не прислал список.</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="134" />
            <source>The sessions could not be loaded: %1</source>
            <translation>Не удалось загрузить сессии: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="169" />
            <source>%n session(s); yours is marked.</source>
            <translation>
                <numerusform>%n сессия; ваша отмечена.</numerusform>
                <numerusform>%n сессии; ваша отмечена.</numerusform>
                <numerusform>%n сессий; ваша отмечена.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="170" />
            <source>%n session(s).</source>
            <translation>
                <numerusform>%n сессия.</numerusform>
                <numerusform>%n сессии.</numerusform>
                <numerusform>%n сессий.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="191" />
            <source>End your own session (%1)? The account is logged out.</source>
            <translation>Завершить вашу собственную сессию (%1)? Будет выполнен выход из учётной записи.</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="192" />
            <source>End the session of %1 (%2)? That user has to log in again.</source>
            <translation>Завершить сессию %1 (%2)? Этому пользователю придётся войти заново.</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="199" />
            <source>Your session was ended.</source>
            <translation>Ваша сессия завершена.</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="211" />
            <source>The session of %1 was ended.</source>
            <translation>Сессия %1 завершена.</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="213" />
            <source>Could not end the session: %1</source>
            <translation>Не удалось завершить сессию: %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::TicketPage</name>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="68" />
            <source>Restore Draft</source>
            <translation>Восстановить черновик</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="69" />
            <source>Discard</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="186" />
            <source>A reply draft from %1 was kept.</source>
            <translation>Сохранён черновик ответа от %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/tickets/ticketpage.cpp" line="187" />
            <source>A reply draft from %1 was kept, with %n file(s).</source>
            <translation>
                <numerusform>Сохранён черновик ответа от %1 с %n файлом.</numerusform>
                <numerusform>Сохранён черновик ответа от %1 с %n файлами.</numerusform>
                <numerusform>Сохранён черновик ответа от %1 с %n файлами.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="219" />
            <source>The reply was sent.</source>
            <translation>Ответ отправлен.</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="238" />
            <source>Too large to preview: open it instead.</source>
            <translation>Слишком большой для превью: откройте файл.</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="253" />
            <source>No preview</source>
            <translation>Нет превью</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="304" />
            <source>Save Attachment</source>
            <translation>Сохранить вложение</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="324" />
            <source>Saving %1…</source>
            <translation>Сохранение %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="333" />
            <source>%1 saved to %2</source>
            <translation>%1 сохранён в %2</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="335" />
            <source>%1 was not saved: the server answered with data, not a file.</source>
            <translation>%1 не сохранён: сервер ответил данными, а не файлом.</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="337" />
            <source>%1 was not saved: %2</source>
            <translation>%1 не сохранён: %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::TrayController</name>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="83" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="87" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="93" />
            <source>Nothing waiting</source>
            <translation>Ничего не ожидает</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="95" />
            <source>Alerts for This Account</source>
            <translation>Уведомления для этой учётной записи</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="101" />
            <source>Alert Settings…</source>
            <translation>Настройки уведомлений…</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="104" />
            <source>%1: %2 waiting</source>
            <translation>%1: ожидает %2</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="108" />
            <source>Show mgrdesk</source>
            <translation>Показать mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="109" />
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="113" />
            <source>mgrdesk</source>
            <translation>mgrdesk</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/tray/traycontroller.cpp" line="114" />
            <source>mgrdesk — %n waiting</source>
            <translation>
                <numerusform>mgrdesk — ожидает %n</numerusform>
                <numerusform>mgrdesk — ожидают %n</numerusform>
                <numerusform>mgrdesk — ожидают %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::links::LinkImporter</name>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="111" />
            <source>The text is too long to be a link (more than %1 KiB).</source>
            <translation>Текст слишком длинный для ссылки (больше %1 КиБ).</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="116" />
            <source>Nothing to open: paste a link from the web interface or a line of the server log.</source>
            <translation>Нечего открывать: вставьте ссылку из веб-интерфейса или строку журнала сервера.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="120" />
            <source>Paste one link or one log line at a time.</source>
            <translation>Вставляйте по одной ссылке или строке журнала за раз.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="124" />
            <location filename="../src/core/links/linkimporter.cpp" line="142" />
            <source>The text contains control characters: it is not a link or a log line.</source>
            <translation>Текст содержит управляющие символы: это не ссылка и не строка журнала.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="132" />
            <source>Unknown mgrdesk: link; the form is mgrdesk://open?url=ADDRESS.</source>
            <translation>Неизвестная ссылка mgrdesk:; формат — mgrdesk://open?url=АДРЕС.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="138" />
            <source>A mgrdesk: link must carry an https:// address of the web interface.</source>
            <translation>Ссылка mgrdesk: должна содержать адрес веб-интерфейса https://.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="164" />
            <source>Only https:// and http:// links of the web interface can be opened.</source>
            <translation>Открыть можно только ссылки веб-интерфейса https:// и http://.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="166" />
            <source>This is neither a link of the web interface nor a line of the server log.</source>
            <translation>Это не ссылка веб-интерфейса и не строка журнала сервера.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="186" />
            <source>“%1” is not a valid address.</source>
            <translation>«%1» — недопустимый адрес.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="190" />
            <source>The user name and password in the link were ignored.</source>
            <translation>Имя пользователя и пароль из ссылки пропущены.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="227" />
            <source>The log line holds no quoted request ('func=…').</source>
            <translation>В строке журнала нет запроса в кавычках ('func=…').</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="232" />
            <source>The log line is cut off: its request has no closing quote.</source>
            <translation>Строка журнала обрезана: у запроса нет закрывающей кавычки.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="248" />
            <source>The link is not valid UTF-8 (near “%1”).</source>
            <translation>Ссылка не является корректным UTF-8 (около «%1»).</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="255" />
            <source>The parameter “%1” holds control characters.</source>
            <translation>Параметр «%1» содержит управляющие символы.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="261" />
            <source>A password found in the link (authinfo) was ignored.</source>
            <translation>Пароль из ссылки (authinfo) пропущен.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="273" />
            <source>“%1” is not a function name.</source>
            <translation>«%1» — не имя функции.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="277" />
            <source>The link names two functions, “%1” and “%2”.</source>
            <translation>В ссылке указаны две функции: «%1» и «%2».</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="300" />
            <source>The link also names a start page (%1), which was ignored.</source>
            <translation>В ссылке указана и стартовая страница (%1); она пропущена.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="304" />
            <source>The link names no function (func= or startform=).</source>
            <translation>В ссылке не указана функция (func= или startform=).</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::FormCheck</name>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="118" />
            <source>This box must be ticked.</source>
            <translation>Этот флажок должен быть установлен.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="119" />
            <source>This field is required.</source>
            <translation>Это поле обязательно.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/models/formcheck.cpp" line="124" />
            <source>At most %n character(s).</source>
            <translation>
                <numerusform>Не более %n символа.</numerusform>
                <numerusform>Не более %n символов.</numerusform>
                <numerusform>Не более %n символов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="131" />
            <source>Enter a whole number.</source>
            <translation>Введите целое число.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="133" />
            <source>Enter a number from %1 to %2.</source>
            <translation>Введите число от %1 до %2.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="135" />
            <source>Enter a number not less than %1.</source>
            <translation>Введите число не меньше %1.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="137" />
            <source>Enter a number not greater than %1.</source>
            <translation>Введите число не больше %1.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="143" />
            <source>Enter a number.</source>
            <translation>Введите число.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="146" />
            <source>Enter an e-mail address such as name@example.com.</source>
            <translation>Введите адрес электронной почты, например name@example.com.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="149" />
            <source>Enter an address such as https://example.com/.</source>
            <translation>Введите адрес, например https://example.com/.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="153" />
            <source>Enter an IP address such as 192.0.2.10 or 2001:db8::1.</source>
            <translation>Введите IP-адрес, например 192.0.2.10 или 2001:db8::1.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="157" />
            <source>Enter IP addresses, networks (192.0.2.0/24) or ranges (192.0.2.1-192.0.2.9).</source>
            <translation>Введите IP-адреса, сети (192.0.2.0/24) или диапазоны (192.0.2.1-192.0.2.9).</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="160" />
            <source>Enter a phone number such as +1 555 010 0123.</source>
            <translation>Введите номер телефона, например +1 555 010 0123.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::FormDescription</name>
        <message>
            <location filename="../src/core/models/formdescription.cpp" line="278" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../src/core/models/formdescription.cpp" line="280" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../src/core/models/formdescription.cpp" line="282" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../src/core/models/formdescription.cpp" line="284" />
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <location filename="../src/core/models/formdescription.cpp" line="286" />
            <source>Finish</source>
            <translation>Готово</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::FormSession</name>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="66" />
            <location filename="../src/core/models/formsession.cpp" line="301" />
            <source>Not connected.</source>
            <translation>Нет подключения.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="108" />
            <source>The server did not answer with a form.</source>
            <translation>Сервер не вернул форму.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="110" />
            <source>The form could not be opened.</source>
            <translation>Не удалось открыть форму.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="176" />
            <source>The form could not be updated.</source>
            <translation>Не удалось обновить форму.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="371" />
            <source>The server's answer was not understood.</source>
            <translation>Не удалось разобрать ответ сервера.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="371" />
            <source>Sending failed.</source>
            <translation>Не удалось отправить.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::FormState</name>
        <message>
            <location filename="../src/core/models/formstate.cpp" line="397" />
            <source>The server rejected this value (%1).</source>
            <translation>Сервер отклонил это значение (%1).</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::ListActions</name>
        <message numerus="yes">
            <location filename="../src/core/models/listactions.cpp" line="182" />
            <source>%1: %n object(s)?</source>
            <translation>
                <numerusform>%1: %n объект?</numerusform>
                <numerusform>%1: %n объекта?</numerusform>
                <numerusform>%1: %n объектов?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/models/listactions.cpp" line="185" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::ListExport</name>
        <message>
            <location filename="../src/core/models/listexport.cpp" line="88" />
            <source>Cannot write %1: it is a folder.</source>
            <translation>Не удаётся записать %1: это папка.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listexport.cpp" line="102" />
            <location filename="../src/core/models/listexport.cpp" line="106" />
            <location filename="../src/core/models/listexport.cpp" line="169" />
            <source>Cannot write %1: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/models/listexport.cpp" line="243" />
            <source>The export was cancelled.</source>
            <translation>Экспорт отменён.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::ListFilter</name>
        <message>
            <location filename="../src/core/models/listfilter.cpp" line="88" />
            <source>%1 = %2</source>
            <comment>filter condition: field = value</comment>
            <translation>%1 = %2</translation>
        </message>
        <message>
            <location filename="../src/core/models/listfilter.cpp" line="89" />
            <source>, </source>
            <comment>between filter conditions</comment>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../src/core/models/listfilter.cpp" line="158" />
            <source>Not connected.</source>
            <translation>Нет подключения.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listfilter.cpp" line="207" />
            <source>yes</source>
            <translation>да</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::ListLoader</name>
        <message>
            <location filename="../src/core/models/listloader.cpp" line="164" />
            <location filename="../src/core/models/listloader.cpp" line="351" />
            <source>Not connected.</source>
            <translation>Нет подключения.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listloader.cpp" line="207" />
            <source>The server did not answer with a list.</source>
            <translation>Сервер не вернул список.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listloader.cpp" line="362" />
            <source>Done.</source>
            <translation>Готово.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::ListServerExport</name>
        <message>
            <location filename="../src/core/models/listserverexport.cpp" line="63" />
            <source>Cannot write %1: it is a folder.</source>
            <translation>Не удалось записать %1: это папка.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listserverexport.cpp" line="76" />
            <location filename="../src/core/models/listserverexport.cpp" line="136" />
            <source>The export was cancelled.</source>
            <translation>Экспорт отменён.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listserverexport.cpp" line="80" />
            <source>The server could not export the list: %1</source>
            <translation>Сервер не смог экспортировать список: %1</translation>
        </message>
        <message>
            <location filename="../src/core/models/listserverexport.cpp" line="85" />
            <source>The server did not send a CSV file for this list.</source>
            <translation>Сервер не прислал CSV-файл для этого списка.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listserverexport.cpp" line="138" />
            <source>Cannot write %1: %2</source>
            <translation>Не удалось записать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::navigation::MenuStore</name>
        <message>
            <location filename="../src/core/navigation/menustore.cpp" line="30" />
            <source>%1 › %2</source>
            <comment>menu group › subgroup</comment>
            <translation>%1 › %2</translation>
        </message>
        <message>
            <location filename="../src/core/navigation/menustore.cpp" line="115" />
            <source>The server sent no menu.</source>
            <translation>Сервер не прислал меню.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::net::ApiJob</name>
        <message>
            <location filename="../src/core/net/apijob.cpp" line="30" />
            <location filename="../src/core/net/apijob.cpp" line="40" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::net::Connection</name>
        <message>
            <location filename="../src/core/net/connection.cpp" line="156" />
            <source>The connection was closed.</source>
            <translation>Соединение закрыто.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="313" />
            <source>The server address "%1" is not a valid URL.</source>
            <translation>Адрес сервера "%1" не является допустимым URL.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="321" />
            <source>Nothing was sent.</source>
            <translation>Ничего не отправлено.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="348" />
            <location filename="../src/core/net/connectionsession.cpp" line="219" />
            <location filename="../src/core/net/connectionsession.cpp" line="233" />
            <source>Enter the password of %1 on %2.</source>
            <translation>Введите пароль %1 на %2.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="536" />
            <source>The server did not answer within %1 seconds.</source>
            <translation>Сервер не ответил в течение %1 секунд.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="540" />
            <source>The request reached the server, so it may have been carried out: check before trying again.</source>
            <translation>Запрос дошёл до сервера и, возможно, был выполнен: проверьте, прежде чем повторять.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="560" />
            <source>The server redirected the request to "%1" instead of answering it.</source>
            <translation>Сервер перенаправил запрос на "%1" вместо ответа на него.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="567" />
            <source>The server answered with HTTP status %1 %2.</source>
            <translation>Сервер ответил с HTTP-статусом %1 %2.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="575" />
            <source>The secure connection to %1 failed: %2</source>
            <translation>Не удалось установить защищённое соединение с %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="578" />
            <source>The connection to %1 broke after the request was sent, so the server may have carried it out. It was not sent again: check before trying again.</source>
            <translation>Соединение с %1 прервалось после отправки запроса, поэтому сервер мог его выполнить. Повторно запрос не отправлялся: проверьте, прежде чем повторять.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="585" />
            <source>%1 refused the connection on port %2: check the address and port, and that the panel is running.</source>
            <translation>Сервер %1 отклонил подключение на порту %2: проверьте адрес и порт, а также запущена ли панель.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="592" />
            <source>The server %1 was not found: check the address.</source>
            <translation>Сервер %1 не найден: проверьте адрес.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="596" />
            <source>The connection to %1 broke while the answer arrived (%2 bytes received).</source>
            <translation>Соединение с %1 прервалось во время получения ответа (получено байт: %2).</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="599" />
            <source>%1 closed the connection without answering.</source>
            <translation>Сервер %1 закрыл соединение, не ответив.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="602" />
            <source>The connection to %1 timed out.</source>
            <translation>Истекло время ожидания соединения с %1.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="605" />
            <source>Network error talking to %1: %2</source>
            <translation>Ошибка сети при обмене данными с %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="610" />
            <source>The partial download was discarded: no file was saved.</source>
            <translation>Недокачанные данные удалены: файл не сохранён.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="686" />
            <source>The server's answer is not an API reply: %1</source>
            <translation>Ответ сервера не является ответом API: %1</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="687" />
            <source>The server's answer is not an API reply.</source>
            <translation>Ответ сервера не является ответом API.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="691" />
            <source>The server reported an error (%1).</source>
            <translation>Сервер сообщил об ошибке (%1).</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="65" />
            <source>The server answered the change with a web page instead of its result (the session may have ended). The change may have been carried out, so it was not sent again: check before trying again.</source>
            <translation>Сервер ответил на изменение веб-страницей вместо результата (возможно, сеанс завершился). Изменение могло быть выполнено, поэтому оно не отправлено повторно: проверьте, прежде чем пробовать снова.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="119" />
            <source>The server ended the session again right after a new login: %1</source>
            <translation>Сервер снова завершил сессию сразу после нового входа: %1</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="211" />
            <source>The login was cancelled.</source>
            <translation>Вход отменён.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="290" />
            <source>%1 answered with a web page, not the BILLmanager API. Check the address and its path (for example https://%1:1500/billmgr).</source>
            <translation>Сервер %1 ответил веб-страницей, а не API BILLmanager. Проверьте адрес и путь (например, https://%1:1500/billmgr).</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="297" />
            <source>The server needs a login step this client does not support yet (for example a one-time code).</source>
            <translation>Сервер требует шаг входа, который этот клиент пока не поддерживает (например, одноразовый код).</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="302" />
            <source>Login failed: %1</source>
            <translation>Ошибка входа: %1</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiontls.cpp" line="125" />
            <source>The certificate of %1 was not trusted.</source>
            <translation>Сертификат %1 не принят как доверенный.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiondownload.cpp" line="49" />
            <source>The document is too large to keep in memory, and no temporary folder can be created for it in %1.</source>
            <translation>Документ слишком велик, чтобы держать его в памяти, а временную папку для него в %1 создать не удалось.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiondownload.cpp" line="67" />
            <location filename="../src/core/net/connectiondownload.cpp" line="132" />
            <source>The document cannot be saved to %1: %2. Nothing was kept.</source>
            <translation>Не удалось сохранить документ в %1: %2. Ничего не сохранено.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiondownload.cpp" line="77" />
            <source>The document is larger than %1, too large to keep in memory: save it to a file instead.</source>
            <translation>Документ больше %1 — слишком велик, чтобы держать его в памяти: сохраните его в файл.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiondownload.cpp" line="122" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::net::ConnectionManager</name>
        <message>
            <location filename="../src/core/net/connectionmanager.cpp" line="114" />
            <source>No password is saved for this account.</source>
            <translation>Для этой учётной записи пароль не сохранён.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::net::ConnectionTester</name>
        <message>
            <location filename="../src/core/net/connectiontester.cpp" line="31" />
            <source>Connected to %1 as %2, %3.</source>
            <translation>Подключено к %1 как %2, %3.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiontester.cpp" line="33" />
            <source>Connected to %1 as %2.</source>
            <translation>Подключено к %1 как %2.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiontester.cpp" line="41" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiontester.cpp" line="48" />
            <source>The server's certificate was not trusted.</source>
            <translation>Сертификат сервера не принят как доверенный.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::net::DownloadSink</name>
        <message>
            <location filename="../src/core/net/downloadsink.cpp" line="21" />
            <location filename="../src/core/net/downloadsink.cpp" line="75" />
            <location filename="../src/core/net/downloadsink.cpp" line="137" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::notify::NotificationPoller</name>
        <message>
            <location filename="../src/core/notify/notificationpoller.cpp" line="80" />
            <location filename="../src/core/notify/notificationpoller.cpp" line="164" />
            <source>This version cannot read the server's notifications.</source>
            <translation>Эта версия не умеет читать уведомления сервера.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::operations::BatchDownload</name>
        <message>
            <location filename="../src/core/operations/batchdownload.cpp" line="35" />
            <source>The folder %1 cannot be created.</source>
            <translation>Не удаётся создать папку %1.</translation>
        </message>
        <message>
            <location filename="../src/core/operations/batchdownload.cpp" line="79" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <location filename="../src/core/operations/batchdownload.cpp" line="81" />
            <location filename="../src/core/operations/batchdownload.cpp" line="88" />
            <source>The server did not send the document.</source>
            <translation>Сервер не прислал документ.</translation>
        </message>
        <message>
            <location filename="../src/core/operations/batchdownload.cpp" line="83" />
            <source>The server answered with data instead of a document.</source>
            <translation>Сервер ответил данными вместо документа.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::operations::OperationsModel</name>
        <message>
            <location filename="../src/core/operations/operationsmodel.cpp" line="133" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::protocol</name>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="122" />
            <source>The reply is not valid JSON at line %1, column %2: %3.</source>
            <translation>Ответ не является корректным JSON (строка %1, столбец %2): %3.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="132" />
            <source>expected %1</source>
            <translation>ожидалось %1</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="152" />
            <source>The reply is not valid UTF-8 at line %1, column %2 (wrong or missing encoding declaration).</source>
            <translation>Ответ не является корректным UTF-8 (строка %1, столбец %2): неверное или отсутствующее объявление кодировки.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="174" />
            <source>unexpected “%1”</source>
            <translation>неожиданное значение «%1»</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="199" />
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="213" />
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="233" />
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="297" />
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="304" />
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="312" />
            <source>a lone UTF-16 surrogate in a \u escape</source>
            <translation>одиночный суррогат UTF-16 в escape-последовательности \u</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="223" />
            <source>a control character inside a string</source>
            <translation>управляющий символ внутри строки</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="268" />
            <source>an invalid escape sequence in a string</source>
            <translation>недопустимая escape-последовательность в строке</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="287" />
            <source>an invalid \u escape in a string</source>
            <translation>недопустимая escape-последовательность \u в строке</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="357" />
            <location filename="../src/core/protocol/replybuilder.cpp" line="182" />
            <source>The reply is nested deeper than the limit of %1 levels.</source>
            <translation>Вложенность ответа превышает предел в %1 уровней.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="406" />
            <source>unexpected data after the end of the document</source>
            <translation>лишние данные после конца документа</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="428" />
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="194" />
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="266" />
            <source>The reply ends prematurely at line %1, column %2: it was cut off.</source>
            <translation>Ответ преждевременно заканчивается (строка %1, столбец %2): он был обрезан.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="446" />
            <source>the document is a bare value, not an object</source>
            <translation>документ — простое значение, а не объект</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replybuilder_error.cpp" line="78" />
            <source>The server reported an error (type “%1”).</source>
            <translation>Сервер сообщил об ошибке (тип «%1»).</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyassembly.cpp" line="34" />
            <source>Not an API reply: it holds no document element.</source>
            <translation>Это не ответ API: в нём нет корневого элемента.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replybuilder_doc.cpp" line="176" />
            <source>The reply describes a page of type “%1”, which this client cannot show.</source>
            <translation>Ответ описывает страницу типа «%1», которую этот клиент не может показать.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replybuilder_doc.cpp" line="187" />
            <source>The reply has an unknown shape (it holds &lt;%1&gt;).</source>
            <translation>Ответ имеет неизвестную структуру (содержит &lt;%1&gt;).</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replybuilder.cpp" line="202" />
            <location filename="../src/core/protocol/replyparser.cpp" line="211" />
            <source>The server sent a web page instead of an API reply (the session may have expired).</source>
            <translation>Сервер прислал веб-страницу вместо ответа API (возможно, сессия истекла).</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replybuilder.cpp" line="207" />
            <source>Not an API reply: the document element is &lt;%1&gt;, not &lt;doc&gt;.</source>
            <translation>Это не ответ API: корневой элемент — &lt;%1&gt;, а не &lt;doc&gt;.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="159" />
            <source>%1 MiB</source>
            <translation>%1 МиБ</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="160" />
            <source>%1 bytes</source>
            <translation>%1 байт</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="206" />
            <source>The server sent an empty reply.</source>
            <translation>Сервер прислал пустой ответ.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="225" />
            <source>Not an API reply: at line %1, column %2 it starts with “%3” instead of XML or JSON.</source>
            <translation>Это не ответ API: в строке %1, столбце %2 он начинается с «%3», а не с XML или JSON.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="262" />
            <source>The reply is larger than the limit of %1; it was refused.</source>
            <translation>Ответ превышает предел в %1; он отклонён.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="282" />
            <source>The reply was already read.</source>
            <translation>Ответ уже прочитан.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="161" />
            <source>The reply declares a document type (DTD) at line %1, which API replies never do; refused for safety.</source>
            <translation>Ответ объявляет тип документа (DTD) в строке %1, чего ответы API никогда не делают; отклонено в целях безопасности.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="187" />
            <source>The reply is not valid text in its character encoding (UTF-8 unless declared) at line %1, column %2: wrong or missing encoding declaration.</source>
            <translation>Ответ не является корректным текстом в своей кодировке (UTF-8, если не объявлена иная) в строке %1, столбце %2: неверное или отсутствующее объявление кодировки.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="200" />
            <source>The reply uses entities in a way that is refused for safety (line %1, column %2).</source>
            <translation>Ответ использует сущности недопустимым образом; отклонено в целях безопасности (строка %1, столбец %2).</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="207" />
            <source>The reply is not well-formed XML at line %1, column %2: %3.</source>
            <translation>Ответ не является корректным XML (строка %1, столбец %2): %3.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="234" />
            <source>The XML parser could not be created.</source>
            <translation>Не удалось создать XML-парсер.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::protocol::MultipartBody</name>
        <message>
            <location filename="../src/core/protocol/multipartbody.cpp" line="121" />
            <source>The file "%1" changed while it was being sent.</source>
            <translation>Файл «%1» изменился во время отправки.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/multipartbody.cpp" line="148" />
            <source>The file "%1" does not exist.</source>
            <translation>Файл «%1» не существует.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/multipartbody.cpp" line="152" />
            <source>The file "%1" cannot be read.</source>
            <translation>Файл «%1» не удаётся прочитать.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/multipartbody.cpp" line="156" />
            <source>The file "%1" changed since it was attached.</source>
            <translation>Файл «%1» изменился после того, как был приложен.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::search::ListSearch</name>
        <message>
            <location filename="../src/core/search/listsearch.cpp" line="79" />
            <source>The server did not send the filter form.</source>
            <translation>Сервер не прислал форму фильтра.</translation>
        </message>
    </context>
</TS>
