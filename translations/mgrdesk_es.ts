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
    <name>mgrdesk::gui::ActivityIndicator</name>
    <message>
        <location filename="../src/gui/mainwindow/activityindicator.cpp" line="69"/>
        <source>Running requests</source>
        <translation>Solicitudes en curso</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow/activityindicator.cpp" line="105"/>
        <source>%1: %n request(s) running</source>
        <translation>
            <numerusform>%1: %n solicitud en curso</numerusform>
            <numerusform>%1: %n solicitudes en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow/activityindicator.cpp" line="108"/>
        <source>%n request(s) running</source>
        <translation>
            <numerusform>%n solicitud en curso</numerusform>
            <numerusform>%n solicitudes en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow/activityindicator.cpp" line="110"/>
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
    <name>mgrdesk::gui::ConsoleText</name>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="320"/>
        <source>not an API reply</source>
        <translation>no es una respuesta de la API</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="322"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="324"/>
        <source>auth</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="326"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="328"/>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="330"/>
        <source>form</source>
        <translation>formulario</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="332"/>
        <source>menu</source>
        <translation>menú</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="334"/>
        <source>progress</source>
        <translation>progreso</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="348"/>
        <source>Rebuilt from the parsed reply; secrets masked</source>
        <translation>Reconstruida a partir de la respuesta interpretada; secretos enmascarados</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="350"/>
        <source>Not an API reply</source>
        <translation>No es una respuesta de la API</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="386"/>
        <source>Truncated: %1 of %2 rows shown here; the parsed view has them all</source>
        <translation>Truncada: aquí se muestran %1 de %2 filas; la vista interpretada las contiene todas</translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="460"/>
        <source>Truncated: the text view stops here; the parsed view has the whole reply</source>
        <translation>Truncada: la vista de texto termina aquí; la vista interpretada contiene la respuesta completa</translation>
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
        <location filename="../src/gui/forms/formwidget.cpp" line="48"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="81"/>
        <source>The form could not be opened: %1</source>
        <translation>No se pudo abrir el formulario: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="91"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="93"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="97"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="101"/>
        <source>The form could not be updated: %1</source>
        <translation>No se pudo actualizar el formulario: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="110"/>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="173"/>
        <source>Form acting as %1</source>
        <translation>Formulario actuando como %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="297"/>
        <source>Form pages</source>
        <translation>Páginas del formulario</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="299"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="315"/>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="337"/>
        <location filename="../src/gui/forms/formwidget.cpp" line="456"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="344"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="345"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="396"/>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="411"/>
        <source>%1 Nothing you entered was lost: you can send the form again.</source>
        <translation>%1 No se ha perdido nada de lo introducido: puede volver a enviar el formulario.</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="437"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="438"/>
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
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="28"/>
        <source>Acting as %1: %2</source>
        <translation>Actuando como %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="43"/>
        <source>Impersonation status</source>
        <translation>Estado de la suplantación</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="44"/>
        <source>Checking the rights of %1…</source>
        <translation>Comprobando los permisos de %1…</translation>
    </message>
    <message>
        <source>Forms cannot be opened as %1 here yet.</source>
        <translation type="vanished">Aquí todavía no se pueden abrir formularios como %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="87"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="102"/>
        <source>No user to act as.</source>
        <translation>No hay ningún usuario como el que actuar.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="107"/>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="136"/>
        <source>Cannot act as %1: %2</source>
        <translation>No se puede actuar como %1: %2</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ListView</name>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="70"/>
        <source>The list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/lists/listview.cpp" line="96"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila a %1.</numerusform>
            <numerusform>Se exportaron %n filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="128"/>
        <source>List %1</source>
        <translation>Lista %1</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="130"/>
        <source>List actions</source>
        <translation>Acciones de la lista</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="134"/>
        <source>Filter loaded rows (Ctrl+F)</source>
        <translation>Filtrar las filas cargadas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="135"/>
        <source>Quick filter</source>
        <translation>Filtro rápido</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="140"/>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="187"/>
        <source>Rows of %1</source>
        <translation>Filas de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="209"/>
        <source>List status</source>
        <translation>Estado de la lista</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="211"/>
        <source>Totals of the selected rows</source>
        <translation>Totales de las filas seleccionadas</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="67"/>
        <location filename="../src/gui/lists/listview.cpp" line="214"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="67"/>
        <source>Sorting</source>
        <translation>Ordenando</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="75"/>
        <source>The export stopped: the list could not be loaded: %1</source>
        <translation>La exportación se detuvo: no se pudo cargar la lista: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="101"/>
        <source>Filter cleared.</source>
        <translation>Filtro borrado.</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="105"/>
        <source>The filter could not be cleared: %1</source>
        <translation>No se pudo borrar el filtro: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="147"/>
        <source>Server filter</source>
        <translation>Filtro del servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="151"/>
        <source>Active server filter</source>
        <translation>Filtro activo del servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="154"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="155"/>
        <source>Change the filter</source>
        <translation>Cambiar el filtro</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="156"/>
        <location filename="../src/gui/lists/listview.cpp" line="481"/>
        <source>Clear filter</source>
        <translation>Borrar filtro</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="157"/>
        <source>Clear the server filter</source>
        <translation>Borrar el filtro del servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="169"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="172"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="174"/>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="175"/>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="425"/>
        <source>%1: running…</source>
        <translation>%1: en curso…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="432"/>
        <source>Confirm: %1</source>
        <translation>Confirmar: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="445"/>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="445"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="461"/>
        <source>Clearing the filter…</source>
        <translation>Borrando el filtro…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="477"/>
        <source>Filtered: %1</source>
        <translation>Filtrado: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="478"/>
        <source>The filter the server applies to this list.</source>
        <translation>El filtro que el servidor aplica a esta lista.</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="479"/>
        <source>The filter this window asked for.</source>
        <translation>El filtro que solicitó esta ventana.</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="481"/>
        <source>Clearing…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="512"/>
        <source>%1 of %2 loaded</source>
        <translation>%1 de %2 cargadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/lists/listview.cpp" line="514"/>
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n fila cargada</numerusform>
            <numerusform>%n filas cargadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="516"/>
        <source>%1 shown, %2</source>
        <translation>%1 mostradas, %2</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="518"/>
        <source> — loading…</source>
        <translation> — cargando…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="534"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="535"/>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="536"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="545"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="110"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/lists/listviewdata.cpp" line="114"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="123"/>
        <location filename="../src/gui/lists/listviewdata.cpp" line="146"/>
        <source>Another export of this list is running.</source>
        <translation>Ya hay otra exportación de esta lista en curso.</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="163"/>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="169"/>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="184"/>
        <source>Export: loading every page (%1 of %2 rows)…</source>
        <translation>Exportación: cargando todas las páginas (%1 de %2 filas)…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="186"/>
        <source>Export: loading every page…</source>
        <translation>Exportación: cargando todas las páginas…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="197"/>
        <source>Export: writing %1 of %2 rows to %3…</source>
        <translation>Exportación: escribiendo %1 de %2 filas en %3…</translation>
    </message>
    <message>
        <source>Loading every page for the export…</source>
        <translation type="vanished">Cargando todas las páginas para la exportación…</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="214"/>
        <source>Export list</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="214"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="73"/>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="76"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="77"/>
        <source>The server and user this window works with</source>
        <translation>El servidor y el usuario con los que trabaja esta ventana</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="84"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="86"/>
        <source>&amp;Manage Accounts…</source>
        <translation>&amp;Administrar cuentas…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="87"/>
        <source>Manage accounts</source>
        <translation>Administrar cuentas</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="95"/>
        <source>Log in to see the server&apos;s menu.</source>
        <translation>Inicie sesión para ver el menú del servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="103"/>
        <source>Open lists and forms</source>
        <translation>Listas y formularios abiertos</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="104"/>
        <source>Tabs</source>
        <translation>Pestañas</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="118"/>
        <source>Open a list from the menu on the left.
