// fuzz_request: the request importer, protocol::Request::fromQueryString (web-interface URLs, query strings
// and billmgr.log lines pasted by the user), and what is made of its result: the POST body, the masked
// display string and URL. Properties: no crash; importing the POST body of an imported request gives the same
// request (the importer's clean-up is idempotent and the encoding round-trips); the display string never
// holds the value of a secret parameter.
#include "core/protocol/request.h"
#include "fuzzer.h"

#include <QUrl>
#include <cstdio>
#include <cstdlib>

using mgrdesk::protocol::Request;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Request r = Request::fromQueryString(input);
    const QByteArray body = r.toFormBody(QString());
    const QString display = r.toDisplayString();
    (void)r.toDisplayUrl(QUrl(QStringLiteral("https://billing.example.com:1500/billmgr")));

    const Request again = Request::fromQueryString(QString::fromUtf8(body));
    MGRDESK_FUZZ_CHECK(again.function() == r.function(), "function changed by a body round trip");
    MGRDESK_FUZZ_CHECK(again.params() == r.params(), "parameters changed by a body round trip");

    // A secret value (letters and digits, 6 or more) shows in the display string only when some other part of
    // the request (the function, a name, a non-secret value) holds the same text.
    for (const Request::Param &p : r.params()) {
        if (!r.isSecret(p.first) || p.second.size() < 6)
            continue;
        bool alnum = true;
        for (const QChar c : p.second)
            alnum = alnum && c.isLetterOrNumber() && c.unicode() < 128;
        if (!alnum)
            continue;
        bool elsewhere = r.function().contains(p.second);
        for (const Request::Param &q : r.params())
            elsewhere = elsewhere || q.first.contains(p.second)
                || (!r.isSecret(q.first) && q.second.contains(p.second));
        MGRDESK_FUZZ_CHECK(elsewhere || !display.contains(p.second), "a secret value is displayed");
    }
    return 0;
}
