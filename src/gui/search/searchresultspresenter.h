#pragma once
// The data half of Ctrl+K (docs/search.md): below the menu entries of a QListWidget, one section per
// searched account (a header in the account's colour, then its results as they stream in), and the state of
// each server in its header: searching, N results, nothing found, did not answer, failed.

#include "core/search/crosssearch.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QListWidget;
class QListWidgetItem;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class SearchResultsPresenter : public QObject
{
    Q_OBJECT
public:
    struct Section
    {
        QString id, name;
        QIcon icon;
        QString colour; // the account's colour tag (a colour name), empty: none
    };
    // Item data roles (beside the quick switcher's own, which start at Qt::UserRole + 1).
    enum Role { RowKindRole = Qt::UserRole + 20, ResultRole, SectionRole };
    enum RowKind { MenuRow = 0, HeaderRow, ResultRow };

    SearchResultsPresenter(QListWidget *list, search::CrossSearch *engine, QObject *parent = nullptr);

    void setSections(const QList<Section> &sections);
    void clear(); // removes every header and result row (the menu rows stay)
    int dataRowCount() const { return int(m_items.size()); }
    QListWidgetItem *header(const QString &accountId) const { return m_headers.value(accountId); }
    QList<QListWidgetItem *> resultItems(const QString &accountId) const;
    static bool isResult(const QListWidgetItem *item);
    static search::SearchResult resultOf(const QListWidgetItem *item);
    QString summary() const; // one line for the status label while or after searching

Q_SIGNALS:
    void changed(); // rows were added or a header changed
    void notice(const QString &text); // something the user must know (a saved filter not put back)

private:
    void onStarted(const QString &query, const QStringList &accountIds);
    void onResults(const QString &accountId, const QList<search::SearchResult> &results);
    void onAccountFinished(
        const QString &accountId, search::CrossSearch::Outcome outcome, const QString &message);
    void updateHeader(const QString &accountId);
    Section section(const QString &accountId) const;

    QListWidget *m_list;
    search::CrossSearch *m_engine;
    QList<Section> m_sections;
    QHash<QString, QListWidgetItem *> m_headers;
    QHash<QString, QList<QListWidgetItem *>> m_results;
    QList<QListWidgetItem *> m_items; // every data row, in order
};

} // namespace mgrdesk::gui
