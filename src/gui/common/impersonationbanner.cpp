#include "impersonationbanner.h"

#include "core/net/connection.h"

#include <QHBoxLayout>
#include <QLabel>

namespace mgrdesk::gui {

ImpersonationBanner::ImpersonationBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("impersonationBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Fixed colours: near-black on amber has a contrast ratio above 10:1 whatever the palette.
    setStyleSheet(
        QStringLiteral("QFrame#impersonationBanner { background-color: #ffb300; border: 1px solid #b36b00; }"
                       "QFrame#impersonationBanner QLabel { color: #1a1a1a; font-weight: bold; }"));
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label, 1);
    setAccessibleName(tr("Impersonation banner"));
    updateText();
}

ImpersonationBanner::ImpersonationBanner(
    const QString &actingAs, const QString &realUser, std::optional<int> level, QWidget *parent)
    : ImpersonationBanner(parent)
{
    setInfo(actingAs, realUser, level);
}

ImpersonationBanner *ImpersonationBanner::forConnection(net::Connection *connection, QWidget *parent)
{
    if (!connection || connection->settings().defaultSu.isEmpty())
        return nullptr;
    auto *banner = new ImpersonationBanner(
        connection->settings().defaultSu, connection->settings().username, connection->level(), parent);
    connect(connection, &net::Connection::loggedIn, banner, [banner, connection](std::optional<int> level) {
        banner->setInfo(connection->settings().defaultSu, connection->settings().username, level);
    });
    return banner;
}

void ImpersonationBanner::setInfo(const QString &actingAs, const QString &realUser, std::optional<int> level)
{
    m_actingAs = actingAs;
    m_realUser = realUser;
    m_level = level;
    updateText();
}

void ImpersonationBanner::setChain(const QStringList &chain)
{
    m_chain = chain;
    updateText();
}

QString ImpersonationBanner::text() const
{
    return m_label->text();
}

void ImpersonationBanner::updateText()
{
    QString text;
    if (m_level)
        text = tr("Acting as %1 — logged in as %2 (level %3)").arg(m_actingAs, m_realUser).arg(*m_level);
    else
        text = tr("Acting as %1 — logged in as %2").arg(m_actingAs, m_realUser);
    if (m_chain.size() > 1)
        text += QStringLiteral(" · ") + m_chain.join(QStringLiteral(" → "));
    m_label->setText(text);
    setAccessibleDescription(text);
    setToolTip(tr("Every request from this view runs with the rights of %1.").arg(m_actingAs));
}

} // namespace mgrdesk::gui
