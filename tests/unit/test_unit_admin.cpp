// UnitAdmin's rules on a SQLite store (issue #17): where a unit may stand, who may change what, and
// when a unit or school may close. Every refusal is checked to leave the store as it was: units,
// schools, users and the audit log.

#include "support/TestStore.h"

#include "services/AuditLog.h"
#include "services/AuthService.h"
#include "services/DemoGenerator.h"
#include "services/StoreInfo.h"
#include "services/UnitAdmin.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <gtest/gtest.h>

#include <memory>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

class UnitAdminRules : public ::testing::Test
{
protected:
    void SetUp() override
    {
        HOCBASO_MAKE_TEST_STORE(made, store::Dialect::Sqlite);
        m_store = std::move(made);
        // A province of two communes (Sở SGD above XA01 and XA02, schools in both), and a second
        // province (SGB above XB01) added by the system.
        services::DemoOptions o;
        o.seed = 5;
        o.units = 2;
        o.schools = 4;
        o.students = 40;
        o.years = 1;
        o.password = QStringLiteral("Demo@2026");
        o.signatures = false;
        auto demo = services::DemoGenerator(m_store->context(), o).run();
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
        services::UnitAdmin system(m_store->context());
        ASSERT_TRUE(system.addUnit("SGB", "Sở GD&ĐT Bắc Ninh", UnitLevel::So, {}).ok());
        ASSERT_TRUE(system.addUnit("XB01", "UBND xã Đông Tiến", UnitLevel::Xa, "SGB").ok());
    }

    services::ServiceContext as(const QString& username)
    {
        auto user = store::UserRepository(m_store->db()).byUsername(username);
        EXPECT_TRUE(user.ok() && user->has_value()) << username.toStdString();
        auto actor = services::AuthService::actorFor(m_store->db(), **user);
        EXPECT_TRUE(actor.ok());
        return services::ServiceContext{m_store->db(), m_store->clock(), *actor, {}};
    }

    // Everything an administration command could touch, as one text to compare.
    QString snapshot()
    {
        QString s;
        auto units = store::UnitRepository(m_store->db()).all();
        EXPECT_TRUE(units.ok());
        for (const Unit& u : *units)
            s += QStringLiteral("U %1|%2|%3|%4|%5\n")
                     .arg(u.code, u.name, toText(u.level))
                     .arg(u.parentId)
                     .arg(u.closedAt.toString(Qt::ISODate));
        auto schools = store::SchoolRepository(m_store->db()).list();
        EXPECT_TRUE(schools.ok());
        for (const School& x : *schools)
            s += QStringLiteral("S %1|%2|%3|%4|%5|%6|%7\n")
                     .arg(x.code, x.name, x.unitCode, toText(x.ownership), x.taxCode, x.address,
                          x.closedAt.toString(Qt::ISODate));
        auto users = store::UserRepository(m_store->db()).list();
        EXPECT_TRUE(users.ok());
        for (const User& u : *users)
            s += QStringLiteral("P %1|%2\n").arg(u.username).arg(u.unitId);
        auto counts = services::storeCounts(m_store->db());
        EXPECT_TRUE(counts.ok());
        s += QStringLiteral("A %1\n").arg(counts->auditEvents);
        return s;
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
    AuditEvent lastEvent()
    {
        auto events = services::AuditLog(m_store->context()).latest(1);
        EXPECT_TRUE(events.ok() && !events->isEmpty());
        return events.ok() && !events->isEmpty() ? events->first() : AuditEvent{};
    }
    // The first school of `unitCode` in list order.
    QString firstSchoolOf(const QString& unitCode)
    {
        auto schools = store::SchoolRepository(m_store->db()).list(unit(unitCode).id);
        EXPECT_TRUE(schools.ok() && !schools->isEmpty());
        return schools.ok() && !schools->isEmpty() ? schools->first().code : QString();
    }

    std::unique_ptr<TestStore> m_store;
};

// A refusal of `kind` that leaves the store exactly as it was.
#define EXPECT_REFUSED_UNCHANGED(call, expectedKind)                                                                   \
    do {                                                                                                               \
        const QString unchangedState = snapshot();                                                                     \
        const auto r = (call);                                                                                         \
        ASSERT_FALSE(r.ok()) << #call;                                                                                 \
        EXPECT_EQ(r.error().kind, (expectedKind)) << r.errorString().toStdString();                                    \
        EXPECT_FALSE(r.errorString().isEmpty());                                                                       \
        EXPECT_EQ(snapshot(), unchangedState) << #call;                                                                \
    } while (false)

} // namespace

