// The organisation's administration (issue #17): unit add|list|rename|move|close and
// school add|update|move|close (CLI.md). The rules (who may, where a unit may stand, when a unit
// or school may close) are UnitAdmin's; this file only turns words into its calls.

#include "Commands.h"

#include "services/SchoolImport.h"
#include "services/UnitAdmin.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hocbaso::cli {
namespace {

QString unitUsage()
{
    return QCoreApplication::translate(
        "hocbaso::cli",
        "Usage: hocbaso-cli unit add CODE --name TEXT --level so|phong|xa [--parent CODE] | unit list | "
        "unit rename CODE --name TEXT | unit move CODE --parent CODE | unit close CODE");
}

QString schoolUsage()
{
    return QCoreApplication::translate(
        "hocbaso::cli",
        "Usage: hocbaso-cli school list [--unit CODE] | school add CODE --name TEXT --unit CODE --ownership "
        "public|private [--tax-code T] [--address T] | school update CODE [--name TEXT] [--ownership public|private] "
        "[--tax-code T] [--address T] | school move CODE --unit CODE | school close CODE | school import FILE "
        "[--dry-run]");
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject unitJson(const services::UnitListing& l)
{
    return QJsonObject{{QStringLiteral("code"), l.unit.code},
                       {QStringLiteral("name"), l.unit.name},
                       {QStringLiteral("level"), toText(l.unit.level)},
                       {QStringLiteral("parent"), textOrNull(l.parentCode)},
                       {QStringLiteral("schools"), l.openSchools},
                       {QStringLiteral("closed"), l.unit.closedAt.isValid()},
                       {QStringLiteral("closed_at"), timeOrNull(l.unit.closedAt)}};
}

// The unit as a list shows it, after a change.
int printUnit(CliContext& c, services::UnitAdmin& admin, const QString& code, const QString& done)
{
    auto units = admin.units();
    if (!units)
        return c.fail(units.error());
    for (const services::UnitListing& l : *units) {
        if (l.unit.code != code.trimmed())
            continue;
        if (c.json())
            return c.printJson(unitJson(l));
        c.out() << done << "\n";
        return Done;
    }
    return c.fail(Error::notFound(
        QCoreApplication::translate("hocbaso::cli", "There is no managing unit with the code %1.").arg(code)));
}

int listUnits(CliContext& c, services::UnitAdmin& admin)
{
    auto units = admin.units();
    if (!units)
        return c.fail(units.error());
    if (c.json()) {
        QJsonArray rows;
        for (const services::UnitListing& l : *units)
            rows.append(unitJson(l));
        return c.printJson({{QStringLiteral("rows"), rows}});
    }
    for (const services::UnitListing& l : *units) {
        c.out() << l.unit.code.leftJustified(9) << " " << toText(l.unit.level).leftJustified(6) << " "
                << l.parentCode.leftJustified(9) << " " << QString::number(l.openSchools).rightJustified(4) << " "
                << (l.unit.closedAt.isValid() ? QCoreApplication::translate("hocbaso::cli", "closed") + QLatin1Char(' ')
                                              : QString())
                << l.unit.name << "\n";
    }
    return Done;
}

QJsonObject schoolJson(const School& s)
{
    return QJsonObject{{QStringLiteral("code"), s.code},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("unit"), s.unitCode},
                       {QStringLiteral("ownership"), toText(s.ownership)},
                       {QStringLiteral("tax_code"), textOrNull(s.taxCode)},
                       {QStringLiteral("address"), textOrNull(s.address)},
                       {QStringLiteral("closed"), s.closedAt.isValid()},
                       {QStringLiteral("closed_at"), timeOrNull(s.closedAt)}};
}

// The school as `school list` shows it, after a change.
int printSchool(CliContext& c, const QString& code, const QString& done)
{
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    auto schools = services::UnitAdmin(**ctx).schools();
    if (!schools)
        return c.fail(schools.error());
    for (const School& s : *schools) {
        if (s.code != code.trimmed())
            continue;
        if (c.json())
            return c.printJson(schoolJson(s));
        c.out() << done << "\n";
        return Done;
    }
    return c.fail(
        Error::notFound(QCoreApplication::translate("hocbaso::cli", "There is no school with the code %1.").arg(code)));
}

Result<std::optional<Ownership>> ownershipOption(CliContext& c)
{
    if (!c.args().has(QStringLiteral("ownership")))
        return std::optional<Ownership>();
    const auto o = ownershipFromText(c.args().value(QStringLiteral("ownership")));
    if (!o)
        return Error{ErrorKind::Usage, QCoreApplication::translate("hocbaso::cli", "--ownership must be public or "
                                                                                   "private; got \"%1\".")
                                           .arg(c.args().value(QStringLiteral("ownership")))};
    return std::optional<Ownership>(*o);
}

int addSchool(CliContext& c, services::UnitAdmin& admin, const QString& code)
{
    const Arguments& a = c.args();
    if (!a.has(QStringLiteral("name")) || !a.has(QStringLiteral("unit")) || !a.has(QStringLiteral("ownership")))
        return c.usage(schoolUsage());
    auto ownership = ownershipOption(c);
    if (!ownership)
        return c.fail(ownership.error());
    auto school = admin.addSchool(code, a.value(QStringLiteral("name")), a.value(QStringLiteral("unit")), **ownership,
                                  a.value(QStringLiteral("tax-code")), a.value(QStringLiteral("address")));
    if (!school)
        return c.fail(school.error());
    if (c.json())
        return c.printJson(schoolJson(*school));
    c.out() << QCoreApplication::translate("hocbaso::cli", "School %1 (%2) was added to %3.")
                   .arg(school->code, school->name, school->unitCode)
            << "\n";
    return Done;
}

int updateSchool(CliContext& c, services::UnitAdmin& admin, const QString& code)
{
    const Arguments& a = c.args();
    services::SchoolChanges changes;
    if (a.has(QStringLiteral("name")))
        changes.name = a.value(QStringLiteral("name"));
    if (a.has(QStringLiteral("tax-code")))
        changes.taxCode = a.value(QStringLiteral("tax-code"));
    if (a.has(QStringLiteral("address")))
        changes.address = a.value(QStringLiteral("address"));
    auto ownership = ownershipOption(c);
    if (!ownership)
        return c.fail(ownership.error());
    changes.ownership = *ownership;
    if (!changes.name && !changes.taxCode && !changes.address && !changes.ownership)
        return c.usage(schoolUsage());
    auto school = admin.updateSchool(code, changes);
    if (!school)
        return c.fail(school.error());
    return printSchool(c, code,
                       QCoreApplication::translate("hocbaso::cli", "School %1 was updated.").arg(school->code));
}

} // namespace

