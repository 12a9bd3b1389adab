#pragma once

#include "ServiceContext.h"

#include <QList>

namespace hocbaso::services {

// What an administrator enters for a new user; the password travels separately and is hashed at once.
struct NewUser
{
    QString username;
    QString displayName;
    Role role = Role::Officer;
    qint64 unitId = 0;
    qint64 schoolId = 0; // school users only
};

// User administration (list, add, disable/enable, unlock) for administrators, with every change
// in the audit log. Shared by the GUI's user dialog and anything else that manages users.
class UserAdmin
{
public:
    static constexpr int kMinPasswordLength = 8;

    explicit UserAdmin(ServiceContext& ctx) : m_ctx(ctx) {}

    Result<QList<User>> list();
    Result<qint64> add(const NewUser& user, const QString& password, const QString& repeated);
    // Everything add() checks except the password: the user as add() would store it, or why not.
    // Lets a caller refuse before asking for a password.
    Result<NewUser> check(const NewUser& user);
    // A new, empty store's first administrator (of the whole store: no managing unit). Only the
    // program itself (the system actor, at first start) may do this, and only while the store has
    // no user at all: later administrators are added by an administrator.
    Result<qint64> addFirstAdministrator(const QString& username, const QString& displayName, const QString& password,
                                         const QString& repeated);
    Status setDisabled(const QString& username, bool disabled);
    // Clears failed attempts and a lock-out before its 15 minutes are over.
    Status unlock(const QString& username);

    // Choices for the form.
    Result<QList<Unit>> units();
    Result<QList<School>> schools(qint64 unitId);
    // The same choices named by their codes, as scripts and the command line give them.
    Result<Unit> unitByCode(const QString& code);
    Result<School> schoolByCode(const QString& code);

    // A sentence saying what is wrong with the password, or success.
    static Status checkPassword(const QString& username, const QString& password, const QString& repeated);
    static Status checkUsername(const QString& username);

private:
    Result<User> existing(const QString& username);
    Status checkFree(const QString& username);

    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
