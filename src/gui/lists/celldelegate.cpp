#include "celldelegate.h"

#include "appearance/theme.h"

#include "core/models/tablemodel.h"

#include <QPainter>
#include <QPixmap>

namespace mgrdesk::gui {

using models::TableModel;

void CellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant color = index.data(TableModel::ColorRole);
    if (color.isValid()) {
        const QColor c = QColor::fromString(color.toString());
        if (c.isValid()) {
            // The server's colours are meant for a light background: the same hue, made readable (WCAG AA) on
            // the current base, light or dark.
            option->palette.setColor(
                QPalette::Text, Theme::readableOn(c, option->palette.color(QPalette::Base)));
        }
    }
    const QStringList props = index.data(TableModel::PropsRole).toStringList();
    if (!props.isEmpty()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = propIcon(props);
        option->decorationSize = QSize(8 * int(props.size()) + 4 * int(props.size() - 1), 12);
    }
}

QIcon CellDelegate::propIcon(const QStringList &props) const
{
    const QString key = props.join(QLatin1Char(','));
    auto it = m_icons.constFind(key);
    if (it != m_icons.constEnd())
        return it.value();
    // One coloured mark per active prop; the colour follows the prop's name so it is stable across lists.
    const int w = 12 * int(props.size());
    QPixmap pixmap(w, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < props.size(); ++i) {
        const QColor c = QColor::fromHsv(int(qHash(props.at(i)) % 360), 160, 200);
        p.setBrush(c);
        p.setPen(c.darker(140));
        p.drawEllipse(QRectF(i * 12 + 1.5, 1.5, 9, 9));
    }
    p.end();
    const QIcon icon(pixmap);
    m_icons.insert(key, icon);
    return icon;
}

} // namespace mgrdesk::gui
