#pragma once
// Paints list cells from the model's named roles: the cell's colour attribute (TableModel::ColorRole) as the
// text colour, the active props of a prop column (TableModel::PropsRole) as small status marks. A delegate,
// not widgets per row.

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace mgrdesk::gui {

class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon propIcon(const QStringList &props) const;
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace mgrdesk::gui
