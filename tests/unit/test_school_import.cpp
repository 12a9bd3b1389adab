// SchoolImport::apply on a SQLite store (issue #17): the progress it reports reaches the total, a
// cancel leaves the store exactly as it was, and a file writes the same schools, users and audit
// events as the same changes made one by one through UnitAdmin.

#include "support/TestStore.h"

#include "services/AuditLog.h"
#include "services/AuthService.h"
#include "services/DemoGenerator.h"
#include "services/SchoolImport.h"
#include "services/StoreInfo.h"
#include "services/UnitAdmin.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

// A province of two communes (Sở SGD above XA01 and XA02, two schools in each), the same for a seed.
std::unique_ptr<TestStore> demoStore()
{
    QString why;
    auto store = TestStore::create(store::Dialect::Sqlite, &why);
    EXPECT_TRUE(store) << why.toStdString();
    if (!store)
        return nullptr;
    services::DemoOptions o;
    o.seed = 7;
    o.units = 2;
    o.schools = 4;
    o.students = 40;
    o.years = 1;
    o.password = QStringLiteral("Demo@2026");
    o.signatures = false;
    if (!services::DemoGenerator(store->context(), o).run().ok())
        return nullptr;
    return store;
}

services::ServiceContext as(TestStore& store, const QString& username)
{
    auto user = store::UserRepository(store.db()).byUsername(username);
    EXPECT_TRUE(user.ok() && user->has_value()) << username.toStdString();
    auto actor = services::AuthService::actorFor(store.db(), **user);
    EXPECT_TRUE(actor.ok());
    return services::ServiceContext{store.db(), store.clock(), *actor, {}};
}

// Units, schools, users and the audit log as one text to compare.
QString snapshot(TestStore& store)
{
    QString s;
    auto units = store::UnitRepository(store.db()).all();
    EXPECT_TRUE(units.ok());
    for (const Unit& u : *units)
        s += QStringLiteral("U %1|%2|%3|%4\n").arg(u.code, u.name, toText(u.level)).arg(u.parentId);
    auto schools = store::SchoolRepository(store.db()).list();
    EXPECT_TRUE(schools.ok());
    for (const School& x : *schools)
        s += QStringLiteral("S %1|%2|%3|%4|%5|%6|%7\n")
                 .arg(x.code, x.name, x.unitCode, toText(x.ownership), x.taxCode, x.address,
                      x.closedAt.toString(Qt::ISODate));
    auto users = store::UserRepository(store.db()).list();
    EXPECT_TRUE(users.ok());
    for (const User& u : *users)
        s += QStringLiteral("P %1|%2\n").arg(u.username).arg(u.unitId);
    auto counts = services::storeCounts(store.db());
    EXPECT_TRUE(counts.ok());
    s += QStringLiteral("A %1\n").arg(counts->auditEvents);
    return s;
}

// The audit events after the first `skip`, without their ids and hashes.
QStringList eventsAfter(TestStore& store, qint64 skip)
{
    QStringList out;
    qint64 n = 0;
    auto latest = services::AuditLog(store.context()).latest(100000);
    EXPECT_TRUE(latest.ok());
    QList<AuditEvent> events = *latest;
    std::sort(events.begin(), events.end(), [](const AuditEvent& a, const AuditEvent& b) { return a.id < b.id; });
    for (const AuditEvent& e : events) {
        if (n++ < skip)
            continue;
        out.append(QStringLiteral("%1 #%2 %3 %4 %5 %6 %7")
                       .arg(e.chain)
                       .arg(e.seq)
                       .arg(e.actor, e.action, e.entity, e.entityId,
                            QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact))));
    }
    return out;
}

qint64 auditCount(TestStore& store)
{
    auto counts = services::storeCounts(store.db());
    EXPECT_TRUE(counts.ok());
    return counts.ok() ? counts->auditEvents : -1;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    return path;
}

const QString kHeader = QStringLiteral("code,name,unit,ownership,tax_code,address\n");

