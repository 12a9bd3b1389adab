#include "LockInheritance.h"

namespace hocbaso::services {

LockInheritance::LockInheritance(const QList<Unit>& units, const QList<LockSetting>& yearRows)
{
    for (const Unit& u : units)
        m_units.insert(u.id, u);
    for (const LockSetting& row : yearRows) {
        if (row.schoolId == 0)
            m_unitWide.insert({row.unitId, row.grade}, row);
        else
            m_schools.insert({row.unitId, {row.schoolId, row.grade}}, row);
    }
}

const Unit* LockInheritance::unit(qint64 id) const
{
    auto it = m_units.constFind(id);
    return it == m_units.constEnd() ? nullptr : &*it;
}

void LockInheritance::fillFromChain(Dates& d, qint64 firstUnit, int grade) const
{
    // The walk is bounded: a cycle (which the services and the central store refuse) cannot hang it.
    qint64 u = firstUnit;
    for (int depth = 0; u > 0 && depth < 32 && (!d.receive.date.isValid() || !d.revoke.date.isValid()); ++depth) {
        if (auto it = m_unitWide.constFind({u, grade}); it != m_unitWide.constEnd()) {
            if (!d.receive.date.isValid() && it->receiveLock.isValid())
                d.receive = {it->receiveLock, false, u};
            if (!d.revoke.date.isValid() && it->revokeLock.isValid())
                d.revoke = {it->revokeLock, false, u};
        }
        const Unit* node = unit(u);
        u = node ? node->parentId : 0;
    }
}

LockInheritance::Dates LockInheritance::resolve(qint64 unitId, qint64 schoolId, int grade) const
{
    Dates d;
    if (schoolId > 0) {
        if (auto it = m_schools.constFind({unitId, {schoolId, grade}}); it != m_schools.constEnd()) {
            d.ownRow = true;
            if (it->receiveLock.isValid())
                d.receive = {it->receiveLock, true, 0};
            if (it->revokeLock.isValid())
                d.revoke = {it->revokeLock, true, 0};
        }
    }
    fillFromChain(d, unitId, grade);
    return d;
}

LockInheritance::Dates LockInheritance::inheritedAbove(qint64 unitId, int grade) const
{
    Dates d;
    const Unit* node = unit(unitId);
    if (node)
        fillFromChain(d, node->parentId, grade);
    return d;
}

GradeDatesSummary GradeDatesSummary::of(const QList<QDate>& gradeDates)
{
    GradeDatesSummary s;
    QList<QDate> distinct;
    for (const QDate& d : gradeDates) {
        if (!d.isValid())
            ++s.unsetGrades;
        else if (!distinct.contains(d))
            distinct.append(d);
    }
    s.distinctDates = int(distinct.size());
    if (distinct.isEmpty())
        s.kind = Kind::NotSet;
    else if (s.unsetGrades > 0)
        s.kind = Kind::Partial;
    else if (distinct.size() == 1)
        s.kind = Kind::Same;
    else
        s.kind = Kind::Differ;
    if (s.kind == Kind::Same)
        s.date = distinct.constFirst();
    return s;
}

} // namespace hocbaso::services
