// Units as a tree (issue #17): a Sở GD&ĐT above its communes. An actor of a unit works on the schools
// of that unit and of every unit below it: the Sở sees every commune's schools, a commune only its
// own, a sibling nothing; lock dates flow down the tree date by date; a school moved to another
// commune keeps its records and from then on belongs to the new one. Both dialects through the
// services (PostgreSQL with HOCBASO_TEST_PG); the central store also as its people's login roles,
// with what they could type in psql (test_unit_tree_central below).

#include "support/CentralStore.h"
#include "support/TestStore.h"

#include "services/AuthService.h"
#include "services/CertificateReview.h"
#include "services/DemoGenerator.h"
#include "services/LockService.h"
#include "services/RecordDetails.h"
#include "services/RecordLookup.h"
#include "services/RevocationReview.h"
#include "services/SchoolDirectory.h"
#include "services/Statistics.h"
#include "store/UserRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

class UnitTree : public ::testing::TestWithParam<store::Dialect>
{
protected:
    void SetUp() override
    {
        QString why;
        m_store = TestStore::create(GetParam(), &why);
        if (!m_store) {
            if (GetParam() == store::Dialect::Sqlite || TestStore::postgresRequired())
                FAIL() << why.toStdString();
            GTEST_SKIP() << why.toStdString();
        }
        services::DemoOptions o;
        o.seed = 17;
        o.units = 2;
        o.schools = 4;
        o.students = 80;
        o.years = 2;
        o.password = QStringLiteral("Demo@2026");
        o.signatures = true;
        auto demo = services::DemoGenerator(m_store->context(), o).run();
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
        m_demo = *demo;
        ASSERT_EQ(m_demo.unitTree.size(), 3);
        so = std::make_unique<services::ServiceContext>(context(QStringLiteral("canboso")));
        commune1 = std::make_unique<services::ServiceContext>(context(QStringLiteral("canbo1")));
        commune2 = std::make_unique<services::ServiceContext>(context(QStringLiteral("canbo2")));
    }

    services::ServiceContext context(const QString& username)
    {
        auto user = store::UserRepository(m_store->db()).byUsername(username);
        EXPECT_TRUE(user.ok() && user->has_value()) << username.toStdString();
        auto actor = services::AuthService::actorFor(m_store->db(), **user);
        EXPECT_TRUE(actor.ok()) << actor.errorString().toStdString();
        return services::ServiceContext{m_store->db(), m_store->clock(), *actor, {}};
    }
    QStringList schoolCodes(services::ServiceContext& ctx)
    {
        auto schools = services::SchoolDirectory(ctx).schools();
        EXPECT_TRUE(schools.ok()) << schools.errorString().toStdString();
        QStringList codes;
        for (const School& s : schools.value_or(QList<School>{}))
            codes.append(s.code);
        codes.sort();
        return codes;
    }
    qint64 lookupTotal(services::ServiceContext& ctx)
    {
        services::LookupRequest r;
        r.name = QStringLiteral("nguyen");
        auto found = services::RecordLookup(ctx).find(r);
        EXPECT_TRUE(found.ok()) << found.errorString().toStdString();
        return found ? found->total : -1;
    }
    qint64 certificates(services::ServiceContext& ctx)
    {
        services::CertificateQuery q;
        q.withChecks = false;
        auto rows = services::CertificateReview(ctx).list(q);
        EXPECT_TRUE(rows.ok()) << rows.errorString().toStdString();
        return rows ? rows->size() : -1;
    }
    qint64 revocations(services::ServiceContext& ctx)
    {
        services::RevocationReview::Filter f;
        f.status.reset();
        auto rows = services::RevocationReview(ctx).list(f);
        EXPECT_TRUE(rows.ok()) << rows.errorString().toStdString();
        return rows ? rows->size() : -1;
    }
    QString one(const QString& sql)
    {
        QSqlQuery q(m_store->db().connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0).toString();
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(m_store->db().connection());
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    }

    std::unique_ptr<TestStore> m_store;
    services::DemoSummary m_demo;
    std::unique_ptr<services::ServiceContext> so, commune1, commune2;
};

} // namespace

