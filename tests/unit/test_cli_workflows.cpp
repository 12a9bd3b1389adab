// The acceptance lists of 6.2, 6.4 and 6.5 through the real hocbaso-cli.

#include "support/CliRunner.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hocbaso::test::CliResult;
using hocbaso::test::runCli;

namespace {

class CliWorkflow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto demo =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"),
                    QStringLiteral("--schools"), QStringLiteral("5"), QStringLiteral("--students"),
                    QStringLiteral("300"), QStringLiteral("--password"), QStringLiteral("Demo@2026"),
                    QStringLiteral("--today"), QStringLiteral("2026-11-20")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        m_env.insert(QStringLiteral("HOCBASO_PASSWORD"), QStringLiteral("Demo@2026"));
    }

    CliResult as(const QString& user, QStringList args)
    {
        args.prepend(user);
        args.prepend(QStringLiteral("--user"));
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        args.append({QStringLiteral("--lang"), QStringLiteral("en")});
        return runCli(args, m_env);
    }

    QString one(const QString& sql)
    {
        QString v;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    v = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return v;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_env;
};

} // namespace

TEST_F(CliWorkflow, LockSetShowAndRefusals)
{
    const QString officer = QStringLiteral("canbo1");
    ASSERT_EQ(as(officer, {"lock", "set", "--all", "--grade", "1", "--grade", "2", "--receive", "2027-05-20",
                           "--revoke", "2027-06-10", "--today", "2026-11-20"})
                  .exitCode,
              0);
    ASSERT_EQ(as(officer, {"lock", "set", "--school", "TH01002", "--grade", "1", "--receive", "2027-05-25", "--today",
                           "2026-11-20"})
                  .exitCode,
              0);
    const auto show = as(officer, {"lock", "show", "--json", "--today", "2026-11-20"});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    int rows = 0;
    for (const QJsonValue& v : show.json().value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        const int grade = r.value(QStringLiteral("grade")).toInt();
        ++rows;
        if (grade >= 3) {
            EXPECT_TRUE(r.value(QStringLiteral("receive")).isNull());
            EXPECT_TRUE(r.value(QStringLiteral("revoke")).isNull());
        } else if (r.value(QStringLiteral("school")).toString() == QLatin1String("TH01002") && grade == 1) {
            EXPECT_EQ(r.value(QStringLiteral("receive")).toString(), QStringLiteral("2027-05-25"));
            EXPECT_EQ(r.value(QStringLiteral("revoke")).toString(), QStringLiteral("2027-06-10"));
            EXPECT_EQ(r.value(QStringLiteral("source")).toString(), QStringLiteral("school"));
        } else {
            EXPECT_EQ(r.value(QStringLiteral("receive")).toString(), QStringLiteral("2027-05-20"));
            EXPECT_EQ(r.value(QStringLiteral("revoke")).toString(), QStringLiteral("2027-06-10"));
            EXPECT_EQ(r.value(QStringLiteral("source")).toString(), QStringLiteral("unit"));
        }
    }
    EXPECT_EQ(rows, 5 * 5);
    const QString before = one(QStringLiteral("SELECT count(*) || ':' || sum(row_version) FROM lock_settings"));
    for (const QStringList& bad : QList<QStringList>{
             {"lock", "set", "--all", "--grade", "1", "--receive", "2026-02-30"},
             {"lock", "set", "--all", "--grade", "1", "--receive", "2027-06-20", "--revoke", "2027-06-01"},
             {"lock", "set", "--school", "NOPE", "--grade", "1", "--receive", "2027-05-01"},
             {"lock", "set", "--all", "--grade", "6", "--receive", "2027-05-01"}}) {
        const auto r = as(officer, bad + QStringList{"--today", "2026-11-20"});
        EXPECT_EQ(r.exitCode, 1) << bad.join(' ').toStdString();
        EXPECT_FALSE(r.err.trimmed().isEmpty());
    }
    EXPECT_EQ(one(QStringLiteral("SELECT count(*) || ':' || sum(row_version) FROM lock_settings")), before);
    // A viewer cannot change them.
    EXPECT_EQ(as(QStringLiteral("xem1"), {"lock", "set", "--all", "--grade", "3", "--receive", "2027-05-20"}).exitCode,
              1);
}

