// The audit log as administrators and officers read it (the window's audit log and `audit list`),
// on SQLite and PostgreSQL: the filters keep only matching events, keyset pages (by (at, id), ties
// in the time included) concatenate to the whole filtered list without a row twice, an officer of
// a commune reads only the chains of their unit, and the chain verification within one's units.

#include "support/TestStore.h"

#include "services/AuditLog.h"
#include "services/AuthService.h"
#include "services/DemoGenerator.h"
#include "store/UserRepository.h"

#include <QBuffer>
#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

class AuditListing : public ::testing::TestWithParam<store::Dialect>
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
        o.seed = 5;
        o.units = 2;
        o.schools = 2;
        o.students = 20;
        o.years = 1;
        o.password = QStringLiteral("Demo@2026");
        auto demo = services::DemoGenerator(m_store->context(), o).run();
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
        so = context(QStringLiteral("canboso"));
        commune1 = context(QStringLiteral("canbo1"));
        commune2 = context(QStringLiteral("canbo2"));
        // Events on both communes' chains, several at one time (ties broken by the id).
        for (int round = 0; round < 6; ++round) {
            m_store->clock().advanceSecs(60);
            for (auto* ctx : {commune1.get(), commune2.get()}) {
                QList<services::AuditLog::Entry> entries;
                for (int i = 0; i < 4; ++i)
                    entries.append({ctx->actor.unitId, i % 2 ? QStringLiteral("test.odd") : QStringLiteral("test.even"),
                                    QStringLiteral("thing"), QString::number(round * 10 + i), QJsonObject{}});
                auto s = services::AuditLog(*ctx).appendAll(entries);
                ASSERT_TRUE(s.ok()) << s.errorString().toStdString();
            }
        }
    }

    std::unique_ptr<services::ServiceContext> context(const QString& username)
    {
        auto user = store::UserRepository(m_store->db()).byUsername(username);
        EXPECT_TRUE(user.ok() && user->has_value()) << username.toStdString();
        auto actor = services::AuthService::actorFor(m_store->db(), **user);
        EXPECT_TRUE(actor.ok()) << actor.errorString().toStdString();
        return std::make_unique<services::ServiceContext>(
            services::ServiceContext{m_store->db(), m_store->clock(), *actor, {}});
    }

    // Every page, read one after the other.
    QList<AuditEvent> allPages(services::ServiceContext& ctx, services::AuditLog::Filter f, int pageSize)
    {
        f.limit = pageSize;
        QList<AuditEvent> all;
        for (int pages = 0; pages < 1000; ++pages) {
            auto page = services::AuditLog(ctx).list(f);
            EXPECT_TRUE(page.ok()) << page.errorString().toStdString();
            if (!page)
                break;
            EXPECT_LE(page->rows.size(), pageSize);
            all += page->rows;
            if (!page->next)
                break;
            f.after = page->next;
        }
        return all;
    }

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<services::ServiceContext> so, commune1, commune2;
};

TEST_P(AuditListing, PagesConcatenateToTheFilteredListWithoutDuplicates)
{
    services::AuditLog::Filter f;
    f.limit = 100000;
    auto whole = services::AuditLog(*so).list(f);
    ASSERT_TRUE(whole.ok()) << whole.errorString().toStdString();
    EXPECT_FALSE(whole->next);
    ASSERT_GE(whole->rows.size(), 48);
    // Newest first.
    for (int i = 1; i < whole->rows.size(); ++i) {
        const AuditEvent& a = whole->rows[i - 1];
        const AuditEvent& b = whole->rows[i];
        EXPECT_TRUE(a.at > b.at || (a.at == b.at && a.id > b.id)) << i;
    }
    for (int pageSize : {1, 3, 7, 50}) {
        const QList<AuditEvent> paged = allPages(*so, {}, pageSize);
        ASSERT_EQ(paged.size(), whole->rows.size()) << pageSize;
        QSet<qint64> ids;
        for (int i = 0; i < paged.size(); ++i) {
            EXPECT_EQ(paged[i].id, whole->rows[i].id) << pageSize << " " << i;
            ids.insert(paged[i].id);
        }
        EXPECT_EQ(ids.size(), paged.size()) << pageSize;
    }
}

