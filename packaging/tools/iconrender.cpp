// mgrdesk-iconrender SVG OUTDIR SIZE...: renders the application icon (SVG) into OUTDIR/SIZE.png for every
// SIZE, and OUTDIR/mgrdesk.ico (Windows). A build-time tool of the packaging: the hicolor
// PNG icons, the Windows .ico and the macOS iconset come from the one SVG in resources/icons.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QList>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The SVG renderer needs a GUI application (fonts); no display at build time.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: mgrdesk-iconrender SVG OUTDIR SIZE...\n");
        return 2;
    }
    const QString svg = args.at(1);
    const QDir out(args.at(2));
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    QList<QImage> images;
    for (int i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        QImageReader reader(svg);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
        if (image.isNull()) {
            std::fprintf(stderr, "cannot render %s at %d: %s\n", qPrintable(svg), size,
                qPrintable(reader.errorString()));
            return 1;
        }
        const QString file = out.filePath(QString::number(size) + QStringLiteral(".png"));
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        if (size <= 256)
            images.append(image);
    }
    // Qt's ico writer stores one image: the largest (up to 256 px), which Windows scales down.
    if (!images.isEmpty()) {
        QImageWriter ico(out.filePath(QStringLiteral("mgrdesk.ico")), "ico");
        if (!ico.write(images.last())) {
            std::fprintf(stderr, "cannot write the .ico: %s\n", qPrintable(ico.errorString()));
            return 1;
        }
    }
    return 0;
}
