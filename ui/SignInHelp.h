#pragma once

#include <QCoreApplication>
#include <QString>

namespace hocbaso::ui {

// What the sign-in window says after a wrong username or password: the refusal, then what to try
// before typing again. Most refusals in Vietnamese offices are not forgotten passwords but Caps
// Lock or the Vietnamese input method (Unikey, EVKey) turning "aa" into "â" while the password is
// typed, so those come before the administrator who resets passwords.
class SignInHelp
{
    Q_DECLARE_TR_FUNCTIONS(hocbaso::ui::SignInHelp)
public:
    // Letters with diacritics (anything outside ASCII): the telltale sign of an input method left on.
    static bool hasDiacritics(const QString& password);
    // `typedDiacritics`: hasDiacritics() of the password that was refused (never the password
    // itself, which is gone by now). `supportContact`: the office's hotline and email, or empty.
    static QString forWrongCredentials(const QString& refusal, bool typedDiacritics, const QString& supportContact);
};

} // namespace hocbaso::ui
