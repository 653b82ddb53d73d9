#pragma once
// The demo server's home page (docs/protocol.md §13, ISPsystem "Home page (dashboard)"): func=dashboard
// answers <doc func="dashboard" stylesheet="dashboard"> with <block name position type func rows display>
// children holding <toolbtn> or <col>; the blocks' data come from their own functions: dashboard.figures (a
// small list), longtask (running operations), the ordinary lists and the dashboard.revenue report.
#include "context.h"

#include <QDateTime>
#include <functional>

namespace mgrdesk::sim {

class Dataset;
class ListEngine;

class Dashboard
{
public:
    struct Task
    {
        QString id, action, comment;
        qint64 startMs = 0;
        bool done = false;
    };
    using TaskSource = std::function<QList<Task>()>;

    Dashboard(Dataset &data, ListEngine &lists, TaskSource tasks);

    // Handles dashboard, dashboard.figures and longtask; false when func is not ours.
    bool handle(Context &ctx, Node &doc);

private:
    void page(const Context &ctx, Node &doc) const;
    void figures(const Context &ctx, Node &doc) const;
    void longtask(const Context &ctx, Node &doc) const;

    Dataset &m_data;
    ListEngine &m_lists;
    TaskSource m_tasks;
};

} // namespace mgrdesk::sim
