#include "support/CliRunner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hocbaso::test::CliResult;
using hocbaso::test::runCli;

namespace {

// A command on `db` signed in as the demo's administrator (every command but init, demo and cert
// inspect needs a user and their password).
CliResult asAdmin(const QString& db, const QStringList& args)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOCBASO_PASSWORD"), QStringLiteral("Demo@2026"));
    return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} + args,
                  env);
}

QStringList demoArgs(const QString& db, int seed, int students = 400)
{
    return {QStringLiteral("--db"),      db,
            QStringLiteral("--lang"),    QStringLiteral("en"),
            QStringLiteral("demo"),      QStringLiteral("--seed"),
            QString::number(seed),       QStringLiteral("--schools"),
            QStringLiteral("6"),         QStringLiteral("--students"),
            QString::number(students),   QStringLiteral("--password"),
            QStringLiteral("Demo@2026"), QStringLiteral("--json")};
}

// Runs a statement on a store file directly, as an administrator with sqlite3 would.
bool execOnFile(const QString& path, const QString& sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

} // namespace

TEST(CliStore, VersionAndUsage)
{
    const auto v = runCli({QStringLiteral("--version")});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_TRUE(v.out.startsWith(QStringLiteral("hocbaso-cli "))) << v.out.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
}

TEST(CliStore, UsageErrorsSpeakTheChosenLanguage)
{
    // Vietnamese by default, even for an option that stops the arguments from parsing.
    const auto vi = runCli({QStringLiteral("--bogus")});
    EXPECT_EQ(vi.exitCode, 2);
    EXPECT_TRUE(vi.err.contains(QStringLiteral("Không có tùy chọn --bogus"))) << vi.err.toStdString();
    for (const QStringList& args :
         {QStringList{QStringLiteral("--bogus"), QStringLiteral("--lang"), QStringLiteral("en")},
          QStringList{QStringLiteral("--lang=en"), QStringLiteral("--bogus")}}) {
        const auto en = runCli(args);
        EXPECT_EQ(en.exitCode, 2);
        EXPECT_TRUE(en.err.contains(QStringLiteral("Unknown option --bogus"))) << en.err.toStdString();
    }
    EXPECT_EQ(runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("info")}).exitCode, 2);
}

TEST(CliStore, InitReportsSchemaVersion)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_GE(r.json().value(QStringLiteral("schema_version")).toInt(), 2);
    EXPECT_EQ(QFile::permissions(db) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

TEST(CliStore, AFolderMadeForTheStoreIsTheOwnersAlone)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/hocbaso"));
    const auto r = runCli({QStringLiteral("--db"), folder + QStringLiteral("/hocbaso.sqlite"), QStringLiteral("init")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    EXPECT_EQ(QFile::permissions(folder) & others, QFile::Permissions());
    EXPECT_TRUE(QFile::permissions(folder) & QFile::ExeOwner);
    // A folder that was there before keeps its permissions.
    const QFile::Permissions before = QFile::permissions(dir.path());
    ASSERT_EQ(
        runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("b.sqlite")), QStringLiteral("init")}).exitCode, 0);
    EXPECT_EQ(QFile::permissions(dir.path()), before);
}

