#include "StoreBackup.h"

#include "AuditLog.h"
#include "StoreInfo.h"
#include "core/DisplayDates.h"
#include "store/Migrator.h"
#include "store/ReplicaRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace hocbaso::services {
namespace {

namespace backup = store::sqlite_backup;

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("hocbaso::services::StoreBackup", text, comment, n);
}

constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// Whether two paths name the same file (symbolic links followed, hard links included).
bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo fa(a), fb(b);
    if (!fa.exists() || !fb.exists())
        return false;
    if (fa.canonicalFilePath() == fb.canonicalFilePath())
        return true;
#ifndef Q_OS_WIN
    struct stat sa
    {
    }, sb{};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    return false;
}

// The store's file or one SQLite keeps beside it: a copy there would destroy what it copies.
bool isPartOfStore(const QString& storePath, const QString& target)
{
    const QString absTarget = QFileInfo(target).absoluteFilePath();
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString part = storePath + suffix;
        if (QFileInfo(part).absoluteFilePath() == absTarget || sameFile(part, target))
            return true;
    }
    return false;
}

qint64 megabytes(qint64 bytes)
{
    return (bytes + (1 << 20) - 1) >> 20;
}

// A folder for copies: made the owner's alone when it is made here.
Status prepareFolder(const QString& folder)
{
    const QFileInfo fi(folder);
    if (fi.exists() && !fi.isDir())
        return Error::storage(QCoreApplication::translate("hocbaso::services::StoreBackup",
                                                          "Cannot write the copy into %1: it is not a folder.")
                                  .arg(folder));
    if (!fi.exists()) {
        if (!QDir().mkpath(folder))
            return Error::storage(QCoreApplication::translate("hocbaso::services::StoreBackup",
                                                              "Cannot create the folder %1 for the copy.")
                                      .arg(folder));
        QFile::setPermissions(folder, kOwnerFolder);
    }
    if (!QFileInfo(folder).isWritable())
        return Error::storage(
            QCoreApplication::translate("hocbaso::services::StoreBackup",
                                        "Cannot write into the folder %1: it is read-only or not yours.")
                .arg(folder));
    return {};
}

QString uniqueName(const QString& base)
{
    QString name = base;
    for (int i = 2; QFileInfo::exists(name); ++i)
        name = base + QLatin1Char('-') + QString::number(i);
    return name;
}

} // namespace

QString RestoreReport::description() const
{
    const QString when = takenAt.isValid()
                             ? text::dateTimeText(takenAt)
                             : QCoreApplication::translate("hocbaso::services::StoreBackup", "an unknown date");
    return QCoreApplication::translate(
               "hocbaso::services::StoreBackup",
               "A copy of %1 (schema version %2): %3 school(s), %4 record(s), %5 audit event(s).")
        .arg(when)
        .arg(schemaVersion)
        .arg(schools)
        .arg(records)
        .arg(auditEvents);
}

QString RestoreReport::summary() const
{
    const QString when = takenAt.isValid()
                             ? text::dateTimeText(takenAt)
                             : QCoreApplication::translate("hocbaso::services::StoreBackup", "an unknown date");
    QString s = QCoreApplication::translate(
                    "hocbaso::services::StoreBackup",
                    "Restored the copy of %1: %2 school(s), %3 record(s), %4 audit event(s), the audit log intact.")
                    .arg(when)
                    .arg(schools)
                    .arg(records)
                    .arg(auditEvents);
    if (!keptAs.isEmpty())
        s += QLatin1Char(' ') +
             QCoreApplication::translate("hocbaso::services::StoreBackup", "The replaced store is kept as %1.")
                 .arg(keptAs);
    if (replica)
        s += QLatin1Char(' ') +
             QCoreApplication::translate(
                 "hocbaso::services::StoreBackup",
                 "This is an offline copy: the next sync brings it up to date with the server (what was decided "
                 "after the copy on this computer and not yet sent is lost).");
    return s;
}

Error StoreBackup::notForPostgres()
{
    return Error::refused(
        tr("The central store (PostgreSQL) is backed up on its server, not by this program: use pg_dump, or base "
           "backups (pg_basebackup) with the write-ahead log archived; see the README, section Backups."));
}

