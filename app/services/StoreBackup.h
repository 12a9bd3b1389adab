#pragma once

#include "ServiceContext.h"
#include "store/SqliteBackup.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace hocbaso::services {

// A copy that was made (`backup --to`).
struct BackupResult
{
    QString file;
    qint64 bytes = 0;
    int schemaVersion = 0;
    bool auditOk = false; // the copy's audit chains verify
    qint64 auditEvents = 0;
};

// What a restore put in place, for the user to read.
struct RestoreReport
{
    QString file;      // the store
    QString keptAs;    // the replaced file, beside it (empty when there was no store)
    QDateTime takenAt; // when the copy was made (invalid when the copy does not say)
    int schemaVersion = 0;
    qint64 schools = 0;
    qint64 records = 0;
    qint64 auditEvents = 0;
    bool replica = false; // an offline copy of a unit (the next sync brings it up to date)
    // "The copy of <date> is restored: N schools, N records, N audit events..." in the user's language.
    QString summary() const;
    // The same for the checks before a restore (nothing replaced yet): what the copy holds.
    QString description() const;
};

// The steps of a restore after which it can be stopped (tests; the CLI's fault injection).
enum class RestoreStep
{
    Checked,  // the copy is beside the store, checked; nothing of the store touched
    Held,     // the store is emptied of its log and locked; not replaced yet
    Replaced, // the copy is the store
};

// Backups of a SQLite store (the local store or an offline replica): consistent copies made while
// others write (SQLite's online backup API), restores that check a copy fully before they replace
// anything and replace in one rename, keeping the old file beside, and the daily copy kept for a
// week. A central (PostgreSQL) store is refused: its server is backed up with pg_dump or base
// backups (README).
class StoreBackup
{
public:
    using Progress = store::sqlite_backup::Progress;
    explicit StoreBackup(const Clock& clock) : m_clock(clock) {}

    // A copy of the store `db` is connected to, into `target` (replaced when it exists).
    Result<BackupResult> backup(store::Database& db, const QString& target, const Progress& progress = {});
    // The same by the store's path.
    Result<BackupResult> backupFile(const QString& storePath, const QString& target, const Progress& progress = {});

    // Reads and checks a copy as a restore does, changing nothing (the window asks for
    // confirmation with what it holds).
    Result<RestoreReport> check(const QString& copy, const Progress& progress = {});
    // Replaces the store at `storePath` (which no connection may have open) with the copy `from`,
    // once the copy is checked: integrity, foreign keys, the audit chains, a hocbaso store of a
    // schema this program knows. The replaced store stays beside as
    // `<store>.before-restore-<date-time>`. Killed at any point, the store is the old one or the
    // new one, whole.
    Result<RestoreReport> restore(const QString& storePath, const QString& from, const Progress& progress = {});
    // Called after each step of a restore; returning false stops the restore there (tests).
    void setStepHook(std::function<bool(RestoreStep)> hook) { m_stepHook = std::move(hook); }

    // The daily copy: `backups/<store name>-YYYY-MM-DD.sqlite` beside the store, made once a day
    // (nullopt when today's is there already), keeping the newest `keep`.
    Result<std::optional<BackupResult>> daily(const QString& storePath, int keep = 7);
    static QString backupsFolder(const QString& storePath);
    static QStringList dailyCopies(const QString& storePath);

    // Why a central store is not copied here.
    static Error notForPostgres();

private:
    Result<RestoreReport> verifyCopy(const QString& path, const QString& shownName);
    bool step(RestoreStep s) { return !m_stepHook || m_stepHook(s); }

    const Clock& m_clock;
    std::function<bool(RestoreStep)> m_stepHook;
};

} // namespace hocbaso::services
