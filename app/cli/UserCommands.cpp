// User administration: user add|list|disable (CLI.md), and enable|unlock beside them. The rules
// (who may, what a good password is, which school belongs where) are UserAdmin's; this file only
// turns words into its calls.

#include "Commands.h"
#include "core/DisplayDates.h"

#include "services/StoreInfo.h"
#include "services/UserAdmin.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <unistd.h>

namespace hocbaso::cli {
namespace {

QString usageText()
{
    return QCoreApplication::translate(
        "hocbaso::cli",
        "Usage: hocbaso-cli user add NAME --role admin|officer|viewer|school --unit CODE [--school CODE] "
        "[--display-name TEXT] (the new password from HOCBASO_NEW_PASSWORD or a prompt) | user list | "
        "user disable NAME | user enable NAME | user unlock NAME");
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

struct NewPassword
{
    QString password;
    QString repeated;
};

// From HOCBASO_NEW_PASSWORD when it is set (even empty: the service then says what is wrong),
// else asked twice on the terminal. Never from the command line, where `ps` and the shell history
// would keep it.
Result<NewPassword> newPassword(CliContext& c, const QString& username)
{
    if (qEnvironmentVariableIsSet("HOCBASO_NEW_PASSWORD")) {
        const QString p = qEnvironmentVariable("HOCBASO_NEW_PASSWORD");
        return NewPassword{p, p};
    }
    if (!::isatty(STDIN_FILENO))
        return Error::refused(QCoreApplication::translate(
            "hocbaso::cli", "No password for the new user: set HOCBASO_NEW_PASSWORD or run from a terminal."));
    NewPassword p;
    p.password = c.readSecret(QCoreApplication::translate("hocbaso::cli", "New password for %1: ").arg(username));
    p.repeated = c.readSecret(QCoreApplication::translate("hocbaso::cli", "The same password again: "));
    return p;
}

int addUser(CliContext& c)
{
    const Arguments& a = c.args();
    if (a.words().size() != 3)
        return c.usage(usageText());
    const QString username = a.words().at(2);
    if (a.has(QStringLiteral("password")))
        return c.usage(QCoreApplication::translate(
            "hocbaso::cli",
            "The new password is never given on the command line: set HOCBASO_NEW_PASSWORD or answer the prompt."));
    if (!a.has(QStringLiteral("role")) || !a.has(QStringLiteral("unit")))
        return c.usage(usageText());
    const std::optional<Role> role = roleFromText(a.value(QStringLiteral("role")));
    if (!role)
        return c.usage(
            QCoreApplication::translate("hocbaso::cli", "--role must be admin, officer, viewer or school; got \"%1\".")
                .arg(a.value(QStringLiteral("role"))));
    if (a.has(QStringLiteral("school")) && *role != Role::School)
        return c.usage(QCoreApplication::translate("hocbaso::cli", "--school is only for users of role school."));

    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    services::UserAdmin admin(**ctx);
    auto unit = admin.unitByCode(a.value(QStringLiteral("unit")));
    if (!unit)
        return c.fail(unit.error());
    services::NewUser nu;
    nu.username = username;
    // The full name is optional here; a script that has none gets the username in its place.
    nu.displayName = a.value(QStringLiteral("display-name"), username);
    nu.role = *role;
    nu.unitId = unit->id;
    if (a.has(QStringLiteral("school"))) {
        auto school = admin.schoolByCode(a.value(QStringLiteral("school")));
        if (!school)
            return c.fail(school.error());
        nu.schoolId = school->id;
    }
    // Everything but the password first, so that nobody types a password for a refused user.
    if (auto checked = admin.check(nu); !checked)
        return c.fail(checked.error());
    auto password = newPassword(c, username.trimmed());
    if (!password)
        return c.fail(password.error());
    auto id = admin.add(nu, password->password, password->repeated);
    if (!id)
        return c.fail(id.error());
    if (c.json())
        return c.printJson({{QStringLiteral("id"), *id},
                            {QStringLiteral("username"), username.trimmed()},
                            {QStringLiteral("role"), toText(*role)},
                            {QStringLiteral("unit"), unit->code},
                            {QStringLiteral("school"), textOrNull(a.value(QStringLiteral("school")))}});
    c.out() << QCoreApplication::translate("hocbaso::cli", "User %1 was added (%2, %3).")
                   .arg(username.trimmed(), label(*role), unit->code)
            << "\n";
    return Done;
}

int listUsers(CliContext& c)
{
    if (c.args().words().size() != 2)
        return c.usage(usageText());
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    auto users = services::UserAdmin(**ctx).list();
    if (!users)
        return c.fail(users.error());
    const QDateTime now = c.clock().now();
    if (c.json()) {
        QJsonArray rows;
        for (const User& u : *users) {
            const bool locked = u.lockedUntil.isValid() && u.lockedUntil > now;
            rows.append(QJsonObject{{QStringLiteral("username"), u.username},
                                    {QStringLiteral("display_name"), u.displayName},
                                    {QStringLiteral("role"), toText(u.role)},
                                    {QStringLiteral("unit"), textOrNull(u.unitCode)},
                                    {QStringLiteral("school"), textOrNull(u.schoolCode)},
                                    {QStringLiteral("disabled"), u.disabled},
                                    {QStringLiteral("locked_until"),
                                     locked ? QJsonValue(u.lockedUntil.toUTC().toString(Qt::ISODate)) : QJsonValue()}});
        }
        return c.printJson({{QStringLiteral("rows"), rows}});
    }
    const auto stateOf = [&now](const User& u) {
        if (u.disabled)
            return QCoreApplication::translate("hocbaso::cli", "disabled");
        if (u.lockedUntil.isValid() && u.lockedUntil > now)
            return QCoreApplication::translate("hocbaso::cli", "locked until %1").arg(text::timeDayText(u.lockedUntil));
        return QCoreApplication::translate("hocbaso::cli", "active");
    };
    // Columns as wide as their longest entry: role names differ in length between languages.
    qsizetype nameWidth = 0, roleWidth = 0, unitWidth = 0, schoolWidth = 0, stateWidth = 0;
    for (const User& u : *users) {
        nameWidth = std::max(nameWidth, u.username.size());
        roleWidth = std::max(roleWidth, label(u.role).size());
        unitWidth = std::max(unitWidth, u.unitCode.size());
        schoolWidth = std::max(schoolWidth, u.schoolCode.size());
        stateWidth = std::max(stateWidth, stateOf(u).size());
    }
    for (const User& u : *users) {
        c.out() << u.username.leftJustified(nameWidth) << "  " << label(u.role).leftJustified(roleWidth) << "  "
                << u.unitCode.leftJustified(unitWidth) << "  " << u.schoolCode.leftJustified(schoolWidth) << "  "
                << stateOf(u).leftJustified(stateWidth) << "  " << u.displayName << "\n";
    }
    return Done;
}

int changeUser(CliContext& c, const QString& sub)
{
    if (c.args().words().size() != 3)
        return c.usage(usageText());
    const QString username = c.args().words().at(2).trimmed();
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    services::UserAdmin admin(**ctx);
    const Status s = sub == QLatin1String("unlock") ? admin.unlock(username)
                                                    : admin.setDisabled(username, sub == QLatin1String("disable"));
    if (!s)
        return c.fail(s.error());
    if (c.json())
        return c.printJson({{QStringLiteral("username"), username}, {QStringLiteral("ok"), true}});
    if (sub == QLatin1String("disable"))
        c.out() << QCoreApplication::translate("hocbaso::cli", "User %1 is disabled and can no longer sign in.")
                       .arg(username);
    else if (sub == QLatin1String("enable"))
        c.out() << QCoreApplication::translate("hocbaso::cli", "User %1 can sign in again.").arg(username);
    else
        c.out() << QCoreApplication::translate("hocbaso::cli", "User %1 is unlocked.").arg(username);
    c.out() << "\n";
    return Done;
}

} // namespace

int addFirstAdministrator(CliContext& c, services::ServiceContext& ctx)
{
    const QString username = c.args().value(QStringLiteral("admin")).trimmed();
    if (c.args().has(QStringLiteral("password")))
        return c.usage(QCoreApplication::translate(
            "hocbaso::cli",
            "The new password is never given on the command line: set HOCBASO_NEW_PASSWORD or answer the prompt."));
    if (auto s = services::UserAdmin::checkUsername(username); !s)
        return c.fail(s.error());
    // Refused before anybody types a password for it.
    auto counts = services::storeCounts(ctx.db);
    if (!counts)
        return c.fail(counts.error());
    if (counts->users > 0)
        return c.fail(Error::refused(QCoreApplication::translate(
            "hocbaso::cli", "This store already has users: an administrator adds more with \"user add\".")));
    auto password = newPassword(c, username);
    if (!password)
        return c.fail(password.error());
    auto id = services::UserAdmin(ctx).addFirstAdministrator(
        username, c.args().value(QStringLiteral("display-name"), username), password->password, password->repeated);
    if (!id)
        return c.fail(id.error());
    return Done;
}

int cmdUser(CliContext& c)
{
    const QString sub = c.args().words().value(1);
    if (sub == QLatin1String("add"))
        return addUser(c);
    if (sub == QLatin1String("list"))
        return listUsers(c);
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable") || sub == QLatin1String("unlock"))
        return changeUser(c, sub);
    return c.usage(usageText());
}

} // namespace hocbaso::cli
