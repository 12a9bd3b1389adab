#pragma once

#include "LockInheritance.h"
#include "ServiceContext.h"

#include <functional>
#include <optional>

namespace hocbaso::services {

// Where a lock date comes from: the unit-wide setting or the school's own.
enum class LockSource
{
    None,
    Unit,
    School
};
QString toText(LockSource s);

// The lock dates that apply to one school and grade in one school year (6.2).
struct EffectiveLock
{
    qint64 schoolId = 0;
    QString schoolCode;
    QString schoolName;
    int grade = 1;
    int schoolYear = 0;
    QDate receive;
    LockSource receiveSource = LockSource::None;
    QDate revoke;
    LockSource revokeSource = LockSource::None;
    // The unit whose unit-wide setting gives each date (empty when the school's own does, or unset):
    // the school's unit or one above it.
    QString receiveUnitCode, receiveUnitName;
    QString revokeUnitCode, revokeUnitName;
    // The row's source as CLI.md reports it: school when the school has its own row, else unit.
    LockSource source = LockSource::None;
    // "31/05/2027 (set for the whole unit)" — used in refusals.
    QString describeReceive() const;
    QString describeRevoke() const;
};

struct LockChange
{
    bool allSchools = false; // the unit-wide setting (Cách 1 "tất cả trường")
    QStringList schoolCodes; // or these schools' own settings
    QList<int> grades;       // 1-5; empty = all five
    std::optional<int> schoolYear;
    std::optional<QDate> receive;
    std::optional<QDate> revoke;
};

// One row of the lock table edited in place (6.2, Cách 2): a school's grade, and for each date
// nothing (unchanged), an invalid date (the school's own date goes, the unit-wide one applies
// again) or a date (the school's own from now on).
struct LockEdit
{
    QString schoolCode;
    int grade = 1;
    std::optional<QDate> receive;
    std::optional<QDate> revoke;
};

// A lock-date change made offline, as the sync applies it: last writer wins by HLC stamp.
struct StampedLockChange
{
    qint64 unitId = 0;
    int schoolYear = 0;
    qint64 schoolId = 0; // 0: the unit-wide row
    int grade = 1;
    bool clear = false; // the school's own row goes back to the unit-wide one
    std::optional<QDate> receive;
    std::optional<QDate> revoke;
    QString hlc;
};

struct StampedLockOutcome
{
    bool applied = false;
    // When not applied: the row whose stamp is newer (it stays).
    LockSetting current;
    bool currentCleared = false;
};

class LockService
{
public:
    // Asked before saving a date that is already past; false cancels (nothing saved).
    using Confirm = std::function<bool(const QString& question)>;

    explicit LockService(ServiceContext& ctx) : m_ctx(ctx) {}

    int defaultYear() const;
    Result<QList<EffectiveLock>> effective(int schoolYear, const QString& schoolCode = {});
    Result<EffectiveLock> effectiveFor(qint64 schoolId, int schoolYear, int grade);
    Status set(const LockChange& change, const Confirm& confirm);
    // Returns schools to the unit-wide setting (removes their own rows).
    Status clear(const QString& schoolCode, const QList<int>& grades, std::optional<int> schoolYear);
    // Saves the edited rows of one school year together: each checked by the rules of set() and
    // clear(), one question for all the past dates among them, then every row in one transaction
    // (audited and put in the outbox as set() and clear() do). A refused row saves nothing.
    // Returns the number of rows saved.
    Result<int> applyEdits(int schoolYear, const QList<LockEdit>& edits, const Confirm& confirm);

    static Status validateGrades(const QList<int>& grades);

    // Applies one row's change made offline when its stamp is newer than the row's (whoever wrote
    // that), auditing the value it overwrites; otherwise leaves the row and says which one stays.
    Result<StampedLockOutcome> applyStamped(const StampedLockChange& change);

    // "unit/year/school/grade": the outbox key of one lock row.
    static QString rowKey(qint64 unitId, int schoolYear, qint64 schoolId, int grade);

private:
    // set() with the past-date question already answered yes by the caller (applyEdits).
    Status set(const LockChange& change, const Confirm& confirm, bool pastDatesConfirmed);
    // The question for past dates among `dates` (dd/MM/yyyy, each once); empty when none is past.
    QStringList pastDays(const QList<std::optional<QDate>>& dates) const;
    Status confirmPast(const QStringList& past, const Confirm& confirm) const;
    Result<qint64> actingUnit() const;
    // The units and one school year's rows, to resolve dates down the tree.
    Result<LockInheritance> inheritance(int schoolYear);
    // The stamp of a change to a row stamped `after`: from the replica's clock when offline, else
    // from this program's clock, above `after` either way.
    Result<QString> nextStamp(const QString& after);
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
