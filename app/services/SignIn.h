#pragma once

#include "ServiceContext.h"

#include <memory>

namespace hocbaso::services {

// The program is the managing-unit edition; the guide's portal also has a school edition, which
// the sign-in screen offers so that a school user who picks it gets a clear answer.
enum class Edition
{
    ManagingUnit,
    School
};

// What a successful sign-in hands to the GUI: the open store, who signed in, and their unit.
struct SignedIn
{
    std::unique_ptr<store::Database> db;
    Actor actor;
    Unit unit; // id 0 when the user has no managing unit (an administrator of the whole store)
    // The store is an offline replica, signed in with the verifier of the last online sign-in:
    // its ServiceContext needs the replica's outbox.
    bool offline = false;
};

// Sign-in for the GUI, in either store:
// - a local SQLite file: the Argon2id check and lock-out of AuthService;
// - a central PostgreSQL server: the server authenticates the user's own login role (the
//   password goes only to the driver), then the user row of that name gives role and unit.
// Either way the managing-unit edition refuses school users, and disabled users never get in.
class SignIn
{
public:
    explicit SignIn(const Clock& clock) : m_clock(clock) {}

    Result<SignedIn> signIn(store::ConnectionSpec spec, Edition edition, const QString& username,
                            const QString& password);

    // The command line's sign-in, to either store, for any role (its school-side commands are the
    // school's own user's): the local or central check (`unit` is left empty).
    Result<SignedIn> signInAnyRole(store::ConnectionSpec spec, const QString& username, const QString& password);

    // The central store for any edition (the command line's school-side commands too): connects as
    // the user's own login role and reads their role and unit; refuses disabled users.
    Result<SignedIn> signInCentral(store::ConnectionSpec spec, const QString& username, const QString& password);

    // An offline replica: the verifier kept at the last online sign-in, with the same lock-out as
    // local stores; role and unit from the replica's copy of the user.
    Result<Actor> signInOffline(store::Database& replica, const QString& username, const QString& password);

    // After an online sign-in: keeps an Argon2id verifier of the password in the person's offline
    // replica (never the password), for signing in there while offline.
    static Status rememberForOffline(store::Database& replica, const QString& username, const QString& password,
                                     const Clock& clock);

private:
    Result<SignedIn> signInLocal(store::ConnectionSpec spec, const QString& username, const QString& password);

    const Clock& m_clock;
};

} // namespace hocbaso::services
