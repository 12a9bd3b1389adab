#pragma once

#include "ServiceContext.h"

namespace hocbaso::services {

// Sign-in against the local store (Argon2id hashes) with account protection: 5 failed attempts
// lock the account for 15 minutes; disabled users cannot sign in.
class AuthService
{
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 15;

    AuthService(store::Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    Result<Actor> signIn(const QString& username, const QString& password);
    // The actor a user acts as. Without the store the actor's reach is their own unit only; with
    // it, their unit and every unit below it (what a sign-in gives).
    static Actor actorFor(const User& user);
    static Result<Actor> actorFor(store::Database& db, const User& user);

private:
    store::Database& m_db;
    const Clock& m_clock;
};

// Permission checks shared by every service: each returns a sentence saying why not.
namespace permissions {
Status canDecide(const Actor& actor, qint64 schoolUnitId);   // 6.1, 6.5 decisions; 6.2 lock changes
Status canView(const Actor& actor, qint64 schoolUnitId);     // 6.3, 6.4
Status canAdminister(const Actor& actor);                    // users, trust anchors
Status canActForSchool(const Actor& actor, qint64 schoolId); // school-side actions
Status canReadAuditLog(const Actor& actor);                  // the audit log, within the actor's units
} // namespace permissions

} // namespace hocbaso::services
