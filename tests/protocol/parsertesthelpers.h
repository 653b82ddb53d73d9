#pragma once
// Shared helpers of the protocol suites: fixtures, chunked feeding, and a canonical dump of a Reply so that
// two ways of feeding the same bytes can be compared completely.

#include "core/protocol/replyparser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace testhelpers {

using namespace mgrdesk::protocol;

inline QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(MGRDESK_FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

inline Reply parseChunked(const QByteArray &body, qsizetype chunk, const ParseOptions &options = {})
{
    ReplyParser parser(options);
    for (qsizetype i = 0; i < body.size(); i += chunk) {
        if (!parser.feed(body.constData() + i, qMin(chunk, body.size() - i)))
            break;
    }
    return parser.finish();
}

inline Reply parseRandomChunks(const QByteArray &body, quint32 seed, const ParseOptions &options = {})
{
    QRandomGenerator random(seed);
    ReplyParser parser(options);
    qsizetype i = 0;
    while (i < body.size()) {
        const qsizetype n = qMin<qsizetype>(body.size() - i, 1 + random.bounded(97));
        if (!parser.feed(body.constData() + i, n))
            break;
        i += n;
    }
    return parser.finish();
}

inline QString attrValueOf(const Attributes &attrs, const char *name)
{
    for (const auto &a : attrs) {
        if (a.first == QLatin1String(name))
            return a.second;
    }
    return {};
}

inline QString dumpAttrs(const Attributes &attrs)
{
    QStringList parts;
    for (const auto &a : attrs)
        parts.append(a.first + QLatin1Char('=') + a.second);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

inline QString dumpHash(const QHash<QString, QString> &hash)
{
    QStringList parts;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    parts.sort();
    return parts.join(QLatin1Char(';'));
}

inline QString dumpTable(const TableData &t)
{
    QStringList out;
    out << QStringLiteral("key=") + t.keyColumn << t.columns().join(QLatin1Char(','))
        << QStringLiteral("total=%1 page=%2 size=%3")
               .arg(t.total.value_or(-1))
               .arg(t.page.value_or(-1))
               .arg(t.pageSize.value_or(-1));
    for (int r = 0; r < t.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t.columnCount(); ++c) {
            cells << (t.hasCell(r, c) ? t.cell(r, c) + dumpAttrs(t.cellAttributes(r, c))
                                      : QStringLiteral("<absent>"));
        }
        out << cells.join(QLatin1Char('|'));
    }
    for (const ToolButton &b : t.metadata.toolbar)
        out << b.name + b.func + b.type + b.group + QString::number(b.isDefault)
                + QString::number(b.hide.size());
    for (const ColumnInfo &c : t.metadata.columns)
        out << c.name + c.type + c.sort + c.title;
    out << dumpHash(t.messages) << dumpHash(t.docAttributes);
    return out.join(QLatin1Char('\n'));
}

inline QString dump(const Reply &reply)
{
    QStringList out;
    out << QString::number(int(reply.kind));
    if (reply.failure)
        out << QString::number(int(reply.failure->reason)) + reply.failure->message;
    if (reply.error) {
        const ApiError &e = *reply.error;
        out << e.type << e.object << e.value << e.message << e.group << e.detail << e.lang
            << QString::number(e.report);
        for (const auto &p : e.params)
            out << p.first + QLatin1Char('=') + p.second;
        for (const auto &s : e.stack)
            out << s.action + s.user + s.level;
    }
    if (reply.auth)
        out << reply.auth->session << QString::number(reply.auth->level.value_or(-1));
    if (reply.ok)
        out << reply.ok->id << reply.ok->redirect << reply.ok->redirectType;
    if (reply.table)
        out << dumpTable(*reply.table);
    if (reply.form) {
        for (const auto &v : reply.form->values)
            out << v.first + QLatin1Char('=') + v.second;
        QStringList names = reply.form->options.keys();
        names.sort();
        for (const QString &n : std::as_const(names)) {
            for (const SelectOption &o : reply.form->options.value(n))
                out << n + QLatin1Char(':') + o.key + QLatin1Char('=') + o.label;
        }
        for (const FormField &f : reply.form->fields)
            out << f.name + f.control + f.type + f.page + f.check + f.checkArgs
                    + QString::number(f.ifRules.size());
        out << dumpHash(reply.form->messages);
    }
    if (reply.menu) {
        std::function<void(const QList<MenuNode> &, int)> walk
            = [&](const QList<MenuNode> &nodes, int depth) {
                  for (const MenuNode &n : nodes) {
                      out << QString(depth, QLatin1Char(' ')) + n.name + n.action + n.type + n.title;
                      walk(n.children, depth + 1);
                  }
              };
        walk(reply.menu->nodes, 0);
    }
    if (reply.progress)
        out << reply.progress->action << QString::number(reply.progress->steps.value_or(-1))
            << QString::number(reply.progress->done.value_or(-1)) << reply.progress->comment;
    return out.join(QLatin1Char('\n'));
}

} // namespace testhelpers
