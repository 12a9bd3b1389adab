#include "support/CliDemoSuite.h"
#include "support/DemoStore.h"
#include "support/TestStore.h"

#include "services/AuditLog.h"
#include "services/StoreBackup.h"
#include "services/StoreInfo.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include <sys/stat.h>

using namespace hocbaso;
using services::RestoreStep;
using services::StoreBackup;

namespace {

QByteArray digestOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The file's permission bits (0600, 0700...).
unsigned modeOf(const QString& path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 0777) : 0u;
}

bool execOnFile(const QString& path, const QString& sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-test"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-test"));
    return ok;
}

// What a store file holds, and whether it passes the checks a restore makes: opened as the program
// opens it.
struct Health
{
    bool opened = false;
    bool integrityOk = false;
    bool auditOk = false;
    services::StoreCounts counts;
};

Health healthOf(const QString& path, const Clock& clock)
{
    Health h;
    auto db = store::Database::open(store::ConnectionSpec::sqlite(path, false));
    if (!db)
        return h;
    h.opened = true;
    auto q = (*db)->run(QStringLiteral("PRAGMA integrity_check"));
    h.integrityOk = q && (*q)->next() && (*q)->value(0).toString() == QLatin1String("ok");
    services::ServiceContext ctx{**db, clock, services::Actor::systemActor(), QDate(), nullptr};
    auto v = services::AuditLog(ctx).verify();
    h.auditOk = v && v->ok;
    if (auto c = services::storeCounts(**db))
        h.counts = *c;
    return h;
}

// A demo store and, beside it, a store file no connection holds open (what a restore replaces).
class StoreBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        m_store = test::TestStore::create(store::Dialect::Sqlite, &why);
        ASSERT_TRUE(m_store) << why.toStdString();
        auto demo = test::fillWithDemo(*m_store, 2, 40, false);
        ASSERT_TRUE(demo) << demo.errorString().toStdString();
        m_live = m_dir.filePath(QStringLiteral("live.sqlite"));
        auto copy = StoreBackup(m_store->clock()).backupFile(m_store->sqlitePath(), m_live);
        ASSERT_TRUE(copy) << copy.errorString().toStdString();
        m_good = m_dir.filePath(QStringLiteral("good-backup.sqlite"));
        ASSERT_TRUE(QFile::copy(m_live, m_good));
    }

    std::unique_ptr<test::TestStore> m_store;
    QTemporaryDir m_dir;
    QString m_live;
    QString m_good;
};

} // namespace

TEST_F(StoreBackupTest, CopyTakenWhileAnotherThreadWritesRestoresToAStoreThatVerifies)
{
    auto unit = m_store->db().run(QStringLiteral("SELECT id FROM units ORDER BY id LIMIT 1"));
    ASSERT_TRUE(unit && (*unit)->next());
    const qint64 unitId = (*unit)->value(0).toLongLong();

    // Another connection decides 1,000 times: each a change of a row and its chained audit event
    // in one transaction, as a decision is written.
    constexpr int kDecisions = 1000;
    std::atomic<int> committed{0};
    std::atomic<bool> failed{false};
    const store::ConnectionSpec spec = m_store->spec();
    const Clock& clock = m_store->clock();
    std::thread writer([&] {
        auto db = store::Database::open(spec);
        if (!db) {
            failed = true;
            return;
        }
        services::ServiceContext ctx{**db, clock, services::Actor::systemActor(), QDate(), nullptr};
        for (int i = 0; i < kDecisions && !failed; ++i) {
            store::Transaction t(**db);
            const bool ok = (*db)->run(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('decided', ?)"),
                                       {QString::number(i)}) &&
                            services::AuditLog(ctx)
                                .append(unitId, QStringLiteral("certificate.approve"), QStringLiteral("certificate"),
                                        QString::number(i), QJsonObject{{QStringLiteral("n"), i}})
                                .ok() &&
                            t.commit().ok();
            if (!ok)
                failed = true;
            ++committed;
        }
    });
    // The copy starts once decisions are under way, and does not finish (its read transaction
    // stays open) until more were committed meanwhile: the writes and the copy overlap.
    while (committed < 100 && !failed)
        std::this_thread::yield();
    int atCopyStart = committed;
    bool overlapped = false;
    const QString target = m_dir.filePath(QStringLiteral("while-writing/copy.sqlite"));
    auto copy = StoreBackup(clock).backupFile(m_store->sqlitePath(), target, [&](qint64 done, qint64 total) {
        if (done == total && !overlapped) {
            while (committed < std::min(atCopyStart + 200, kDecisions) && !failed)
                std::this_thread::yield();
            overlapped = true;
        }
        return true;
    });
    writer.join();
    ASSERT_FALSE(failed);
    ASSERT_TRUE(copy) << copy.errorString().toStdString();
    EXPECT_TRUE(overlapped);
    EXPECT_TRUE(copy->auditOk);
    EXPECT_EQ(modeOf(target), 0600u);
    EXPECT_EQ(modeOf(QFileInfo(target).absolutePath()), 0700u);

    // Restored into a new place, the copy is a store whose checks pass.
    const QString restored = m_dir.filePath(QStringLiteral("restored/hocbaso.sqlite"));
    auto report = StoreBackup(clock).restore(restored, target);
    ASSERT_TRUE(report) << report.errorString().toStdString();
    const Health h = healthOf(restored, clock);
    ASSERT_TRUE(h.opened);
    EXPECT_TRUE(h.integrityOk);
    EXPECT_TRUE(h.auditOk);
    EXPECT_EQ(h.counts.auditEvents, report->auditEvents);
    EXPECT_EQ(h.counts.auditEvents, copy->auditEvents);
    // One moment of the store: the decisions committed before the copy began, not all of them.
    const Health whole = healthOf(m_store->sqlitePath(), clock);
    EXPECT_GE(h.counts.auditEvents, whole.counts.auditEvents - kDecisions + atCopyStart);
    EXPECT_LT(h.counts.auditEvents, whole.counts.auditEvents);
    EXPECT_TRUE(report->takenAt.isValid());
}

