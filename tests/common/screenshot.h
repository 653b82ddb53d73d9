#pragma once
// Screenshots for a person to look at (docs/images/ is made from them under `xvfb-run -a` with
// QT_QPA_PLATFORM=xcb): where a picture goes, and saving it so that a test can check the file holds it.
//
//     const QString error = test::saveScreenshot(window.grab().toImage(), test::screenshotPath("x.png"));
//     QVERIFY2(error.isEmpty(), qPrintable(error));

#include <QString>

class QImage;

namespace mgrdesk::test {

// Where the screenshot `name` goes: the file the environment variable `fileVariable` names when it is given
// and set (e.g. "MGRDESK_SCREENSHOT"), else `name` in the folder MGRDESK_SCREENSHOT_DIR names, else `name`
// beside the test binary.
QString screenshotPath(const QString &name, const char *fileVariable = nullptr);

// Saves `image` to `path`, says where in the test's output ("screenshot: PATH (WxH)") and reads it back.
// Empty when the file holds an image of the same size, else what went wrong.
QString saveScreenshot(const QImage &image, const QString &path);

} // namespace mgrdesk::test
