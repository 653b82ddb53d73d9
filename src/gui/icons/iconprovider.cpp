#include "iconprovider.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QPalette>
#include <QPixmap>

// The resources live in the static mgrdesk_gui library: register them before the first look-up, whoever
// links it (the application, a test).
static void ensureResources()
{
    static const bool once = [] {
        Q_INIT_RESOURCE(mgrdesk);
        return true;
    }();
    Q_UNUSED(once);
}

namespace mgrdesk::gui {

namespace {

bool s_preferTheme = true;

// Exact names seen on real servers and in the demo server, then keywords for the many module-specific ones.
const QHash<QString, QString> &exactGlyphs()
{
    static const QHash<QString, QString> map = {
        { QStringLiteral("t-new"), QStringLiteral("new") },
        { QStringLiteral("t-add"), QStringLiteral("new") },
        { QStringLiteral("t-edit"), QStringLiteral("edit") },
        { QStringLiteral("t-delete"), QStringLiteral("delete") },
        { QStringLiteral("t-print"), QStringLiteral("print") },
        { QStringLiteral("t-pdf"), QStringLiteral("pdf") },
        { QStringLiteral("t-download"), QStringLiteral("download") },
        { QStringLiteral("t-upload"), QStringLiteral("upload") },
        { QStringLiteral("t-filter"), QStringLiteral("filter") },
        { QStringLiteral("t-back"), QStringLiteral("back") },
        { QStringLiteral("t-suspend"), QStringLiteral("pause") },
        { QStringLiteral("t-off"), QStringLiteral("pause") },
        { QStringLiteral("t-resume"), QStringLiteral("play") },
        { QStringLiteral("t-on"), QStringLiteral("play") },
        { QStringLiteral("t-start"), QStringLiteral("play") },
        { QStringLiteral("t-stop"), QStringLiteral("stop") },
        { QStringLiteral("t-go"), QStringLiteral("su") },
        { QStringLiteral("t-su"), QStringLiteral("su") },
        { QStringLiteral("t-goisp"), QStringLiteral("export") },
        { QStringLiteral("t-list"), QStringLiteral("list") },
        { QStringLiteral("t-payment"), QStringLiteral("payment") },
        { QStringLiteral("t-retry"), QStringLiteral("retry") },
        { QStringLiteral("t-refresh"), QStringLiteral("refresh") },
        { QStringLiteral("t-status"), QStringLiteral("info") },
        { QStringLiteral("t-install"), QStringLiteral("install") },
        { QStringLiteral("t-history"), QStringLiteral("history") },
        { QStringLiteral("t-mail"), QStringLiteral("mail") },
        { QStringLiteral("t-send"), QStringLiteral("mail") },
        { QStringLiteral("t-key"), QStringLiteral("key") },
        { QStringLiteral("t-lock"), QStringLiteral("lock") },
        { QStringLiteral("t-attach"), QStringLiteral("attach") },
        { QStringLiteral("t-copy"), QStringLiteral("copy") },
        { QStringLiteral("t-ok"), QStringLiteral("ok") },
        { QStringLiteral("t-cancel"), QStringLiteral("cancel") },
        { QStringLiteral("t-info"), QStringLiteral("info") },
        { QStringLiteral("p-info"), QStringLiteral("info") },
        { QStringLiteral("m-support"), QStringLiteral("support") },
        { QStringLiteral("m-ticket"), QStringLiteral("support") },
        { QStringLiteral("m-clients"), QStringLiteral("users") },
        { QStringLiteral("m-client"), QStringLiteral("users") },
        { QStringLiteral("m-account"), QStringLiteral("users") },
        { QStringLiteral("m-user"), QStringLiteral("user") },
        { QStringLiteral("m-billing"), QStringLiteral("money") },
        { QStringLiteral("m-finance"), QStringLiteral("money") },
        { QStringLiteral("m-payment"), QStringLiteral("payment") },
        { QStringLiteral("m-services"), QStringLiteral("server") },
        { QStringLiteral("m-products"), QStringLiteral("box") },
        { QStringLiteral("m-settings"), QStringLiteral("settings") },
        { QStringLiteral("m-reports"), QStringLiteral("chart") },
        { QStringLiteral("m-stat"), QStringLiteral("chart") },
        { QStringLiteral("m-dashboard"), QStringLiteral("home") },
        { QStringLiteral("m-log"), QStringLiteral("history") },
        { QStringLiteral("m-tools"), QStringLiteral("settings") },
        { QStringLiteral("m-domain"), QStringLiteral("globe") },
    };
    return map;
}

// Keyword → glyph, in order: the first keyword contained in the name wins.
const QList<QPair<QString, QString>> &keywordGlyphs()
{
    static const QList<QPair<QString, QString>> list = {
        { QStringLiteral("delete"), QStringLiteral("delete") },
        { QStringLiteral("remove"), QStringLiteral("delete") },
        { QStringLiteral("edit"), QStringLiteral("edit") },
        { QStringLiteral("pdf"), QStringLiteral("pdf") },
        { QStringLiteral("print"), QStringLiteral("print") },
        { QStringLiteral("download"), QStringLiteral("download") },
        { QStringLiteral("upload"), QStringLiteral("upload") },
        { QStringLiteral("import"), QStringLiteral("upload") },
        { QStringLiteral("export"), QStringLiteral("export") },
        { QStringLiteral("filter"), QStringLiteral("filter") },
        { QStringLiteral("search"), QStringLiteral("search") },
        { QStringLiteral("back"), QStringLiteral("back") },
        { QStringLiteral("suspend"), QStringLiteral("pause") },
        { QStringLiteral("resume"), QStringLiteral("play") },
        { QStringLiteral("retry"), QStringLiteral("retry") },
        { QStringLiteral("refresh"), QStringLiteral("refresh") },
        { QStringLiteral("renew"), QStringLiteral("refresh") },
        { QStringLiteral("prolong"), QStringLiteral("refresh") },
        { QStringLiteral("reboot"), QStringLiteral("refresh") },
        { QStringLiteral("restart"), QStringLiteral("refresh") },
        { QStringLiteral("install"), QStringLiteral("install") },
        { QStringLiteral("mail"), QStringLiteral("mail") },
        { QStringLiteral("send"), QStringLiteral("mail") },
        { QStringLiteral("support"), QStringLiteral("support") },
        { QStringLiteral("ticket"), QStringLiteral("support") },
        { QStringLiteral("pay"), QStringLiteral("payment") },
        { QStringLiteral("invoice"), QStringLiteral("document") },
        { QStringLiteral("contract"), QStringLiteral("document") },
        { QStringLiteral("doc"), QStringLiteral("document") },
        { QStringLiteral("status"), QStringLiteral("info") },
        { QStringLiteral("report"), QStringLiteral("chart") },
        { QStringLiteral("stat"), QStringLiteral("chart") },
        { QStringLiteral("journal"), QStringLiteral("history") },
        { QStringLiteral("history"), QStringLiteral("history") },
        { QStringLiteral("log"), QStringLiteral("history") },
        { QStringLiteral("setting"), QStringLiteral("settings") },
        { QStringLiteral("config"), QStringLiteral("settings") },
        { QStringLiteral("user"), QStringLiteral("user") },
        { QStringLiteral("client"), QStringLiteral("users") },
        { QStringLiteral("key"), QStringLiteral("key") },
        { QStringLiteral("lock"), QStringLiteral("lock") },
        { QStringLiteral("file"), QStringLiteral("attach") },
        { QStringLiteral("attach"), QStringLiteral("attach") },
        { QStringLiteral("domain"), QStringLiteral("globe") },
        { QStringLiteral("dns"), QStringLiteral("globe") },
        { QStringLiteral("server"), QStringLiteral("server") },
        { QStringLiteral("vds"), QStringLiteral("server") },
        { QStringLiteral("vps"), QStringLiteral("server") },
        { QStringLiteral("host"), QStringLiteral("server") },
        { QStringLiteral("service"), QStringLiteral("server") },
        { QStringLiteral("tariff"), QStringLiteral("box") },
        { QStringLiteral("product"), QStringLiteral("box") },
        { QStringLiteral("price"), QStringLiteral("tag") },
        { QStringLiteral("list"), QStringLiteral("list") },
        { QStringLiteral("info"), QStringLiteral("info") },
        { QStringLiteral("new"), QStringLiteral("new") },
        { QStringLiteral("add"), QStringLiteral("new") },
        { QStringLiteral("start"), QStringLiteral("play") },
        { QStringLiteral("stop"), QStringLiteral("stop") },
        { QStringLiteral("link"), QStringLiteral("link") },
        { QStringLiteral("home"), QStringLiteral("home") },
        { QStringLiteral("dashboard"), QStringLiteral("home") },
    };
    return list;
}

QString glyphFile(const QString &glyph)
{
    ensureResources();
    return QStringLiteral(":/icons/actions/%1.svg").arg(glyph);
}

} // namespace

QString IconProvider::glyphFor(const QString &serverImage)
{
    QString name = serverImage.trimmed().toLower();
    if (name.isEmpty())
        return {};
    const auto hit = exactGlyphs().constFind(name);
    if (hit != exactGlyphs().constEnd())
        return hit.value();
    // An image file (background-billmgr.svg, a logo) is decoration, not an action icon.
    if (name.contains(QLatin1Char('.')) || name.contains(QLatin1Char('/')))
        return {};
    // t-/m-/p-/i- prefixes name where the image is used, not what it shows.
    if (name.size() > 2 && name.at(1) == QLatin1Char('-'))
        name = name.mid(2);
    if (QFile::exists(glyphFile(name)))
        return name;
    for (const auto &[keyword, glyph] : keywordGlyphs()) {
        if (name.contains(keyword))
            return glyph;
    }
    return {};
}

QString IconProvider::themeNameFor(const QString &glyph)
{
    // Names from the freedesktop Icon Naming Specification only, so any conforming theme may have them.
    static const QHash<QString, QString> map = {
        { QStringLiteral("new"), QStringLiteral("document-new") },
        { QStringLiteral("edit"), QStringLiteral("document-properties") },
        { QStringLiteral("delete"), QStringLiteral("edit-delete") },
        { QStringLiteral("print"), QStringLiteral("document-print") },
        { QStringLiteral("download"), QStringLiteral("document-save") },
        { QStringLiteral("upload"), QStringLiteral("document-open") },
        { QStringLiteral("search"), QStringLiteral("edit-find") },
        { QStringLiteral("back"), QStringLiteral("go-previous") },
        { QStringLiteral("forward"), QStringLiteral("go-next") },
        { QStringLiteral("pause"), QStringLiteral("media-playback-pause") },
        { QStringLiteral("play"), QStringLiteral("media-playback-start") },
        { QStringLiteral("stop"), QStringLiteral("media-playback-stop") },
        { QStringLiteral("retry"), QStringLiteral("view-refresh") },
        { QStringLiteral("refresh"), QStringLiteral("view-refresh") },
        { QStringLiteral("info"), QStringLiteral("dialog-information") },
        { QStringLiteral("warning"), QStringLiteral("dialog-warning") },
        { QStringLiteral("mail"), QStringLiteral("mail-message-new") },
        { QStringLiteral("users"), QStringLiteral("system-users") },
        { QStringLiteral("settings"), QStringLiteral("preferences-system") },
        { QStringLiteral("home"), QStringLiteral("go-home") },
        { QStringLiteral("calendar"), QStringLiteral("x-office-calendar") },
        { QStringLiteral("document"), QStringLiteral("x-office-document") },
        { QStringLiteral("copy"), QStringLiteral("edit-copy") },
        { QStringLiteral("support"), QStringLiteral("help-contents") },
        { QStringLiteral("history"), QStringLiteral("document-open-recent") },
        { QStringLiteral("lock"), QStringLiteral("system-lock-screen") },
    };
    return map.value(glyph);
}

QIcon IconProvider::icon(const QString &serverImage)
{
    const QString glyph = glyphFor(serverImage);
    if (glyph.isEmpty())
        return {};
    if (s_preferTheme) {
        const QString themeName = themeNameFor(glyph);
        if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
            return QIcon::fromTheme(themeName);
    }
    return bundled(glyph);
}

QIcon IconProvider::bundled(const QString &glyph)
{
    const QColor colour = QGuiApplication::palette().color(QPalette::Active, QPalette::WindowText);
    const QString key = glyph + QLatin1Char('|') + colour.name();
    static QHash<QString, QIcon> cache;
    const auto cached = cache.constFind(key);
    if (cached != cache.constEnd())
        return cached.value();

    QFile file(glyphFile(glyph));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", colour.name().toLatin1());

    QIcon result;
    for (const int size : { 16, 20, 24, 32, 48, 64 }) {
        QBuffer buffer(&svg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull())
            return {}; // no SVG image plugin: text only rather than a broken picture
        result.addPixmap(QPixmap::fromImage(image));
    }
    cache.insert(key, result);
    return result;
}

QStringList IconProvider::bundledGlyphs()
{
    ensureResources();
    QStringList names;
    const auto entries = QDir(QStringLiteral(":/icons/actions")).entryList({ QStringLiteral("*.svg") });
    for (const QString &entry : entries)
        names.append(entry.chopped(4));
    return names;
}

void IconProvider::setPreferTheme(bool prefer)
{
    s_preferTheme = prefer;
}

} // namespace mgrdesk::gui