TEST_F(StoreBackupTest, BadCopiesAreRefusedAndTheStoreIsUnchanged)
{
    const QByteArray before = digestOf(m_live);
    ASSERT_FALSE(before.isEmpty());

    const QString truncated = m_dir.filePath(QStringLiteral("truncated.sqlite"));
    {
        QFile in(m_good), out(truncated);
        ASSERT_TRUE(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
    }
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    ASSERT_TRUE(execOnFile(foreign, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile out(garbage);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        QByteArray bytes(64 * 1024, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) % 251);
        out.write(bytes);
    }
    const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
    ASSERT_TRUE(QFile::copy(m_good, newer));
    ASSERT_TRUE(execOnFile(newer, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                                 "VALUES (9999, 'from_the_future', '2030-01-01T00:00:00Z')")));
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.sqlite"));
    ASSERT_TRUE(QFile::copy(m_good, tampered));
    ASSERT_TRUE(execOnFile(tampered, QStringLiteral("UPDATE audit_events SET action = 'x' WHERE id = "
                                                    "(SELECT min(id) FROM audit_events)")));

    for (const QString& bad : {truncated, foreign, garbage, newer, tampered}) {
        SCOPED_TRACE(bad.toStdString());
        auto r = StoreBackup(m_store->clock()).restore(m_live, bad);
        ASSERT_FALSE(r);
        EXPECT_FALSE(r.errorString().isEmpty());
        EXPECT_EQ(digestOf(m_live), before);
        EXPECT_FALSE(QFileInfo::exists(m_live + QStringLiteral(".restoring")));
        EXPECT_TRUE(QDir(m_dir.path()).entryList({QStringLiteral("live.sqlite.before-restore-*")}).isEmpty());
    }
    EXPECT_TRUE(StoreBackup(m_store->clock()).restore(m_live, newer).errorString().contains(QStringLiteral("9999")));
    // The store itself is no copy to restore.
    EXPECT_FALSE(StoreBackup(m_store->clock()).restore(m_live, m_live));
    EXPECT_EQ(digestOf(m_live), before);
}

TEST_F(StoreBackupTest, BackupRefusesTheStoreItselfAndAnUnwritablePlace)
{
    StoreBackup b(m_store->clock());
    const QByteArray before = digestOf(m_live);
    EXPECT_FALSE(b.backupFile(m_live, m_live));
    EXPECT_FALSE(b.backupFile(m_live, m_live + QStringLiteral("-wal")));
    EXPECT_EQ(digestOf(m_live), before);
    // A place under a file: no folder can be made there, whoever runs the test.
    auto r = b.backupFile(m_live, m_good + QStringLiteral("/copy.sqlite"));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.errorString().contains(m_good)) << r.errorString().toStdString();
}

