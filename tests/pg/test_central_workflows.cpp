// The services of 6.1-6.5 signed in to the central store as the people's own login roles (the
// officer through the real sign-in, the school user as the school edition would), so that every
// statement they make passes row-level security and the database's rules. PostgreSQL only.

#include "support/CentralStore.h"

#include "core/LookupCode.h"
#include "services/AuditLog.h"
#include "services/CertificateReview.h"
#include "services/LockService.h"
#include "services/RecordDetails.h"
#include "services/RecordLookup.h"
#include "services/RevocationReview.h"
#include "services/SchoolActions.h"
#include "services/SignIn.h"
#include "services/Statistics.h"
#include "services/UserAdmin.h"

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::CentralStore;

namespace {

// The officer of unit 1 through the GUI's sign-in (the server checks the password).
struct Officer
{
    services::SignedIn signedIn;
    std::unique_ptr<services::ServiceContext> ctx;
};

std::optional<Officer> signInOfficer(CentralStore& c, const QString& base, QString* why)
{
    services::SignIn signIn(c.store().clock());
    auto s = signIn.signIn(store::ConnectionSpec::postgres(c.store().conninfo()), services::Edition::ManagingUnit,
                           c.user(base), QString::fromLatin1(CentralStore::kPassword));
    if (!s) {
        *why = s.errorString();
        return std::nullopt;
    }
    Officer o;
    o.signedIn = std::move(s).value();
    o.ctx.reset(new services::ServiceContext{*o.signedIn.db, c.store().clock(), o.signedIn.actor, {}});
    return o;
}

#define SIGN_IN_OFFICER(var, c, base)                                                                                  \
    QString var##Why;                                                                                                  \
    auto var = signInOfficer(*(c), (base), &var##Why);                                                                 \
    ASSERT_TRUE(var) << var##Why.toStdString();                                                                        \
    ASSERT_FALSE(var->signedIn.db->connection().userName().isEmpty());

QStringList schoolCodesOfUnit(CentralStore& c, int n)
{
    return c.one(QStringLiteral("SELECT string_agg(code, ',') FROM schools WHERE unit_id = %1").arg(c.unitId(n)))
        .split(QLatin1Char(','));
}

} // namespace

// 6.1: the unit's officer approves, rejects and revokes; another unit's certificates do not exist
// for them.
TEST(CentralWorkflows, CertificatesAreDecidedByTheUnitsOfficer)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    SIGN_IN_OFFICER(officer, c, QStringLiteral("canbo1"));
    EXPECT_EQ(officer->signedIn.db->connection().userName(), c->user(QStringLiteral("canbo1")));
    services::CertificateReview review(*officer->ctx);
    services::CertificateQuery all;
    all.withChecks = false;
    auto listed = review.list(all);
    ASSERT_TRUE(listed.ok()) << listed.errorString().toStdString();
    const QStringList mine = schoolCodesOfUnit(*c, 1);
    ASSERT_FALSE(listed->isEmpty());
    for (const services::CertificateView& v : *listed)
        EXPECT_TRUE(mine.contains(v.schoolCode)) << v.schoolCode.toStdString();
    EXPECT_EQ(listed->size(), c->count(QStringLiteral("SELECT count(*) FROM certificates c JOIN schools s ON s.id = "
                                                      "c.school_id WHERE s.unit_id = %1")
                                           .arg(c->unitId(1))));