TEST_P(UnitTree, ASoSeesEveryCommuneACommuneItsOwnASiblingNothing)
{
    const QStringList all = schoolCodes(*so), first = schoolCodes(*commune1), second = schoolCodes(*commune2);
    EXPECT_EQ(all.size(), 4);
    EXPECT_EQ(first.size(), 2);
    EXPECT_EQ(second.size(), 2);
    for (const QString& code : first)
        EXPECT_FALSE(second.contains(code)) << code.toStdString();
    QStringList both = first + second;
    both.sort();
    EXPECT_EQ(all, both);

    // 6.3, 6.1, 6.5 and 6.4: the Sở's figures are the sum of its communes', each commune's its own.
    const qint64 lookupSo = lookupTotal(*so), lookup1 = lookupTotal(*commune1), lookup2 = lookupTotal(*commune2);
    EXPECT_GT(lookup1, 0);
    EXPECT_GT(lookup2, 0);
    EXPECT_EQ(lookupSo, lookup1 + lookup2);
    EXPECT_EQ(certificates(*so), certificates(*commune1) + certificates(*commune2));
    EXPECT_GT(certificates(*commune2), 0);
    EXPECT_EQ(revocations(*so), revocations(*commune1) + revocations(*commune2));
    auto report = services::Statistics(*so).report(services::LockService(*so).defaultYear());
    ASSERT_TRUE(report.ok()) << report.errorString().toStdString();
    EXPECT_EQ(report->rows.size(), 4);
    auto own = services::Statistics(*commune1).report(services::LockService(*so).defaultYear());
    ASSERT_TRUE(own.ok()) << own.errorString().toStdString();
    EXPECT_EQ(own->rows.size(), 2);

    // Deciding: the Sở decides for a commune's school, a sibling commune does not.
    services::CertificateQuery pendingOfSecond;
    pendingOfSecond.status = CertificateStatus::Pending;
    pendingOfSecond.schoolCode = second.first();
    pendingOfSecond.withChecks = false;
    auto pending = services::CertificateReview(*so).list(pendingOfSecond);
    ASSERT_TRUE(pending.ok()) << pending.errorString().toStdString();
    ASSERT_FALSE(pending->isEmpty());
    const qint64 id = pending->first().registration.id;
    auto refused = services::CertificateReview(*commune1).reject({id}, QStringLiteral("Không thuộc đơn vị"));
    EXPECT_TRUE(!refused.ok() || refused->decided.isEmpty());
    auto decided = services::CertificateReview(*so).reject({id}, QStringLiteral("Sở từ chối: sai tên trường"));
    ASSERT_TRUE(decided.ok()) << decided.errorString().toStdString();
    EXPECT_EQ(decided->decided, QList<qint64>{id});
}

