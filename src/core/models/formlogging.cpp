#include "formlogging.h"

namespace mgrdesk::models {
Q_LOGGING_CATEGORY(lcForms, "mgrdesk.forms")
}
