#pragma once
// GUI-side helpers for suites that show the real main window against the demo server. Header-only, like
// democlient.h: for suites that link mgrdesk_gui.

#include "core/models/tablemodel.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"
#include "navigation/navigationtree.h"

#include <QString>
#include <QTest>

namespace mgrdesk::test {

// Opens the list `func` the way a user does: from `window`'s navigation tree once the menu has it (waits up
// to `timeoutMs` for the menu), then waits up to `timeoutMs` for its first rows. The list, or nullptr with
// the step that failed in *why.
inline gui::ListView *openListFromMenu(
    gui::MainWindow &window, const QString &func, QString *why, int timeoutMs = 30000)
{
    gui::NavigationTree *nav = window.navigationTree();
    if (!QTest::qWaitFor([&] { return nav->findAction(func) != nullptr; }, timeoutMs)) {
        *why = QStringLiteral("the menu has no %1").arg(func);
        return nullptr;
    }
    if (!nav->activateAction(func)) {
        *why = QStringLiteral("%1 could not be activated").arg(func);
        return nullptr;
    }
    gui::ListView *list = window.currentListView();
    if (!list) {
        *why = QStringLiteral("%1 opened no list").arg(func);
        return nullptr;
    }
    if (!QTest::qWaitFor([&] { return list->model()->rowCount() > 0; }, timeoutMs)) {
        *why = QStringLiteral("the %1 list has no rows").arg(func);
        return nullptr;
    }
    return list;
}

} // namespace mgrdesk::test
