#pragma once
// The dashboard as the page router creates it (PageRegistry kind "dashboard"): a DashboardView on the
// context's connection and su; what its blocks open goes to the host.
#include "dashboardview.h"

namespace mgrdesk::gui {

struct PageContext;

class DashboardPage : public DashboardView
{
    Q_OBJECT
public:
    explicit DashboardPage(const PageContext &context);
};

} // namespace mgrdesk::gui
