#pragma once
// The reply side of the request console: a status line (status, HTTP status, time, size) and two views of the
// reply: "Parsed" (a table over models::TableModel for lists, the server's message with its type and object
// for errors, a tree of the typed reply for everything else) and "Raw" (ConsoleText::renderReply: indented
// XML with secrets masked, cut after maxRawChars() characters with a note, so a huge list never freezes the
// window).

#include "core/net/apiresult.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace mgrdesk::models {
class TableModel;
}

namespace mgrdesk::gui {

class ReplyView : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Empty, Table, Tree, Error };
    Q_ENUM(Page)

    explicit ReplyView(QWidget *parent = nullptr);

    void showSending(const QString &what);
    // secrets: strings that must not show (the session id).
    void showResult(const net::ApiResult &result, const QStringList &secrets);
    void clear();

    static int maxRawChars(); // 400,000
    Page page() const { return m_page; }
    QString statusText() const;
    QString rawText() const;
    bool isRawTruncated() const { return m_rawTruncated; }
    QString errorText() const; // the error page's message (empty unless an error is shown)
    QString errorDetails() const; // "type · object"

    QLabel *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *tableView() const { return m_tableView; }
    models::TableModel *tableModel() const { return m_model; }
    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *rawEdit() const { return m_raw; }

private:
    void fillTree(const net::ApiResult &result);
    void setPage(Page page);

    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_tableView = nullptr;
    models::TableModel *m_model = nullptr;
    QTreeWidget *m_tree = nullptr;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorMessage = nullptr;
    QLabel *m_errorDetails = nullptr;
    QTreeWidget *m_errorTree = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_rawNote = nullptr;
    Page m_page = Page::Empty;
    bool m_rawTruncated = false;
};

} // namespace mgrdesk::gui