int cmdUnit(CliContext& c)
{
    const Arguments& a = c.args();
    const QStringList& w = a.words();
    const QString sub = w.value(1);
    const bool list = sub == QLatin1String("list");
    if (list ? w.size() != 2 : w.size() != 3)
        return c.usage(unitUsage());
    const QString code = w.value(2).trimmed();
    if (sub == QLatin1String("add")) {
        if (!a.has(QStringLiteral("name")) || !a.has(QStringLiteral("level")))
            return c.usage(unitUsage());
    } else if (sub == QLatin1String("rename")) {
        if (!a.has(QStringLiteral("name")))
            return c.usage(unitUsage());
    } else if (sub == QLatin1String("move")) {
        if (!a.has(QStringLiteral("parent")))
            return c.usage(unitUsage());
    } else if (!list && sub != QLatin1String("close")) {
        return c.usage(unitUsage());
    }
    std::optional<UnitLevel> level;
    if (sub == QLatin1String("add")) {
        level = unitLevelFromText(a.value(QStringLiteral("level")));
        if (!level)
            return c.usage(QCoreApplication::translate("hocbaso::cli", "--level must be so, phong or xa; got \"%1\".")
                               .arg(a.value(QStringLiteral("level"))));
    }
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    services::UnitAdmin admin(**ctx);
    if (list)
        return listUnits(c, admin);
    if (sub == QLatin1String("add")) {
        auto unit = admin.addUnit(code, a.value(QStringLiteral("name")), *level, a.value(QStringLiteral("parent")));
        if (!unit)
            return c.fail(unit.error());
        if (c.json())
            return c.printJson({{QStringLiteral("code"), unit->code},
                                {QStringLiteral("name"), unit->name},
                                {QStringLiteral("level"), toText(unit->level)},
                                {QStringLiteral("parent"), textOrNull(a.value(QStringLiteral("parent")).trimmed())}});
        c.out() << QCoreApplication::translate("hocbaso::cli", "Managing unit %1 (%2) was added.")
                       .arg(unit->code, unit->name)
                << "\n";
        return Done;
    }
    if (sub == QLatin1String("rename")) {
        if (auto s = admin.renameUnit(code, a.value(QStringLiteral("name"))); !s)
            return c.fail(s.error());
        return printUnit(c, admin, code,
                         QCoreApplication::translate("hocbaso::cli", "Managing unit %1 was renamed.").arg(code));
    }
    if (sub == QLatin1String("move")) {
        const QString parent = a.value(QStringLiteral("parent")).trimmed();
        if (auto s = admin.moveUnit(code, parent); !s)
            return c.fail(s.error());
        return printUnit(
            c, admin, code,
            QCoreApplication::translate("hocbaso::cli", "Managing unit %1 now stands under %2.").arg(code, parent));
    }
    if (auto s = admin.closeUnit(code); !s)
        return c.fail(s.error());
    return printUnit(c, admin, code,
                     QCoreApplication::translate("hocbaso::cli", "Managing unit %1 is closed.").arg(code));
}

