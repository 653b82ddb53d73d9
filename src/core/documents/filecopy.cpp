#include "filecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>

#include <memory>

namespace mgrdesk::documents {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mgrdesk::documents::FileCopy", text);
}

QString copy(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(source), in.errorString());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
    QByteArray buffer;
    for (;;) {
        buffer = in.read(1024 * 1024);
        if (buffer.isEmpty())
            break;
        if (out.write(buffer) != buffer.size())
            return tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
    }
    if (in.error() != QFileDevice::NoError)
        return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(source), in.errorString());
    if (!out.commit())
        return tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
    return {};
}
} // namespace

QFuture<QString> copyFileAtomically(const QString &source, const QString &target)
{
    auto promise = std::make_shared<QPromise<QString>>();
    QFuture<QString> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, source, target] {
        promise->addResult(copy(source, target));
        promise->finish();
    });
    return future;
}

} // namespace mgrdesk::documents
