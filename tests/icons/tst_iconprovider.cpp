#include "demoserver.h"
#include "icons/iconprovider.h"

#include <QApplication>
#include <QEventLoop>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPalette>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace mgrdesk;
using gui::IconProvider;

class TestIconProvider : public QObject
{
    Q_OBJECT

private:
    // A raw GET of the demo server as admin (authinfo), so the names come from the server's bytes, not from
    // the client's parser.
    QByteArray fetch(test::DemoServer &server, QNetworkAccessManager &nam, const QString &func)
    {
        QUrl url = server.baseUrl();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("func"), func);
        q.addQueryItem(QStringLiteral("out"), QStringLiteral("devel")); // data + metadata (toolbars)
        q.addQueryItem(QStringLiteral("authinfo"), QStringLiteral("admin:demo"));
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setSslConfiguration(server.sslConfiguration());
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->readAll();
    }

private Q_SLOTS:
    void initTestCase() { IconProvider::setPreferTheme(false); }

    void knownNamesMapToGlyphs_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("glyph");
        QTest::newRow("t-new") << "t-new"
                               << "new";
        QTest::newRow("t-edit") << "t-edit"
                                << "edit";
        QTest::newRow("t-delete") << "t-delete"
                                  << "delete";
        QTest::newRow("t-print") << "t-print"
                                 << "print";
        QTest::newRow("t-download") << "t-download"
                                    << "download";
        QTest::newRow("t-filter") << "t-filter"
                                  << "filter";
        QTest::newRow("t-back") << "t-back"
                                << "back";
        QTest::newRow("t-suspend") << "t-suspend"
                                   << "pause";
        QTest::newRow("t-off") << "t-off"
                               << "pause";
        QTest::newRow("t-resume") << "t-resume"
                                  << "play";
        QTest::newRow("t-on") << "t-on"
                              << "play";
        QTest::newRow("t-go") << "t-go"
                              << "su";
        QTest::newRow("m-support") << "m-support"
                                   << "support";
        QTest::newRow("p-info") << "p-info"
                                << "info";
        QTest::newRow("module keyword") << "t-vds-reboot"
                                        << "refresh";
        QTest::newRow("renew is not new") << "t-renew"
                                          << "refresh";
        QTest::newRow("status is not a chart") << "t-status"
                                               << "info";
        QTest::newRow("case and spaces") << " T-Delete "
                                         << "delete";
    }
    void knownNamesMapToGlyphs()
    {
        QFETCH(QString, image);
        QFETCH(QString, glyph);
        QCOMPARE(IconProvider::glyphFor(image), glyph);
        QVERIFY(!IconProvider::icon(image).isNull());
    }

    void decorationAndUnknownNamesGiveNoIcon()
    {
        QCOMPARE(IconProvider::glyphFor(QStringLiteral("background-billmgr.svg")), QString());
        QCOMPARE(IconProvider::glyphFor(QString()), QString());
        QCOMPARE(IconProvider::glyphFor(QStringLiteral("t-zzqx")), QString());
        QVERIFY(IconProvider::icon(QStringLiteral("t-zzqx")).isNull());
    }

    void everyBundledGlyphRendersInThePaletteTextColour()
    {
        const QStringList glyphs = IconProvider::bundledGlyphs();
        QVERIFY2(glyphs.size() >= 40, qPrintable(QString::number(glyphs.size())));
        for (const QString &colourName : { QStringLiteral("#101010"), QStringLiteral("#f0f0f0") }) {
            QPalette palette = QApplication::palette();
            palette.setColor(QPalette::WindowText, QColor(colourName));
            QApplication::setPalette(palette);
            for (const QString &glyph : glyphs) {
                const QIcon icon = IconProvider::bundled(glyph);
                QVERIFY2(!icon.isNull(), qPrintable(glyph));
                const QImage image = icon.pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32);
                QCOMPARE(image.size(), QSize(48, 48));
                // Some opaque pixel has exactly the palette's colour: the glyph follows light and dark
                // themes.
                bool found = false;
                for (int y = 0; y < image.height() && !found; ++y) {
                    for (int x = 0; x < image.width() && !found; ++x) {
                        const QColor c = image.pixelColor(x, y);
                        found = c.alpha() == 255 && c.rgb() == QColor(colourName).rgb();
                    }
                }
                QVERIFY2(found, qPrintable(glyph + QLatin1Char(' ') + colourName));
            }
        }
    }

    void everyImageTheDemoServerSendsHasAnIcon()
    {
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QNetworkAccessManager nam;
        const QByteArray menu = fetch(server, nam, QStringLiteral("desktop"));
        QVERIFY2(menu.contains("<mainmenu"), menu.left(300).constData());

        // Every function the admin's menu opens, then every img="" those replies carry.
        QSet<QString> funcs;
        const QRegularExpression action(QStringLiteral("<node[^>]*\\baction=\"([^\"]+)\""));
        for (auto it = action.globalMatch(QString::fromUtf8(menu)); it.hasNext();)
            funcs.insert(it.next().captured(1));
        QVERIFY2(funcs.size() >= 5, qPrintable(QString::number(funcs.size())));

        QSet<QString> images;
        const QRegularExpression img(QStringLiteral("\\bimg=\"([^\"]+)\""));
        for (auto it = img.globalMatch(QString::fromUtf8(menu)); it.hasNext();)
            images.insert(it.next().captured(1));
        for (const QString &func : std::as_const(funcs)) {
            const QByteArray body = fetch(server, nam, func);
            for (auto it = img.globalMatch(QString::fromUtf8(body)); it.hasNext();)
                images.insert(it.next().captured(1));
        }
        QVERIFY2(images.size() >= 5, qPrintable(QStringList(images.values()).join(QLatin1Char(','))));
        for (const QString &name : std::as_const(images)) {
            if (name.contains(QLatin1Char('.')))
                continue; // image files (logos, backgrounds) are decoration
            QVERIFY2(!IconProvider::glyphFor(name).isEmpty(), qPrintable(name));
            QVERIFY2(!IconProvider::icon(name).isNull(), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestIconProvider)
#include "tst_iconprovider.moc"