TEST(CliStore, DemoIsDeterministicForASeed)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite")), b = dir.filePath(QStringLiteral("b.sqlite"));
    const auto ra = runCli(demoArgs(a, 7));
    ASSERT_EQ(ra.exitCode, 0) << ra.err.toStdString();
    const auto rb = runCli(demoArgs(b, 7));
    ASSERT_EQ(rb.exitCode, 0) << rb.err.toStdString();
    EXPECT_EQ(ra.json(), rb.json());
    const QJsonObject demo = ra.json();
    EXPECT_EQ(demo.value(QStringLiteral("schools")).toInt(), 6);
    EXPECT_EQ(demo.value(QStringLiteral("students")).toInt(), 400);
    EXPECT_GT(demo.value(QStringLiteral("records")).toInt(), 400);
    EXPECT_GE(demo.value(QStringLiteral("users")).toArray().size(), 4);

    const auto ia = asAdmin(a, {QStringLiteral("info"), QStringLiteral("--json")});
    const auto ib = asAdmin(b, {QStringLiteral("info"), QStringLiteral("--json")});
    ASSERT_EQ(ia.exitCode, 0);
    EXPECT_EQ(ia.out, ib.out);
    EXPECT_EQ(ia.json().value(QStringLiteral("records")).toInt(), demo.value(QStringLiteral("records")).toInt());

    // Same seed, same people: the pupil rolls match name for name.
    const auto la = asAdmin(a, {QStringLiteral("school"), QStringLiteral("list"), QStringLiteral("--json")});
    const auto lb = asAdmin(b, {QStringLiteral("school"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(la.out, lb.out);
    // A different seed gives a different district.
    const QString c = dir.filePath(QStringLiteral("c.sqlite"));
    ASSERT_EQ(runCli(demoArgs(c, 8)).exitCode, 0);
    const auto lc = asAdmin(c, {QStringLiteral("school"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_NE(la.out, lc.out);
    // Demo refuses a store that already holds data.
    EXPECT_EQ(runCli(demoArgs(a, 7)).exitCode, 1);
}

TEST(CliStore, AuditVerifyFindsAnAlteredRow)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    ASSERT_EQ(runCli(demoArgs(db, 3, 200)).exitCode, 0);
    auto v = asAdmin(db, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    ASSERT_EQ(v.exitCode, 0) << v.err.toStdString();
    EXPECT_TRUE(v.json().value(QStringLiteral("ok")).toBool());
    const int events = v.json().value(QStringLiteral("events")).toInt();
    EXPECT_GT(events, 10);
    EXPECT_TRUE(v.json().value(QStringLiteral("first_bad")).isNull());

    ASSERT_TRUE(execOnFile(db, QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 7")));
    v = asAdmin(db, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    EXPECT_EQ(v.exitCode, 1);
    EXPECT_FALSE(v.json().value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(v.json().value(QStringLiteral("first_bad")).toInt(), 7);
    EXPECT_EQ(v.json().value(QStringLiteral("events")).toInt(), events);

    const auto list = asAdmin(db, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                                   QStringLiteral("5"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.json().value(QStringLiteral("rows")).toArray().size(), 5);
}

TEST(CliStore, AuditListFilters)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    ASSERT_EQ(runCli(demoArgs(db, 4, 200)).exitCode, 0);
    auto rows = [&](const QStringList& filters) {
        const auto r =
            asAdmin(db, QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                                    QStringLiteral("--limit"), QStringLiteral("100000")} +
                            filters);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().value(QStringLiteral("rows")).toArray();
    };
    const QJsonArray all = rows({});
    ASSERT_GT(all.size(), 10);
    const QString action = all.first().toObject().value(QStringLiteral("action")).toString();
    const QString actor = all.first().toObject().value(QStringLiteral("actor")).toString();
    const QJsonArray byAction = rows({QStringLiteral("--action"), action});
    ASSERT_GT(byAction.size(), 0);
    for (const QJsonValue& row : byAction)
        EXPECT_EQ(row.toObject().value(QStringLiteral("action")).toString(), action);
    // The first --user signs in; a second one names whose events are listed.
    const QJsonArray byActor = rows({QStringLiteral("--user"), actor});
    ASSERT_GT(byActor.size(), 0);
    for (const QJsonValue& row : byActor)
        EXPECT_EQ(row.toObject().value(QStringLiteral("actor")).toString(), actor);
    EXPECT_TRUE(rows({QStringLiteral("--user"), QStringLiteral("nobody")}).isEmpty());
    EXPECT_TRUE(rows({QStringLiteral("--since"), QStringLiteral("2099-01-01")}).isEmpty());
    EXPECT_EQ(rows({QStringLiteral("--since"), QStringLiteral("2000-01-01")}).size(), all.size());

    const QString csv = dir.filePath(QStringLiteral("audit.csv"));
    const auto written = asAdmin(db, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                      action, QStringLiteral("--limit"), QStringLiteral("100000"),
                                      QStringLiteral("--csv"), csv, QStringLiteral("--json")});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_EQ(written.json().value(QStringLiteral("rows")).toInt(), byAction.size());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().trimmed().split('\n').size(), byAction.size() + 1);
    EXPECT_NE(asAdmin(db, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                           QStringLiteral("yesterday")})
                  .exitCode,
              0);
}

TEST(CliStore, DemoStoreIsSound)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    ASSERT_EQ(runCli(demoArgs(db, 11, 300)).exitCode, 0);
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    conn.setDatabaseName(db);
    ASSERT_TRUE(conn.open());
    {
        QSqlQuery q(conn);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok"));
        // Every status a reviewer meets is there.
        for (const char* status : {"draft", "confirmed", "sent", "revoked"}) {
            ASSERT_TRUE(
                q.exec(QStringLiteral("SELECT count(*) FROM records WHERE status = '%1'").arg(QLatin1String(status))));
            ASSERT_TRUE(q.next());
            EXPECT_GT(q.value(0).toInt(), 0) << status;
        }
        for (const char* status : {"pending", "approved", "rejected"}) {
            ASSERT_TRUE(q.exec(
                QStringLiteral("SELECT count(*) FROM certificates WHERE status = '%1'").arg(QLatin1String(status))));
            ASSERT_TRUE(q.next());
            EXPECT_GT(q.value(0).toInt(), 0) << status;
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM revocation_requests WHERE status = '%1'")
                                   .arg(QLatin1String(status))));
            ASSERT_TRUE(q.next());
            EXPECT_GT(q.value(0).toInt(), 0) << status;
        }
        // Confirmed and sent versions carry teacher, principal and seal signatures.
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM record_versions v WHERE v.status <> 'draft' AND "
                                          "(SELECT count(*) FROM signatures s WHERE s.record_id = v.record_id AND "
                                          "s.version = v.version) <> 3")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
        // A school whose only seal is pending has confirmed records and none sent.
        ASSERT_TRUE(q.exec(QStringLiteral(
            "SELECT s.id FROM schools s WHERE NOT EXISTS (SELECT 1 FROM certificates c WHERE c.school_id = s.id AND "
            "c.kind = 'unit' AND c.status <> 'pending')")));
        ASSERT_TRUE(q.next());
        const qint64 pendingSchool = q.value(0).toLongLong();
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT sum(status = 'confirmed'), sum(status = 'sent') FROM records WHERE "
                                          "school_id = %1")
                               .arg(pendingSchool)));
        ASSERT_TRUE(q.next());
        EXPECT_GT(q.value(0).toInt(), 0);
        EXPECT_EQ(q.value(1).toInt(), 0);
    }
    conn.close();
    conn = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    // The simulation keys sit beside the database, readable by its owner only.
    const QString keys = db + QStringLiteral(".keys.json");
    ASSERT_TRUE(QFile::exists(keys));
    EXPECT_EQ(QFile::permissions(keys) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}
