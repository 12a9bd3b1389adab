// 6.2 Cách 2 saved through one service call (LockService::applyEdits): every edited row checked by
// the service's rules, one question for the past dates, and all rows in one transaction, so that a
// refused row leaves every row as it was. Both dialects (PostgreSQL with HOCBASO_TEST_PG).

#include "support/DemoStore.h"

#include "services/AuditLog.h"
#include "services/LockService.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

class LockEdits : public ::testing::TestWithParam<store::Dialect>
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
        auto demo = test::fillWithDemo(*m_store, 3, 60, false);
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
        m_store->clock().set(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        schoolA = one(QStringLiteral("SELECT code FROM schools ORDER BY code LIMIT 1"));
        schoolB = one(QStringLiteral("SELECT code FROM schools ORDER BY code LIMIT 1 OFFSET 1"));
        services::LockChange all;
        all.allSchools = true;
        all.schoolYear = 2026;
        all.receive = QDate(2027, 5, 31);
        all.revoke = QDate(2027, 6, 30);
        ASSERT_TRUE(services::LockService(ctx()).set(all, {}).ok());
    }

    services::ServiceContext& ctx() { return m_store->context(); }
    QString one(const QString& sql)
    {
        QSqlQuery q(m_store->db().connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0).toString();
    }
    // Every lock row and audit event: unchanged means nothing was saved.
    QString fingerprint()
    {
        return one(QStringLiteral("SELECT count(*) || ':' || COALESCE(sum(row_version), 0) FROM lock_settings")) +
               QStringLiteral("/") + one(QStringLiteral("SELECT count(*) FROM audit_events"));
    }

    std::unique_ptr<TestStore> m_store;
    QString schoolA, schoolB;
};

} // namespace

TEST_P(LockEdits, SeveralRowsAreSavedTogether)
{
    services::LockService locks(ctx());
    int asked = 0;
    const auto yes = [&](const QString&) {
        ++asked;
        return true;
    };
    // Two past dates in two rows: one question.
    auto saved = locks.applyEdits(2026,
                                  {{schoolA, 1, QDate(2026, 11, 1), std::nullopt},
                                   {schoolA, 2, std::nullopt, QDate(2027, 6, 15)},
                                   {schoolB, 3, QDate(2026, 11, 2), QDate(2027, 6, 1)}},
                                  yes);
    ASSERT_TRUE(saved.ok()) << saved.errorString().toStdString();
    EXPECT_EQ(*saved, 3);
    EXPECT_EQ(asked, 1);
    auto rows = locks.effective(2026);
    ASSERT_TRUE(rows.ok());
    for (const services::EffectiveLock& e : *rows) {
        if (e.schoolCode == schoolA && e.grade == 1) {
            EXPECT_EQ(e.receive, QDate(2026, 11, 1));
            EXPECT_EQ(e.revoke, QDate(2027, 6, 30));
        } else if (e.schoolCode == schoolA && e.grade == 2) {
            EXPECT_EQ(e.receive, QDate(2027, 5, 31));
            EXPECT_EQ(e.revoke, QDate(2027, 6, 15));
        } else if (e.schoolCode == schoolB && e.grade == 3) {
            EXPECT_EQ(e.receive, QDate(2026, 11, 2));
            EXPECT_EQ(e.revoke, QDate(2027, 6, 1));
        } else {
            EXPECT_EQ(e.source, services::LockSource::Unit) << e.schoolCode.toStdString() << e.grade;
        }
    }

    // Clearing one own date keeps the other and hands the cleared one back to the unit.
    saved = locks.applyEdits(2026, {{schoolB, 3, QDate(), std::nullopt}}, yes);
    ASSERT_TRUE(saved.ok()) << saved.errorString().toStdString();
    auto b3 = locks.effectiveFor(
        one(QStringLiteral("SELECT id FROM schools WHERE code = '%1'").arg(schoolB)).toLongLong(), 2026, 3);
    ASSERT_TRUE(b3.ok());
    EXPECT_EQ(b3->receive, QDate(2027, 5, 31));
    EXPECT_EQ(b3->receiveSource, services::LockSource::Unit);
    EXPECT_EQ(b3->revoke, QDate(2027, 6, 1));
    EXPECT_EQ(b3->revokeSource, services::LockSource::School);
    EXPECT_TRUE(services::AuditLog(ctx()).verify()->ok);
}

TEST_P(LockEdits, ARefusedRowSavesNothing)
{
    services::LockService locks(ctx());
    const QString before = fingerprint();
    const auto yes = [](const QString&) { return true; };
    // The last row is refused (revoke before receive): the rows before it stay unsaved too.
    auto refused = locks.applyEdits(2026,
                                    {{schoolA, 1, QDate(2027, 5, 10), std::nullopt},
                                     {schoolB, 2, std::nullopt, QDate(2027, 6, 20)},
                                     {schoolB, 4, QDate(2027, 6, 20), QDate(2027, 6, 10)}},
                                    yes);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorString().contains(QStringLiteral("nothing was saved")))
        << refused.errorString().toStdString();
    EXPECT_EQ(fingerprint(), before);

    // A clearing that brings back the unit's receive date after the school's own revoke date is
    // refused by the service's rule (which counts the inherited date), and undoes the clearing.
    ASSERT_TRUE(locks.applyEdits(2026, {{schoolA, 5, QDate(2027, 5, 15), QDate(2027, 5, 20)}}, yes).ok());
    const QString withOwn = fingerprint();
    refused = locks.applyEdits(
        2026, {{schoolA, 1, QDate(2027, 5, 10), std::nullopt}, {schoolA, 5, QDate(), std::nullopt}}, yes);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(fingerprint(), withOwn);

    // An unknown school, and a past date not confirmed: nothing either, and no question for a no.
    refused = locks.applyEdits(
        2026,
        {{schoolA, 1, QDate(2027, 5, 10), std::nullopt}, {QStringLiteral("NOPE"), 1, QDate(2027, 5, 10), std::nullopt}},
        yes);
    EXPECT_FALSE(refused.ok());
    int asked = 0;
    refused = locks.applyEdits(
        2026, {{schoolA, 1, QDate(2027, 5, 10), std::nullopt}, {schoolB, 1, QDate(2026, 11, 1), std::nullopt}},
        [&](const QString& q) {
            ++asked;
            EXPECT_TRUE(q.contains(QStringLiteral("01/11/2026"))) << q.toStdString();
            return false;
        });
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(fingerprint(), withOwn);
}

INSTANTIATE_TEST_SUITE_P(Dialects, LockEdits, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);
