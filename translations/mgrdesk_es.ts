<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Account</name>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="34" />
            <source>Enter the server address, for example https://billing.example.com:1500/billmgr.</source>
            <translation>Introduzca la dirección del servidor, por ejemplo https://billing.example.com:1500/billmgr.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="38" />
            <source>The server address must not contain spaces.</source>
            <translation>La dirección del servidor no debe contener espacios.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="47" />
            <source>“%1” is not a valid server address.</source>
            <translation>«%1» no es una dirección de servidor válida.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="52" />
            <source>The server address must start with https:// (the scheme “%1” is not supported).</source>
            <translation>La dirección del servidor debe empezar por https:// (el esquema «%1» no es compatible).</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="57" />
            <source>The server address has no host name.</source>
            <translation>La dirección del servidor no tiene nombre de host.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="61" />
            <source>Do not put a user name or password in the server address; use the fields below.</source>
            <translation>No ponga un nombre de usuario ni una contraseña en la dirección del servidor; use los campos de abajo.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="65" />
            <source>The server address must not contain “?” or “#”; enter only the panel's address.</source>
            <translation>La dirección del servidor no debe contener «?» ni «#»; introduzca solo la dirección del panel.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="87" />
            <source>This address is not encrypted (http://): your password and data will cross the network in clear text. Use https:// unless the server is on this computer.</source>
            <translation>Esta dirección no está cifrada (http://): su contraseña y sus datos viajarán por la red en texto claro. Use https:// salvo que el servidor esté en este equipo.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="98" />
            <source>Give the account a name.</source>
            <translation>Asigne un nombre a la cuenta.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="111" />
            <source>Enter the user name to log in with.</source>
            <translation>Introduzca el nombre de usuario para iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="113" />
            <source>The user name must not begin or end with a space.</source>
            <translation>El nombre de usuario no debe empezar ni terminar con un espacio.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="116" />
            <source>With the “authinfo” login method the user name must not contain “:”.</source>
            <translation>Con el método de inicio de sesión «authinfo», el nombre de usuario no debe contener «:».</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="121" />
            <source>“%1” is not a language code; use a code such as “en” or “ru”, or leave it empty.</source>
            <translation>«%1» no es un código de idioma; use un código como «en» o «ru», o déjelo vacío.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="125" />
            <source>The user to act as must not contain spaces.</source>
            <translation>El usuario en cuyo nombre se actúa no debe contener espacios.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="144" />
            <source>No tag</source>
            <translation>Sin etiqueta</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="146" />
            <source>Production</source>
            <translation>Producción</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="148" />
            <source>Staging</source>
            <translation>Preproducción</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="150" />
            <source>Test</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="200" />
            <source>Session (log in once)</source>
            <translation>Sesión (iniciar sesión una vez)</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/account.cpp" line="202" />
            <source>Credentials on every request (authinfo)</source>
            <translation>Credenciales en cada solicitud (authinfo)</translation>
        </message>
    </context>
    <context>
        <name>AccountEditDialog</name>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="14" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="17" />
            <source>Account settings</source>
            <translation>Configuración de la cuenta</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="25" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="35" />
            <source>Account name</source>
            <translation>Nombre de la cuenta</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="38" />
            <source>A name for this account, e.g. “Production billing”</source>
            <translation>Un nombre para esta cuenta, p. ej. «Facturación de producción»</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="45" />
            <source>&amp;Server address:</source>
            <translation>&amp;Dirección del servidor:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="55" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="58" />
            <source>https://billing.example.com:1500/billmgr — a bare host name gets port 1500 and /billmgr</source>
            <translation>https://billing.example.com:1500/billmgr — a un nombre de host sin más se le añaden el puerto 1500 y /billmgr</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="61" />
            <source>https://billing.example.com</source>
            <translation>https://billing.example.com</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="68" />
            <source>&amp;User name:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="78" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="81" />
            <source>The panel user to log in as</source>
            <translation>El usuario del panel con el que iniciar sesión</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="88" />
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="98" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="101" />
            <source>Leave empty to be asked when connecting; when editing, empty keeps the saved password</source>
            <translation>Déjela vacía para que se pida al conectar; al editar, vacía conserva la contraseña guardada</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="111" />
            <source>Remember the password in the keychain</source>
            <translation>Recordar la contraseña en el llavero</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="114" />
            <source>Save the password in the system keychain (never in a file)</source>
            <translation>Guardar la contraseña en el llavero del sistema (nunca en un archivo)</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="117" />
            <source>&amp;Remember the password in the keychain</source>
            <translation>&amp;Recordar la contraseña en el llavero</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="127" />
            <source>Login &amp;method:</source>
            <translation>&amp;Método de inicio de sesión:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="137" />
            <source>Login method</source>
            <translation>Método de inicio de sesión</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="140" />
            <source>Session: log in once and keep a session; authinfo: send the credentials with every request</source>
            <translation>Sesión: iniciar sesión una vez y mantenerla; authinfo: enviar las credenciales en cada solicitud</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="147" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="157" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="160" />
            <source>The language the server answers in; empty means the application's language</source>
            <translation>El idioma en que responde el servidor; vacío significa el idioma de la aplicación</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="170" />
            <source>&amp;Environment:</source>
            <translation>&amp;Entorno:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="180" />
            <source>Environment tag</source>
            <translation>Etiqueta de entorno</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="183" />
            <source>A colour that marks the account everywhere, e.g. red for production</source>
            <translation>Un color que marca la cuenta en todas partes, p. ej. rojo para producción</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="190" />
            <source>Act &amp;as user:</source>
            <translation>&amp;Actuar como usuario:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="200" />
            <source>Act as user</source>
            <translation>Actuar como usuario</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="203" />
            <source>Optional: run every request as this user (su); empty means yourself</source>
            <translation>Opcional: ejecutar cada solicitud como este usuario (su); vacío significa usted mismo</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="210" />
            <source>Certificate:</source>
            <translation>Certificado:</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="219" />
            <source>None trusted yet</source>
            <translation>Ninguno de confianza todavía</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="225" />
            <source>Trusted certificate</source>
            <translation>Certificado de confianza</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="235" />
            <source>&amp;Forget</source>
            <translation>&amp;Olvidar</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="238" />
            <source>Forget the trusted certificate</source>
            <translation>Olvidar el certificado de confianza</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="241" />
            <source>The next connection asks again whether to trust the server's certificate</source>
            <translation>La próxima conexión volverá a preguntar si se confía en el certificado del servidor</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="258" />
            <source>Problems with the account</source>
            <translation>Problemas con la cuenta</translation>
        </message>
        <message>
            <location filename="../forms/accounteditdialog.ui" line="278" />
            <source>Save or cancel</source>
            <translation>Guardar o cancelar</translation>
        </message>
    </context>
    <context>
        <name>AccountManagerDialog</name>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="9" />
            <location filename="../forms/accountmanagerdialog.ui" line="25" />
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="12" />
            <source>Account manager</source>
            <translation>Administrador de cuentas</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="17" />
            <source>&amp;Accounts:</source>
            <translation>&amp;Cuentas:</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="26" />
            <source>The servers and users mgrdesk connects to, in the order shown in the main window</source>
            <translation>Los servidores y usuarios a los que se conecta mgrdesk, en el orden en que aparecen en la ventana principal</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="34" />
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="35" />
            <source>Add an account</source>
            <translation>Añadir una cuenta</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="40" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="41" />
            <source>Edit the selected account</source>
            <translation>Editar la cuenta seleccionada</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="46" />
            <source>&amp;Remove…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="47" />
            <source>Remove the selected account</source>
            <translation>Eliminar la cuenta seleccionada</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="52" />
            <source>Move &amp;Up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="53" />
            <source>Move the selected account up</source>
            <translation>Subir la cuenta seleccionada</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="58" />
            <source>Move &amp;Down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="59" />
            <source>Move the selected account down</source>
            <translation>Bajar la cuenta seleccionada</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="64" />
            <source>&amp;Test Connection</source>
            <translation>&amp;Probar conexión</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="65" />
            <source>Test the connection of the selected account</source>
            <translation>Probar la conexión de la cuenta seleccionada</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="81" />
            <source>Connection test result</source>
            <translation>Resultado de la prueba de conexión</translation>
        </message>
        <message>
            <location filename="../forms/accountmanagerdialog.ui" line="88" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <location filename="../forms/passwordprompt.ui" line="9" />
            <location filename="../forms/passwordprompt.ui" line="41" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="12" />
            <source>Password required</source>
            <translation>Se requiere la contraseña</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="19" />
            <source>Why the password is needed</source>
            <translation>Por qué se necesita la contraseña</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="27" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="34" />
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="48" />
            <source>&amp;Show the password</source>
            <translation>&amp;Mostrar la contraseña</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="49" />
            <source>Show the password</source>
            <translation>Mostrar la contraseña</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="54" />
            <source>&amp;Remember in the keychain</source>
            <translation>&amp;Recordar en el llavero</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="55" />
            <source>Remember the password in the keychain</source>
            <translation>Recordar la contraseña en el llavero</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="63" />
            <source>Keychain status</source>
            <translation>Estado del llavero</translation>
        </message>
        <message>
            <location filename="../forms/passwordprompt.ui" line="69" />
            <source>Log in or cancel</source>
            <translation>Iniciar sesión o cancelar</translation>
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
            <translation>Servidor de demostración</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="86" />
            <source>Desktop client for BILLmanager</source>
            <translation>Cliente de escritorio para BILLmanager</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="90" />
            <source>Add (or update) the account “Demo server” for &lt;url&gt; with user admin and password “demo” (kept in memory only), and select it.</source>
            <translation>Añadir (o actualizar) la cuenta «Servidor de demostración» para &lt;url&gt; con el usuario admin y la contraseña «demo» (solo en memoria), y seleccionarla.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="95" />
            <source>Keep accounts and window state in &lt;file&gt; (INI) instead of the default settings.</source>
            <translation>Guardar las cuentas y el estado de la ventana en &lt;file&gt; (INI) en lugar de la configuración predeterminada.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="102" />
            <source>A link to open: mgrdesk://open?url=…, mgrdesk:https://…, or a web interface address.</source>
            <translation>Enlace que abrir: mgrdesk://open?url=…, mgrdesk:https://… o una dirección de la interfaz web.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="141" />
            <source>Open Link…</source>
            <translation>Abrir enlace…</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::accounts::AccountStore</name>
        <message>
            <location filename="../src/core/accounts/accountstore.cpp" line="176" />
            <source>Could not save the accounts to %1.</source>
            <translation>No se pudieron guardar las cuentas en %1.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::accounts::AuditTrail</name>
        <message>
            <location filename="../src/core/accounts/audittrail.cpp" line="81" />
            <source>Cannot write the audit trail %1: %2</source>
            <translation>No se puede escribir el registro de auditoría %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/audittrail.cpp" line="136" />
            <location filename="../src/core/accounts/audittrail.cpp" line="142" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::accounts::CredentialStore</name>
        <message>
            <location filename="../src/core/accounts/credentialstore.cpp" line="105" />
            <source>No password is saved for this account.</source>
            <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/credentialstore.cpp" line="115" />
            <source>No secure password store is available (%1). Passwords will be asked for in each session and never saved.</source>
            <translation>No hay ningún almacén seguro de contraseñas disponible (%1). Las contraseñas se pedirán en cada sesión y nunca se guardarán.</translation>
        </message>
        <message>
            <location filename="../src/core/accounts/credentialstore.cpp" line="123" />
            <source>The saved password could not be removed from the keychain: %1</source>
            <translation>No se pudo eliminar la contraseña guardada del llavero: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/accounts/credentialstore.cpp" line="135" />
            <source>The password store did not answer within %n second(s) (is the keyring locked?). Passwords will be asked for in each session and never saved.</source>
            <translation>
                <numerusform>El almacén de contraseñas no respondió en %n segundo (¿está bloqueado el llavero?). Las contraseñas se pedirán en cada sesión y nunca se guardarán.</numerusform>
                <numerusform>El almacén de contraseñas no respondió en %n segundos (¿está bloqueado el llavero?). Las contraseñas se pedirán en cada sesión y nunca se guardarán.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::alerts::AlertCenter</name>
        <message numerus="yes">
            <location filename="../src/core/alerts/alertcenter.cpp" line="79" />
            <source>%1: %n new</source>
            <translation>
                <numerusform>%1: %n nuevo</numerusform>
                <numerusform>%1: %n nuevos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/core/alerts/alertcenter.cpp" line="98" />
            <source>%1 on %2</source>
            <translation>%1 en %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::app::LinkHandler</name>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="60" />
            <location filename="../src/app/linkhandler.cpp" line="86" />
            <location filename="../src/app/linkhandler.cpp" line="126" />
            <source>Open Link</source>
            <translation>Abrir enlace</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="61" />
            <source>A link from the web interface, a mgrdesk: link or a line of the server log:</source>
            <translation>Un enlace de la interfaz web, un enlace mgrdesk: o una línea del registro del servidor:</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="98" />
            <source>This link cannot be opened: %1</source>
            <translation>No se puede abrir este enlace: %1</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="105" />
            <source>Add an account first: the log line does not say which server it comes from.</source>
            <translation>Añada primero una cuenta: la línea del registro no dice de qué servidor procede.</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="113" />
            <source>No account is set up for %1. Add it under Accounts, then open the link again.</source>
            <translation>No hay ninguna cuenta configurada para %1. Añádala en Cuentas y vuelva a abrir el enlace.</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="123" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/app/linkhandler.cpp" line="128" />
            <source>Several accounts use %1. Open the link with:</source>
            <translation>Varias cuentas usan %1. Abrir el enlace con:</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::cli</name>
        <message>
            <location filename="../src/cli/decode.cpp" line="294" />
            <source>--format needs a value</source>
            <translation>--format necesita un valor</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="90" />
            <source>no accounts yet (mgrdesk-cli accounts add, or the app's Accounts window)</source>
            <translation>todavía no hay cuentas (mgrdesk-cli accounts add, o la ventana Cuentas de la aplicación)</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="93" />
            <source>NAME</source>
            <translation>NOMBRE</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="93" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="93" />
            <source>USER</source>
            <translation>USUARIO</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="93" />
            <source>PASSWORD</source>
            <translation>CONTRASEÑA</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="94" />
            <source>PINNED CERTIFICATE (SHA-256)</source>
            <translation>CERTIFICADO FIJADO (SHA-256)</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="123" />
            <source>there is no password option: it is asked for (or read from MGRDESK_PASSWORD or standard input)</source>
            <translation>no hay opción de contraseña: se pide (o se lee de MGRDESK_PASSWORD o de la entrada estándar)</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="126" />
            <location filename="../src/cli/accountscommand.cpp" line="204" />
            <source>%1 needs a value</source>
            <translation>%1 necesita un valor</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="139" />
            <location filename="../src/cli/accountscommand.cpp" line="227" />
            <location filename="../src/cli/decode.cpp" line="303" />
            <source>unknown option “%1”</source>
            <translation>opción desconocida «%1»</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="151" />
            <source>an account named “%1” exists already</source>
            <translation>ya existe una cuenta llamada «%1»</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="154" />
            <location filename="../src/cli/callcommand.cpp" line="85" />
            <location filename="../src/cli/callcommand.cpp" line="102" />
            <source>Password for %1@%2: </source>
            <translation>Contraseña de %1@%2: </translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="156" />
            <source>no password given (type it at the prompt, or set MGRDESK_PASSWORD, or pipe it on standard input)</source>
            <translation>no se indicó ninguna contraseña (escríbala cuando se pida, defina MGRDESK_PASSWORD o pásela por la entrada estándar)</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="160" />
            <source>the keychain did not store the password, so the account was not added: %1</source>
            <translation>el llavero no guardó la contraseña, así que la cuenta no se añadió: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="166" />
            <location filename="../src/cli/accountscommand.cpp" line="187" />
            <source>cannot write the settings file %1</source>
            <translation>no se puede escribir el archivo de configuración %1</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="172" />
            <source>added %1 (%2@%3); the password is in the keychain</source>
            <translation>se añadió %1 (%2@%3); la contraseña está en el llavero</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="185" />
            <source>the keychain did not remove the password: %1</source>
            <translation>el llavero no eliminó la contraseña: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="190" />
            <source>removed %1</source>
            <translation>se eliminó %1</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="212" />
            <source>unknown format “%1” (text or json)</source>
            <translation>formato desconocido «%1» (text o json)</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="218" />
            <source>accounts needs list, add or remove</source>
            <translation>accounts necesita list, add o remove</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="234" />
            <source>accounts remove takes one account name</source>
            <translation>accounts remove admite un solo nombre de cuenta</translation>
        </message>
        <message>
            <location filename="../src/cli/accountscommand.cpp" line="237" />
            <source>unknown accounts action “%1” (list, add or remove)</source>
            <translation>acción de accounts desconocida «%1» (list, add o remove)</translation>
        </message>
        <message>
            <location filename="../src/cli/decode.cpp" line="305" />
            <source>only one FILE can be decoded</source>
            <translation>solo se puede decodificar un ARCHIVO</translation>
        </message>
        <message>
            <location filename="../src/cli/decode.cpp" line="319" />
            <source>unknown format “%1” (auto, xml or json)</source>
            <translation>formato desconocido «%1» (auto, xml o json)</translation>
        </message>
        <message>
            <location filename="../src/cli/decode.cpp" line="324" />
            <source>no FILE given</source>
            <translation>no se indicó ningún ARCHIVO</translation>
        </message>
        <message>
            <location filename="../src/cli/decode.cpp" line="331" />
            <location filename="../src/cli/decode.cpp" line="339" />
            <source>cannot read %1: %2</source>
            <translation>no se puede leer %1: %2</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="24" />
            <source>usage:</source>
            <translation>uso:</translation>
        </message>
        <message>
            <location filename="../src/cli/main.cpp" line="75" />
            <source>mgrdesk-cli: unknown command “%1”</source>
            <translation>mgrdesk-cli: orden desconocida «%1»</translation>
        </message>
        <message>
            <location filename="../src/cli/appstores.cpp" line="42" />
            <source>no account named “%1” (mgrdesk-cli accounts list shows them)</source>
            <translation>no hay ninguna cuenta llamada «%1» (mgrdesk-cli accounts list las muestra)</translation>
        </message>
        <message>
            <location filename="../src/cli/appstores.cpp" line="45" />
            <source>several accounts are named “%1”: give its exact name</source>
            <translation>varias cuentas se llaman «%1»: indique su nombre exacto</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="45" />
            <source>--cacert %1: no PEM or DER certificate in it</source>
            <translation>--cacert %1: no contiene ningún certificado PEM ni DER</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="46" />
            <source>--cacert %1: no such file</source>
            <translation>--cacert %1: el archivo no existe</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="83" />
            <source>the keychain did not give the password (%1)</source>
            <translation>el llavero no entregó la contraseña (%1)</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="105" />
            <source>no password: none is stored for this account; set MGRDESK_PASSWORD or give it on standard input</source>
            <translation>no hay contraseña: no hay ninguna guardada para esta cuenta; defina MGRDESK_PASSWORD o pásela por la entrada estándar</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="118" />
            <source>acting as %1 (su)</source>
            <translation>actuando como %1 (su)</translation>
        </message>
        <message>
            <location filename="../src/cli/callcommand.cpp" line="128" />
            <location filename="../src/cli/callcommand.cpp" line="150" />
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
        <message>
            <location filename="../src/cli/replyprinter.cpp" line="224" />
            <source>the column “%1” first appeared after the CSV header was written; it is left out</source>
            <translation>la columna «%1» apareció después de escribir la cabecera CSV; se omite</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::cli::CallOptions</name>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="83" />
            <source>there is no password option: the password comes from the keychain, MGRDESK_PASSWORD or standard input</source>
            <translation>no hay opción de contraseña: la contraseña viene del llavero, de MGRDESK_PASSWORD o de la entrada estándar</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="89" />
            <source>unknown option “%1”</source>
            <translation>opción desconocida «%1»</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="94" />
            <source>%1 needs a value</source>
            <translation>%1 necesita un valor</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="119" />
            <source>--timeout takes a number of seconds (1–86400)</source>
            <translation>--timeout admite un número de segundos (1–86400)</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="125" />
            <source>unknown format “%1” (text, csv or json)</source>
            <translation>formato desconocido «%1» (text, csv o json)</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="133" />
            <source>the function comes first, then name=value parameters</source>
            <translation>primero va la función y después los parámetros nombre=valor</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="141" />
            <source>“%1” is not a name=value parameter</source>
            <translation>«%1» no es un parámetro nombre=valor</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="146" />
            <source>give the function as the first argument, not as func=</source>
            <translation>indique la función como primer argumento, no como func=</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="151" />
            <source>mgrdesk-cli logs in by itself: do not pass %1=</source>
            <translation>mgrdesk-cli inicia sesión por sí mismo: no pase %1=</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="155" />
            <source>use --su LOGIN instead of su=</source>
            <translation>use --su USUARIO en lugar de su=</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="163" />
            <source>no function given</source>
            <translation>no se indicó ninguna función</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="167" />
            <source>mgrdesk-cli logs in by itself: func=auth cannot be called</source>
            <translation>mgrdesk-cli inicia sesión por sí mismo: no se puede llamar a func=auth</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="172" />
            <source>give either --account or --url with --user, not both</source>
            <translation>indique --account o bien --url con --user, no ambos</translation>
        </message>
        <message>
            <location filename="../src/cli/calloptions.cpp" line="176" />
            <source>give --account NAME, or --url URL with --user LOGIN</source>
            <translation>indique --account NOMBRE, o --url URL con --user USUARIO</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::cli::CallSession</name>
        <message>
            <location filename="../src/cli/callsession.cpp" line="82" />
            <source>%1 asks for a second login step.</source>
            <translation>%1 pide un segundo paso de inicio de sesión.</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="94" />
            <source>no answer for %1: the login was given up</source>
            <translation>sin respuesta para %1: se abandonó el inicio de sesión</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="109" />
            <source>the login step failed</source>
            <translation>falló el paso de inicio de sesión</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="121" />
            <source>the certificate of %1 is not the one pinned for this account (%2). SHA-256 fingerprint: %3. If the server's certificate was replaced, trust the new one in mgrdesk, or pass it with --cacert FILE.</source>
            <translation>el certificado de %1 no es el fijado para esta cuenta (%2). Huella SHA-256: %3. Si se sustituyó el certificado del servidor, confíe en el nuevo en mgrdesk o páselo con --cacert ARCHIVO.</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="124" />
            <source>the certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3. If this is your server's certificate, trust it in mgrdesk (the account's connection test) or pass it with --cacert FILE.</source>
            <translation>el certificado de %1 no es de confianza (%2). Huella SHA-256: %3. Si es el certificado de su servidor, confíe en él en mgrdesk (la prueba de conexión de la cuenta) o páselo con --cacert ARCHIVO.</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="149" />
            <source>(The request may have been carried out.)</source>
            <translation>(Es posible que la petición se haya ejecutado.)</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="158" />
            <source>the server sent a file (%1, %2 bytes): write it with --output FILE or a pipe</source>
            <translation>el servidor envió un archivo (%1, %2 bytes): escríbalo con --output FILE o una tubería</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="165" />
            <location filename="../src/cli/callsession.cpp" line="181" />
            <source>cannot write the output</source>
            <translation>no se puede escribir la salida</translation>
        </message>
        <message>
            <location filename="../src/cli/callsession.cpp" line="195" />
            <source>%1 of %2 rows (one page); --all fetches every page</source>
            <translation>%1 de %2 filas (una página); --all obtiene todas las páginas</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::documents</name>
        <message>
            <location filename="../src/core/documents/filecopy.cpp" line="24" />
            <location filename="../src/core/documents/filecopy.cpp" line="37" />
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/documents/filecopy.cpp" line="27" />
            <location filename="../src/core/documents/filecopy.cpp" line="34" />
            <location filename="../src/core/documents/filecopy.cpp" line="39" />
            <source>Cannot save %1: %2</source>
            <translation>No se puede guardar %1: %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::AccessLevel</name>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="26" />
            <source>client</source>
            <translation>cliente</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="29" />
            <source>reseller</source>
            <translation>revendedor</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="32" />
            <source>department</source>
            <translation>departamento</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="35" />
            <source>administrator</source>
            <translation>administrador</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="38" />
            <source>superuser</source>
            <translation>superusuario</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="41" />
            <source>level %1</source>
            <translation>nivel %1</translation>
        </message>
        <message>
            <location filename="../src/core/net/accountconnection.cpp" line="43" />
            <source>%1 (level %2)</source>
            <translation>%1 (nivel %2)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::AccountAlertsPage</name>
        <message>
            <location filename="../src/gui/preferences/accountalertspage.cpp" line="79" />
            <source>Alerts for this account</source>
            <translation>Avisos de esta cuenta</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/accountalertspage.cpp" line="80" />
            <source>Own quiet hours from</source>
            <translation>Horas de silencio propias desde</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/accountalertspage.cpp" line="81" />
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/accountalertspage.cpp" line="82" />
            <source>Each account follows the settings above unless it is switched off here or has quiet hours of its own.</source>
            <translation>Cada cuenta sigue la configuración de arriba salvo que aquí se desactive o tenga sus propias horas de silencio.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::AccountEditDialog</name>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="25" />
            <source>Add Account</source>
            <translation>Añadir cuenta</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="25" />
            <source>Edit Account — %1</source>
            <translation>Editar cuenta — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="40" />
            <source>Application language</source>
            <translation>Idioma de la aplicación</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="41" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="52" />
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="56" />
            <source>No keychain: the password is kept only until mgrdesk quits</source>
            <translation>Sin llavero: la contraseña se conserva solo hasta que se cierre mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="64" />
            <source>I understand that the password and the session travel unencrypted to this server</source>
            <translation>Entiendo que la contraseña y la sesión viajan sin cifrar a este servidor</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="101" />
            <source>Connects to %1</source>
            <translation>Se conecta a %1</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="108" />
            <source>None trusted yet (the first connection asks)</source>
            <translation>Ninguno de confianza todavía (la primera conexión preguntará)</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="115" />
            <source>%1, SHA-256 %2</source>
            <translation>%1, SHA-256 %2</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="173" />
            <source>Press OK again to save anyway.</source>
            <translation>Pulse Aceptar de nuevo para guardar de todos modos.</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accounteditdialog.cpp" line="204" />
            <source>This address is not encrypted (http://): the password and the session would travel in clear. Use https://, or confirm below for this account.</source>
            <translation>Esta dirección no está cifrada (http://): la contraseña y la sesión viajarían en claro. Use https:// o confirme abajo para esta cuenta.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::AccountManagerDialog</name>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="113" />
            <source>%1 on %2</source>
            <comment>user on server</comment>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="186" />
            <source>The password was not saved in the keychain: %1</source>
            <translation>La contraseña no se guardó en el llavero: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="196" />
            <source>Remove Account</source>
            <translation>Eliminar cuenta</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="197" />
            <source>Remove the account “%1” (%2 on %3)?
Its saved password is deleted from the keychain; the account on the server is not touched.</source>
            <translation>¿Eliminar la cuenta «%1» (%2 en %3)?
Su contraseña guardada se borra del llavero; la cuenta en el servidor no se modifica.</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="229" />
            <source>Testing the connection to %1…</source>
            <translation>Probando la conexión con %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="236" />
            <source>The password is needed to test the connection.</source>
            <translation>Se necesita la contraseña para probar la conexión.</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="246" />
            <source>Connection test cancelled.</source>
            <translation>Prueba de conexión cancelada.</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="279" />
            <source>Connection failed: %1</source>
            <translation>Error de conexión: %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ActAsDialog</name>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="19" />
            <source>Act as…</source>
            <translation>Actuar como…</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="20" />
            <source>Act as another user</source>
            <translation>Actuar como otro usuario</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="23" />
            <source>Open a tab that works with the rights of another user. Every request from it carries that user's login; closing the tab ends it.</source>
            <translation>Abre una pestaña que trabaja con los permisos de otro usuario. Cada solicitud desde ella lleva el inicio de sesión de ese usuario; al cerrar la pestaña se termina.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="28" />
            <source>&amp;Login:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="30" />
            <source>Login to act as</source>
            <translation>Usuario como el que actuar</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="31" />
            <source>e.g. client1</source>
            <translation>p. ej. client1</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="38" />
            <source>Login problem</source>
            <translation>Problema con el usuario</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="41" />
            <source>&amp;Act as</source>
            <translation>&amp;Actuar como</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="101" />
            <source>The selected row names no user.</source>
            <translation>La fila seleccionada no indica ningún usuario.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="117" />
            <source>The server did not send the list of users.</source>
            <translation>El servidor no envió la lista de usuarios.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="130" />
            <source>No user of the client %1 was found.</source>
            <translation>No se encontró ningún usuario del cliente %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="138" />
            <source>Type the login of the user to act as.</source>
            <translation>Escriba el usuario como el que desea actuar.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="140" />
            <source>A login is at most 128 characters long.</source>
            <translation>Un nombre de usuario tiene como máximo 128 caracteres.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="143" />
            <source>A login has no spaces.</source>
            <translation>Un nombre de usuario no tiene espacios.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/actasdialog.cpp" line="145" />
            <source>The login contains a control character.</source>
            <translation>El nombre de usuario contiene un carácter de control.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ActivityIndicator</name>
        <message>
            <location filename="../src/gui/mainwindow/activityindicator.cpp" line="69" />
            <source>Running requests</source>
            <translation>Solicitudes en curso</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/mainwindow/activityindicator.cpp" line="105" />
            <source>%1: %n request(s) running</source>
            <translation>
                <numerusform>%1: %n solicitud en curso</numerusform>
                <numerusform>%1: %n solicitudes en curso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/mainwindow/activityindicator.cpp" line="108" />
            <source>%n request(s) running</source>
            <translation>
                <numerusform>%n solicitud en curso</numerusform>
                <numerusform>%n solicitudes en curso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/mainwindow/activityindicator.cpp" line="110" />
            <source>%n request(s) running for other accounts</source>
            <translation>
                <numerusform>%n solicitud en curso para otras cuentas</numerusform>
                <numerusform>%n solicitudes en curso para otras cuentas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::AuditTrailDialog</name>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="19" />
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="20" />
            <source>Impersonation audit trail</source>
            <translation>Registro de auditoría de suplantación</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Logged in as</source>
            <translation>Sesión iniciada como</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Acting as</source>
            <translation>Actuando como</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Function</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="30" />
            <source>Audit entries</source>
            <translation>Entradas de auditoría</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="33" />
            <source>Audit trail status</source>
            <translation>Estado del registro de auditoría</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="36" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="37" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="58" />
            <source>%n entry(ies).</source>
            <translation>
                <numerusform>%n entrada.</numerusform>
                <numerusform>%n entradas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="65" />
            <source>Exported to %1.</source>
            <translation>Exportado a %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="73" />
            <source>Export the audit trail</source>
            <translation>Exportar el registro de auditoría</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/audittraildialog.cpp" line="73" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::BrowserLogin</name>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="45" />
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="64" />
            <source>The account is not connected.</source>
            <translation>La cuenta no está conectada.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="49" />
            <source>Open the web interface in your browser, logged in as %1?

A one-time login key is created for %1; it works once and expires after an hour.</source>
            <translation>¿Abrir la interfaz web en su navegador, con la sesión iniciada como %1?

Se crea una clave de acceso de un solo uso para %1; funciona una vez y caduca al cabo de una hora.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="52" />
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="73" />
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="80" />
            <source>Open in browser</source>
            <translation>Abrir en el navegador</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="57" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="72" />
            <source>Cannot open the web interface as %1: %2</source>
            <translation>No se puede abrir la interfaz web como %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/browserlogin.cpp" line="79" />
            <source>The system could not open a browser.</source>
            <translation>El sistema no pudo abrir un navegador.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::CertificateDialog</name>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="69" />
            <source>the server</source>
            <translation>el servidor</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="70" />
            <source>Certificate changed</source>
            <translation>El certificado ha cambiado</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="70" />
            <source>Untrusted certificate</source>
            <translation>Certificado no fiable</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="82" />
            <source>The certificate of %1 has CHANGED since you trusted it.</source>
            <translation>El certificado de %1 ha CAMBIADO desde que confió en él.</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="84" />
            <source>The certificate of %1 cannot be verified.</source>
            <translation>No se puede verificar el certificado de %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="86" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="93" />
            <source>The server now presents a different certificate. This happens when an administrator renews it, but it can also mean that someone is intercepting the connection. Compare the fingerprint with the one the server's administrator gives you before you trust it.</source>
            <translation>El servidor presenta ahora un certificado distinto. Esto ocurre cuando un administrador lo renueva, pero también puede significar que alguien está interceptando la conexión. Compare la huella digital con la que le facilite el administrador del servidor antes de confiar en él.</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="98" />
            <source>No certificate authority known to this computer vouches for it (panels on port 1500 usually use a self-signed certificate). Compare the fingerprint with the one the server's administrator gives you. If you trust it, mgrdesk will accept exactly this certificate for this account.</source>
            <translation>Ninguna autoridad de certificación conocida por este equipo lo avala (los paneles en el puerto 1500 suelen usar un certificado autofirmado). Compare la huella digital con la que le facilite el administrador del servidor. Si confía en él, mgrdesk aceptará exactamente este certificado para esta cuenta.</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="103" />
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="107" />
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="109" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="110" />
            <source>Subject:</source>
            <translation>Sujeto:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="110" />
            <source>Subject</source>
            <translation>Sujeto</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="111" />
            <source>Issuer:</source>
            <translation>Emisor:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="111" />
            <source>Issuer</source>
            <translation>Emisor</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="114" />
            <source>from %1 until %2</source>
            <translation>del %1 al %2</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="117" />
            <source>Valid:</source>
            <translation>Válido:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="117" />
            <source>Validity</source>
            <translation>Validez</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="118" />
            <source>SHA-256 fingerprint</source>
            <translation>Huella digital SHA-256</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="120" />
            <source>SHA-256 fingerprint:</source>
            <translation>Huella digital SHA-256:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="128" />
            <source>Problems:</source>
            <translation>Problemas:</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="130" />
            <source>Verification problems</source>
            <translation>Problemas de verificación</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="135" />
            <source>Cancel: do not trust the certificate</source>
            <translation>Cancelar: no confiar en el certificado</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="137" />
            <source>&amp;Trust the new certificate</source>
            <translation>&amp;Confiar en el nuevo certificado</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="137" />
            <source>&amp;Trust this certificate</source>
            <translation>&amp;Confiar en este certificado</translation>
        </message>
        <message>
            <location filename="../src/gui/tls/certificatedialog.cpp" line="139" />
            <source>Trust this certificate for this account</source>
            <translation>Confiar en este certificado para esta cuenta</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ClientCardBlock</name>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="49" />
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="50" />
            <source>Refresh %1</source>
            <translation>Actualizar: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="56" />
            <source>Open list</source>
            <translation>Abrir la lista</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="57" />
            <source>Open the whole list, filtered to this client</source>
            <translation>Abrir la lista completa, filtrada por este cliente</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="125" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="174" />
            <source>The server's answer is not a list.</source>
            <translation>La respuesta del servidor no es una lista.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="194" />
            <source>No records</source>
            <translation>No hay registros</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="196" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="206" />
            <source>The list could not be loaded.</source>
            <translation>No se pudo cargar la lista.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardblock.cpp" line="208" />
            <source>Not loaded</source>
            <translation>No cargado</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ClientCardClient</name>
        <message>
            <location filename="../src/gui/clientcard/clientcardclient.cpp" line="31" />
            <source>The server's answer does not describe the client.</source>
            <translation>La respuesta del servidor no describe al cliente.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardclient.cpp" line="46" />
            <source>No client was given.</source>
            <translation>No se indicó ningún cliente.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardclient.cpp" line="66" />
            <source>The user %1 belongs to no client.</source>
            <translation>El usuario %1 no pertenece a ningún cliente.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardclient.cpp" line="88" />
            <source>Client %1</source>
            <translation>Cliente %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ClientCardPage</name>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="30" />
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="32" />
            <source>Virtual servers</source>
            <translation>Servidores virtuales</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="34" />
            <source>Domains</source>
            <translation>Dominios</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="36" />
            <source>Payments</source>
            <translation>Pagos</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="38" />
            <source>Invoices</source>
            <translation>Facturas</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="40" />
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="42" />
            <source>Recent actions</source>
            <translation>Acciones recientes</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="82" />
            <source>&amp;Login:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="120" />
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="203" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="147" />
            <source>The client's user that Act as, Open in browser and the action log use</source>
            <translation>El usuario del cliente que usan «Actuar como», «Abrir en el navegador» y el registro de acciones</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="156" />
            <source>&amp;Act as</source>
            <translation>&amp;Actuar como</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="157" />
            <source>Open a tab acting as this user (su)</source>
            <translation>Abrir una pestaña actuando como este usuario (su)</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="158" />
            <source>Open in &amp;browser</source>
            <translation>Abrir en el &amp;navegador</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="159" />
            <source>Open the web interface in your browser, logged in as this user</source>
            <translation>Abrir la interfaz web en su navegador con la sesión de este usuario</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="161" />
            <source>&amp;User…</source>
            <translation>&amp;Usuario…</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="161" />
            <source>Edit this user (user.edit)</source>
            <translation>Editar este usuario (user.edit)</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="162" />
            <source>&amp;Client…</source>
            <translation>&amp;Cliente…</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="163" />
            <source>Edit the client (account.edit)</source>
            <translation>Editar el cliente (account.edit)</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="164" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="165" />
            <source>Read the client and every list again</source>
            <translation>Volver a leer el cliente y todas las listas</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="204" />
            <source>Reading the client…</source>
            <translation>Leyendo el cliente…</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="213" />
            <source>Client #%1</source>
            <translation>Cliente n.º %1</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="214" />
            <source>Client #%1 · %2</source>
            <translation>Cliente n.º %1 · %2</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="215" />
            <source>Balance: %1</source>
            <translation>Saldo: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="218" />
            <source>Client — %1</source>
            <translation>Cliente — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="231" />
            <source>The client could not be read: %1</source>
            <translation>No se pudo leer el cliente: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="234" />
            <source>Not loaded: the client could not be read.</source>
            <translation>No cargado: no se pudo leer el cliente.</translation>
        </message>
        <message>
            <location filename="../src/gui/clientcard/clientcardpage.cpp" line="270" />
            <source>The client has no user whose actions could be shown.</source>
            <translation>El cliente no tiene ningún usuario cuyas acciones se puedan mostrar.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ConsoleText</name>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="154" />
            <source>not an API reply</source>
            <translation>no es una respuesta de la API</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="156" />
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="158" />
            <source>auth</source>
            <translation>autenticación</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="160" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="162" />
            <source>table</source>
            <translation>tabla</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="164" />
            <source>form</source>
            <translation>formulario</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="166" />
            <source>menu</source>
            <translation>menú</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="168" />
            <source>progress</source>
            <translation>progreso</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="170" />
            <source>report</source>
            <translation>informe</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletext.cpp" line="172" />
            <source>dashboard</source>
            <translation>panel de inicio</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletextrawreply.cpp" line="221" />
            <source>Rebuilt from the parsed reply; secrets masked</source>
            <translation>Reconstruida a partir de la respuesta interpretada; secretos enmascarados</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletextrawreply.cpp" line="223" />
            <source>Not an API reply</source>
            <translation>No es una respuesta de la API</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletextrawreply.cpp" line="259" />
            <source>Truncated: %1 of %2 rows shown here; the parsed view has them all</source>
            <translation>Truncada: aquí se muestran %1 de %2 filas; la vista interpretada las contiene todas</translation>
        </message>
        <message>
            <location filename="../src/gui/console/consoletextrawreply.cpp" line="335" />
            <source>Truncated: the text view stops here; the parsed view has the whole reply</source>
            <translation>Truncada: la vista de texto termina aquí; la vista interpretada contiene la respuesta completa</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ConversationView</name>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="22" />
            <source>Conversation</source>
            <translation>Conversación</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="27" />
            <source>size unknown</source>
            <translation>tamaño desconocido</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="39" />
            <source>No messages yet.</source>
            <translation>Todavía no hay mensajes.</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="47" />
            <source>Other attachments</source>
            <translation>Otros adjuntos</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="72" />
            <source>Support</source>
            <translation>Soporte</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="74" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="108" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="109" />
            <source>Open %1</source>
            <translation>Abrir %1</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="116" />
            <source>Save…</source>
            <translation>Guardar…</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="117" />
            <source>Save %1 as a file</source>
            <translation>Guardar %1 como archivo</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="118" />
            <source>Save %1</source>
            <translation>Guardar %1</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="127" />
            <source>Loading preview…</source>
            <translation>Cargando vista previa…</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="143" />
            <source>No preview</source>
            <translation>Sin vista previa</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/conversationview.cpp" line="147" />
            <source>%1 × %2 pixels (preview)</source>
            <translation>%1 × %2 píxeles (vista previa)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::DashboardBlockView</name>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="42" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="43" />
            <source>Refresh this block</source>
            <translation>Actualizar este bloque</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="97" />
            <source>More…</source>
            <translation>Más…</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="153" />
            <source>The block's list could not be read.</source>
            <translation>No se pudo leer la lista del bloque.</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="173" />
            <source>The block's report could not be read.</source>
            <translation>No se pudo leer el informe del bloque.</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="190" />
            <source>The report has no chart to show.</source>
            <translation>El informe no tiene ningún gráfico que mostrar.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::DashboardView</name>
        <message>
            <location filename="../src/gui/dashboard/dashboardview.cpp" line="44" />
            <source>Dashboard</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardview.cpp" line="69" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../src/gui/dashboard/dashboardview.cpp" line="81" />
            <source>The server did not answer with a dashboard.</source>
            <translation>El servidor no respondió con un panel de inicio.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::DesktopIntegration</name>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="44" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="51" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="59" />
            <source>Operations</source>
            <translation>Operaciones</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="65" />
            <source>&amp;Operations</source>
            <translation>&amp;Operaciones</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="206" />
            <source>Keep Running in the Tray?</source>
            <translation>¿Seguir ejecutándose en la bandeja?</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="207" />
            <source>mgrdesk can keep running in the system tray after its window is closed, so that it goes on checking your accounts and shows an alert when something new arrives.</source>
            <translation>mgrdesk puede seguir ejecutándose en la bandeja del sistema después de cerrar su ventana, para seguir comprobando sus cuentas y mostrar un aviso cuando llegue algo nuevo.</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="232" />
            <source>Keep Running</source>
            <translation>Seguir ejecutándose</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="233" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../src/gui/desktop/desktopintegration.cpp" line="234" />
            <source>Do not ask again</source>
            <translation>No volver a preguntar</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::DocumentPage</name>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="41" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="97" />
            <source>Downloading %1…</source>
            <translation>Descargando %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="112" />
            <source>Downloading %1… %2 of %3</source>
            <translation>Descargando %1… %2 de %3</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="115" />
            <source>Downloading %1… %2</source>
            <translation>Descargando %1… %2</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="126" />
            <source>The download was cancelled.</source>
            <translation>Se canceló la descarga.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="131" />
            <source>The server answered with data, not a document.</source>
            <translation>El servidor respondió con datos, no con un documento.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="132" />
            <source>The document could not be loaded: %1</source>
            <translation>No se pudo cargar el documento: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/documents/documentpage.cpp" line="158" />
            <source>Save %n Documents Into</source>
            <translation>
                <numerusform>Guardar %n documento en</numerusform>
                <numerusform>Guardar %n documentos en</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="161" />
            <source>No folder was chosen: nothing was downloaded.</source>
            <translation>No se eligió ninguna carpeta: no se descargó nada.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/documents/documentpage.cpp" line="186" />
            <source>Saving %n documents into %1…</source>
            <translation>
                <numerusform>Guardando %n documento en %1…</numerusform>
                <numerusform>Guardando %n documentos en %1…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="190" />
            <source>%1: saved as %2</source>
            <translation>%1: guardado como %2</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="191" />
            <source>%1: failed: %2</source>
            <translation>%1: error: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="197" />
            <source>Cancelled: %1 saved, %2 failed.</source>
            <translation>Cancelado: %1 guardados, %2 con error.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentpage.cpp" line="198" />
            <source>%1 saved into %2, %3 failed.</source>
            <translation>%1 guardados en %2, %3 con error.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::DocumentView</name>
        <message numerus="yes">
            <location filename="../src/gui/documents/documentview.cpp" line="70" />
            <source>%n external resource(s) of this document were not loaded (images and styles from the network are never fetched).</source>
            <translation>
                <numerusform>No se cargó %n recurso externo de este documento (nunca se descargan imágenes ni estilos de la red).</numerusform>
                <numerusform>No se cargaron %n recursos externos de este documento (nunca se descargan imágenes ni estilos de la red).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="78" />
            <source>Opened %1 in the browser.</source>
            <translation>Se abrió %1 en el navegador.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="91" />
            <source>Save As…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="95" />
            <source>Open with System Viewer</source>
            <translation>Abrir con el visor del sistema</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="97" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="101" />
            <source>Zoom Out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="103" />
            <source>Zoom In</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="105" />
            <source>Fit Width</source>
            <translation>Ajustar al ancho</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="162" />
            <source>This PDF cannot be shown (it is damaged or not a PDF). You can still save it or open it with the system viewer.</source>
            <translation>Este PDF no se puede mostrar (está dañado o no es un PDF). Aun así puede guardarlo o abrirlo con el visor del sistema.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="172" />
            <location filename="../src/gui/documents/documentview.cpp" line="199" />
            <source>This file is too large to preview. Save it or open it with the system viewer.</source>
            <translation>Este archivo es demasiado grande para la vista previa. Guárdelo o ábralo con el visor del sistema.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentview.cpp" line="200" />
            <source>This file cannot be previewed here. Save it or open it with the system viewer.</source>
            <translation>Este archivo no se puede previsualizar aquí. Guárdelo o ábralo con el visor del sistema.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="41" />
            <source>Cannot save %1: %2</source>
            <translation>No se puede guardar %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="54" />
            <source>document</source>
            <translation>documento</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="55" />
            <source>Save Document</source>
            <translation>Guardar documento</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="75" />
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="95" />
            <source>Saved %1.</source>
            <translation>Guardado: %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="82" />
            <source>Saving %1…</source>
            <translation>Guardando %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="113" />
            <source>Cannot create a temporary folder for the document.</source>
            <translation>No se puede crear una carpeta temporal para el documento.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="106" />
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="125" />
            <source>No application is set up to open %1.</source>
            <translation>No hay ninguna aplicación configurada para abrir %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="133" />
            <source>There is nothing to print.</source>
            <translation>No hay nada que imprimir.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="139" />
            <source>The printer cannot be used.</source>
            <translation>No se puede usar la impresora.</translation>
        </message>
        <message>
            <location filename="../src/gui/documents/documentviewoutput.cpp" line="163" />
            <source>This document cannot be printed from here; open it with the system viewer.</source>
            <translation>Este documento no se puede imprimir desde aquí; ábralo con el visor del sistema.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::FileListEdit</name>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="27" />
            <source>Attached files</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="33" />
            <source>Attach Files…</source>
            <translation>Adjuntar archivos…</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="34" />
            <source>Choose files to send, or drop them here</source>
            <translation>Elija los archivos que enviar o suéltelos aquí</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="35" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="36" />
            <source>Remove the selected files (Delete)</source>
            <translation>Quitar los archivos seleccionados (Supr)</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="116" />
            <source>No files</source>
            <translation>Sin archivos</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/tickets/filelistedit.cpp" line="120" />
            <source>%n file(s), %1</source>
            <translation>
                <numerusform>%n archivo, %1</numerusform>
                <numerusform>%n archivos, %1</numerusform>
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
            <translation>%1 — no se encuentra</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/filelistedit.cpp" line="148" />
            <source>Attach Files</source>
            <translation>Adjuntar archivos</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::FormBanner</name>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="20" />
            <source>Form message</source>
            <translation>Mensaje del formulario</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="26" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="28" />
            <source>Show error details</source>
            <translation>Mostrar los detalles del error</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="29" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="30" />
            <source>Dismiss the message</source>
            <translation>Descartar el mensaje</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="36" />
            <source>Error details</source>
            <translation>Detalles del error</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="51" />
            <source>Type: %1</source>
            <translation>Tipo: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="53" />
            <source>Object: %1</source>
            <translation>Objeto: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="55" />
            <source>Value: %1</source>
            <translation>Valor: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="57" />
            <source>Parameter %1: %2</source>
            <translation>Parámetro %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="59" />
            <source>Stack: %1 (user %2, level %3)</source>
            <translation>Pila: %1 (usuario %2, nivel %3)</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="61" />
            <source>Group: %1</source>
            <translation>Grupo: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formbanner.cpp" line="63" />
            <source>Detail: %1</source>
            <translation>Detalle: %1</translation>
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
            <translation>Escriba para buscar</translation>
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
            <translation>Pasos del asistente</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="56" />
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="100" />
            <source>The form could not be opened: %1</source>
            <translation>No se pudo abrir el formulario: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="110" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="112" />
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="116" />
            <source>Updating…</source>
            <translation>Actualizando…</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="120" />
            <source>The form could not be updated: %1</source>
            <translation>No se pudo actualizar el formulario: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="130" />
            <source>Done: %1.</source>
            <translation>Hecho: %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="212" />
            <source>Form acting as %1</source>
            <translation>Formulario actuando como %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="342" />
            <source>Form pages</source>
            <translation>Páginas del formulario</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="344" />
            <source>Page %1</source>
            <translation>Página %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="360" />
            <source>Step %1</source>
            <translation>Paso %1</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="392" />
            <source>The server asked to open a page that is not on this panel; it was not opened.</source>
            <translation>El servidor pidió abrir una página que no está en este panel; no se ha abierto.</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="397" />
            <source>Open in Browser</source>
            <translation>Abrir en el navegador</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="398" />
            <source>The panel continues in your web browser (for example a payment system's page).

Open the page on %1 now?</source>
            <translation>El panel continúa en su navegador web (por ejemplo, la página de un sistema de pago).

¿Abrir ahora la página en %1?</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="433" />
            <source>%1 (current step)</source>
            <translation>%1 (paso actual)</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="434" />
            <source>%1 (not available)</source>
            <translation>%1 (no disponible)</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="437" />
            <source>Not available yet</source>
            <translation>Aún no disponible</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="455" />
            <location filename="../src/gui/forms/formwidget.cpp" line="593" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="466" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="468" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="519" />
            <source>Please correct the marked fields.</source>
            <translation>Corrija los campos marcados.</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="546" />
            <source>%1 Nothing you entered was lost: you can send the form again.</source>
            <translation>%1 No se ha perdido nada de lo introducido: puede volver a enviar el formulario.</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="574" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location filename="../src/gui/forms/formwidget.cpp" line="575" />
            <source>“%1” has changes that were not sent. Discard them?</source>
            <translation>«%1» tiene cambios que no se han enviado. ¿Descartarlos?</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ImpersonationBanner</name>
        <message>
            <location filename="../src/gui/common/impersonationbanner.cpp" line="27" />
            <source>Impersonation banner</source>
            <translation>Banner de suplantación</translation>
        </message>
        <message>
            <location filename="../src/gui/common/impersonationbanner.cpp" line="73" />
            <source>Acting as %1 — logged in as %2 (level %3)</source>
            <translation>Actuando como %1 — sesión iniciada como %2 (nivel %3)</translation>
        </message>
        <message>
            <location filename="../src/gui/common/impersonationbanner.cpp" line="75" />
            <source>Acting as %1 — logged in as %2</source>
            <translation>Actuando como %1 — sesión iniciada como %2</translation>
        </message>
        <message>
            <location filename="../src/gui/common/impersonationbanner.cpp" line="80" />
            <source>Every request from this view runs with the rights of %1.</source>
            <translation>Cada solicitud desde esta vista se ejecuta con los permisos de %1.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ImpersonationTab</name>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="55" />
            <source>Acting as %1: %2</source>
            <translation>Actuando como %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="70" />
            <source>Impersonation status</source>
            <translation>Estado de la suplantación</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="71" />
            <source>Checking the rights of %1…</source>
            <translation>Comprobando los permisos de %1…</translation>
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
            <translation>No hay ningún usuario como el que actuar.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="124" />
            <source>The account is not connected.</source>
            <translation>La cuenta no está conectada.</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="159" />
            <source>Cannot act as %1: %2</source>
            <translation>No se puede actuar como %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/impersonation/impersonationtab.cpp" line="272" />
            <source>Saved. The server suggests a web page on %1.</source>
            <translation>Guardado. El servidor sugiere una página web en %1.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::Language</name>
        <message>
            <location filename="../src/gui/preferences/language.cpp" line="29" />
            <source>System (%1)</source>
            <translation>Del sistema (%1)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ListView</name>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="72" />
            <source>The list could not be loaded: %1</source>
            <translation>No se pudo cargar la lista: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/lists/listview.cpp" line="98" />
            <source>Exported %n row(s) to %1.</source>
            <translation>
                <numerusform>Se exportó %n fila a %1.</numerusform>
                <numerusform>Se exportaron %n filas a %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="130" />
            <source>List %1</source>
            <translation>Lista %1</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="132" />
            <source>List actions</source>
            <translation>Acciones de la lista</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="154" />
            <source>Filter loaded rows (Ctrl+F)</source>
            <translation>Filtrar las filas cargadas (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="155" />
            <source>Quick filter</source>
            <translation>Filtro rápido</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="160" />
            <source>Result of the last action</source>
            <translation>Resultado de la última acción</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="207" />
            <source>Rows of %1</source>
            <translation>Filas de %1</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="232" />
            <source>List status</source>
            <translation>Estado de la lista</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="234" />
            <source>Totals of the selected rows</source>
            <translation>Totales de las filas seleccionadas</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="69" />
            <location filename="../src/gui/lists/listview.cpp" line="243" />
            <source>Loading</source>
            <translation>Cargando</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="69" />
            <source>Sorting</source>
            <translation>Ordenando</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="77" />
            <source>The export stopped: the list could not be loaded: %1</source>
            <translation>La exportación se detuvo: no se pudo cargar la lista: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="103" />
            <source>Filter cleared.</source>
            <translation>Filtro borrado.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="107" />
            <source>The filter could not be cleared: %1</source>
            <translation>No se pudo borrar el filtro: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="137" />
            <source>Client card</source>
            <translation>Ficha del cliente</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="140" />
            <source>The client's balance, services, payments, invoices, tickets and actions</source>
            <translation>Saldo, servicios, pagos, facturas, tickets y acciones del cliente</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="167" />
            <source>Server filter</source>
            <translation>Filtro del servidor</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="171" />
            <source>Active server filter</source>
            <translation>Filtro activo del servidor</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="174" />
            <source>Change…</source>
            <translation>Cambiar…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="175" />
            <source>Change the filter</source>
            <translation>Cambiar el filtro</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="176" />
            <location filename="../src/gui/lists/listview.cpp" line="477" />
            <source>Clear filter</source>
            <translation>Borrar filtro</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="177" />
            <source>Clear the server filter</source>
            <translation>Borrar el filtro del servidor</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="189" />
            <source>Export</source>
            <translation>Exportación</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="192" />
            <source>Export progress</source>
            <translation>Progreso de la exportación</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="194" />
            <source>Cancel export</source>
            <translation>Cancelar exportación</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="195" />
            <source>Cancel the export</source>
            <translation>Cancelar la exportación</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="238" />
            <source>Totals of the whole list</source>
            <translation>Totales de toda la lista</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="59" />
            <source>%1: running…</source>
            <translation>%1: en curso…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="68" />
            <source>Confirm: %1</source>
            <translation>Confirmar: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/lists/listviewactions.cpp" line="82" />
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 y %n más</numerusform>
                <numerusform>%1 y %n más</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="91" />
            <source>%1: running… (see Operations)</source>
            <translation>%1: en curso… (ver Operaciones)</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="103" />
            <source>Done.</source>
            <translation>Hecho.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="114" />
            <source>%1: done.</source>
            <translation>%1: hecho.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewactions.cpp" line="114" />
            <source>%1 failed: %2</source>
            <translation>%1 falló: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="457" />
            <source>Clearing the filter…</source>
            <translation>Borrando el filtro…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="473" />
            <source>Filtered: %1</source>
            <translation>Filtrado: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="474" />
            <source>The filter the server applies to this list.</source>
            <translation>El filtro que el servidor aplica a esta lista.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="475" />
            <source>The filter this window asked for.</source>
            <translation>El filtro que solicitó esta ventana.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="477" />
            <source>Clearing…</source>
            <translation>Borrando…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="508" />
            <source>%1 of %2 loaded</source>
            <translation>%1 de %2 cargadas</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/lists/listview.cpp" line="510" />
            <source>%n row(s) loaded</source>
            <translation>
                <numerusform>%n fila cargada</numerusform>
                <numerusform>%n filas cargadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="512" />
            <source>%1 shown, %2</source>
            <translation>%1 mostradas, %2</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="514" />
            <source> — loading…</source>
            <translation> — cargando…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="535" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="536" />
            <source>Export to CSV…</source>
            <translation>Exportar a CSV…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="543" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listview.cpp" line="552" />
            <source>Columns</source>
            <translation>Columnas</translation>
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
            <translation>Total</translation>
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
                <numerusform>%n seleccionada</numerusform>
                <numerusform>%n seleccionadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="145" />
            <location filename="../src/gui/lists/listviewdata.cpp" line="168" />
            <source>Another export of this list is running.</source>
            <translation>Ya hay otra exportación de esta lista en curso.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="185" />
            <source>The export was cancelled.</source>
            <translation>Se canceló la exportación.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="191" />
            <source>Cancelling the export…</source>
            <translation>Cancelando la exportación…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="206" />
            <source>Export: loading every page (%1 of %2 rows)…</source>
            <translation>Exportación: cargando todas las páginas (%1 de %2 filas)…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="208" />
            <source>Export: loading every page…</source>
            <translation>Exportación: cargando todas las páginas…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="219" />
            <source>Export: writing %1 of %2 rows to %3…</source>
            <translation>Exportación: escribiendo %1 de %2 filas en %3…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="236" />
            <source>Export list</source>
            <translation>Exportar lista</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewdata.cpp" line="236" />
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="112" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="31" />
            <source>Export on the Server (CSV)…</source>
            <translation>Exportar en el servidor (CSV)…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="38" />
            <source>The server builds the CSV file of the whole filtered list.</source>
            <translation>El servidor genera el archivo CSV de toda la lista filtrada.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="91" />
            <source>Saved the server's CSV export to %1.</source>
            <translation>La exportación CSV del servidor se guardó en %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="100" />
            <source>An export on the server is already running.</source>
            <translation>Ya hay una exportación en el servidor en curso.</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="103" />
            <source>Export on the server: downloading %1…</source>
            <translation>Exportación en el servidor: descargando %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/lists/listviewserverexport.cpp" line="112" />
            <source>Export on the Server</source>
            <translation>Exportar en el servidor</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::MainWindow</name>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="68" />
            <source>&amp;Account:</source>
            <translation>&amp;Cuenta:</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="71" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="72" />
            <source>The server and user this window works with</source>
            <translation>El servidor y el usuario con los que trabaja esta ventana</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="79" />
            <source>Environment</source>
            <translation>Entorno</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="81" />
            <source>&amp;Manage Accounts…</source>
            <translation>&amp;Administrar cuentas…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="82" />
            <source>Manage accounts</source>
            <translation>Administrar cuentas</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="90" />
            <source>Log in to see the server's menu.</source>
            <translation>Inicie sesión para ver el menú del servidor.</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="101" />
            <source>Open lists and forms</source>
            <translation>Listas y formularios abiertos</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="102" />
            <source>Tabs</source>
            <translation>Pestañas</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="116" />
            <source>Open a list from the menu on the left.
Accounts: File › Accounts… (Ctrl+Shift+A).</source>
            <translation>Abra una lista desde el menú de la izquierda.
Cuentas: Archivo › Cuentas… (Ctrl+Mayús+A).</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="145" />
            <source>Connection state</source>
            <translation>Estado de la conexión</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="148" />
            <source>Keychain state</source>
            <translation>Estado del llavero</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="200" />
            <source>Accounts Not Saved</source>
            <translation>Cuentas no guardadas</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="226" />
            <source>No keychain: passwords are not saved</source>
            <translation>Sin llavero: las contraseñas no se guardan</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="235" />
            <source>No Keychain</source>
            <translation>Sin llavero</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="284" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="285" />
            <source>&amp;Accounts…</source>
            <translation>&amp;Cuentas…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="288" />
            <source>&amp;Log In Again</source>
            <translation>&amp;Volver a iniciar sesión</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="290" />
            <source>&amp;Close Tab</source>
            <translation>&amp;Cerrar pestaña</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="300" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="307" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="309" />
            <source>&amp;Go to Menu Entry…</source>
            <translation>&amp;Ir a una entrada del menú…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="312" />
            <source>&amp;Search the Menu</source>
            <translation>&amp;Buscar en el menú</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="315" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="319" />
            <source>Check &amp;Notifications</source>
            <translation>Comprobar &amp;notificaciones</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="322" />
            <source>Restore &amp;Tabs at Start</source>
            <translation>Restaurar las &amp;pestañas al iniciar</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="328" />
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="330" />
            <source>&amp;Request Console</source>
            <translation>&amp;Consola de solicitudes</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="334" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="335" />
            <source>&amp;About mgrdesk</source>
            <translation>&amp;Acerca de mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="384" />
            <source>%1 on %2</source>
            <comment>user on server</comment>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="395" />
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="538" />
            <source>balance %1</source>
            <translation>saldo %1</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="461" />
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="529" />
            <source>Not logged in</source>
            <translation>Sin sesión iniciada</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="463" />
            <source>Logging in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="465" />
            <source>Connected</source>
            <translation>Conectado</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="467" />
            <source>Connection error</source>
            <translation>Error de conexión</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="469" />
            <source>Waiting for the password</source>
            <translation>Esperando la contraseña</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="471" />
            <source>Waiting for a decision about the certificate</source>
            <translation>Esperando una decisión sobre el certificado</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="473" />
            <source>Waiting for the login code</source>
            <translation>Esperando el código de inicio de sesión</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="522" />
            <source>No account: add one with File › Accounts…</source>
            <translation>No hay ninguna cuenta: añada una con Archivo › Cuentas…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="523" />
            <source>No account selected</source>
            <translation>Ninguna cuenta seleccionada</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="532" />
            <source>Connected to %1 as %2, %3</source>
            <translation>Conectado a %1 como %2, %3</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="533" />
            <source>Connected to %1 as %2</source>
            <translation>Conectado a %1 como %2</translation>
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
            <translation>Acerca de mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindow.cpp" line="649" />
            <source>mgrdesk %1
A desktop client for the BILLmanager billing panel.
Built with Qt %2.</source>
            <translation>mgrdesk %1
Un cliente de escritorio para el panel de facturación BILLmanager.
Compilado con Qt %2.</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="39" />
            <source>A&amp;ccount</source>
            <translation>&amp;Cuenta</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="41" />
            <source>Act &amp;as…</source>
            <translation>Actuar &amp;como…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="43" />
            <source>Open in &amp;Browser</source>
            <translation>Abrir en el &amp;navegador</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="46" />
            <source>Open in Browser as Selected &amp;User…</source>
            <translation>Abrir en el navegador como el &amp;usuario seleccionado…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="48" />
            <source>&amp;Sessions</source>
            <translation>&amp;Sesiones</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="51" />
            <source>Impersonation Audit &amp;Trail…</source>
            <translation>&amp;Registro de auditoría de suplantación…</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="111" />
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="149" />
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="190" />
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="197" />
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="228" />
            <source>Select an account first.</source>
            <translation>Seleccione primero una cuenta.</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="208" />
            <source>Open in Browser as</source>
            <translation>Abrir en el navegador como</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="232" />
            <source>Sessions — %1</source>
            <translation>Sesiones — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="132" />
            <source>Account: %1 (%2 on %3)</source>
            <comment>account name, user, server</comment>
            <translation>Cuenta: %1 (%2 en %3)</translation>
        </message>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="135" />
            <source>%1, account %2</source>
            <comment>tab title, account name</comment>
            <translation>%1, cuenta %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::NavigationTree</name>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="27" />
            <source>Search the menu (Ctrl+L)</source>
            <translation>Buscar en el menú (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="28" />
            <source>Search the menu</source>
            <translation>Buscar en el menú</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="32" />
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="61" />
            <location filename="../src/gui/navigation/navigationtree.cpp" line="108" />
            <source>Log in to see the server's menu.</source>
            <translation>Inicie sesión para ver el menú del servidor.</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="99" />
            <source>No account selected.</source>
            <translation>Ninguna cuenta seleccionada.</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="117" />
            <source>Loading the menu…</source>
            <translation>Cargando el menú…</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="82" />
            <source>The menu could not be loaded: %1</source>
            <translation>No se pudo cargar el menú: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/navigationtree.cpp" line="152" />
            <source>The server's menu is empty for this user.</source>
            <translation>El menú del servidor está vacío para este usuario.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::NotificationBadge</name>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="17" />
            <source>Notifications</source>
            <translation>Notificaciones</translation>
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
            <translation>Saldo: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="109" />
            <source>No notifications</source>
            <translation>No hay notificaciones</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="114" />
            <source>Notifications could not be checked: %1</source>
            <translation>No se pudieron comprobar las notificaciones: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="118" />
            <source>Last checked at %1</source>
            <translation>Última comprobación a las %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/notify/notificationbadge.cpp" line="126" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n pendiente</numerusform>
                <numerusform>%n pendientes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="152" />
            <source>Not checked yet</source>
            <translation>Todavía sin comprobar</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="156" />
            <source>Could not check: %1</source>
            <translation>No se pudo comprobar: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="160" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="175" />
            <source>Nothing waiting</source>
            <translation>Nada pendiente</translation>
        </message>
        <message>
            <location filename="../src/gui/notify/notificationbadge.cpp" line="183" />
            <source>Check &amp;Now</source>
            <translation>Comprobar &amp;ahora</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::OperationsBadge</name>
        <message numerus="yes">
            <location filename="../src/gui/operations/operationspanel.cpp" line="180" />
            <source>⟳ %n operation(s)</source>
            <translation>
                <numerusform>⟳ %n operación</numerusform>
                <numerusform>⟳ %n operaciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="181" />
            <source>Operations running: %1. Click to show the Operations panel.</source>
            <translation>Operaciones en curso: %1. Haga clic para mostrar el panel de operaciones.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::OperationsPanel</name>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="92" />
            <source>Clear Finished</source>
            <translation>Borrar finalizadas</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="94" />
            <source>No operations. Long actions (reboots, bulk changes) appear here with their progress.</source>
            <translation>No hay operaciones. Las acciones largas (reinicios, cambios masivos) aparecen aquí con su progreso.</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="101" />
            <source>Operations</source>
            <translation>Operaciones</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="151" />
            <source>Step %1 of %2</source>
            <translation>Paso %1 de %2</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="152" />
            <source>Running…</source>
            <translation>En curso…</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="158" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="160" />
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <location filename="../src/gui/operations/operationspanel.cpp" line="162" />
            <source>Failed: %1</source>
            <translation>Error: %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::PageRouter</name>
        <message>
            <location filename="../src/gui/router/builtinpages.cpp" line="80" />
            <source>Exported to %1</source>
            <translation>Exportado a %1</translation>
        </message>
        <message>
            <location filename="../src/gui/router/pagerouter.cpp" line="86" />
            <source>New (%1)</source>
            <translation>Nuevo (%1)</translation>
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
            <translation>Seleccione primero una cuenta.</translation>
        </message>
        <message>
            <location filename="../src/gui/router/pagerouter.cpp" line="152" />
            <source>%1 (as %2)</source>
            <translation>%1 (como %2)</translation>
        </message>
        <message>
            <location filename="../src/gui/router/pagerouter.cpp" line="194" />
            <source>Saved. The server suggests a web page on %1.</source>
            <translation>Guardado. El servidor sugiere una página web en %1.</translation>
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
            <translation>%1 (filtrada)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::PasswordPrompt</name>
        <message>
            <location filename="../src/gui/accounts/passwordprompt.cpp" line="17" />
            <source>Password for %1</source>
            <translation>Contraseña de %1</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/passwordprompt.cpp" line="19" />
            <source>Enter the password of user “%1” on %2 (account “%3”).</source>
            <translation>Introduzca la contraseña del usuario «%1» en %2 (cuenta «%3»).</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/passwordprompt.cpp" line="29" />
            <source>The password is kept in memory until mgrdesk quits.</source>
            <translation>La contraseña se conserva en memoria hasta que se cierre mgrdesk.</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/passwordprompt.cpp" line="32" />
            <source>&amp;Log In</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::PeriodPicker</name>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="60" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="60" />
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="61" />
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="61" />
            <source>Last month</source>
            <translation>El mes pasado</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="61" />
            <source>This quarter</source>
            <translation>Este trimestre</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="62" />
            <source>This year</source>
            <translation>Este año</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="62" />
            <source>Last year</source>
            <translation>El año pasado</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="62" />
            <source>All time</source>
            <translation>Todo el tiempo</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="63" />
            <source>Custom range</source>
            <translation>Rango personalizado</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="75" />
            <source>from</source>
            <translation>desde</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/periodpicker.cpp" line="77" />
            <source>to</source>
            <translation>hasta</translation>
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
            <translation>«%1» es una página de tipo «%2», que esta versión aún no puede mostrar.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::PreferencesDialog</name>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="74" />
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="76" />
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="78" />
            <source>Theme:</source>
            <translation>Tema:</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="79" />
            <source>Table density:</source>
            <translation>Densidad de las tablas:</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="81" />
            <source>Start-up</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="86" />
            <source>Confirmations</source>
            <translation>Confirmaciones</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="90" />
            <source>Closing the window while alerts are on:</source>
            <translation>Al cerrar la ventana con los avisos activados:</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="96" />
            <source>Desktop alerts</source>
            <translation>Alertas de escritorio</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="102" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="108" />
            <source>Downloads</source>
            <translation>Descargas</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="110" />
            <source>Folder:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="144" />
            <source>Downloads Folder</source>
            <translation>Carpeta de descargas</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="160" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="161" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="162" />
            <source>Desktop Alerts</source>
            <translation>Avisos de escritorio</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="167" />
            <source>Restore the tabs of the last session</source>
            <translation>Restaurar las pestañas de la última sesión</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="168" />
            <source>Open the server's start page when an account has no tabs</source>
            <translation>Abrir la página de inicio del servidor cuando una cuenta no tiene pestañas</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="169" />
            <source>Ask before actions that change data (delete, suspend, …)</source>
            <translation>Preguntar antes de acciones que cambian datos (eliminar, suspender, …)</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="170" />
            <source>Ask Again Everywhere (reset “Do not ask again”)</source>
            <translation>Volver a preguntar siempre (restablecer «No volver a preguntar»)</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="171" />
            <source>Show a desktop alert when new items arrive (tickets, invoices, …)</source>
            <translation>Mostrar una alerta de escritorio cuando llegan elementos nuevos (tickets, facturas, …)</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="172" />
            <source>Quiet hours from</source>
            <translation>Horas de silencio desde</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="176" />
            <source>Ask each time</source>
            <translation>Preguntar cada vez</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="177" />
            <source>Keep running in the system tray</source>
            <translation>Seguir ejecutándose en la bandeja del sistema</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="178" />
            <source>Quit mgrdesk</source>
            <translation>Salir de mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="181" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="182" />
            <source>Some parts of the window change language only after mgrdesk is restarted.</source>
            <translation>Algunas partes de la ventana cambian de idioma solo después de reiniciar mgrdesk.</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="187" />
            <source>System</source>
            <translation>Del sistema</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="188" />
            <source>Light</source>
            <translation>Clara</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="189" />
            <source>Dark</source>
            <translation>Oscura</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="194" />
            <source>Comfortable</source>
            <translation>Cómoda</translation>
        </message>
        <message>
            <location filename="../src/gui/preferences/preferencesdialog.cpp" line="195" />
            <source>Compact</source>
            <translation>Compacta</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::QuickSwitcher</name>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="30" />
            <source>Go to a menu entry</source>
            <translation>Ir a una entrada del menú</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="36" />
            <source>Go to a list, or find a client, service, invoice, payment or ticket…</source>
            <translation>Ir a una lista o buscar un cliente, servicio, factura, pago o ticket…</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="37" />
            <source>Search the menus and the data of all accounts</source>
            <translation>Buscar en los menús y los datos de todas las cuentas</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="40" />
            <source>Matching menu entries and data</source>
            <translation>Entradas de menú y datos coincidentes</translation>
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
            <translation>%1 (%2) en %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="178" />
            <source>Loading the menus of %n account(s)…</source>
            <translation>
                <numerusform>Cargando el menú de %n cuenta…</numerusform>
                <numerusform>Cargando los menús de %n cuentas…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="180" />
            <source>No menu is loaded yet: log in to an account first.</source>
            <translation>Todavía no hay ningún menú cargado: inicie sesión primero en una cuenta.</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="182" />
            <source>Nothing matches “%1”.</source>
            <translation>Nada coincide con «%1».</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="184" />
            <source>Enter opens the entry on its account; Escape closes.</source>
            <translation>Intro abre la entrada en su cuenta; Esc cierra.</translation>
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
            <translation>Ctrl+Intro actúa como el cliente.</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="255" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../src/gui/navigation/quickswitcher.cpp" line="258" />
            <source>Act as This Client…</source>
            <translation>Actuar como este cliente…</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReplyView</name>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="66" />
            <source>OK</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="68" />
            <source>Network error</source>
            <translation>Error de red</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="70" />
            <source>HTTP error</source>
            <translation>Error HTTP</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="72" />
            <source>TLS error</source>
            <translation>Error de TLS</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="74" />
            <source>Timed out</source>
            <translation>Tiempo de espera agotado</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="76" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="78" />
            <source>Not an API reply</source>
            <translation>No es una respuesta de la API</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="80" />
            <source>Server error</source>
            <translation>Error del servidor</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="82" />
            <source>Authentication error</source>
            <translation>Error de autenticación</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="92" />
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="95" />
            <source>No request sent yet</source>
            <translation>Aún no se ha enviado ninguna solicitud</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="99" />
            <source>Reply status</source>
            <translation>Estado de la respuesta</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="103" />
            <source>Reply views</source>
            <translation>Vistas de la respuesta</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="107" />
            <source>The reply appears here.</source>
            <translation>La respuesta aparece aquí.</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="120" />
            <source>Reply rows</source>
            <translation>Filas de la respuesta</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="125" />
            <location filename="../src/gui/console/replyview.cpp" line="148" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="125" />
            <location filename="../src/gui/console/replyview.cpp" line="148" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="127" />
            <source>Reply tree</source>
            <translation>Árbol de la respuesta</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="141" />
            <source>Error message</source>
            <translation>Mensaje de error</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="145" />
            <source>Error type and object</source>
            <translation>Tipo y objeto del error</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="149" />
            <source>Error details</source>
            <translation>Detalles del error</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="154" />
            <source>&amp;Parsed</source>
            <translation>&amp;Interpretada</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="167" />
            <source>Raw reply</source>
            <translation>Respuesta sin procesar</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="171" />
            <source>Ra&amp;w</source>
            <translation>Sin &amp;procesar</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="201" />
            <source>Sending %1…</source>
            <translation>Enviando %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="211" />
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="212" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/console/replyview.cpp" line="216" />
            <location filename="../src/gui/console/replyview.cpp" line="314" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="227" />
            <source>Type: %1</source>
            <translation>Tipo: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="229" />
            <source>Object: %1</source>
            <translation>Objeto: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="231" />
            <source>Value: %1</source>
            <translation>Valor: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="236" />
            <source>stack</source>
            <translation>pila</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="237" />
            <source>%1 (user %2, level %3)</source>
            <translation>%1 (usuario %2, nivel %3)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="239" />
            <source>group</source>
            <translation>grupo</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="241" />
            <source>Status: %1</source>
            <translation>Estado: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="262" />
            <source>The text view is shortened to keep the window responsive; the Parsed tab shows the whole reply.</source>
            <translation>La vista de texto se acorta para que la ventana siga respondiendo; la pestaña Interpretada muestra la respuesta completa.</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="274" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="274" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="276" />
            <source>New object</source>
            <translation>Nuevo objeto</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="278" />
            <source>Redirect</source>
            <translation>Redirección</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="280" />
            <source>Redirect type</source>
            <translation>Tipo de redirección</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="283" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="285" />
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="294" />
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="306" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="314" />
            <source>List %1</source>
            <translation>Lista %1</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="316" />
            <source>Fields</source>
            <translation>Campos</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="327" />
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="332" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="334" />
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="336" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="337" />
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <location filename="../src/gui/console/replyview.cpp" line="348" />
            <source>Document attributes</source>
            <translation>Atributos del documento</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReportBandView</name>
        <message>
            <location filename="../src/gui/reports/reportbandview.cpp" line="80" />
            <source>Totals</source>
            <translation>Totales</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/reports/reportbandview.cpp" line="85" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportbandview.cpp" line="127" />
            <source>Click a value of “%1” to open its details</source>
            <translation>Haga clic en un valor de «%1» para ver los detalles</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReportChart</name>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="97" />
            <source>Other</source>
            <translation>Otros</translation>
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
            <translation>Guardar como PNG…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="245" />
            <location filename="../src/gui/reports/reportchart.cpp" line="251" />
            <source>Save the chart</source>
            <translation>Guardar el gráfico</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="245" />
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="247" />
            <location filename="../src/gui/reports/reportchart.cpp" line="253" />
            <source>The chart could not be saved to “%1”.</source>
            <translation>No se pudo guardar el gráfico en «%1».</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="249" />
            <source>Save as SVG…</source>
            <translation>Guardar como SVG…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="251" />
            <source>SVG images (*.svg)</source>
            <translation>Imágenes SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportchart.cpp" line="255" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReportPage</name>
        <message>
            <location filename="../src/gui/reports/reportpage.cpp" line="25" />
            <source>Exported to %1</source>
            <translation>Exportado a %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReportPdf</name>
        <message>
            <location filename="../src/gui/reports/reportpdf.cpp" line="101" />
            <source>The PDF could not be written to “%1”.</source>
            <translation>No se pudo escribir el PDF en «%1».</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::ReportView</name>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="62" />
            <source>Change…</source>
            <translation>Cambiar…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="80" />
            <source>Run report</source>
            <translation>Generar el informe</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="105" />
            <location filename="../src/gui/reports/reportview.cpp" line="110" />
            <source>Saved “%1”.</source>
            <translation>Guardado: «%1».</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="177" />
            <source>Running the report…</source>
            <translation>Generando el informe…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="177" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="193" />
            <source>The server did not answer with a report.</source>
            <translation>El servidor no respondió con un informe.</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="220" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="227" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="228" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="230" />
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="247" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="296" />
            <source>The start of the period is after its end.</source>
            <translation>El inicio del período es posterior a su fin.</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="361" />
            <source>Period: %1</source>
            <translation>Período: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="489" />
            <source>Export the band as CSV</source>
            <translation>Exportar la tabla como CSV</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="490" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="498" />
            <source>Export the report as PDF</source>
            <translation>Exportar el informe como PDF</translation>
        </message>
        <message>
            <location filename="../src/gui/reports/reportview.cpp" line="498" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::RequestConsole</name>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="42" />
            <source>Request console</source>
            <translation>Consola de solicitudes</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="50" />
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="52" />
            <source>Send the request (Ctrl+Return)</source>
            <translation>Enviar la solicitud (Ctrl+Intro)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="53" />
            <source>Send the request</source>
            <translation>Enviar la solicitud</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="55" />
            <source>Ca&amp;ncel</source>
            <translation>Ca&amp;ncelar</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="56" />
            <source>Cancel the request on its way</source>
            <translation>Cancelar la solicitud en curso</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="57" />
            <source>Cancel the request on its way (Escape)</source>
            <translation>Cancelar la solicitud en curso (Esc)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="58" />
            <source>Copy as &amp;URL</source>
            <translation>Copiar como &amp;URL</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="59" />
            <source>Copy the request as a URL, secrets masked</source>
            <translation>Copiar la solicitud como URL, con los secretos enmascarados</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="60" />
            <source>Copy as cu&amp;rl</source>
            <translation>Copiar como cu&amp;rl</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="61" />
            <source>Copy the request as a curl command, secrets masked</source>
            <translation>Copiar la solicitud como orden curl, con los secretos enmascarados</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="62" />
            <source>Copy as &amp;mgrctl</source>
            <translation>Copiar como &amp;mgrctl</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="64" />
            <source>Copy the request as an mgrctl command for the server, secrets masked</source>
            <translation>Copiar la petición como orden mgrctl para el servidor, con los secretos ocultos</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="65" />
            <source>Copy as mgrdesk-c&amp;li</source>
            <translation>Copiar como mgrdesk-c&amp;li</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="66" />
            <source>Copy the request as a mgrdesk-cli call command, secrets masked</source>
            <translation>Copiar la petición como orden mgrdesk-cli call, con los secretos ocultos</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="67" />
            <source>&amp;Confirm deletes and sok=ok</source>
            <translation>&amp;Confirmar eliminaciones y sok=ok</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="69" />
            <source>Ask before sending a delete or an applied form</source>
            <translation>Preguntar antes de enviar una eliminación o un formulario aplicado</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="70" />
            <source>Ask before sending a request that changes data on the server: a delete, an applied form (sok=ok) or an action such as suspend (for this session only)</source>
            <translation>Preguntar antes de enviar una solicitud que cambia datos en el servidor: un borrado, un formulario aplicado (sok=ok) o una acción como suspender (solo en esta sesión)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="88" />
            <source>History and request log</source>
            <translation>Historial y registro de solicitudes</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="91" />
            <source>Requests sent from this console</source>
            <translation>Solicitudes enviadas desde esta consola</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="92" />
            <source>Enter or double-click loads the request; Ctrl+Up and Ctrl+Down step through it from the editor</source>
            <translation>Intro o doble clic carga la solicitud; Ctrl+Arriba y Ctrl+Abajo recorren el historial desde el editor</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="94" />
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="96" />
            <source>Request &amp;Log</source>
            <translation>Registro de so&amp;licitudes</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="171" />
            <source>Request Console</source>
            <translation>Consola de solicitudes</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="172" />
            <source>Console: %1@%2</source>
            <translation>Consola: %1@%2</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="211" />
            <source>Loaded %1 from the request log</source>
            <translation>Se cargó %1 desde el registro de solicitudes</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="68" />
            <source>Copied the URL (secrets masked)</source>
            <translation>Se copió la URL (secretos enmascarados)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="74" />
            <source>Copied the curl command (secrets masked; put the password in place of *****)</source>
            <translation>Se copió la orden curl (secretos enmascarados; ponga la contraseña en lugar de *****)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="95" />
            <source>Copied the mgrctl command (run it on the server; secrets masked)</source>
            <translation>Se copió la orden mgrctl (ejecútela en el servidor; secretos ocultos)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="101" />
            <source>Copied the mgrdesk-cli command (the password comes from MGRDESK_PASSWORD or the prompt)</source>
            <translation>Se copió la orden mgrdesk-cli (la contraseña viene de MGRDESK_PASSWORD o se pide)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="123" />
            <source>The account's connection is gone; open the console again</source>
            <translation>La conexión de la cuenta ya no existe; vuelva a abrir la consola</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="128" />
            <source>Type a function first</source>
            <translation>Escriba primero una función</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="135" />
            <source>Remove the %1 parameter: the connection adds the authentication itself</source>
            <translation>Quite el parámetro %1: la conexión añade la autenticación por sí misma</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="141" />
            <source>The value of %1 was hidden by the log: type it before sending</source>
            <translation>El registro ocultó el valor de %1: escríbalo antes de enviar</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="159" />
            <source>This request changes data on the server:

%1

Send it?</source>
            <translation>Esta solicitud modifica datos en el servidor:

%1

¿Enviarla?</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="160" />
            <source>This request changes data on the server, with the rights of %1:

%2

Send it?</source>
            <translation>Esta solicitud modifica datos en el servidor, con los permisos de %1:

%2

¿Enviarla?</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="163" />
            <source>Send a Changing Request</source>
            <translation>Enviar una solicitud que modifica datos</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="168" />
            <source>Not sent</source>
            <translation>No enviada</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="171" />
            <source>Do not ask again in this console</source>
            <translation>No volver a preguntar en esta consola</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="197" />
            <source>%1 (%2 received)</source>
            <translation>%1 (%2 recibidos)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsolesend.cpp" line="203" />
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestconsole.cpp" line="229" />
            <source>[as %1] %2</source>
            <translation>[como %1] %2</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::RequestEditor</name>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="69" />
            <source>Request editor</source>
            <translation>Editor de solicitudes</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="77" />
            <source>e.g. user, payment.edit, or paste func=user&amp;elid=5</source>
            <translation>p. ej. user, payment.edit o pegue func=user&amp;elid=5</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="78" />
            <source>Function</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="80" />
            <source>The API function. Pasting a query string, a URL or a server log line fills the whole request.</source>
            <translation>La función de la API. Al pegar una cadena de consulta, una URL o una línea del registro del servidor se rellena toda la solicitud.</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="87" />
            <source>&amp;Paste Query</source>
            <translation>Pe&amp;gar consulta</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="88" />
            <source>Paste a query string or URL from the clipboard</source>
            <translation>Pegar una cadena de consulta o una URL desde el portapapeles</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="90" />
            <source>Fill the request from a query string, a URL or a server log line on the clipboard (Ctrl+Shift+V)</source>
            <translation>Rellenar la solicitud con una cadena de consulta, una URL o una línea del registro del servidor que esté en el portapapeles (Ctrl+Mayús+V)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="94" />
            <source>&amp;Function:</source>
            <translation>&amp;Función:</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="100" />
            <source>empty: your own rights</source>
            <translation>vacío: sus propios permisos</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="101" />
            <source>Run as (su)</source>
            <translation>Ejecutar como (su)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="102" />
            <source>Send the request with the rights of this user (su=)</source>
            <translation>Enviar la solicitud con los permisos de este usuario (su=)</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="104" />
            <source>Run &amp;as (su):</source>
            <translation>Ejecutar c&amp;omo (su):</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="111" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="111" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="118" />
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="120" />
            <source>Ordered name and value pairs. Insert adds a row, Delete removes the selected rows, Alt+Up and Alt+Down move them.</source>
            <translation>Pares ordenados de nombre y valor. Insert añade una fila, Supr elimina las filas seleccionadas, Alt+Arriba y Alt+Abajo las mueven.</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="126" />
            <source>A&amp;dd Parameter</source>
            <translation>&amp;Añadir parámetro</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="127" />
            <source>Add a parameter</source>
            <translation>Añadir un parámetro</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="128" />
            <source>&amp;Remove</source>
            <translation>Eli&amp;minar</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="129" />
            <source>Remove the selected parameters</source>
            <translation>Eliminar los parámetros seleccionados</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="130" />
            <source>Move &amp;Up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="131" />
            <source>Move the selected parameter up</source>
            <translation>Subir el parámetro seleccionado</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="132" />
            <source>Move Do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="133" />
            <source>Move the selected parameter down</source>
            <translation>Bajar el parámetro seleccionado</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="271" />
            <source>Hidden by the log: type the value before sending</source>
            <translation>Oculto por el registro: escriba el valor antes de enviar</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requesteditor.cpp" line="325" />
            <source>Requests from this console run with the rights of %1</source>
            <translation>Las solicitudes de esta consola se ejecutan con los permisos de %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::RequestLogView</name>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="24" />
            <source>Request log of this account</source>
            <translation>Registro de solicitudes de esta cuenta</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="28" />
            <source>Filter the log</source>
            <translation>Filtrar el registro</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="29" />
            <source>Filter the request log</source>
            <translation>Filtrar el registro de solicitudes</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="38" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="38" />
            <source>Function</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="38" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="38" />
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="38" />
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="39" />
            <source>Request log entries</source>
            <translation>Entradas del registro de solicitudes</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="40" />
            <source>Enter or double-click loads the request into the editor</source>
            <translation>Intro o doble clic carga la solicitud en el editor</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="44" />
            <source>&amp;Load into Editor</source>
            <translation>Cargar en el e&amp;ditor</translation>
        </message>
        <message>
            <location filename="../src/gui/console/requestlogview.cpp" line="45" />
            <source>Load the selected log entry into the editor</source>
            <translation>Cargar la entrada seleccionada del registro en el editor</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::RestoredListTab</name>
        <message>
            <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="42" />
            <source>“%1” opens when you show this tab.</source>
            <translation>«%1» se abre cuando muestre esta pestaña.</translation>
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
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="43" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="45" />
            <source>Invoice</source>
            <translation>Factura</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="47" />
            <source>Payment</source>
            <translation>Pago</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="49" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="57" />
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="59" />
            <source>e-mail</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="61" />
            <source>domain</source>
            <translation>dominio</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="63" />
            <source>IP address</source>
            <translation>dirección IP</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchactions.cpp" line="65" />
            <source>number</source>
            <translation>número</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::SearchResultsPresenter</name>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="25" />
            <source>The saved filter of the list “%1” on %2 could not be put back: %3</source>
            <translation>No se pudo restablecer el filtro guardado de la lista «%1» en %2: %3</translation>
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
            <translation>%1 (coincide: %2)</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="115" />
            <source>%1 %2 on %3 (found by %4)</source>
            <translation>%1 %2 en %3 (encontrado por %4)</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="117" />
            <source>Enter opens it; Ctrl+Enter acts as this client.</source>
            <translation>Intro lo abre; Ctrl+Intro actúa como este cliente.</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="148" />
            <source>searching…</source>
            <translation>buscando…</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="148" />
            <source>%n result(s) so far, searching…</source>
            <translation>
                <numerusform>%n resultado por ahora, buscando…</numerusform>
                <numerusform>%n resultados por ahora, buscando…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="151" />
            <source>nothing found</source>
            <translation>no se encontró nada</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="151" />
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="194" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="154" />
            <source>did not answer within %n second(s)</source>
            <translation>
                <numerusform>no respondió en %n segundo</numerusform>
                <numerusform>no respondió en %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="156" />
            <source>%1 (%n result(s) before that)</source>
            <translation>
                <numerusform>%1 (%n resultado antes)</numerusform>
                <numerusform>%1 (%n resultados antes)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="159" />
            <source>failed: %1</source>
            <translation>error: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="162" />
            <source>stopped</source>
            <translation>detenido</translation>
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
                <numerusform>Buscando en %n servidor…</numerusform>
                <numerusform>Buscando en %n servidores…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="196" />
            <source>%n server(s) did not answer</source>
            <translation>
                <numerusform>%n servidor no respondió</numerusform>
                <numerusform>%n servidores no respondieron</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/search/searchresultspresenter.cpp" line="198" />
            <source>%n server(s) failed</source>
            <translation>
                <numerusform>%n servidor falló</numerusform>
                <numerusform>%n servidores fallaron</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::SecondFactorDialog</name>
        <message>
            <location filename="../src/gui/accounts/secondfactordialog.cpp" line="18" />
            <source>Login to %1</source>
            <translation>Inicio de sesión en %1</translation>
        </message>
        <message>
            <location filename="../src/gui/accounts/secondfactordialog.cpp" line="20" />
            <source>%1 asks for a second step to log in. The code is sent once and never stored.</source>
            <translation>%1 pide un segundo paso para iniciar sesión. El código se envía una vez y nunca se guarda.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::SessionsWidget</name>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="32" />
            <source>Active sessions</source>
            <translation>Sesiones activas</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <source>Login</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <source>Acting as</source>
            <translation>Actuando como</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="36" />
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="155" />
            <source>This session</source>
            <translation>Esta sesión</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="42" />
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="46" />
            <source>&amp;End session</source>
            <translation>&amp;Terminar sesión</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="47" />
            <source>End the selected session</source>
            <translation>Terminar la sesión seleccionada</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="49" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="51" />
            <source>Sessions status</source>
            <translation>Estado de las sesiones</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="58" />
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="193" />
            <source>End session</source>
            <translation>Terminar sesión</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="62" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="126" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="133" />
            <source>The server did not send a list.</source>
            <translation>El servidor no envió ninguna lista.</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="134" />
            <source>The sessions could not be loaded: %1</source>
            <translation>No se pudieron cargar las sesiones: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="169" />
            <source>%n session(s); yours is marked.</source>
            <translation>
                <numerusform>%n sesión; la suya está marcada.</numerusform>
                <numerusform>%n sesiones; la suya está marcada.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="170" />
            <source>%n session(s).</source>
            <translation>
                <numerusform>%n sesión.</numerusform>
                <numerusform>%n sesiones.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="191" />
            <source>End your own session (%1)? The account is logged out.</source>
            <translation>¿Terminar su propia sesión (%1)? Se cerrará la sesión de la cuenta.</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="192" />
            <source>End the session of %1 (%2)? That user has to log in again.</source>
            <translation>¿Terminar la sesión de %1 (%2)? Ese usuario tendrá que volver a iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="199" />
            <source>Your session was ended.</source>
            <translation>Su sesión ha terminado.</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="211" />
            <source>The session of %1 was ended.</source>
            <translation>La sesión de %1 ha terminado.</translation>
        </message>
        <message>
            <location filename="../src/gui/sessions/sessionswidget.cpp" line="213" />
            <source>Could not end the session: %1</source>
            <translation>No se pudo terminar la sesión: %1</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::gui::TicketPage</name>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="68" />
            <source>Restore Draft</source>
            <translation>Restaurar borrador</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="69" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="186" />
            <source>A reply draft from %1 was kept.</source>
            <translation>Se guardó un borrador de respuesta del %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/tickets/ticketpage.cpp" line="187" />
            <source>A reply draft from %1 was kept, with %n file(s).</source>
            <translation>
                <numerusform>Se guardó un borrador de respuesta del %1 con %n archivo.</numerusform>
                <numerusform>Se guardó un borrador de respuesta del %1 con %n archivos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="219" />
            <source>The reply was sent.</source>
            <translation>La respuesta se envió.</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="238" />
            <source>Too large to preview: open it instead.</source>
            <translation>Demasiado grande para la vista previa: ábralo.</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="253" />
            <source>No preview</source>
            <translation>Sin vista previa</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="304" />
            <source>Save Attachment</source>
            <translation>Guardar adjunto</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="324" />
            <source>Saving %1…</source>
            <translation>Guardando %1…</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="333" />
            <source>%1 saved to %2</source>
            <translation>%1 se guardó en %2</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="335" />
            <source>%1 was not saved: the server answered with data, not a file.</source>
            <translation>%1 no se guardó: el servidor respondió con datos, no con un archivo.</translation>
        </message>
        <message>
            <location filename="../src/gui/tickets/ticketpage.cpp" line="337" />
            <source>%1 was not saved: %2</source>
            <translation>%1 no se guardó: %2</translation>
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
            <translation>Nada pendiente</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="95" />
            <source>Alerts for This Account</source>
            <translation>Avisos de esta cuenta</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="101" />
            <source>Alert Settings…</source>
            <translation>Configuración de avisos…</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="104" />
            <source>%1: %2 waiting</source>
            <translation>%1: %2 pendientes</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="108" />
            <source>Show mgrdesk</source>
            <translation>Mostrar mgrdesk</translation>
        </message>
        <message>
            <location filename="../src/gui/tray/traycontroller.cpp" line="109" />
            <source>Quit</source>
            <translation>Salir</translation>
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
                <numerusform>mgrdesk — %n pendiente</numerusform>
                <numerusform>mgrdesk — %n pendientes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::links::LinkImporter</name>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="111" />
            <source>The text is too long to be a link (more than %1 KiB).</source>
            <translation>El texto es demasiado largo para ser un enlace (más de %1 KiB).</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="116" />
            <source>Nothing to open: paste a link from the web interface or a line of the server log.</source>
            <translation>No hay nada que abrir: pegue un enlace de la interfaz web o una línea del registro del servidor.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="120" />
            <source>Paste one link or one log line at a time.</source>
            <translation>Pegue un solo enlace o una sola línea del registro a la vez.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="124" />
            <location filename="../src/core/links/linkimporter.cpp" line="142" />
            <source>The text contains control characters: it is not a link or a log line.</source>
            <translation>El texto contiene caracteres de control: no es un enlace ni una línea del registro.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="132" />
            <source>Unknown mgrdesk: link; the form is mgrdesk://open?url=ADDRESS.</source>
            <translation>Enlace mgrdesk: desconocido; el formato es mgrdesk://open?url=DIRECCIÓN.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="138" />
            <source>A mgrdesk: link must carry an https:// address of the web interface.</source>
            <translation>Un enlace mgrdesk: debe contener una dirección https:// de la interfaz web.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="164" />
            <source>Only https:// and http:// links of the web interface can be opened.</source>
            <translation>Solo se pueden abrir enlaces https:// y http:// de la interfaz web.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="166" />
            <source>This is neither a link of the web interface nor a line of the server log.</source>
            <translation>Esto no es un enlace de la interfaz web ni una línea del registro del servidor.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="186" />
            <source>“%1” is not a valid address.</source>
            <translation>«%1» no es una dirección válida.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="190" />
            <source>The user name and password in the link were ignored.</source>
            <translation>Se ignoraron el nombre de usuario y la contraseña del enlace.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="227" />
            <source>The log line holds no quoted request ('func=…').</source>
            <translation>La línea del registro no contiene una petición entre comillas ('func=…').</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="232" />
            <source>The log line is cut off: its request has no closing quote.</source>
            <translation>La línea del registro está cortada: su petición no tiene comilla de cierre.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="248" />
            <source>The link is not valid UTF-8 (near “%1”).</source>
            <translation>El enlace no es UTF-8 válido (cerca de «%1»).</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="255" />
            <source>The parameter “%1” holds control characters.</source>
            <translation>El parámetro «%1» contiene caracteres de control.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="261" />
            <source>A password found in the link (authinfo) was ignored.</source>
            <translation>Se ignoró una contraseña encontrada en el enlace (authinfo).</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="273" />
            <source>“%1” is not a function name.</source>
            <translation>«%1» no es un nombre de función.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="277" />
            <source>The link names two functions, “%1” and “%2”.</source>
            <translation>El enlace nombra dos funciones, «%1» y «%2».</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="300" />
            <source>The link also names a start page (%1), which was ignored.</source>
            <translation>El enlace también nombra una página de inicio (%1), que se ignoró.</translation>
        </message>
        <message>
            <location filename="../src/core/links/linkimporter.cpp" line="304" />
            <source>The link names no function (func= or startform=).</source>
            <translation>El enlace no nombra ninguna función (func= o startform=).</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::FormCheck</name>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="118" />
            <source>This box must be ticked.</source>
            <translation>Esta casilla debe estar marcada.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="119" />
            <source>This field is required.</source>
            <translation>Este campo es obligatorio.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/models/formcheck.cpp" line="124" />
            <source>At most %n character(s).</source>
            <translation>
                <numerusform>Como máximo %n carácter.</numerusform>
                <numerusform>Como máximo %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="131" />
            <source>Enter a whole number.</source>
            <translation>Introduzca un número entero.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="133" />
            <source>Enter a number from %1 to %2.</source>
            <translation>Introduzca un número entre %1 y %2.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="135" />
            <source>Enter a number not less than %1.</source>
            <translation>Introduzca un número no menor que %1.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="137" />
            <source>Enter a number not greater than %1.</source>
            <translation>Introduzca un número no mayor que %1.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="143" />
            <source>Enter a number.</source>
            <translation>Introduzca un número.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="146" />
            <source>Enter an e-mail address such as name@example.com.</source>
            <translation>Introduzca una dirección de correo electrónico como nombre@example.com.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="149" />
            <source>Enter an address such as https://example.com/.</source>
            <translation>Introduzca una dirección como https://example.com/.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="153" />
            <source>Enter an IP address such as 192.0.2.10 or 2001:db8::1.</source>
            <translation>Introduzca una dirección IP como 192.0.2.10 o 2001:db8::1.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="157" />
            <source>Enter IP addresses, networks (192.0.2.0/24) or ranges (192.0.2.1-192.0.2.9).</source>
            <translation>Introduzca direcciones IP, redes (192.0.2.0/24) o rangos (192.0.2.1-192.0.2.9).</translation>
        </message>
        <message>
            <location filename="../src/core/models/formcheck.cpp" line="160" />
            <source>Enter a phone number such as +1 555 010 0123.</source>
            <translation>Introduzca un número de teléfono como +1 555 010 0123.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::FormDescription</name>
        <message>
            <location filename="../src/core/models/formdescription.cpp" line="278" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location filename="../src/core/models/formdescription.cpp" line="280" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../src/core/models/formdescription.cpp" line="282" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../src/core/models/formdescription.cpp" line="284" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location filename="../src/core/models/formdescription.cpp" line="286" />
            <source>Finish</source>
            <translation>Finalizar</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::FormSession</name>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="66" />
            <location filename="../src/core/models/formsession.cpp" line="301" />
            <source>Not connected.</source>
            <translation>No conectado.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="108" />
            <source>The server did not answer with a form.</source>
            <translation>El servidor no respondió con un formulario.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="110" />
            <source>The form could not be opened.</source>
            <translation>No se pudo abrir el formulario.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="176" />
            <source>The form could not be updated.</source>
            <translation>No se pudo actualizar el formulario.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="371" />
            <source>The server's answer was not understood.</source>
            <translation>No se entendió la respuesta del servidor.</translation>
        </message>
        <message>
            <location filename="../src/core/models/formsession.cpp" line="371" />
            <source>Sending failed.</source>
            <translation>Error al enviar.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::FormState</name>
        <message>
            <location filename="../src/core/models/formstate.cpp" line="397" />
            <source>The server rejected this value (%1).</source>
            <translation>El servidor rechazó este valor (%1).</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::ListActions</name>
        <message numerus="yes">
            <location filename="../src/core/models/listactions.cpp" line="182" />
            <source>%1: %n object(s)?</source>
            <translation>
                <numerusform>%1: ¿%n objeto?</numerusform>
                <numerusform>%1: ¿%n objetos?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/core/models/listactions.cpp" line="185" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::ListExport</name>
        <message>
            <location filename="../src/core/models/listexport.cpp" line="88" />
            <source>Cannot write %1: it is a folder.</source>
            <translation>No se puede escribir %1: es una carpeta.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listexport.cpp" line="102" />
            <location filename="../src/core/models/listexport.cpp" line="106" />
            <location filename="../src/core/models/listexport.cpp" line="169" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/models/listexport.cpp" line="243" />
            <source>The export was cancelled.</source>
            <translation>Se canceló la exportación.</translation>
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
            <translation>No conectado.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listfilter.cpp" line="207" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::ListLoader</name>
        <message>
            <location filename="../src/core/models/listloader.cpp" line="164" />
            <location filename="../src/core/models/listloader.cpp" line="351" />
            <source>Not connected.</source>
            <translation>No conectado.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listloader.cpp" line="207" />
            <source>The server did not answer with a list.</source>
            <translation>El servidor no respondió con una lista.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listloader.cpp" line="362" />
            <source>Done.</source>
            <translation>Hecho.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::models::ListServerExport</name>
        <message>
            <location filename="../src/core/models/listserverexport.cpp" line="63" />
            <source>Cannot write %1: it is a folder.</source>
            <translation>No se puede escribir %1: es una carpeta.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listserverexport.cpp" line="76" />
            <location filename="../src/core/models/listserverexport.cpp" line="136" />
            <source>The export was cancelled.</source>
            <translation>La exportación se canceló.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listserverexport.cpp" line="80" />
            <source>The server could not export the list: %1</source>
            <translation>El servidor no pudo exportar la lista: %1</translation>
        </message>
        <message>
            <location filename="../src/core/models/listserverexport.cpp" line="85" />
            <source>The server did not send a CSV file for this list.</source>
            <translation>El servidor no envió un archivo CSV para esta lista.</translation>
        </message>
        <message>
            <location filename="../src/core/models/listserverexport.cpp" line="138" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
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
            <translation>El servidor no envió ningún menú.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::net::ApiJob</name>
        <message>
            <location filename="../src/core/net/apijob.cpp" line="30" />
            <location filename="../src/core/net/apijob.cpp" line="40" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::net::Connection</name>
        <message>
            <location filename="../src/core/net/connection.cpp" line="156" />
            <source>The connection was closed.</source>
            <translation>Se cerró la conexión.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="313" />
            <source>The server address "%1" is not a valid URL.</source>
            <translation>La dirección del servidor "%1" no es una URL válida.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="321" />
            <source>Nothing was sent.</source>
            <translation>No se envió nada.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="348" />
            <location filename="../src/core/net/connectionsession.cpp" line="219" />
            <location filename="../src/core/net/connectionsession.cpp" line="233" />
            <source>Enter the password of %1 on %2.</source>
            <translation>Introduzca la contraseña de %1 en %2.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="536" />
            <source>The server did not answer within %1 seconds.</source>
            <translation>El servidor no respondió en %1 segundos.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="540" />
            <source>The request reached the server, so it may have been carried out: check before trying again.</source>
            <translation>La solicitud llegó al servidor, así que puede que se haya ejecutado: compruébelo antes de volver a intentarlo.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="560" />
            <source>The server redirected the request to "%1" instead of answering it.</source>
            <translation>El servidor redirigió la solicitud a "%1" en lugar de responderla.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="567" />
            <source>The server answered with HTTP status %1 %2.</source>
            <translation>El servidor respondió con el estado HTTP %1 %2.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="575" />
            <source>The secure connection to %1 failed: %2</source>
            <translation>Falló la conexión segura con %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="578" />
            <source>The connection to %1 broke after the request was sent, so the server may have carried it out. It was not sent again: check before trying again.</source>
            <translation>La conexión con %1 se interrumpió después de enviar la solicitud, así que puede que el servidor la haya ejecutado. No se volvió a enviar: compruébelo antes de volver a intentarlo.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="585" />
            <source>%1 refused the connection on port %2: check the address and port, and that the panel is running.</source>
            <translation>%1 rechazó la conexión en el puerto %2: compruebe la dirección y el puerto, y que el panel esté en funcionamiento.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="592" />
            <source>The server %1 was not found: check the address.</source>
            <translation>No se encontró el servidor %1: compruebe la dirección.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="596" />
            <source>The connection to %1 broke while the answer arrived (%2 bytes received).</source>
            <translation>La conexión con %1 se interrumpió mientras llegaba la respuesta (%2 bytes recibidos).</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="599" />
            <source>%1 closed the connection without answering.</source>
            <translation>%1 cerró la conexión sin responder.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="602" />
            <source>The connection to %1 timed out.</source>
            <translation>Se agotó el tiempo de espera de la conexión con %1.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="605" />
            <source>Network error talking to %1: %2</source>
            <translation>Error de red al comunicarse con %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="610" />
            <source>The partial download was discarded: no file was saved.</source>
            <translation>La descarga parcial se ha descartado: no se ha guardado ningún archivo.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="686" />
            <source>The server's answer is not an API reply: %1</source>
            <translation>La respuesta del servidor no es una respuesta de la API: %1</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="687" />
            <source>The server's answer is not an API reply.</source>
            <translation>La respuesta del servidor no es una respuesta de la API.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connection.cpp" line="691" />
            <source>The server reported an error (%1).</source>
            <translation>El servidor informó de un error (%1).</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="65" />
            <source>The server answered the change with a web page instead of its result (the session may have ended). The change may have been carried out, so it was not sent again: check before trying again.</source>
            <translation>El servidor respondió al cambio con una página web en lugar de su resultado (puede que la sesión haya terminado). Es posible que el cambio se haya realizado, por eso no se envió de nuevo: compruébelo antes de volver a intentarlo.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="119" />
            <source>The server ended the session again right after a new login: %1</source>
            <translation>El servidor volvió a terminar la sesión justo después de un nuevo inicio de sesión: %1</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="211" />
            <source>The login was cancelled.</source>
            <translation>Se canceló el inicio de sesión.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="290" />
            <source>%1 answered with a web page, not the BILLmanager API. Check the address and its path (for example https://%1:1500/billmgr).</source>
            <translation>%1 respondió con una página web, no con la API de BILLmanager. Compruebe la dirección y su ruta (por ejemplo, https://%1:1500/billmgr).</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="297" />
            <source>The server needs a login step this client does not support yet (for example a one-time code).</source>
            <translation>El servidor requiere un paso de inicio de sesión que este cliente aún no admite (por ejemplo, un código de un solo uso).</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectionsession.cpp" line="302" />
            <source>Login failed: %1</source>
            <translation>Error al iniciar sesión: %1</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiontls.cpp" line="125" />
            <source>The certificate of %1 was not trusted.</source>
            <translation>No se confió en el certificado de %1.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiondownload.cpp" line="49" />
            <source>The document is too large to keep in memory, and no temporary folder can be created for it in %1.</source>
            <translation>El documento es demasiado grande para mantenerlo en memoria y no se puede crear una carpeta temporal para él en %1.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiondownload.cpp" line="67" />
            <location filename="../src/core/net/connectiondownload.cpp" line="132" />
            <source>The document cannot be saved to %1: %2. Nothing was kept.</source>
            <translation>No se puede guardar el documento en %1: %2. No se ha conservado nada.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiondownload.cpp" line="77" />
            <source>The document is larger than %1, too large to keep in memory: save it to a file instead.</source>
            <translation>El documento ocupa más de %1, demasiado para mantenerlo en memoria: guárdelo en un archivo.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiondownload.cpp" line="122" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::net::ConnectionManager</name>
        <message>
            <location filename="../src/core/net/connectionmanager.cpp" line="114" />
            <source>No password is saved for this account.</source>
            <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::net::ConnectionTester</name>
        <message>
            <location filename="../src/core/net/connectiontester.cpp" line="31" />
            <source>Connected to %1 as %2, %3.</source>
            <translation>Conectado a %1 como %2, %3.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiontester.cpp" line="33" />
            <source>Connected to %1 as %2.</source>
            <translation>Conectado a %1 como %2.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiontester.cpp" line="41" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="../src/core/net/connectiontester.cpp" line="48" />
            <source>The server's certificate was not trusted.</source>
            <translation>No se confió en el certificado del servidor.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::net::DownloadSink</name>
        <message>
            <location filename="../src/core/net/downloadsink.cpp" line="21" />
            <location filename="../src/core/net/downloadsink.cpp" line="75" />
            <location filename="../src/core/net/downloadsink.cpp" line="137" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::notify::NotificationPoller</name>
        <message>
            <location filename="../src/core/notify/notificationpoller.cpp" line="80" />
            <location filename="../src/core/notify/notificationpoller.cpp" line="164" />
            <source>This version cannot read the server's notifications.</source>
            <translation>Esta versión no puede leer las notificaciones del servidor.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::operations::BatchDownload</name>
        <message>
            <location filename="../src/core/operations/batchdownload.cpp" line="35" />
            <source>The folder %1 cannot be created.</source>
            <translation>No se puede crear la carpeta %1.</translation>
        </message>
        <message>
            <location filename="../src/core/operations/batchdownload.cpp" line="79" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../src/core/operations/batchdownload.cpp" line="81" />
            <location filename="../src/core/operations/batchdownload.cpp" line="88" />
            <source>The server did not send the document.</source>
            <translation>El servidor no envió el documento.</translation>
        </message>
        <message>
            <location filename="../src/core/operations/batchdownload.cpp" line="83" />
            <source>The server answered with data instead of a document.</source>
            <translation>El servidor respondió con datos en lugar de un documento.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::operations::OperationsModel</name>
        <message>
            <location filename="../src/core/operations/operationsmodel.cpp" line="133" />
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::protocol</name>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="122" />
            <source>The reply is not valid JSON at line %1, column %2: %3.</source>
            <translation>La respuesta no es JSON válido en la línea %1, columna %2: %3.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="132" />
            <source>expected %1</source>
            <translation>se esperaba %1</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="152" />
            <source>The reply is not valid UTF-8 at line %1, column %2 (wrong or missing encoding declaration).</source>
            <translation>La respuesta no es UTF-8 válido en la línea %1, columna %2 (declaración de codificación incorrecta o ausente).</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="174" />
            <source>unexpected “%1”</source>
            <translation>«%1» inesperado</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="199" />
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="213" />
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="233" />
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="297" />
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="304" />
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="312" />
            <source>a lone UTF-16 surrogate in a \u escape</source>
            <translation>un sustituto UTF-16 aislado en un escape \u</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="223" />
            <source>a control character inside a string</source>
            <translation>un carácter de control dentro de una cadena</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="268" />
            <source>an invalid escape sequence in a string</source>
            <translation>una secuencia de escape no válida en una cadena</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="287" />
            <source>an invalid \u escape in a string</source>
            <translation>un escape \u no válido en una cadena</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="357" />
            <location filename="../src/core/protocol/replybuilder.cpp" line="182" />
            <source>The reply is nested deeper than the limit of %1 levels.</source>
            <translation>La respuesta está anidada por encima del límite de %1 niveles.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="406" />
            <source>unexpected data after the end of the document</source>
            <translation>datos inesperados tras el final del documento</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="428" />
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="194" />
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="266" />
            <source>The reply ends prematurely at line %1, column %2: it was cut off.</source>
            <translation>La respuesta termina antes de tiempo en la línea %1, columna %2: se cortó.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/jsoneventreader.cpp" line="446" />
            <source>the document is a bare value, not an object</source>
            <translation>el documento es un valor suelto, no un objeto</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replybuilder_error.cpp" line="78" />
            <source>The server reported an error (type “%1”).</source>
            <translation>El servidor informó de un error (tipo «%1»).</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyassembly.cpp" line="34" />
            <source>Not an API reply: it holds no document element.</source>
            <translation>No es una respuesta de la API: no contiene ningún elemento de documento.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replybuilder_doc.cpp" line="176" />
            <source>The reply describes a page of type “%1”, which this client cannot show.</source>
            <translation>La respuesta describe una página de tipo «%1», que este cliente no puede mostrar.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replybuilder_doc.cpp" line="187" />
            <source>The reply has an unknown shape (it holds &lt;%1&gt;).</source>
            <translation>La respuesta tiene una forma desconocida (contiene &lt;%1&gt;).</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replybuilder.cpp" line="202" />
            <location filename="../src/core/protocol/replyparser.cpp" line="211" />
            <source>The server sent a web page instead of an API reply (the session may have expired).</source>
            <translation>El servidor envió una página web en lugar de una respuesta de la API (puede que la sesión haya caducado).</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replybuilder.cpp" line="207" />
            <source>Not an API reply: the document element is &lt;%1&gt;, not &lt;doc&gt;.</source>
            <translation>No es una respuesta de la API: el elemento de documento es &lt;%1&gt;, no &lt;doc&gt;.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="159" />
            <source>%1 MiB</source>
            <translation>%1 MiB</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="160" />
            <source>%1 bytes</source>
            <translation>%1 bytes</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="206" />
            <source>The server sent an empty reply.</source>
            <translation>El servidor envió una respuesta vacía.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="225" />
            <source>Not an API reply: at line %1, column %2 it starts with “%3” instead of XML or JSON.</source>
            <translation>No es una respuesta de la API: en la línea %1, columna %2 empieza por «%3» en lugar de XML o JSON.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="262" />
            <source>The reply is larger than the limit of %1; it was refused.</source>
            <translation>La respuesta supera el límite de %1; se rechazó.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/replyparser.cpp" line="282" />
            <source>The reply was already read.</source>
            <translation>La respuesta ya se leyó.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="161" />
            <source>The reply declares a document type (DTD) at line %1, which API replies never do; refused for safety.</source>
            <translation>La respuesta declara un tipo de documento (DTD) en la línea %1, algo que las respuestas de la API nunca hacen; se rechazó por seguridad.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="187" />
            <source>The reply is not valid text in its character encoding (UTF-8 unless declared) at line %1, column %2: wrong or missing encoding declaration.</source>
            <translation>La respuesta no es texto válido en su codificación (UTF-8 salvo que se declare otra) en la línea %1, columna %2: declaración de codificación incorrecta o ausente.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="200" />
            <source>The reply uses entities in a way that is refused for safety (line %1, column %2).</source>
            <translation>La respuesta usa entidades de una forma que se rechaza por seguridad (línea %1, columna %2).</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="207" />
            <source>The reply is not well-formed XML at line %1, column %2: %3.</source>
            <translation>La respuesta no es XML bien formado en la línea %1, columna %2: %3.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="234" />
            <source>The XML parser could not be created.</source>
            <translation>No se pudo crear el analizador XML.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::protocol::MultipartBody</name>
        <message>
            <location filename="../src/core/protocol/multipartbody.cpp" line="121" />
            <source>The file "%1" changed while it was being sent.</source>
            <translation>El archivo «%1» cambió mientras se enviaba.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/multipartbody.cpp" line="148" />
            <source>The file "%1" does not exist.</source>
            <translation>El archivo «%1» no existe.</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/multipartbody.cpp" line="152" />
            <source>The file "%1" cannot be read.</source>
            <translation>No se puede leer el archivo «%1».</translation>
        </message>
        <message>
            <location filename="../src/core/protocol/multipartbody.cpp" line="156" />
            <source>The file "%1" changed since it was attached.</source>
            <translation>El archivo «%1» cambió después de adjuntarlo.</translation>
        </message>
    </context>
    <context>
        <name>mgrdesk::search::ListSearch</name>
        <message>
            <location filename="../src/core/search/listsearch.cpp" line="79" />
            <source>The server did not send the filter form.</source>
            <translation>El servidor no envió el formulario de filtro.</translation>
        </message>
    </context>
</TS>
