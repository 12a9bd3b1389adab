#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>

class QProgressDialog;
class QThread;
class QWidget;

namespace hocbaso::ui {

// Runs one piece of long work (a bulk decision, an export) on its own thread behind a window-modal
// QProgressDialog with a Cancel button, so that the window keeps painting. The work must not touch
// widgets or the session's store::Database: a connection belongs to the thread that opened it, so
// work that needs the store opens its own from the session's ConnectionSpec.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker thread. Call reportProgress() and check isCancelled() between steps.
    using Work = std::function<void(BackgroundTask& task)>;
    // Quiet: no dialog at all; progress goes to progressed() (work that runs behind the window while
    // the person goes on, such as receipt verification after a sync).
    enum class Display
    {
        Dialog,
        Quiet
    };

    BackgroundTask(QWidget* parent, const QString& title, const QString& label, Work work,
                   Display display = Display::Dialog);
    // Asks the work to stop and waits for it: the work may refer to what its owner holds.
    ~BackgroundTask() override;

    // `total` 0 shows a busy bar until the first reportProgress(). The dialog appears only when
    // the work takes longer than `showAfterMs`.
    void start(int total = 0, int showAfterMs = 400);
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled.load(); }
    QProgressDialog* progressDialog() const;

    // Worker side (any thread).
    void reportProgress(int done, int total);
    // The same, saying which step the work is at.
    void reportProgress(int done, int total, const QString& step);
    bool isCancelled() const { return m_cancelled.load(); }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // On the GUI thread, once the work has returned (also after a cancel).
    void finished();
    // On the GUI thread, for each reportProgress() while the task is not cancelled.
    void progressed(int done, int total);

private:
    void onThreadFinished();

    Work m_work;
    QPointer<QProgressDialog> m_dialog;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
    QString m_stoppingText;
};

} // namespace hocbaso::ui
