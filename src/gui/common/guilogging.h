#pragma once
// Logging categories of the GUI, one per feature folder: mgrdesk.gui.<folder>. The core libraries use
// mgrdesk.<library> (mgrdesk.net, mgrdesk.lists, mgrdesk.forms, mgrdesk.accounts, mgrdesk.creds,
// mgrdesk.protocol), the application mgrdesk.app.<part>, the demo server mgrdesk.sim. Warnings and above are
// on by default; debug and info are off until QT_LOGGING_RULES turns them on, e.g.
//
//   QT_LOGGING_RULES="mgrdesk.gui.*.debug=true" mgrdesk            # the whole GUI
//   QT_LOGGING_RULES="mgrdesk.gui.navigation.debug=true;mgrdesk.net.debug=true" mgrdesk
//
// (docs/architecture.md, "Logging"). Never log a password, a session id, a key or a value the server
// marked private: log function names, parameter names, counts and Request::toDisplayString() (masked).

#include <QLoggingCategory>

namespace mgrdesk::gui {
Q_DECLARE_LOGGING_CATEGORY(lcGuiConsole) // mgrdesk.gui.console
Q_DECLARE_LOGGING_CATEGORY(lcGuiForms) // mgrdesk.gui.forms
Q_DECLARE_LOGGING_CATEGORY(lcGuiLists) // mgrdesk.gui.lists
Q_DECLARE_LOGGING_CATEGORY(lcGuiMainWindow) // mgrdesk.gui.mainwindow
Q_DECLARE_LOGGING_CATEGORY(lcGuiNavigation) // mgrdesk.gui.navigation
Q_DECLARE_LOGGING_CATEGORY(lcGuiRouter) // mgrdesk.gui.router
} // namespace mgrdesk::gui
