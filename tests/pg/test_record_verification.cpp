// Receipt verification (issue #18) through the service, on SQLite and PostgreSQL: a clean demo is
// valid, a run stopped halfway goes on where it stopped, altered signature bytes and an approval
// after signing are named in words, and 6.3 and 6.4 see the results.

#include "support/DemoStore.h"

#include "services/RecordDetails.h"
#include "services/RecordLookup.h"
#include "services/RecordVerification.h"
#include "services/Statistics.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

class RecordVerificationTest : public ::testing::TestWithParam<store::Dialect>
{
protected:
    QString one(TestStore& t, const QString& sql)
    {
        QSqlQuery q(t.db().connection());
        if (!q.exec(sql) || !q.next()) {
            ADD_FAILURE() << "query failed: " << sql.toStdString();
            return {};
        }
        return q.value(0).toString();
    }
    qint64 count(TestStore& t, const QString& sql) { return one(t, sql).toLongLong(); }
};

const QString kSent = QStringLiteral("SELECT count(*) FROM record_versions WHERE sent_at IS NOT NULL");
const QString kStored = QStringLiteral("SELECT count(*) FROM record_verifications");

} // namespace

TEST_P(RecordVerificationTest, AStoppedRunGoesOnWhereItStopped)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    ASSERT_TRUE(test::fillWithDemo(*t, 2, 80).ok());
    const qint64 sent = count(*t, kSent);
    ASSERT_GT(sent, 20);

    services::VerificationFilter f;
    f.batchSize = 7;
    QList<qint64> reported;
    bool stop = false;
    auto first = services::RecordVerification(t->context())
                     .verifyAll(
                         f,
                         [&](qint64 done, qint64 total) {
                             EXPECT_EQ(total, sent);
                             reported.append(done);
                             stop = done > 0; // killed after its first batch
                         },
                         [&] { return stop; });
    ASSERT_TRUE(first) << first.errorString().toStdString();
    EXPECT_TRUE(first->cancelled);
    EXPECT_EQ(first->checked, 7);
    EXPECT_EQ(reported, (QList<qint64>{0, 7}));
    EXPECT_EQ(count(*t, kStored), 7);

    auto rest = services::RecordVerification(t->context()).verifyAll(f);
    ASSERT_TRUE(rest) << rest.errorString().toStdString();
    EXPECT_FALSE(rest->cancelled);
    EXPECT_EQ(rest->checked, sent - 7);
    EXPECT_EQ(rest->valid, sent - 7) << (rest->problems.isEmpty() ? std::string()
                                                                  : rest->problems.first().reason.toStdString());
    EXPECT_EQ(count(*t, kStored), sent);
    EXPECT_EQ(count(*t, QStringLiteral("SELECT count(*) FROM record_verifications WHERE result = 'valid'")), sent);
    // Nothing left: a third run checks nothing.
    auto none = services::RecordVerification(t->context()).verifyAll(f);
    ASSERT_TRUE(none);
    EXPECT_EQ(none->checked, 0);
}