TEST_F(CliWorkflow, SendAndRevocationRequestFollowTheLocks)
{
    const QString uuid = one(QStringLiteral(
        "SELECT r.uuid FROM records r JOIN schools s ON s.id = r.school_id WHERE r.status = 'confirmed' AND "
        "r.school_year = 2026 AND r.grade = 2 AND s.code <> 'TH01001' ORDER BY r.id LIMIT 1"));
    ASSERT_FALSE(uuid.isEmpty());
    ASSERT_EQ(as(QStringLiteral("canbo1"), {"lock", "set", "--all", "--grade", "2", "--receive", "2027-05-20",
                                            "--revoke", "2027-06-10", "--today", "2026-11-20"})
                  .exitCode,
              0);
    const auto late = as(QStringLiteral("admin"), {"record", "send", uuid, "--today", "2027-05-21"});
    EXPECT_EQ(late.exitCode, 1);
    EXPECT_TRUE(late.err.contains(QStringLiteral("20/05/2027"))) << late.err.toStdString();
    EXPECT_EQ(one(QStringLiteral("SELECT status FROM records WHERE uuid = '%1'").arg(uuid)),
              QStringLiteral("confirmed"));
    EXPECT_EQ(as(QStringLiteral("admin"), {"record", "send", uuid, "--today", "2027-05-20"}).exitCode, 0);
    EXPECT_EQ(
        as(QStringLiteral("admin"), {"revocation", "request", uuid, "--reason", "Sai điểm", "--today", "2027-06-11"})
            .exitCode,
        1);
    EXPECT_EQ(
        as(QStringLiteral("admin"), {"revocation", "request", uuid, "--reason", "Sai điểm", "--today", "2027-06-10"})
            .exitCode,
        0);
}

