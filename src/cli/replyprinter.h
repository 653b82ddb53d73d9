#pragma once
// Prints replies of `mgrdesk-cli call` as text (aligned columns with the server's titles; forms as name:
// value lines), CSV (RFC 4180, header of column names) or JSON (the decode contract, one object per line).
// Pages of one list (--all) continue the same output: one header, the first page's column widths. Secrets
// never reach the output: the session id, secret-named columns and private form fields print as *****.

#include "core/protocol/reply.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace mgrdesk::cli {

enum class OutputFormat { Text, Csv, Json };

class ReplyPrinter
{
public:
    ReplyPrinter(OutputFormat format, QIODevice *out);

    // Strings replaced by ***** wherever they appear (the session id).
    void setSecrets(const QStringList &secrets) { m_secrets = secrets; }
    // One reply; for a list fetched page by page, call it once per page. False when writing failed.
    bool print(const protocol::Reply &reply);
    // A document reply (PDF, printed form, CSV export, attachment): its bytes exactly as they came.
    bool writeDocument(const QByteArray &bytes);
    // Notes for stderr (a column that appeared after the CSV header was written), each once.
    QStringList takeWarnings();

    static constexpr QLatin1String mask() { return QLatin1String("*****"); }
    // Removes what could steer a terminal (escape sequences, other control characters); line ends become
    // spaces.
    static QString printable(const QString &text);
    static QByteArray csvField(const QString &text);

private:
    bool write(const QByteArray &bytes);
    QByteArray textTable(const protocol::TableData &table);
    QByteArray csvTable(const protocol::TableData &table);
    QByteArray text(const protocol::Reply &reply);
    QByteArray csv(const protocol::Reply &reply);
    QByteArray json(const protocol::Reply &reply);
    QString cellText(const protocol::TableData &table, int row, int column) const;

    OutputFormat m_format;
    QIODevice *m_out;
    QStringList m_secrets;
    QStringList m_warnings;
    // The list being streamed (set by its first page).
    bool m_tableStarted = false;
    QStringList m_columns; // CSV: header; text: visible columns
    QList<int> m_widths; // text
};

} // namespace mgrdesk::cli
