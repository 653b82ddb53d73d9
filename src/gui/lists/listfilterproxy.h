#pragma once
// The quick local text filter over the loaded rows (Ctrl+F). It never sorts by itself: sort() goes to the
// TableModel (its index permutation, or the server), so a 100,000-row list does not get sorted twice.

#include <QSortFilterProxyModel>

namespace mgrdesk::gui {

class ListFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ListFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace mgrdesk::gui
