#include "SignInHelp.h"

#include <QStringList>

namespace hocbaso::ui {

bool SignInHelp::hasDiacritics(const QString& password)
{
    for (const QChar c : password) {
        if (c.unicode() > 0x7f)
            return true;
    }
    return false;
}

QString SignInHelp::forWrongCredentials(const QString& refusal, bool typedDiacritics, const QString& supportContact)
{
    QStringList hints;
    if (typedDiacritics)
        hints.append(tr("The password just typed has letters with diacritics: the Vietnamese input method (Unikey, "
                        "EVKey) is probably on. Switch it to English (E) and type the password again."));
    hints.append(tr("Check that Caps Lock is off: passwords tell capital letters from small ones."));
    if (!typedDiacritics)
        hints.append(tr("Check the Vietnamese input method (Unikey, EVKey): with Telex or VNI, \"aa\" becomes \"â\" "
                        "and \"a1\" becomes \"á\". Switch it to English (E) while typing the password."));
    hints.append(
        supportContact.isEmpty()
            ? tr("Forgotten password: the administrator of your unit resets it.")
            : tr("Forgotten password: the administrator of your unit resets it (support: %1).").arg(supportContact));
    // Plain text: the refusal names the user, whose name is not markup.
    QString text = refusal;
    for (const QString& hint : std::as_const(hints))
        text += QStringLiteral("\n\u2022 ") + hint;
    return text;
}

} // namespace hocbaso::ui