Accounts: File › Accounts… (Ctrl+Shift+A).</source>
        <translation>Abra una lista desde el menú de la izquierda.
Cuentas: Archivo › Cuentas… (Ctrl+Mayús+A).</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="145"/>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="148"/>
        <source>Keychain state</source>
        <translation>Estado del llavero</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="198"/>
        <source>Accounts Not Saved</source>
        <translation>Cuentas no guardadas</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="222"/>
        <source>No keychain: passwords are not saved</source>
        <translation>Sin llavero: las contraseñas no se guardan</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="231"/>
        <source>No Keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="259"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="260"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="263"/>
        <source>&amp;Log In Again</source>
        <translation>&amp;Volver a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="265"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="275"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="282"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="284"/>
        <source>&amp;Go to Menu Entry…</source>
        <translation>&amp;Ir a una entrada del menú…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="287"/>
        <source>&amp;Search the Menu</source>
        <translation>&amp;Buscar en el menú</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="290"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="294"/>
        <source>Check &amp;Notifications</source>
        <translation>Comprobar &amp;notificaciones</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="298"/>
        <source>Restore &amp;Tabs at Start</source>
        <translation>Restaurar las &amp;pestañas al iniciar</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="304"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="306"/>
        <source>&amp;Request Console</source>
        <translation>&amp;Consola de solicitudes</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="310"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="311"/>
        <source>&amp;About mgrdesk</source>
        <translation>&amp;Acerca de mgrdesk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="360"/>
        <source>%1 on %2</source>
        <comment>user on server</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="422"/>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="447"/>
        <source>Not logged in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="424"/>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="426"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="428"/>
        <source>Connection error</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="430"/>
        <source>Waiting for the password</source>
        <translation>Esperando la contraseña</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="432"/>
        <source>Waiting for a decision about the certificate</source>
        <translation>Esperando una decisión sobre el certificado</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="440"/>
        <source>No account: add one with File › Accounts…</source>
        <translation>No hay ninguna cuenta: añada una con Archivo › Cuentas…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="441"/>
        <source>No account selected</source>
        <translation>Ninguna cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="450"/>
        <source>Connected to %1 as %2, %3</source>
        <translation>Conectado a %1 como %2, %3</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="451"/>
        <source>Connected to %1 as %2</source>
        <translation>Conectado a %1 como %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="471"/>
        <source>mgrdesk</source>
        <translation>mgrdesk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="475"/>
        <source>%1 — mgrdesk</source>
        <translation>%1 — mgrdesk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="556"/>
        <source>About mgrdesk</source>
        <translation>Acerca de mgrdesk</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="557"/>
        <source>mgrdesk %1
