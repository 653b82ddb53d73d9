#pragma once
// File names for saved documents: a template such as "{number}.pdf" or "{type}-{id}.{ext}" filled from a
// row's fields, made safe for every file system (no separators, reserved characters or names), and unique
// in a folder ("DH-7.pdf", "DH-7 (2).pdf", …).

#include <QHash>
#include <QSet>
#include <QString>

namespace mgrdesk::documents {

class FileNameTemplate
{
public:
    explicit FileNameTemplate(const QString &pattern = QStringLiteral("{number}.{ext}"));

    QString pattern() const { return m_pattern; }
    // Fields the pattern names ({number} → "number").
    QStringList fields() const;
    // The name for one row: unknown or empty fields fall back to {id}, then to "document"; `ext` fills
    // {ext} (and is appended when the pattern has no extension).
    QString expand(const QHash<QString, QString> &row, const QString &ext) const;

    // A name safe on Windows, macOS and Linux: separators and reserved characters become "_", control
    // characters are dropped, trailing dots/spaces trimmed, reserved device names (CON, NUL, …) prefixed,
    // at most 200 characters (keeping the extension).
    static QString sanitize(const QString &name);
    // `name`, or "stem (2).ext", "stem (3).ext", … — the first that is neither in `taken` (case-insensitive)
    // nor an existing file in `folder` (when folder is not empty).
    static QString unique(const QString &name, const QSet<QString> &taken, const QString &folder = QString());

private:
    QString m_pattern;
};

} // namespace mgrdesk::documents
