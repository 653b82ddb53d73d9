#include "guilogging.h"

namespace mgrdesk::gui {
Q_LOGGING_CATEGORY(lcGuiConsole, "mgrdesk.gui.console", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGuiForms, "mgrdesk.gui.forms", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGuiLists, "mgrdesk.gui.lists", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGuiMainWindow, "mgrdesk.gui.mainwindow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGuiNavigation, "mgrdesk.gui.navigation", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGuiRouter, "mgrdesk.gui.router", QtWarningMsg)
} // namespace mgrdesk::gui
