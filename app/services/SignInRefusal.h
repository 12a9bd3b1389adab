#pragma once

#include "core/Result.h"

namespace hocbaso::services {

// The refusal for a wrong username or password, told apart from a sign-in's other refusals (a
// locked or disabled account, a missing file, a server that cannot be reached): only this one is
// worth typing again, so the sign-in window adds what to check (Caps Lock, the input method).
// The refusal is marked with ErrorReason::WrongCredentials, which travels with the Error through
// every layer; the sentence is for the user and is never compared.
class SignInRefusal
{
public:
    // A local store or an offline copy: the same words whether the user exists or not, so that
    // names cannot be probed.
    static Error wrongCredentials();
    // The central server refused the login role's password (libpq says "password authentication
    // failed", for an unknown role too).
    static Error serverRefused(const QString& server, const QString& username);
    static bool isWrongCredentials(const Error& error);
};

} // namespace hocbaso::services
