#include "searchresultspresenter.h"

#include "searchactions.h"

#include <QColor>
#include <QListWidget>
#include <QPalette>

namespace mgrdesk::gui {

using search::CrossSearch;
using search::SearchResult;

SearchResultsPresenter::SearchResultsPresenter(QListWidget *list, CrossSearch *engine, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_engine(engine)
{
    connect(engine, &CrossSearch::started, this, &SearchResultsPresenter::onStarted);
    connect(engine, &CrossSearch::resultsFound, this, &SearchResultsPresenter::onResults);
    connect(engine, &CrossSearch::accountFinished, this, &SearchResultsPresenter::onAccountFinished);
    connect(engine, &CrossSearch::cleared, this, &SearchResultsPresenter::clear);
    connect(engine, &CrossSearch::restoreFailed, this,
        [this](const QString &accountId, const QString &list, const QString &message) {
            Q_EMIT notice(tr("The saved filter of the list “%1” on %2 could not be put back: %3")
                              .arg(list, section(accountId).name, message));
        });
}

void SearchResultsPresenter::setSections(const QList<Section> &sections)
{
    m_sections = sections;
}

SearchResultsPresenter::Section SearchResultsPresenter::section(const QString &accountId) const
{
    for (const Section &s : m_sections)
        if (s.id == accountId)
            return s;
    return { accountId, accountId, QIcon(), QString() };
}

void SearchResultsPresenter::clear()
{
    for (QListWidgetItem *item : std::as_const(m_items))
        delete m_list->takeItem(m_list->row(item));
    m_items.clear();
    m_headers.clear();
    m_results.clear();
    Q_EMIT changed();
}

QList<QListWidgetItem *> SearchResultsPresenter::resultItems(const QString &accountId) const
{
    return m_results.value(accountId);
}

bool SearchResultsPresenter::isResult(const QListWidgetItem *item)
{
    return item && item->data(RowKindRole).toInt() == ResultRow;
}

SearchResult SearchResultsPresenter::resultOf(const QListWidgetItem *item)
{
    return item ? item->data(ResultRole).value<SearchResult>() : SearchResult();
}

void SearchResultsPresenter::onStarted(const QString &, const QStringList &accountIds)
{
    clear();
    for (const QString &id : accountIds) {
        const Section s = section(id);
        auto *item = new QListWidgetItem(s.icon, s.name);
        item->setData(RowKindRole, HeaderRow);
        item->setData(SectionRole, id);
        item->setFlags(Qt::ItemIsEnabled); // a heading: never the current row
        QFont bold = m_list->font();
        bold.setBold(true);
        item->setFont(bold);
        if (!s.colour.isEmpty()) {
            QColor c(s.colour);
            c.setAlpha(48); // a tint of the account's colour: the text keeps the palette's contrast
            item->setBackground(c);
        }
        m_list->addItem(item);
        m_items << item;
        m_headers.insert(id, item);
        updateHeader(id);
    }
    Q_EMIT changed();
}

void SearchResultsPresenter::onResults(const QString &accountId, const QList<SearchResult> &results)
{
    QListWidgetItem *head = m_headers.value(accountId);
    if (!head)
        return;
    QList<QListWidgetItem *> &mine = m_results[accountId];
    const QListWidgetItem *last = mine.isEmpty() ? head : mine.constLast();
    int row = m_list->row(last) + 1;
    const Section s = section(accountId);
    for (const SearchResult &r : results) {
        const QString kind = SearchActions::kindName(r.kind);
        QString text = tr("%1: %2", "kind: title").arg(kind, r.title);
        if (!r.detail.isEmpty())
            text = tr("%1 — %2", "result — details").arg(text, r.detail);
        if (!r.title.contains(m_engine->query(), Qt::CaseInsensitive)) // say why it matched
            text = tr("%1 (%2 matches)", "result (field matches)")
                       .arg(text, SearchActions::fieldName(r.field));
        auto *item = new QListWidgetItem(text);
        item->setData(RowKindRole, ResultRow);
        item->setData(ResultRole, QVariant::fromValue(r));
        item->setData(SectionRole, accountId);
        QString tip
            = tr("%1 %2 on %3 (found by %4)").arg(kind, r.title, s.name, SearchActions::fieldName(r.field));
        if (SearchActions::canActAs(r))
            tip += QLatin1Char('\n') + tr("Enter opens it; Ctrl+Enter acts as this client.");
        item->setToolTip(tip);
        m_list->insertItem(row++, item);
        mine << item;
        m_items.insert(m_items.indexOf(head) + mine.size(), item);
    }
    updateHeader(accountId);
    if (!m_list->currentItem() || !(m_list->currentItem()->flags() & Qt::ItemIsSelectable)) {
        if (!mine.isEmpty())
            m_list->setCurrentItem(mine.constFirst());
    }
    Q_EMIT changed();
}

void SearchResultsPresenter::onAccountFinished(
    const QString &accountId, CrossSearch::Outcome, const QString &)
{
    updateHeader(accountId);
    Q_EMIT changed();
}

void SearchResultsPresenter::updateHeader(const QString &accountId)
{
    QListWidgetItem *head = m_headers.value(accountId);
    if (!head)
        return;
    const QString name = section(accountId).name;
    const int n = int(m_results.value(accountId).size());
    QString state;
    switch (m_engine->outcome(accountId)) {
    case CrossSearch::Outcome::Searching:
        state = n == 0 ? tr("searching…") : tr("%n result(s) so far, searching…", nullptr, n);
        break;
    case CrossSearch::Outcome::Done:
        state = n == 0 ? tr("nothing found") : tr("%n result(s)", nullptr, n);
        break;
    case CrossSearch::Outcome::NoAnswer:
        state = tr("did not answer within %n second(s)", nullptr, (m_engine->timeoutMs() + 999) / 1000);
        if (n > 0)
            state = tr("%1 (%n result(s) before that)", nullptr, n).arg(state);
        break;
    case CrossSearch::Outcome::Failed:
        state = tr("failed: %1").arg(m_engine->message(accountId));
        break;
    }
    head->setText(tr("%1 — %2", "account — search state").arg(name, state));
    head->setToolTip(head->text());
}

QString SearchResultsPresenter::summary() const
{
    if (m_headers.isEmpty())
        return {};
    int silent = 0, failed = 0, searching = 0, found = 0;
    for (auto it = m_headers.constBegin(); it != m_headers.constEnd(); ++it) {
        found += int(m_results.value(it.key()).size());
        switch (m_engine->outcome(it.key())) {
        case CrossSearch::Outcome::Searching:
            ++searching;
            break;
        case CrossSearch::Outcome::NoAnswer:
            ++silent;
            break;
        case CrossSearch::Outcome::Failed:
            ++failed;
            break;
        case CrossSearch::Outcome::Done:
            break;
        }
    }
    QStringList parts;
    if (searching > 0)
        parts << tr("Searching %n server(s)…", nullptr, searching);
    parts << tr("%n result(s)", nullptr, found);
    if (silent > 0)
        parts << tr("%n server(s) did not answer", nullptr, silent);
    if (failed > 0)
        parts << tr("%n server(s) failed", nullptr, failed);
    return parts.join(QStringLiteral("; "));
}

} // namespace mgrdesk::gui
