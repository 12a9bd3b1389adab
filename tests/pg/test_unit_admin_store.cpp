// The store side of administering units and schools (schema 16), on both engines (PostgreSQL with
// HOCBASO_TEST_PG): closed_at round trips, the counts that keep a unit or school from closing, a
// school's move taking its users along, and UnitAdmin's whole round through the store's owner
// (PostgreSQL's triggers on units and schools included), with the audit chains intact after it.

#include "support/TestStore.h"

#include "services/AuditLog.h"
#include "services/DemoGenerator.h"
#include "services/UnitAdmin.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

class UnitAdminStore : public ::testing::TestWithParam<store::Dialect>
{
protected:
    void SetUp() override
    {
        HOCBASO_MAKE_TEST_STORE(made, GetParam());
        m_store = std::move(made);
        services::DemoOptions o;
        o.seed = 9;
        o.units = 2;
        o.schools = 4;
        o.students = 40;
        o.years = 1;
        o.password = QStringLiteral("Demo@2026");
        o.signatures = false;
        auto demo = services::DemoGenerator(m_store->context(), o).run();
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
    }

    Unit unit(const QString& code)
    {
        auto u = store::UnitRepository(m_store->db()).byCode(code);
        EXPECT_TRUE(u.ok() && u->has_value()) << code.toStdString();
        return u.ok() && u->has_value() ? **u : Unit{};
    }
    School school(const QString& code)
    {
        auto s = store::SchoolRepository(m_store->db()).byCode(code);
        EXPECT_TRUE(s.ok() && s->has_value()) << code.toStdString();
        return s.ok() && s->has_value() ? **s : School{};
    }

    std::unique_ptr<TestStore> m_store;
};

} // namespace

TEST_P(UnitAdminStore, UnitMethodsRoundTrip)
{
    store::UnitRepository units(m_store->db());
    const Unit so = unit(QStringLiteral("SGD"));
    const Unit xa1 = unit(QStringLiteral("XA01"));
    EXPECT_FALSE(xa1.closedAt.isValid());
    EXPECT_EQ(*units.openChildCount(so.id), 2);
    EXPECT_EQ(*units.openChildCount(xa1.id), 0);
    EXPECT_EQ(*units.openSchoolCount(xa1.id), 2);
    EXPECT_EQ(*units.openSchoolCount(so.id), 0);
    auto counts = units.openSchoolCounts();
    ASSERT_TRUE(counts.ok()) << counts.errorString().toStdString();
    EXPECT_EQ(counts->value(xa1.id), 2);
    EXPECT_FALSE(counts->contains(so.id));

    ASSERT_TRUE(units.rename(xa1.id, QStringLiteral("UBND xã Đại Thịnh")).ok());
    EXPECT_EQ(unit(QStringLiteral("XA01")).name, QStringLiteral("UBND xã Đại Thịnh"));

    Unit extra;
    extra.code = QStringLiteral("XA09");
    extra.name = QStringLiteral("UBND xã Tân Lập");
    extra.level = UnitLevel::Xa;
    extra.parentId = so.id;
    auto id = units.insert(extra);
    ASSERT_TRUE(id.ok()) << id.errorString().toStdString();
    EXPECT_EQ(*units.openChildCount(so.id), 3);
    const QDateTime at(QDate(2026, 11, 20), QTime(9, 30, 15, 250), Qt::UTC);
    ASSERT_TRUE(units.close(*id, at).ok());
    EXPECT_EQ(unit(QStringLiteral("XA09")).closedAt, at);
    EXPECT_EQ(*units.openChildCount(so.id), 2);
    // Closing again keeps the first moment.
    ASSERT_TRUE(units.close(*id, at.addDays(1)).ok());
    EXPECT_EQ(unit(QStringLiteral("XA09")).closedAt, at);
    auto all = units.all();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 4); // closed units stay listed
}

