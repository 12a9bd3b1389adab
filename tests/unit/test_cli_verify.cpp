// `record verify --all` (issue #18, receipt verification) through the real hocbaso-cli, on a small
// demo province with signatures: a clean demo passes, and a record whose signature bytes were
// altered in the file is named, with exit 1.

#include "support/CliDemoSuite.h"

#include "store/RecordContentCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

namespace store = hocbaso::store;
using hocbaso::test::CliDemoSuite;
using hocbaso::test::CliResult;

namespace {

// A signed demo of two years: receipts to verify.
class CliVerifyAll : public CliDemoSuite
{
protected:
    static void SetUpTestSuite()
    {
        makeTemplate({QStringLiteral("--seed"), QStringLiteral("6"), QStringLiteral("--units"), QStringLiteral("2"),
                      QStringLiteral("--schools"), QStringLiteral("4"), QStringLiteral("--students"),
                      QStringLiteral("40"), QStringLiteral("--years"), QStringLiteral("2")});
    }

    CliResult as(const QString& user, const QStringList& args) const { return asUser(user, args); }
};

const QString kSentVersions = QStringLiteral("SELECT count(*) FROM record_versions WHERE sent_at IS NOT NULL");

} // namespace

TEST_F(CliVerifyAll, CleanDemoIsValidAndExitsZero)
{
    const qint64 sent = one(kSentVersions).toLongLong();
    ASSERT_GT(sent, 10);
    const auto r = as(QStringLiteral("canboso"), {"record", "verify", "--all", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("checked")).toInteger(), sent);
    EXPECT_EQ(o.value(QStringLiteral("valid")).toInteger(), sent);
    EXPECT_TRUE(o.value(QStringLiteral("invalid")).toArray().isEmpty());
    // One stored result per sent version, each valid.
    EXPECT_EQ(one(QStringLiteral("SELECT count(*) FROM record_verifications WHERE result = 'valid'")).toLongLong(),
              sent);
}

TEST_F(CliVerifyAll, AlteredSignatureBytesAreNamedWithExitOne)
{
    // The last byte of a sent record's seal signature is inside its signature value: the CMS still
    // parses, but no longer verifies.
    QString uuid, school;
    withFile([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(
            QStringLiteral("SELECT g.id, g.cms, r.uuid, s.code FROM signatures g JOIN records r ON r.id = g.record_id "
                           "JOIN schools s ON s.id = r.school_id JOIN record_versions v ON v.record_id = g.record_id "
                           "AND v.version = g.version WHERE v.sent_at IS NOT NULL AND g.role = 'seal' ORDER BY g.id "
                           "LIMIT 1 OFFSET 3")));
        ASSERT_TRUE(q.next());
        const qint64 id = q.value(0).toLongLong();
        QByteArray cms = q.value(1).toByteArray();
        uuid = q.value(2).toString();
        school = q.value(3).toString();
        ASSERT_GT(cms.size(), 100);
        cms[cms.size() - 1] = char(cms.at(cms.size() - 1) ^ 0x01);
        QSqlQuery u(db);
        ASSERT_TRUE(u.prepare(QStringLiteral("UPDATE signatures SET cms = ? WHERE id = ?")));
        u.addBindValue(cms);
        u.addBindValue(id);
        ASSERT_TRUE(u.exec());
    });
    ASSERT_FALSE(uuid.isEmpty());

    const auto r = as(QStringLiteral("canboso"), {"record", "verify", "--all", "--json"});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = r.json();
    const QJsonArray invalid = o.value(QStringLiteral("invalid")).toArray();
    ASSERT_EQ(invalid.size(), 1) << r.out.toStdString();
    EXPECT_EQ(invalid.at(0).toObject().value(QStringLiteral("uuid")).toString(), uuid);
    EXPECT_EQ(invalid.at(0).toObject().value(QStringLiteral("school")).toString(), school);
    EXPECT_TRUE(invalid.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("seal")))
        << invalid.at(0).toObject().value(QStringLiteral("reason")).toString().toStdString();
    EXPECT_EQ(o.value(QStringLiteral("valid")).toInteger(), o.value(QStringLiteral("checked")).toInteger() - 1);
    EXPECT_EQ(one(QStringLiteral("SELECT x.result FROM record_verifications x JOIN records r ON r.id = x.record_id "
                                 "AND r.version = x.version WHERE r.uuid = '%1'")
                      .arg(uuid)),
              QStringLiteral("invalid"));

    // The text output names it too, and so does the record's own verification.
    const auto text = as(QStringLiteral("canboso"), {"record", "verify", "--all"});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains(uuid)) << text.out.toStdString();
    EXPECT_FALSE(text.err.isEmpty());
    EXPECT_EQ(as(QStringLiteral("canboso"), {"record", "verify", uuid}).exitCode, 1);

    // Another school's officer neither sees nor is failed by it.
    const QString other = one(QStringLiteral("SELECT u.username FROM users u JOIN units n ON n.id = u.unit_id "
                                             "WHERE u.role = 'officer' AND n.level = 'xa' AND n.id <> "
                                             "(SELECT unit_id FROM schools WHERE code = '%1') LIMIT 1")
                                  .arg(school));
    ASSERT_FALSE(other.isEmpty());
    const auto clean = as(other, {"record", "verify", "--all", "--json"});
    EXPECT_EQ(clean.exitCode, 0) << clean.out.toStdString();
    EXPECT_GT(clean.json().value(QStringLiteral("checked")).toInteger(), 0);
}

