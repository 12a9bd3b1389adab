#include "SchoolImportPlan.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace hocbaso::services {
namespace {

// The column a refusal points at, by the names CLI.md gives (the plan does not see the header).
QString unitColumn()
{
    return QStringLiteral("Đơn vị quản lý");
}

QString codeColumn()
{
    return QStringLiteral("Mã trường");
}

QList<SchoolFieldChange> changesBetween(const School& before, const School& after)
{
    QList<SchoolFieldChange> changes;
    if (before.name != after.name)
        changes.append({SchoolField::Name, before.name, after.name});
    if (before.unitCode != after.unitCode)
        changes.append({SchoolField::Unit, before.unitCode, after.unitCode});
    if (before.ownership != after.ownership)
        changes.append({SchoolField::Ownership, label(before.ownership), label(after.ownership)});
    if (before.taxCode != after.taxCode)
        changes.append({SchoolField::TaxCode, before.taxCode, after.taxCode});
    if (before.address != after.address)
        changes.append({SchoolField::Address, before.address, after.address});
    return changes;
}

QString changeText(const SchoolFieldChange& c)
{
    switch (c.field) {
    case SchoolField::Name:
        return QCoreApplication::translate("hocbaso::services::SchoolImportPlan", "name “%1” → “%2”")
            .arg(c.before, c.after);
    case SchoolField::Unit:
        return QCoreApplication::translate("hocbaso::services::SchoolImportPlan", "moves from unit %1 to unit %2")
            .arg(c.before, c.after);
    case SchoolField::Ownership:
        return QCoreApplication::translate("hocbaso::services::SchoolImportPlan", "ownership %1 → %2")
            .arg(c.before, c.after);
    case SchoolField::TaxCode:
        return QCoreApplication::translate("hocbaso::services::SchoolImportPlan", "tax code “%1” → “%2”")
            .arg(c.before, c.after);
    case SchoolField::Address:
        return QCoreApplication::translate("hocbaso::services::SchoolImportPlan", "address “%1” → “%2”")
            .arg(c.before, c.after);
    }
    return {};
}

} // namespace

bool SchoolImportStep::moves() const
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const SchoolFieldChange& c) { return c.field == SchoolField::Unit; });
}

QString SchoolImportStep::description() const
{
    switch (action) {
    case SchoolImportAction::Add:
        return QCoreApplication::translate("hocbaso::services::SchoolImportPlan", "New school in unit %1.")
            .arg(school.unitCode);
    case SchoolImportAction::Unchanged:
        return QCoreApplication::translate("hocbaso::services::SchoolImportPlan", "No change.");
    case SchoolImportAction::Refused:
        return reason;
    case SchoolImportAction::Update:
        break;
    }
    QStringList parts;
    for (const SchoolFieldChange& c : changes)
        parts.append(changeText(c));
    QString text = parts.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text + u'.';
}

SchoolImportPlan planSchoolImport(const SchoolImportTable& table, const QList<ExistingSchool>& schools,
                                  const QList<ImportUnit>& units)
{
    SchoolImportPlan plan;
    plan.format = table.format;
    plan.errors = table.errors;

    QHash<QString, const ImportUnit*> unitByCode;
    QHash<qint64, const ImportUnit*> unitById;
    for (const ImportUnit& u : units) {
        unitByCode.insert(u.unit.code, &u);
        unitById.insert(u.unit.id, &u);
    }
    QHash<QString, const ExistingSchool*> schoolByCode;
    for (const ExistingSchool& s : schools)
        schoolByCode.insert(s.school.code, &s);

    for (const SchoolImportRow& row : table.rows) {
        SchoolImportStep step;
        step.line = row.line;
        const ImportUnit* unit = unitByCode.value(row.unitCode);
        const ExistingSchool* existing = schoolByCode.value(row.code);

        School before;
        if (existing) {
            before = existing->school;
            // Reads that do not join the unit leave unitCode empty; the id still says which.
            if (before.unitCode.isEmpty() && unitById.contains(before.unitId))
                before.unitCode = unitById.value(before.unitId)->unit.code;
        }
        School after = before;
        after.code = row.code;
        after.name = row.name;
        after.unitId = unit ? unit->unit.id : 0;
        after.unitCode = row.unitCode;
        after.ownership = row.ownership;
        if (!row.taxCode.isEmpty())
            after.taxCode = row.taxCode;
        if (!row.address.isEmpty())
            after.address = row.address;
        step.school = after;

        if (!existing) {
            step.action = SchoolImportAction::Add;
        } else {
            step.changes = changesBetween(before, after);
            step.action = step.changes.isEmpty() ? SchoolImportAction::Unchanged : SchoolImportAction::Update;
        }

        // A row that changes nothing never blocks the import (a closed unit's schools may stay
        // listed in the file); one that would add, change or move is refused when its unit or
        // school cannot take it.
        QString column;
        if (!unit) {
            step.reason = QCoreApplication::translate("hocbaso::services::SchoolImportPlan",
                                                      "The unit %1 does not exist or is not one of the units you "
                                                      "manage.")
                              .arg(row.unitCode);
            column = unitColumn();
        } else if (step.action != SchoolImportAction::Unchanged) {
            if (unit->closed) {
                step.reason = QCoreApplication::translate("hocbaso::services::SchoolImportPlan",
                                                          "The unit %1 is closed; schools cannot be added to it or "
                                                          "changed in it.")
                                  .arg(row.unitCode);
                column = unitColumn();
            } else if (existing && existing->closed) {
                step.reason = QCoreApplication::translate("hocbaso::services::SchoolImportPlan",
                                                          "The school %1 is closed; reopen it before changing it.")
                                  .arg(row.code);
                column = codeColumn();
            } else if (existing && !unitByCode.contains(before.unitCode)) {
                // Moving a school out of a unit the actor does not manage would take it from
                // another office.
                step.reason = QCoreApplication::translate("hocbaso::services::SchoolImportPlan",
                                                          "The school %1 belongs to unit %2, which is not one of the "
                                                          "units you manage.")
                                  .arg(row.code, before.unitCode);
                column = codeColumn();
            }
        }
        if (!step.reason.isEmpty()) {
            step.action = SchoolImportAction::Refused;
            step.school = School{};
            step.school.code = row.code;
            step.school.name = row.name;
            step.school.unitCode = row.unitCode;
            step.school.ownership = row.ownership;
            step.school.taxCode = row.taxCode;
            step.school.address = row.address;
            step.changes.clear();
            plan.errors.append({row.line, column, step.reason});
        }

        switch (step.action) {
        case SchoolImportAction::Add:
            ++plan.added;
            break;
        case SchoolImportAction::Update:
            ++plan.updated;
            break;
        case SchoolImportAction::Unchanged:
            ++plan.unchanged;
            break;
        case SchoolImportAction::Refused:
            ++plan.refused;
            break;
        }
        plan.steps.append(step);
    }

    std::stable_sort(plan.errors.begin(), plan.errors.end(),
                     [](const SchoolImportError& a, const SchoolImportError& b) { return a.line < b.line; });
    return plan;
}

} // namespace hocbaso::services