TEST_P(UnitTree, LockDatesFlowDownDateByDate)
{
    const int year = services::LockService(*so).defaultYear();
    const QDate soReceive(year + 1, 5, 20), soRevoke(year + 1, 6, 25), communeReceive(year + 1, 5, 28),
        schoolRevoke(year + 1, 6, 15);
    m_store->clock().set(QDateTime(QDate(year, 11, 20), QTime(9, 0), Qt::UTC));
    const auto yes = [](const QString&) { return true; };
    // The Sở sets both dates for the province, commune 1 only its receive date, and one school of
    // commune 1 its own revoke date.
    services::LockChange province;
    province.allSchools = true;
    province.schoolYear = year;
    province.grades = {5};
    province.receive = soReceive;
    province.revoke = soRevoke;
    ASSERT_TRUE(services::LockService(*so).set(province, yes).ok());
    services::LockChange commune = province;
    commune.revoke.reset();
    commune.receive = communeReceive;
    ASSERT_TRUE(services::LockService(*commune1).set(commune, yes).ok());
    const QStringList first = schoolCodes(*commune1), second = schoolCodes(*commune2);
    services::LockChange school;
    school.schoolCodes = {first.first()};
    school.schoolYear = year;
    school.grades = {5};
    school.revoke = schoolRevoke;
    ASSERT_TRUE(services::LockService(*so).set(school, yes).ok()) << "the Sở sets a commune school's own date";
    // A sibling cannot.
    EXPECT_FALSE(services::LockService(*commune2).set(school, yes).ok());

    auto rows = services::LockService(*so).effective(year);
    ASSERT_TRUE(rows.ok()) << rows.errorString().toStdString();
    int seen = 0;
    for (const services::EffectiveLock& e : *rows) {
        if (e.grade != 5)
            continue;
        ++seen;
        SCOPED_TRACE(e.schoolCode.toStdString());
        if (e.schoolCode == first.first()) {
            EXPECT_EQ(e.receive, communeReceive);
            EXPECT_EQ(e.receiveUnitCode, QStringLiteral("XA01"));
            EXPECT_EQ(e.revoke, schoolRevoke);
            EXPECT_EQ(e.revokeSource, services::LockSource::School);
            EXPECT_TRUE(e.revokeUnitCode.isEmpty());
        } else if (first.contains(e.schoolCode)) {
            EXPECT_EQ(e.receive, communeReceive);
            EXPECT_EQ(e.receiveUnitCode, QStringLiteral("XA01"));
            EXPECT_EQ(e.revoke, soRevoke);
            EXPECT_EQ(e.revokeUnitCode, QStringLiteral("SGD"));
        } else {
            EXPECT_EQ(e.receive, soReceive);
            EXPECT_EQ(e.receiveUnitCode, QStringLiteral("SGD"));
            EXPECT_EQ(e.revoke, soRevoke);
            EXPECT_EQ(e.revokeUnitCode, QStringLiteral("SGD"));
        }
    }
    EXPECT_EQ(seen, 4);
    // The commune sees its schools' dates as the Sở does.
    auto mine = services::LockService(*commune1).effective(year, first.last());
    ASSERT_TRUE(mine.ok()) << mine.errorString().toStdString();
    for (const services::EffectiveLock& e : *mine) {
        if (e.grade == 5) {
            EXPECT_EQ(e.receive, communeReceive);
            EXPECT_EQ(e.revoke, soRevoke);
        }
    }
    // The central store's own resolution (hocbaso_lock_dates, which the send rule uses) agrees.
    if (GetParam() == store::Dialect::Postgres) {
        const QString id = one(QStringLiteral("SELECT id FROM schools WHERE code = '%1'").arg(second.first()));
        EXPECT_EQ(
            one(QStringLiteral("SELECT receive || '/' || revoke FROM hocbaso_lock_dates(%1, %2, 5)").arg(id).arg(year)),
            soReceive.toString(Qt::ISODate) + QLatin1Char('/') + soRevoke.toString(Qt::ISODate));
        const QString own = one(QStringLiteral("SELECT id FROM schools WHERE code = '%1'").arg(first.first()));
        EXPECT_EQ(one(QStringLiteral("SELECT receive || '/' || revoke FROM hocbaso_lock_dates(%1, %2, 5)")
                          .arg(own)
                          .arg(year)),
                  communeReceive.toString(Qt::ISODate) + QLatin1Char('/') + schoolRevoke.toString(Qt::ISODate));
    }
}

