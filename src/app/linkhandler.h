#pragma once
// Opens a link handed to the app (a mgrdesk: link, a web-interface URL, a billmgr.log line) in the main
// window: the account is found by host, port and path (asked when several match; a log line goes to the
// current account); a list or a form opens through the page router (a link with su= under the impersonation
// banner). A link never runs a change by itself: one that changes something (sok=, .delete …) or has values
// the log hid opens in the request console instead, filled in, for the user to check and send.

#include "core/links/importedlink.h"

#include <QObject>
#include <QPointer>

namespace mgrdesk::gui {
class MainWindow;
}

namespace mgrdesk::app {

class LinkHandler : public QObject
{
    Q_OBJECT
public:
    enum class Target { List, Form, Console };
    Q_ENUM(Target)

    explicit LinkHandler(gui::MainWindow *window, QObject *parent = nullptr);

    void open(const QString &text);
    // Ctrl+Shift+O in the main window: asks for a link or log line (pre-filled from the clipboard when it
    // holds one) in a window-modal dialog without a nested event loop, then open()s it.
    void promptAndOpen();
    // macOS hands a clicked mgrdesk: link to the running app as a QFileOpenEvent: install on the application.
    bool eventFilter(QObject *watched, QEvent *event) override;
    static Target targetFor(const links::ImportedLink &link);

Q_SIGNALS:
    void opened(const QString &accountId, const QString &function, mgrdesk::app::LinkHandler::Target target);
    void refused(const QString &message);

private:
    void openOn(const QString &accountId, const links::ImportedLink &link);
    void refuse(const QString &message);
    void raiseWindow();

    QPointer<gui::MainWindow> m_window;
};

} // namespace mgrdesk::app
