#pragma once
// A read-only HTML view for the servers' printed forms that never loads anything: no image, style sheet or
// frame from the network or the disk (a printed form is the server's HTML and may reference remote images).
// Every resource the document asks for is refused and recorded; links are offered, never followed inside.

#include <QList>
#include <QTextBrowser>
#include <QUrl>

namespace mgrdesk::gui {

class SafeHtmlView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeHtmlView(QWidget *parent = nullptr);

    // The resources the document asked for and did not get (for the info bar and tests).
    QList<QUrl> blockedResources() const { return m_blocked; }
    void clearBlocked() { m_blocked.clear(); }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void resourceBlocked(const QUrl &url);

private:
    QList<QUrl> m_blocked;
};

} // namespace mgrdesk::gui