TEST_P(AuditListing, FiltersKeepOnlyMatchingEvents)
{
    services::AuditLog::Filter f;
    f.action = QStringLiteral("test.odd");
    const QList<AuditEvent> odd = allPages(*so, f, 5);
    EXPECT_EQ(odd.size(), 24);
    for (const AuditEvent& e : odd)
        EXPECT_EQ(e.action, QStringLiteral("test.odd"));

    f = {};
    f.actor = commune2->actor.username;
    f.entity = QStringLiteral("thing");
    const QList<AuditEvent> byCanbo2 = allPages(*so, f, 4);
    EXPECT_EQ(byCanbo2.size(), 24);
    for (const AuditEvent& e : byCanbo2) {
        EXPECT_EQ(e.actor, commune2->actor.username);
        EXPECT_EQ(e.chain, commune2->actor.unitId);
    }

    f = {};
    f.entity = QStringLiteral("thing");
    f.entityId = QStringLiteral("21");
    EXPECT_EQ(allPages(*so, f, 10).size(), 2);

    // Days: the store's clock is in November 2026; nothing the day before, everything that day.
    const QDate today = m_store->clock().now().toLocalTime().date();
    f = {};
    f.action = QStringLiteral("test.even");
    f.since = today.addDays(1);
    EXPECT_TRUE(allPages(*so, f, 10).isEmpty());
    f.since = today.addDays(-1);
    f.until = today.addDays(-1);
    EXPECT_TRUE(allPages(*so, f, 10).isEmpty());
    f.until = today.addDays(1);
    EXPECT_EQ(allPages(*so, f, 10).size(), 24);
}

TEST_P(AuditListing, AnOfficerReadsOnlyTheirUnitsEvents)
{
    const QList<AuditEvent> mine = allPages(*commune1, {}, 6);
    ASSERT_GE(mine.size(), 24);
    for (const AuditEvent& e : mine)
        EXPECT_EQ(e.chain, commune1->actor.unitId) << e.id;
    services::AuditLog::Filter f;
    f.actor = commune2->actor.username;
    EXPECT_TRUE(allPages(*commune1, f, 6).isEmpty());

    // The province's officer reads both communes.
    QSet<qint64> chains;
    for (const AuditEvent& e : allPages(*so, {}, 20))
        chains.insert(e.chain);
    EXPECT_TRUE(chains.contains(commune1->actor.unitId));
    EXPECT_TRUE(chains.contains(commune2->actor.unitId));

    // Verification within one's units walks one's own chains only.
    auto v = services::AuditLog(*commune1).verify(services::AuditLog::Reach::ActorUnits);
    ASSERT_TRUE(v.ok()) << v.errorString().toStdString();
    EXPECT_TRUE(v->ok) << v->problem.toStdString();
    EXPECT_EQ(v->events, mine.size());
}

