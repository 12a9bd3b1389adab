#include "SqliteBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cerrno>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace hocbaso::store::sqlite_backup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hocbaso::store::sqlite_backup", text);
}

// The connection's own words for what went wrong, or SQLite's for the code.
QString reason(sqlite3* h, int rc)
{
    return QString::fromUtf8(h ? sqlite3_errmsg(h) : sqlite3_errstr(rc));
}

// A failure while writing the copy, in words the user can act on.
Error writeError(sqlite3* h, int rc, const QString& dest)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error::storage(tr("The disk is full: there is not enough space for the copy %1.").arg(dest));
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error::storage(tr("Cannot write %1: the folder is read-only or not yours.").arg(dest));
    default:
        break;
    }
    // An I/O error: what the system said decides the words. A USB stick formatted FAT32 takes no file
    // over 4 GB, and a province's store is larger than that.
    switch (h ? sqlite3_system_errno(h) : 0) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Error::storage(tr("The disk is full: there is not enough space for the copy %1.").arg(dest));
    case EFBIG:
        return Error::storage(tr("The copy %1 is larger than that disk takes in one file (a USB stick formatted "
                                 "FAT32 takes at most 4 GB a file). Choose another disk, or format the stick as "
                                 "exFAT or NTFS.")
                                  .arg(dest));
    case EROFS:
    case EACCES:
    case EPERM:
        return Error::storage(tr("Cannot write %1: the folder is read-only or not yours.").arg(dest));
    default:
        return Error::storage(tr("Copying into %1 failed: %2").arg(dest, reason(h, rc)));
    }
}

// A failure while reading the database that is copied.
Error readError(sqlite3* h, int rc, const QString& source)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return Error::invalid(tr("%1 is not a SQLite database.").arg(source));
    case SQLITE_CORRUPT:
        return Error::invalid(tr("%1 is damaged (truncated or altered): %2").arg(source, reason(h, rc)));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error::storage(tr("Cannot read %1.").arg(source));
    default:
        return Error::storage(tr("Reading %1 failed: %2").arg(source, reason(h, rc)));
    }
}

struct Connection
{
    sqlite3* h = nullptr;
    ~Connection() { close(); }
    int close()
    {
        const int rc = h ? sqlite3_close_v2(h) : SQLITE_OK;
        h = nullptr;
        return rc;
    }
};

// Runs one statement and returns its first column of the first row (PRAGMA answers).
int firstText(sqlite3* h, const char* sql, QString* text)
{
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        if (text)
            *text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        rc = SQLITE_OK;
    } else if (rc == SQLITE_DONE) {
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

bool syncPath(const QString& path, bool directory)
{
#ifdef Q_OS_WIN
    Q_UNUSED(directory);
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(f.handle())));
#else
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

} // namespace