    auto idOf = [&](int unit, const char* status, int offset = 0) {
        return c->count(QStringLiteral("SELECT c.id FROM certificates c JOIN schools s ON s.id = c.school_id WHERE "
                                       "s.unit_id = %1 AND c.status = '%2' ORDER BY c.id OFFSET %3 LIMIT 1")
                            .arg(c->unitId(unit))
                            .arg(QString::fromLatin1(status))
                            .arg(offset));
    };
    const qint64 toApprove = idOf(1, "pending");
    const qint64 toReject = idOf(1, "pending", 1);
    const qint64 toRevoke = idOf(1, "approved");
    const qint64 foreign = idOf(2, "pending");
    ASSERT_TRUE(toApprove > 0 && toReject > 0 && toRevoke > 0 && foreign > 0);
    auto approved = review.approve({toApprove, foreign}, [](const QString&) { return true; });
    ASSERT_TRUE(approved.ok()) << approved.errorString().toStdString();
    EXPECT_EQ(approved->decided, QList<qint64>{toApprove});
    ASSERT_EQ(approved->refused.size(), 1);
    EXPECT_EQ(approved->refused.first().why, services::CertificateRefusal::Why::NotFound);
    auto rejected = review.reject({toReject}, QStringLiteral("Chứng thư không đúng tên trường."));
    ASSERT_TRUE(rejected.ok()) << rejected.errorString().toStdString();
    EXPECT_EQ(rejected->decided, QList<qint64>{toReject});
    auto revoked = review.revoke({toRevoke}, QStringLiteral("Lộ khóa bí mật."));
    ASSERT_TRUE(revoked.ok()) << revoked.errorString().toStdString();
    EXPECT_EQ(revoked->decided, QList<qint64>{toRevoke});
    const QString me = c->user(QStringLiteral("canbo1"));
    EXPECT_EQ(c->one(QStringLiteral("SELECT string_agg(status || ':' || coalesce(revoked_by, decided_by), ',' ORDER BY "
                                    "id) FROM certificates WHERE id IN (%1, %2, %3)")
                         .arg(toApprove)
                         .arg(toReject)
                         .arg(toRevoke)),
              QStringList(
                  {QStringLiteral("approved:") + me, QStringLiteral("rejected:") + me, QStringLiteral("revoked:") + me})
                  .join(QLatin1Char(',')));
    EXPECT_EQ(c->one(QStringLiteral("SELECT status FROM certificates WHERE id = %1").arg(foreign)),
              QStringLiteral("pending"));
    // The officer's audit chain is whole, and so is the store's.
    auto mineVerified = services::AuditLog(*officer->ctx).verify();
    ASSERT_TRUE(mineVerified.ok());
    EXPECT_TRUE(mineVerified->ok) << mineVerified->problem.toStdString();
    EXPECT_TRUE(services::AuditLog(c->store().context()).verify()->ok);
}

// 6.2: the officer sets and clears the unit's lock dates; another unit's schools are not theirs.
TEST(CentralWorkflows, LockDatesAreSetByTheUnitsOfficer)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    SIGN_IN_OFFICER(officer, c, QStringLiteral("canbo1"));
    services::LockService locks(*officer->ctx);
    const SchoolYear year = SchoolYear::containing(c->store().clock().today());
    const QString school = schoolCodesOfUnit(*c, 1).first();
    services::LockChange all;
    all.allSchools = true;
    all.grades = {1, 2};
    all.receive = year.lastDay().addDays(-10);
    all.revoke = year.lastDay();
    const auto yes = [](const QString&) { return true; };
    ASSERT_TRUE(locks.set(all, yes).ok());
    services::LockChange own;
    own.schoolCodes = {school};
    own.grades = {1};
    own.receive = year.lastDay().addDays(-20);
    auto setOwn = locks.set(own, yes);
    ASSERT_TRUE(setOwn.ok()) << setOwn.errorString().toStdString();
    const qint64 schoolId = c->count(QStringLiteral("SELECT id FROM schools WHERE code = '%1'").arg(school));
    auto e = locks.effectiveFor(schoolId, year.startYear, 1);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->receive, year.lastDay().addDays(-20));
    EXPECT_EQ(e->revoke, year.lastDay());
    ASSERT_TRUE(locks.clear(school, {1}, year.startYear).ok());
    EXPECT_EQ(locks.effectiveFor(schoolId, year.startYear, 1)->receive, year.lastDay().addDays(-10));
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM lock_settings WHERE school_year = %1 AND updated_by = '%2'")
                           .arg(year.startYear)
                           .arg(c->user(QStringLiteral("canbo1")))),
              3);
    // A school of the other unit is not there for this officer.
    services::LockChange foreign;
    foreign.schoolCodes = {schoolCodesOfUnit(*c, 2).first()};
    foreign.receive = year.lastDay();
    EXPECT_FALSE(locks.set(foreign, yes).ok());
    EXPECT_TRUE(services::AuditLog(c->store().context()).verify()->ok);
}

