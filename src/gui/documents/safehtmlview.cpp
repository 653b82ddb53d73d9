#include "safehtmlview.h"

namespace mgrdesk::gui {

SafeHtmlView::SafeHtmlView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("documentHtmlView"));
    setReadOnly(true);
    setOpenLinks(false); // anchorClicked() reaches the owner, which asks before opening a browser
    setOpenExternalLinks(false);
    setSearchPaths({});
}

QVariant SafeHtmlView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    // data: URLs are inside the document itself; anything else would be a request (network or disk).
    if (name.scheme() == QLatin1String("data"))
        return QTextBrowser::loadResource(type, name);
    if (!m_blocked.contains(name)) {
        m_blocked.append(name);
        Q_EMIT resourceBlocked(name);
    }
    return {};
}

} // namespace mgrdesk::gui