// `n` new schools, alternately in XA01 and XA02.
QString newSchools(int n)
{
    QString text;
    for (int i = 1; i <= n; ++i)
        text += QStringLiteral("MOI%1,Trường Tiểu học Mới %1,XA0%2,public,0301%1,Thôn %1\n")
                    .arg(i, 4, 10, QLatin1Char('0'))
                    .arg(i % 2 + 1);
    return text;
}

School firstSchoolOf(TestStore& store, const QString& unitCode)
{
    auto unit = store::UnitRepository(store.db()).byCode(unitCode);
    EXPECT_TRUE(unit.ok() && unit->has_value());
    auto schools = store::SchoolRepository(store.db()).list((*unit)->id);
    EXPECT_TRUE(schools.ok() && !schools->isEmpty());
    return schools->first();
}

struct ProgressCall
{
    int done = 0;
    int total = 0;
};

TEST(SchoolImport, ProgressIsToldEvery64RowsAndReachesTheTotal)
{
    auto store = demoStore();
    ASSERT_TRUE(store);
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("list.csv"), kHeader + newSchools(150));
    auto ctx = as(*store, QStringLiteral("admin"));
    services::SchoolImport import(ctx);
    auto plan = import.plan(file);
    ASSERT_TRUE(plan.ok()) << plan.errorString().toStdString();
    ASSERT_TRUE(plan->canApply());
    ASSERT_EQ(plan->added, 150);

    QList<ProgressCall> calls;
    auto applied = import.apply(*plan, [&](int done, int total) {
        calls.append({done, total});
        return true;
    });
    ASSERT_TRUE(applied.ok()) << applied.errorString().toStdString();
    ASSERT_EQ(calls.size(), 4);
    EXPECT_EQ(calls.at(0).done, 0);
    EXPECT_EQ(calls.at(1).done, 64);
    EXPECT_EQ(calls.at(2).done, 128);
    EXPECT_EQ(calls.at(3).done, 150);
    for (const ProgressCall& c : calls)
        EXPECT_EQ(c.total, 150);

    auto schools = store::SchoolRepository(store->db()).list();
    ASSERT_TRUE(schools.ok());
    EXPECT_EQ(schools->size(), 4 + 150);
}

TEST(SchoolImport, ACancelLeavesTheStoreAsItWas)
{
    auto store = demoStore();
    ASSERT_TRUE(store);
    // New schools, a school renamed and moved with its users (truong1 belongs to XA01's first
    // school), another one's ownership changed: every kind of write is under way when the cancel comes.
    auto truong1 = store::UserRepository(store->db()).byUsername(QStringLiteral("truong1"));
    ASSERT_TRUE(truong1.ok() && truong1->has_value());
    auto moved = store::SchoolRepository(store->db()).byId((*truong1)->schoolId);
    ASSERT_TRUE(moved.ok() && moved->has_value());
    const School a = **moved;
    ASSERT_EQ(a.unitCode, QStringLiteral("XA01"));
    const School b = firstSchoolOf(*store, QStringLiteral("XA02"));
    const QString text =
        kHeader + QStringLiteral("%1,%2 (mới),XA02,%3,,\n").arg(a.code, a.name, toText(a.ownership)) +
        QStringLiteral("%1,%2,XA02,%3,,\n")
            .arg(b.code, b.name,
                 b.ownership == Ownership::Public ? QStringLiteral("private") : QStringLiteral("public")) +
        newSchools(100);
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("list.csv"), text);
    auto ctx = as(*store, QStringLiteral("admin"));
    services::SchoolImport import(ctx);
    auto plan = import.plan(file);
    ASSERT_TRUE(plan.ok()) << plan.errorString().toStdString();
    ASSERT_TRUE(plan->canApply()) << plan->errors.first().message.toStdString();
    ASSERT_EQ(plan->updated, 2);
    ASSERT_EQ(plan->added, 100);

    const QString before = snapshot(*store);
    // Cancelled at once, and after 64 rows were written.
    for (int cancelAt : {0, 64}) {
        int calls = 0;
        auto applied = import.apply(*plan, [&](int done, int) {
            ++calls;
            return cancelAt > 0 && done < cancelAt;
        });
        ASSERT_FALSE(applied.ok()) << "cancel at " << cancelAt;
        EXPECT_EQ(applied.error().kind, ErrorKind::Refused);
        EXPECT_EQ(calls, cancelAt / 64 + 1);
        EXPECT_EQ(snapshot(*store), before) << "cancel at " << cancelAt;
    }
    EXPECT_EQ(store::UserRepository(store->db()).byUsername(QStringLiteral("truong1"))->value().unitId,
              (*truong1)->unitId);

    // Nothing was left half-open: the same plan goes through afterwards.
    auto applied = import.apply(*plan);
    ASSERT_TRUE(applied.ok()) << applied.errorString().toStdString();
    EXPECT_NE(snapshot(*store), before);
    EXPECT_EQ(store::SchoolRepository(store->db()).byCode(a.code)->value().unitCode, QStringLiteral("XA02"));
}

