#pragma once
// The file control: a list of chosen files (name and size, the folder in the tooltip), "Attach files…" (a
// non-modal file dialog), drag and drop from a file manager, Remove and the Delete key. Used by the form
// editor for fields of type file (FormFieldInfo::Kind::File, value: the paths joined by newlines) and by the
// ticket reply box. Only the paths are held; a file is read when the request is sent (MultipartBody).
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <QFileDialog> // QPointer needs the complete type
class QLabel;
class QListWidget;
class QPushButton;

namespace mgrdesk::gui {

class FileListEdit : public QWidget
{
    Q_OBJECT
public:
    explicit FileListEdit(QWidget *parent = nullptr);

    QStringList paths() const { return m_paths; }
    void setPaths(const QStringList &paths); // never emits pathsEdited()
    void setMultiple(bool multiple); // false: one file at most (a new one replaces it)
    void setMaxCount(int count); // 0: no limit
    void setStartFolder(const QString &folder) { m_folder = folder; }

    // Adds files as a user action (drops, the dialog): returns how many were added.
    int addPaths(const QStringList &paths);
    void removeSelected();

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QFileDialog *dialog() const { return m_dialog; } // the open "Attach files" dialog, if any
    QString summary() const; // "2 files, 1.4 MB" (or "No files")

    // The paths value of a form field (one path per line) and back.
    static QStringList split(const QString &value);
    static QString join(const QStringList &paths);

Q_SIGNALS:
    void pathsEdited(const QStringList &paths); // by the user: added, dropped or removed
    void folderChosen(const QString &folder); // the dialog's folder, to remember

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openDialog();
    void refresh();

    QStringList m_paths;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_summary = nullptr;
    QPointer<QFileDialog>
        m_dialog; // cleared by Qt when the dialog goes (also while this widget is destroyed)
    QString m_folder;
    bool m_multiple = true;
    int m_maxCount = 0;
};

} // namespace mgrdesk::gui
