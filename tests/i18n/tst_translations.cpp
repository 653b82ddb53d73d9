// The Russian and Spanish catalogues (translations/mgrdesk_ru.ts, mgrdesk_es.ts) are complete and consistent:
// no unfinished, obsolete or vanished messages, no empty translation, the same %1…%99 place markers as the
// source (each used the same number of times), and plural messages whose source and every plural form show
// the number with %n, with as many forms as the language has (Russian 3, Spanish 2). Every problem is listed
// with its context and source, so that one run shows all of them.
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translationType; // "", unfinished, obsolete, vanished
    bool numerus = false;
    QString translation;
    QStringList forms;
    qint64 line = 0;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    bool contextName = false; // the next <name> is the context's
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && contextName) {
                context = xml.readElementText();
                contextName = false;
            } else if (name == QLatin1String("context")) {
                contextName = true;
            } else if (name == QLatin1String("message")) {
                m = Message();
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                m.line = xml.lineNumber();
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(m);
            m = Message();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1…%99 place markers and how often each appears (a marker used twice must be translated twice).
QMap<int, int> placeMarkers(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?([1-9][0-9]?)"));
    QMap<int, int> counts;
    auto it = marker.globalMatch(text);
    while (it.hasNext())
        ++counts[it.next().captured(1).toInt()];
    return counts;
}

QString describe(const QMap<int, int> &markers)
{
    QStringList parts;
    for (auto it = markers.cbegin(); it != markers.cend(); ++it)
        parts.append(
            QLatin1Char('%') + QString::number(it.key()) + QChar(0xD7) + QString::number(it.value()));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(' '));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue_data();
    void catalogue();
    void checkerFindsEveryKindOfProblem();

private:
    static QStringList problems(const QList<Message> &messages, int pluralForms);
};

QStringList TestTranslations::problems(const QList<Message> &messages, int pluralForms)
{
    QStringList found;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("line %1, %2: “%3”").arg(m.line).arg(m.context, m.source);
        if (m.translationType == QLatin1String("unfinished")) {
            found.append(QStringLiteral("unfinished: ") + where);
            continue;
        }
        if (m.translationType == QLatin1String("obsolete")
            || m.translationType == QLatin1String("vanished")) {
            found.append(m.translationType + QStringLiteral(": ") + where);
            continue;
        }
        const QMap<int, int> sourceMarkers = placeMarkers(m.source);
        const QStringList texts = m.numerus ? m.forms : QStringList { m.translation };
        if (m.numerus) {
            if (!m.source.contains(QLatin1String("%n")))
                found.append(QStringLiteral("plural source without %n: ") + where);
            if (m.forms.size() != pluralForms)
                found.append(
                    QStringLiteral("%1 plural forms instead of %2: ").arg(m.forms.size()).arg(pluralForms)
                    + where);
        }
        for (int i = 0; i < texts.size(); ++i) {
            const QString &t = texts.at(i);
            const QString which = m.numerus ? QStringLiteral(" (form %1)").arg(i + 1) : QString();
            if (t.trimmed().isEmpty()) {
                found.append(QStringLiteral("empty translation%1: ").arg(which) + where);
                continue;
            }
            const QMap<int, int> markers = placeMarkers(t);
            if (markers != sourceMarkers)
                found.append(QStringLiteral("place markers %1 instead of %2%3: ")
                                 .arg(describe(markers), describe(sourceMarkers), which)
                    + where);
            if (m.numerus && !t.contains(QLatin1String("%n")))
                found.append(QStringLiteral("plural form without %n%1: ").arg(which) + where);
            if (!m.numerus && m.source.contains(QLatin1String("%n")) != t.contains(QLatin1String("%n")))
                found.append(QStringLiteral("%n in only one of source and translation: ") + where);
        }
    }
    return found;
}

void TestTranslations::catalogue_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("ru") << QStringLiteral("mgrdesk_ru.ts") << 3;
    QTest::newRow("es") << QStringLiteral("mgrdesk_es.ts") << 2;
}

void TestTranslations::catalogue()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    const QString path = QStringLiteral(MGRDESK_TRANSLATIONS_DIR "/") + file;
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100,
        qPrintable(QStringLiteral("%1: only %2 messages").arg(path).arg(messages.size())));
    const QStringList found = problems(messages, pluralForms);
    qInfo(
        "%s: %lld messages, %lld problems", qPrintable(file), qint64(messages.size()), qint64(found.size()));
    for (const QString &p : found)
        qWarning("%s: %s", qPrintable(file), qPrintable(p));
    QVERIFY2(found.isEmpty(),
        qPrintable(QStringLiteral("%1 problems in %2 (listed above)").arg(found.size()).arg(file)));
}

// The checker itself: a small catalogue with one message of every kind of fault yields exactly those faults.
void TestTranslations::checkerFindsEveryKindOfProblem()
{
    QTemporaryFile ts;
    QVERIFY(ts.open());
    ts.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Ctx</name>
    <message><source>Good %1</source><translation>Хорошо %1</translation></message>
    <message><source>Open</source><translation type="unfinished">Открыть</translation></message>
    <message><source>Old</source><translation type="obsolete">Старое</translation></message>
    <message><source>Gone</source><translation type="vanished">Ушло</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>Copy %1 to %2</source><translation>Копировать %1 в %1</translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation>
        <numerusform>%n файл</numerusform><numerusform>файла</numerusform><numerusform>%n файлов</numerusform>
    </translation></message>
    <message numerus="yes"><source>%n row(s)</source><translation>
        <numerusform>%n строка</numerusform><numerusform>%n строки</numerusform>
    </translation></message>
    <message numerus="yes"><source>%n item(s) of %1</source><translation>
        <numerusform>%n из %1</numerusform><numerusform>%n из %1</numerusform><numerusform>%n из %1</numerusform>
    </translation></message>
</context>
</TS>
)");
    ts.close();
    QString error;
    const QList<Message> messages = readTs(ts.fileName(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 9);
    QCOMPARE(messages.first().context, QStringLiteral("Ctx"));
    const QStringList found = problems(messages, 3);
    const QStringList expectedStarts = {
        QStringLiteral("unfinished: line 7, Ctx: “Open”"),
        QStringLiteral("obsolete: line 8, Ctx: “Old”"),
        QStringLiteral("vanished: line 9, Ctx: “Gone”"),
        QStringLiteral("empty translation: line 10, Ctx: “Empty”"),
        QStringLiteral("place markers %1×2 instead of %1×1 %2×1: line 11"),
        QStringLiteral("plural form without %n (form 2): line 12"),
        QStringLiteral("2 plural forms instead of 3: line 15"),
    };
    QCOMPARE(found.size(), expectedStarts.size());
    for (int i = 0; i < found.size(); ++i)
        QVERIFY2(found.at(i).startsWith(expectedStarts.at(i)), qPrintable(found.at(i)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
