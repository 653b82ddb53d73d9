// mgrdesk-cli decode: parses a saved reply with the protocol core and prints one JSON object (docs/cli.md).
#include "commands.h"
#include "jsonwriter.h"
#include "replyjson.h"

#include "core/protocol/replyparser.h"
#include "core/protocol/request.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace mgrdesk::cli {

using namespace mgrdesk::protocol;

namespace {

// Secrets never reach the output (docs/protocol.md §12): values of secret names and private fields are
// masked.
const QString kMask = QStringLiteral("*****");

bool secretName(const QString &name)
{
    return Request::isAlwaysSecret(name);
}

QString masked(const QString &name, const QString &value, bool isPrivate = false)
{
    return (isPrivate || secretName(name)) && !value.isEmpty() ? kMask : value;
}

void writeError(JsonWriter &w, const ApiError &e)
{
    w.key(QStringLiteral("kind")).value(QStringLiteral("error"));
    w.key(QStringLiteral("type")).stringOrNull(e.type);
    w.key(QStringLiteral("object")).stringOrNull(e.object);
    // The value the server refused, unless the field is a password (object="badpassword" is a reason, not a
    // field: its value is the caller's address).
    static const QStringList secretFields
        = { QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("confirm"),
              QStringLiteral("auth"), QStringLiteral("authinfo"), QStringLiteral("key") };
    const bool secretField = secretFields.contains(e.field());
    w.key(QStringLiteral("value")).stringOrNull(secretField && !e.value.isEmpty() ? kMask : e.value);
    w.key(QStringLiteral("message")).value(e.message.trimmed());
}

void writeTable(JsonWriter &w, const TableData &t)
{
    w.key(QStringLiteral("kind")).value(QStringLiteral("table"));
    w.key(QStringLiteral("key")).stringOrNull(t.keyColumn);
    w.key(QStringLiteral("columns")).beginArray();
    for (const QString &c : t.columns())
        w.value(c);
    w.endArray();
    w.key(QStringLiteral("rows")).beginArray();
    const int columns = t.columnCount();
    std::vector<bool> secret(size_t(columns), false);
    for (int column = 0; column < columns; ++column)
        secret[size_t(column)] = secretName(t.columns().at(column));
    for (int row = 0; row < t.rowCount(); ++row) {
        w.beginObject();
        for (int column = 0; column < columns; ++column) {
            if (!t.hasCell(row, column))
                continue;
            w.key(t.columns().at(column));
            if (secret[size_t(column)] && !t.cellView(row, column).isEmpty())
                w.value(kMask);
            else
                w.utf8Value(t.cellUtf8(row, column));
        }
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("total")).numberOrNull(t.total);
    w.key(QStringLiteral("page")).numberOrNull(t.page);
    w.key(QStringLiteral("pageSize")).numberOrNull(t.pageSize);
    const QList<QPair<QString, QString>> totals = t.totals();
    if (!totals.isEmpty()) {
        w.key(QStringLiteral("totals")).beginObject();
        for (const auto &total : totals)
            w.key(total.first).value(total.second);
        w.endObject();
    }
    if (t.metadata.present) {
        w.key(QStringLiteral("toolbar")).beginArray();
        for (const ToolButton &b : t.metadata.toolbar) {
            w.beginObject();
            w.key(QStringLiteral("name")).value(b.name);
            w.key(QStringLiteral("func")).stringOrNull(b.func);
            w.key(QStringLiteral("type")).stringOrNull(b.type);
            w.key(QStringLiteral("default")).value(b.isDefault);
            w.endObject();
        }
        w.endArray();
    }
}

void writeForm(JsonWriter &w, const FormData &f)
{
    w.key(QStringLiteral("kind")).value(QStringLiteral("form"));
    QSet<QString> privateFields;
    for (const FormField &field : f.fields) {
        if (field.isPrivate)
            privateFields.insert(field.name);
    }
    w.key(QStringLiteral("values")).beginObject();
    QSet<QString> seen;
    for (const auto &v : f.values) {
        if (seen.contains(v.first))
            continue; // one entry per name (the parser already resolved duplicates, docs/protocol.md §11)
        seen.insert(v.first);
        w.key(v.first).value(masked(v.first, v.second, privateFields.contains(v.first)));
    }
    w.endObject();
    w.key(QStringLiteral("options")).beginObject();
    QStringList names = f.options.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        w.key(name).beginArray();
        for (const SelectOption &o : f.options.value(name)) {
            w.beginObject();
            w.key(QStringLiteral("key"));
            if (o.isNull)
                w.null();
            else
                w.value(o.key);
            w.key(QStringLiteral("label")).value(o.label);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
    if (f.hasMetadata) {
        w.key(QStringLiteral("fields")).beginArray();
        for (const FormField &field : f.fields) {
            w.beginObject();
            w.key(QStringLiteral("name")).value(field.name);
            w.key(QStringLiteral("control")).value(field.control);
            w.key(QStringLiteral("type")).stringOrNull(field.type);
            w.key(QStringLiteral("required")).value(field.required);
            w.key(QStringLiteral("readonly")).value(field.readonly);
            w.key(QStringLiteral("page")).stringOrNull(field.page);
            w.endObject();
        }
        w.endArray();
    }
    if (!f.steps.isEmpty()) {
        w.key(QStringLiteral("steps")).beginArray();
        for (const FormStep &step : f.steps) {
            w.beginObject();
            w.key(QStringLiteral("name")).value(step.name);
            w.key(QStringLiteral("title")).value(step.title);
            w.key(QStringLiteral("unavailable")).value(step.unavailable);
            w.endObject();
        }
        w.endArray();
    }
}

// func=notify (docs/protocol.md §8): the counters, the balance apart.
void writeNotify(JsonWriter &w, const NotifyData &n)
{
    w.key(QStringLiteral("kind")).value(QStringLiteral("notify"));
    w.key(QStringLiteral("items")).beginArray();
    for (const NotifyItem &item : n.items) {
        w.beginObject();
        w.key(QStringLiteral("name")).value(item.name);
        w.key(QStringLiteral("count"))
            .numberOrNull(item.hasCount ? std::optional<int>(item.count) : std::nullopt);
        w.key(QStringLiteral("type")).stringOrNull(item.type);
        w.key(QStringLiteral("img")).stringOrNull(item.img);
        w.key(QStringLiteral("action")).stringOrNull(item.action);
        w.key(QStringLiteral("hint")).stringOrNull(item.hint);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("balance"));
    if (n.balance)
        w.value(*n.balance);
    else
        w.null();
    w.key(QStringLiteral("timeout")).numberOrNull(n.timeout);
}

void writeMenuNodes(JsonWriter &w, const QList<MenuNode> &nodes)
{
    w.beginArray();
    for (const MenuNode &n : nodes) {
        w.beginObject();
        w.key(QStringLiteral("name")).value(n.name);
        if (!n.children.isEmpty()) {
            w.key(QStringLiteral("children"));
            writeMenuNodes(w, n.children);
        } else {
            w.key(QStringLiteral("action")).stringOrNull(n.action);
            w.key(QStringLiteral("type")).stringOrNull(n.type);
        }
        w.endObject();
    }
    w.endArray();
}

} // namespace

// Shared with `call --format json` (replyjson.h).
QByteArray toJson(const Reply &reply)
{
    JsonWriter w;
    w.beginObject();
    switch (reply.kind) {
    case ReplyKind::Error:
        writeError(w, *reply.error);
        break;
    case ReplyKind::Auth:
        w.key(QStringLiteral("kind")).value(QStringLiteral("auth"));
        w.key(QStringLiteral("session")).value(reply.auth->session);
        w.key(QStringLiteral("level")).numberOrNull(reply.auth->level);
        break;
    case ReplyKind::Ok:
        w.key(QStringLiteral("kind")).value(QStringLiteral("ok"));
        w.key(QStringLiteral("id")).stringOrNull(reply.ok->id);
        w.key(QStringLiteral("redirect")).stringOrNull(reply.ok->redirect);
        break;
    case ReplyKind::Table:
        if (reply.notifyData)
            writeNotify(w, *reply.notifyData);
        else
            writeTable(w, *reply.table);
        break;
    case ReplyKind::Form:
        writeForm(w, *reply.form);
        break;
    case ReplyKind::Menu:
        w.key(QStringLiteral("kind")).value(QStringLiteral("menu"));
        w.key(QStringLiteral("nodes"));
        writeMenuNodes(w, reply.menu->nodes);
        break;
    case ReplyKind::Progress:
        w.key(QStringLiteral("kind")).value(QStringLiteral("progress"));
        w.key(QStringLiteral("action")).value(reply.progress->action);
        w.key(QStringLiteral("steps")).numberOrNull(reply.progress->steps);
        w.key(QStringLiteral("done")).numberOrNull(reply.progress->done);
        w.key(QStringLiteral("comment")).value(reply.progress->comment);
        break;
    case ReplyKind::Invalid:
        break;
    }
    w.endObject();
    return w.data();
}

namespace {

void printError(const QString &message)
{
    // One line, always.
    const QString line = QStringLiteral("mgrdesk-cli: ") + message.simplified();
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
}

int usageError(const QString &message)
{
    printError(message);
    std::fputs("usage: mgrdesk-cli decode [--format auto|xml|json] FILE\n", stderr);
    return kExitUsage;
}

} // namespace

int runDecode(const QStringList &args)
{
    ParseOptions options;
    QString path;
    bool havePath = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString format;
        if (a == QLatin1String("--format")) {
            if (i + 1 >= args.size())
                return usageError(QCoreApplication::translate("mgrdesk::cli", "--format needs a value"));
            format = args.at(++i);
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            std::fputs(
                "usage: mgrdesk-cli decode [--format auto|xml|json] FILE   (FILE '-' reads stdin)\n", stdout);
            return kExitOk;
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            return usageError(QCoreApplication::translate("mgrdesk::cli", "unknown option “%1”").arg(a));
        } else if (havePath) {
            return usageError(QCoreApplication::translate("mgrdesk::cli", "only one FILE can be decoded"));
        } else {
            path = a;
            havePath = true;
        }
        if (!format.isNull()) {
            if (format == QLatin1String("auto"))
                options.format = ParseOptions::Format::Auto;
            else if (format == QLatin1String("xml"))
                options.format = ParseOptions::Format::Xml;
            else if (format == QLatin1String("json"))
                options.format = ParseOptions::Format::Json;
            else
                return usageError(
                    QCoreApplication::translate("mgrdesk::cli", "unknown format “%1” (auto, xml or json)")
                        .arg(format));
        }
    }
    if (!havePath)
        return usageError(QCoreApplication::translate("mgrdesk::cli", "no FILE given"));

    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(
            QCoreApplication::translate("mgrdesk::cli", "cannot read %1: %2").arg(path, file.errorString()));
        return kExitBadInput;
    }
    ReplyParser parser(options);
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            printError(QCoreApplication::translate("mgrdesk::cli", "cannot read %1: %2")
                           .arg(path, file.errorString()));
            return kExitBadInput;
        }
        if (n == 0 || !parser.feed(chunk.constData(), n))
            break;
    }
    const Reply reply = parser.finish();
    if (!reply.isValid()) {
        printError(QStringLiteral("%1: %2").arg(path, reply.failure ? reply.failure->message : QString()));
        return kExitBadInput;
    }
    QByteArray out = toJson(reply);
    out.append('\n');
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return kExitOk;
}

} // namespace mgrdesk::cli