TEST_F(UnitAdminRules, AddUnitFollowsTheTreeAndRefusesWhatCannotStand)
{
    services::UnitAdmin system(m_store->context());
    // A Sở stands at the top; a commune or Phòng directly under a Sở.
    EXPECT_REFUSED_UNCHANGED(system.addUnit("SGC", "Sở GD&ĐT Hải Dương", UnitLevel::So, "SGD"), ErrorKind::Invalid);
    EXPECT_REFUSED_UNCHANGED(system.addUnit("XA09", "UBND xã Tân Lập", UnitLevel::Xa, {}), ErrorKind::Invalid);
    EXPECT_REFUSED_UNCHANGED(system.addUnit("XA09", "UBND xã Tân Lập", UnitLevel::Xa, "XA01"), ErrorKind::Invalid);
    EXPECT_REFUSED_UNCHANGED(system.addUnit("PGD09", "Phòng GD&ĐT Ba Vì", UnitLevel::Phong, "XA01"),
                             ErrorKind::Invalid);
    EXPECT_REFUSED_UNCHANGED(system.addUnit("XA09", "UBND xã Tân Lập", UnitLevel::Xa, "NOWHERE"), ErrorKind::NotFound);
    EXPECT_REFUSED_UNCHANGED(system.addUnit("XA01", "UBND xã Tân Lập", UnitLevel::Xa, "SGD"), ErrorKind::Conflict);
    EXPECT_REFUSED_UNCHANGED(system.addUnit("XA09", "   ", UnitLevel::Xa, "SGD"), ErrorKind::Invalid);
    EXPECT_REFUSED_UNCHANGED(system.addUnit("XÃ 9", "UBND xã Tân Lập", UnitLevel::Xa, "SGD"), ErrorKind::Invalid);

    auto added = system.addUnit(" XA09 ", "  UBND   xã Tân Lập ", UnitLevel::Xa, "SGD");
    ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    EXPECT_EQ(unit("XA09").name, QStringLiteral("UBND xã Tân Lập"));
    EXPECT_EQ(unit("XA09").parentId, unit("SGD").id);
    const AuditEvent e = lastEvent();
    EXPECT_EQ(e.action, QStringLiteral("unit.add"));
    EXPECT_EQ(e.entityId, QStringLiteral("XA09"));
    EXPECT_EQ(e.detail.value(QStringLiteral("parent")).toString(), QStringLiteral("SGD"));

    // A closed unit takes no new units.
    ASSERT_TRUE(system.closeUnit("XB01").ok());
    ASSERT_TRUE(system.closeUnit("SGB").ok());
    EXPECT_REFUSED_UNCHANGED(system.addUnit("XB02", "UBND xã Hòa Tiến", UnitLevel::Xa, "SGB"), ErrorKind::Refused);
}

