#include "SchoolImport.h"

#include "AuthService.h"
#include "UnitAdmin.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace hocbaso::services {

Result<SchoolImportPlan> SchoolImport::plan(const QString& path)
{
    if (!m_ctx.actor.system && m_ctx.actor.role != Role::Admin)
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::SchoolImport", "Only administrators import school lists."));
    UnitAdmin admin(m_ctx);
    auto units = admin.units();
    if (!units)
        return units.error();
    // Every school of the store: a code already used under a unit out of reach is refused by name
    // rather than failing on the store's unique code at write time.
    auto schools = admin.schools();
    if (!schools)
        return schools.error();

    QList<ImportUnit> reachable;
    QHash<qint64, QString> codeOf;
    for (const UnitListing& u : *units) {
        codeOf.insert(u.unit.id, u.unit.code);
        if (m_ctx.actor.covers(u.unit.id))
            reachable.append({u.unit, u.unit.closedAt.isValid()});
    }
    QList<ExistingSchool> existing;
    existing.reserve(schools->size());
    for (School s : *schools) {
        if (s.unitCode.isEmpty())
            s.unitCode = codeOf.value(s.unitId);
        const bool closed = s.closedAt.isValid();
        existing.append({std::move(s), closed});
    }
    return planSchoolImport(readSchoolImportFile(path), existing, reachable);
}

Status SchoolImport::apply(const SchoolImportPlan& plan, const Progress& progress)
{
    if (!plan.canApply())
        return Error::invalid(QCoreApplication::translate("hocbaso::services::SchoolImport",
                                                          "The file has %n error(s); nothing was imported.", "",
                                                          int(plan.errors.size())));
    // One transaction and one check of the actor's reach for the whole file, the stored schools
    // read once: the plan may be old (a preview left open), so every row is checked again against
    // the store as it is now, by the same rules as a school added by hand.
    UnitAdmin admin(m_ctx);
    UnitAdmin::SchoolBatch batch(admin, UnitAdmin::SchoolBatch::Schools::ReadAll);
    if (auto s = batch.status(); !s)
        return s;
    const int total = int(plan.steps.size());
    int done = 0;
    for (const SchoolImportStep& step : plan.steps) {
        // Every 64 rows: often enough for a bar, rarely enough not to cost anything.
        if (progress && done % 64 == 0 && !progress(done, total))
            return Error::refused(QCoreApplication::translate("hocbaso::services::SchoolImport",
                                                              "The import was cancelled; nothing was imported."));
        ++done;
        const School& s = step.school;
        // A failure names the line, then the transaction rolls everything back.
        const auto atLine = [&](const Error& e) {
            Error withLine = e;
            withLine.message = QCoreApplication::translate("hocbaso::services::SchoolImport", "Line %1: %2")
                                   .arg(step.line)
                                   .arg(e.message);
            return withLine;
        };
        switch (step.action) {
        case SchoolImportAction::Add:
            if (auto r = batch.add(s.code, s.name, s.unitCode, s.ownership, s.taxCode, s.address); !r)
                return atLine(r.error());
            break;
        case SchoolImportAction::Update: {
            SchoolChanges changes;
            bool fields = false;
            for (const SchoolFieldChange& c : step.changes) {
                switch (c.field) {
                case SchoolField::Name:
                    changes.name = s.name;
                    fields = true;
                    break;
                case SchoolField::Ownership:
                    changes.ownership = s.ownership;
                    fields = true;
                    break;
                case SchoolField::TaxCode:
                    changes.taxCode = s.taxCode;
                    fields = true;
                    break;
                case SchoolField::Address:
                    changes.address = s.address;
                    fields = true;
                    break;
                case SchoolField::Unit:
                    break;
                }
            }
            if (fields) {
                if (auto r = batch.update(s.code, changes); !r)
                    return atLine(r.error());
            }
            if (step.moves()) {
                if (auto r = batch.move(s.code, s.unitCode); !r)
                    return atLine(r.error());
            }
            break;
        }
        case SchoolImportAction::Unchanged:
        case SchoolImportAction::Refused:
            break;
        }
    }
    if (auto s = batch.commit(); !s)
        return s;
    if (progress)
        progress(total, total);
    return {};
}

} // namespace hocbaso::services