TEST_P(AuditListing, VerificationNamesTheFirstAlteredEventOfOnesUnits)
{
    services::AuditLog::Filter f;
    f.actor = commune1->actor.username;
    f.entity = QStringLiteral("thing");
    f.entityId = QStringLiteral("12");
    auto page = services::AuditLog(*commune1).list(f);
    ASSERT_TRUE(page.ok() && page->rows.size() == 1) << page.errorString().toStdString();
    const qint64 id = page->rows.first().id;
    // The owner's connection (PostgreSQL refuses any change of an event to everyone else).
    const bool pg = m_store->dialect() == store::Dialect::Postgres;
    if (pg) {
        ASSERT_TRUE(m_store->dba().execDirect(QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER")).ok());
    }
    ASSERT_TRUE(m_store->dba()
                    .execDirect(QStringLiteral("UPDATE audit_events SET entity_id = 'x' WHERE id = %1").arg(id))
                    .ok());
    if (pg) {
        ASSERT_TRUE(m_store->dba().execDirect(QStringLiteral("ALTER TABLE audit_events ENABLE TRIGGER USER")).ok());
    }
    auto v = services::AuditLog(*commune1).verify(services::AuditLog::Reach::ActorUnits);
    ASSERT_TRUE(v.ok()) << v.errorString().toStdString();
    EXPECT_FALSE(v->ok);
    EXPECT_EQ(v->firstBadId, id);
    EXPECT_TRUE(v->problem.contains(QString::number(id))) << v->problem.toStdString();
    // The sibling commune's chains are not theirs, and intact.
    auto other = services::AuditLog(*commune2).verify(services::AuditLog::Reach::ActorUnits);
    ASSERT_TRUE(other.ok()) << other.errorString().toStdString();
    EXPECT_TRUE(other->ok) << other->problem.toStdString();
}

TEST_P(AuditListing, OneAppendOfManyEventsKeepsEachChainsOrder)
{
    // The province's officer decides across both communes at once: 450 events, the chains
    // interleaved, more than one statement's worth of rows on PostgreSQL.
    QList<services::AuditLog::Entry> entries;
    for (int i = 0; i < 450; ++i)
        entries.append({(i % 3 ? commune1 : commune2)->actor.unitId, QStringLiteral("test.bulk"),
                        QStringLiteral("bulk"), QString::number(i), QJsonObject{{QStringLiteral("n"), i}}});
    auto s = services::AuditLog(*so).appendAll(entries);
    ASSERT_TRUE(s.ok()) << s.errorString().toStdString();

    services::AuditLog::Filter f;
    f.entity = QStringLiteral("bulk");
    QList<AuditEvent> stored = allPages(*so, f, 1000);
    ASSERT_EQ(stored.size(), 450);
    std::sort(stored.begin(), stored.end(), [](const AuditEvent& a, const AuditEvent& b) {
        return std::pair(a.chain, a.seq) < std::pair(b.chain, b.seq);
    });
    // Within a chain, the events follow one another in the order given, each with its own detail.
    QHash<qint64, int> last;
    for (const AuditEvent& e : std::as_const(stored)) {
        const int n = e.entityId.toInt();
        EXPECT_EQ(e.detail.value(QStringLiteral("n")).toInt(), n);
        EXPECT_EQ(e.chain, (n % 3 ? commune1 : commune2)->actor.unitId) << n;
        EXPECT_GT(n, last.value(e.chain, -1)) << n;
        last.insert(e.chain, n);
    }
    auto v = services::AuditLog(*so).verify(services::AuditLog::Reach::ActorUnits);
    ASSERT_TRUE(v.ok()) << v.errorString().toStdString();
    EXPECT_TRUE(v->ok) << v->problem.toStdString();
}

TEST_P(AuditListing, SchoolUsersAndViewersAreRefused)
{
    auto viewer = std::make_unique<services::ServiceContext>(*commune1);
    viewer->actor.role = Role::Viewer;
    EXPECT_FALSE(services::AuditLog(*viewer).list({}).ok());
    EXPECT_FALSE(services::AuditLog(*viewer).verify(services::AuditLog::Reach::ActorUnits).ok());
}

TEST_P(AuditListing, CsvHoldsEveryFilteredRow)
{
    services::AuditLog::Filter f;
    f.action = QStringLiteral("test.odd");
    f.limit = 5; // the page size: the file is written page after page
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    auto written = services::AuditLog(*commune1).writeCsv(f, buffer);
    ASSERT_TRUE(written.ok()) << written.errorString().toStdString();
    EXPECT_EQ(*written, 12);
    const QList<QByteArray> lines = buffer.data().split('\n');
    // BOM and header, 12 rows, and the empty piece after the last line break.
    ASSERT_EQ(lines.size(), 14);
    EXPECT_TRUE(lines[0].startsWith("\xEF\xBB\xBFseq,at,actor,action,entity,entity_id"));
    for (int i = 1; i <= 12; ++i)
        EXPECT_TRUE(lines[i].contains("," + commune1->actor.username.toUtf8() + ",test.odd,thing,"))
            << lines[i].toStdString();
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Dialects, AuditListing, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         test::dialectParamName);
