#include "UnitAdmin.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace hocbaso::services {
namespace {

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

Status UnitAdmin::checkCode(const QString& code)
{
    // Codes come from the sector database's exports and are typed in scripts: plain ASCII keeps
    // them the same in every file, terminal and keyboard layout.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    if (!pattern.match(code).hasMatch())
        return Error::invalid(QCoreApplication::translate(
                                  "hocbaso::services::UnitAdmin",
                                  "The code \"%1\" is not valid: use 1 to 32 letters without accents, digits, dots, "
                                  "dashes or underscores, starting with a letter or digit.")
                                  .arg(code));
    return {};
}

Status UnitAdmin::begin()
{
    if (auto s = requireOnline(m_ctx); !s)
        return s;
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s;
    m_scope.clear();
    if (!storeWide()) {
        auto scope = store::UnitRepository(m_ctx.db).subtree(m_ctx.actor.unitId);
        if (!scope)
            return scope.error();
        m_scope = *scope;
    }
    return {};
}

bool UnitAdmin::storeWide() const
{
    return m_ctx.actor.system || m_ctx.actor.unitId <= 0;
}

bool UnitAdmin::covers(qint64 unitId) const
{
    return storeWide() || (unitId > 0 && std::binary_search(m_scope.cbegin(), m_scope.cend(), unitId));
}

Status UnitAdmin::requireCovered(const Unit& unit) const
{
    if (covers(unit.id))
        return {};
    return Error::refused(QCoreApplication::translate(
                              "hocbaso::services::UnitAdmin",
                              "%1 may only administer their own managing unit and the units below it; %2 is not one "
                              "of them.")
                              .arg(m_ctx.actor.username, unit.code));
}

Result<Unit> UnitAdmin::unitByCode(const QString& code)
{
    auto unit = store::UnitRepository(m_ctx.db).byCode(code.trimmed());
    if (!unit)
        return unit.error();
    if (!unit->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::UnitAdmin", "There is no managing unit with the code %1.")
                .arg(code.trimmed()));
    return **unit;
}

Status UnitAdmin::requireOpen(const Unit& unit)
{
    if (!unit.closedAt.isValid())
        return {};
    return Error::refused(
        QCoreApplication::translate("hocbaso::services::UnitAdmin", "The managing unit %1 is closed.").arg(unit.code));
}

Result<Unit> UnitAdmin::openUnitByCode(const QString& code)
{
    auto unit = unitByCode(code);
    if (!unit)
        return unit;
    if (auto s = requireOpen(*unit); !s)
        return s.error();
    return unit;
}

Status UnitAdmin::requireOpenInReach(const School& school) const
{
    if (!covers(school.unitId))
        return Error::refused(QCoreApplication::translate(
                                  "hocbaso::services::UnitAdmin",
                                  "%1 may only administer the schools of their own managing unit and the units below "
                                  "it; %2 is not one of them.")
                                  .arg(m_ctx.actor.username, school.code));
    if (school.closedAt.isValid())
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::UnitAdmin", "The school %1 is closed.").arg(school.code));
    return {};
}

namespace {

Error noSchool(const QString& code)
{
    return Error::notFound(
        QCoreApplication::translate("hocbaso::services::UnitAdmin", "There is no school with the code %1.").arg(code));
}

} // namespace

// The school of `code`, open and within the actor's units: what closing needs.
Result<School> UnitAdmin::openSchoolInReach(const QString& code)
{
    auto school = store::SchoolRepository(m_ctx.db).byCode(code.trimmed());
    if (!school)
        return school.error();
    if (!school->has_value())
        return noSchool(code.trimmed());
    if (auto s = requireOpenInReach(**school); !s)
        return s.error();
    return **school;
}

Status UnitAdmin::checkPlace(const QString& code, UnitLevel level, const std::optional<Unit>& parent) const
{
    // Since 2025-07-01 a province is one Sở above its communes (or, in older data, Phòng): two levels,
    // so a Sở stands at the top and everything else directly under a Sở.
    if (level == UnitLevel::So) {
        if (parent)
            return Error::invalid(
                QCoreApplication::translate("hocbaso::services::UnitAdmin",
                                            "%1 is a Sở: a Sở stands at the top and has no unit above it.")
                    .arg(code));
        return {};
    }
    if (!parent)
        return Error::invalid(QCoreApplication::translate("hocbaso::services::UnitAdmin",
                                                          "%1 needs a Sở above it: give its code with --parent.")
                                  .arg(code));
    if (parent->level != UnitLevel::So)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::UnitAdmin",
                                        "%1 cannot stand under %2: a commune or a Phòng stands directly under a Sở.")
                .arg(code, parent->code));
    return {};
}

