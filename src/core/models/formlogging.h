#pragma once
#include <QLoggingCategory>

namespace mgrdesk::models {
Q_DECLARE_LOGGING_CATEGORY(lcForms) // "mgrdesk.forms": never logs values (they may be private)
}