A desktop client for the BILLmanager billing panel.
Built with Qt %2.</source>
        <translation>mgrdesk %1
Un cliente de escritorio para el panel de facturación BILLmanager.
Compilado con Qt %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="38"/>
        <source>A&amp;ccount</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="40"/>
        <source>Act &amp;as…</source>
        <translation>Actuar &amp;como…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="42"/>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="45"/>
        <source>Open in Browser as Selected &amp;User…</source>
        <translation>Abrir en el navegador como el &amp;usuario seleccionado…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="47"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="50"/>
        <source>Impersonation Audit &amp;Trail…</source>
        <translation>&amp;Registro de auditoría de suplantación…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="142"/>
        <source>“%1” (%2) cannot be shown by this version yet.</source>
        <translation>Esta versión todavía no puede mostrar «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="177"/>
        <source>%1 › %2</source>
        <comment>parent list › child list</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="196"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="245"/>
        <source>New (%1)</source>
        <translation>Nuevo (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="245"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="110"/>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="305"/>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="350"/>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="357"/>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="387"/>
        <source>Select an account first.</source>
        <translation>Seleccione primero una cuenta.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="265"/>
        <source>Saved. The server suggests a web page on %1.</source>
        <translation>Guardado. El servidor sugiere una página web en %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="368"/>
        <source>Open in Browser as</source>
        <translation>Abrir en el navegador como</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="391"/>
        <source>Sessions — %1</source>
        <translation>Sesiones — %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="142"/>
        <source>Account: %1 (%2 on %3)</source>
        <comment>account name, user, server</comment>
        <translation>Cuenta: %1 (%2 en %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="145"/>
        <source>%1, account %2</source>
        <comment>tab title, account name</comment>
        <translation>%1, cuenta %2</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::MenuStore</name>
    <message>
        <location filename="../src/gui/navigation/menustore.cpp" line="29"/>
        <source>%1 › %2</source>
        <comment>menu group › subgroup</comment>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::NavigationTree</name>
    <message>
        <source>Search the menu (Ctrl+K)</source>
        <translation type="vanished">Buscar en el menú (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="24"/>
        <source>Search the menu (Ctrl+L)</source>
        <translation>Buscar en el menú (Ctrl+L)</translation>
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
        <location filename="../src/gui/navigation/navigationtree.cpp" line="54"/>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="72"/>
        <source>Log in to see the server&apos;s menu.</source>
        <translation>Inicie sesión para ver el menú del servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="65"/>
        <source>No account selected.</source>
        <translation>Ninguna cuenta seleccionada.</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="80"/>
        <source>Loading the menu…</source>
        <translation>Cargando el menú…</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="86"/>
        <source>The server sent no menu.</source>
        <translation>El servidor no envió ningún menú.</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="87"/>
        <source>The menu could not be loaded: %1</source>
        <translation>No se pudo cargar el menú: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="131"/>
        <source>The server&apos;s menu is empty for this user.</source>
        <translation>El menú del servidor está vacío para este usuario.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::NotificationBadge</name>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="17"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="104"/>
        <source>No notifications</source>
        <translation>No hay notificaciones</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="109"/>
        <source>Notifications could not be checked: %1</source>
        <translation>No se pudieron comprobar las notificaciones: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="113"/>
        <source>Last checked at %1</source>
        <translation>Última comprobación a las %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/notify/notificationbadge.cpp" line="121"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="147"/>
        <source>Not checked yet</source>
        <translation>Todavía sin comprobar</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="151"/>
        <source>Could not check: %1</source>
        <translation>No se pudo comprobar: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="155"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="165"/>
        <source>Nothing waiting</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="168"/>
        <source>Check &amp;Now</source>
        <translation>Comprobar &amp;ahora</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::NotificationPoller</name>
    <message>
        <location filename="../src/gui/notify/notificationpoller.cpp" line="71"/>
        <location filename="../src/gui/notify/notificationpoller.cpp" line="124"/>
        <source>This version cannot read the server&apos;s notifications.</source>
        <translation>Esta versión no puede leer las notificaciones del servidor.</translation>
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
    <name>mgrdesk::gui::QuickSwitcher</name>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="22"/>
        <source>Go to a menu entry</source>
        <translation>Ir a una entrada del menú</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="28"/>
        <source>Go to a list in any account…</source>
        <translation>Ir a una lista de cualquier cuenta…</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="29"/>
        <source>Search the menus of all accounts</source>
        <translation>Buscar en los menús de todas las cuentas</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="32"/>
        <source>Matching menu entries</source>
        <translation>Entradas del menú coincidentes</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="105"/>
        <source>%1 — %2</source>
        <comment>menu entry — account</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="111"/>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="112"/>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) en %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="137"/>
        <source>Loading the menus of %n account(s)…</source>
        <translation>
            <numerusform>Cargando el menú de %n cuenta…</numerusform>
            <numerusform>Cargando los menús de %n cuentas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="139"/>
        <source>No menu is loaded yet: log in to an account first.</source>
        <translation>Todavía no hay ningún menú cargado: inicie sesión primero en una cuenta.</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="141"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="143"/>
        <source>Enter opens the entry on its account; Escape closes.</source>
        <translation>Intro abre la entrada en su cuenta; Esc cierra.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ReplyView</name>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="50"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="52"/>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="54"/>
        <source>HTTP error</source>
        <translation>Error HTTP</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="56"/>
        <source>TLS error</source>
        <translation>Error de TLS</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="58"/>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="60"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="62"/>
        <source>Not an API reply</source>
        <translation>No es una respuesta de la API</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="64"/>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="66"/>
        <source>Authentication error</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="76"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="79"/>
        <source>No request sent yet</source>
        <translation>Aún no se ha enviado ninguna solicitud</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="83"/>
        <source>Reply status</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="87"/>
        <source>Reply views</source>
        <translation>Vistas de la respuesta</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="91"/>
        <source>The reply appears here.</source>
        <translation>La respuesta aparece aquí.</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="104"/>
        <source>Reply rows</source>
        <translation>Filas de la respuesta</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="109"/>
        <location filename="../src/gui/console/replyview.cpp" line="132"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="109"/>
        <location filename="../src/gui/console/replyview.cpp" line="132"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="111"/>
        <source>Reply tree</source>
        <translation>Árbol de la respuesta</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="125"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="129"/>
        <source>Error type and object</source>
        <translation>Tipo y objeto del error</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="133"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="138"/>
        <source>&amp;Parsed</source>
        <translation>&amp;Interpretada</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="151"/>
        <source>Raw reply</source>
        <translation>Respuesta sin procesar</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="155"/>
        <source>Ra&amp;w</source>
        <translation>Sin &amp;procesar</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="185"/>
        <source>Sending %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="195"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="196"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/console/replyview.cpp" line="200"/>
        <location filename="../src/gui/console/replyview.cpp" line="296"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="211"/>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="213"/>
        <source>Object: %1</source>
        <translation>Objeto: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="215"/>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="220"/>
        <source>stack</source>
        <translation>pila</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="221"/>
        <source>%1 (user %2, level %3)</source>
        <translation>%1 (usuario %2, nivel %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="223"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="225"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="244"/>
        <source>The text view is shortened to keep the window responsive; the Parsed tab shows the whole reply.</source>
        <translation>La vista de texto se acorta para que la ventana siga respondiendo; la pestaña Interpretada muestra la respuesta completa.</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="256"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="256"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="258"/>
        <source>New object</source>
        <translation>Nuevo objeto</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="260"/>
        <source>Redirect</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="262"/>
        <source>Redirect type</source>
        <translation>Tipo de redirección</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="265"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="267"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="276"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="288"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="296"/>
        <source>List %1</source>
        <translation>Lista %1</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="298"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="309"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="314"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="316"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="318"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="319"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="328"/>
        <source>Document attributes</source>
        <translation>Atributos del documento</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::RequestConsole</name>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="52"/>
        <source>Request console</source>
        <translation>Consola de solicitudes</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="60"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="62"/>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Enviar la solicitud (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="63"/>
        <source>Send the request</source>
        <translation>Enviar la solicitud</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="65"/>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="66"/>
        <source>Cancel the request on its way</source>
        <translation>Cancelar la solicitud en curso</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="67"/>
        <source>Cancel the request on its way (Escape)</source>
        <translation>Cancelar la solicitud en curso (Esc)</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="68"/>
        <source>Copy as &amp;URL</source>
        <translation>Copiar como &amp;URL</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="69"/>
        <source>Copy the request as a URL, secrets masked</source>
        <translation>Copiar la solicitud como URL, con los secretos enmascarados</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="70"/>
        <source>Copy as cu&amp;rl</source>
        <translation>Copiar como cu&amp;rl</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="71"/>
        <source>Copy the request as a curl command, secrets masked</source>
        <translation>Copiar la solicitud como orden curl, con los secretos enmascarados</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="72"/>
        <source>&amp;Confirm deletes and sok=ok</source>
        <translation>&amp;Confirmar eliminaciones y sok=ok</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="74"/>
        <source>Ask before sending a delete or an applied form</source>
        <translation>Preguntar antes de enviar una eliminación o un formulario aplicado</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="75"/>
        <source>Ask before sending a function ending in .delete or a request with sok=ok (for this session only)</source>
        <translation>Preguntar antes de enviar una función que termine en .delete o una solicitud con sok=ok (solo en esta sesión)</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="92"/>
        <source>History and request log</source>
        <translation>Historial y registro de solicitudes</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="95"/>
        <source>Requests sent from this console</source>
        <translation>Solicitudes enviadas desde esta consola</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="96"/>
        <source>Enter or double-click loads the request; Ctrl+Up and Ctrl+Down step through it from the editor</source>
        <translation>Intro o doble clic carga la solicitud; Ctrl+Arriba y Ctrl+Abajo recorren el historial desde el editor</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="98"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="100"/>
        <source>Request &amp;Log</source>
        <translation>Registro de so&amp;licitudes</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="164"/>
        <source>Request Console</source>
        <translation>Consola de solicitudes</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="165"/>
        <source>Console: %1@%2</source>
        <translation>Consola: %1@%2</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="204"/>
        <source>Loaded %1 from the request log</source>
        <translation>Se cargó %1 desde el registro de solicitudes</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="232"/>
        <source>Copied the URL (secrets masked)</source>
        <translation>Se copió la URL (secretos enmascarados)</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="238"/>
        <source>Copied the curl command (secrets masked; put the password in place of *****)</source>
        <translation>Se copió la orden curl (secretos enmascarados; ponga la contraseña en lugar de *****)</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="260"/>
        <source>The account&apos;s connection is gone; open the console again</source>
        <translation>La conexión de la cuenta ya no existe; vuelva a abrir la consola</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="265"/>
        <source>Type a function first</source>
        <translation>Escriba primero una función</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="272"/>
        <source>Remove the %1 parameter: the connection adds the authentication itself</source>
        <translation>Quite el parámetro %1: la conexión añade la autenticación por sí misma</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="278"/>
        <source>The value of %1 was hidden by the log: type it before sending</source>
        <translation>El registro ocultó el valor de %1: escríbalo antes de enviar</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="296"/>
        <source>This request changes data on the server:

%1

Send it?</source>
        <translation>Esta solicitud modifica datos en el servidor:

%1

¿Enviarla?</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="297"/>
        <source>This request changes data on the server, with the rights of %1:

%2

Send it?</source>
        <translation>Esta solicitud modifica datos en el servidor, con los permisos de %1:

%2

¿Enviarla?</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="300"/>
        <source>Send a Changing Request</source>
        <translation>Enviar una solicitud que modifica datos</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="305"/>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="308"/>
        <source>Do not ask again in this console</source>
        <translation>No volver a preguntar en esta consola</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="334"/>
        <source>%1 (%2 received)</source>
        <translation>%1 (%2 recibidos)</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="340"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="386"/>
        <source>[as %1] %2</source>
        <translation>[como %1] %2</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::RequestEditor</name>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="69"/>
        <source>Request editor</source>
        <translation>Editor de solicitudes</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="77"/>
        <source>e.g. user, payment.edit, or paste func=user&amp;elid=5</source>
        <translation>p. ej. user, payment.edit o pegue func=user&amp;elid=5</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="78"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="80"/>
        <source>The API function. Pasting a query string, a URL or a server log line fills the whole request.</source>
        <translation>La función de la API. Al pegar una cadena de consulta, una URL o una línea del registro del servidor se rellena toda la solicitud.</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="87"/>
        <source>&amp;Paste Query</source>
        <translation>Pe&amp;gar consulta</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="88"/>
        <source>Paste a query string or URL from the clipboard</source>
        <translation>Pegar una cadena de consulta o una URL desde el portapapeles</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="90"/>
        <source>Fill the request from a query string, a URL or a server log line on the clipboard (Ctrl+Shift+V)</source>
        <translation>Rellenar la solicitud con una cadena de consulta, una URL o una línea del registro del servidor que esté en el portapapeles (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="94"/>
        <source>&amp;Function:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="100"/>
        <source>empty: your own rights</source>
        <translation>vacío: sus propios permisos</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="101"/>
        <source>Run as (su)</source>
        <translation>Ejecutar como (su)</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="102"/>
        <source>Send the request with the rights of this user (su=)</source>
        <translation>Enviar la solicitud con los permisos de este usuario (su=)</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="104"/>
        <source>Run &amp;as (su):</source>
        <translation>Ejecutar c&amp;omo (su):</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="111"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="111"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="118"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="120"/>
        <source>Ordered name and value pairs. Insert adds a row, Delete removes the selected rows, Alt+Up and Alt+Down move them.</source>
        <translation>Pares ordenados de nombre y valor. Insert añade una fila, Supr elimina las filas seleccionadas, Alt+Arriba y Alt+Abajo las mueven.</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="126"/>
        <source>A&amp;dd Parameter</source>
        <translation>&amp;Añadir parámetro</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="127"/>
        <source>Add a parameter</source>
        <translation>Añadir un parámetro</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="128"/>
        <source>&amp;Remove</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="129"/>
        <source>Remove the selected parameters</source>
        <translation>Eliminar los parámetros seleccionados</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="130"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="131"/>
        <source>Move the selected parameter up</source>
        <translation>Subir el parámetro seleccionado</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="132"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="133"/>
        <source>Move the selected parameter down</source>
        <translation>Bajar el parámetro seleccionado</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="271"/>
        <source>Hidden by the log: type the value before sending</source>
        <translation>Oculto por el registro: escriba el valor antes de enviar</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="325"/>
        <source>Requests from this console run with the rights of %1</source>
        <translation>Las solicitudes de esta consola se ejecutan con los permisos de %1</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::RequestLogView</name>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="24"/>
        <source>Request log of this account</source>
        <translation>Registro de solicitudes de esta cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="28"/>
        <source>Filter the log</source>
        <translation>Filtrar el registro</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="29"/>
        <source>Filter the request log</source>
        <translation>Filtrar el registro de solicitudes</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="38"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="38"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="38"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="38"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="38"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="39"/>
        <source>Request log entries</source>
        <translation>Entradas del registro de solicitudes</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="40"/>
        <source>Enter or double-click loads the request into the editor</source>
        <translation>Intro o doble clic carga la solicitud en el editor</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="44"/>
        <source>&amp;Load into Editor</source>
        <translation>Cargar en el e&amp;ditor</translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="45"/>
        <source>Load the selected log entry into the editor</source>
        <translation>Cargar la entrada seleccionada del registro en el editor</translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::RestoredListTab</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="52"/>
        <source>“%1” opens when you show this tab.</source>
        <translation>«%1» se abre cuando muestre esta pestaña.</translation>
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
        <location filename="../src/core/models/formsession.cpp" line="66"/>
        <location filename="../src/core/models/formsession.cpp" line="188"/>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="101"/>
        <source>The server did not answer with a form.</source>
        <translation>El servidor no respondió con un formulario.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="103"/>
        <source>The form could not be opened.</source>
        <translation>No se pudo abrir el formulario.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="158"/>
        <source>The form could not be updated.</source>
        <translation>No se pudo actualizar el formulario.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="254"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation>No se entendió la respuesta del servidor.</translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="254"/>
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
        <location filename="../src/core/models/listactions.cpp" line="160"/>
        <source>%1: %n object(s)?</source>
        <translation>
            <numerusform>%1: ¿%n objeto?</numerusform>
            <numerusform>%1: ¿%n objetos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/models/listactions.cpp" line="163"/>
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
        <location filename="../src/core/models/listexport.cpp" line="87"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation>No se puede escribir %1: es una carpeta.</translation>
    </message>
    <message>
        <location filename="../src/core/models/listexport.cpp" line="101"/>
        <location filename="../src/core/models/listexport.cpp" line="105"/>
        <location filename="../src/core/models/listexport.cpp" line="161"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/models/listexport.cpp" line="233"/>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::ListFilter</name>
    <message>
        <location filename="../src/core/models/listfilter.cpp" line="73"/>
        <source>%1 = %2</source>
        <comment>filter condition: field = value</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../src/core/models/listfilter.cpp" line="74"/>
        <source>, </source>
        <comment>between filter conditions</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/core/models/listfilter.cpp" line="137"/>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <location filename="../src/core/models/listfilter.cpp" line="186"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::ListLoader</name>
    <message>
        <location filename="../src/core/models/listloader.cpp" line="127"/>
        <location filename="../src/core/models/listloader.cpp" line="263"/>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <location filename="../src/core/models/listloader.cpp" line="168"/>
        <source>The server did not answer with a list.</source>
        <translation>El servidor no respondió con una lista.</translation>
    </message>
    <message>
        <location filename="../src/core/models/listloader.cpp" line="274"/>
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
        <location filename="../src/core/net/connection.cpp" line="144"/>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="288"/>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>La dirección del servidor &quot;%1&quot; no es una URL válida.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="314"/>
        <location filename="../src/core/net/connectionsession.cpp" line="115"/>
        <location filename="../src/core/net/connectionsession.cpp" line="128"/>
        <source>Enter the password of %1 on %2.</source>
        <translation>Introduzca la contraseña de %1 en %2.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="475"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>El servidor no respondió en %1 segundos.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="479"/>
        <source>The request reached the server, so it may have been carried out: check before trying again.</source>
        <translation>La solicitud llegó al servidor, así que puede que se haya ejecutado: compruébelo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="491"/>
        <source>The server redirected the request to &quot;%1&quot; instead of answering it.</source>
        <translation>El servidor redirigió la solicitud a &quot;%1&quot; en lugar de responderla.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="498"/>
        <source>The server answered with HTTP status %1 %2.</source>
        <translation>El servidor respondió con el estado HTTP %1 %2.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="506"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="509"/>
        <source>The connection to %1 broke after the request was sent, so the server may have carried it out. It was not sent again: check before trying again.</source>
        <translation>La conexión con %1 se interrumpió después de enviar la solicitud, así que puede que el servidor la haya ejecutado. No se volvió a enviar: compruébelo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="515"/>
        <source>%1 refused the connection on port %2: check the address and port, and that the panel is running.</source>
        <translation>%1 rechazó la conexión en el puerto %2: compruebe la dirección y el puerto, y que el panel esté en funcionamiento.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="523"/>
        <source>The server %1 was not found: check the address.</source>
        <translation>No se encontró el servidor %1: compruebe la dirección.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="527"/>
        <source>The connection to %1 broke while the answer arrived (%2 bytes received).</source>
        <translation>La conexión con %1 se interrumpió mientras llegaba la respuesta (%2 bytes recibidos).</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="530"/>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 cerró la conexión sin responder.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="533"/>
        <source>The connection to %1 timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión con %1.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="536"/>
        <source>Network error talking to %1: %2</source>
        <translation>Error de red al comunicarse con %1: %2</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation type="vanished">Error en la conexión segura: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="vanished">Error de red: %1</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="595"/>
        <source>The server&apos;s answer is not an API reply: %1</source>
        <translation>La respuesta del servidor no es una respuesta de la API: %1</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="596"/>
        <source>The server&apos;s answer is not an API reply.</source>
        <translation>La respuesta del servidor no es una respuesta de la API.</translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="600"/>
        <source>The server reported an error (%1).</source>
        <translation>El servidor informó de un error (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="96"/>
        <source>The server ended the session again right after a new login: %1</source>
        <translation>El servidor volvió a terminar la sesión justo después de un nuevo inicio de sesión: %1</translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="183"/>
        <source>%1 answered with a web page, not the BILLmanager API. Check the address and its path (for example https://%1:1500/billmgr).</source>
        <translation>%1 respondió con una página web, no con la API de BILLmanager. Compruebe la dirección y su ruta (por ejemplo, https://%1:1500/billmgr).</translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="190"/>
        <source>The server needs a login step this client does not support yet (for example a one-time code).</source>
        <translation>El servidor requiere un paso de inicio de sesión que este cliente aún no admite (por ejemplo, un código de un solo uso).</translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="195"/>
        <source>Login failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <location filename="../src/core/net/connectiontls.cpp" line="124"/>
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
        <location filename="../src/core/protocol/replybuilder.cpp" line="181"/>
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
        <location filename="../src/core/protocol/replyassembly.cpp" line="302"/>
        <source>Not an API reply: it holds no document element.</source>
        <translation>No es una respuesta de la API: no contiene ningún elemento de documento.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyassembly.cpp" line="346"/>
        <source>The reply describes a page of type “%1”, which this client cannot show.</source>
        <translation>La respuesta describe una página de tipo «%1», que este cliente no puede mostrar.</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyassembly.cpp" line="352"/>
        <source>The reply has an unknown shape (it holds &lt;%1&gt;).</source>
        <translation>La respuesta tiene una forma desconocida (contiene &lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replybuilder.cpp" line="201"/>
        <location filename="../src/core/protocol/replyparser.cpp" line="211"/>
        <source>The server sent a web page instead of an API reply (the session may have expired).</source>
        <translation>El servidor envió una página web en lugar de una respuesta de la API (puede que la sesión haya caducado).</translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replybuilder.cpp" line="206"/>
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
