#pragma once

#include <QObject>
#include <QString>

namespace hocbaso::ui {

class SessionController;

// `hocbaso --screenshot-dir DIR`: saves the sign-in window (empty, then refused), signs in with
// HOCBASO_PASSWORD, saves each tab (and the administrator's dialogs when the user is one), writes
// DIR/.done, then quits after HOCBASO_SCREENSHOT_HOLD seconds (0 by default) so that a script can
// also take a picture of the whole screen. Used by tools/screenshots.sh.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(SessionController& controller, const QString& directory, const QString& password,
                     QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool save(QWidget* widget, const QString& name);
    void fail(const QString& message);
    void run();

    SessionController& m_controller;
    QString m_directory;
    QString m_password;
};

} // namespace hocbaso::ui
