#pragma once
// The report page as the page router creates it (PageRegistry kind "report"): a ReportView on the context's
// connection and su, its toolbar's functions and messages going to the host.
#include "reportview.h"

namespace mgrdesk::gui {

struct PageContext;

class ReportPage : public ReportView
{
    Q_OBJECT
public:
    explicit ReportPage(const PageContext &context);
};

} // namespace mgrdesk::gui