TEST_F(CliWorkflow, RevocationDecisions)
{
    const auto list = as(QStringLiteral("canbo1"), {"revocation", "list", "--status", "pending", "--json"});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray rows = list.json().value(QStringLiteral("rows")).toArray();
    ASSERT_GE(rows.size(), 3);
    const QString a = QString::number(rows.at(0).toObject().value(QStringLiteral("id")).toInteger());
    const QString b = QString::number(rows.at(1).toObject().value(QStringLiteral("id")).toInteger());
    const QString c = QString::number(rows.at(2).toObject().value(QStringLiteral("id")).toInteger());
    const auto approved = as(QStringLiteral("canbo1"), {"revocation", "approve", a, b, "--json"});
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    EXPECT_EQ(approved.json().value(QStringLiteral("decided")).toArray().size(), 2);
    EXPECT_EQ(as(QStringLiteral("xem1"), {"revocation", "approve", c}).exitCode, 1);  // a viewer cannot
    EXPECT_EQ(as(QStringLiteral("canbo1"), {"revocation", "reject", c}).exitCode, 1); // no note
    EXPECT_EQ(as(QStringLiteral("canbo1"), {"revocation", "reject", c, "--reason", "Thông tin đã chính xác"}).exitCode,
              0);
    EXPECT_EQ(one(QStringLiteral("SELECT r.status FROM revocation_requests q JOIN records r ON r.id = q.record_id "
                                 "WHERE q.id = %1")
                      .arg(a)),
              QStringLiteral("revoked"));
    EXPECT_EQ(one(QStringLiteral("SELECT r.status FROM revocation_requests q JOIN records r ON r.id = q.record_id "
                                 "WHERE q.id = %1")
                      .arg(c)),
              QStringLiteral("sent"));
    EXPECT_EQ(as(QStringLiteral("canbo1"), {"revocation", "approve", a}).exitCode, 1); // decided already
    const auto verify = as(QStringLiteral("canbo1"), {"audit", "verify", "--json"});
    EXPECT_EQ(verify.exitCode, 0);
    EXPECT_TRUE(verify.json().value(QStringLiteral("ok")).toBool());

    // The revoked record is confirmed and sent again: a new version under the same lookup code.
    const QString uuid = one(QStringLiteral("SELECT r.uuid FROM revocation_requests q JOIN records r ON r.id = "
                                            "q.record_id WHERE q.id = %1")
                                 .arg(a));
    EXPECT_EQ(as(QStringLiteral("admin"), {"record", "confirm", uuid}).exitCode, 0);
    EXPECT_EQ(as(QStringLiteral("admin"), {"record", "send", uuid}).exitCode, 0);
    const auto show = as(QStringLiteral("canbo1"), {"record", "show", uuid, "--json"});
    ASSERT_EQ(show.exitCode, 0);
    EXPECT_EQ(show.json().value(QStringLiteral("uuid")).toString(), uuid);
    EXPECT_EQ(show.json().value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(show.json().value(QStringLiteral("versions")).toArray().size(), 2);
}

TEST_F(CliWorkflow, TwoProcessesDecidingAtOnceLeaveOneDecision)
{
    const auto list = as(QStringLiteral("canbo1"), {"revocation", "list", "--status", "pending", "--json"});
    const QString id =
        QString::number(list.json().value(QStringLiteral("rows")).toArray().first().toObject().value("id").toInteger());
    QProcess p1, p2;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOCBASO_PASSWORD"), QStringLiteral("Demo@2026"));
    p1.setProcessEnvironment(env);
    p2.setProcessEnvironment(env);
    p1.start(QStringLiteral(HOCBASO_CLI_PATH), {"--db", m_db, "--user", "canbo1", "revocation", "approve", id});
    p2.start(QStringLiteral(HOCBASO_CLI_PATH),
             {"--db", m_db, "--user", "admin", "revocation", "reject", id, "--reason", "Không đồng ý"});
    ASSERT_TRUE(p1.waitForFinished(60000) && p2.waitForFinished(60000));
    EXPECT_EQ((p1.exitCode() == 0 ? 1 : 0) + (p2.exitCode() == 0 ? 1 : 0), 1);
    EXPECT_EQ(one(QStringLiteral("SELECT count(*) FROM audit_events WHERE entity = 'revocation_request' AND entity_id "
                                 "= '%1' AND action IN ('revocation.approve', 'revocation.reject')")
                      .arg(id)),
              QStringLiteral("1"));
}

TEST_F(CliWorkflow, StatisticsMatchLookupsAndExports)
{
    const auto stats = as(QStringLiteral("canbo1"), {"stats", "--json", "--year", "2026-2027"});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    // Independent counts from the lookup of every record of the year.
    const auto all = as(QStringLiteral("canbo1"), {"lookup", "--year", "2026-2027", "--limit", "100000", "--json"});
    ASSERT_EQ(all.exitCode, 0);
    QHash<QString, std::array<int, 3>> expected;
    for (const QJsonValue& v : all.json().value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        auto& e = expected[r.value(QStringLiteral("school")).toString()];
        const QString status = r.value(QStringLiteral("status")).toString();
        ++e[0];
        e[1] += (status == QLatin1String("confirmed") || status == QLatin1String("sent")) ? 1 : 0;
        e[2] += status == QLatin1String("sent") ? 1 : 0;
    }
    int total = 0;
    for (const QJsonValue& v : stats.json().value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        const auto e = expected.value(r.value(QStringLiteral("school")).toString());
        EXPECT_EQ(r.value(QStringLiteral("expected")).toInt(), e[0]);
        EXPECT_EQ(r.value(QStringLiteral("confirmed")).toInt(), e[1]);
        EXPECT_EQ(r.value(QStringLiteral("sent")).toInt(), e[2]);
        EXPECT_EQ(r.value(QStringLiteral("not_sent")).toInt(), e[0] - e[2]);
        total += e[0];
    }
    EXPECT_EQ(stats.json().value(QStringLiteral("totals")).toObject().value(QStringLiteral("expected")).toInt(), total);

    const QString csv = m_dir.filePath(QStringLiteral("s.csv")), xlsx = m_dir.filePath(QStringLiteral("s.xlsx")),
                  pdf = m_dir.filePath(QStringLiteral("s.pdf"));
    ASSERT_EQ(as(QStringLiteral("canbo1"), {"stats", "--csv", csv, "--xlsx", xlsx, "--pdf", pdf}).exitCode, 0);
    QFile c(csv);
    ASSERT_TRUE(c.open(QIODevice::ReadOnly));
    const QByteArray bytes = c.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QString firstSchool =
        stats.json().value(QStringLiteral("rows")).toArray().first().toObject().value("school_name").toString();
    EXPECT_TRUE(text.contains(firstSchool)) << firstSchool.toStdString();
    QFile x(xlsx);
    ASSERT_TRUE(x.open(QIODevice::ReadOnly));
    EXPECT_TRUE(x.read(2) == "PK"); // a zip
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        ASSERT_TRUE(p.waitForFinished(30000));
        const QString pdfText = QString::fromUtf8(p.readAllStandardOutput());
        EXPECT_TRUE(pdfText.contains(firstSchool)) << pdfText.left(400).toStdString();
    }
}
