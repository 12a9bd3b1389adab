#pragma once

#include <QString>

namespace hocbaso {

// Loads the program's translation (and Qt's own, where installed) into the running application.
// `language` is "vi" or "en"; empty means the system locale, Vietnamese first: Vietnamese unless
// the system asks for English. Returns the language installed.
QString installTranslations(const QString& language);

// The language the system asks for, as "vi" or "en".
QString systemLanguage();

} // namespace hocbaso
