#include "UserAdmin.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "crypto/PasswordHash.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace hocbaso::services {
Status UserAdmin::checkUsername(const QString& username)
{
    // Plain ASCII names: they double as PostgreSQL login roles in the central store.
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    if (!pattern.match(username).hasMatch())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::UserAdmin",
                                        "The username \"%1\" is not valid: use 3 to 32 lower-case letters without "
                                        "accents, digits, dots, dashes or underscores, starting with a letter.")
                .arg(username));
    return {};
}

Status UserAdmin::checkPassword(const QString& username, const QString& password, const QString& repeated)
{
    if (password != repeated)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::UserAdmin", "The two passwords are not the same."));
    if (password.size() < kMinPasswordLength)
        return Error::invalid(QCoreApplication::translate("hocbaso::services::UserAdmin",
                                                          "The password must have at least %1 characters.")
                                  .arg(kMinPasswordLength));
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit)
        return Error::invalid(QCoreApplication::translate("hocbaso::services::UserAdmin",
                                                          "The password must contain both letters and digits."));
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::UserAdmin", "The password must not contain the username."));
    return {};
}

Result<QList<User>> UserAdmin::list()
{
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s.error();
    store::UserRepository users(m_ctx.db);
    return users.list();
}

Result<QList<Unit>> UserAdmin::units()
{
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s.error();
    store::UnitRepository units(m_ctx.db);
    auto all = units.all();
    if (!all)
        return all;
    // An administrator of a unit administers it and the units below it.
    QList<Unit> mine;
    for (const Unit& u : *all) {
        if (m_ctx.actor.covers(u.id))
            mine.append(u);
    }
    return mine;
}

Result<QList<School>> UserAdmin::schools(qint64 unitId)
{
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s.error();
    store::SchoolRepository schools(m_ctx.db);
    return schools.list(unitId);
}

Result<Unit> UserAdmin::unitByCode(const QString& code)
{
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s.error();
    store::UnitRepository units(m_ctx.db);
    auto unit = units.byCode(code.trimmed());
    if (!unit)
        return unit.error();
    if (!unit->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::UserAdmin", "There is no managing unit with the code %1.")
                .arg(code.trimmed()));
    return **unit;
}

Result<School> UserAdmin::schoolByCode(const QString& code)
{
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s.error();
    store::SchoolRepository schools(m_ctx.db);
    auto school = schools.byCode(code.trimmed());
    if (!school)
        return school.error();
    if (!school->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::UserAdmin", "There is no school with the code %1.")
                .arg(code.trimmed()));
    return **school;
}