TEST_P(UnitTree, AMovedSchoolKeepsItsRecordsAndFollowsItsNewUnit)
{
    const int year = services::LockService(*so).defaultYear();
    m_store->clock().set(QDateTime(QDate(year, 11, 20), QTime(9, 0), Qt::UTC));
    const auto yes = [](const QString&) { return true; };
    services::LockChange second;
    second.allSchools = true;
    second.schoolYear = year;
    second.grades = {3};
    second.receive = QDate(year + 1, 5, 10);
    ASSERT_TRUE(services::LockService(*commune2).set(second, yes).ok());

    // A school of commune 1 with a sent (signed) record.
    const QString moved = one(QStringLiteral("SELECT s.code FROM records r JOIN schools s ON s.id = r.school_id JOIN "
                                             "units u ON u.id = s.unit_id WHERE u.code = 'XA01' AND r.status = 'sent' "
                                             "ORDER BY r.id LIMIT 1"));
    ASSERT_FALSE(moved.isEmpty());
    ASSERT_TRUE(schoolCodes(*commune1).contains(moved));
    const QString records = QStringLiteral("SELECT count(*) FROM records r JOIN schools s ON s.id = r.school_id "
                                           "WHERE s.code = '%1'")
                                .arg(moved);
    const QString before = one(records);
    ASSERT_GT(before.toInt(), 0);
    const QString sent = one(QStringLiteral("SELECT r.uuid FROM records r JOIN schools s ON s.id = r.school_id "
                                            "WHERE s.code = '%1' AND r.status = 'sent' ORDER BY r.id LIMIT 1")
                                 .arg(moved));
    ASSERT_FALSE(sent.isEmpty());

    exec(QStringLiteral("UPDATE schools SET unit_id = (SELECT id FROM units WHERE code = 'XA02') WHERE code = '%1'")
             .arg(moved));

    EXPECT_EQ(one(records), before);
    EXPECT_FALSE(schoolCodes(*commune1).contains(moved));
    EXPECT_TRUE(schoolCodes(*commune2).contains(moved));
    EXPECT_TRUE(schoolCodes(*so).contains(moved));
    // Its signatures still verify, read by its new unit.
    auto details = services::RecordDetailsService(*commune2).load(sent);
    ASSERT_TRUE(details.ok()) << details.errorString().toStdString();
    ASSERT_NE(details->current(), nullptr);
    EXPECT_FALSE(details->current()->signatures.isEmpty());
    EXPECT_TRUE(details->current()->allValid());
    EXPECT_FALSE(services::RecordDetailsService(*commune1).load(sent).ok());
    // Its lock dates are the new unit's.
    auto dates = services::LockService(*commune2).effective(year, moved);
    ASSERT_TRUE(dates.ok()) << dates.errorString().toStdString();
    bool checked = false;
    for (const services::EffectiveLock& e : *dates) {
        if (e.grade == 3) {
            EXPECT_EQ(e.receive, QDate(year + 1, 5, 10));
            EXPECT_EQ(e.receiveUnitCode, QStringLiteral("XA02"));
            checked = true;
        }
    }
    EXPECT_TRUE(checked);
}

TEST_P(UnitTree, StatisticsByUnitSumTheCommunesAndDrillDown)
{
    const int year = services::LockService(*so).defaultYear();
    auto byUnit = services::Statistics(*so).byUnit(year);
    ASSERT_TRUE(byUnit.ok()) << byUnit.errorString().toStdString();
    EXPECT_EQ(byUnit->lines, services::ProgressReport::Lines::Units);
    // One line per commune (the Sở manages no school itself in the demo), each the commune's own totals.
    ASSERT_EQ(byUnit->rows.size(), 2);
    qint64 expected = 0;
    for (const services::ProgressRow& line : byUnit->rows) {
        EXPECT_FALSE(line.ownSchools);
        auto schools = services::Statistics(*so).report(year, 0, line.schoolCode);
        ASSERT_TRUE(schools.ok()) << schools.errorString().toStdString();
        EXPECT_EQ(schools->rows.size(), 2);
        EXPECT_EQ(line.expected, schools->totals.expected);
        EXPECT_EQ(line.sent, schools->totals.sent);
        EXPECT_EQ(line.confirmed, schools->totals.confirmed);
        expected += line.expected;
    }
    EXPECT_GT(expected, 0);
    EXPECT_EQ(byUnit->totals.expected, expected);

    // A commune has no unit below: its report by unit is one line, its own schools.
    auto commune = services::Statistics(*commune1).byUnit(year);
    ASSERT_TRUE(commune.ok()) << commune.errorString().toStdString();
    ASSERT_EQ(commune->rows.size(), 1);
    EXPECT_TRUE(commune->rows.first().ownSchools);
    EXPECT_FALSE(services::Statistics(*commune1).hasUnitsBelow().value_or(true));
    EXPECT_TRUE(services::Statistics(*so).hasUnitsBelow().value_or(false));

    // A sibling's figures are refused, the Sở's too.
    const QString secondCode = byUnit->rows.at(0).schoolCode == commune->unitCode ? byUnit->rows.at(1).schoolCode
                                                                                  : byUnit->rows.at(0).schoolCode;
    EXPECT_FALSE(services::Statistics(*commune1).report(year, 0, secondCode).ok());
    EXPECT_FALSE(services::Statistics(*commune1).byUnit(year, 0, byUnit->unitCode).ok());
}

INSTANTIATE_TEST_SUITE_P(Dialects, UnitTree, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         [](const auto& info) { return TestStore::dialectName(info.param).toStdString(); });

// --- The central store, as its people's login roles ---------------------------------------------

namespace {

using hocbaso::test::execAs;
using hocbaso::test::oneOn;

} // namespace