// --- Lists -----------------------------------------------------------------------------------------

Result<bool> UnitAdmin::hasSchools()
{
    auto n = store::SchoolRepository(m_ctx.db).count();
    if (!n)
        return n.error();
    return *n > 0;
}

Result<QList<UnitListing>> UnitAdmin::units()
{
    store::UnitRepository repo(m_ctx.db);
    auto all = repo.all();
    if (!all)
        return all.error();
    auto counts = repo.openSchoolCounts();
    if (!counts)
        return counts.error();
    QHash<qint64, QString> codeOf;
    for (const Unit& u : *all)
        codeOf.insert(u.id, u.code);
    QList<UnitListing> out;
    for (const Unit& u : *all)
        out.append(UnitListing{u, codeOf.value(u.parentId), counts->value(u.id)});
    return out;
}

Result<QList<School>> UnitAdmin::schools(const QString& unitCode)
{
    store::SchoolRepository repo(m_ctx.db);
    if (unitCode.trimmed().isEmpty())
        return repo.list();
    auto unit = unitByCode(unitCode);
    if (!unit)
        return unit.error();
    // Reading follows the tree like every rule: a unit and the units below it, never a sibling.
    if (!m_ctx.actor.covers(unit->id))
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::UnitAdmin",
                                        "%1 works on the schools of their own managing unit and the units below it; %2 "
                                        "is not one of them.")
                .arg(m_ctx.actor.username, unit->code));
    return repo.list(unit->id);
}

// --- Units -----------------------------------------------------------------------------------------

