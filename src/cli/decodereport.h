#pragma once
// mgrdesk-cli decode: the "report" and "dashboard" kinds (docs/reports.md, "mgrdesk-cli decode").
#include "jsonwriter.h"

namespace mgrdesk::protocol {
struct ReportData;
struct DashboardData;
} // namespace mgrdesk::protocol

namespace mgrdesk::cli {

void writeReport(JsonWriter &w, const protocol::ReportData &report);
void writeDashboard(JsonWriter &w, const protocol::DashboardData &dashboard);

} // namespace mgrdesk::cli
