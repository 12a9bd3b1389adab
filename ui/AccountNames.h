#pragma once

#include <QString>

namespace hocbaso::ui {

// Who did something, as a person reads it: the user's name when it is known, "the school's
// account" for what a school's own system sent ("school:CODE"), "the program" for what it did by
// itself ("system"), and only otherwise the account as stored.
QString accountText(const QString& account, const QString& displayName);

} // namespace hocbaso::ui
