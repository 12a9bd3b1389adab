#include "BackgroundTask.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

namespace hocbaso::ui {

BackgroundTask::BackgroundTask(QWidget* parent, const QString& title, const QString& label, Work work, Display display)
    : QObject(parent), m_work(std::move(work))
{
    if (display == Display::Quiet)
        return;
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    m_dialog->setObjectName(QStringLiteral("backgroundTaskProgressDialog"));
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    // The dialog is closed by the end of the work, not by reaching its maximum or by Cancel:
    // cancelling only asks the work to stop after its current step.
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(420);
    m_stoppingText = tr("Stopping after the current step...");
    // Not the dialog's own cancel(), which would hide it while the work is still finishing.
    disconnect(m_dialog, &QProgressDialog::canceled, m_dialog, &QProgressDialog::cancel);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (m_dialog)
        m_dialog->deleteLater();
}

void BackgroundTask::start(int total, int showAfterMs)
{
    if (m_thread)
        return;
    if (m_dialog) {
        m_dialog->setMinimumDuration(showAfterMs);
        m_dialog->setRange(0, total);
        m_dialog->setValue(0);
    }
    m_thread = QThread::create([this] { m_work(*this); });
    m_thread->setObjectName(QStringLiteral("hocbaso-background"));
    connect(m_thread, &QThread::finished, this, &BackgroundTask::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
}

QProgressDialog* BackgroundTask::progressDialog() const
{
    return m_dialog.data();
}

bool BackgroundTask::isRunning() const
{
    return m_thread != nullptr;
}

void BackgroundTask::reportProgress(int done, int total)
{
    // Queued to this object's (the GUI) thread; dropped if the task is gone by then.
    QMetaObject::invokeMethod(
        this,
        [this, done, total] {
            if (m_cancelled.load())
                return;
            Q_EMIT progressed(done, total);
            if (!m_dialog)
                return;
            if (m_dialog->maximum() != total)
                m_dialog->setMaximum(total);
            m_dialog->setValue(done);
        },
        Qt::QueuedConnection);
}

void BackgroundTask::reportProgress(int done, int total, const QString& step)
{
    reportProgress(done, total);
    QMetaObject::invokeMethod(
        this,
        [this, step] {
            if (m_dialog && !m_cancelled.load())
                m_dialog->setLabelText(step);
        },
        Qt::QueuedConnection);
}

void BackgroundTask::cancel()
{
    if (m_cancelled.exchange(true))
        return;
    if (m_dialog && m_thread) {
        // Keep the dialog up until the work has really stopped, saying so.
        m_dialog->setLabelText(m_stoppingText);
        if (QPushButton* button = m_dialog->findChild<QPushButton*>())
            button->setEnabled(false);
    }
}

void BackgroundTask::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    Q_EMIT finished();
}

} // namespace hocbaso::ui