// 6.3: lookups find the officer's unit's records only, and a record's signatures verify.
TEST(CentralWorkflows, LookupsSeeTheOfficersUnitOnly)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    SIGN_IN_OFFICER(officer, c, QStringLiteral("canbo1"));
    services::RecordLookup lookup(*officer->ctx);
    const QString own = c->one(QStringLiteral("SELECT r.uuid FROM records r JOIN schools s ON s.id = r.school_id WHERE "
                                              "s.unit_id = %1 AND r.status = 'sent' ORDER BY r.id LIMIT 1")
                                   .arg(c->unitId(1)));
    const QString foreign = c->one(QStringLiteral("SELECT r.uuid FROM records r JOIN schools s ON s.id = r.school_id "
                                                  "WHERE s.unit_id = %1 ORDER BY r.id LIMIT 1")
                                       .arg(c->unitId(2)));
    services::LookupRequest byCode;
    byCode.lookupCode = own;
    auto found = lookup.find(byCode);
    ASSERT_TRUE(found.ok()) << found.errorString().toStdString();
    ASSERT_EQ(found->rows.size(), 1);
    byCode.lookupCode = foreign;
    auto hidden = lookup.find(byCode);
    ASSERT_TRUE(hidden.ok());
    EXPECT_EQ(hidden->rows.size(), 0);
    EXPECT_EQ(hidden->total, 0);
    // A common surname: every hit is in the officer's unit, and all of the unit's are counted.
    services::LookupRequest byName;
    byName.name = QStringLiteral("nguyen");
    byName.limit = 1000;
    auto named = lookup.find(byName);
    ASSERT_TRUE(named.ok()) << named.errorString().toStdString();
    ASSERT_FALSE(named->rows.isEmpty());
    const QStringList mine = schoolCodesOfUnit(*c, 1);
    for (const RecordListing& r : named->rows)
        EXPECT_TRUE(mine.contains(r.schoolCode));
    EXPECT_EQ(named->total, c->count(QStringLiteral("SELECT count(*) FROM records r JOIN pupils p ON p.id = r.pupil_id "
                                                    "JOIN schools s ON s.id = r.school_id WHERE s.unit_id = %1 AND "
                                                    "hocbaso_words_match(p.name_folded, 'nguyen')")
                                         .arg(c->unitId(1))));
    auto details = services::RecordDetailsService(*officer->ctx).load(own);
    ASSERT_TRUE(details.ok()) << details.errorString().toStdString();
    EXPECT_FALSE(services::RecordDetailsService(*officer->ctx).load(foreign).ok());
}

// 6.4: the officer's statistics count exactly the unit's records.
TEST(CentralWorkflows, StatisticsCountTheOfficersUnit)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    SIGN_IN_OFFICER(officer, c, QStringLiteral("xem1")); // a viewer sees statistics too
    services::Statistics stats(*officer->ctx);
    const int year = stats.defaultYear();
    auto report = stats.report(year);
    ASSERT_TRUE(report.ok()) << report.errorString().toStdString();
    const QString unitRecords = QStringLiteral("SELECT count(*) FROM records r JOIN schools s ON s.id = r.school_id "
                                               "WHERE s.unit_id = %1 AND r.school_year = %2")
                                    .arg(c->unitId(1))
                                    .arg(year);
    ASSERT_GT(c->count(unitRecords), 0);
    EXPECT_EQ(report->totals.expected, c->count(unitRecords));
    EXPECT_EQ(report->totals.sent, c->count(unitRecords + QStringLiteral(" AND r.status = 'sent'")));
    EXPECT_EQ(report->rows.size(), schoolCodesOfUnit(*c, 1).size());
}

