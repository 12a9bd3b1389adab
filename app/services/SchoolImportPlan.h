#pragma once

#include "SchoolImportFile.h"

#include "core/Entities.h"

#include <QList>
#include <QString>

namespace hocbaso::services {

// A school the store already has, as the plan needs it: `school.unitCode` filled.
struct ExistingSchool
{
    School school;
    bool closed = false;
};

// A unit the rows may name. The caller passes the units the actor may import into (their unit's
// subtree); a code not among them is refused like an unknown one.
struct ImportUnit
{
    Unit unit;
    bool closed = false;
};

enum class SchoolImportAction
{
    Add,
    Update,
    Unchanged,
    Refused
};

enum class SchoolField
{
    Name,
    Unit,
    Ownership,
    TaxCode,
    Address
};

// One field a row changes, as text for the preview (the unit by its code, ownership by its label).
struct SchoolFieldChange
{
    SchoolField field = SchoolField::Name;
    QString before;
    QString after;
};

// What one row of the file will do.
struct SchoolImportStep
{
    int line = 0;
    SchoolImportAction action = SchoolImportAction::Add;
    // The school as it will be after the import: for Add, id 0; for Update and Unchanged, the
    // stored school's id with the file's values laid over it. unitId and unitCode are the target
    // unit's. For Refused, the row as the file gives it.
    School school;
    QList<SchoolFieldChange> changes; // Update only
    QString reason;                   // Refused only: why, in the user's language

    bool moves() const;
    // The preview's sentence for this row, in the user's language: "New school.", "Name: “A” →
    // “B”; moves from unit X to unit Y.", "No change." or the reason of a refusal.
    QString description() const;
};

// The whole import as it would happen, computed without touching the store. A front end shows it
// (GUI preview, `school import --dry-run`); the write applies it only when canApply().
struct SchoolImportPlan
{
    SchoolImportFormat format = SchoolImportFormat::Unknown;
    QList<SchoolImportStep> steps;   // in file order
    QList<SchoolImportError> errors; // the file's own errors, then one per refused row, by line
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int refused = 0;

    bool canApply() const { return errors.isEmpty(); }
};

// Classifies each row of `table` against the store's schools and units. Matching is by exact
// school code and exact unit code. A row whose tax code or address cell is empty keeps the stored
// value: a blank cell never erases data. A row naming a closed school or a closed, unknown or
// out-of-reach unit is refused.
SchoolImportPlan planSchoolImport(const SchoolImportTable& table, const QList<ExistingSchool>& schools,
                                  const QList<ImportUnit>& units);

} // namespace hocbaso::services
