#pragma once
// The request editor of the console: the function (with completion), an ordered name/value parameter table
// (add, remove, move; secret values shown as bullets and edited in password mode), and "Run as (su)", which
// is highlighted whenever it holds a login. A query string, web-interface URL or BILLmanager log line pasted
// into the function field (or through "Paste query") fills everything. Authentication never sits in the
// editor.

#include "core/protocol/request.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCompleter;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableWidget;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class RequestEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RequestEditor(QWidget *parent = nullptr);

    // The editor's request (func + the rows with a name, in order). su is not part of it: runAs().
    protocol::Request request() const;
    void setRequest(const protocol::Request &request);
    QString runAs() const;
    void setRunAs(const QString &login);

    // Fills the editor from a query string, a URL or a log line (ConsoleText::fromText). A su= in it goes to
    // "Run as". False (and nothing changed) when the text holds no function and no parameter.
    bool loadText(const QString &text);
    void setDefaultLang(const QString &lang) { m_defaultLang = lang; } // a pasted lang=this is dropped

    // Completion for the function field (merged, sorted, unique).
    void addKnownFunctions(const QStringList &functions);
    QStringList knownFunctions() const;

    void addRow(const QString &name = QString(), const QString &value = QString());
    void removeSelectedRows();
    void clear(); // function, parameters (not Run as)

    QLineEdit *functionEdit() const { return m_function; }
    QTableWidget *paramTable() const { return m_table; }
    QLineEdit *runAsEdit() const { return m_runAs; }
    QPushButton *pasteButton() const { return m_paste; }
    bool isRunAsHighlighted() const;

public Q_SLOTS:
    void pasteFromClipboard();

Q_SIGNALS:
    void changed();
    void runAsChanged(const QString &login);
    void sendRequested(); // Enter in the function field

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFunctionEdited(const QString &text);
    void updateRunAs();
    void moveSelected(int delta);

    QLineEdit *m_function = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_runAs = nullptr;
    QPushButton *m_add = nullptr, *m_remove = nullptr, *m_up = nullptr, *m_down = nullptr, *m_paste = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_functions = nullptr;
    QString m_lastFunctionText;
    QString m_defaultLang;
    bool m_filling = false;
};

} // namespace mgrdesk::gui