// 6.5 with the school side: a school user confirms, sends and asks for a revocation; the unit's
// officer approves it; the school corrects and sends the new version.
TEST(CentralWorkflows, ARevocationGoesFromTheSchoolToTheOfficerAndBack)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    // A school of unit 1 whose seal and principal the unit approved, and a user of it.
    const QString year = c->one(QStringLiteral("SELECT max(school_year) FROM records"));
    const QString schoolId = c->one(QStringLiteral("SELECT r.school_id FROM records r JOIN schools s ON s.id = "
                                                   "r.school_id WHERE s.unit_id = %1 AND r.status = 'sent' AND "
                                                   "r.school_year = %2 AND hocbaso_signed_by_approved(r.id, r.version) "
                                                   "ORDER BY r.school_id LIMIT 1")
                                        .arg(c->unitId(1))
                                        .arg(year));
    ASSERT_FALSE(schoolId.isEmpty());
    const QString draft =
        c->one(QStringLiteral(
                   "SELECT uuid FROM records WHERE school_id = %1 AND school_year = %2 AND status = 'draft' ORDER BY "
                   "id LIMIT 1")
                   .arg(schoolId, year));
    ASSERT_FALSE(draft.isEmpty());
    services::NewUser nu;
    nu.username = c->user(QStringLiteral("hieutruong"));
    nu.displayName = QStringLiteral("Trần Thị Hoa");
    nu.role = Role::School;
    nu.unitId = c->unitId(1);
    nu.schoolId = schoolId.toLongLong();
    const QString password = QString::fromLatin1(CentralStore::kPassword);
    ASSERT_TRUE(services::UserAdmin(c->store().context()).add(nu, password, password).ok());
    QString why;
    auto school = c->signIn(nu.username, &why);
    ASSERT_TRUE(school) << why.toStdString();
    services::SchoolActions actions(school->context(), &c->keys());

    auto confirmed = actions.confirm(draft);
    ASSERT_TRUE(confirmed.ok()) << confirmed.errorString().toStdString();
    auto sent = actions.send(draft);
    ASSERT_TRUE(sent.ok()) << sent.errorString().toStdString();
    auto requested = actions.requestRevocation(draft, QStringLiteral("Sai ngày sinh của học sinh."));
    ASSERT_TRUE(requested.ok()) << requested.errorString().toStdString();

    SIGN_IN_OFFICER(officer, c, QStringLiteral("canbo1"));
    services::RevocationReview review(*officer->ctx);
    services::RevocationReview::Filter f;
    auto pending = review.list(f);
    ASSERT_TRUE(pending.ok()) << pending.errorString().toStdString();
    bool listed = false;
    for (const RevocationListing& l : *pending)
        listed = listed || l.request.id == *requested;
    EXPECT_TRUE(listed);
    auto decided = review.approve({*requested});
    ASSERT_TRUE(decided.ok()) << decided.errorString().toStdString();
    EXPECT_EQ(decided->decided, QList<qint64>{*requested});
    EXPECT_EQ(c->one(QStringLiteral("SELECT status FROM records WHERE uuid = '%1'").arg(draft)),
              QStringLiteral("revoked"));

    // The corrected record: a new version under the same lookup code, confirmed and sent.
    auto again = actions.confirm(draft);
    ASSERT_TRUE(again.ok()) << again.errorString().toStdString();
    EXPECT_EQ(again->version, 2);
    auto resent = actions.send(draft);
    ASSERT_TRUE(resent.ok()) << resent.errorString().toStdString();
    EXPECT_EQ(c->one(QStringLiteral("SELECT status || ' ' || version FROM records WHERE uuid = '%1'").arg(draft)),
              QStringLiteral("sent 2"));
    // A second approval of the same request finds it decided.
    auto twice = review.approve({*requested});
    ASSERT_TRUE(twice.ok());
    EXPECT_TRUE(twice->decided.isEmpty());
    auto verified = services::AuditLog(c->store().context()).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << verified->problem.toStdString();
}