TEST(SchoolImport, WritesWhatUnitAdminWritesOneByOne)
{
    auto byFile = demoStore();
    auto byHand = demoStore();
    ASSERT_TRUE(byFile && byHand);
    ASSERT_EQ(snapshot(*byFile), snapshot(*byHand));
    const qint64 skip = auditCount(*byFile);
    ASSERT_EQ(auditCount(*byHand), skip);

    const School a = firstSchoolOf(*byFile, QStringLiteral("XA01"));
    const School b = firstSchoolOf(*byFile, QStringLiteral("XA02"));
    const Ownership other = b.ownership == Ownership::Public ? Ownership::Private : Ownership::Public;
    // A new school; a, renamed and moved to XA02; b, its ownership and address changed.
    const QString text = kHeader + QStringLiteral("MOI1,Trường Tiểu học Mới,XA01,private,0309999999,Thôn Một\n") +
                         QStringLiteral("%1,%2 mới,XA02,%3,,\n").arg(a.code, a.name, toText(a.ownership)) +
                         QStringLiteral("%1,%2,XA02,%3,,Xóm Hai\n").arg(b.code, b.name, toText(other));
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("list.csv"), text);
    auto fileCtx = as(*byFile, QStringLiteral("admin"));
    services::SchoolImport import(fileCtx);
    auto plan = import.plan(file);
    ASSERT_TRUE(plan.ok()) << plan.errorString().toStdString();
    ASSERT_TRUE(plan->canApply()) << plan->errors.first().message.toStdString();
    ASSERT_EQ(plan->added, 1);
    ASSERT_EQ(plan->updated, 2);
    auto applied = import.apply(*plan);
    ASSERT_TRUE(applied.ok()) << applied.errorString().toStdString();

    auto handCtx = as(*byHand, QStringLiteral("admin"));
    services::UnitAdmin admin(handCtx);
    ASSERT_TRUE(
        admin.addSchool("MOI1", "Trường Tiểu học Mới", "XA01", Ownership::Private, "0309999999", "Thôn Một").ok());
    services::SchoolChanges renamed;
    renamed.name = a.name + QStringLiteral(" mới");
    renamed.ownership = a.ownership;
    ASSERT_TRUE(admin.updateSchool(a.code, renamed).ok());
    ASSERT_TRUE(admin.moveSchool(a.code, "XA02").ok());
    services::SchoolChanges changed;
    changed.ownership = other;
    changed.address = QStringLiteral("Xóm Hai");
    ASSERT_TRUE(admin.updateSchool(b.code, changed).ok());

    EXPECT_EQ(snapshot(*byFile), snapshot(*byHand));
    const QStringList events = eventsAfter(*byFile, skip);
    EXPECT_EQ(events.size(), 4);
    EXPECT_EQ(events, eventsAfter(*byHand, skip));
    auto verified = services::AuditLog(byFile->context()).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << verified->problem.toStdString();
}

} // namespace