Result<Unit> UnitAdmin::addUnit(const QString& code, const QString& name, UnitLevel level, const QString& parentCode)
{
    if (auto s = begin(); !s)
        return s.error();
    Unit unit;
    unit.code = code.trimmed();
    unit.name = name.simplified();
    unit.level = level;
    if (auto s = checkCode(unit.code); !s)
        return s.error();
    if (unit.name.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::UnitAdmin", "Enter the name of the managing unit."));

    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    store::UnitRepository units(m_ctx.db);
    std::optional<Unit> parent;
    if (!parentCode.trimmed().isEmpty()) {
        auto found = openUnitByCode(parentCode);
        if (!found)
            return found.error();
        parent = *found;
    }
    if (auto s = checkPlace(unit.code, level, parent); !s)
        return s.error();
    // A new unit lands inside the actor's tree: under a unit they administer, or, at the top, only
    // by someone of the whole store.
    if (parent) {
        if (auto s = requireCovered(*parent); !s)
            return s.error();
        unit.parentId = parent->id;
    } else if (!storeWide()) {
        return Error::refused(
            QCoreApplication::translate(
                "hocbaso::services::UnitAdmin",
                "Only an administrator of the whole store may add a Sở; %1 administers a managing unit.")
                .arg(m_ctx.actor.username));
    }
    auto taken = units.byCode(unit.code);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return Error::conflict(QCoreApplication::translate("hocbaso::services::UnitAdmin",
                                                           "The code %1 is already used by the managing unit \"%2\".")
                                   .arg(unit.code, (*taken)->name));
    auto id = units.insert(unit);
    if (!id)
        return id.error();
    unit.id = *id;
    if (auto s = AuditLog(m_ctx).append(unit.id, QStringLiteral("unit.add"), QStringLiteral("unit"), unit.code,
                                        QJsonObject{{QStringLiteral("name"), unit.name},
                                                    {QStringLiteral("level"), toText(level)},
                                                    {QStringLiteral("parent"), textOrNull(parentCode.trimmed())}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return unit;
}

Status UnitAdmin::renameUnit(const QString& code, const QString& name)
{
    if (auto s = begin(); !s)
        return s;
    const QString newName = name.simplified();
    if (newName.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::UnitAdmin", "Enter the name of the managing unit."));
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    auto unit = openUnitByCode(code);
    if (!unit)
        return unit.error();
    if (auto s = requireCovered(*unit); !s)
        return s;
    if (unit->name == newName)
        return tx.commit();
    if (auto s = store::UnitRepository(m_ctx.db).rename(unit->id, newName); !s)
        return s;
    if (auto s = AuditLog(m_ctx).append(
            unit->id, QStringLiteral("unit.rename"), QStringLiteral("unit"), unit->code,
            QJsonObject{{QStringLiteral("old_name"), unit->name}, {QStringLiteral("name"), newName}});
        !s)
        return s;
    return tx.commit();
}

Status UnitAdmin::moveUnit(const QString& code, const QString& parentCode)
{
    if (auto s = begin(); !s)
        return s;
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    store::UnitRepository units(m_ctx.db);
    auto unit = openUnitByCode(code);
    if (!unit)
        return unit.error();
    if (auto s = requireCovered(*unit); !s)
        return s;
    // Moving one's own unit would take it out of one's own reach (and a unit administers only what
    // is below it, never where it hangs itself).
    if (!storeWide() && unit->id == m_ctx.actor.unitId)
        return Error::refused(QCoreApplication::translate(
            "hocbaso::services::UnitAdmin", "You cannot move your own managing unit; an administrator above it can."));
    auto parent = openUnitByCode(parentCode);
    if (!parent)
        return parent.error();
    if (auto s = requireCovered(*parent); !s)
        return s;
    if (parent->id == unit->parentId)
        return tx.commit();
    auto below = units.subtree(unit->id);
    if (!below)
        return below.error();
    if (below->contains(parent->id))
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::UnitAdmin",
                                        "%1 cannot be moved under %2: %2 is %1 itself or one of the units below it.")
                .arg(unit->code, parent->code));
    if (auto s = checkPlace(unit->code, unit->level, *parent); !s)
        return s;
    QString oldParent;
    if (unit->parentId > 0) {
        auto old = units.byId(unit->parentId);
        if (!old)
            return old.error();
        if (old->has_value())
            oldParent = (*old)->code;
    }
    if (auto s = units.setParent(unit->id, parent->id); !s)
        return s;
    if (auto s = AuditLog(m_ctx).append(
            unit->id, QStringLiteral("unit.move"), QStringLiteral("unit"), unit->code,
            QJsonObject{{QStringLiteral("from"), textOrNull(oldParent)}, {QStringLiteral("to"), parent->code}});
        !s)
        return s;
    return tx.commit();
}

Status UnitAdmin::closeUnit(const QString& code)
{
    if (auto s = begin(); !s)
        return s;
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    store::UnitRepository units(m_ctx.db);
    auto unit = openUnitByCode(code);
    if (!unit)
        return unit.error();
    if (auto s = requireCovered(*unit); !s)
        return s;
    if (!storeWide() && unit->id == m_ctx.actor.unitId)
        return Error::refused(QCoreApplication::translate(
            "hocbaso::services::UnitAdmin", "You cannot close your own managing unit; an administrator above it can."));
    auto schools = units.openSchoolCount(unit->id);
    if (!schools)
        return schools.error();
    if (*schools > 0)
        return Error::refused(QCoreApplication::translate("hocbaso::services::UnitAdmin",
                                                          "%1 still has %n open school(s): move or close them first.",
                                                          nullptr, int(*schools))
                                  .arg(unit->code));
    auto children = units.openChildCount(unit->id);
    if (!children)
        return children.error();
    if (*children > 0)
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::UnitAdmin",
                                        "%1 still has %n open unit(s) below it: move or close them first.", nullptr,
                                        int(*children))
                .arg(unit->code));
    if (auto s = units.close(unit->id, m_ctx.clock.now()); !s)
        return s;
    if (auto s = AuditLog(m_ctx).append(unit->id, QStringLiteral("unit.close"), QStringLiteral("unit"), unit->code,
                                        QJsonObject{});
        !s)
        return s;
    return tx.commit();
}

// --- Schools ---------------------------------------------------------------------------------------

Result<School> UnitAdmin::addSchool(const QString& code, const QString& name, const QString& unitCode,
                                    Ownership ownership, const QString& taxCode, const QString& address)
{
    SchoolBatch batch(*this);
    auto school = batch.add(code, name, unitCode, ownership, taxCode, address);
    if (!school)
        return school;
    if (auto s = batch.commit(); !s)
        return s.error();
    return school;
}

Result<School> UnitAdmin::updateSchool(const QString& code, const SchoolChanges& changes)
{
    SchoolBatch batch(*this);
    auto school = batch.update(code, changes);
    if (!school)
        return school;
    if (auto s = batch.commit(); !s)
        return s.error();
    return school;
}

Status UnitAdmin::moveSchool(const QString& code, const QString& unitCode)
{
    SchoolBatch batch(*this);
    if (auto s = batch.move(code, unitCode); !s)
        return s;
    return batch.commit();
}

// --- Schools, many at once ---------------------------------------------------------------------------

UnitAdmin::SchoolBatch::SchoolBatch(UnitAdmin& admin, Schools schools) : m_admin(admin), m_schoolsMode(schools)
{
    // The actor's reach is read once for the whole batch; the transaction starts only for an actor
    // who may administer.
    m_status = m_admin.begin();
    if (!m_status)
        return;
    m_tx.emplace(m_admin.m_ctx.db);
    if (!m_tx->isOpen())
        m_status = m_tx->status();
}

Result<Unit> UnitAdmin::SchoolBatch::openUnit(const QString& code)
{
    // Units are not written by a batch, so one read per code holds for the whole transaction.
    const QString key = code.trimmed();
    auto it = m_units.find(key);
    if (it == m_units.end()) {
        auto unit = store::UnitRepository(m_admin.m_ctx.db).byCode(key);
        if (!unit)
            return unit.error();
        it = m_units.insert(key, *unit);
    }
    if (!it->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::UnitAdmin", "There is no managing unit with the code %1.")
                .arg(key));
    if (auto s = requireOpen(**it); !s)
        return s.error();
    return **it;
}

Result<std::optional<School>> UnitAdmin::SchoolBatch::findSchool(const QString& code)
{
    store::SchoolRepository repo(m_admin.m_ctx.db);
    if (m_schoolsMode == Schools::ReadAll && !m_allSchoolsRead) {
        // Every school the connection sees, as byCode would find them one by one.
        auto all = repo.list();
        if (!all)
            return all.error();
        m_schools.reserve(all->size());
        for (const School& s : *all)
            m_schools.insert(s.code, s);
        m_allSchoolsRead = true;
    }
    if (auto it = m_schools.constFind(code); it != m_schools.constEnd())
        return std::optional<School>(*it);
    if (m_allSchoolsRead)
        return std::optional<School>();
    auto school = repo.byCode(code);
    if (!school)
        return school.error();
    if (school->has_value())
        m_schools.insert(code, **school);
    return school;
}

Result<School> UnitAdmin::SchoolBatch::openSchoolInReach(const QString& code)
{
    auto school = findSchool(code.trimmed());
    if (!school)
        return school.error();
    if (!school->has_value())
        return noSchool(code.trimmed());
    if (auto s = m_admin.requireOpenInReach(**school); !s)
        return s.error();
    return **school;
}

Result<School> UnitAdmin::SchoolBatch::add(const QString& code, const QString& name, const QString& unitCode,
                                           Ownership ownership, const QString& taxCode, const QString& address)
{
    if (!m_status)
        return m_status.error();
    School school;
    school.code = code.trimmed();
    school.name = name.simplified();
    school.ownership = ownership;
    school.taxCode = taxCode.trimmed().isEmpty() ? QString() : taxCode.trimmed();
    school.address = address.simplified().isEmpty() ? QString() : address.simplified();
    if (auto s = checkCode(school.code); !s)
        return s.error();
    if (school.name.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::UnitAdmin", "Enter the name of the school."));
    auto unit = openUnit(unitCode);
    if (!unit)
        return unit.error();
    if (auto s = m_admin.requireCovered(*unit); !s)
        return s.error();
    auto taken = findSchool(school.code);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return Error::conflict(QCoreApplication::translate("hocbaso::services::UnitAdmin",
                                                           "The code %1 is already used by the school \"%2\".")
                                   .arg(school.code, (*taken)->name));
    school.unitId = unit->id;
    school.unitCode = unit->code;
    auto id = store::SchoolRepository(m_admin.m_ctx.db).insert(school);
    if (!id)
        return id.error();
    school.id = *id;
    m_schools.insert(school.code, school);
    m_audit.append({unit->id, QStringLiteral("school.add"), QStringLiteral("school"), school.code,
                    QJsonObject{{QStringLiteral("name"), school.name},
                                {QStringLiteral("unit"), unit->code},
                                {QStringLiteral("ownership"), toText(ownership)},
                                {QStringLiteral("tax_code"), textOrNull(school.taxCode)},
                                {QStringLiteral("address"), textOrNull(school.address)}}});
    return school;
}

Result<School> UnitAdmin::SchoolBatch::update(const QString& code, const SchoolChanges& changes)
{
    if (!m_status)
        return m_status.error();
    auto found = openSchoolInReach(code);
    if (!found)
        return found.error();
    School school = *found;
    QJsonObject detail;
    const auto change = [&detail](const char* key, QString& field, const std::optional<QString>& value) {
        if (!value)
            return;
        const QString v = value->simplified();
        if (v == field)
            return;
        detail.insert(QLatin1String(key),
                      QJsonObject{{QStringLiteral("old"), textOrNull(field)}, {QStringLiteral("new"), textOrNull(v)}});
        field = v.isEmpty() ? QString() : v;
    };
    if (changes.name && changes.name->simplified().isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::UnitAdmin", "Enter the name of the school."));
    change("name", school.name, changes.name);
    change("tax_code", school.taxCode, changes.taxCode);
    change("address", school.address, changes.address);
    if (changes.ownership && *changes.ownership != school.ownership) {
        detail.insert(QStringLiteral("ownership"), QJsonObject{{QStringLiteral("old"), toText(school.ownership)},
                                                               {QStringLiteral("new"), toText(*changes.ownership)}});
        school.ownership = *changes.ownership;
    }
    if (detail.isEmpty())
        return school;
    if (auto s = store::SchoolRepository(m_admin.m_ctx.db).update(school); !s)
        return s.error();
    m_schools.insert(school.code, school);
    m_audit.append({school.unitId, QStringLiteral("school.update"), QStringLiteral("school"), school.code, detail});
    return school;
}

Status UnitAdmin::SchoolBatch::move(const QString& code, const QString& unitCode)
{
    if (!m_status)
        return m_status;
    auto school = openSchoolInReach(code);
    if (!school)
        return school.error();
    auto unit = openUnit(unitCode);
    if (!unit)
        return unit.error();
    if (auto s = m_admin.requireCovered(*unit); !s)
        return s;
    if (unit->id == school->unitId)
        return {};
    // Pupils, records, certificates and requests hang on the school's id, so they move with it; its
    // users carry the unit themselves (their reach in rules and row-level security).
    if (auto s = store::SchoolRepository(m_admin.m_ctx.db).setUnit(school->id, unit->id); !s)
        return s;
    if (auto s = store::UserRepository(m_admin.m_ctx.db).moveSchoolUsers(school->id, unit->id); !s)
        return s;
    School moved = *school;
    moved.unitId = unit->id;
    moved.unitCode = unit->code;
    m_schools.insert(moved.code, moved);
    // On the new unit's chain: the school's history goes on there.
    m_audit.append({unit->id, QStringLiteral("school.move"), QStringLiteral("school"), school->code,
                    QJsonObject{{QStringLiteral("from"), school->unitCode}, {QStringLiteral("to"), unit->code}}});
    return {};
}

Status UnitAdmin::SchoolBatch::commit()
{
    if (!m_status)
        return m_status;
    // Each unit's chain is locked and its head read once, however many events go onto it.
    if (auto s = AuditLog(m_admin.m_ctx).appendAll(m_audit); !s)
        return s;
    m_audit.clear();
    return m_tx->commit();
}

Status UnitAdmin::closeSchool(const QString& code)
{
    if (auto s = begin(); !s)
        return s;
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    auto school = openSchoolInReach(code);
    if (!school)
        return school.error();
    store::SchoolRepository schools(m_ctx.db);
    auto pending = schools.pendingWork(school->id);
    if (!pending)
        return pending.error();
    if (pending->total() > 0)
        return Error::refused(QCoreApplication::translate(
                                  "hocbaso::services::UnitAdmin",
                                  "The school %1 cannot be closed while work is pending: %2 certificate(s) and %3 "
                                  "revocation request(s) wait for a decision, %4 record(s) are confirmed but not "
                                  "sent or revoked but not confirmed again.")
                                  .arg(school->code)
                                  .arg(pending->certificates)
                                  .arg(pending->revocationRequests)
                                  .arg(pending->records));
    if (auto s = schools.close(school->id, m_ctx.clock.now()); !s)
        return s;
    if (auto s = AuditLog(m_ctx).append(school->unitId, QStringLiteral("school.close"), QStringLiteral("school"),
                                        school->code, QJsonObject{});
        !s)
        return s;
    return tx.commit();
}

} // namespace hocbaso::services
