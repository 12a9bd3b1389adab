#include "SignIn.h"

#include "AuthService.h"
#include "StoreSetup.h"
#include "store/SchoolRepository.h"
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

    auto signedIn = spec.dialect == store::Dialect::Sqlite ? signInLocal(std::move(spec), username, password)
                                                           : signInCentral(std::move(spec), username, password);
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

Result<SignedIn> SignIn::signInLocal(store::ConnectionSpec spec, const QString& username, const QString& password)
{
    // Signing in never creates a store: a mistyped path must not leave an empty database behind.
    spec.createIfMissing = false;
    auto db = StoreSetup::open(spec, m_clock);
    if (!db)
        return db.error();
    AuthService auth(**db, m_clock);
    auto actor = auth.signIn(username, password);
    if (!actor)
        return actor.error();
    SignedIn out;
    out.db = std::move(db).value();
    out.actor = *actor;
    return out;
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
            return Error::refused(QCoreApplication::translate("hocbaso::services::SignIn",
                                                              "The server %1 refused the username or password of %2.")
                                      .arg(where, name));
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
    SignedIn out;
    out.db = std::move(db).value();
    out.actor = AuthService::actorFor(u);
    return out;
}

} // namespace hocbaso::services
