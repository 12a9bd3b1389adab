#pragma once

#include <QObject>

#include <optional>

namespace hocbaso::ui {

// Guesses from typing whether Caps Lock is on, for the warning under a password field. Qt has no
// portable way to read the key's state (X11 needs the xkb libraries), but the letters say it: a
// capital typed without Shift, or a small letter typed with Shift, means Caps Lock is on; the
// opposite means it is off. Until a letter has been typed the state is unknown (off).
class CapsLockWatcher : public QObject
{
    Q_OBJECT
public:
    // Watches the key presses of `field` (not owned; the watcher is its child).
    explicit CapsLockWatcher(QObject* field);

    bool isOn() const { return m_on.value_or(false); }

Q_SIGNALS:
    void changed(bool on);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void set(bool on);

    std::optional<bool> m_on;
};

} // namespace hocbaso::ui
