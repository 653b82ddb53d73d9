#include "filenametemplate.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace mgrdesk::documents {

namespace {

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_.-]+)\\}"));
    return re;
}

} // namespace

FileNameTemplate::FileNameTemplate(const QString &pattern)
    : m_pattern(pattern.trimmed().isEmpty() ? QStringLiteral("{number}.{ext}") : pattern.trimmed())
{
}

QStringList FileNameTemplate::fields() const
{
    QStringList names;
    for (auto it = fieldPattern().globalMatch(m_pattern); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString FileNameTemplate::expand(const QHash<QString, QString> &row, const QString &ext) const
{
    const QString fallback = !row.value(QStringLiteral("id")).trimmed().isEmpty()
        ? row.value(QStringLiteral("id")).trimmed()
        : QStringLiteral("document");
    QString result;
    qsizetype last = 0;
    for (auto it = fieldPattern().globalMatch(m_pattern); it.hasNext();) {
        const auto m = it.next();
        result += m_pattern.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString value = name == QLatin1String("ext") ? ext : row.value(name).trimmed();
        if (value.isEmpty())
            value = fallback;
        // A field value is one name part: its own separators must not create folders.
        result += QString(value)
                      .replace(QLatin1Char('/'), QLatin1Char('_'))
                      .replace(QLatin1Char('\\'), QLatin1Char('_'));
        last = m.capturedEnd();
    }
    result += m_pattern.mid(last);
    if (!ext.isEmpty() && !m_pattern.contains(QLatin1String("{ext}"))
        && !result.endsWith(QLatin1Char('.') + ext, Qt::CaseInsensitive))
        result += QLatin1Char('.') + ext;
    return sanitize(result);
}

QString FileNameTemplate::sanitize(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue;
        static const QString reserved = QStringLiteral("/\\:*?\"<>|");
        out += reserved.contains(c) ? QLatin1Char('_') : c;
    }
    while (!out.isEmpty() && (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' '))))
        out.chop(1);
    out = out.trimmed();
    if (out.isEmpty() || out == QLatin1String("..") || out == QLatin1String("."))
        out = QStringLiteral("document");
    // Windows device names, with or without an extension.
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (device.match(out).hasMatch())
        out.prepend(QLatin1Char('_'));
    if (out.size() > 200) {
        const QString suffix = QFileInfo(out).suffix();
        const qsizetype keep = suffix.size() < 20 ? 200 - suffix.size() - 1 : 200;
        out = suffix.size() < 20 ? out.left(keep) + QLatin1Char('.') + suffix : out.left(keep);
    }
    return out;
}

QString FileNameTemplate::unique(const QString &name, const QSet<QString> &taken, const QString &folder)
{
    QSet<QString> lowered;
    for (const QString &t : taken)
        lowered.insert(t.toLower());
    auto isFree = [&](const QString &candidate) {
        if (lowered.contains(candidate.toLower()))
            return false;
        return folder.isEmpty() || !QFileInfo::exists(QDir(folder).filePath(candidate));
    };
    if (isFree(name))
        return name;
    const QFileInfo info(name);
    const QString suffix = info.suffix();
    const QString stem = suffix.isEmpty() ? name : name.left(name.size() - suffix.size() - 1);
    for (int n = 2; n < 100000; ++n) {
        const QString candidate = suffix.isEmpty()
            ? QStringLiteral("%1 (%2)").arg(stem).arg(n)
            : QStringLiteral("%1 (%2).%3").arg(stem).arg(n).arg(suffix);
        if (isFree(candidate))
            return candidate;
    }
    return name;
}

} // namespace mgrdesk::documents