QString StoreBackup::backupsFolder(const QString& storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList StoreBackup::dailyCopies(const QString& storePath)
{
    const QDir dir(backupsFolder(storePath));
    const QString pattern = QFileInfo(storePath).completeBaseName() + QStringLiteral("-\?\?\?\?-\?\?-\?\?.sqlite");
    QStringList names = dir.entryList({pattern}, QDir::Files, QDir::Name);
    for (QString& n : names)
        n = dir.filePath(n);
    return names;
}

Result<BackupResult> StoreBackup::backup(store::Database& db, const QString& target, const Progress& progress)
{
    if (db.isPostgres())
        return notForPostgres();
    return backupFile(db.spec().sqlitePath, target, progress);
}

Result<BackupResult> StoreBackup::backupFile(const QString& storePath, const QString& target, const Progress& progress)
{
    if (target.trimmed().isEmpty())
        return Error::invalid(tr("Name the file for the copy."));
    if (!QFileInfo::exists(storePath))
        return Error::notFound(tr("The store %1 does not exist.").arg(storePath));
    if (isPartOfStore(storePath, target))
        return Error::invalid(
            tr("%1 is the store itself (or one of its files): choose another file for the copy.").arg(target));
    const QFileInfo t(target);
    if (t.isDir())
        return Error::invalid(tr("%1 is a folder: name a file for the copy.").arg(target));
    const QString folder = t.absolutePath();
    if (auto s = prepareFolder(folder); !s)
        return s.error();
    // The copy is as large as the store with its log; refuse before writing anything when it cannot fit.
    const qint64 needed = QFileInfo(storePath).size() + QFileInfo(storePath + QStringLiteral("-wal")).size();
    const QStorageInfo disk(folder);
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < needed)
        return Error::storage(tr("The disk of %1 is full: the copy needs about %2 MB and %3 MB are free.")
                                  .arg(folder)
                                  .arg(megabytes(needed))
                                  .arg(megabytes(disk.bytesAvailable())));

    // Written under a temporary name and renamed when whole: `target` is never half a copy.
    const QString temp =
        t.absoluteFilePath() + QStringLiteral(".partial-") + QString::number(QCoreApplication::applicationPid());
    const QString takenAt = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    if (auto s = backup::copyDatabase(storePath, temp, progress, takenAt); !s)
        return s.error();

    BackupResult out;
    {
        auto spec = store::ConnectionSpec::sqlite(temp, false);
        spec.writeAheadLog = false;
        auto db = store::Database::open(spec);
        if (!db) {
            backup::removeWithJournal(temp);
            return db.error();
        }
        auto version = store::Migrator(**db).currentVersion();
        if (!version) {
            db->reset();
            backup::removeWithJournal(temp);
            return version.error();
        }
        out.schemaVersion = *version;
        ServiceContext ctx{**db, m_clock, Actor::systemActor(), QDate(), nullptr};
        auto v = AuditLog(ctx).verify();
        out.auditOk = v && v->ok;
        out.auditEvents = v ? v->events : 0;
    }
    if (auto s = backup::renameDurably(temp, t.absoluteFilePath()); !s) {
        backup::removeWithJournal(temp);
        return s.error();
    }
    out.file = t.absoluteFilePath();
    out.bytes = QFileInfo(out.file).size();
    return out;
}

Result<RestoreReport> StoreBackup::verifyCopy(const QString& path, const QString& shownName)
{
    auto refuse = [&](const QString& why) {
        return Error::invalid(tr("%1 cannot be restored: %2 Nothing was changed.").arg(shownName, why));
    };
    auto spec = store::ConnectionSpec::sqlite(path, false);
    spec.writeAheadLog = false;
    auto db = store::Database::open(spec);
    if (!db)
        return refuse(db.errorString());
    auto facts = backup::inspectCopy(**db);
    if (!facts)
        return refuse(tr("it is damaged or not a database (%1).").arg(facts.errorString()));
    if (!facts->integrityOk)
        return refuse(tr("it is damaged (the integrity check says: %1).").arg(facts->integrityProblem));
    if (!facts->isHocbaso)
        return refuse(tr("it is not a hocbaso store or backup."));
    if (facts->foreignKeyProblems > 0)
        return refuse(tr("%n row(s) in it point to rows that are not there.", nullptr, int(facts->foreignKeyProblems)));
    store::Migrator migrator(**db);
    if (facts->schemaVersion > migrator.latestVersion())
        return refuse(tr("it was made by a newer hocbaso (schema version %1; this program knows up to %2). Update "
                         "the program first.")
                          .arg(facts->schemaVersion)
                          .arg(migrator.latestVersion()));
    // An older copy is brought to this program's schema here, on the copy, as opening it would.
    if (facts->schemaVersion < migrator.latestVersion()) {
        if (auto m = migrator.migrate(); !m)
            return refuse(m.errorString());
    }
    ServiceContext ctx{**db, m_clock, Actor::systemActor(), QDate(), nullptr};
    auto chain = AuditLog(ctx).verify();
    if (!chain)
        return refuse(chain.errorString());
    if (!chain->ok)
        return refuse(tr("its audit log does not verify (%1).").arg(chain->problem));
    auto counts = storeCounts(**db);
    if (!counts)
        return refuse(counts.errorString());
    RestoreReport r;
    r.takenAt = QDateTime::fromString(facts->takenAt, Qt::ISODateWithMs);
    r.schemaVersion = counts->schemaVersion;
    r.schools = counts->schools;
    r.records = counts->records;
    r.auditEvents = counts->auditEvents;
    auto login = store::ReplicaRepository(**db).state(store::replica_state::kLogin);
    r.replica = login && !login->isEmpty();
    return r;
}

