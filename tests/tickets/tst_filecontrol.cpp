// The form editor's file control against the demo server, offscreen: the ticket form's file field
// (input type="file" multiple) becomes a FileListEdit; files come from the real file dialog and from a drop,
// are listed with their sizes, one is removed with Delete; the submit sends them as multipart and the server
// has them byte for byte. FormState sends files only with the submit, numbered file_1 … file_N.
#include "core/models/formsession.h"
#include "core/models/formstate.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/protocol/tabledata.h"
#include "democlient.h"
#include "demoserver.h"
#include "forms/formfieldeditor.h"
#include "forms/formwidget.h"
#include "tickets/filelistedit.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace mgrdesk;

class TestFileControl : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoServer> m_server;
    std::unique_ptr<net::Connection> m_conn;
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<test::DemoServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_conn = std::make_unique<net::Connection>(
            test::demoConnectionSettings(*m_server, QStringLiteral("client1")));
        m_conn->setPassword(test::demoPassword);
    }

    void fileNamesAreNumbered()
    {
        QCOMPARE(models::FormState::fileFieldNames(QStringLiteral("file_1"), 3),
            (QStringList { QStringLiteral("file_1"), QStringLiteral("file_2"), QStringLiteral("file_3") }));
        QCOMPARE(models::FormState::fileFieldNames(QStringLiteral("upload"), 2),
            (QStringList { QStringLiteral("upload"), QStringLiteral("upload") }));
    }

    void ticketReplyWithFilesFromTheDialogAndADrop()
    {
        const QByteArray first(2048, 'a');
        QByteArray second;
        for (int i = 0; i < 5000; ++i)
            second += char(i % 251);
        const QString firstPath = writeFile(QStringLiteral("first.log"), first);
        const QString secondPath = writeFile(QStringLiteral("second.bin"), second);
        const QString dropped = writeFile(QStringLiteral("dropped.txt"), "removed again");

        gui::FormWidget w(m_conn.get());
        w.resize(800, 640);
        w.show();
        QSignalSpy opened(w.session(), &models::FormSession::opened);
        w.open(QStringLiteral("clientticket.edit"), QString());
        QVERIFY(opened.wait(20000));
        gui::FormFieldEditor *editor = w.editor(QStringLiteral("file_1"));
        QVERIFY(editor);
        QCOMPARE(editor->kind(), models::FormFieldInfo::Kind::File);
        auto *files = qobject_cast<gui::FileListEdit *>(editor->control());
        QVERIFY(files);
        QVERIFY(files->isVisibleTo(&w));

        // the real (Qt, non-native offscreen) file dialog, answered with a file
        files->setStartFolder(m_dir.path());
        QTest::mouseClick(files->addButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return files->dialog() && files->dialog()->isVisible(); }, 5000));
        files->dialog()->selectFile(firstPath);
        static_cast<QDialog *>(files->dialog())->accept(); // as the Open button does
        QTRY_COMPARE(files->paths(), QStringList { firstPath });

        // two files dropped from a file manager
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(secondPath), QUrl::fromLocalFile(dropped) });
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(files, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(files, &drop);
        QCOMPARE(files->paths().size(), 3);
        QCOMPARE(files->list()->count(), 3);
        QVERIFY2(files->list()->item(1)->text().contains(QLocale().formattedDataSize(second.size())),
            qPrintable(files->list()->item(1)->text()));
        QVERIFY2(files->summary().startsWith(QStringLiteral("3 file")), qPrintable(files->summary()));

        // one removed with Delete
        files->list()->setCurrentRow(2);
        files->list()->setFocus();
        QTest::keyClick(files->list(), Qt::Key_Delete);
        QCOMPARE(files->paths(), (QStringList { firstPath, secondPath }));
        QCOMPARE(w.state()->value(QStringLiteral("file_1")), firstPath + QLatin1Char('\n') + secondPath);
        QVERIFY(!w.state()->recomputeRequest(QStringLiteral("name")).hasFiles());

        auto *name = qobject_cast<QLineEdit *>(w.control(QStringLiteral("name")));
        auto *message = qobject_cast<QPlainTextEdit *>(w.control(QStringLiteral("message")));
        QVERIFY(name && message);
        QTest::keyClicks(name, QStringLiteral("Two logs"));
        QTest::keyClicks(message, QStringLiteral("Attached through the form."));
        QSignalSpy accepted(&w, &gui::FormWidget::accepted);
        QVERIFY(w.submit());
        QVERIFY(accepted.wait(30000));
        const QString ticket = accepted.first().first().toString();
        QVERIFY(!ticket.isEmpty());

        protocol::Request open(QStringLiteral("clientticket.edit"));
        open.set(QStringLiteral("elid"), ticket);
        const net::ApiResult form = test::runJob(*m_conn, open, 30000);
        QVERIFY(form.ok() && form.reply.form);
        const auto list = form.reply.form->lists.value(QStringLiteral("attachments"));
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 2);
        const QList<QByteArray> expected { first, second };
        for (int row = 0; row < 2; ++row) {
            protocol::Request download(QStringLiteral("ticket.file"));
            download.set(QStringLiteral("elid"), list->cell(row, list->columnIndex(QStringLiteral("id"))));
            const net::ApiResult got = test::runJob(*m_conn, download, 30000);
            QVERIFY(got.ok() && got.document);
            QVERIFY(got.document->bytes == expected[row]);
        }
    }
};

QTEST_MAIN(TestFileControl)
#include "tst_filecontrol.moc"
