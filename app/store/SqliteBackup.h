#pragma once

#include "Database.h"

#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace hocbaso::store::sqlite_backup {

// Called between steps of a copy with the pages copied and the pages in all; returning false
// stops the copy (it then fails and leaves nothing behind).
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Copies the SQLite database `source` into the new file `dest` with SQLite's online backup API.
// The whole copy runs inside one read transaction of its own connection on the source, so that it
// is one moment of the store even while other connections and processes write (the store is in
// write-ahead-log mode: writers never wait for it, and it never restarts). The copy is made
// self-contained (rollback journal, no -wal beside it), mode 0600 from its creation, synced to
// disk when this returns. `takenAt` (ISO 8601), when given, is written into the copy's meta table
// as the moment of the copy, for the restore to tell. On failure `dest` is removed.
Status copyDatabase(const QString& source, const QString& dest, const Progress& progress = {},
                    const QString& takenAt = {});

// What the store layer reads in a copy before a restore may use it.
struct CopyFacts
{
    bool integrityOk = false;
    QString integrityProblem;      // the first line of PRAGMA integrity_check when not "ok"
    qint64 foreignKeyProblems = 0; // rows of PRAGMA foreign_key_check
    bool isHocbaso = false;        // has hocbaso's own tables (schema_migrations, meta, units, ...)
    int schemaVersion = 0;         // the highest migration recorded
    QString takenAt;               // meta backup_taken_at, empty when the copy does not say
};
// Fails only when the file cannot be read as a SQLite database at all.
Result<CopyFacts> inspectCopy(Database& db);

// Holds the store file at `path` for its replacement: its write-ahead log is checkpointed into the
// file and the file switched to a rollback journal (which SQLite allows only when no other
// connection has it open: refused otherwise), then an exclusive lock is kept on it until this is
// destroyed, so nobody writes into the old file while it is being replaced.
class StoreHold
{
public:
    static Result<std::unique_ptr<StoreHold>> take(const QString& path);
    ~StoreHold();
    StoreHold(const StoreHold&) = delete;
    StoreHold& operator=(const StoreHold&) = delete;

private:
    StoreHold() = default;
    sqlite3* m_handle = nullptr;
};

// Puts `replacement` in the place of `path` in one rename (atomic: whoever opens `path` gets the
// old file or the new one, never a mixture, even after kill -9), keeping the old file under
// `keepAs` first (a hard link, or a copy where links are not possible). The folder is synced.
Status replaceFile(const QString& path, const QString& replacement, const QString& keepAs);
// Renames `from` to `to` (replacing `to`) and syncs the folder.
Status renameDurably(const QString& from, const QString& to);
// Removes a file and the journal SQLite may have left beside it.
void removeWithJournal(const QString& path);

} // namespace hocbaso::store::sqlite_backup