Result<RestoreReport> StoreBackup::check(const QString& copy, const Progress& progress)
{
    if (!QFileInfo::exists(copy))
        return Error::notFound(tr("The backup %1 does not exist.").arg(copy));
    // Checked on a copy of its own: the user's file is only read.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::storage(tr("Cannot make a temporary folder to check the copy."));
    const QString temp = dir.filePath(QStringLiteral("check.sqlite"));
    if (auto s = backup::copyDatabase(copy, temp, progress); !s)
        return Error::invalid(tr("%1 cannot be restored: %2").arg(copy, s.errorString()));
    return verifyCopy(temp, copy);
}

Result<RestoreReport> StoreBackup::restore(const QString& storePath, const QString& from, const Progress& progress)
{
    const QFileInfo store(storePath);
    if (!QFileInfo::exists(from))
        return Error::notFound(tr("The backup %1 does not exist.").arg(from));
    if (isPartOfStore(storePath, from))
        return Error::invalid(tr("%1 is the store itself: choose a backup copy to restore.").arg(from));
    if (auto s = prepareFolder(store.absolutePath()); !s)
        return s.error();

    // The copy is made beside the store (the same disk, so that the final rename is atomic) and
    // checked there; a restore killed before left its temporary file, which goes now.
    const QString temp = store.absoluteFilePath() + QStringLiteral(".restoring");
    backup::removeWithJournal(temp);
    if (auto s = backup::copyDatabase(from, temp, progress); !s) {
        if (s.error().kind == ErrorKind::Invalid)
            return Error::invalid(tr("%1 cannot be restored: %2 Nothing was changed.").arg(from, s.errorString()));
        return s.error();
    }
    auto report = verifyCopy(temp, from);
    if (!report) {
        backup::removeWithJournal(temp);
        return report.error();
    }
    const Error stopped = Error::refused(tr("The restore was stopped before it replaced the store."));
    if (!step(RestoreStep::Checked)) {
        backup::removeWithJournal(temp);
        return stopped;
    }

    std::unique_ptr<backup::StoreHold> hold;
    if (store.exists()) {
        auto h = backup::StoreHold::take(store.absoluteFilePath());
        if (!h) {
            backup::removeWithJournal(temp);
            return h.error();
        }
        hold = std::move(h).value();
        // A journal left beside the store would be played into the new file when it is opened.
        for (const char* suffix : {"-journal", "-wal"}) {
            if (QFileInfo::exists(store.absoluteFilePath() + QLatin1String(suffix))) {
                hold.reset();
                backup::removeWithJournal(temp);
                return Error::conflict(
                    tr("The store %1 is open in another program or window: close it there and try again.")
                        .arg(storePath));
            }
        }
    }
    if (!step(RestoreStep::Held)) {
        hold.reset();
        backup::removeWithJournal(temp);
        return stopped;
    }
    const QString keepAs = store.exists()
                               ? uniqueName(store.absoluteFilePath() + QStringLiteral(".before-restore-") +
                                            m_clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                               : QString();
    if (auto s = backup::replaceFile(store.absoluteFilePath(), temp, keepAs); !s) {
        hold.reset();
        backup::removeWithJournal(temp);
        return s.error();
    }
    hold.reset();
    QFile::setPermissions(store.absoluteFilePath(), kOwnerFile);
    report->file = store.absoluteFilePath();
    report->keptAs = keepAs;
    step(RestoreStep::Replaced);
    return report;
}

Result<std::optional<BackupResult>> StoreBackup::daily(const QString& storePath, int keep)
{
    const QString folder = backupsFolder(storePath);
    if (auto s = prepareFolder(folder); !s)
        return s.error();
    // The folder holds copies of children's personal data: its owner's alone, whoever made it.
    QFile::setPermissions(folder, kOwnerFolder);
    const QString base = QFileInfo(storePath).completeBaseName();
    const QString today = QDir(folder).filePath(
        base + QLatin1Char('-') + m_clock.today().toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".sqlite"));
    std::optional<BackupResult> made;
    if (!QFileInfo::exists(today)) {
        // Partial copies of a run that was killed.
        const QDir dir(folder);
        for (const QString& stale : dir.entryList({base + QStringLiteral("-*.partial-*")}, QDir::Files))
            backup::removeWithJournal(dir.filePath(stale));
        auto copy = backupFile(storePath, today);
        if (!copy)
            return copy.error();
        made = std::move(copy).value();
    }
    QStringList copies = dailyCopies(storePath);
    while (copies.size() > std::max(keep, 1))
        QFile::remove(copies.takeFirst());
    return made;
}

} // namespace hocbaso::services
