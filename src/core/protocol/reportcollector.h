#pragma once
// Internal to the protocol core: collects what a report or a dashboard reply holds beyond what ReplyBuilder
// reads itself (docs/protocol.md §13). ReplyBuilder forwards the events of three subtrees: doc/reportdata
// (streamed into one TableData per band instance, nested bands per row), doc/metadata (its attributes and its
// <band>s) and doc/block. Attributes may come after children (JSON), so element-level decisions wait for the
// element's end; a child of a row is a cell unless an <elem> appears inside it (then it is a nested band).
#include "reportreply.h"

#include <QByteArrayView>
#include <QHash>
#include <memory>
#include <vector>

namespace mgrdesk::protocol::detail {

class ReportCollector
{
public:
    ReportCollector();
    ~ReportCollector();

    // Whether the builder must forward the start of element `name` at `depth` (1 = the root doc). Inline: it
    // runs for every element of a list.
    bool wants(int depth, QByteArrayView name) const
    {
        if (m_depth > 0)
            return true;
        return depth == 2
            && (name == QByteArrayView("reportdata") || name == QByteArrayView("block")
                || name == QByteArrayView("metadata"));
    }
    bool active() const { return m_depth > 0; }
    void start(QByteArrayView name);
    void attribute(QByteArrayView name, QByteArrayView value);
    void text(QByteArrayView text);
    void end();

    bool sawReportData() const { return m_sawReportData; }
    // A <block> with a position or type: a dashboard block, not a form value that happens to be named so.
    bool sawBlocks() const;
    QString metadataAttribute(const char *name) const;
    bool metadataHasPeriod() const { return m_metaPeriod; }

    // Assembles the results; messages give the titles.
    void fillReport(ReportData &report, const QHash<QString, QString> &messages) const;
    void fillDashboard(DashboardData &dashboard, const QHash<QString, QString> &messages) const;

    struct Element; // a small recorded subtree (metadata bands, blocks)
    struct Frame;

private:
    void startData(Frame &parent, QByteArrayView name);

    int m_depth = 0; // open elements inside the collected subtree (0 = not collecting)
    std::vector<Frame> m_stack;
    bool m_sawReportData = false;
    bool m_metaPeriod = false;
    Attributes m_metaAttrs;
    std::vector<std::unique_ptr<Element>> m_metaBands;
    std::vector<std::unique_ptr<Element>> m_blocks;
    QList<QSharedPointer<ReportBandData>> m_data;
    QHash<const ReportBandData *, QStringList> m_nestedNames; // nested bands seen in a band's rows
};

} // namespace mgrdesk::protocol::detail
