// The bench's central province builder (services::buildCentralDataset, issue 19) on a small scale:
// the rows it copies, the counters and search rows it derives, the signatures, sequences, triggers
// and forced row-level security it puts back, and the login roles, checked against the store and
// through an officer's own connection.

#include "support/TestStore.h"

#include "core/VietnameseText.h"
#include "services/AuthService.h"
#include "services/CentralDataset.h"
#include "services/RecordLookup.h"
#include "store/UserRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

qint64 scalar(store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

constexpr const char* kPassword = "Dataset@2026";

TEST(CentralDataset, BuildsAConsistentProvinceThatAnOfficerSearches)
{
    HOCBASO_MAKE_TEST_STORE(store, store::Dialect::Postgres);
    QTemporaryDir dir;
    services::CentralDatasetOptions o;
    o.units = 2;
    o.schools = 6;
    o.records = 600;
    o.years = 3;
    o.password = QString::fromLatin1(kPassword);
    o.usernameSuffix = store->roleSuffix();
    o.scratchPath = dir.filePath(QStringLiteral("scratch.sqlite"));
    auto report = services::buildCentralDataset(store->db(), store->clock(), o);
    ASSERT_TRUE(report) << report.errorString().toStdString();
    store::Database& db = store->dba();

    // What the generator made is what the store holds.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM schools")), 6);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM units WHERE level = 'so' AND parent_id IS NULL")), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM units WHERE parent_id IS NOT NULL")), 2);
    const qint64 records = scalar(db, QStringLiteral("SELECT count(*) FROM records"));
    EXPECT_GT(records, 300);
    EXPECT_EQ(records, report->summary.records);
    EXPECT_EQ(records, report->records);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM "
                                        "record_versions v WHERE v.record_id = r.id AND v.version = r.version)")),
              0);
    // The derived rows agree with the records.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT sum(n) FROM record_counts")), records);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM record_search")), records);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT prefix, school_year, school_id, n FROM "
                                        "record_search_counts EXCEPT SELECT w, x.school_year, x.school_id, count(*) "
                                        "FROM record_search x, unnest(x.words) AS w GROUP BY 1, 2, 3) d")),
              0);
    // The unit tree's closure (schema 22): each unit at or below itself and below its parent.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM unit_closure WHERE depth = 0")),
              scalar(db, QStringLiteral("SELECT count(*) FROM units")));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM unit_closure WHERE depth = 1")),
              scalar(db, QStringLiteral("SELECT count(*) FROM units WHERE parent_id IS NOT NULL")));
    // And the schools each scope's policies open (schema 28): every school under its unit and the Sở,
    // itself alone, and among all.
    EXPECT_EQ(
        scalar(db, QStringLiteral("SELECT count(*) FROM school_scopes")),
        scalar(db, QStringLiteral("SELECT count(*) FROM schools s JOIN unit_closure c ON c.unit_id = s.unit_id")) +
            2 * scalar(db, QStringLiteral("SELECT count(*) FROM schools")));
    EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM school_scopes WHERE scope > 0")),
              scalar(db, QStringLiteral("SELECT count(*) FROM schools")));
    // Every version past draft signed by each role of the demo's signatures.
    const qint64 signedVersions =
        scalar(db, QStringLiteral("SELECT count(*) FROM record_versions WHERE status <> 'draft'"));
    EXPECT_GT(signedVersions, 0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM signatures")),
              signedVersions * scalar(db, QStringLiteral("SELECT count(DISTINCT role) FROM signatures")));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM signatures WHERE role = 'principal'")), signedVersions);
    // Triggers, forced row-level security and indexes are back; the sequences continue after the rows.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'")),
              0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname IN ('records', "
                                        "'record_versions', 'pupils', 'signatures') AND relforcerowsecurity")),
              4);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'record_search_words'")), 1);
    EXPECT_GT(scalar(db, QStringLiteral("SELECT last_value FROM records_id_seq")), 0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT last_value FROM records_id_seq")),
              scalar(db, QStringLiteral("SELECT max(id) FROM records")));
    // The audit chain arrived whole.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM audit_events")),
              scalar(db, QStringLiteral("SELECT sum(seq) FROM audit_heads")));

    // Every user has a login role; a commune's officer signs in with it and finds their pupils,
    // and only theirs.
    EXPECT_EQ(report->loginRoles, report->summary.users.size());
    QString officerLogin;
    for (const services::DemoUser& u : report->summary.users) {
        if (u.role == Role::Officer && u.unitCode == QLatin1String("XA01"))
            officerLogin = u.username;
    }
    ASSERT_FALSE(officerLogin.isEmpty());
    QString why;
    auto officerDb = store->openAs(officerLogin, QString::fromLatin1(kPassword), &why);
    ASSERT_TRUE(officerDb) << why.toStdString();
    auto me = store::UserRepository(*officerDb).byUsername(officerLogin);
    ASSERT_TRUE(me && me->has_value());
    auto actor = services::AuthService::actorFor(*officerDb, **me);
    ASSERT_TRUE(actor) << actor.errorString().toStdString();
    services::ServiceContext ctx{*officerDb, store->clock(), *actor, {}};
    services::RecordLookup lookup(ctx);

    // A family name found in both communes (a query word matches the words it begins): the
    // officer's total is the records of XA01's schools.
    QSqlQuery q(db.connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral(
            "SELECT split_part(p.name_folded, ' ', 1) AS family FROM records r JOIN pupils p ON p.id = r.pupil_id JOIN "
            "schools s ON s.id = r.school_id JOIN units u ON u.id = s.unit_id GROUP BY 1 HAVING count(DISTINCT u.code) "
            "= 2 ORDER BY count(*) DESC LIMIT 1")) &&
        q.next());
    const QString family = q.value(0).toString();
    q.finish();
    const qint64 inXa01 =
        scalar(db, QStringLiteral(
                       "SELECT count(*) FROM records r JOIN pupils p ON p.id = r.pupil_id JOIN schools s ON s.id "
                       "= r.school_id JOIN units u ON u.id = s.unit_id WHERE u.code = 'XA01' AND EXISTS (SELECT 1 FROM "
                       "unnest(string_to_array(p.name_folded, ' ')) w WHERE starts_with(w, '%1'))")
                       .arg(family));
    ASSERT_GT(inXa01, 0);
    services::LookupRequest r;
    r.name = family;
    r.limit = 1000;
    auto found = lookup.find(r);
    ASSERT_TRUE(found) << found.errorString().toStdString();
    EXPECT_EQ(found->total, inXa01);
    EXPECT_EQ(found->rows.size(), inXa01);
    for (const RecordListing& row : found->rows) {
        EXPECT_TRUE(row.schoolCode.startsWith(QLatin1String("TH01"))) << row.schoolCode.toStdString();
        const QStringList words = text::fold(row.fullName).split(QLatin1Char(' '));
        EXPECT_TRUE(std::any_of(words.cbegin(), words.cend(), [&](const QString& w) { return w.startsWith(family); }))
            << row.fullName.toStdString();
    }
    // By personal ID, a pupil of the other commune is not there for them.
    const QString other = [&] {
        QSqlQuery p(db.connection());
        p.exec(QStringLiteral("SELECT p.personal_id FROM pupils p JOIN schools s ON s.id = p.school_id JOIN units u "
                              "ON u.id = s.unit_id WHERE u.code = 'XA02' ORDER BY p.id LIMIT 1"));
        return p.next() ? p.value(0).toString() : QString();
    }();
    ASSERT_FALSE(other.isEmpty());
    services::LookupRequest byId;
    byId.personalId = other;
    auto none = lookup.find(byId);
    ASSERT_TRUE(none) << none.errorString().toStdString();
    EXPECT_TRUE(none->rows.isEmpty());
}