TEST_F(StoreBackupTest, AnInterruptedRestoreLeavesTheOldStoreUsable)
{
    const Health old = healthOf(m_live, m_store->clock());
    ASSERT_TRUE(old.opened && old.integrityOk && old.auditOk);
    for (RestoreStep stopAt : {RestoreStep::Checked, RestoreStep::Held}) {
        StoreBackup b(m_store->clock());
        b.setStepHook([stopAt](RestoreStep s) { return s != stopAt; });
        EXPECT_FALSE(b.restore(m_live, m_good));
        const Health now = healthOf(m_live, m_store->clock());
        EXPECT_TRUE(now.opened && now.integrityOk && now.auditOk);
        EXPECT_EQ(now.counts.records, old.counts.records);
        EXPECT_EQ(now.counts.auditEvents, old.counts.auditEvents);
        EXPECT_FALSE(QFileInfo::exists(m_live + QStringLiteral(".restoring")));
    }
    // And a whole restore keeps the old file beside the new one.
    auto r = StoreBackup(m_store->clock()).restore(m_live, m_good);
    ASSERT_TRUE(r) << r.errorString().toStdString();
    EXPECT_TRUE(QFileInfo::exists(r->keptAs));
    EXPECT_TRUE(healthOf(r->keptAs, m_store->clock()).integrityOk);
    EXPECT_TRUE(r->summary().contains(QString::number(r->records)));
}

TEST_F(StoreBackupTest, RestoreRefusesAStoreInUse)
{
    // Another connection in the middle of reading: the store cannot be taken from under it.
    auto open = store::Database::open(store::ConnectionSpec::sqlite(m_live, false));
    ASSERT_TRUE(open);
    ASSERT_TRUE((*open)->execDirect(QStringLiteral("BEGIN")));
    auto reading = (*open)->run(QStringLiteral("SELECT count(*) FROM units"));
    ASSERT_TRUE(reading && (*reading)->next());
    const QByteArray before = digestOf(m_live);
    auto r = StoreBackup(m_store->clock()).restore(m_live, m_good);
    EXPECT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Conflict) << r.errorString().toStdString();
    EXPECT_EQ(digestOf(m_live), before);
}

TEST_F(StoreBackupTest, TheDailyCopyIsMadeOnceADayAndTheLastSevenKept)
{
    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    StoreBackup b(clock);
    for (int day = 0; day < 10; ++day) {
        auto first = b.daily(m_live);
        ASSERT_TRUE(first) << first.errorString().toStdString();
        EXPECT_TRUE(first->has_value());
        auto again = b.daily(m_live);
        ASSERT_TRUE(again);
        EXPECT_FALSE(again->has_value());
        clock.advanceSecs(24 * 3600);
    }
    const QStringList copies = StoreBackup::dailyCopies(m_live);
    ASSERT_EQ(copies.size(), 7);
    EXPECT_TRUE(copies.first().endsWith(QStringLiteral("live-2026-03-04.sqlite"))) << copies.first().toStdString();
    EXPECT_TRUE(copies.last().endsWith(QStringLiteral("live-2026-03-10.sqlite"))) << copies.last().toStdString();
    EXPECT_EQ(modeOf(StoreBackup::backupsFolder(m_live)), 0700u);
    for (const QString& c : copies)
        EXPECT_EQ(modeOf(c), 0600u);
}

namespace {

class CliBackup : public test::CliDemoSuite
{
protected:
    test::CliResult as(const QString& user, const QStringList& args, const QProcessEnvironment& extra = {})
    {
        QProcessEnvironment env = extra;
        env.insert(QStringLiteral("HOCBASO_PASSWORD"), QString::fromLatin1(kDemoPassword));
        return test::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user,
                                        QStringLiteral("--lang"), QStringLiteral("en")} +
                                args,
                            env);
    }
};

} // namespace

