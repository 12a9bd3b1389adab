#pragma once

#include "core/Entities.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>

namespace hocbaso::services {

// How lock dates flow down the unit tree (DOMAIN.md): for a school and grade, each date on its own
// comes from the school's own setting, else from its unit's unit-wide setting, else from the
// parent unit's, up to the top (a commune may set its receive date and take the Sở's revoke date).
// A school's own setting counts only under the school's current unit: one set by a unit the school
// has left stays as history. Built from the units and one school year's rows; no store access.
class LockInheritance
{
public:
    LockInheritance(const QList<Unit>& units, const QList<LockSetting>& yearRows);

    struct Date
    {
        QDate date;
        bool fromSchool = false; // the school's own setting
        qint64 unitId = 0;       // else the unit whose unit-wide setting gives it (0: unset)
    };
    struct Dates
    {
        Date receive;
        Date revoke;
        bool ownRow = false; // the school has its own row for this grade
    };

    // The dates of a school of unit `unitId` (schoolId 0: what the unit's schools get from the unit
    // and the units above it, as a unit-wide setting's check needs).
    Dates resolve(qint64 unitId, qint64 schoolId, int grade) const;
    // What a unit's schools inherit from the units strictly above it.
    Dates inheritedAbove(qint64 unitId, int grade) const;
    const Unit* unit(qint64 id) const;

private:
    void fillFromChain(Dates& d, qint64 firstUnit, int grade) const;
    QHash<qint64, Unit> m_units;
    QHash<QPair<qint64, int>, LockSetting> m_unitWide;               // (unit, grade)
    QHash<QPair<qint64, QPair<qint64, int>>, LockSetting> m_schools; // (unit, (school, grade))
};

// One kind of lock date of a school across its grades, as 6.2's collapsed school row says it: one
// date when every grade has it, "not set" when no grade has one, else how they differ. Takes the
// dates already resolved per grade (LockInheritance::resolve, or an edit not saved yet).
struct GradeDatesSummary
{
    enum class Kind
    {
        NotSet, // no grade has a date
        Same,   // every grade has `date`
        Differ, // every grade has a date, `distinctDates` different ones
        Partial // some grades have a date, `unsetGrades` have none
    };
    Kind kind = Kind::NotSet;
    QDate date;
    int distinctDates = 0;
    int unsetGrades = 0;

    static GradeDatesSummary of(const QList<QDate>& gradeDates);
};

} // namespace hocbaso::services
