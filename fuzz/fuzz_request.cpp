// fuzz_request: the request importer, protocol::Request::fromQueryString (web-interface URLs, query strings
// and billmgr.log lines pasted by the user), and what is made of its result: the POST body, the masked
// display string and URL. Properties: no crash; importing the POST body of an imported request gives the same
// request (the importer's clean-up is idempotent and the encoding round-trips); the display string never
// holds the value of a secret parameter.
#include "core/protocol/request.h"
#include "fuzzer.h"

#include <QStringList>
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

    // The display string is "func=…&name=value&…" in request order: the value of every secret parameter is
    // the mask, and an authinfo's is "login:" + the mask (the login helps reading a log; the password never
    // shows). (A search for the secret text in the whole string would also find it in other, percent-encoded
    // values: "%3D" + "S3cret" holds "DS3cret".)
    const QStringList segments = display.split(QLatin1Char('&'));
    const int offset = r.function().isEmpty() ? 0 : 1;
    if (segments.size() == r.params().size() + offset) {
        for (int i = 0; i < r.params().size(); ++i) {
            const Request::Param &p = r.params().at(i);
            if (!r.isSecret(p.first))
                continue;
            const QString shown = segments.at(i + offset).section(QLatin1Char('='), 1);
            MGRDESK_FUZZ_CHECK(shown == QLatin1String("*****") || shown.endsWith(QLatin1String(":*****")),
                "a secret value is displayed");
            if (shown != QLatin1String("*****"))
                MGRDESK_FUZZ_CHECK(p.first.compare(QLatin1String("authinfo"), Qt::CaseInsensitive) == 0,
                    "only authinfo shows a part of its value");
        }
    }
    return 0;
}