TEST_F(CliBackup, BackupAndRestoreAnswerInJson)
{
    const QString file = m_dir.filePath(QStringLiteral("copies/one.sqlite"));
    const auto b =
        as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--to"), file});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    const QJsonObject j = b.json();
    for (const char* key : {"file", "bytes", "schema_version", "audit_ok"})
        EXPECT_TRUE(j.contains(QLatin1String(key))) << key;
    EXPECT_EQ(j.value(QStringLiteral("file")).toString(), QFileInfo(file).absoluteFilePath());
    EXPECT_EQ(j.value(QStringLiteral("bytes")).toInteger(), QFileInfo(file).size());
    EXPECT_TRUE(j.value(QStringLiteral("audit_ok")).toBool());

    const auto info = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("info")});
    ASSERT_EQ(info.exitCode, 0);
    EXPECT_EQ(j.value(QStringLiteral("schema_version")).toInt(),
              info.json().value(QStringLiteral("schema_version")).toInt());

    // Without --yes (no terminal) nothing is restored.
    EXPECT_EQ(as(QStringLiteral("admin"), {QStringLiteral("restore"), QStringLiteral("--from"), file}).exitCode, 1);
    const auto r = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("--yes"),
                                                QStringLiteral("restore"), QStringLiteral("--from"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject rj = r.json();
    EXPECT_EQ(rj.value(QStringLiteral("schools")).toInteger(),
              info.json().value(QStringLiteral("schools")).toInteger());
    EXPECT_EQ(rj.value(QStringLiteral("records")).toInteger(),
              info.json().value(QStringLiteral("records")).toInteger());
    EXPECT_TRUE(QFileInfo::exists(rj.value(QStringLiteral("kept_as")).toString()));
    EXPECT_FALSE(rj.value(QStringLiteral("message")).toString().isEmpty());

    // Viewers do not copy the store; a garbage file is refused with a reason.
    EXPECT_EQ(as(QStringLiteral("xem1"),
                 {QStringLiteral("backup"), QStringLiteral("--to"), m_dir.filePath(QStringLiteral("v.sqlite"))})
                  .exitCode,
              1);
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.bin"));
    {
        QFile f(garbage);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    const auto bad = as(QStringLiteral("admin"),
                        {QStringLiteral("--yes"), QStringLiteral("restore"), QStringLiteral("--from"), garbage});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("not a SQLite database"))) << bad.err.toStdString();
}

TEST_F(CliBackup, RestoreKilledAtAnyStepLeavesAUsableStore)
{
    const QString file = m_dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(as(QStringLiteral("admin"), {QStringLiteral("backup"), QStringLiteral("--to"), file}).exitCode, 0);
    const auto before = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("info")});
    ASSERT_EQ(before.exitCode, 0);
    for (int step : {0, 1, 2}) {
        SCOPED_TRACE(step);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOCBASO_TEST_KILL_AT_RESTORE_STEP"), QString::number(step));
        const auto killed =
            as(QStringLiteral("admin"),
               {QStringLiteral("--yes"), QStringLiteral("restore"), QStringLiteral("--from"), file}, env);
        EXPECT_EQ(killed.exitCode, -1) << "not killed: " << killed.err.toStdString();
        // Whichever file is in place, old or new, the store opens, verifies and holds the same.
        const auto after = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("info")});
        ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
        EXPECT_EQ(after.json().value(QStringLiteral("records")), before.json().value(QStringLiteral("records")));
        const auto verify =
            as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
    }
}

// A disk that takes no more of the copy: the file-size limit of the process (RLIMIT_FSIZE, with its
// signal ignored, as a shell's `ulimit -f` sets it) stops a write short with EFBIG, as a FAT32 stick
// does at 4 GB. The copy must fail with a sentence that says what to do, leave no partial file, and
// leave the store as it was. (A full disk, ENOSPC, takes the same path to its own sentence; making
// one needs a small file system, which a test cannot mount without privileges.)
TEST_F(CliBackup, ADiskThatTakesNoMoreIsSaidInWordsAndLeavesNoPartialCopy)
{
    const qint64 storeBytes = QFileInfo(m_db).size();
    ASSERT_GT(storeBytes, 256 * 1024) << "the demo store should be larger than the limit below";
    const QByteArray before = digestOf(m_db);
    const QString file = m_dir.filePath(QStringLiteral("stick/copy.sqlite"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOCBASO_PASSWORD"), QString::fromLatin1(kDemoPassword));
    p.setProcessEnvironment(env);
    // 128 blocks of 1 KiB: enough for the store's own small writes, not for a copy of it.
    p.start(QStringLiteral("/bin/bash"),
            {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 128; exec \"$0\" \"$@\""),
             QStringLiteral(HOCBASO_CLI_PATH), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
             QStringLiteral("admin"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("backup"),
             QStringLiteral("--to"), file});
    ASSERT_TRUE(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << err.toStdString();
    EXPECT_EQ(p.exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("larger than that disk takes in one file"))) << err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file)) << "a partial copy was left";
    const QStringList leftovers = QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files);
    EXPECT_TRUE(leftovers.isEmpty()) << leftovers.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(digestOf(m_db), before);
    // And the store still works as before.
    const auto info = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("info")});
    EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
}

TEST_F(CliBackup, ThePostgresStoreIsNotCopiedHere)
{
    const auto r = test::runCli({QStringLiteral("--pg"), QStringLiteral("host=/nonexistent dbname=x"),
                                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("backup"),
                                 QStringLiteral("--to"), m_dir.filePath(QStringLiteral("x.sqlite"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("pg_dump"))) << r.err.toStdString();
}
