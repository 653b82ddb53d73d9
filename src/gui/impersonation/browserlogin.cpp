#include "browserlogin.h"

#include "common/messagebox.h"

#include "core/net/connection.h"

#include <QDesktopServices>
#include <QTimer>

namespace mgrdesk::gui {

namespace {
BrowserLogin::UrlOpener &opener()
{
    static BrowserLogin::UrlOpener o;
    return o;
}
} // namespace

void BrowserLogin::setUrlOpener(UrlOpener o)
{
    opener() = std::move(o);
}

BrowserLogin *BrowserLogin::open(net::Connection *connection, const QString &user, QWidget *parent)
{
    auto *b = new BrowserLogin(connection, user, parent);
    QTimer::singleShot(0, b, &BrowserLogin::confirm);
    return b;
}

BrowserLogin::BrowserLogin(net::Connection *connection, const QString &user, QWidget *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_parent(parent)
    , m_user(user.trimmed())
{
    if (m_user.isEmpty() && connection)
        m_user = connection->settings().username;
}

void BrowserLogin::confirm()
{
    if (!m_connection) {
        done(false, tr("The account is not connected."));
        return;
    }
    const QString text
        = tr("Open the web interface in your browser, logged in as %1?\n\nA one-time login key is "
             "created for %1; it works once and expires after an hour.")
              .arg(m_user);
    MessageBox::question(m_parent, tr("Open in browser"), text, QMessageBox::Open | QMessageBox::Cancel,
        QMessageBox::Cancel, this, [this](QMessageBox::StandardButton button) {
            if (button == QMessageBox::Open || button == QMessageBox::Yes || button == QMessageBox::Ok)
                requestKey();
            else
                done(false, tr("Cancelled."));
        });
}

void BrowserLogin::requestKey()
{
    if (!m_connection) {
        done(false, tr("The account is not connected."));
        return;
    }
    net::ApiJob *job = m_connection->requestWebLoginUrl(m_user, this);
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult &result) {
        if (result.status == net::ApiResult::Status::Cancelled)
            return;
        if (!result.ok() || !result.url.isValid()) {
            const QString message = tr("Cannot open the web interface as %1: %2").arg(m_user, result.message);
            MessageBox::warning(m_parent, tr("Open in browser"), message);
            done(false, message);
            return;
        }
        const bool opened = opener() ? opener()(result.url) : QDesktopServices::openUrl(result.url);
        if (!opened) {
            const QString message = tr("The system could not open a browser.");
            MessageBox::warning(m_parent, tr("Open in browser"), message);
            done(false, message);
            return;
        }
        done(true, QString());
    });
}

void BrowserLogin::done(bool ok, const QString &message)
{
    Q_EMIT finished(ok, message);
    deleteLater();
}

} // namespace mgrdesk::gui
