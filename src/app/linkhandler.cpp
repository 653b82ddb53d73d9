#include "linkhandler.h"

#include "console/requestconsole.h"
#include "core/accounts/accountstore.h"
#include "core/links/linkimporter.h"
#include "core/net/connection.h"
#include "core/routing/pagerequest.h"
#include "mainwindow/mainwindow.h"

#include <QClipboard>
#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMessageBox>

namespace mgrdesk::app {

Q_LOGGING_CATEGORY(lcLinks, "mgrdesk.app.links", QtInfoMsg)

using links::ImportedLink;
using links::LinkImporter;

LinkHandler::LinkHandler(gui::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

LinkHandler::Target LinkHandler::targetFor(const ImportedLink &link)
{
    if (link.needsInput() || net::Connection::changesState(link.request))
        return Target::Console;
    const QString f = link.request.function();
    if (link.request.has(QStringLiteral("elid")) || f.endsWith(QLatin1String(".edit")))
        return Target::Form;
    return Target::List;
}

bool LinkHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const auto *open = static_cast<QFileOpenEvent *>(event);
        if (open->url().scheme() == QLatin1String("mgrdesk")) {
            const QString link = open->url().toString(QUrl::FullyEncoded);
            QMetaObject::invokeMethod(
                this, [this, link] { this->open(link); }, Qt::QueuedConnection);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void LinkHandler::promptAndOpen()
{
    if (!m_window)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open Link"));
    dialog->setLabelText(tr("A link from the web interface, a mgrdesk: link or a line of the server log:"));
    const QString clip = QGuiApplication::clipboard()->text().trimmed();
    if (LinkImporter::parse(clip).ok())
        dialog->setTextValue(clip);
    connect(dialog, &QInputDialog::textValueSelected, this, &LinkHandler::open);
    dialog->open();
}

void LinkHandler::raiseWindow()
{
    if (!m_window)
        return;
    m_window->show();
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void LinkHandler::refuse(const QString &message)
{
    qCInfo(lcLinks) << "link refused";
    Q_EMIT refused(message);
    if (!m_window)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Link"), message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void LinkHandler::open(const QString &text)
{
    raiseWindow();
    if (text.trimmed().isEmpty() || !m_window)
        return; // another launch without a link: showing the window is all
    const ImportedLink link = LinkImporter::parse(text);
    if (!link.ok()) {
        refuse(tr("This link cannot be opened: %1").arg(link.error));
        return;
    }
    if (link.server.isEmpty()) {
        // A log line or a bare query names no server: the current account's.
        const QString current = m_window->currentAccountId();
        if (current.isEmpty())
            refuse(tr("Add an account first: the log line does not say which server it comes from."));
        else
            openOn(current, link);
        return;
    }
    const QList<accounts::Account> matches
        = LinkImporter::matchingAccounts(link.server, m_window->accountStore()->accounts());
    if (matches.isEmpty()) {
        refuse(tr("No account is set up for %1. Add it under Accounts, then open the link again.")
                   .arg(link.server.toDisplayString()));
        return;
    }
    if (matches.size() == 1) {
        openOn(matches.first().id, link);
        return;
    }
    QStringList items;
    for (const accounts::Account &a : matches)
        items.append(tr("%1 (%2)").arg(a.name, a.username));
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open Link"));
    dialog->setLabelText(
        tr("Several accounts use %1. Open the link with:").arg(link.server.toDisplayString()));
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(false);
    connect(
        dialog, &QInputDialog::textValueSelected, this, [this, items, matches, link](const QString &choice) {
            const int index = int(items.indexOf(choice));
            if (index >= 0)
                openOn(matches.at(index).id, link);
        });
    dialog->open();
}

void LinkHandler::openOn(const QString &accountId, const ImportedLink &link)
{
    if (!m_window)
        return;
    m_window->selectAccount(accountId);
    const Target target = targetFor(link);
    const protocol::Request &r = link.request;
    qCInfo(lcLinks) << "opening" << r.function() << "on" << accountId << "as" << target;
    if (target == Target::Console) {
        if (gui::RequestConsole *console = m_window->showRequestConsole())
            console->setRequest(r, link.su);
    } else {
        // Through the page router: every parameter of the link (elname, filters …) goes with it, and a link
        // with su= opens under the impersonation banner.
        routing::PageRequest page = routing::PageRequest::fromRequest(r);
        page.accountId = accountId;
        page.su = link.su;
        page.kind = target == Target::Form ? QString::fromLatin1(routing::PageKind::Form)
                                           : QString::fromLatin1(routing::PageKind::List);
        m_window->openPage(page);
    }
    Q_EMIT opened(accountId, r.function(), target);
}

} // namespace mgrdesk::app
