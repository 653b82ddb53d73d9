<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Account</name>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="34"/>
        <source>Enter the server address, for example https://billing.example.com:1500/billmgr.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://billing.example.com:1500/billmgr.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="38"/>
        <source>The server address must not contain spaces.</source>
        <translation>La dirección del servidor no debe contener espacios.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="47"/>
        <source>“%1” is not a valid server address.</source>
        <translation>«%1» no es una dirección de servidor válida.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="52"/>
        <source>The server address must start with https:// (the scheme “%1” is not supported).</source>
        <translation>La dirección del servidor debe empezar por https:// (el esquema «%1» no es compatible).</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="57"/>
        <source>The server address has no host name.</source>
        <translation>La dirección del servidor no tiene nombre de host.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="61"/>
        <source>Do not put a user name or password in the server address; use the fields below.</source>
        <translation>No ponga un nombre de usuario ni una contraseña en la dirección del servidor; use los campos de abajo.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="65"/>
        <source>The server address must not contain “?” or “#”; enter only the panel&apos;s address.</source>
        <translation>La dirección del servidor no debe contener «?» ni «#»; introduzca solo la dirección del panel.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="87"/>
        <source>This address is not encrypted (http://): your password and data will cross the network in clear text. Use https:// unless the server is on this computer.</source>
        <translation>Esta dirección no está cifrada (http://): su contraseña y sus datos viajarán por la red en texto claro. Use https:// salvo que el servidor esté en este equipo.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="98"/>
        <source>Give the account a name.</source>
        <translation>Asigne un nombre a la cuenta.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="111"/>
        <source>Enter the user name to log in with.</source>
        <translation>Introduzca el nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="113"/>
        <source>The user name must not begin or end with a space.</source>
        <translation>El nombre de usuario no debe empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="116"/>
        <source>With the “authinfo” login method the user name must not contain “:”.</source>
        <translation>Con el método de inicio de sesión «authinfo», el nombre de usuario no debe contener «:».</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="121"/>
        <source>“%1” is not a language code; use a code such as “en” or “ru”, or leave it empty.</source>
        <translation>«%1» no es un código de idioma; use un código como «en» o «ru», o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="125"/>
        <source>The user to act as must not contain spaces.</source>
        <translation>El usuario en cuyo nombre se actúa no debe contener espacios.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="144"/>
        <source>No tag</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="146"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="148"/>
        <source>Staging</source>
        <translation>Preproducción</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="150"/>
        <source>Test</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="200"/>
        <source>Session (log in once)</source>
        <translation>Sesión (iniciar sesión una vez)</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="202"/>
        <source>Credentials on every request (authinfo)</source>
        <translation>Credenciales en cada solicitud (authinfo)</translation>
    </message>
</context>
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="14"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="17"/>
        <source>Account settings</source>
        <translation>Configuración de la cuenta</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="35"/>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="38"/>
        <source>A name for this account, e.g. “Production billing”</source>
        <translation>Un nombre para esta cuenta, p. ej. «Facturación de producción»</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="45"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="55"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="58"/>
        <source>https://billing.example.com:1500/billmgr — a bare host name gets port 1500 and /billmgr</source>
        <translation>https://billing.example.com:1500/billmgr — a un nombre de host sin más se le añaden el puerto 1500 y /billmgr</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="61"/>
        <source>https://billing.example.com</source>
        <translation>https://billing.example.com</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="68"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="78"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="81"/>
        <source>The panel user to log in as</source>
        <translation>El usuario del panel con el que iniciar sesión</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="88"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="98"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="101"/>
        <source>Leave empty to be asked when connecting; when editing, empty keeps the saved password</source>
        <translation>Déjela vacía para que se pida al conectar; al editar, vacía conserva la contraseña guardada</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="111"/>
        <source>Remember the password in the keychain</source>
        <translation>Recordar la contraseña en el llavero</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="114"/>
        <source>Save the password in the system keychain (never in a file)</source>
        <translation>Guardar la contraseña en el llavero del sistema (nunca en un archivo)</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="117"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="127"/>
        <source>Login &amp;method:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="137"/>
        <source>Login method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="140"/>
        <source>Session: log in once and keep a session; authinfo: send the credentials with every request</source>
        <translation>Sesión: iniciar sesión una vez y mantenerla; authinfo: enviar las credenciales en cada solicitud</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="147"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="157"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="160"/>
        <source>The language the server answers in; empty means the application&apos;s language</source>
        <translation>El idioma en que responde el servidor; vacío significa el idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="170"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="180"/>
        <source>Environment tag</source>
        <translation>Etiqueta de entorno</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="183"/>
        <source>A colour that marks the account everywhere, e.g. red for production</source>
        <translation>Un color que marca la cuenta en todas partes, p. ej. rojo para producción</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="190"/>
        <source>Act &amp;as user:</source>
        <translation>&amp;Actuar como usuario:</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="200"/>
        <source>Act as user</source>
        <translation>Actuar como usuario</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="203"/>
        <source>Optional: run every request as this user (su); empty means yourself</source>
        <translation>Opcional: ejecutar cada solicitud como este usuario (su); vacío significa usted mismo</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="210"/>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="219"/>
        <source>None trusted yet</source>
        <translation>Ninguno de confianza todavía</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="225"/>
        <source>Trusted certificate</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="235"/>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="238"/>
        <source>Forget the trusted certificate</source>
        <translation>Olvidar el certificado de confianza</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="241"/>
        <source>The next connection asks again whether to trust the server&apos;s certificate</source>
        <translation>La próxima conexión volverá a preguntar si se confía en el certificado del servidor</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="258"/>
        <source>Problems with the account</source>
        <translation>Problemas con la cuenta</translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="278"/>
        <source>Save or cancel</source>
        <translation>Guardar o cancelar</translation>
    </message>
</context>
<context>
    <name>AccountManagerDialog</name>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="9"/>
        <location filename="../forms/accountmanagerdialog.ui" line="25"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="12"/>
        <source>Account manager</source>
        <translation>Administrador de cuentas</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="17"/>
        <source>&amp;Accounts:</source>
        <translation>&amp;Cuentas:</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="26"/>
        <source>The servers and users mgrdesk connects to, in the order shown in the main window</source>
        <translation>Los servidores y usuarios a los que se conecta mgrdesk, en el orden en que aparecen en la ventana principal</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="34"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="35"/>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="40"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="41"/>
        <source>Edit the selected account</source>
        <translation>Editar la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="46"/>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="47"/>
        <source>Remove the selected account</source>
        <translation>Eliminar la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="52"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="53"/>
        <source>Move the selected account up</source>
        <translation>Subir la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="58"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="59"/>
        <source>Move the selected account down</source>
        <translation>Bajar la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="64"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="65"/>
        <source>Test the connection of the selected account</source>
        <translation>Probar la conexión de la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="81"/>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="88"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../forms/passwordprompt.ui" line="9"/>
        <location filename="../forms/passwordprompt.ui" line="41"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="12"/>
        <source>Password required</source>
        <translation>Se requiere la contraseña</translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="19"/>
        <source>Why the password is needed</source>
        <translation>Por qué se necesita la contraseña</translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="27"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="34"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="48"/>
        <source>&amp;Show the password</source>
        <translation>&amp;Mostrar la contraseña</translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="49"/>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="54"/>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="55"/>
        <source>Remember the password in the keychain</source>
        <translation>Recordar la contraseña en el llavero</translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="63"/>
        <source>Keychain status</source>
        <translation>Estado del llavero</translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="69"/>
        <source>Log in or cancel</source>
        <translation>Iniciar sesión o cancelar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="27"/>
        <source>--demo-server: %1</source>
        <translation>--demo-server: %1</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="30"/>
        <source>Demo server</source>
        <translation>Servidor de demostración</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="81"/>
        <source>Desktop client for BILLmanager</source>
        <translation>Cliente de escritorio para BILLmanager</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="85"/>
        <source>Add (or update) the account “Demo server” for &lt;url&gt; with user admin and password “demo” (kept in memory only), and select it.</source>
        <translation>Añadir (o actualizar) la cuenta «Servidor de demostración» para &lt;url&gt; con el usuario admin y la contraseña «demo» (solo en memoria), y seleccionarla.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="90"/>
        <source>Keep accounts and window state in &lt;file&gt; (INI) instead of the default settings.</source>
        <translation>Guardar las cuentas y el estado de la ventana en &lt;file&gt; (INI) en lugar de la configuración predeterminada.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::accounts::AccountStore</name>
    <message>
        <location filename="../src/core/accounts/accountstore.cpp" line="160"/>
        <source>Could not save the accounts to %1.</source>
        <translation>No se pudieron guardar las cuentas en %1.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::accounts::AuditTrail</name>
    <message>
        <location filename="../src/core/accounts/audittrail.cpp" line="81"/>
        <source>Cannot write the audit trail %1: %2</source>
        <translation>No se puede escribir el registro de auditoría %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/audittrail.cpp" line="136"/>
        <location filename="../src/core/accounts/audittrail.cpp" line="142"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>mgrdesk::accounts::CredentialStore</name>
    <message>
        <location filename="../src/core/accounts/credentialstore.cpp" line="105"/>
        <source>No password is saved for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/credentialstore.cpp" line="115"/>
        <source>No secure password store is available (%1). Passwords will be asked for in each session and never saved.</source>
        <translation>No hay ningún almacén seguro de contraseñas disponible (%1). Las contraseñas se pedirán en cada sesión y nunca se guardarán.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/credentialstore.cpp" line="123"/>
        <source>The saved password could not be removed from the keychain: %1</source>
        <translation>No se pudo eliminar la contraseña guardada del llavero: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/accounts/credentialstore.cpp" line="135"/>
        <source>The password store did not answer within %n second(s) (is the keyring locked?). Passwords will be asked for in each session and never saved.</source>
        <translation>
            <numerusform>El almacén de contraseñas no respondió en %n segundo (¿está bloqueado el llavero?). Las contraseñas se pedirán en cada sesión y nunca se guardarán.</numerusform>
            <numerusform>El almacén de contraseñas no respondió en %n segundos (¿está bloqueado el llavero?). Las contraseñas se pedirán en cada sesión y nunca se guardarán.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mgrdesk::cli</name>
    <message>
        <location filename="../src/cli/decode.cpp" line="197"/>
        <source>--format needs a value</source>
        <translation>--format necesita un valor</translation>
    </message>
    <message>
        <location filename="../src/cli/decode.cpp" line="206"/>
        <source>unknown option “%1”</source>
        <translation>opción desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/decode.cpp" line="208"/>
        <source>only one FILE can be decoded</source>
        <translation>solo se puede decodificar un ARCHIVO</translation>
    </message>
    <message>
        <location filename="../src/cli/decode.cpp" line="222"/>
        <source>unknown format “%1” (auto, xml or json)</source>
        <translation>formato desconocido «%1» (auto, xml o json)</translation>
    </message>
    <message>
        <location filename="../src/cli/decode.cpp" line="227"/>
        <source>no FILE given</source>
        <translation>no se indicó ningún ARCHIVO</translation>
    </message>
    <message>
        <location filename="../src/cli/decode.cpp" line="234"/>
        <location filename="../src/cli/decode.cpp" line="242"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="17"/>
        <source>usage:</source>
        <translation>uso:</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="50"/>
        <source>mgrdesk-cli: unknown command “%1”</source>
        <translation>mgrdesk-cli: orden desconocida «%1»</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::AccessLevel</name>
    <message>
        <location filename="../src/gui/accounts/accountconnection.cpp" line="26"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountconnection.cpp" line="29"/>
        <source>reseller</source>
        <translation>revendedor</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountconnection.cpp" line="32"/>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountconnection.cpp" line="35"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountconnection.cpp" line="38"/>
        <source>superuser</source>
        <translation>superusuario</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountconnection.cpp" line="41"/>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountconnection.cpp" line="43"/>
        <source>%1 (level %2)</source>
        <translation>%1 (nivel %2)</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::AccountEditDialog</name>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="21"/>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="21"/>
        <source>Edit Account — %1</source>
        <translation>Editar cuenta — %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="36"/>
        <source>Application language</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="37"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="48"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="52"/>
        <source>No keychain: the password is kept only until mgrdesk quits</source>
        <translation>Sin llavero: la contraseña se conserva solo hasta que se cierre mgrdesk</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="75"/>
        <source>Connects to %1</source>
        <translation>Se conecta a %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="82"/>
        <source>None trusted yet (the first connection asks)</source>
        <translation>Ninguno de confianza todavía (la primera conexión preguntará)</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="89"/>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="146"/>
        <source>Press OK again to save anyway.</source>
        <translation>Pulse Aceptar de nuevo para guardar de todos modos.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::AccountManagerDialog</name>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="113"/>
        <source>%1 on %2</source>
        <comment>user on server</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="186"/>
        <source>The password was not saved in the keychain: %1</source>
        <translation>La contraseña no se guardó en el llavero: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="196"/>
        <source>Remove Account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="197"/>
        <source>Remove the account “%1” (%2 on %3)?
Its saved password is deleted from the keychain; the account on the server is not touched.</source>
        <translation>¿Eliminar la cuenta «%1» (%2 en %3)?
Su contraseña guardada se borra del llavero; la cuenta en el servidor no se modifica.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="229"/>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="236"/>
        <source>The password is needed to test the connection.</source>
        <translation>Se necesita la contraseña para probar la conexión.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="246"/>
        <source>Connection test cancelled.</source>
        <translation>Prueba de conexión cancelada.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="279"/>
        <source>Connection failed: %1</source>
        <translation>Error de conexión: %1</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ActAsDialog</name>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="19"/>
        <source>Act as…</source>
        <translation>Actuar como…</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="20"/>
        <source>Act as another user</source>
        <translation>Actuar como otro usuario</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="23"/>
        <source>Open a tab that works with the rights of another user. Every request from it carries that user&apos;s login; closing the tab ends it.</source>
        <translation>Abre una pestaña que trabaja con los permisos de otro usuario. Cada solicitud desde ella lleva el inicio de sesión de ese usuario; al cerrar la pestaña se termina.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="28"/>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="30"/>
        <source>Login to act as</source>
        <translation>Usuario como el que actuar</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="31"/>
        <source>e.g. client1</source>
        <translation>p. ej. client1</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="38"/>
        <source>Login problem</source>
        <translation>Problema con el usuario</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="41"/>
        <source>&amp;Act as</source>
        <translation>&amp;Actuar como</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="101"/>
        <source>The selected row names no user.</source>
        <translation>La fila seleccionada no indica ningún usuario.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="117"/>
        <source>The server did not send the list of users.</source>
        <translation>El servidor no envió la lista de usuarios.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="130"/>
        <source>No user of the client %1 was found.</source>
        <translation>No se encontró ningún usuario del cliente %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="138"/>
        <source>Type the login of the user to act as.</source>
        <translation>Escriba el usuario como el que desea actuar.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="140"/>
        <source>A login is at most 128 characters long.</source>
        <translation>Un nombre de usuario tiene como máximo 128 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="143"/>
        <source>A login has no spaces.</source>
        <translation>Un nombre de usuario no tiene espacios.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="145"/>
        <source>The login contains a control character.</source>
        <translation>El nombre de usuario contiene un carácter de control.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::AuditTrailDialog</name>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="19"/>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="20"/>
        <source>Impersonation audit trail</source>
        <translation>Registro de auditoría de suplantación</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Logged in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Acting as</source>
        <translation>Actuando como</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="30"/>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="33"/>
        <source>Audit trail status</source>
        <translation>Estado del registro de auditoría</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="36"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="37"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="58"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="65"/>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="73"/>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="73"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::BrowserLogin</name>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="45"/>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="64"/>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="49"/>
        <source>Open the web interface in your browser, logged in as %1?

A one-time login key is created for %1; it works once and expires after an hour.</source>
        <translation>¿Abrir la interfaz web en su navegador, con la sesión iniciada como %1?

Se crea una clave de acceso de un solo uso para %1; funciona una vez y caduca al cabo de una hora.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="52"/>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="73"/>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="80"/>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="57"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="72"/>
        <source>Cannot open the web interface as %1: %2</source>
        <translation>No se puede abrir la interfaz web como %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="79"/>
        <source>The system could not open a browser.</source>
        <translation>El sistema no pudo abrir un navegador.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::CertificateDialog</name>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="69"/>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="70"/>
        <source>Certificate changed</source>
        <translation>El certificado ha cambiado</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="70"/>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="82"/>
        <source>The certificate of %1 has CHANGED since you trusted it.</source>
        <translation>El certificado de %1 ha CAMBIADO desde que confió en él.</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="84"/>
        <source>The certificate of %1 cannot be verified.</source>
        <translation>No se puede verificar el certificado de %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="86"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="94"/>
        <source>The server now presents a different certificate. This happens when an administrator renews it, but it can also mean that someone is intercepting the connection. Compare the fingerprint with the one the server&apos;s administrator gives you before you trust it.</source>
        <translation>El servidor presenta ahora un certificado distinto. Esto ocurre cuando un administrador lo renueva, pero también puede significar que alguien está interceptando la conexión. Compare la huella digital con la que le facilite el administrador del servidor antes de confiar en él.</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="99"/>
        <source>No certificate authority known to this computer vouches for it (panels on port 1500 usually use a self-signed certificate). Compare the fingerprint with the one the server&apos;s administrator gives you. If you trust it, mgrdesk will accept exactly this certificate for this account.</source>
        <translation>Ninguna autoridad de certificación conocida por este equipo lo avala (los paneles en el puerto 1500 suelen usar un certificado autofirmado). Compare la huella digital con la que le facilite el administrador del servidor. Si confía en él, mgrdesk aceptará exactamente este certificado para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="103"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="107"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="108"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="109"/>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="109"/>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="110"/>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="110"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="112"/>
        <source>from %1 until %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="115"/>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="115"/>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="116"/>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="118"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="126"/>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="127"/>
        <source>Verification problems</source>
        <translation>Problemas de verificación</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="132"/>
        <source>Cancel: do not trust the certificate</source>
        <translation>Cancelar: no confiar en el certificado</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="133"/>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Confiar en el nuevo certificado</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="133"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="135"/>
        <source>Trust this certificate for this account</source>
        <translation>Confiar en este certificado para esta cuenta</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ConnectionManager</name>
    <message>
        <location filename="../src/gui/accounts/connectionmanager.cpp" line="113"/>
        <source>No password is saved for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ConnectionTester</name>
    <message>
        <location filename="../src/gui/accounts/connectiontester.cpp" line="31"/>
        <source>Connected to %1 as %2, %3.</source>
        <translation>Conectado a %1 como %2, %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/connectiontester.cpp" line="33"/>
        <source>Connected to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/connectiontester.cpp" line="41"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/connectiontester.cpp" line="48"/>
        <source>The server&apos;s certificate was not trusted.</source>
        <translation>No se confió en el certificado del servidor.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::FormBanner</name>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="20"/>
        <source>Form message</source>
        <translation>Mensaje del formulario</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="26"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="28"/>
        <source>Show error details</source>
        <translation>Mostrar los detalles del error</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="29"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="30"/>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="36"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="51"/>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="53"/>
        <source>Object: %1</source>
        <translation>Objeto: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="55"/>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="57"/>
        <source>Parameter %1: %2</source>
        <translation>Parámetro %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="59"/>
        <source>Stack: %1 (user %2, level %3)</source>
        <translation>Pila: %1 (usuario %2, nivel %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="61"/>
        <source>Group: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="63"/>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::FormFieldEditor</name>
    <message>
        <location filename="../src/gui/forms/formfieldeditor.cpp" line="42"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formfieldeditor.cpp" line="316"/>
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::FormWidget</name>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="45"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="78"/>
        <source>The form could not be opened: %1</source>
        <translation>No se pudo abrir el formulario: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="88"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="90"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="94"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="98"/>
        <source>The form could not be updated: %1</source>
        <translation>No se pudo actualizar el formulario: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="107"/>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="252"/>
        <source>Form pages</source>
        <translation>Páginas del formulario</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="254"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="270"/>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="292"/>
        <location filename="../src/gui/forms/formwidget.cpp" line="411"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="299"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="300"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="351"/>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="366"/>
        <source>%1 Nothing you entered was lost: you can send the form again.</source>
        <translation>%1 No se ha perdido nada de lo introducido: puede volver a enviar el formulario.</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="392"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="393"/>
        <source>“%1” has changes that were not sent. Discard them?</source>
        <translation>«%1» tiene cambios que no se han enviado. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ImpersonationBanner</name>
    <message>
        <location filename="../src/gui/impersonation/impersonationbanner.cpp" line="27"/>
        <source>Impersonation banner</source>
        <translation>Banner de suplantación</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationbanner.cpp" line="67"/>
        <source>Acting as %1 — logged in as %2 (level %3)</source>
        <translation>Actuando como %1 — sesión iniciada como %2 (nivel %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationbanner.cpp" line="69"/>
        <source>Acting as %1 — logged in as %2</source>
        <translation>Actuando como %1 — sesión iniciada como %2</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationbanner.cpp" line="72"/>
        <source>Every request from this view runs with the rights of %1.</source>
        <translation>Cada solicitud desde esta vista se ejecuta con los permisos de %1.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ImpersonationTab</name>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="27"/>
        <source>Acting as %1: %2</source>
        <translation>Actuando como %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="42"/>
        <source>Impersonation status</source>
        <translation>Estado de la suplantación</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="43"/>
        <source>Checking the rights of %1…</source>
        <translation>Comprobando los permisos de %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="57"/>
        <source>Forms cannot be opened as %1 here yet.</source>
        <translation>Aquí todavía no se pueden abrir formularios como %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="95"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="110"/>
        <source>No user to act as.</source>
        <translation>No hay ningún usuario como el que actuar.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="115"/>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="144"/>
        <source>Cannot act as %1: %2</source>
        <translation>No se puede actuar como %1: %2</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ListView</name>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="59"/>
        <source>The list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/lists/listview.cpp" line="79"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila a %1.</numerusform>
            <numerusform>Se exportaron %n filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="102"/>
        <source>List %1</source>
        <translation>Lista %1</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="104"/>
        <source>List actions</source>
        <translation>Acciones de la lista</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="108"/>
        <source>Filter loaded rows (Ctrl+F)</source>
        <translation>Filtrar las filas cargadas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="109"/>
        <source>Quick filter</source>
        <translation>Filtro rápido</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="114"/>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="122"/>
        <source>Rows of %1</source>
        <translation>Filas de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="144"/>
        <source>List status</source>
        <translation>Estado de la lista</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="146"/>
        <source>Totals of the selected rows</source>
        <translation>Totales de las filas seleccionadas</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="149"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="357"/>
        <source>%1: running…</source>
        <translation>%1: en curso…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="364"/>
        <source>Confirm: %1</source>
        <translation>Confirmar: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="377"/>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="377"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="404"/>
        <source>%1 of %2 loaded</source>
        <translation>%1 de %2 cargadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/lists/listview.cpp" line="406"/>
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n fila cargada</numerusform>
            <numerusform>%n filas cargadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="408"/>
        <source>%1 shown, %2</source>
        <translation>%1 mostradas, %2</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="410"/>
        <source> — loading…</source>
        <translation> — cargando…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="426"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="427"/>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="428"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="437"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="118"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/lists/listviewdata.cpp" line="122"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="134"/>
        <source>Loading every page for the export…</source>
        <translation>Cargando todas las páginas para la exportación…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="141"/>
        <source>Export list</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="141"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="154"/>
        <location filename="../src/gui/lists/listviewdata.cpp" line="179"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="65"/>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="68"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="69"/>
        <source>The server and user this window works with</source>
        <translation>El servidor y el usuario con los que trabaja esta ventana</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="76"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="78"/>
        <source>&amp;Manage Accounts…</source>
        <translation>&amp;Administrar cuentas…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="79"/>
        <source>Manage accounts</source>
        <translation>Administrar cuentas</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="86"/>
        <source>Log in to see the server&apos;s menu.</source>
        <translation>Inicie sesión para ver el menú del servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="94"/>
        <source>Open lists and forms</source>
        <translation>Listas y formularios abiertos</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="108"/>
        <source>Open a list from the menu on the left.
Accounts: File › Accounts… (Ctrl+Shift+A).</source>
        <translation>Abra una lista desde el menú de la izquierda.
Cuentas: Archivo › Cuentas… (Ctrl+Mayús+A).</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="135"/>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="138"/>
        <source>Keychain state</source>
        <translation>Estado del llavero</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="165"/>
        <source>Accounts Not Saved</source>
        <translation>Cuentas no guardadas</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="189"/>
        <source>No keychain: passwords are not saved</source>
        <translation>Sin llavero: las contraseñas no se guardan</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="198"/>
        <source>No Keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="225"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="226"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="229"/>
        <source>&amp;Log In Again</source>
        <translation>&amp;Volver a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="231"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="248"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="249"/>
        <source>&amp;About mgrdesk</source>
        <translation>&amp;Acerca de mgrdesk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="298"/>
        <source>%1 on %2</source>
        <comment>user on server</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="348"/>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="373"/>
        <source>Not logged in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="350"/>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="352"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="354"/>
        <source>Connection error</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="356"/>
        <source>Waiting for the password</source>
        <translation>Esperando la contraseña</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="358"/>
        <source>Waiting for a decision about the certificate</source>
        <translation>Esperando una decisión sobre el certificado</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="366"/>
        <source>No account: add one with File › Accounts…</source>
        <translation>No hay ninguna cuenta: añada una con Archivo › Cuentas…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="367"/>
        <source>No account selected</source>
        <translation>Ninguna cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="376"/>
        <source>Connected to %1 as %2, %3</source>
        <translation>Conectado a %1 como %2, %3</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="377"/>
        <source>Connected to %1 as %2</source>
        <translation>Conectado a %1 como %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="397"/>
        <source>mgrdesk</source>
        <translation>mgrdesk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="401"/>
        <source>%1 — mgrdesk</source>
        <translation>%1 — mgrdesk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="477"/>
        <source>About mgrdesk</source>
        <translation>Acerca de mgrdesk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="478"/>
        <source>mgrdesk %1
A desktop client for the BILLmanager billing panel.
Built with Qt %2.</source>
        <translation>mgrdesk %1
Un cliente de escritorio para el panel de facturación BILLmanager.
Compilado con Qt %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="29"/>
        <source>A&amp;ccount</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="31"/>
        <source>Act &amp;as…</source>
        <translation>Actuar &amp;como…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="33"/>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="35"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="38"/>
        <source>Impersonation Audit &amp;Trail…</source>
        <translation>&amp;Registro de auditoría de suplantación…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="92"/>
        <source>“%1” (%2) cannot be shown by this version yet.</source>
        <translation>Esta versión todavía no puede mostrar «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="125"/>
        <source>%1 › %2</source>
        <comment>parent list › child list</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="158"/>
        <source>New (%1)</source>
        <translation>Nuevo (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="158"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="200"/>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="224"/>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="231"/>
        <source>Select an account first.</source>
        <translation>Seleccione primero una cuenta.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="235"/>
        <source>Sessions — %1</source>
        <translation>Sesiones — %1</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::NavigationTree</name>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="24"/>
        <source>Search the menu (Ctrl+K)</source>
        <translation>Buscar en el menú (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="25"/>
        <source>Search the menu</source>
        <translation>Buscar en el menú</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="29"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="53"/>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="71"/>
        <source>Log in to see the server&apos;s menu.</source>
        <translation>Inicie sesión para ver el menú del servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="64"/>
        <source>No account selected.</source>
        <translation>Ninguna cuenta seleccionada.</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="79"/>
        <source>Loading the menu…</source>
        <translation>Cargando el menú…</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="85"/>
        <source>The server sent no menu.</source>
        <translation>El servidor no envió ningún menú.</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="86"/>
        <source>The menu could not be loaded: %1</source>
        <translation>No se pudo cargar el menú: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="129"/>
        <source>The server&apos;s menu is empty for this user.</source>
        <translation>El menú del servidor está vacío para este usuario.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::PasswordPrompt</name>
    <message>
        <location filename="../src/gui/accounts/passwordprompt.cpp" line="17"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/passwordprompt.cpp" line="19"/>
        <source>Enter the password of user “%1” on %2 (account “%3”).</source>
        <translation>Introduzca la contraseña del usuario «%1» en %2 (cuenta «%3»).</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/passwordprompt.cpp" line="29"/>
        <source>The password is kept in memory until mgrdesk quits.</source>
        <translation>La contraseña se conserva en memoria hasta que se cierre mgrdesk.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/passwordprompt.cpp" line="32"/>
        <source>&amp;Log In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::SessionsWidget</name>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="32"/>
        <source>Active sessions</source>
        <translation>Sesiones activas</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <source>Acting as</source>
        <translation>Actuando como</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="155"/>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="42"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="46"/>
        <source>&amp;End session</source>
        <translation>&amp;Terminar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="47"/>
        <source>End the selected session</source>
        <translation>Terminar la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="49"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="51"/>
        <source>Sessions status</source>
        <translation>Estado de las sesiones</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="58"/>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="193"/>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="62"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="126"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="133"/>
        <source>The server did not send a list.</source>
        <translation>El servidor no envió ninguna lista.</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="134"/>
        <source>The sessions could not be loaded: %1</source>
        <translation>No se pudieron cargar las sesiones: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="169"/>
        <source>%n session(s); yours is marked.</source>
        <translation>
            <numerusform>%n sesión; la suya está marcada.</numerusform>
            <numerusform>%n sesiones; la suya está marcada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="170"/>
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n sesión.</numerusform>
            <numerusform>%n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="191"/>
        <source>End your own session (%1)? The account is logged out.</source>
        <translation>¿Terminar su propia sesión (%1)? Se cerrará la sesión de la cuenta.</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="192"/>
        <source>End the session of %1 (%2)? That user has to log in again.</source>
        <translation>¿Terminar la sesión de %1 (%2)? Ese usuario tendrá que volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="199"/>
        <source>Your session was ended.</source>
        <translation>Su sesión ha terminado.</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="211"/>
        <source>The session of %1 was ended.</source>
        <translation>La sesión de %1 ha terminado.</translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="213"/>
        <source>Could not end the session: %1</source>
        <translation>No se pudo terminar la sesión: %1</translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::FormCheck</name>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="117"/>
        <source>This box must be ticked.</source>
        <translation>Esta casilla debe estar marcada.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="118"/>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/models/formcheck.cpp" line="123"/>
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>Como máximo %n carácter.</numerusform>
            <numerusform>Como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="129"/>
        <source>Enter a whole number.</source>
        <translation>Introduzca un número entero.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="131"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Introduzca un número entre %1 y %2.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="133"/>
        <source>Enter a number not less than %1.</source>
        <translation>Introduzca un número no menor que %1.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="135"/>
        <source>Enter a number not greater than %1.</source>
        <translation>Introduzca un número no mayor que %1.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="140"/>
        <source>Enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="143"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico como nombre@example.com.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="146"/>
        <source>Enter an address such as https://example.com/.</source>
        <translation>Introduzca una dirección como https://example.com/.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="149"/>
        <source>Enter an IP address such as 192.0.2.10 or 2001:db8::1.</source>
        <translation>Introduzca una dirección IP como 192.0.2.10 o 2001:db8::1.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="152"/>
        <source>Enter IP addresses, networks (192.0.2.0/24) or ranges (192.0.2.1-192.0.2.9).</source>
        <translation>Introduzca direcciones IP, redes (192.0.2.0/24) o rangos (192.0.2.1-192.0.2.9).</translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="155"/>
        <source>Enter a phone number such as +1 555 010 0123.</source>
        <translation>Introduzca un número de teléfono como +1 555 010 0123.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::FormDescription</name>
    <message>
        <location filename="../src/core/models/formdescription.cpp" line="256"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../src/core/models/formdescription.cpp" line="258"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/core/models/formdescription.cpp" line="260"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../src/core/models/formdescription.cpp" line="262"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../src/core/models/formdescription.cpp" line="264"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::FormSession</name>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="57"/>
        <location filename="../src/core/models/formsession.cpp" line="179"/>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="92"/>
        <source>The server did not answer with a form.</source>
        <translation>El servidor no respondió con un formulario.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="94"/>
        <source>The form could not be opened.</source>
        <translation>No se pudo abrir el formulario.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="149"/>
        <source>The form could not be updated.</source>
        <translation>No se pudo actualizar el formulario.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="245"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation>No se entendió la respuesta del servidor.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="245"/>
        <source>Sending failed.</source>
        <translation>Error al enviar.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::FormState</name>
    <message>
        <location filename="../src/core/models/formstate.cpp" line="350"/>
        <source>The server rejected this value (%1).</source>
        <translation>El servidor rechazó este valor (%1).</translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::ListActions</name>
    <message numerus="yes">
        <location filename="../src/core/models/listactions.cpp" line="144"/>
        <source>%1: %n object(s)?</source>
        <translation>
            <numerusform>%1: ¿%n objeto?</numerusform>
            <numerusform>%1: ¿%n objetos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/models/listactions.cpp" line="147"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::ListLoader</name>
    <message>
        <location filename="../src/core/models/listloader.cpp" line="122"/>
        <location filename="../src/core/models/listloader.cpp" line="258"/>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <location filename="../src/core/models/listloader.cpp" line="163"/>
        <source>The server did not answer with a list.</source>
        <translation>El servidor no respondió con una lista.</translation>
    </message>
    <message>
        <location filename="../src/core/models/listloader.cpp" line="269"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::net::ApiJob</name>
    <message>
        <location filename="../src/core/net/apijob.cpp" line="30"/>
        <location filename="../src/core/net/apijob.cpp" line="40"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::net::Connection</name>
    <message>
        <location filename="../src/core/net/connection.cpp" line="83"/>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="172"/>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>La dirección del servidor &quot;%1&quot; no es una URL válida.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="198"/>
        <location filename="../src/core/net/connectionsession.cpp" line="112"/>
        <location filename="../src/core/net/connectionsession.cpp" line="125"/>
        <source>Enter the password of %1 on %2.</source>
        <translation>Introduzca la contraseña de %1 en %2.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="332"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>El servidor no respondió en %1 segundos.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="342"/>
        <source>The server redirected the request to &quot;%1&quot; instead of answering it.</source>
        <translation>El servidor redirigió la solicitud a &quot;%1&quot; en lugar de responderla.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="349"/>
        <source>The server answered with HTTP status %1 %2.</source>
        <translation>El servidor respondió con el estado HTTP %1 %2.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="356"/>
        <source>The secure connection failed: %1</source>
        <translation>Error en la conexión segura: %1</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="357"/>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="413"/>
        <source>The server&apos;s answer is not an API reply: %1</source>
        <translation>La respuesta del servidor no es una respuesta de la API: %1</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="414"/>
        <source>The server&apos;s answer is not an API reply.</source>
        <translation>La respuesta del servidor no es una respuesta de la API.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="418"/>
        <source>The server reported an error (%1).</source>
        <translation>El servidor informó de un error (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="93"/>
        <source>The server ended the session again right after a new login: %1</source>
        <translation>El servidor volvió a terminar la sesión justo después de un nuevo inicio de sesión: %1</translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="179"/>
        <source>The server needs a login step this client does not support yet (for example a one-time code).</source>
        <translation>El servidor requiere un paso de inicio de sesión que este cliente aún no admite (por ejemplo, un código de un solo uso).</translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="184"/>
        <source>Login failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <location filename="../src/core/net/connectiontls.cpp" line="114"/>
        <source>The certificate of %1 was not trusted.</source>
        <translation>No se confió en el certificado de %1.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::protocol</name>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="122"/>
        <source>The reply is not valid JSON at line %1, column %2: %3.</source>
        <translation>La respuesta no es JSON válido en la línea %1, columna %2: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="132"/>
        <source>expected %1</source>
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="152"/>
        <source>The reply is not valid UTF-8 at line %1, column %2 (wrong or missing encoding declaration).</source>
        <translation>La respuesta no es UTF-8 válido en la línea %1, columna %2 (declaración de codificación incorrecta o ausente).</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="174"/>
        <source>unexpected “%1”</source>
        <translation>«%1» inesperado</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="199"/>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="213"/>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="233"/>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="297"/>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="304"/>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="312"/>
        <source>a lone UTF-16 surrogate in a \u escape</source>
        <translation>un sustituto UTF-16 aislado en un escape \u</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="223"/>
        <source>a control character inside a string</source>
        <translation>un carácter de control dentro de una cadena</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="268"/>
        <source>an invalid escape sequence in a string</source>
        <translation>una secuencia de escape no válida en una cadena</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="287"/>
        <source>an invalid \u escape in a string</source>
        <translation>un escape \u no válido en una cadena</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="357"/>
        <location filename="../src/core/protocol/replybuilder.cpp" line="177"/>
        <source>The reply is nested deeper than the limit of %1 levels.</source>
        <translation>La respuesta está anidada por encima del límite de %1 niveles.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="406"/>
        <source>unexpected data after the end of the document</source>
        <translation>datos inesperados tras el final del documento</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="428"/>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="194"/>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="266"/>
        <source>The reply ends prematurely at line %1, column %2: it was cut off.</source>
        <translation>La respuesta termina antes de tiempo en la línea %1, columna %2: se cortó.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="446"/>
        <source>the document is a bare value, not an object</source>
        <translation>el documento es un valor suelto, no un objeto</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyassembly.cpp" line="77"/>
        <source>The server reported an error (type “%1”).</source>
        <translation>El servidor informó de un error (tipo «%1»).</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyassembly.cpp" line="255"/>
        <source>Not an API reply: it holds no document element.</source>
        <translation>No es una respuesta de la API: no contiene ningún elemento de documento.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyassembly.cpp" line="297"/>
        <source>The reply describes a page of type “%1”, which this client cannot show.</source>
        <translation>La respuesta describe una página de tipo «%1», que este cliente no puede mostrar.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyassembly.cpp" line="303"/>
        <source>The reply has an unknown shape (it holds &lt;%1&gt;).</source>
        <translation>La respuesta tiene una forma desconocida (contiene &lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replybuilder.cpp" line="197"/>
        <location filename="../src/core/protocol/replyparser.cpp" line="211"/>
        <source>The server sent a web page instead of an API reply (the session may have expired).</source>
        <translation>El servidor envió una página web en lugar de una respuesta de la API (puede que la sesión haya caducado).</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replybuilder.cpp" line="202"/>
        <source>Not an API reply: the document element is &lt;%1&gt;, not &lt;doc&gt;.</source>
        <translation>No es una respuesta de la API: el elemento de documento es &lt;%1&gt;, no &lt;doc&gt;.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="159"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="160"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="206"/>
        <source>The server sent an empty reply.</source>
        <translation>El servidor envió una respuesta vacía.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="225"/>
        <source>Not an API reply: at line %1, column %2 it starts with “%3” instead of XML or JSON.</source>
        <translation>No es una respuesta de la API: en la línea %1, columna %2 empieza por «%3» en lugar de XML o JSON.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="262"/>
        <source>The reply is larger than the limit of %1; it was refused.</source>
        <translation>La respuesta supera el límite de %1; se rechazó.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="282"/>
        <source>The reply was already read.</source>
        <translation>La respuesta ya se leyó.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="161"/>
        <source>The reply declares a document type (DTD) at line %1, which API replies never do; refused for safety.</source>
        <translation>La respuesta declara un tipo de documento (DTD) en la línea %1, algo que las respuestas de la API nunca hacen; se rechazó por seguridad.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="187"/>
        <source>The reply is not valid text in its character encoding (UTF-8 unless declared) at line %1, column %2: wrong or missing encoding declaration.</source>
        <translation>La respuesta no es texto válido en su codificación (UTF-8 salvo que se declare otra) en la línea %1, columna %2: declaración de codificación incorrecta o ausente.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="200"/>
        <source>The reply uses entities in a way that is refused for safety (line %1, column %2).</source>
        <translation>La respuesta usa entidades de una forma que se rechaza por seguridad (línea %1, columna %2).</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="207"/>
        <source>The reply is not well-formed XML at line %1, column %2: %3.</source>
        <translation>La respuesta no es XML bien formado en la línea %1, columna %2: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="234"/>
        <source>The XML parser could not be created.</source>
        <translation>No se pudo crear el analizador XML.</translation>
    </message>
</context>
</TS>
