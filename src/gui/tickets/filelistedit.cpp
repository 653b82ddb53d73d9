#include "filelistedit.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace mgrdesk::gui {

FileListEdit::FileListEdit(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Attached files"));
    m_list->setMaximumHeight(110);
    m_list->installEventFilter(this);
    m_list->setAcceptDrops(false); // drops land on this widget
    layout->addWidget(m_list);
    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("Attach Files…"), this);
    m_add->setToolTip(tr("Choose files to send, or drop them here"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove the selected files (Delete)"));
    m_summary = new QLabel(this);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addWidget(m_summary, 1);
    layout->addLayout(row);
    connect(m_add, &QPushButton::clicked, this, &FileListEdit::openDialog);
    connect(m_remove, &QPushButton::clicked, this, &FileListEdit::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    refresh();
}

QStringList FileListEdit::split(const QString &value)
{
    return value.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString FileListEdit::join(const QStringList &paths)
{
    return paths.join(QLatin1Char('\n'));
}

void FileListEdit::setPaths(const QStringList &paths)
{
    m_paths = paths;
    refresh();
}

void FileListEdit::setMultiple(bool multiple)
{
    m_multiple = multiple;
}

void FileListEdit::setMaxCount(int count)
{
    m_maxCount = qMax(0, count);
}

int FileListEdit::addPaths(const QStringList &paths)
{
    int added = 0;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.isFile())
            continue; // folders and vanished files are not attachments
        const QString path = info.absoluteFilePath();
        if (m_paths.contains(path))
            continue;
        if (!m_multiple)
            m_paths.clear();
        if (m_maxCount > 0 && m_paths.size() >= m_maxCount)
            break;
        m_paths.append(path);
        ++added;
    }
    if (added > 0) {
        refresh();
        Q_EMIT pathsEdited(m_paths);
    }
    return added;
}

void FileListEdit::removeSelected()
{
    QStringList remove;
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    for (const QListWidgetItem *item : selected)
        remove.append(item->data(Qt::UserRole).toString());
    if (remove.isEmpty())
        return;
    for (const QString &p : remove)
        m_paths.removeAll(p);
    refresh();
    Q_EMIT pathsEdited(m_paths);
}

QString FileListEdit::summary() const
{
    if (m_paths.isEmpty())
        return tr("No files");
    qint64 total = 0;
    for (const QString &p : m_paths)
        total += QFileInfo(p).size();
    return tr("%n file(s), %1", nullptr, int(m_paths.size())).arg(QLocale().formattedDataSize(total));
}

void FileListEdit::refresh()
{
    m_list->clear();
    for (const QString &p : m_paths) {
        const QFileInfo info(p); // a stat per file: no read
        const QString text = info.exists()
            ? tr("%1 — %2").arg(info.fileName(), QLocale().formattedDataSize(info.size()))
            : tr("%1 — missing").arg(info.fileName());
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p);
        item->setToolTip(QDir::toNativeSeparators(p));
        if (!info.exists())
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    m_list->setVisible(!m_paths.isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_summary->setText(summary());
}

void FileListEdit::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new QFileDialog(this, tr("Attach Files"), m_folder);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setFileMode(m_multiple ? QFileDialog::ExistingFiles : QFileDialog::ExistingFile);
    connect(m_dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        if (!files.isEmpty()) {
            m_folder = QFileInfo(files.first()).absolutePath();
            Q_EMIT folderChosen(m_folder);
        }
        addPaths(files);
    });
    m_dialog->open(); // window-modal, never blocks the event loop
}

void FileListEdit::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isEnabled() || !event->mimeData()->hasUrls())
        return;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &u : urls) {
        if (u.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void FileListEdit::dropEvent(QDropEvent *event)
{
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &u : urls)
        if (u.isLocalFile())
            files.append(u.toLocalFile());
    if (addPaths(files) > 0)
        event->acceptProposedAction();
}

bool FileListEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mgrdesk::gui