TEST_P(RecordVerificationTest, AlteredBytesAndLateApprovalAreNamedAndShown)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    ASSERT_TRUE(test::fillWithDemo(*t, 3, 120).ok());
    // A sent record of the current year whose seal signature gets one byte of its value changed.
    const QString sig = one(*t, QStringLiteral("SELECT g.id FROM signatures g JOIN records r ON r.id = g.record_id AND "
                                               "r.version = g.version WHERE r.status = 'sent' AND g.role = 'seal' "
                                               "ORDER BY g.id LIMIT 1"));
    const QString uuid = one(*t, QStringLiteral("SELECT r.uuid FROM signatures g JOIN records r ON r.id = g.record_id "
                                                "WHERE g.id = %1")
                                     .arg(sig));
    {
        QSqlQuery q(t->db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT cms FROM signatures WHERE id = %1").arg(sig)) && q.next());
        QByteArray cms = q.value(0).toByteArray();
        cms[cms.size() - 2] = char(cms.at(cms.size() - 2) ^ 0x40);
        QSqlQuery u(t->db().connection());
        ASSERT_TRUE(u.prepare(QStringLiteral("UPDATE signatures SET cms = ? WHERE id = ?")));
        u.addBindValue(cms);
        u.addBindValue(sig.toLongLong());
        ASSERT_TRUE(u.exec()) << u.lastError().text().toStdString();
    }
    // Another school's principal certificate approved only after its records were signed.
    const QString lateSchool = one(*t, QStringLiteral("SELECT s.id FROM schools s JOIN records r ON r.school_id = s.id "
                                                      "WHERE r.status = 'sent' AND s.id <> (SELECT school_id FROM "
                                                      "records WHERE uuid = '%1') ORDER BY s.id LIMIT 1")
                                           .arg(uuid));
    ASSERT_FALSE(lateSchool.isEmpty());
    ASSERT_TRUE(t->db().execDirect(QStringLiteral("UPDATE certificates SET decided_at = '2099-01-01T00:00:00Z' WHERE "
                                                  "school_id = %1 AND kind = 'signer' AND status = 'approved'")
                                       .arg(lateSchool)));
    const qint64 lateSent = count(*t, QStringLiteral("SELECT count(*) FROM record_versions v JOIN records r ON r.id = "
                                                     "v.record_id WHERE v.sent_at IS NOT NULL AND r.school_id = %1")
                                          .arg(lateSchool));

    auto found = services::RecordVerification(t->context()).verifyAll({});
    ASSERT_TRUE(found) << found.errorString().toStdString();
    EXPECT_EQ(found->invalid, lateSent + 1);
    int named = 0;
    for (const services::VerificationProblem& p : std::as_const(found->problems)) {
        EXPECT_EQ(p.result, VerificationResult::Invalid);
        if (p.uuid == uuid) {
            ++named;
            EXPECT_TRUE(p.reason.contains(label(SignatureRole::Seal))) << p.reason.toStdString();
        } else {
            EXPECT_TRUE(p.reason.contains(QStringLiteral("was not approved"))) << p.reason.toStdString();
        }
    }
    EXPECT_EQ(named, 1);

    // 6.3: the row carries the badge, the filter lists the invalid ones only, the detail says why.
    services::LookupRequest all;
    all.invalidSignature = true;
    all.limit = 500;
    auto invalid = services::RecordLookup(t->context()).find(all);
    ASSERT_TRUE(invalid) << invalid.errorString().toStdString();
    const qint64 invalidCurrent = count(*t, QStringLiteral("SELECT count(*) FROM record_verifications x JOIN records r "
                                                           "ON r.id = x.record_id AND r.version = x.version WHERE "
                                                           "x.result = 'invalid'"));
    EXPECT_EQ(invalid->total, invalidCurrent);
    EXPECT_EQ(invalid->rows.size(), invalidCurrent);
    bool sawAltered = false;
    for (const RecordListing& l : std::as_const(invalid->rows)) {
        EXPECT_EQ(l.verification, VerificationResult::Invalid);
        EXPECT_FALSE(l.verificationReason.isEmpty());
        sawAltered = sawAltered || l.uuid == uuid;
    }
    EXPECT_TRUE(sawAltered);
    auto details = services::RecordDetailsService(t->context()).load(uuid);
    ASSERT_TRUE(details) << details.errorString().toStdString();
    ASSERT_TRUE(details->current() && details->current()->verdict && details->current()->stored);
    EXPECT_EQ(details->current()->verdict->result, VerificationResult::Invalid);
    EXPECT_EQ(details->current()->stored->result, VerificationResult::Invalid);

    // 6.4: the invalid ones counted per school.
    const int year = one(*t, QStringLiteral("SELECT school_year FROM records WHERE uuid = '%1'").arg(uuid)).toInt();
    auto report = services::Statistics(t->context()).report(year);
    ASSERT_TRUE(report) << report.errorString().toStdString();
    const QString school = one(*t, QStringLiteral("SELECT s.code FROM schools s JOIN records r ON r.school_id = s.id "
                                                  "WHERE r.uuid = '%1'")
                                       .arg(uuid));
    qint64 total = 0;
    for (const services::ProgressRow& row : std::as_const(report->rows)) {
        const qint64 expected =
            count(*t, QStringLiteral("SELECT count(*) FROM record_verifications x JOIN records r ON r.id = "
                                     "x.record_id AND r.version = x.version WHERE x.result = 'invalid' AND "
                                     "r.school_year = %1 AND r.school_id = %2")
                          .arg(year)
                          .arg(row.schoolId));
        EXPECT_EQ(row.invalidSignatures, expected) << row.schoolCode.toStdString();
        if (row.schoolCode == school) {
            EXPECT_GE(row.invalidSignatures, 1);
        }
        total += row.invalidSignatures;
    }
    EXPECT_EQ(report->totals.invalidSignatures, total);
}

INSTANTIATE_TEST_SUITE_P(Dialects, RecordVerificationTest,
                         ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);
