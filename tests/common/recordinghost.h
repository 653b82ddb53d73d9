#pragma once
// A gui::PageHost for a page shown on its own in a test: it opens nothing and keeps what the page asked for
// (the pages it requested, its status-bar messages) for the test to check. Header-only: for suites that link
// mgrdesk_gui.

#include "core/routing/pagerequest.h"
#include "router/pagehost.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mgrdesk::test {

class RecordingHost : public gui::PageHost
{
public:
    QList<routing::PageRequest> requested; // every requestPage(), in order
    QStringList messages; // every showPageMessage() text, in order

    void requestPage(const routing::PageRequest &request, QWidget *) override { requested.append(request); }
    void formFinished(
        const gui::PageContext &, QWidget *, bool, const QString &, const QString &, const QString &) override
    {
    }
    void pageTitleChanged(QWidget *, const QString &) override { }
    void showPageMessage(const QString &text, bool) override { messages.append(text); }
};

} // namespace mgrdesk::test
