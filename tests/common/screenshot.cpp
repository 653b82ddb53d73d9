#include "screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>

namespace mgrdesk::test {

QString screenshotPath(const QString &name, const char *fileVariable)
{
    if (fileVariable) {
        const QString file = qEnvironmentVariable(fileVariable);
        if (!file.isEmpty())
            return file;
    }
    QString dir = qEnvironmentVariable("MGRDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath();
    return QDir(dir).filePath(name);
}

QString saveScreenshot(const QImage &image, const QString &path)
{
    if (image.isNull())
        return QStringLiteral("no image to save as %1").arg(path);
    if (!image.save(path))
        return QStringLiteral("cannot save %1").arg(path);
    qInfo(
        "screenshot: %s (%dx%d)", qPrintable(QDir::toNativeSeparators(path)), image.width(), image.height());
    const QImage back(path);
    if (back.size() != image.size())
        return QStringLiteral("%1 reads back as %2x%3, saved %4x%5")
            .arg(path)
            .arg(back.width())
            .arg(back.height())
            .arg(image.width())
            .arg(image.height());
    return {};
}

} // namespace mgrdesk::test