TEST(CentralUnitTree, RowLevelSecurityFollowsTheTree)
{
    HOCBASO_MAKE_CENTRAL_STORE(c, 6, 90);
    QString why;
    auto so = c->signIn(c->user(QStringLiteral("canboso")), &why);
    ASSERT_TRUE(so) << why.toStdString();
    auto first = c->signIn(c->user(QStringLiteral("canbo1")), &why);
    ASSERT_TRUE(first) << why.toStdString();
    auto second = c->signIn(c->user(QStringLiteral("canbo2")), &why);
    ASSERT_TRUE(second) << why.toStdString();
    const QString xa1 = c->one(QStringLiteral("SELECT id FROM units WHERE code = 'XA01'"));
    const QString xa2 = c->one(QStringLiteral("SELECT id FROM units WHERE code = 'XA02'"));
    const QString sgd = c->one(QStringLiteral("SELECT id FROM units WHERE code = 'SGD'"));

    // What each reads, table by table: the Sở everything, a commune its own, nothing of its sibling.
    for (const char* table :
         {"schools", "records", "pupils", "certificates", "record_versions", "signatures", "revocation_requests"}) {
        SCOPED_TRACE(table);
        const QString all = c->one(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        EXPECT_EQ(oneOn(so->database(), count), all);
        const qint64 a = oneOn(first->database(), count).toLongLong(),
                     b = oneOn(second->database(), count).toLongLong();
        EXPECT_GT(a, 0);
        EXPECT_GT(b, 0);
        EXPECT_EQ(a + b, all.toLongLong());
    }
    EXPECT_EQ(oneOn(first->database(),
                    QStringLiteral("SELECT count(*) FROM records r JOIN schools s ON s.id = r.school_id WHERE "
                                   "s.unit_id = %1")
                        .arg(xa2)),
              QStringLiteral("0"));
    // Every signed-in person reads the tree of units (public administrative information).
    EXPECT_EQ(oneOn(first->database(), QStringLiteral("SELECT count(*) FROM units")), QStringLiteral("3"));

    // Lock dates: the Sở sets a commune's unit-wide date; a commune sets neither its sibling's nor
    // the Sở's; each reads the Sở's unit-wide dates (they reach it) but not its sibling's.
    const QString insert =
        QStringLiteral("INSERT INTO lock_settings (unit_id, school_year, grade, receive_lock, updated_at, updated_by) "
                       "VALUES (%1, 2040, 1, '2041-05-31', now(), '%2')");
    EXPECT_TRUE(execAs(so->database(), insert.arg(xa2, c->user(QStringLiteral("canboso")))).ok);
    EXPECT_TRUE(execAs(so->database(), insert.arg(sgd, c->user(QStringLiteral("canboso")))).ok);
    EXPECT_FALSE(execAs(first->database(), insert.arg(xa2, c->user(QStringLiteral("canbo1")))).ok);
    EXPECT_FALSE(execAs(first->database(), insert.arg(sgd, c->user(QStringLiteral("canbo1")))).ok);
    EXPECT_EQ(execAs(first->database(), QStringLiteral("UPDATE lock_settings SET receive_lock = '2041-01-01' WHERE "
                                                       "school_year = 2040 AND unit_id IN (%1, %2)")
                                            .arg(xa2, sgd))
                  .rows,
              0);
    EXPECT_EQ(oneOn(first->database(),
                    QStringLiteral("SELECT string_agg(unit_id::text, ',' ORDER BY unit_id) FROM lock_settings WHERE "
                                   "school_year = 2040")),
              sgd);
    // hocbaso_lock_dates answers a commune for its own schools only, with the Sở's date reaching them.
    const QString own = c->one(QStringLiteral("SELECT min(id) FROM schools WHERE unit_id = %1").arg(xa1));
    const QString other = c->one(QStringLiteral("SELECT min(id) FROM schools WHERE unit_id = %1").arg(xa2));
    EXPECT_EQ(oneOn(first->database(), QStringLiteral("SELECT receive FROM hocbaso_lock_dates(%1, 2040, 1)").arg(own)),
              QStringLiteral("2041-05-31"));
    // A sibling's school gets no dates (one row of nulls), though the Sở's date reaches it too.
    EXPECT_EQ(
        oneOn(first->database(),
              QStringLiteral("SELECT (receive IS NULL AND revoke IS NULL)::text FROM hocbaso_lock_dates(%1, 2040, 1)")
                  .arg(other)),
        QStringLiteral("true"));
    EXPECT_EQ(
        oneOn(second->database(), QStringLiteral("SELECT receive FROM hocbaso_lock_dates(%1, 2040, 1)").arg(other)),
        QStringLiteral("2041-05-31"));

    // The audit chains: the Sở reads its communes' chains, a commune not its sibling's.
    EXPECT_EQ(oneOn(first->database(), QStringLiteral("SELECT count(*) FROM audit_events WHERE chain = %1").arg(xa2)),
              QStringLiteral("0"));
    EXPECT_NE(oneOn(so->database(), QStringLiteral("SELECT count(*) FROM audit_events WHERE chain = %1").arg(xa2)),
              QStringLiteral("0"));
    // A commune cannot append to its sibling's chain, or to the Sở's.
    EXPECT_EQ(oneOn(first->database(), QStringLiteral("SELECT hocbaso_audit_may_append(%1)").arg(xa2)),
              QStringLiteral("false"));
    EXPECT_EQ(oneOn(first->database(), QStringLiteral("SELECT hocbaso_audit_may_append(%1)").arg(sgd)),
              QStringLiteral("false"));
    EXPECT_EQ(oneOn(so->database(), QStringLiteral("SELECT hocbaso_audit_may_append(%1)").arg(xa2)),
              QStringLiteral("true"));

    // The tree stays a tree, whoever tries (the owner here: nobody else may write units).
    EXPECT_FALSE(execAs(c->owner(), QStringLiteral("UPDATE units SET parent_id = %1 WHERE id = %2").arg(xa1, sgd)).ok);
    EXPECT_FALSE(execAs(c->owner(), QStringLiteral("UPDATE units SET parent_id = id WHERE id = %1").arg(xa1)).ok);
    EXPECT_FALSE(
        execAs(first->database(), QStringLiteral("UPDATE units SET parent_id = NULL WHERE id = %1").arg(xa1)).ok);
}

TEST(CentralUnitTree, AMovedSchoolIsAnnouncedToBothUnits)
{
    HOCBASO_MAKE_CENTRAL_STORE(c, 4, 60);
    const QString xa2 = c->one(QStringLiteral("SELECT id FROM units WHERE code = 'XA02'"));
    const QString xa1 = c->one(QStringLiteral("SELECT id FROM units WHERE code = 'XA01'"));
    const QString school = c->one(QStringLiteral("SELECT min(id) FROM schools WHERE unit_id = %1").arg(xa1));
    const QString records = c->one(QStringLiteral("SELECT count(*) FROM records WHERE school_id = %1").arg(school));
    const QString last = c->one(QStringLiteral("SELECT max(seq) FROM sync_changes"));
    ASSERT_TRUE(
        execAs(c->owner(), QStringLiteral("UPDATE schools SET unit_id = %1 WHERE id = %2").arg(xa2, school)).ok);
    // The new unit's offline copies pull the school's history; the old unit's drop it.
    for (const QString& unit : {xa1, xa2}) {
        EXPECT_EQ(c->one(QStringLiteral("SELECT count(*) FROM sync_changes WHERE seq > %1 AND unit_id = %2 AND tbl = "
                                        "'records'")
                             .arg(last, unit)),
                  records);
    }
}

// The unit tree's closure (schema 22), behind every policy, follows the tree: a new unit is below
// its parent's ancestors, a moved unit takes its subtree (and its schools) to its new parent.
TEST(CentralUnitTree, TheClosureFollowsNewAndMovedUnits)
{
    HOCBASO_MAKE_CENTRAL_STORE(c, 4, 60);
    const QString xa1 = c->one(QStringLiteral("SELECT id FROM units WHERE code = 'XA01'"));
    const QString xa2 = c->one(QStringLiteral("SELECT id FROM units WHERE code = 'XA02'"));
    // What a recursive walk of units gives, against what the closure holds.
    const QString walk = QStringLiteral(
        "WITH RECURSIVE b(a, u, d) AS (SELECT id, id, 0 FROM units UNION ALL SELECT b.a, x.id, b.d + 1 FROM units x "
        "JOIN b ON x.parent_id = b.u) SELECT string_agg(a || '>' || u || ':' || d, ',' ORDER BY a, u) FROM b");
    const QString held =
        QStringLiteral("SELECT string_agg(ancestor_id || '>' || unit_id || ':' || depth, ',' ORDER BY ancestor_id, "
                       "unit_id) FROM unit_closure");
    // school_scopes (schema 28), what the policies read: each unit's schools (the closure joined to
    // the schools), each school alone (minus its id) and every school (0).
    const QString scope = QStringLiteral(
        "SELECT string_agg(scope || '>' || school_id, ',' ORDER BY scope, school_id) FROM school_scopes");
    const QString derived = QStringLiteral(
        "SELECT string_agg(k || '>' || s, ',' ORDER BY k, s) FROM (SELECT c.ancestor_id AS k, s.id AS s FROM "
        "unit_closure c JOIN schools s ON s.unit_id = c.unit_id UNION ALL SELECT -id, id FROM schools UNION ALL "
        "SELECT 0, id FROM schools) t");
    EXPECT_EQ(c->one(held), c->one(walk));
    EXPECT_EQ(c->one(scope), c->one(derived));
    ASSERT_FALSE(c->one(scope).isEmpty());

    // A unit under XA01, then XA01's school moved to it, then the new unit moved under XA02.
    ASSERT_TRUE(execAs(c->owner(), QStringLiteral("INSERT INTO units (code, name, level, parent_id) VALUES ('XA0101', "
                                                  "'Thôn thử', 'xa', %1)")
                                       .arg(xa1))
                    .ok);
    const QString sub = c->one(QStringLiteral("SELECT id FROM units WHERE code = 'XA0101'"));
    EXPECT_EQ(c->one(held), c->one(walk));
    EXPECT_EQ(c->one(scope), c->one(derived));
    const QString school = c->one(QStringLiteral("SELECT min(id) FROM schools WHERE unit_id = %1").arg(xa1));
    ASSERT_TRUE(
        execAs(c->owner(), QStringLiteral("UPDATE schools SET unit_id = %1 WHERE id = %2").arg(sub, school)).ok);
    EXPECT_EQ(c->one(scope), c->one(derived));
    QString why;
    auto first = c->signIn(c->user(QStringLiteral("canbo1")), &why);
    ASSERT_TRUE(first) << why.toStdString();
    auto second = c->signIn(c->user(QStringLiteral("canbo2")), &why);
    ASSERT_TRUE(second) << why.toStdString();
    const QString seen = QStringLiteral("SELECT count(*) FROM records WHERE school_id = %1").arg(school);
    const QString records = c->one(seen);
    ASSERT_NE(records, QStringLiteral("0"));
    EXPECT_EQ(oneOn(first->database(), seen), records);
    EXPECT_EQ(oneOn(second->database(), seen), QStringLiteral("0"));

    ASSERT_TRUE(execAs(c->owner(), QStringLiteral("UPDATE units SET parent_id = %1 WHERE id = %2").arg(xa2, sub)).ok);
    EXPECT_EQ(c->one(held), c->one(walk));
    EXPECT_EQ(c->one(scope), c->one(derived));
    // The same sessions: the lists are computed per statement, not kept from before the move.
    EXPECT_EQ(oneOn(first->database(), seen), QStringLiteral("0"));
    EXPECT_EQ(oneOn(second->database(), seen), records);

    // A school made in a commune is that commune's (and the Sở's) at once, in the same sessions.
    ASSERT_TRUE(execAs(c->owner(), QStringLiteral("INSERT INTO schools (code, name, name_folded, name_sort, "
                                                  "unit_id, ownership) VALUES ('T-SCOPE', 'Trường thử', 'truong "
                                                  "thu', 'truong thu', %1, 'public')")
                                       .arg(xa2))
                    .ok);
    EXPECT_EQ(c->one(scope), c->one(derived));
    const QString made = QStringLiteral("SELECT count(*) FROM schools WHERE code = 'T-SCOPE'");
    EXPECT_EQ(oneOn(second->database(), made), QStringLiteral("1"));
    EXPECT_EQ(oneOn(first->database(), made), QStringLiteral("0"));
    EXPECT_EQ(oneOn(second->database(),
                    QStringLiteral("SELECT count(*) FROM school_scope WHERE school_id = (SELECT id FROM schools WHERE "
                                   "code = 'T-SCOPE')")),
              QStringLiteral("1"));
}