TEST_P(UnitAdminStore, SchoolMethodsRoundTrip)
{
    store::SchoolRepository schools(m_store->db());
    store::UserRepository users(m_store->db());
    auto truong = users.byUsername(QStringLiteral("truong1"));
    ASSERT_TRUE(truong.ok() && truong->has_value());
    School s = schools.byId((*truong)->schoolId)->value();
    const Unit xa2 = unit(QStringLiteral("XA02"));

    s.name = QStringLiteral("Trường Tiểu học Nguyễn Trãi");
    s.ownership = Ownership::Private;
    s.taxCode = QString();
    s.address = QStringLiteral("Số 5, phố Chùa Bộc");
    ASSERT_TRUE(schools.update(s).ok());
    School read = school(s.code);
    EXPECT_EQ(read.name, s.name);
    EXPECT_EQ(read.ownership, Ownership::Private);
    EXPECT_TRUE(read.taxCode.isEmpty());
    EXPECT_EQ(read.address, s.address);
    EXPECT_EQ(read.unitCode, QStringLiteral("XA01"));

    auto work = schools.pendingWork(s.id);
    ASSERT_TRUE(work.ok()) << work.errorString().toStdString();
    ASSERT_TRUE(schools.setUnit(s.id, xa2.id).ok());
    ASSERT_TRUE(users.moveSchoolUsers(s.id, xa2.id).ok());
    EXPECT_EQ(school(s.code).unitCode, QStringLiteral("XA02"));
    EXPECT_EQ(users.byUsername(QStringLiteral("truong1"))->value().unitId, xa2.id);
    // Officers of the old unit stay where they were.
    EXPECT_EQ(users.byUsername(QStringLiteral("canbo1"))->value().unitId, unit(QStringLiteral("XA01")).id);
    auto moved = schools.pendingWork(s.id);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->total(), work->total());

    const QDateTime at(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC);
    ASSERT_TRUE(schools.close(s.id, at).ok());
    EXPECT_EQ(school(s.code).closedAt, at);
    EXPECT_EQ(*store::UnitRepository(m_store->db()).openSchoolCount(xa2.id), 2);

    // Some school of the demo has work under way: pending certificates, requests or records.
    qint64 pending = 0;
    auto list = schools.list();
    ASSERT_TRUE(list.ok());
    for (const School& x : *list) {
        auto w = schools.pendingWork(x.id);
        ASSERT_TRUE(w.ok()) << w.errorString().toStdString();
        pending += w->total();
    }
    EXPECT_GT(pending, 0);
}

TEST_P(UnitAdminStore, TheWholeRoundThroughTheService)
{
    services::UnitAdmin admin(m_store->context());
    ASSERT_TRUE(admin.addUnit(QStringLiteral("SGB"), QStringLiteral("Sở GD&ĐT Bắc Ninh"), UnitLevel::So, {}).ok());
    auto added = admin.addUnit(QStringLiteral("XB01"), QStringLiteral("UBND xã Đông Tiến"), UnitLevel::Xa,
                               QStringLiteral("SGB"));
    ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    ASSERT_TRUE(admin.moveUnit(QStringLiteral("XA02"), QStringLiteral("SGB")).ok());
    EXPECT_EQ(unit(QStringLiteral("XA02")).parentId, unit(QStringLiteral("SGB")).id);
    // A cycle is refused by the service before the database sees it.
    EXPECT_FALSE(admin.moveUnit(QStringLiteral("XA02"), QStringLiteral("XA02")).ok());

    auto school = admin.addSchool(QStringLiteral("TH99001"), QStringLiteral("Trường Tiểu học Hòa Bình"),
                                  QStringLiteral("XA01"), Ownership::Public, QStringLiteral("0101234567"), {});
    ASSERT_TRUE(school.ok()) << school.errorString().toStdString();
    auto updated =
        admin.updateSchool(QStringLiteral("TH99001"), {QStringLiteral("Trường Tiểu học Hòa Bình B"), {}, {}, {}});
    ASSERT_TRUE(updated.ok()) << updated.errorString().toStdString();
    auto moved = admin.moveSchool(QStringLiteral("TH99001"), QStringLiteral("XB01"));
    ASSERT_TRUE(moved.ok()) << moved.errorString().toStdString();
    ASSERT_TRUE(admin.closeSchool(QStringLiteral("TH99001")).ok());
    ASSERT_TRUE(admin.closeUnit(QStringLiteral("XB01")).ok());
    EXPECT_FALSE(admin.closeUnit(QStringLiteral("SGB")).ok()); // XA02 is still open under it
    ASSERT_TRUE(admin.renameUnit(QStringLiteral("SGB"), QStringLiteral("Sở GD&ĐT tỉnh Bắc Ninh")).ok());

    auto verified = services::AuditLog(m_store->context()).verify();
    ASSERT_TRUE(verified.ok()) << verified.errorString().toStdString();
    EXPECT_TRUE(verified->ok) << verified->problem.toStdString();
    auto latest = services::AuditLog(m_store->context()).latest(9);
    ASSERT_TRUE(latest.ok());
    QStringList actions;
    for (const AuditEvent& e : *latest)
        actions.prepend(e.action);
    EXPECT_EQ(actions, (QStringList{"unit.add", "unit.add", "unit.move", "school.add", "school.update", "school.move",
                                    "school.close", "unit.close", "unit.rename"}));
}

INSTANTIATE_TEST_SUITE_P(Dialects, UnitAdminStore, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);
