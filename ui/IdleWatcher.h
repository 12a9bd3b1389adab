#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace hocbaso::ui {

// Signs a user out who has not touched keyboard or mouse for a while. It watches input with an
// application-wide event filter and asks the injected clock for the time, so tests move a
// FixedClock and call check() instead of sleeping.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(const Clock& clock, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return m_timeoutMinutes; }
    bool isWatching() const { return m_watching; }
    QDateTime lastActivity() const { return m_lastActivity; }

public Q_SLOTS:
    void start();
    void stop();
    // Emits idleTimeout() once when the user has been idle for the timeout; the timer calls it.
    void check();

Q_SIGNALS:
    void idleTimeout();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    QTimer m_timer;
    QDateTime m_lastActivity;
    int m_timeoutMinutes = 15;
    bool m_watching = false;
};

} // namespace hocbaso::ui