// --nation: the same builder into the partitioned layout (two school ids a partition, two ranges
// and the default, so the six schools spread over three partitions).
TEST(CentralDataset, BuildsTheNationPartitioned)
{
    HOCBASO_MAKE_TEST_STORE(store, store::Dialect::Postgres);
    QTemporaryDir dir;
    services::CentralDatasetOptions o;
    o.units = 2;
    o.schools = 6;
    o.records = 600;
    o.years = 3;
    o.password = QString::fromLatin1(kPassword);
    o.usernameSuffix = store->roleSuffix();
    o.scratchPath = dir.filePath(QStringLiteral("scratch.sqlite"));
    o.partitionWidth = 2;
    o.partitionCount = 2;
    auto report = services::buildCentralDataset(store->db(), store->clock(), o);
    ASSERT_TRUE(report) << report.errorString().toStdString();
    store::Database& db = store->dba();

    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname IN ('records', "
                                        "'record_versions', 'signatures', 'record_search') AND relkind = 'p'")),
              4);
    const qint64 records = scalar(db, QStringLiteral("SELECT count(*) FROM records"));
    EXPECT_GT(records, 300);
    EXPECT_EQ(records, report->records);
    // Rows in every partition, each under its own range.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(DISTINCT tableoid) FROM records")), 3);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM record_search")), records);
    // The keys across partitions, made after the load as the trigger would have made them.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM records r JOIN record_uuids u ON u.uuid = r.uuid AND "
                                        "u.record_id = r.id")),
              records);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM records r JOIN record_pupil_years k ON k.record_id = "
                                        "r.id AND (k.pupil_id, k.school_year, k.grade) = (r.pupil_id, r.school_year, "
                                        "r.grade)")),
              records);
    // Triggers on, row-level security forced again on the parents, the identity past the rows.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'")),
              0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname IN ('records', "
                                        "'record_versions', 'signatures') AND relforcerowsecurity")),
              3);
    EXPECT_GT(scalar(db, QStringLiteral("SELECT last_value FROM records_id_seq")),
              scalar(db, QStringLiteral("SELECT max(id) FROM records")) - 1);
    // The secondary indexes, dropped for the load and made again, are whole: valid on the parents
    // and present on every partition (a parent's definition reads "ON ONLY", which would make the
    // parent's index alone, invalid, and leave every lookup to scan the partitions).
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                                        "WHERE c.relnamespace = current_schema()::regnamespace AND NOT i.indisvalid")),
              0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent "
                                        "JOIN pg_class t ON t.oid = h.inhrelid WHERE p.relkind = 'p' AND (SELECT "
                                        "count(*) FROM pg_index x WHERE x.indrelid = t.oid) <> (SELECT count(*) FROM "
                                        "pg_index x WHERE x.indrelid = p.oid)")),
              0);
    EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'record_search_p%' "
                                        "AND indexdef LIKE '%USING gin%'")),
              2);
}

} // namespace
