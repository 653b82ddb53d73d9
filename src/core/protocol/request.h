#pragma once
// A BILLmanager request: a function plus ordered parameters (docs/protocol.md §3). Encoded as an
// application/x-www-form-urlencoded POST body; rendered for humans with every secret masked.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mgrdesk::protocol {

class Request
{
public:
    using Param = QPair<QString, QString>;

    Request() = default;
    explicit Request(const QString &function);

    QString function() const { return m_function; }
    void setFunction(const QString &function) { m_function = function; }

    // Sets (replacing the first occurrence in place) or appends a parameter; order is kept.
    Request &set(const QString &name, const QString &value);
    Request &add(const QString &name, const QString &value); // appends even if present (multi-valued fields)
    Request &remove(const QString &name);
    bool has(const QString &name) const;
    QString value(const QString &name) const;
    const QList<Param> &params() const { return m_params; }

    // Conventions.
    Request &setElid(const QString &elid);
    Request &setElids(const QStringList &elids); // joined with ", " (group operations)
    Request &setPlid(const QString &plid);
    Request &setSok(bool on = true); // sok=ok
    Request &setSu(const QString &login); // empty removes
    Request &setLang(const QString &lang);
    Request &setSvField(const QString &field);
    Request &setClickedButton(const QString &button);
    Request &setPage(int pageNumber, int pageSize); // p_num (1-based), p_cnt
    Request &setSort(const QString &column, Qt::SortOrder order); // p_sort, p_order asc|desc
    Request &setProgressId(const QString &id);

    // Files (ticket attachments: file_1 … file_N). A request with files is sent as multipart/form-data
    // (MultipartBody): a file given by path is read while sending, never here; logs and the console show its
    // name and size only.
    struct FileField
    {
        QString name; // the form field, e.g. file_1
        QString fileName; // as sent (no folder)
        QString mimeType; // empty: from the name's extension, else application/octet-stream
        QString path; // read while sending, or
        QByteArray bytes; // held in memory
        qint64 size = 0;
    };
    Request &attachFile(const QString &name, const QString &path, const QString &mimeType = QString());
    Request &attachBytes(const QString &name, const QString &fileName, const QByteArray &bytes,
        const QString &mimeType = QString());
    const QList<FileField> &files() const { return m_files; }
    bool hasFiles() const { return !m_files.isEmpty(); }

    // Fields the server marked private (e.g. <input private="yes">) are masked too.
    void markPrivate(const QString &name) { m_private.insert(name); }
    bool isSecret(const QString &name) const;
    static bool isAlwaysSecret(const QString &name); // password, authinfo, auth, key, billmgrses5, passwd, …

    // func=…&out=…& params…, percent-encoded UTF-8. `out` empty: no out parameter.
    QByteArray toFormBody(const QString &out = QStringLiteral("xml")) const;
    // For logs and the console: same order, secrets replaced by "*****", files as name=<file (N bytes)>.
    QString toDisplayString() const;
    QUrl toDisplayUrl(const QUrl &base) const; // base?func=…, secrets masked; never sent

    // Parses a query string (from the server log or a web-interface URL): drops sfrom, operafake, zoom-*,
    // progressid and empty values; keeps values "*" (the log hid them) so the UI can ask for them.
    static Request fromQueryString(const QString &query);

private:
    QString m_function;
    QList<Param> m_params;
    QList<FileField> m_files;
    QSet<QString> m_private;
};

} // namespace mgrdesk::protocol
