<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Account</name>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="34"/>
        <source>Enter the server address, for example https://billing.example.com:1500/billmgr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="38"/>
        <source>The server address must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="47"/>
        <source>“%1” is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="52"/>
        <source>The server address must start with https:// (the scheme “%1” is not supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="57"/>
        <source>The server address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="61"/>
        <source>Do not put a user name or password in the server address; use the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="65"/>
        <source>The server address must not contain “?” or “#”; enter only the panel&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="87"/>
        <source>This address is not encrypted (http://): your password and data will cross the network in clear text. Use https:// unless the server is on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="98"/>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="111"/>
        <source>Enter the user name to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="113"/>
        <source>The user name must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="116"/>
        <source>With the “authinfo” login method the user name must not contain “:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="121"/>
        <source>“%1” is not a language code; use a code such as “en” or “ru”, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="125"/>
        <source>The user to act as must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="144"/>
        <source>No tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="146"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="148"/>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="150"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="200"/>
        <source>Session (log in once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/account.cpp" line="202"/>
        <source>Credentials on every request (authinfo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="14"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="17"/>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="25"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="35"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="38"/>
        <source>A name for this account, e.g. “Production billing”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="45"/>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="55"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="58"/>
        <source>https://billing.example.com:1500/billmgr — a bare host name gets port 1500 and /billmgr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="61"/>
        <source>https://billing.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="68"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="78"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="81"/>
        <source>The panel user to log in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="88"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="98"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="101"/>
        <source>Leave empty to be asked when connecting; when editing, empty keeps the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="111"/>
        <source>Remember the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="114"/>
        <source>Save the password in the system keychain (never in a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="117"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="127"/>
        <source>Login &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="137"/>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="140"/>
        <source>Session: log in once and keep a session; authinfo: send the credentials with every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="147"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="157"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="160"/>
        <source>The language the server answers in; empty means the application&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="170"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="180"/>
        <source>Environment tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="183"/>
        <source>A colour that marks the account everywhere, e.g. red for production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="190"/>
        <source>Act &amp;as user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="200"/>
        <source>Act as user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="203"/>
        <source>Optional: run every request as this user (su); empty means yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="210"/>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="219"/>
        <source>None trusted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="225"/>
        <source>Trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="235"/>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="238"/>
        <source>Forget the trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="241"/>
        <source>The next connection asks again whether to trust the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="258"/>
        <source>Problems with the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accounteditdialog.ui" line="278"/>
        <source>Save or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountManagerDialog</name>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="9"/>
        <location filename="../forms/accountmanagerdialog.ui" line="25"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="12"/>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="17"/>
        <source>&amp;Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="26"/>
        <source>The servers and users mgrdesk connects to, in the order shown in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="34"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="35"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="40"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="41"/>
        <source>Edit the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="46"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="47"/>
        <source>Remove the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="52"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="53"/>
        <source>Move the selected account up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="58"/>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="59"/>
        <source>Move the selected account down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="64"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="65"/>
        <source>Test the connection of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="81"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/accountmanagerdialog.ui" line="88"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../forms/passwordprompt.ui" line="9"/>
        <location filename="../forms/passwordprompt.ui" line="41"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="12"/>
        <source>Password required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="19"/>
        <source>Why the password is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="27"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="34"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="48"/>
        <source>&amp;Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="49"/>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="54"/>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="55"/>
        <source>Remember the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="63"/>
        <source>Keychain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/passwordprompt.ui" line="69"/>
        <source>Log in or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="32"/>
        <source>--demo-server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="35"/>
        <source>Demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="86"/>
        <source>Desktop client for BILLmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="90"/>
        <source>Add (or update) the account “Demo server” for &lt;url&gt; with user admin and password “demo” (kept in memory only), and select it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="95"/>
        <source>Keep accounts and window state in &lt;file&gt; (INI) instead of the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="102"/>
        <source>A link to open: mgrdesk://open?url=…, mgrdesk:https://…, or a web interface address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="141"/>
        <source>Open Link…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::accounts::AccountStore</name>
    <message>
        <location filename="../src/core/accounts/accountstore.cpp" line="176"/>
        <source>Could not save the accounts to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::accounts::AuditTrail</name>
    <message>
        <location filename="../src/core/accounts/audittrail.cpp" line="81"/>
        <source>Cannot write the audit trail %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/audittrail.cpp" line="136"/>
        <location filename="../src/core/accounts/audittrail.cpp" line="142"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::accounts::CredentialStore</name>
    <message>
        <location filename="../src/core/accounts/credentialstore.cpp" line="105"/>
        <source>No password is saved for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/credentialstore.cpp" line="115"/>
        <source>No secure password store is available (%1). Passwords will be asked for in each session and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/credentialstore.cpp" line="123"/>
        <source>The saved password could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/accounts/credentialstore.cpp" line="135"/>
        <source>The password store did not answer within %n second(s) (is the keyring locked?). Passwords will be asked for in each session and never saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mgrdesk::alerts::AlertCenter</name>
    <message numerus="yes">
        <location filename="../src/core/alerts/alertcenter.cpp" line="79"/>
        <source>%1: %n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/alerts/alertcenter.cpp" line="98"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::app::LinkHandler</name>
    <message>
        <location filename="../src/app/linkhandler.cpp" line="60"/>
        <location filename="../src/app/linkhandler.cpp" line="86"/>
        <location filename="../src/app/linkhandler.cpp" line="126"/>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/linkhandler.cpp" line="61"/>
        <source>A link from the web interface, a mgrdesk: link or a line of the server log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/linkhandler.cpp" line="98"/>
        <source>This link cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/linkhandler.cpp" line="105"/>
        <source>Add an account first: the log line does not say which server it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/linkhandler.cpp" line="113"/>
        <source>No account is set up for %1. Add it under Accounts, then open the link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/linkhandler.cpp" line="123"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/linkhandler.cpp" line="128"/>
        <source>Several accounts use %1. Open the link with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::cli</name>
    <message>
        <location filename="../src/cli/decode.cpp" line="294"/>
        <source>--format needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="90"/>
        <source>no accounts yet (mgrdesk-cli accounts add, or the app&apos;s Accounts window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="93"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="93"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="93"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="93"/>
        <source>PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="94"/>
        <source>PINNED CERTIFICATE (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="123"/>
        <source>there is no password option: it is asked for (or read from MGRDESK_PASSWORD or standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="126"/>
        <location filename="../src/cli/accountscommand.cpp" line="204"/>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="139"/>
        <location filename="../src/cli/accountscommand.cpp" line="227"/>
        <location filename="../src/cli/decode.cpp" line="303"/>
        <source>unknown option “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="151"/>
        <source>an account named “%1” exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="154"/>
        <location filename="../src/cli/callcommand.cpp" line="85"/>
        <location filename="../src/cli/callcommand.cpp" line="102"/>
        <source>Password for %1@%2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="156"/>
        <source>no password given (type it at the prompt, or set MGRDESK_PASSWORD, or pipe it on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="160"/>
        <source>the keychain did not store the password, so the account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="166"/>
        <location filename="../src/cli/accountscommand.cpp" line="187"/>
        <source>cannot write the settings file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="172"/>
        <source>added %1 (%2@%3); the password is in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="185"/>
        <source>the keychain did not remove the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="190"/>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="212"/>
        <source>unknown format “%1” (text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="218"/>
        <source>accounts needs list, add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="234"/>
        <source>accounts remove takes one account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/accountscommand.cpp" line="237"/>
        <source>unknown accounts action “%1” (list, add or remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/decode.cpp" line="305"/>
        <source>only one FILE can be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/decode.cpp" line="319"/>
        <source>unknown format “%1” (auto, xml or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/decode.cpp" line="324"/>
        <source>no FILE given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/decode.cpp" line="331"/>
        <location filename="../src/cli/decode.cpp" line="339"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="24"/>
        <source>usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="75"/>
        <source>mgrdesk-cli: unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/appstores.cpp" line="42"/>
        <source>no account named “%1” (mgrdesk-cli accounts list shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/appstores.cpp" line="45"/>
        <source>several accounts are named “%1”: give its exact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callcommand.cpp" line="45"/>
        <source>--cacert %1: no PEM or DER certificate in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callcommand.cpp" line="46"/>
        <source>--cacert %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callcommand.cpp" line="83"/>
        <source>the keychain did not give the password (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callcommand.cpp" line="105"/>
        <source>no password: none is stored for this account; set MGRDESK_PASSWORD or give it on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callcommand.cpp" line="118"/>
        <source>acting as %1 (su)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callcommand.cpp" line="128"/>
        <location filename="../src/cli/callcommand.cpp" line="150"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/replyprinter.cpp" line="224"/>
        <source>the column “%1” first appeared after the CSV header was written; it is left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::cli::CallOptions</name>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="83"/>
        <source>there is no password option: the password comes from the keychain, MGRDESK_PASSWORD or standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="89"/>
        <source>unknown option “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="94"/>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="119"/>
        <source>--timeout takes a number of seconds (1–86400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="125"/>
        <source>unknown format “%1” (text, csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="133"/>
        <source>the function comes first, then name=value parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="141"/>
        <source>“%1” is not a name=value parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="146"/>
        <source>give the function as the first argument, not as func=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="151"/>
        <source>mgrdesk-cli logs in by itself: do not pass %1=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="155"/>
        <source>use --su LOGIN instead of su=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="163"/>
        <source>no function given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="167"/>
        <source>mgrdesk-cli logs in by itself: func=auth cannot be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="172"/>
        <source>give either --account or --url with --user, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/calloptions.cpp" line="176"/>
        <source>give --account NAME, or --url URL with --user LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::cli::CallSession</name>
    <message>
        <location filename="../src/cli/callsession.cpp" line="82"/>
        <source>%1 asks for a second login step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callsession.cpp" line="94"/>
        <source>no answer for %1: the login was given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callsession.cpp" line="109"/>
        <source>the login step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callsession.cpp" line="121"/>
        <source>the certificate of %1 is not the one pinned for this account (%2). SHA-256 fingerprint: %3. If the server&apos;s certificate was replaced, trust the new one in mgrdesk, or pass it with --cacert FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callsession.cpp" line="124"/>
        <source>the certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3. If this is your server&apos;s certificate, trust it in mgrdesk (the account&apos;s connection test) or pass it with --cacert FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callsession.cpp" line="149"/>
        <source>(The request may have been carried out.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callsession.cpp" line="158"/>
        <source>the server sent a file (%1, %2 bytes): write it with --output FILE or a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callsession.cpp" line="165"/>
        <location filename="../src/cli/callsession.cpp" line="181"/>
        <source>cannot write the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/callsession.cpp" line="195"/>
        <source>%1 of %2 rows (one page); --all fetches every page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::documents</name>
    <message>
        <location filename="../src/core/documents/filecopy.cpp" line="24"/>
        <location filename="../src/core/documents/filecopy.cpp" line="37"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/documents/filecopy.cpp" line="27"/>
        <location filename="../src/core/documents/filecopy.cpp" line="34"/>
        <location filename="../src/core/documents/filecopy.cpp" line="39"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::AccessLevel</name>
    <message>
        <location filename="../src/core/net/accountconnection.cpp" line="26"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/accountconnection.cpp" line="29"/>
        <source>reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/accountconnection.cpp" line="32"/>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/accountconnection.cpp" line="35"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/accountconnection.cpp" line="38"/>
        <source>superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/accountconnection.cpp" line="41"/>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/accountconnection.cpp" line="43"/>
        <source>%1 (level %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::AccountAlertsPage</name>
    <message>
        <location filename="../src/gui/preferences/accountalertspage.cpp" line="79"/>
        <source>Alerts for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/accountalertspage.cpp" line="80"/>
        <source>Own quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/accountalertspage.cpp" line="81"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/accountalertspage.cpp" line="82"/>
        <source>Each account follows the settings above unless it is switched off here or has quiet hours of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::AccountEditDialog</name>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="25"/>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="25"/>
        <source>Edit Account — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="40"/>
        <source>Application language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="41"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="52"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="56"/>
        <source>No keychain: the password is kept only until mgrdesk quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="64"/>
        <source>I understand that the password and the session travel unencrypted to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="101"/>
        <source>Connects to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="108"/>
        <source>None trusted yet (the first connection asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="115"/>
        <source>%1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="173"/>
        <source>Press OK again to save anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accounteditdialog.cpp" line="204"/>
        <source>This address is not encrypted (http://): the password and the session would travel in clear. Use https://, or confirm below for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::AccountManagerDialog</name>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="113"/>
        <source>%1 on %2</source>
        <comment>user on server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="186"/>
        <source>The password was not saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="196"/>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="197"/>
        <source>Remove the account “%1” (%2 on %3)?
Its saved password is deleted from the keychain; the account on the server is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="229"/>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="236"/>
        <source>The password is needed to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="246"/>
        <source>Connection test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountmanagerdialog.cpp" line="279"/>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ActAsDialog</name>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="19"/>
        <source>Act as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="20"/>
        <source>Act as another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="23"/>
        <source>Open a tab that works with the rights of another user. Every request from it carries that user&apos;s login; closing the tab ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="28"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="30"/>
        <source>Login to act as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="31"/>
        <source>e.g. client1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="38"/>
        <source>Login problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="41"/>
        <source>&amp;Act as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="101"/>
        <source>The selected row names no user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="117"/>
        <source>The server did not send the list of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="130"/>
        <source>No user of the client %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="138"/>
        <source>Type the login of the user to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="140"/>
        <source>A login is at most 128 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="143"/>
        <source>A login has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/actasdialog.cpp" line="145"/>
        <source>The login contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ActivityIndicator</name>
    <message>
        <location filename="../src/gui/mainwindow/activityindicator.cpp" line="69"/>
        <source>Running requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow/activityindicator.cpp" line="105"/>
        <source>%1: %n request(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow/activityindicator.cpp" line="108"/>
        <source>%n request(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow/activityindicator.cpp" line="110"/>
        <source>%n request(s) running for other accounts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::AuditTrailDialog</name>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="19"/>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="20"/>
        <source>Impersonation audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Logged in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="30"/>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="33"/>
        <source>Audit trail status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="36"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="37"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="58"/>
        <source>%n entry(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="65"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="73"/>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/audittraildialog.cpp" line="73"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::BrowserLogin</name>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="45"/>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="64"/>
        <source>The account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="49"/>
        <source>Open the web interface in your browser, logged in as %1?

A one-time login key is created for %1; it works once and expires after an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="52"/>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="73"/>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="80"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="57"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="72"/>
        <source>Cannot open the web interface as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/browserlogin.cpp" line="79"/>
        <source>The system could not open a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::CertificateDialog</name>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="69"/>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="70"/>
        <source>Certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="70"/>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="82"/>
        <source>The certificate of %1 has CHANGED since you trusted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="84"/>
        <source>The certificate of %1 cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="86"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="93"/>
        <source>The server now presents a different certificate. This happens when an administrator renews it, but it can also mean that someone is intercepting the connection. Compare the fingerprint with the one the server&apos;s administrator gives you before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="98"/>
        <source>No certificate authority known to this computer vouches for it (panels on port 1500 usually use a self-signed certificate). Compare the fingerprint with the one the server&apos;s administrator gives you. If you trust it, mgrdesk will accept exactly this certificate for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="103"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="107"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="109"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="110"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="110"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="111"/>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="111"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="114"/>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="117"/>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="117"/>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="118"/>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="120"/>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="128"/>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="130"/>
        <source>Verification problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="135"/>
        <source>Cancel: do not trust the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="137"/>
        <source>&amp;Trust the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="137"/>
        <source>&amp;Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tls/certificatedialog.cpp" line="139"/>
        <source>Trust this certificate for this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ClientCardBlock</name>
    <message>
        <location filename="../src/gui/clientcard/clientcardblock.cpp" line="49"/>
        <location filename="../src/gui/clientcard/clientcardblock.cpp" line="50"/>
        <source>Refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardblock.cpp" line="56"/>
        <source>Open list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardblock.cpp" line="57"/>
        <source>Open the whole list, filtered to this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardblock.cpp" line="125"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardblock.cpp" line="174"/>
        <source>The server&apos;s answer is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardblock.cpp" line="194"/>
        <source>No records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardblock.cpp" line="196"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardblock.cpp" line="206"/>
        <source>The list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardblock.cpp" line="208"/>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ClientCardClient</name>
    <message>
        <location filename="../src/gui/clientcard/clientcardclient.cpp" line="31"/>
        <source>The server&apos;s answer does not describe the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardclient.cpp" line="46"/>
        <source>No client was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardclient.cpp" line="66"/>
        <source>The user %1 belongs to no client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardclient.cpp" line="88"/>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ClientCardPage</name>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="30"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="32"/>
        <source>Virtual servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="34"/>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="36"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="38"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="40"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="42"/>
        <source>Recent actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="82"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="120"/>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="203"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="147"/>
        <source>The client&apos;s user that Act as, Open in browser and the action log use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="156"/>
        <source>&amp;Act as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="157"/>
        <source>Open a tab acting as this user (su)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="158"/>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="159"/>
        <source>Open the web interface in your browser, logged in as this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="161"/>
        <source>&amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="161"/>
        <source>Edit this user (user.edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="162"/>
        <source>&amp;Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="163"/>
        <source>Edit the client (account.edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="164"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="165"/>
        <source>Read the client and every list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="204"/>
        <source>Reading the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="213"/>
        <source>Client #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="214"/>
        <source>Client #%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="215"/>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="218"/>
        <source>Client — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="231"/>
        <source>The client could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="234"/>
        <source>Not loaded: the client could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/clientcard/clientcardpage.cpp" line="270"/>
        <source>The client has no user whose actions could be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ConsoleText</name>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="154"/>
        <source>not an API reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="156"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="158"/>
        <source>auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="160"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="162"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="164"/>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="166"/>
        <source>menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="168"/>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="170"/>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletext.cpp" line="172"/>
        <source>dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletextrawreply.cpp" line="221"/>
        <source>Rebuilt from the parsed reply; secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletextrawreply.cpp" line="223"/>
        <source>Not an API reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletextrawreply.cpp" line="259"/>
        <source>Truncated: %1 of %2 rows shown here; the parsed view has them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/consoletextrawreply.cpp" line="335"/>
        <source>Truncated: the text view stops here; the parsed view has the whole reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ConversationView</name>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="22"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="27"/>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="39"/>
        <source>No messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="47"/>
        <source>Other attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="72"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="74"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="108"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="109"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="116"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="117"/>
        <source>Save %1 as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="118"/>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="127"/>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="143"/>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/conversationview.cpp" line="147"/>
        <source>%1 × %2 pixels (preview)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::DashboardBlockView</name>
    <message>
        <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="42"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="43"/>
        <source>Refresh this block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="97"/>
        <source>More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="153"/>
        <source>The block&apos;s list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="173"/>
        <source>The block&apos;s report could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/dashboardblockview.cpp" line="190"/>
        <source>The report has no chart to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::DashboardView</name>
    <message>
        <location filename="../src/gui/dashboard/dashboardview.cpp" line="44"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/dashboardview.cpp" line="69"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dashboard/dashboardview.cpp" line="81"/>
        <source>The server did not answer with a dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::DesktopIntegration</name>
    <message>
        <location filename="../src/gui/desktop/desktopintegration.cpp" line="44"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/desktop/desktopintegration.cpp" line="51"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/desktop/desktopintegration.cpp" line="59"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/desktop/desktopintegration.cpp" line="65"/>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/desktop/desktopintegration.cpp" line="206"/>
        <source>Keep Running in the Tray?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/desktop/desktopintegration.cpp" line="207"/>
        <source>mgrdesk can keep running in the system tray after its window is closed, so that it goes on checking your accounts and shows an alert when something new arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/desktop/desktopintegration.cpp" line="232"/>
        <source>Keep Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/desktop/desktopintegration.cpp" line="233"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/desktop/desktopintegration.cpp" line="234"/>
        <source>Do not ask again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::DocumentPage</name>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="97"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="112"/>
        <source>Downloading %1… %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="115"/>
        <source>Downloading %1… %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="126"/>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="131"/>
        <source>The server answered with data, not a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="132"/>
        <source>The document could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/documents/documentpage.cpp" line="158"/>
        <source>Save %n Documents Into</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="161"/>
        <source>No folder was chosen: nothing was downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/documents/documentpage.cpp" line="186"/>
        <source>Saving %n documents into %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="190"/>
        <source>%1: saved as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="191"/>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="197"/>
        <source>Cancelled: %1 saved, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentpage.cpp" line="198"/>
        <source>%1 saved into %2, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::DocumentView</name>
    <message numerus="yes">
        <location filename="../src/gui/documents/documentview.cpp" line="70"/>
        <source>%n external resource(s) of this document were not loaded (images and styles from the network are never fetched).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentview.cpp" line="78"/>
        <source>Opened %1 in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentview.cpp" line="91"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentview.cpp" line="95"/>
        <source>Open with System Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentview.cpp" line="97"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentview.cpp" line="101"/>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentview.cpp" line="103"/>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentview.cpp" line="105"/>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentview.cpp" line="162"/>
        <source>This PDF cannot be shown (it is damaged or not a PDF). You can still save it or open it with the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentview.cpp" line="172"/>
        <location filename="../src/gui/documents/documentview.cpp" line="199"/>
        <source>This file is too large to preview. Save it or open it with the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentview.cpp" line="200"/>
        <source>This file cannot be previewed here. Save it or open it with the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="41"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="54"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="55"/>
        <source>Save Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="75"/>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="95"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="82"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="113"/>
        <source>Cannot create a temporary folder for the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="106"/>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="125"/>
        <source>No application is set up to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="133"/>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="139"/>
        <source>The printer cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/documents/documentviewoutput.cpp" line="163"/>
        <source>This document cannot be printed from here; open it with the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::FileListEdit</name>
    <message>
        <location filename="../src/gui/tickets/filelistedit.cpp" line="27"/>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/filelistedit.cpp" line="33"/>
        <source>Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/filelistedit.cpp" line="34"/>
        <source>Choose files to send, or drop them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/filelistedit.cpp" line="35"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/filelistedit.cpp" line="36"/>
        <source>Remove the selected files (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/filelistedit.cpp" line="116"/>
        <source>No files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/tickets/filelistedit.cpp" line="120"/>
        <source>%n file(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/filelistedit.cpp" line="129"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/filelistedit.cpp" line="130"/>
        <source>%1 — missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/filelistedit.cpp" line="148"/>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::FormBanner</name>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="20"/>
        <source>Form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="26"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="28"/>
        <source>Show error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="29"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="30"/>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="36"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="51"/>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="53"/>
        <source>Object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="55"/>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="57"/>
        <source>Parameter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="59"/>
        <source>Stack: %1 (user %2, level %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="61"/>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formbanner.cpp" line="63"/>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::FormFieldEditor</name>
    <message>
        <location filename="../src/gui/forms/formfieldeditor.cpp" line="43"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formfieldeditor.cpp" line="333"/>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formfieldeditor.cpp" line="410"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::FormWidget</name>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="47"/>
        <source>Wizard steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="56"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="100"/>
        <source>The form could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="110"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="112"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="116"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="120"/>
        <source>The form could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="130"/>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="212"/>
        <source>Form acting as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="342"/>
        <source>Form pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="344"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="360"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="392"/>
        <source>The server asked to open a page that is not on this panel; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="397"/>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="398"/>
        <source>The panel continues in your web browser (for example a payment system&apos;s page).

Open the page on %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="433"/>
        <source>%1 (current step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="434"/>
        <source>%1 (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="437"/>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="455"/>
        <location filename="../src/gui/forms/formwidget.cpp" line="593"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="466"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="468"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="519"/>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="546"/>
        <source>%1 Nothing you entered was lost: you can send the form again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="574"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/forms/formwidget.cpp" line="575"/>
        <source>“%1” has changes that were not sent. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ImpersonationBanner</name>
    <message>
        <location filename="../src/gui/common/impersonationbanner.cpp" line="27"/>
        <source>Impersonation banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/common/impersonationbanner.cpp" line="73"/>
        <source>Acting as %1 — logged in as %2 (level %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/common/impersonationbanner.cpp" line="75"/>
        <source>Acting as %1 — logged in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/common/impersonationbanner.cpp" line="80"/>
        <source>Every request from this view runs with the rights of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ImpersonationTab</name>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="55"/>
        <source>Acting as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="70"/>
        <source>Impersonation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="71"/>
        <source>Checking the rights of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="104"/>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="300"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="119"/>
        <source>No user to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="124"/>
        <source>The account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="159"/>
        <source>Cannot act as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/impersonation/impersonationtab.cpp" line="272"/>
        <source>Saved. The server suggests a web page on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::Language</name>
    <message>
        <location filename="../src/gui/preferences/language.cpp" line="29"/>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ListView</name>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="72"/>
        <source>The list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/lists/listview.cpp" line="98"/>
        <source>Exported %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="130"/>
        <source>List %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="132"/>
        <source>List actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="154"/>
        <source>Filter loaded rows (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="155"/>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="160"/>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="207"/>
        <source>Rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="232"/>
        <source>List status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="234"/>
        <source>Totals of the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="69"/>
        <location filename="../src/gui/lists/listview.cpp" line="243"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="69"/>
        <source>Sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="77"/>
        <source>The export stopped: the list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="103"/>
        <source>Filter cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="107"/>
        <source>The filter could not be cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="137"/>
        <source>Client card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="140"/>
        <source>The client&apos;s balance, services, payments, invoices, tickets and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="167"/>
        <source>Server filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="171"/>
        <source>Active server filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="174"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="175"/>
        <source>Change the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="176"/>
        <location filename="../src/gui/lists/listview.cpp" line="477"/>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="177"/>
        <source>Clear the server filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="189"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="192"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="194"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="195"/>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="238"/>
        <source>Totals of the whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewactions.cpp" line="59"/>
        <source>%1: running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewactions.cpp" line="68"/>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/lists/listviewactions.cpp" line="82"/>
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewactions.cpp" line="91"/>
        <source>%1: running… (see Operations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewactions.cpp" line="103"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewactions.cpp" line="114"/>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewactions.cpp" line="114"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="457"/>
        <source>Clearing the filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="473"/>
        <source>Filtered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="474"/>
        <source>The filter the server applies to this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="475"/>
        <source>The filter this window asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="477"/>
        <source>Clearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="508"/>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/lists/listview.cpp" line="510"/>
        <source>%n row(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="512"/>
        <source>%1 shown, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="514"/>
        <source> — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="535"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="536"/>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="543"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listview.cpp" line="552"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="90"/>
        <source>%1 %2</source>
        <comment>column total: title, value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="96"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="97"/>
        <source>%1: %2</source>
        <comment>list totals: label, totals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewactions.cpp" line="83"/>
        <location filename="../src/gui/lists/listviewdata.cpp" line="132"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/lists/listviewdata.cpp" line="136"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="145"/>
        <location filename="../src/gui/lists/listviewdata.cpp" line="168"/>
        <source>Another export of this list is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="185"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="191"/>
        <source>Cancelling the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="206"/>
        <source>Export: loading every page (%1 of %2 rows)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="208"/>
        <source>Export: loading every page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="219"/>
        <source>Export: writing %1 of %2 rows to %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="236"/>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewdata.cpp" line="236"/>
        <location filename="../src/gui/lists/listviewserverexport.cpp" line="112"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewserverexport.cpp" line="31"/>
        <source>Export on the Server (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewserverexport.cpp" line="38"/>
        <source>The server builds the CSV file of the whole filtered list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewserverexport.cpp" line="91"/>
        <source>Saved the server&apos;s CSV export to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewserverexport.cpp" line="100"/>
        <source>An export on the server is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewserverexport.cpp" line="103"/>
        <source>Export on the server: downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/lists/listviewserverexport.cpp" line="112"/>
        <source>Export on the Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="68"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="71"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="72"/>
        <source>The server and user this window works with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="79"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="81"/>
        <source>&amp;Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="82"/>
        <source>Manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="90"/>
        <source>Log in to see the server&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="101"/>
        <source>Open lists and forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="102"/>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="116"/>
        <source>Open a list from the menu on the left.
Accounts: File › Accounts… (Ctrl+Shift+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="145"/>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="148"/>
        <source>Keychain state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="200"/>
        <source>Accounts Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="226"/>
        <source>No keychain: passwords are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="235"/>
        <source>No Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="284"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="285"/>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="288"/>
        <source>&amp;Log In Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="290"/>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="300"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="307"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="309"/>
        <source>&amp;Go to Menu Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="312"/>
        <source>&amp;Search the Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="315"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="319"/>
        <source>Check &amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="322"/>
        <source>Restore &amp;Tabs at Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="328"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="330"/>
        <source>&amp;Request Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="334"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="335"/>
        <source>&amp;About mgrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="384"/>
        <source>%1 on %2</source>
        <comment>user on server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="395"/>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="538"/>
        <source>balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="461"/>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="529"/>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="463"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="465"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="467"/>
        <source>Connection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="469"/>
        <source>Waiting for the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="471"/>
        <source>Waiting for a decision about the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="473"/>
        <source>Waiting for the login code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="522"/>
        <source>No account: add one with File › Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="523"/>
        <source>No account selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="532"/>
        <source>Connected to %1 as %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="533"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="563"/>
        <source>mgrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="567"/>
        <source>%1 — mgrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="648"/>
        <source>About mgrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="649"/>
        <source>mgrdesk %1
A desktop client for the BILLmanager billing panel.
Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="39"/>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="41"/>
        <source>Act &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="43"/>
        <source>Open in &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="46"/>
        <source>Open in Browser as Selected &amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="48"/>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="51"/>
        <source>Impersonation Audit &amp;Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="111"/>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="149"/>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="190"/>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="197"/>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="228"/>
        <source>Select an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="208"/>
        <source>Open in Browser as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowtabs.cpp" line="232"/>
        <source>Sessions — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="132"/>
        <source>Account: %1 (%2 on %3)</source>
        <comment>account name, user, server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="135"/>
        <source>%1, account %2</source>
        <comment>tab title, account name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::NavigationTree</name>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="27"/>
        <source>Search the menu (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="28"/>
        <source>Search the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="32"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="61"/>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="108"/>
        <source>Log in to see the server&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="99"/>
        <source>No account selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="117"/>
        <source>Loading the menu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="82"/>
        <source>The menu could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/navigationtree.cpp" line="152"/>
        <source>The server&apos;s menu is empty for this user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::NotificationBadge</name>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="17"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="106"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="108"/>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="177"/>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="109"/>
        <source>No notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="114"/>
        <source>Notifications could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="118"/>
        <source>Last checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/notify/notificationbadge.cpp" line="126"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="152"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="156"/>
        <source>Could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="160"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="175"/>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/notificationbadge.cpp" line="183"/>
        <source>Check &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::OperationsBadge</name>
    <message numerus="yes">
        <location filename="../src/gui/operations/operationspanel.cpp" line="180"/>
        <source>⟳ %n operation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/operations/operationspanel.cpp" line="181"/>
        <source>Operations running: %1. Click to show the Operations panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::OperationsPanel</name>
    <message>
        <location filename="../src/gui/operations/operationspanel.cpp" line="92"/>
        <source>Clear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/operations/operationspanel.cpp" line="94"/>
        <source>No operations. Long actions (reboots, bulk changes) appear here with their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/operations/operationspanel.cpp" line="101"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/operations/operationspanel.cpp" line="151"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/operations/operationspanel.cpp" line="152"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/operations/operationspanel.cpp" line="158"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/operations/operationspanel.cpp" line="160"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/operations/operationspanel.cpp" line="162"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::PageRouter</name>
    <message>
        <location filename="../src/gui/router/builtinpages.cpp" line="80"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/router/pagerouter.cpp" line="86"/>
        <source>New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/router/pagerouter.cpp" line="87"/>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/router/pagerouter.cpp" line="91"/>
        <source>%1 › %2</source>
        <comment>parent list › child list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/router/pagerouter.cpp" line="114"/>
        <source>Select an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/router/pagerouter.cpp" line="152"/>
        <source>%1 (as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/router/pagerouter.cpp" line="194"/>
        <source>Saved. The server suggests a web page on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::PageTitles</name>
    <message>
        <location filename="../src/gui/router/pagetitles.cpp" line="20"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/router/pagetitles.cpp" line="41"/>
        <source>%1 (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::PasswordPrompt</name>
    <message>
        <location filename="../src/gui/accounts/passwordprompt.cpp" line="17"/>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/passwordprompt.cpp" line="19"/>
        <source>Enter the password of user “%1” on %2 (account “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/passwordprompt.cpp" line="29"/>
        <source>The password is kept in memory until mgrdesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/passwordprompt.cpp" line="32"/>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::PeriodPicker</name>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="60"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="60"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="61"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="61"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="61"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="62"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="62"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="62"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="63"/>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="75"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="77"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/periodpicker.cpp" line="224"/>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::PlaceholderPage</name>
    <message>
        <location filename="../src/gui/router/placeholderpage.cpp" line="21"/>
        <source>“%1” is a page of kind “%2”, which this version cannot show yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::PreferencesDialog</name>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="74"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="76"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="78"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="79"/>
        <source>Table density:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="81"/>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="86"/>
        <source>Confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="90"/>
        <source>Closing the window while alerts are on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="96"/>
        <source>Desktop alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="102"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="108"/>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="110"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="144"/>
        <source>Downloads Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="160"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="161"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="162"/>
        <source>Desktop Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="167"/>
        <source>Restore the tabs of the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="168"/>
        <source>Open the server&apos;s start page when an account has no tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="169"/>
        <source>Ask before actions that change data (delete, suspend, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="170"/>
        <source>Ask Again Everywhere (reset “Do not ask again”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="171"/>
        <source>Show a desktop alert when new items arrive (tickets, invoices, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="172"/>
        <source>Quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="176"/>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="177"/>
        <source>Keep running in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="178"/>
        <source>Quit mgrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="181"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="182"/>
        <source>Some parts of the window change language only after mgrdesk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="187"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="188"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="189"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="194"/>
        <source>Comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/preferences/preferencesdialog.cpp" line="195"/>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::QuickSwitcher</name>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="30"/>
        <source>Go to a menu entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="36"/>
        <source>Go to a list, or find a client, service, invoice, payment or ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="37"/>
        <source>Search the menus and the data of all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="40"/>
        <source>Matching menu entries and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="144"/>
        <source>%1 — %2</source>
        <comment>menu entry — account</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="150"/>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="151"/>
        <source>%1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="178"/>
        <source>Loading the menus of %n account(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="180"/>
        <source>No menu is loaded yet: log in to an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="182"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="184"/>
        <source>Enter opens the entry on its account; Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="187"/>
        <source>%1. %2</source>
        <comment>data search summary. hint</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="190"/>
        <source>Ctrl+Enter acts as the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="255"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/navigation/quickswitcher.cpp" line="258"/>
        <source>Act as This Client…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ReplyView</name>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="66"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="68"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="70"/>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="72"/>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="74"/>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="76"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="78"/>
        <source>Not an API reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="80"/>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="82"/>
        <source>Authentication error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="92"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="95"/>
        <source>No request sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="99"/>
        <source>Reply status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="103"/>
        <source>Reply views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="107"/>
        <source>The reply appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="120"/>
        <source>Reply rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="125"/>
        <location filename="../src/gui/console/replyview.cpp" line="148"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="125"/>
        <location filename="../src/gui/console/replyview.cpp" line="148"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="127"/>
        <source>Reply tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="141"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="145"/>
        <source>Error type and object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="149"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="154"/>
        <source>&amp;Parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="167"/>
        <source>Raw reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="171"/>
        <source>Ra&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="201"/>
        <source>Sending %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="211"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="212"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/console/replyview.cpp" line="216"/>
        <location filename="../src/gui/console/replyview.cpp" line="314"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="227"/>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="229"/>
        <source>Object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="231"/>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="236"/>
        <source>stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="237"/>
        <source>%1 (user %2, level %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="239"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="241"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="262"/>
        <source>The text view is shortened to keep the window responsive; the Parsed tab shows the whole reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="274"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="274"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="276"/>
        <source>New object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="278"/>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="280"/>
        <source>Redirect type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="283"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="285"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="294"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="306"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="314"/>
        <source>List %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="316"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="327"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="332"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="334"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="336"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="337"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/replyview.cpp" line="348"/>
        <source>Document attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ReportBandView</name>
    <message>
        <location filename="../src/gui/reports/reportbandview.cpp" line="80"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/reports/reportbandview.cpp" line="85"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportbandview.cpp" line="127"/>
        <source>Click a value of “%1” to open its details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ReportChart</name>
    <message>
        <location filename="../src/gui/reports/reportchart.cpp" line="97"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportchart.cpp" line="117"/>
        <source>%1: %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportchart.cpp" line="135"/>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportchart.cpp" line="243"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportchart.cpp" line="245"/>
        <location filename="../src/gui/reports/reportchart.cpp" line="251"/>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportchart.cpp" line="245"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportchart.cpp" line="247"/>
        <location filename="../src/gui/reports/reportchart.cpp" line="253"/>
        <source>The chart could not be saved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportchart.cpp" line="249"/>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportchart.cpp" line="251"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportchart.cpp" line="255"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ReportPage</name>
    <message>
        <location filename="../src/gui/reports/reportpage.cpp" line="25"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ReportPdf</name>
    <message>
        <location filename="../src/gui/reports/reportpdf.cpp" line="101"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::ReportView</name>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="62"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="80"/>
        <source>Run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="105"/>
        <location filename="../src/gui/reports/reportview.cpp" line="110"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="177"/>
        <source>Running the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="177"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="193"/>
        <source>The server did not answer with a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="220"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="227"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="228"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="230"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="247"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="296"/>
        <source>The start of the period is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="361"/>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="489"/>
        <source>Export the band as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="490"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="498"/>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/reports/reportview.cpp" line="498"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::RequestConsole</name>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="42"/>
        <source>Request console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="50"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="52"/>
        <source>Send the request (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="53"/>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="55"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="56"/>
        <source>Cancel the request on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="57"/>
        <source>Cancel the request on its way (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="58"/>
        <source>Copy as &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="59"/>
        <source>Copy the request as a URL, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="60"/>
        <source>Copy as cu&amp;rl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="61"/>
        <source>Copy the request as a curl command, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="62"/>
        <source>Copy as &amp;mgrctl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="64"/>
        <source>Copy the request as an mgrctl command for the server, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="65"/>
        <source>Copy as mgrdesk-c&amp;li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="66"/>
        <source>Copy the request as a mgrdesk-cli call command, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="67"/>
        <source>&amp;Confirm deletes and sok=ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="69"/>
        <source>Ask before sending a delete or an applied form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="70"/>
        <source>Ask before sending a request that changes data on the server: a delete, an applied form (sok=ok) or an action such as suspend (for this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="88"/>
        <source>History and request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="91"/>
        <source>Requests sent from this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="92"/>
        <source>Enter or double-click loads the request; Ctrl+Up and Ctrl+Down step through it from the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="94"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="96"/>
        <source>Request &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="171"/>
        <source>Request Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="172"/>
        <source>Console: %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="211"/>
        <source>Loaded %1 from the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="68"/>
        <source>Copied the URL (secrets masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="74"/>
        <source>Copied the curl command (secrets masked; put the password in place of *****)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="95"/>
        <source>Copied the mgrctl command (run it on the server; secrets masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="101"/>
        <source>Copied the mgrdesk-cli command (the password comes from MGRDESK_PASSWORD or the prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="123"/>
        <source>The account&apos;s connection is gone; open the console again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="128"/>
        <source>Type a function first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="135"/>
        <source>Remove the %1 parameter: the connection adds the authentication itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="141"/>
        <source>The value of %1 was hidden by the log: type it before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="159"/>
        <source>This request changes data on the server:

%1

Send it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="160"/>
        <source>This request changes data on the server, with the rights of %1:

%2

Send it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="163"/>
        <source>Send a Changing Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="168"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="171"/>
        <source>Do not ask again in this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="197"/>
        <source>%1 (%2 received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsolesend.cpp" line="203"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestconsole.cpp" line="229"/>
        <source>[as %1] %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::RequestEditor</name>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="69"/>
        <source>Request editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="77"/>
        <source>e.g. user, payment.edit, or paste func=user&amp;elid=5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="78"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="80"/>
        <source>The API function. Pasting a query string, a URL or a server log line fills the whole request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="87"/>
        <source>&amp;Paste Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="88"/>
        <source>Paste a query string or URL from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="90"/>
        <source>Fill the request from a query string, a URL or a server log line on the clipboard (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="94"/>
        <source>&amp;Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="100"/>
        <source>empty: your own rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="101"/>
        <source>Run as (su)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="102"/>
        <source>Send the request with the rights of this user (su=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="104"/>
        <source>Run &amp;as (su):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="111"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="111"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="118"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="120"/>
        <source>Ordered name and value pairs. Insert adds a row, Delete removes the selected rows, Alt+Up and Alt+Down move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="126"/>
        <source>A&amp;dd Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="127"/>
        <source>Add a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="128"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="129"/>
        <source>Remove the selected parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="130"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="131"/>
        <source>Move the selected parameter up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="132"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="133"/>
        <source>Move the selected parameter down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="271"/>
        <source>Hidden by the log: type the value before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requesteditor.cpp" line="325"/>
        <source>Requests from this console run with the rights of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::RequestLogView</name>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="24"/>
        <source>Request log of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="28"/>
        <source>Filter the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="29"/>
        <source>Filter the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="38"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="38"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="38"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="38"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="38"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="39"/>
        <source>Request log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="40"/>
        <source>Enter or double-click loads the request into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="44"/>
        <source>&amp;Load into Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/requestlogview.cpp" line="45"/>
        <source>Load the selected log entry into the editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::RestoredListTab</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindowsession.cpp" line="42"/>
        <source>“%1” opens when you show this tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::SearchActions</name>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="29"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="41"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="43"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="45"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="47"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="49"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="57"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="59"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="61"/>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="63"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchactions.cpp" line="65"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::SearchResultsPresenter</name>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="25"/>
        <source>The saved filter of the list “%1” on %2 could not be put back: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="104"/>
        <source>%1: %2</source>
        <comment>kind: title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="106"/>
        <source>%1 — %2</source>
        <comment>result — details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="108"/>
        <source>%1 (%2 matches)</source>
        <comment>result (field matches)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="115"/>
        <source>%1 %2 on %3 (found by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="117"/>
        <source>Enter opens it; Ctrl+Enter acts as this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="148"/>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="148"/>
        <source>%n result(s) so far, searching…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="151"/>
        <source>nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="151"/>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="194"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="154"/>
        <source>did not answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="156"/>
        <source>%1 (%n result(s) before that)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="159"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="162"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="165"/>
        <source>%1 — %2</source>
        <comment>account — search state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="193"/>
        <source>Searching %n server(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="196"/>
        <source>%n server(s) did not answer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/search/searchresultspresenter.cpp" line="198"/>
        <source>%n server(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::SecondFactorDialog</name>
    <message>
        <location filename="../src/gui/accounts/secondfactordialog.cpp" line="18"/>
        <source>Login to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/secondfactordialog.cpp" line="20"/>
        <source>%1 asks for a second step to log in. The code is sent once and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::SessionsWidget</name>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="32"/>
        <source>Active sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="36"/>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="155"/>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="42"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="46"/>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="47"/>
        <source>End the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="49"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="51"/>
        <source>Sessions status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="58"/>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="193"/>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="62"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="126"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="133"/>
        <source>The server did not send a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="134"/>
        <source>The sessions could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="169"/>
        <source>%n session(s); yours is marked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="170"/>
        <source>%n session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="191"/>
        <source>End your own session (%1)? The account is logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="192"/>
        <source>End the session of %1 (%2)? That user has to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="199"/>
        <source>Your session was ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="211"/>
        <source>The session of %1 was ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sessions/sessionswidget.cpp" line="213"/>
        <source>Could not end the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::TicketPage</name>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="68"/>
        <source>Restore Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="69"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="186"/>
        <source>A reply draft from %1 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/tickets/ticketpage.cpp" line="187"/>
        <source>A reply draft from %1 was kept, with %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="219"/>
        <source>The reply was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="238"/>
        <source>Too large to preview: open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="253"/>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="304"/>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="324"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="333"/>
        <source>%1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="335"/>
        <source>%1 was not saved: the server answered with data, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tickets/ticketpage.cpp" line="337"/>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::gui::TrayController</name>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="83"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="87"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="93"/>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="95"/>
        <source>Alerts for This Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="101"/>
        <source>Alert Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="104"/>
        <source>%1: %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="108"/>
        <source>Show mgrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="109"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="113"/>
        <source>mgrdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/tray/traycontroller.cpp" line="114"/>
        <source>mgrdesk — %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mgrdesk::links::LinkImporter</name>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="111"/>
        <source>The text is too long to be a link (more than %1 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="116"/>
        <source>Nothing to open: paste a link from the web interface or a line of the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="120"/>
        <source>Paste one link or one log line at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="124"/>
        <location filename="../src/core/links/linkimporter.cpp" line="142"/>
        <source>The text contains control characters: it is not a link or a log line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="132"/>
        <source>Unknown mgrdesk: link; the form is mgrdesk://open?url=ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="138"/>
        <source>A mgrdesk: link must carry an https:// address of the web interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="164"/>
        <source>Only https:// and http:// links of the web interface can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="166"/>
        <source>This is neither a link of the web interface nor a line of the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="186"/>
        <source>“%1” is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="190"/>
        <source>The user name and password in the link were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="227"/>
        <source>The log line holds no quoted request (&apos;func=…&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="232"/>
        <source>The log line is cut off: its request has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="248"/>
        <source>The link is not valid UTF-8 (near “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="255"/>
        <source>The parameter “%1” holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="261"/>
        <source>A password found in the link (authinfo) was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="273"/>
        <source>“%1” is not a function name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="277"/>
        <source>The link names two functions, “%1” and “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="300"/>
        <source>The link also names a start page (%1), which was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/links/linkimporter.cpp" line="304"/>
        <source>The link names no function (func= or startform=).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::FormCheck</name>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="118"/>
        <source>This box must be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="119"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/models/formcheck.cpp" line="124"/>
        <source>At most %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="131"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="133"/>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="135"/>
        <source>Enter a number not less than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="137"/>
        <source>Enter a number not greater than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="143"/>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="146"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="149"/>
        <source>Enter an address such as https://example.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="153"/>
        <source>Enter an IP address such as 192.0.2.10 or 2001:db8::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="157"/>
        <source>Enter IP addresses, networks (192.0.2.0/24) or ranges (192.0.2.1-192.0.2.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formcheck.cpp" line="160"/>
        <source>Enter a phone number such as +1 555 010 0123.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::FormDescription</name>
    <message>
        <location filename="../src/core/models/formdescription.cpp" line="278"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formdescription.cpp" line="280"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formdescription.cpp" line="282"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formdescription.cpp" line="284"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formdescription.cpp" line="286"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::FormSession</name>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="66"/>
        <location filename="../src/core/models/formsession.cpp" line="301"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="108"/>
        <source>The server did not answer with a form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="110"/>
        <source>The form could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="176"/>
        <source>The form could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="371"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/formsession.cpp" line="371"/>
        <source>Sending failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::FormState</name>
    <message>
        <location filename="../src/core/models/formstate.cpp" line="397"/>
        <source>The server rejected this value (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::ListActions</name>
    <message numerus="yes">
        <location filename="../src/core/models/listactions.cpp" line="182"/>
        <source>%1: %n object(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/models/listactions.cpp" line="185"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::ListExport</name>
    <message>
        <location filename="../src/core/models/listexport.cpp" line="88"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listexport.cpp" line="102"/>
        <location filename="../src/core/models/listexport.cpp" line="106"/>
        <location filename="../src/core/models/listexport.cpp" line="169"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listexport.cpp" line="243"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::ListFilter</name>
    <message>
        <location filename="../src/core/models/listfilter.cpp" line="88"/>
        <source>%1 = %2</source>
        <comment>filter condition: field = value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listfilter.cpp" line="89"/>
        <source>, </source>
        <comment>between filter conditions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listfilter.cpp" line="158"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listfilter.cpp" line="207"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::ListLoader</name>
    <message>
        <location filename="../src/core/models/listloader.cpp" line="164"/>
        <location filename="../src/core/models/listloader.cpp" line="351"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listloader.cpp" line="207"/>
        <source>The server did not answer with a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listloader.cpp" line="362"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::models::ListServerExport</name>
    <message>
        <location filename="../src/core/models/listserverexport.cpp" line="63"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listserverexport.cpp" line="76"/>
        <location filename="../src/core/models/listserverexport.cpp" line="136"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listserverexport.cpp" line="80"/>
        <source>The server could not export the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listserverexport.cpp" line="85"/>
        <source>The server did not send a CSV file for this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/listserverexport.cpp" line="138"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::navigation::MenuStore</name>
    <message>
        <location filename="../src/core/navigation/menustore.cpp" line="30"/>
        <source>%1 › %2</source>
        <comment>menu group › subgroup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/navigation/menustore.cpp" line="115"/>
        <source>The server sent no menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::net::ApiJob</name>
    <message>
        <location filename="../src/core/net/apijob.cpp" line="30"/>
        <location filename="../src/core/net/apijob.cpp" line="40"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::net::Connection</name>
    <message>
        <location filename="../src/core/net/connection.cpp" line="156"/>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="313"/>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="321"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="348"/>
        <location filename="../src/core/net/connectionsession.cpp" line="219"/>
        <location filename="../src/core/net/connectionsession.cpp" line="233"/>
        <source>Enter the password of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="536"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="540"/>
        <source>The request reached the server, so it may have been carried out: check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="560"/>
        <source>The server redirected the request to &quot;%1&quot; instead of answering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="567"/>
        <source>The server answered with HTTP status %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="575"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="578"/>
        <source>The connection to %1 broke after the request was sent, so the server may have carried it out. It was not sent again: check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="585"/>
        <source>%1 refused the connection on port %2: check the address and port, and that the panel is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="592"/>
        <source>The server %1 was not found: check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="596"/>
        <source>The connection to %1 broke while the answer arrived (%2 bytes received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="599"/>
        <source>%1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="602"/>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="605"/>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="610"/>
        <source>The partial download was discarded: no file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="686"/>
        <source>The server&apos;s answer is not an API reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="687"/>
        <source>The server&apos;s answer is not an API reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connection.cpp" line="691"/>
        <source>The server reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="65"/>
        <source>The server answered the change with a web page instead of its result (the session may have ended). The change may have been carried out, so it was not sent again: check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="119"/>
        <source>The server ended the session again right after a new login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="211"/>
        <source>The login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="290"/>
        <source>%1 answered with a web page, not the BILLmanager API. Check the address and its path (for example https://%1:1500/billmgr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="297"/>
        <source>The server needs a login step this client does not support yet (for example a one-time code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectionsession.cpp" line="302"/>
        <source>Login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectiontls.cpp" line="125"/>
        <source>The certificate of %1 was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectiondownload.cpp" line="49"/>
        <source>The document is too large to keep in memory, and no temporary folder can be created for it in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectiondownload.cpp" line="67"/>
        <location filename="../src/core/net/connectiondownload.cpp" line="132"/>
        <source>The document cannot be saved to %1: %2. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectiondownload.cpp" line="77"/>
        <source>The document is larger than %1, too large to keep in memory: save it to a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectiondownload.cpp" line="122"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::net::ConnectionManager</name>
    <message>
        <location filename="../src/core/net/connectionmanager.cpp" line="114"/>
        <source>No password is saved for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::net::ConnectionTester</name>
    <message>
        <location filename="../src/core/net/connectiontester.cpp" line="31"/>
        <source>Connected to %1 as %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectiontester.cpp" line="33"/>
        <source>Connected to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectiontester.cpp" line="41"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/net/connectiontester.cpp" line="48"/>
        <source>The server&apos;s certificate was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::net::DownloadSink</name>
    <message>
        <location filename="../src/core/net/downloadsink.cpp" line="21"/>
        <location filename="../src/core/net/downloadsink.cpp" line="75"/>
        <location filename="../src/core/net/downloadsink.cpp" line="137"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::notify::NotificationPoller</name>
    <message>
        <location filename="../src/core/notify/notificationpoller.cpp" line="80"/>
        <location filename="../src/core/notify/notificationpoller.cpp" line="164"/>
        <source>This version cannot read the server&apos;s notifications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::operations::BatchDownload</name>
    <message>
        <location filename="../src/core/operations/batchdownload.cpp" line="35"/>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/operations/batchdownload.cpp" line="79"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/operations/batchdownload.cpp" line="81"/>
        <location filename="../src/core/operations/batchdownload.cpp" line="88"/>
        <source>The server did not send the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/operations/batchdownload.cpp" line="83"/>
        <source>The server answered with data instead of a document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::operations::OperationsModel</name>
    <message>
        <location filename="../src/core/operations/operationsmodel.cpp" line="133"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::protocol</name>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="122"/>
        <source>The reply is not valid JSON at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="132"/>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="152"/>
        <source>The reply is not valid UTF-8 at line %1, column %2 (wrong or missing encoding declaration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="174"/>
        <source>unexpected “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="199"/>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="213"/>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="233"/>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="297"/>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="304"/>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="312"/>
        <source>a lone UTF-16 surrogate in a \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="223"/>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="268"/>
        <source>an invalid escape sequence in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="287"/>
        <source>an invalid \u escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="357"/>
        <location filename="../src/core/protocol/replybuilder.cpp" line="182"/>
        <source>The reply is nested deeper than the limit of %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="406"/>
        <source>unexpected data after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="428"/>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="194"/>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="266"/>
        <source>The reply ends prematurely at line %1, column %2: it was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/jsoneventreader.cpp" line="446"/>
        <source>the document is a bare value, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replybuilder_error.cpp" line="78"/>
        <source>The server reported an error (type “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyassembly.cpp" line="34"/>
        <source>Not an API reply: it holds no document element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replybuilder_doc.cpp" line="176"/>
        <source>The reply describes a page of type “%1”, which this client cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replybuilder_doc.cpp" line="187"/>
        <source>The reply has an unknown shape (it holds &lt;%1&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replybuilder.cpp" line="202"/>
        <location filename="../src/core/protocol/replyparser.cpp" line="211"/>
        <source>The server sent a web page instead of an API reply (the session may have expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replybuilder.cpp" line="207"/>
        <source>Not an API reply: the document element is &lt;%1&gt;, not &lt;doc&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="159"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="160"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="206"/>
        <source>The server sent an empty reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="225"/>
        <source>Not an API reply: at line %1, column %2 it starts with “%3” instead of XML or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="262"/>
        <source>The reply is larger than the limit of %1; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/replyparser.cpp" line="282"/>
        <source>The reply was already read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="161"/>
        <source>The reply declares a document type (DTD) at line %1, which API replies never do; refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="187"/>
        <source>The reply is not valid text in its character encoding (UTF-8 unless declared) at line %1, column %2: wrong or missing encoding declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="200"/>
        <source>The reply uses entities in a way that is refused for safety (line %1, column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="207"/>
        <source>The reply is not well-formed XML at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/xmlsaxdriver.cpp" line="234"/>
        <source>The XML parser could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::protocol::MultipartBody</name>
    <message>
        <location filename="../src/core/protocol/multipartbody.cpp" line="121"/>
        <source>The file &quot;%1&quot; changed while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/multipartbody.cpp" line="148"/>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/multipartbody.cpp" line="152"/>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/protocol/multipartbody.cpp" line="156"/>
        <source>The file &quot;%1&quot; changed since it was attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mgrdesk::search::ListSearch</name>
    <message>
        <location filename="../src/core/search/listsearch.cpp" line="79"/>
        <source>The server did not send the filter form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