TEST_F(UnitAdminRules, AdministratorsActOnlyWithinTheirUnits)
{
    auto soAdmin = as(QStringLiteral("admin"));
    auto communeAdmin = as(QStringLiteral("admin1")); // XA01
    auto officer = as(QStringLiteral("canboso"));
    services::UnitAdmin so(soAdmin), commune(communeAdmin), notAdmin(officer);

    EXPECT_REFUSED_UNCHANGED(notAdmin.addUnit("XA09", "UBND xã Tân Lập", UnitLevel::Xa, "SGD"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(notAdmin.renameUnit("XA01", "Tên mới"), ErrorKind::Refused);
    // A commune's administrator cannot add beside itself, nor a Sở's one a Sở or under another Sở.
    EXPECT_REFUSED_UNCHANGED(commune.addUnit("XA09", "UBND xã Tân Lập", UnitLevel::Xa, "SGD"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(so.addUnit("SGC", "Sở GD&ĐT Hải Dương", UnitLevel::So, {}), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(so.addUnit("XB09", "UBND xã Hòa Tiến", UnitLevel::Xa, "SGB"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(so.renameUnit("XB01", "Tên mới"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(commune.renameUnit("XA02", "Tên mới"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(commune.addSchool("TH99001", "Trường Tiểu học Hòa Bình", "XA02", Ownership::Public),
                             ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(commune.closeSchool(firstSchoolOf("XA02")), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(commune.updateSchool(firstSchoolOf("XA02"), {QStringLiteral("Tên mới"), {}, {}, {}}),
                             ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(so.addSchool("TH99001", "Trường Tiểu học Hòa Bình", "XB01", Ownership::Public),
                             ErrorKind::Refused);
    // Reading a sibling's schools is refused as well.
    EXPECT_FALSE(commune.schools("XA02").ok());
    EXPECT_TRUE(commune.schools("XA01").ok());

    auto added = so.addUnit("XA09", "UBND xã Tân Lập", UnitLevel::Xa, "SGD");
    ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    ASSERT_TRUE(commune.renameUnit("XA01", "UBND xã Đại Thịnh").ok());
    EXPECT_EQ(unit("XA01").name, QStringLiteral("UBND xã Đại Thịnh"));
    EXPECT_EQ(lastEvent().action, QStringLiteral("unit.rename"));
    EXPECT_EQ(lastEvent().actor, QStringLiteral("admin1"));
    EXPECT_REFUSED_UNCHANGED(commune.renameUnit("XA01", ""), ErrorKind::Invalid);
}

TEST_F(UnitAdminRules, MovingAUnitKeepsTheTreeATreeWithinTheActorsUnits)
{
    services::UnitAdmin system(m_store->context());
    auto soAdmin = as(QStringLiteral("admin"));
    auto communeAdmin = as(QStringLiteral("admin1"));
    services::UnitAdmin so(soAdmin), commune(communeAdmin);

    // Below itself, or a Sở under anything.
    EXPECT_REFUSED_UNCHANGED(system.moveUnit("XA01", "XA01"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(system.moveUnit("SGD", "XA01"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(system.moveUnit("SGD", "SGB"), ErrorKind::Invalid);
    EXPECT_REFUSED_UNCHANGED(system.moveUnit("XA01", "XA02"), ErrorKind::Invalid);
    EXPECT_REFUSED_UNCHANGED(system.moveUnit("XA01", "NOWHERE"), ErrorKind::NotFound);
    // Out of the actor's units, or their own unit.
    EXPECT_REFUSED_UNCHANGED(so.moveUnit("XA01", "SGB"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(so.moveUnit("XB01", "SGD"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(commune.moveUnit("XA01", "SGD"), ErrorKind::Refused);

    const QString schoolCode = firstSchoolOf("XA01");
    ASSERT_TRUE(system.moveUnit("XA01", "SGB").ok());
    EXPECT_EQ(unit("XA01").parentId, unit("SGB").id);
    const AuditEvent e = lastEvent();
    EXPECT_EQ(e.action, QStringLiteral("unit.move"));
    EXPECT_EQ(e.detail.value(QStringLiteral("from")).toString(), QStringLiteral("SGD"));
    EXPECT_EQ(e.detail.value(QStringLiteral("to")).toString(), QStringLiteral("SGB"));
    // The unit's schools went with it: out of the first Sở's reach.
    auto soSchools = so.schools("SGD");
    ASSERT_TRUE(soSchools.ok());
    for (const School& s : *soSchools)
        EXPECT_NE(s.code, schoolCode);
    // The Sở's administrator signed in before the move: what they reach is read again.
    EXPECT_REFUSED_UNCHANGED(so.renameUnit("XA01", "Tên mới"), ErrorKind::Refused);
}

TEST_F(UnitAdminRules, AUnitClosesOnlyWithoutOpenSchoolsOrUnits)
{
    services::UnitAdmin system(m_store->context());
    EXPECT_REFUSED_UNCHANGED(system.closeUnit("SGD"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(system.closeUnit("XA01"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(system.closeUnit("NOWHERE"), ErrorKind::NotFound);
    auto communeAdmin = as(QStringLiteral("admin1"));
    EXPECT_REFUSED_UNCHANGED(services::UnitAdmin(communeAdmin).closeUnit("XA01"), ErrorKind::Refused);

    // XB01 has nothing: it closes, then its Sở does.
    EXPECT_REFUSED_UNCHANGED(system.closeUnit("SGB"), ErrorKind::Refused);
    ASSERT_TRUE(system.closeUnit("XB01").ok());
    EXPECT_TRUE(unit("XB01").closedAt.isValid());
    EXPECT_EQ(lastEvent().action, QStringLiteral("unit.close"));
    ASSERT_TRUE(system.closeUnit("SGB").ok());
    // A closed unit is kept and listed, and takes nothing more.
    auto units = system.units();
    ASSERT_TRUE(units.ok());
    bool listed = false;
    for (const services::UnitListing& l : *units)
        listed = listed || (l.unit.code == QLatin1String("XB01") && l.unit.closedAt.isValid());
    EXPECT_TRUE(listed);
    EXPECT_REFUSED_UNCHANGED(system.closeUnit("XB01"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(system.renameUnit("XB01", "Tên mới"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(system.addSchool("TH99001", "Trường Tiểu học Hòa Bình", "XB01", Ownership::Public),
                             ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(system.moveSchool(firstSchoolOf("XA01"), "XB01"), ErrorKind::Refused);
}

TEST_F(UnitAdminRules, SchoolsAreAddedAndUpdatedWithTheirChangesAudited)
{
    auto communeAdmin = as(QStringLiteral("admin1"));
    services::UnitAdmin commune(communeAdmin);
    EXPECT_REFUSED_UNCHANGED(commune.addSchool("TH99001", " ", "XA01", Ownership::Public), ErrorKind::Invalid);
    EXPECT_REFUSED_UNCHANGED(
        commune.addSchool(firstSchoolOf("XA01"), "Trường Tiểu học Hòa Bình", "XA01", Ownership::Public),
        ErrorKind::Conflict);
    EXPECT_REFUSED_UNCHANGED(commune.addSchool("TH99001", "Trường Tiểu học Hòa Bình", "NOWHERE", Ownership::Public),
                             ErrorKind::NotFound);

    auto added = commune.addSchool("TH99001", "Trường Tiểu học Hòa Bình", "XA01", Ownership::Private, "0101234567",
                                   "Thôn Đông, xã Đại Thịnh");
    ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    EXPECT_EQ(school("TH99001").unitCode, QStringLiteral("XA01"));
    EXPECT_EQ(school("TH99001").taxCode, QStringLiteral("0101234567"));
    EXPECT_EQ(lastEvent().action, QStringLiteral("school.add"));

    EXPECT_REFUSED_UNCHANGED(commune.updateSchool("TH99001", {QStringLiteral(" "), {}, {}, {}}), ErrorKind::Invalid);
    EXPECT_REFUSED_UNCHANGED(commune.updateSchool("TH99999", {QStringLiteral("Tên"), {}, {}, {}}), ErrorKind::NotFound);
    auto updated =
        commune.updateSchool("TH99001", {QStringLiteral("Trường Tiểu học Hòa Bình B"), Ownership::Public, {}, {}});
    ASSERT_TRUE(updated.ok()) << updated.errorString().toStdString();
    EXPECT_EQ(school("TH99001").name, QStringLiteral("Trường Tiểu học Hòa Bình B"));
    EXPECT_EQ(school("TH99001").ownership, Ownership::Public);
    EXPECT_EQ(school("TH99001").taxCode, QStringLiteral("0101234567"));
    const AuditEvent e = lastEvent();
    EXPECT_EQ(e.action, QStringLiteral("school.update"));
    EXPECT_EQ(e.detail.value(QStringLiteral("name")).toObject().value(QStringLiteral("new")).toString(),
              QStringLiteral("Trường Tiểu học Hòa Bình B"));
    EXPECT_FALSE(e.detail.contains(QStringLiteral("tax_code")));
}

TEST_F(UnitAdminRules, AMovedSchoolKeepsItsWorkAndTakesItsUsersAlong)
{
    // truong1 is the school user of XA01's first school.
    auto user = store::UserRepository(m_store->db()).byUsername(QStringLiteral("truong1"));
    ASSERT_TRUE(user.ok() && user->has_value());
    const School before = school(store::SchoolRepository(m_store->db()).byId((*user)->schoolId)->value().code);
    ASSERT_EQ(before.unitCode, QStringLiteral("XA01"));
    auto workBefore = store::SchoolRepository(m_store->db()).pendingWork(before.id);
    ASSERT_TRUE(workBefore.ok());

    auto soAdmin = as(QStringLiteral("admin"));
    auto communeAdmin = as(QStringLiteral("admin1"));
    services::UnitAdmin so(soAdmin), commune(communeAdmin);
    // Out of the commune administrator's reach, out of anybody's in another Sở.
    EXPECT_REFUSED_UNCHANGED(commune.moveSchool(before.code, "XA02"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(so.moveSchool(before.code, "XB01"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(so.moveSchool(before.code, "NOWHERE"), ErrorKind::NotFound);

    ASSERT_TRUE(so.moveSchool(before.code, "XA02").ok());
    const School after = school(before.code);
    EXPECT_EQ(after.id, before.id);
    EXPECT_EQ(after.unitCode, QStringLiteral("XA02"));
    EXPECT_EQ(store::UserRepository(m_store->db()).byUsername(QStringLiteral("truong1"))->value().unitId,
              unit("XA02").id);
    // Its certificates, requests and records hang on the school and went with it.
    auto workAfter = store::SchoolRepository(m_store->db()).pendingWork(before.id);
    ASSERT_TRUE(workAfter.ok());
    EXPECT_EQ(workAfter->certificates, workBefore->certificates);
    EXPECT_EQ(workAfter->revocationRequests, workBefore->revocationRequests);
    EXPECT_EQ(workAfter->records, workBefore->records);
    const AuditEvent e = lastEvent();
    EXPECT_EQ(e.action, QStringLiteral("school.move"));
    EXPECT_EQ(e.chain, unit("XA02").id);
    EXPECT_EQ(e.detail.value(QStringLiteral("from")).toString(), QStringLiteral("XA01"));
    EXPECT_EQ(e.detail.value(QStringLiteral("to")).toString(), QStringLiteral("XA02"));
    // The commune it left no longer reaches it.
    EXPECT_REFUSED_UNCHANGED(commune.moveSchool(before.code, "XA01"), ErrorKind::Refused);
}

TEST_F(UnitAdminRules, ASchoolClosesOnlyWithoutPendingWork)
{
    services::UnitAdmin system(m_store->context());
    // The demo leaves pending certificates and revocation requests at some schools.
    QString busy;
    auto schools = store::SchoolRepository(m_store->db()).list();
    ASSERT_TRUE(schools.ok());
    for (const School& s : *schools) {
        auto work = store::SchoolRepository(m_store->db()).pendingWork(s.id);
        ASSERT_TRUE(work.ok());
        if (work->total() > 0 && busy.isEmpty())
            busy = s.code;
    }
    ASSERT_FALSE(busy.isEmpty());
    EXPECT_REFUSED_UNCHANGED(system.closeSchool(busy), ErrorKind::Refused);

    ASSERT_TRUE(system.addSchool("TH99001", "Trường Tiểu học Hòa Bình", "XA01", Ownership::Public).ok());
    ASSERT_TRUE(system.closeSchool("TH99001").ok());
    EXPECT_TRUE(school("TH99001").closedAt.isValid());
    EXPECT_EQ(lastEvent().action, QStringLiteral("school.close"));
    EXPECT_REFUSED_UNCHANGED(system.closeSchool("TH99001"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(system.moveSchool("TH99001", "XA02"), ErrorKind::Refused);
    EXPECT_REFUSED_UNCHANGED(system.updateSchool("TH99001", {QStringLiteral("Tên mới"), {}, {}, {}}),
                             ErrorKind::Refused);
}
