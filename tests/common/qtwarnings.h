#pragma once
// Turns Qt's warnings about a misuse (a connect to a missing signal, a timer or socket notifier touched from
// the wrong thread, a process or thread destroyed while running, reading a closed device, an invokeMethod
// that finds nothing) into test failures. Call from a suite's init() so that it covers every test function.
// QTest::failOnWarning exists since Qt 6.3; with older Qt this does nothing.

#include <QRegularExpression>
#include <QTest>
#include <QtGlobal>

namespace mgrdesk::test {

inline void failOnQtMisuseWarnings()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    static const QRegularExpression misuse(QStringLiteral(
        "^(QObject::(connect|disconnect|startTimer|killTimer|setParent|moveToThread)|QMetaObject::|"
        "QSocketNotifier:|QBasicTimer::|QTimer::|QThread:|QProcess: Destroyed|QIODevice::|"
        "QCoreApplication::(postEvent|sendEvent)|QEventLoop:|QSignalSpy:|QMutex:|QNetworkReply.*: )"));
    QTest::failOnWarning(misuse);
#endif
}

} // namespace mgrdesk::test