TEST_F(CliVerifyAll, AlteredContentIsNamed)
{
    const QString uuid = one(QStringLiteral("SELECT r.uuid FROM records r JOIN record_versions v ON v.record_id = r.id "
                                            "AND v.version = r.version WHERE v.sent_at IS NOT NULL ORDER BY r.id "
                                            "LIMIT 1"));
    ASSERT_FALSE(uuid.isEmpty());
    // The stored content is packed (store::RecordContentCodec): it is unpacked, a rating changed, and
    // packed again, as someone with the program's source and the file in hand could.
    withFile([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT v.id, v.content FROM record_versions v JOIN records r ON "
                                          "r.id = v.record_id AND r.version = v.version WHERE r.uuid = '%1'")
                               .arg(uuid)));
        ASSERT_TRUE(q.next());
        const qint64 id = q.value(0).toLongLong();
        ASSERT_TRUE(store::RecordContentCodec::isPacked(q.value(1)));
        const auto content = store::RecordContentCodec::fromColumn(q.value(1));
        ASSERT_TRUE(content && content->contains("\"T\""));
        QByteArray altered = *content;
        altered.replace("\"T\"", "\"H\"");
        q.finish();
        ASSERT_TRUE(q.prepare(QStringLiteral("UPDATE record_versions SET content = ? WHERE id = ?")));
        q.addBindValue(store::RecordContentCodec::pack(altered));
        q.addBindValue(id);
        ASSERT_TRUE(q.exec());
        ASSERT_EQ(q.numRowsAffected(), 1);
    });
    const auto r = as(QStringLiteral("canboso"), {"record", "verify", "--all", "--json"});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonArray invalid = r.json().value(QStringLiteral("invalid")).toArray();
    ASSERT_EQ(invalid.size(), 1) << r.out.toStdString();
    EXPECT_EQ(invalid.at(0).toObject().value(QStringLiteral("uuid")).toString(), uuid);
    EXPECT_TRUE(invalid.at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("content was changed")));
}

TEST_F(CliVerifyAll, FiltersBySchoolAndYearAndResumesUnverifiedOnly)
{
    const QString school = one(QStringLiteral("SELECT code FROM schools ORDER BY code LIMIT 1 OFFSET 1"));
    const qint64 ofSchool =
        one(kSentVersions + QStringLiteral(" AND record_id IN (SELECT r.id FROM records r JOIN schools s ON s.id = "
                                           "r.school_id WHERE s.code = '%1')")
                                .arg(school))
            .toLongLong();
    ASSERT_GT(ofSchool, 0);
    const auto bySchool = as(QStringLiteral("canboso"), {"record", "verify", "--all", "--school", school, "--json"});
    ASSERT_EQ(bySchool.exitCode, 0) << bySchool.err.toStdString();
    EXPECT_EQ(bySchool.json().value(QStringLiteral("checked")).toInteger(), ofSchool);

    const int year = one(QStringLiteral("SELECT max(school_year) FROM records")).toInt();
    const qint64 ofYear = one(kSentVersions + QStringLiteral(" AND record_id IN (SELECT id FROM records WHERE "
                                                             "school_year = %1)")
                                                  .arg(year))
                              .toLongLong();
    const auto byYear = as(QStringLiteral("canboso"), {"record", "verify", "--all", "--year",
                                                       QStringLiteral("%1-%2").arg(year).arg(year + 1), "--json"});
    ASSERT_EQ(byYear.exitCode, 0) << byYear.err.toStdString();
    EXPECT_EQ(byYear.json().value(QStringLiteral("checked")).toInteger(), ofYear);

    // --unverified takes only what no run verified yet: the rest of the province.
    const qint64 all = one(kSentVersions).toLongLong();
    const qint64 done = one(QStringLiteral("SELECT count(*) FROM record_verifications")).toLongLong();
    ASSERT_LT(done, all);
    const auto rest = as(QStringLiteral("canboso"), {"record", "verify", "--all", "--unverified", "--json"});
    ASSERT_EQ(rest.exitCode, 0);
    EXPECT_EQ(rest.json().value(QStringLiteral("checked")).toInteger(), all - done);
    const auto nothing = as(QStringLiteral("canboso"), {"record", "verify", "--all", "--unverified", "--json"});
    EXPECT_EQ(nothing.json().value(QStringLiteral("checked")).toInteger(), 0);
}

TEST_F(CliVerifyAll, ViewersAndSchoolsReadButDoNotVerify)
{
    for (const char* user : {"xem1", "truong1"}) {
        const auto r = as(QString::fromLatin1(user), {"record", "verify", "--all"});
        EXPECT_EQ(r.exitCode, 1) << user;
        EXPECT_FALSE(r.err.isEmpty());
    }
    EXPECT_EQ(one(QStringLiteral("SELECT count(*) FROM record_verifications")).toLongLong(), 0);
    EXPECT_EQ(as(QStringLiteral("canboso"), {"record", "verify", "--all", "extra"}).exitCode, 2);
}
