#include "SignIn.h"

#include "AuthService.h"
#include "SignInRefusal.h"
#include "StoreSetup.h"
#include "core/DisplayDates.h"
#include "crypto/PasswordHash.h"
#include "store/ReplicaRepository.h"
#include "store/SyncRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QCoreApplication>

namespace hocbaso::services {
Result<SignedIn> SignIn::signIn(store::ConnectionSpec spec, Edition edition, const QString& username,
                                const QString& password)
{
    if (edition == Edition::School)
        return Error::refused(QCoreApplication::translate(
            "hocbaso::services::SignIn",
            "This program is the managing-unit edition. The school edition runs at the "
            "schools; choose \"Managing unit edition (Education Office)\" to sign in here."));
    if (username.trimmed().isEmpty())
        return Error::invalid(QCoreApplication::translate("hocbaso::services::SignIn", "Enter your username."));
    if (password.isEmpty())
        return Error::invalid(QCoreApplication::translate("hocbaso::services::SignIn", "Enter your password."));

    auto signedIn = signInAnyRole(std::move(spec), username, password);
    if (!signedIn)
        return signedIn;
    // The edition is the managing unit's: school users work in the school edition.
    if (auto s = permissions::canView(signedIn->actor, 0); !s)
        return s.error();
    if (signedIn->actor.unitId > 0) {
        store::UnitRepository units(*signedIn->db);
        auto unit = units.byId(signedIn->actor.unitId);
        if (!unit)
            return unit.error();
        if (unit->has_value())
            signedIn->unit = **unit;
    }
    return signedIn;
}

Result<SignedIn> SignIn::signInAnyRole(store::ConnectionSpec spec, const QString& username, const QString& password)
{
    return spec.dialect == store::Dialect::Sqlite ? signInLocal(std::move(spec), username, password)
                                                  : signInCentral(std::move(spec), username, password);
}

Result<SignedIn> SignIn::signInLocal(store::ConnectionSpec spec, const QString& username, const QString& password)
{
    // Signing in never creates a store: a mistyped path must not leave an empty database behind.
    spec.createIfMissing = false;
    auto db = StoreSetup::open(spec, m_clock);
    if (!db)
        return db.error();
    auto owner = store::ReplicaRepository(**db).state(store::replica_state::kLogin);
    if (!owner)
        return owner.error();
    SignedIn out;
    if (!owner->isEmpty()) {
        auto actor = signInOffline(**db, username, password);
        if (!actor)
            return actor.error();
        out.actor = *actor;
        out.offline = true;
    } else {
        AuthService auth(**db, m_clock);
        auto actor = auth.signIn(username, password);
        if (!actor)
            return actor.error();
        out.actor = *actor;
    }
    out.db = std::move(db).value();
    return out;
}

Result<Actor> SignIn::signInOffline(store::Database& replica, const QString& username, const QString& password)
{
    store::ReplicaRepository repo(replica);
    const QString name = username.trimmed();
    auto owner = repo.state(store::replica_state::kLogin);
    if (!owner)
        return owner.error();
    if (*owner != name)
        return Error::refused(QCoreApplication::translate("hocbaso::services::SignIn",
                                                          "This offline copy belongs to %1; only %1 can sign in to it.")
                                  .arg(*owner));
    auto download = repo.state(store::replica_state::kDownload);
    if (!download)
        return download.error();
    if (*download != QLatin1String("complete"))
        return Error::refused(QCoreApplication::translate(
            "hocbaso::services::SignIn",
            "The download of this offline copy did not finish. Connect to the server and make it again (it continues "
            "where it stopped)."));
    auto credential = repo.credential(name);
    if (!credential)
        return credential.error();
    if (!credential->has_value())
        return Error::refused(QCoreApplication::translate(
                                  "hocbaso::services::SignIn",
                                  "%1 has not signed in online since this offline copy was made, so it cannot check "
                                  "the password. Sign in to the server once.")
                                  .arg(name));
    const store::OfflineCredential& c = **credential;
    const QDateTime now = m_clock.now();
    if (c.lockedUntil.isValid() && c.lockedUntil > now)
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::AuthService",
                                        "The account %1 is locked after %2 failed sign-in attempts until %3.")
                .arg(name)
                .arg(AuthService::kMaxFailedAttempts)
                .arg(text::timeDayText(c.lockedUntil)));
    if (!crypto::PasswordHash::verify(c.verifier, password)) {
        const int attempts = (c.lockedUntil.isValid() && c.lockedUntil <= now) ? 1 : c.failedAttempts + 1;
        QDateTime lockedUntil;
        if (attempts >= AuthService::kMaxFailedAttempts)
            lockedUntil = now.addSecs(AuthService::kLockMinutes * 60);
        if (auto s = repo.setFailedAttempts(name, attempts, lockedUntil); !s)
            return s.error();
        if (lockedUntil.isValid())
            return Error::refused(QCoreApplication::translate(
                                      "hocbaso::services::AuthService",
                                      "Wrong password. After %1 failed attempts the account %2 is locked until %3.")
                                      .arg(AuthService::kMaxFailedAttempts)
                                      .arg(name)
                                      .arg(text::timeDayText(lockedUntil)));
        return SignInRefusal::wrongCredentials();
    }
    if (c.failedAttempts > 0 || c.lockedUntil.isValid()) {
        if (auto s = repo.setFailedAttempts(name, 0, QDateTime()); !s)
            return s.error();
    }
    // Role and unit as the server had them at the last sync.
    auto user = store::UserRepository(replica).byUsername(name);
    if (!user)
        return user.error();
    if (!user->has_value())
        return SignInRefusal::wrongCredentials();
    if ((*user)->disabled)
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::AuthService",
                                        "The account %1 is disabled. Ask an administrator to enable it.")
                .arg(name));
    return AuthService::actorFor(replica, **user);
}

Status SignIn::rememberForOffline(store::Database& replica, const QString& username, const QString& password,
                                  const Clock& clock)
{
    const QString verifier = crypto::PasswordHash::hash(password);
    if (verifier.isEmpty())
        return Error::internal(
            QCoreApplication::translate("hocbaso::services::SignIn", "The password could not be hashed."));
    return store::ReplicaRepository(replica).saveCredential(username.trimmed(), verifier, clock.now());
}

Result<SignedIn> SignIn::signInCentral(store::ConnectionSpec spec, const QString& username, const QString& password)
{
    const QString name = username.trimmed();
    spec.userName = name;
    spec.password = password;
    const QString where = spec.describe();
    auto db = StoreSetup::open(spec, m_clock);
    if (!db) {
        // libpq's words for a wrong password are English and long; say it the way the local store does.
        if (db.errorString().contains(QLatin1String("password authentication failed")))
            return SignInRefusal::serverRefused(where, name);
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::SignIn", "The server did not accept the sign-in of %1: %2")
                .arg(name, db.errorString()));
    }
    // The server checked the password; the program's user list says what the role may do here.
    store::UserRepository users(**db);
    auto found = users.byUsername(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::SignIn",
                                        "The server accepted %1, but this program has no user of that name, so it does "
                                        "not know the role and managing unit. Ask an administrator to add the user.")
                .arg(name));
    const User& u = **found;
    if (u.disabled)
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::SignIn",
                                        "The account %1 is disabled. Ask an administrator to enable it.")
                .arg(u.username));
    auto actor = AuthService::actorFor(**db, u);
    if (!actor)
        return actor.error();
    SignedIn out;
    out.db = std::move(db).value();
    out.actor = *actor;
    return out;
}

} // namespace hocbaso::services
