#pragma once

#include "AuditLog.h"
#include "ServiceContext.h"

#include <QHash>
#include <QList>

#include <optional>

namespace hocbaso::services {

// A unit with what a list shows beside it.
struct UnitListing
{
    Unit unit;
    QString parentCode;     // empty at the top of the tree
    qint64 openSchools = 0; // open schools directly in the unit
};

// What `updateSchool` changes; fields left empty stay as they are.
struct SchoolChanges
{
    std::optional<QString> name;
    std::optional<Ownership> ownership;
    std::optional<QString> taxCode;
    std::optional<QString> address;
};

// Administration of the organisation (issue #17): managing units and their schools are added,
// renamed, moved and closed here. Only administrators do it, and only within their own unit and the
// units below it (the system and store-wide administrators everywhere). Every change is audited.
// Closing never deletes: the unit or school keeps its row and its history, and refuses new ones.
class UnitAdmin
{
public:
    explicit UnitAdmin(ServiceContext& ctx) : m_ctx(ctx) {}

    // Every unit of the store with its parent's code and its open schools: the tree of a province's
    // offices is public administrative information (the central store lets every person read it).
    Result<QList<UnitListing>> units();
    // The schools of the unit and the units below it (all schools for an empty code), open and
    // closed; refused for a unit outside the actor's units.
    Result<QList<School>> schools(const QString& unitCode = QString());
    // Whether the store holds any school yet (a new store's administrator has none): a count, not
    // the list of a province's schools.
    Result<bool> hasSchools();

    // A Sở stands at the top of the tree; a commune (xã) or a Phòng stands directly under a Sở.
    Result<Unit> addUnit(const QString& code, const QString& name, UnitLevel level, const QString& parentCode);
    Status renameUnit(const QString& code, const QString& name);
    Status moveUnit(const QString& code, const QString& parentCode);
    // Refused while the unit has open schools or open units below it.
    Status closeUnit(const QString& code);

    Result<School> addSchool(const QString& code, const QString& name, const QString& unitCode, Ownership ownership,
                             const QString& taxCode = QString(), const QString& address = QString());
    Result<School> updateSchool(const QString& code, const SchoolChanges& changes);
    // The school keeps its pupils, records, certificates and requests (they hang on the school);
    // its users move to the new unit with it.
    Status moveSchool(const QString& code, const QString& unitCode);
    // Refused while certificates or revocation requests wait for a decision, or records are on
    // their way (confirmed and not sent, or revoked and not confirmed again).
    Status closeSchool(const QString& code);

    // What addUnit accepts as a code (unit and school codes alike).
    static Status checkCode(const QString& code);

    // Many schools written in one transaction (a school list import): the rules, refusals and
    // audit events of addSchool, updateSchool and moveSchool, with the actor's reach read once, each
    // unit looked up once and, when asked, every school read in one query at the first lookup
    // instead of one by one. addSchool, updateSchool and moveSchool are batches of one. Nothing is
    // kept unless commit() succeeds; the audit events are written by commit(), in the order of the
    // changes. Not for use beside other writes of units or schools in the same transaction.
    class SchoolBatch
    {
    public:
        enum class Schools
        {
            ByCode,  // looked up one by one (a few changes)
            ReadAll, // every school read once (an import of many)
        };
        explicit SchoolBatch(UnitAdmin& admin, Schools schools = Schools::ByCode);
        SchoolBatch(const SchoolBatch&) = delete;
        SchoolBatch& operator=(const SchoolBatch&) = delete;

        // A refused actor or a transaction that could not start; every call then fails with it.
        Status status() const { return m_status; }
        Result<School> add(const QString& code, const QString& name, const QString& unitCode, Ownership ownership,
                           const QString& taxCode = QString(), const QString& address = QString());
        Result<School> update(const QString& code, const SchoolChanges& changes);
        Status move(const QString& code, const QString& unitCode);
        // Writes the audit events and commits.
        Status commit();

    private:
        Result<Unit> openUnit(const QString& code);
        Result<std::optional<School>> findSchool(const QString& code);
        Result<School> openSchoolInReach(const QString& code);

        UnitAdmin& m_admin;
        Schools m_schoolsMode;
        Status m_status;
        std::optional<store::Transaction> m_tx;
        QHash<QString, std::optional<Unit>> m_units; // by code, as read in this transaction
        QHash<QString, School> m_schools;            // by code: read, added or changed in this transaction
        bool m_allSchoolsRead = false;
        QList<AuditLog::Entry> m_audit;
    };

private:
    // Permission to administer, on a store that is not an offline copy, with the actor's units read
    // again from the store: a unit moved since sign-in must not stay in (or out of) reach.
    Status begin();
    bool covers(qint64 unitId) const;
    bool storeWide() const;
    Status requireCovered(const Unit& unit) const;
    Result<Unit> unitByCode(const QString& code);
    Result<Unit> openUnitByCode(const QString& code);
    // A closed unit takes no new or changed school, and changes no more itself.
    static Status requireOpen(const Unit& unit);
    // What updating, moving and closing a school need: open and within the actor's units.
    Status requireOpenInReach(const School& school) const;
    Result<School> openSchoolInReach(const QString& code);
    // The level rule of the tree: where a unit of `level` may stand.
    Status checkPlace(const QString& code, UnitLevel level, const std::optional<Unit>& parent) const;

    ServiceContext& m_ctx;
    QList<qint64> m_scope;
};

} // namespace hocbaso::services
