#pragma once
// The always-visible strip that says a view works with someone else's rights: "Acting as CLIENT — logged in
// as ADMIN (level N)". Fixed amber colours (dark text on amber) so it reads the same in light and dark
// palettes. Put it above the scrolling content (never inside a scroll area). Usable on its own, e.g. above
// every tab of a connection whose account has a default su (forConnection()).

#include <QFrame>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace mgrdesk::net {
class Connection;
}

namespace mgrdesk::gui {

class ImpersonationBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ImpersonationBanner(QWidget *parent = nullptr);
    ImpersonationBanner(const QString &actingAs, const QString &realUser, std::optional<int> level,
        QWidget *parent = nullptr);

    // A banner for a connection whose settings carry a default su (nullptr when it has none). It follows the
    // connection's level (loggedIn).
    static ImpersonationBanner *forConnection(net::Connection *connection, QWidget *parent = nullptr);

    void setInfo(const QString &actingAs, const QString &realUser, std::optional<int> level);
    QString actingAs() const { return m_actingAs; }
    QString realUser() const { return m_realUser; }
    // The su chain the server reported (whoami's path: admin → client), shown in the banner.
    void setChain(const QStringList &chain);
    QString text() const;

private:
    void updateText();

    QLabel *m_label = nullptr;
    QString m_actingAs, m_realUser;
    QStringList m_chain;
    std::optional<int> m_level;
};

} // namespace mgrdesk::gui
