#include "AuthService.h"

#include "SignInRefusal.h"
#include "store/ReadReplica.h"

#include "core/DisplayDates.h"
#include "crypto/PasswordHash.h"
#include "store/ReplicaRepository.h"
#include "store/SyncRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QCoreApplication>

namespace hocbaso::services {
Actor AuthService::actorFor(const User& u)
{
    Actor a;
    a.username = u.username;
    a.displayName = u.displayName;
    a.role = u.role;
    a.unitId = u.unitId;
    a.schoolId = u.schoolId;
    return a;
}

Result<Actor> AuthService::actorFor(store::Database& db, const User& u)
{
    Actor a = actorFor(u);
    if (a.unitId > 0 && a.role != Role::School) {
        auto scope = store::UnitRepository(db).subtree(a.unitId);
        if (!scope)
            return scope.error();
        a.unitScope = *scope;
    }
    return a;
}

Result<Actor> AuthService::signIn(const QString& username, const QString& password)
{
    store::UserRepository users(m_db);
    auto found = users.byUsername(username.trimmed());
    if (!found)
        return found.error();
    // The same words whether the user exists or not, so that names cannot be probed.
    const Error wrong = SignInRefusal::wrongCredentials();
    if (!found->has_value())
        return wrong;
    const User& u = **found;
    const QDateTime now = m_clock.now();
    if (u.disabled)
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::AuthService",
                                        "The account %1 is disabled. Ask an administrator to enable it.")
                .arg(u.username));
    if (u.lockedUntil.isValid() && u.lockedUntil > now) {
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::AuthService",
                                        "The account %1 is locked after %2 failed sign-in attempts until %3.")
                .arg(u.username)
                .arg(kMaxFailedAttempts)
                .arg(text::timeDayText(u.lockedUntil)));
    }
    auto stored = users.passwordHash(u.id);
    if (!stored)
        return stored.error();
    if (!crypto::PasswordHash::verify(*stored, password)) {
        // A lock that has expired starts a fresh count.
        const int attempts = (u.lockedUntil.isValid() && u.lockedUntil <= now) ? 1 : u.failedAttempts + 1;
        QDateTime lockedUntil;
        if (attempts >= kMaxFailedAttempts)
            lockedUntil = now.addSecs(kLockMinutes * 60);
        if (auto s = users.recordFailedAttempt(u.id, attempts, lockedUntil); !s)
            return s.error();
        if (lockedUntil.isValid()) {
            return Error::refused(QCoreApplication::translate(
                                      "hocbaso::services::AuthService",
                                      "Wrong password. After %1 failed attempts the account %2 is locked until %3.")
                                      .arg(kMaxFailedAttempts)
                                      .arg(u.username)
                                      .arg(text::timeDayText(lockedUntil)));
        }
        return wrong;
    }
    if (u.failedAttempts > 0 || u.lockedUntil.isValid()) {
        if (auto s = users.clearFailedAttempts(u.id); !s)
            return s.error();
    }
    return actorFor(m_db, u);
}

store::Database& readDatabase(ServiceContext& ctx)
{
    return ctx.readReplica ? ctx.readReplica->forRead() : ctx.db;
}

Status requireOnline(const ServiceContext& ctx)
{
    if (!ctx.outbox)
        return {};
    return Error::refused(QCoreApplication::translate(
        "hocbaso::services::ServiceContext",
        "This cannot be done while working offline: only decisions and lock dates are taken along. Connect to the "
        "server to do it."));
}

Status requireOutboxOnReplica(const ServiceContext& ctx)
{
    if (ctx.outbox || ctx.reapplying || !ctx.db.isSqlite())
        return {};
    auto owner = store::ReplicaRepository(ctx.db).state(store::replica_state::kLogin);
    if (!owner)
        return owner.error();
    if (owner->isEmpty())
        return {};
    return Error::internal(QCoreApplication::translate(
        "hocbaso::services::ServiceContext",
        "This offline copy's changes must be recorded for the next sync, and this window did not do so; nothing "
        "was changed."));
}

namespace permissions {

Status canDecide(const Actor& a, qint64 schoolUnitId)
{
    if (a.system)
        return {};
    switch (a.role) {
    case Role::Viewer:
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::AuthService", "%1 is a viewer and cannot make decisions.")
                .arg(a.username));
    case Role::School:
        return Error::refused(QCoreApplication::translate("hocbaso::services::AuthService",
                                                          "%1 is a school user; decisions belong to the managing unit.")
                                  .arg(a.username));
    case Role::Admin:
    case Role::Officer:
        if (schoolUnitId > 0 && !a.covers(schoolUnitId))
            return Error::refused(
                QCoreApplication::translate("hocbaso::services::AuthService",
                                            "%1 may only decide for schools of their own managing unit and the units "
                                            "below it.")
                    .arg(a.username));
        return {};
    }
    return Error::refused(QCoreApplication::translate("hocbaso::services::AuthService", "Not allowed."));
}

Status canView(const Actor& a, qint64 schoolUnitId)
{
    if (a.system)
        return {};
    if (a.role == Role::School)
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::AuthService",
                                        "%1 is a school user and cannot use the managing-unit edition.")
                .arg(a.username));
    if (schoolUnitId > 0 && !a.covers(schoolUnitId))
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::AuthService",
                                        "%1 may only see schools of their own managing unit and the units below it.")
                .arg(a.username));
    return {};
}

Status canAdminister(const Actor& a)
{
    if (a.system || a.role == Role::Admin)
        return {};
    return Error::refused(QCoreApplication::translate("hocbaso::services::AuthService",
                                                      "Only an administrator may do this; %1 is not one.")
                              .arg(a.username));
}

Status canActForSchool(const Actor& a, qint64 schoolId)
{
    if (a.system || a.role == Role::Admin)
        return {};
    if (a.role == Role::School && a.schoolId == schoolId)
        return {};
    return Error::refused(QCoreApplication::translate("hocbaso::services::AuthService",
                                                      "Only a user of that school may do this for it; %1 is not one.")
                              .arg(a.username));
}

Status canReadAuditLog(const Actor& a)
{
    if (a.system || a.role == Role::Admin || a.role == Role::Officer)
        return {};
    return Error::refused(QCoreApplication::translate("hocbaso::services::AuthService",
                                                      "Only administrators and officers read the audit log; %1 is "
                                                      "not one.")
                              .arg(a.username));
}

} // namespace permissions
} // namespace hocbaso::services