bool isSchoolAdminCommand(const QString& sub)
{
    return sub == QLatin1String("add") || sub == QLatin1String("update") || sub == QLatin1String("move") ||
           sub == QLatin1String("close") || sub == QLatin1String("import");
}

namespace {

// `school import FILE [--dry-run]`: the plan's counts and errors; with any error nothing is written
// and the exit code is 1.
int importSchools(CliContext& c, services::ServiceContext& ctx, const QString& path)
{
    services::SchoolImport import(ctx);
    auto plan = import.plan(path);
    if (!plan)
        return c.fail(plan.error());
    const bool dryRun = c.args().has(QStringLiteral("dry-run"));
    Status written;
    if (plan->canApply() && !dryRun)
        written = import.apply(*plan);
    if (!written)
        return c.fail(written.error());
    if (c.json()) {
        QJsonArray errors;
        for (const services::SchoolImportError& e : plan->errors)
            errors.append(QJsonObject{{QStringLiteral("line"), e.line},
                                      {QStringLiteral("column"), e.column},
                                      {QStringLiteral("message"), e.message}});
        c.printJson({{QStringLiteral("added"), plan->added},
                     {QStringLiteral("updated"), plan->updated},
                     {QStringLiteral("unchanged"), plan->unchanged},
                     {QStringLiteral("errors"), errors},
                     {QStringLiteral("dry_run"), dryRun}});
    } else {
        for (const services::SchoolImportError& e : plan->errors)
            c.err() << QCoreApplication::translate("hocbaso::cli", "line %1: %2").arg(e.line).arg(e.message) << "\n";
        c.out() << (dryRun || !plan->canApply()
                        ? QCoreApplication::translate("hocbaso::cli",
                                                      "Would add %1, update %2, leave %3 unchanged; %4 error(s).")
                        : QCoreApplication::translate("hocbaso::cli", "Added %1, updated %2, left %3 unchanged."))
                       .arg(plan->added)
                       .arg(plan->updated)
                       .arg(plan->unchanged)
                       .arg(plan->errors.size())
                << "\n";
    }
    return plan->canApply() ? Done : Refused;
}

} // namespace

int cmdSchoolAdmin(CliContext& c)
{
    const Arguments& a = c.args();
    const QStringList& w = a.words();
    const QString sub = w.value(1);
    if (w.size() != 3 || !isSchoolAdminCommand(sub))
        return c.usage(schoolUsage());
    const QString code = w.at(2).trimmed();
    if (sub == QLatin1String("move") && !a.has(QStringLiteral("unit")))
        return c.usage(schoolUsage());
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    if (sub == QLatin1String("import"))
        return importSchools(c, **ctx, w.at(2));
    services::UnitAdmin admin(**ctx);
    if (sub == QLatin1String("add"))
        return addSchool(c, admin, code);
    if (sub == QLatin1String("update"))
        return updateSchool(c, admin, code);
    if (sub == QLatin1String("move")) {
        const QString unit = a.value(QStringLiteral("unit")).trimmed();
        if (auto s = admin.moveSchool(code, unit); !s)
            return c.fail(s.error());
        return printSchool(c, code,
                           QCoreApplication::translate("hocbaso::cli", "School %1 now belongs to %2.").arg(code, unit));
    }
    if (auto s = admin.closeSchool(code); !s)
        return c.fail(s.error());
    return printSchool(c, code, QCoreApplication::translate("hocbaso::cli", "School %1 is closed.").arg(code));
}

int listSchools(CliContext& c)
{
    if (c.args().words().size() != 2)
        return c.usage(schoolUsage());
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    auto schools = services::UnitAdmin(**ctx).schools(c.args().value(QStringLiteral("unit")));
    if (!schools)
        return c.fail(schools.error());
    if (c.json()) {
        QJsonArray rows;
        for (const School& s : *schools)
            rows.append(schoolJson(s));
        return c.printJson({{QStringLiteral("rows"), rows}});
    }
    for (const School& s : *schools)
        c.out() << s.code.leftJustified(9) << " " << s.unitCode.leftJustified(7) << " "
                << label(s.ownership).leftJustified(8) << " "
                << (s.closedAt.isValid() ? QCoreApplication::translate("hocbaso::cli", "closed") + QLatin1Char(' ')
                                         : QString())
                << s.name << "\n";
    return Done;
}

} // namespace hocbaso::cli
