#include "CapsLockWatcher.h"

#include <QKeyEvent>

namespace hocbaso::ui {

CapsLockWatcher::CapsLockWatcher(QObject* field) : QObject(field)
{
    field->installEventFilter(this);
}

bool CapsLockWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_CapsLock) {
        // The key itself toggles the state, but only a state already seen can be toggled.
        if (m_on)
            set(!*m_on);
        return false;
    }
    const QString text = key->text();
    if (text.size() != 1 || !text.at(0).isLetter() || text.at(0).toUpper() == text.at(0).toLower())
        return false; // digits, signs and letters without case say nothing
    const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
    set(text.at(0).isUpper() != shift);
    return false;
}

void CapsLockWatcher::set(bool on)
{
    if (m_on == on)
        return;
    m_on = on;
    Q_EMIT changed(on);
}

} // namespace hocbaso::ui
