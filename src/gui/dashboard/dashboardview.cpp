#include "dashboardview.h"

#include "dashboardblockview.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using namespace mgrdesk::protocol;

DashboardView::DashboardView(net::Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_content = new QWidget(scroll);
    auto *content = new QVBoxLayout(m_content);
    m_top = new QVBoxLayout;
    content->addLayout(m_top);
    auto *columns = new QHBoxLayout;
    m_left = new QVBoxLayout;
    m_right = new QVBoxLayout;
    columns->addLayout(m_left, 1);
    columns->addLayout(m_right, 1);
    content->addLayout(columns);
    content->addStretch(1);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);
}

QString DashboardView::title() const
{
    return m_dashboard && !m_dashboard->title.isEmpty() ? m_dashboard->title : tr("Dashboard");
}

DashboardBlockView *DashboardView::block(const QString &name) const
{
    for (DashboardBlockView *b : m_blocks)
        if (b->block().name == name)
            return b;
    return nullptr;
}

bool DashboardView::isLoaded() const
{
    if (!m_dashboard)
        return false;
    for (const DashboardBlockView *b : m_blocks)
        if (!b->isLoaded())
            return false;
    return true;
}

void DashboardView::load()
{
    if (!m_connection)
        return;
    m_status->setText(tr("Loading…"));
    Request r(QStringLiteral("dashboard"));
    r.set(QStringLiteral("out"), QStringLiteral("devel"));
    net::ApiJob *job = m_connection->send(r, this, m_options);
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult &result) {
        m_status->clear();
        if (!result.ok()) {
            m_status->setText(result.message);
            Q_EMIT failed(result.message);
            return;
        }
        if (result.reply.kind != ReplyKind::Dashboard || !result.reply.dashboard) {
            m_status->setText(tr("The server did not answer with a dashboard."));
            Q_EMIT failed(m_status->text());
            return;
        }
        m_dashboard = result.reply.dashboard;
        Q_EMIT titleChanged(title());
        build();
    });
}

void DashboardView::build()
{
    qDeleteAll(m_blocks);
    m_blocks.clear();
    for (const DashboardBlock &b : m_dashboard->blocks) {
        auto *view = new DashboardBlockView(m_connection, b, m_options, m_content);
        connect(view, &DashboardBlockView::openRequested, this, &DashboardView::openRequested);
        connect(view, &DashboardBlockView::loaded, this, [this] {
            if (isLoaded())
                Q_EMIT loaded();
        });
        // top across the page; left and right columns; anything else goes left
        (b.position == QLatin1String("top")            ? m_top
                : b.position == QLatin1String("right") ? m_right
                                                       : m_left)
            ->addWidget(view);
        m_blocks.append(view);
    }
    for (DashboardBlockView *view : std::as_const(m_blocks))
        view->refresh();
    if (isLoaded())
        Q_EMIT loaded();
}

} // namespace mgrdesk::gui
