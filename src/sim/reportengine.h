#pragma once
// The demo server's reports (docs/protocol.md §13): metadata type="report" with a parameter form (a period),
// bands of columns with totals, links into nested bands and diagrams, and doc/reportdata computed from the
// dataset. report.income, report.services, journal.stat (the documented example) and dashboard.revenue (the
// dashboard's chart block).
#include "context.h"

#include <QDate>
#include <vector>

namespace mgrdesk::sim {

class Dataset;
struct ReportPeriod;

class ReportEngine
{
public:
    explicit ReportEngine(Dataset &data);

    // Handles func when it is one of the reports; false when func is not ours.
    bool handle(Context &ctx, Node &doc);
    static QStringList reportNames(); // for the menu, in order

    struct Col
    {
        const char *name;
        const char *total = nullptr; // count | sum
        bool link = false;
        const char *sort = nullptr; // alpha | digit
        const char *sorted = nullptr;
    };
    struct Diagram
    {
        const char *name;
        const char *type; // pie | histogram
        const char *label;
        const char *data = nullptr; // pie: the value column
        std::vector<const char *> lines = {}; // histogram: one series per <line data>
    };
    struct Band
    {
        const char *name;
        std::vector<Col> cols;
        std::vector<Diagram> diagrams;
        std::vector<Band> bands;
    };
    struct Def
    {
        const char *name;
        bool firstrun; // firstrun="no": ask the parameters first
        const char *defaultPeriod;
        const char *back; // the toolbar's back function
        std::vector<Band> bands;
    };

private:
    void metadata(const Context &ctx, Node &doc, const Def &def) const;
    void income(const Context &ctx, Node &data, const ReportPeriod &period, bool withPayments) const;
    void services(const Context &ctx, Node &data, const ReportPeriod &period) const;
    void journalStat(const Context &ctx, Node &data, const ReportPeriod &period) const;
    QDate today() const;

    Dataset &m_data;
};

} // namespace mgrdesk::sim
