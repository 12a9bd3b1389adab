#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace hocbaso::ui {

IdleWatcher::IdleWatcher(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    // Coarse on purpose: being signed out some seconds late does not matter, waking up often does.
    m_timer.setInterval(10 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    m_timeoutMinutes = qMax(1, minutes);
}

void IdleWatcher::start()
{
    m_lastActivity = m_clock.now();
    if (!m_watching)
        QCoreApplication::instance()->installEventFilter(this);
    m_watching = true;
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
    if (m_watching && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_watching = false;
}

void IdleWatcher::check()
{
    if (!m_watching)
        return;
    if (m_lastActivity.secsTo(m_clock.now()) >= qint64(m_timeoutMinutes) * 60) {
        stop();
        Q_EMIT idleTimeout();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        m_lastActivity = m_clock.now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hocbaso::ui