Result<NewUser> UserAdmin::check(const NewUser& nu)
{
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s.error();
    NewUser u = nu;
    u.username = u.username.trimmed();
    u.displayName = u.displayName.simplified();
    if (auto s = checkUsername(u.username); !s)
        return s.error();
    if (u.displayName.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::UserAdmin", "Enter the user's full name."));
    if (u.role != Role::Admin && u.unitId <= 0)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::UserAdmin", "Choose the managing unit of the user."));
    if (u.role == Role::School) {
        if (u.schoolId <= 0)
            return Error::invalid(QCoreApplication::translate("hocbaso::services::UserAdmin",
                                                              "A school user needs a school: choose one."));
        store::SchoolRepository schools(m_ctx.db);
        auto school = schools.byId(u.schoolId);
        if (!school)
            return school.error();
        if (!school->has_value() || (*school)->unitId != u.unitId)
            return Error::invalid(QCoreApplication::translate(
                "hocbaso::services::UserAdmin", "The chosen school does not belong to the chosen managing unit."));
    } else {
        u.schoolId = 0;
    }
    if (u.unitId > 0) {
        store::UnitRepository units(m_ctx.db);
        auto unit = units.byId(u.unitId);
        if (!unit)
            return unit.error();
        if (!unit->has_value())
            return Error::notFound(
                QCoreApplication::translate("hocbaso::services::UserAdmin", "The managing unit no longer exists."));
    }
    // An administrator of a unit adds users to it and to the units below it; users of no unit
    // (store-wide administrators) only a store-wide administrator adds.
    if (!m_ctx.actor.covers(u.unitId))
        return Error::refused(QCoreApplication::translate("hocbaso::services::UserAdmin",
                                                          "%1 may only add users of their own managing unit and the "
                                                          "units below it.")
                                  .arg(m_ctx.actor.username));
    if (auto s = checkFree(u.username); !s)
        return s.error();
    return u;
}

Status UserAdmin::checkFree(const QString& username)
{
    store::UserRepository users(m_ctx.db);
    auto taken = users.byUsername(username);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return Error::conflict(
            QCoreApplication::translate("hocbaso::services::UserAdmin", "The username %1 is already taken.")
                .arg(username));
    // Central store: the username is also the person's PostgreSQL login role, and roles belong to
    // the whole server; a role of that name may be somebody else's, so it is never taken over.
    auto roleTaken = users.hasLoginRole(username);
    if (!roleTaken)
        return roleTaken.error();
    if (*roleTaken)
        return Error::conflict(QCoreApplication::translate("hocbaso::services::UserAdmin",
                                                           "The database server already has an account named %1 "
                                                           "(perhaps of another database); choose another username.")
                                   .arg(username));
    return {};
}

Result<qint64> UserAdmin::add(const NewUser& nu, const QString& password, const QString& repeated)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s.error();
    auto checked = check(nu);
    if (!checked)
        return checked.error();
    const NewUser& u = *checked;
    if (auto s = checkPassword(u.username, password, repeated); !s)
        return s.error();

    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    // Again inside the transaction: another administrator may have taken the name meanwhile.
    if (auto s = checkFree(u.username); !s)
        return s.error();
    store::UserRepository users(m_ctx.db);
    User row;
    row.username = u.username;
    row.displayName = u.displayName;
    row.role = u.role;
    row.unitId = u.unitId;
    row.schoolId = u.schoolId;
    row.passwordHash = crypto::PasswordHash::hash(password);
    if (row.passwordHash.isEmpty())
        return Error::internal(
            QCoreApplication::translate("hocbaso::services::UserAdmin", "The password could not be hashed."));
    row.createdAt = m_ctx.clock.now();
    auto id = users.insert(row);
    if (!id)
        return id.error();
    if (m_ctx.db.isPostgres()) {
        const QString verifier = crypto::ScramVerifier::make(password);
        if (verifier.isEmpty())
            return Error::internal(
                QCoreApplication::translate("hocbaso::services::UserAdmin", "The password could not be hashed."));
        if (auto s = users.createLoginRole(u.username, verifier); !s)
            return s.error();
    }
    if (auto s = AuditLog(m_ctx).append(u.unitId, QStringLiteral("user.add"), QStringLiteral("user"), u.username,
                                        QJsonObject{{QStringLiteral("role"), toText(u.role)},
                                                    {QStringLiteral("unit_id"), u.unitId},
                                                    {QStringLiteral("school_id"), u.schoolId}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> UserAdmin::addFirstAdministrator(const QString& username, const QString& displayName,
                                                const QString& password, const QString& repeated)
{
    if (!m_ctx.actor.system)
        return Error::refused(QCoreApplication::translate(
            "hocbaso::services::UserAdmin", "Only the program's first start creates the first administrator."));
    store::UserRepository users(m_ctx.db);
    auto count = users.count();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error::refused(QCoreApplication::translate(
            "hocbaso::services::UserAdmin",
            "This database already has users: an administrator adds more in the user list."));
    NewUser u;
    u.username = username;
    u.displayName = displayName;
    u.role = Role::Admin;
    return add(u, password, repeated);
}

Result<User> UserAdmin::existing(const QString& username)
{
    store::UserRepository users(m_ctx.db);
    auto found = users.byUsername(username);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::UserAdmin", "There is no user %1.").arg(username));
    return **found;
}

Status UserAdmin::setDisabled(const QString& username, bool disabled)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s;
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s;
    if (disabled && username == m_ctx.actor.username)
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::UserAdmin", "You cannot disable your own account."));
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    auto user = existing(username);
    if (!user)
        return user.error();
    if (user->disabled == disabled)
        return tx.commit();
    store::UserRepository users(m_ctx.db);
    if (auto s = users.setDisabled(user->id, disabled); !s)
        return s;
    if (auto s = AuditLog(m_ctx).append(user->unitId,
                                        disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                                        QStringLiteral("user"), username, QJsonObject{});
        !s)
        return s;
    return tx.commit();
}

Status UserAdmin::unlock(const QString& username)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s;
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s;
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    auto user = existing(username);
    if (!user)
        return user.error();
    store::UserRepository users(m_ctx.db);
    if (auto s = users.clearFailedAttempts(user->id); !s)
        return s;
    if (auto s = AuditLog(m_ctx).append(user->unitId, QStringLiteral("user.unlock"), QStringLiteral("user"), username,
                                        QJsonObject{});
        !s)
        return s;
    return tx.commit();
}

} // namespace hocbaso::services