void removeWithJournal(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

Status copyDatabase(const QString& source, const QString& dest, const Progress& progress, const QString& takenAt)
{
    // Created empty with the owner's permissions before SQLite opens it: the copy holds the same
    // personal data as the store, and must never exist with wider permissions, even for a moment.
    removeWithJournal(dest);
    {
        QFile f(dest);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::storage(tr("Cannot write %1: %2").arg(dest, f.errorString()));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    auto fail = [&](Error e) -> Status {
        removeWithJournal(dest);
        return e;
    };

    Connection src;
    int rc = sqlite3_open_v2(QFile::encodeName(source).constData(), &src.h, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK)
        return fail(readError(src.h, rc, source));
    sqlite3_busy_timeout(src.h, 10000);
    // One read transaction for the whole copy: every step reads the same snapshot, so the copy is
    // consistent and SQLite never restarts it because another connection committed meanwhile.
    if ((rc = sqlite3_exec(src.h, "BEGIN", nullptr, nullptr, nullptr)) != SQLITE_OK ||
        (rc = firstText(src.h, "SELECT count(*) FROM sqlite_master", nullptr)) != SQLITE_OK)
        return fail(readError(src.h, rc, source));

    Connection dst;
    rc = sqlite3_open_v2(QFile::encodeName(dest).constData(), &dst.h, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK)
        return fail(writeError(dst.h, rc, dest));
    sqlite3_busy_timeout(dst.h, 10000);
    // Each commit into the copy reaches the disk before the copy is called done.
    sqlite3_exec(dst.h, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);

    sqlite3_backup* b = sqlite3_backup_init(dst.h, "main", src.h, "main");
    if (!b)
        return fail(writeError(dst.h, sqlite3_errcode(dst.h), dest));
    qint64 pages = 0;
    for (;;) {
        rc = sqlite3_backup_step(b, 256);
        pages = sqlite3_backup_pagecount(b);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Only a checkpoint or a recovery of the source holds it this briefly.
            sqlite3_sleep(20);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const qint64 total = sqlite3_backup_pagecount(b);
        if (progress && !progress(total - sqlite3_backup_remaining(b), total)) {
            sqlite3_backup_finish(b);
            return fail(Error::refused(tr("The copy was cancelled.")));
        }
    }
    const int stepRc = rc;
    const int finishRc = sqlite3_backup_finish(b);
    if (stepRc != SQLITE_DONE) {
        // A failure to read the source is the source's fault; anything else is the target's.
        const int srcRc = sqlite3_errcode(src.h);
        if ((stepRc & 0xff) == SQLITE_NOTADB || (stepRc & 0xff) == SQLITE_CORRUPT ||
            (srcRc != SQLITE_OK && srcRc != SQLITE_DONE && srcRc != SQLITE_ROW))
            return fail(readError(src.h, stepRc, source));
        return fail(writeError(dst.h, stepRc, dest));
    }
    if (finishRc != SQLITE_OK)
        return fail(writeError(dst.h, finishRc, dest));
    if (progress)
        progress(pages, pages);
    sqlite3_exec(src.h, "COMMIT", nullptr, nullptr, nullptr);
    src.close();

    // The source's header says write-ahead log; a copy is one file, with nothing beside it.
    QString mode;
    if ((rc = firstText(dst.h, "PRAGMA journal_mode = DELETE", &mode)) != SQLITE_OK)
        return fail(writeError(dst.h, rc, dest));
    if (!takenAt.isEmpty()) {
        sqlite3_stmt* st = nullptr;
        rc = sqlite3_prepare_v2(dst.h, "INSERT OR REPLACE INTO meta(key, value) VALUES ('backup_taken_at', ?)", -1, &st,
                                nullptr);
        if (rc == SQLITE_OK) {
            const QByteArray at = takenAt.toUtf8();
            sqlite3_bind_text(st, 1, at.constData(), int(at.size()), SQLITE_TRANSIENT);
            rc = sqlite3_step(st);
            sqlite3_finalize(st);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        // A source without hocbaso's meta table is copied as it is (nothing to note it in).
        if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_ERROR)
            return fail(writeError(dst.h, rc, dest));
    }
    if ((rc = dst.close()) != SQLITE_OK)
        return fail(writeError(nullptr, rc, dest));
    if (!syncPath(dest, false))
        return fail(Error::storage(tr("Cannot write %1 to the disk.").arg(dest)));
    return {};
}

Result<CopyFacts> inspectCopy(Database& db)
{
    CopyFacts f;
    {
        auto q = db.run(QStringLiteral("PRAGMA integrity_check"));
        if (!q)
            return q.error();
        if ((*q)->next()) {
            const QString first = (*q)->value(0).toString();
            f.integrityOk = first == QLatin1String("ok");
            if (!f.integrityOk)
                f.integrityProblem = first;
        }
    }
    {
        auto tables = db.run(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                           "('schema_migrations', 'meta', 'units', 'schools', 'users', 'audit_events', 'records')"));
        if (!tables)
            return tables.error();
        f.isHocbaso = (*tables)->next() && (*tables)->value(0).toInt() == 7;
    }
    if (!f.integrityOk || !f.isHocbaso)
        return f;
    {
        auto q = db.run(QStringLiteral("PRAGMA foreign_key_check"));
        if (!q)
            return q.error();
        while ((*q)->next())
            ++f.foreignKeyProblems;
    }
    {
        auto q = db.run(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
        if (!q)
            return q.error();
        if ((*q)->next())
            f.schemaVersion = (*q)->value(0).toInt();
    }
    {
        auto q = db.run(QStringLiteral("SELECT value FROM meta WHERE key = 'backup_taken_at'"));
        if (!q)
            return q.error();
        if ((*q)->next())
            f.takenAt = (*q)->value(0).toString();
    }
    return f;
}

Result<std::unique_ptr<StoreHold>> StoreHold::take(const QString& path)
{
    std::unique_ptr<StoreHold> hold(new StoreHold);
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &hold->m_handle, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK)
        return readError(hold->m_handle, rc, path);
    sqlite3_busy_timeout(hold->m_handle, 3000);
    const Error inUse = Error::conflict(
        QCoreApplication::translate("hocbaso::store::sqlite_backup::StoreHold",
                                    "The store %1 is open in another program or window: close it there and try again.")
            .arg(path));
    // Leaving write-ahead-log mode needs the only connection to the file: this both empties the
    // log into the file (nothing of the old store stays in a -wal beside the new one) and proves
    // that nobody else has the store open.
    QString mode;
    rc = firstText(hold->m_handle, "PRAGMA journal_mode = DELETE", &mode);
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return inUse;
    if (rc != SQLITE_OK)
        return readError(hold->m_handle, rc, path);
    if (mode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return inUse;
    rc = sqlite3_exec(hold->m_handle, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return inUse;
    if (rc != SQLITE_OK)
        return readError(hold->m_handle, rc, path);
    return hold;
}

StoreHold::~StoreHold()
{
    if (m_handle) {
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_handle);
    }
}

Status renameDurably(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    if (!MoveFileExW(reinterpret_cast<LPCWSTR>(from.utf16()), reinterpret_cast<LPCWSTR>(to.utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return Error::storage(tr("Cannot put %1 in the place of %2.").arg(from, to));
#else
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error::storage(
            tr("Cannot put %1 in the place of %2: %3").arg(from, to, QString::fromLocal8Bit(strerror(errno))));
    // The rename itself reaches the disk only with its folder.
    syncPath(QFileInfo(to).absolutePath(), true);
#endif
    return {};
}

Status replaceFile(const QString& path, const QString& replacement, const QString& keepAs)
{
    if (QFileInfo::exists(path)) {
        bool kept = false;
#ifndef Q_OS_WIN
        // A second name for the old file: nothing is copied, and `path` never stops existing.
        kept = ::link(QFile::encodeName(path).constData(), QFile::encodeName(keepAs).constData()) == 0;
#endif
        if (!kept) {
            if (!QFile::copy(path, keepAs))
                return Error::storage(tr("Cannot keep the current store as %1.").arg(keepAs));
            QFile::setPermissions(keepAs, QFile::ReadOwner | QFile::WriteOwner);
            if (!syncPath(keepAs, false))
                return Error::storage(tr("Cannot keep the current store as %1.").arg(keepAs));
        }
    }
    return renameDurably(replacement, path);
}

} // namespace hocbaso::store::sqlite_backup
