#pragma once

// A central PostgreSQL store as the officers meet it: a demo province of two managing units whose
// users all have their own login roles, and connections signed in as those roles (never the
// superuser), so that row-level security and the database's rules apply.

#include "TestStore.h"

#include "services/AuthService.h"
#include "services/DemoGenerator.h"
#include "services/SigningKeys.h"
#include "services/StoreSetup.h"
#include "store/PartitionedLayout.h"
#include "store/UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <optional>

namespace hocbaso::test {

// What one statement did, run as somebody.
struct SqlOutcome
{
    bool ok = false;
    int rows = 0;
    QString error;
};

inline SqlOutcome execAs(store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {false, 0, q.lastError().databaseText()};
    return {true, q.numRowsAffected(), {}};
}

// The first column of the first row, as text (empty when there is none or it failed).
inline QString oneOn(store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

// A person signed in to the central store with their own login role.
struct Person
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<services::ServiceContext> ctx;
    store::Database& database() { return *db; }
    services::ServiceContext& context() { return *ctx; }
};

class CentralStore
{
public:
    static constexpr const char* kPassword = "Demo@2026";

    // Null with the reason on failure (`noServer` set when there is no PostgreSQL server to use). Two
    // units, `schools` schools split between them, the demo's users with login roles named
    // "canbo1" + roleSuffix() and so on. The superuser makes the store.
    static std::unique_ptr<CentralStore> create(QString* why, bool* noServer, int schools = 4, int students = 120)
    {
        auto store = TestStore::create(store::Dialect::Postgres, why);
        *noServer = !store;
        if (!store)
            return nullptr;
        return fill(std::move(store), why, schools, students);
    }

    // The same store made as `setup` says: `init`, the defaults and the demo are run by a role that
    // is no superuser (owner()); dba() is the superuser.
    static std::unique_ptr<CentralStore> create(CentralSetup setup, QString* why, bool* noServer, int schools = 4,
                                                int students = 120)
    {
        auto store = TestStore::createCentral(setup, why, noServer);
        if (!store)
            return nullptr;
        return fill(std::move(store), why, schools, students);
    }

    // The same store in the nation's layout (store::PartitionedLayout: `count` partitions of `width`
    // school ids each, and a default one), applied after the migrations and before anything is
    // written; the same demo then.
    static std::unique_ptr<CentralStore> createPartitioned(QString* why, bool* noServer, qint64 width, int count,
                                                           int schools = 4, int students = 120)
    {
        auto store = TestStore::create(store::Dialect::Postgres, why);
        *noServer = !store;
        if (!store)
            return nullptr;
        if (auto s = store::PartitionedLayout::apply(store->db(), width, count); !s) {
            *why = QStringLiteral("the partitioned layout: ") + s.errorString();
            return nullptr;
        }
        return fill(std::move(store), why, schools, students);
    }

    TestStore& store() { return *m_store; }
    // The superuser's connection (it bypasses row-level security): to look behind the scenes.
    store::Database& super() { return m_store->dba(); }
    store::Database& dba() { return m_store->dba(); }
    // The connection of the role that ran init, the defaults and the demo (the store's owner).
    store::Database& owner() { return m_store->db(); }
    FixedClock& clock() { return m_store->clock(); }
    QString databaseName() const { return m_store->databaseName(); }
    // Read as the superuser.
    QString one(const QString& sql) { return oneOn(m_store->dba(), sql); }
    qint64 count(const QString& sql) { return one(sql).toLongLong(); }
    const services::SigningKeys& keys() const { return *m_keys; }
    const services::DemoSummary& demo() const { return m_demo; }

    // "canbo1" -> this store's login role name for the demo user.
    QString user(const QString& base) const { return base + m_store->roleSuffix(); }
    qint64 unitId(int n)
    {
        return count(QStringLiteral("SELECT id FROM units ORDER BY id OFFSET %1 LIMIT 1").arg(n - 1));
    }
    QString schoolIdsOfUnit(int n)
    {
        return one(QStringLiteral("SELECT string_agg(id::text, ',') FROM schools WHERE unit_id = %1").arg(unitId(n)));
    }

    // A connection as the login role, and the person's Actor from their user row (as sign-in makes it).
    std::optional<Person> signIn(const QString& login, QString* why,
                                 const QString& password = QString::fromLatin1(kPassword))
    {
        Person p;
        p.db = m_store->openAs(login, password, why);
        if (!p.db)
            return std::nullopt;
        auto u = store::UserRepository(*p.db).byUsername(login);
        if (!u || !u->has_value()) {
            *why = u ? QStringLiteral("no user row visible for ") + login : u.errorString();
            return std::nullopt;
        }
        auto actor = services::AuthService::actorFor(*p.db, **u);
        if (!actor) {
            *why = actor.errorString();
            return std::nullopt;
        }
        p.ctx.reset(new services::ServiceContext{*p.db, m_store->clock(), *actor, {}});
        return p;
    }

private:
    CentralStore() = default;

    // What `init` does besides the schema, and the demo, run on the store's owner connection.
    static std::unique_ptr<CentralStore> fill(std::unique_ptr<TestStore> store, QString* why, int schools, int students)
    {
        std::unique_ptr<CentralStore> c(new CentralStore);
        c->m_store = std::move(store);
        // The rules' dates are the server's (in Vietnam): the program's clock shows the same day.
        const QDate serverDay = QDate::fromString(c->one(QStringLiteral("SELECT hocbaso_today()")), Qt::ISODate);
        if (!serverDay.isValid()) {
            *why = QStringLiteral("cannot read the server's date");
            return nullptr;
        }
        c->m_store->clock().set(QDateTime(serverDay, QTime(12, 0)));
        // What `init` does besides the schema (the bundled trust anchors, the store's epoch).
        if (auto s = services::StoreSetup::seedDefaults(c->m_store->db(), c->m_store->clock()); !s) {
            *why = QStringLiteral("seeding the defaults: ") + s.errorString();
            return nullptr;
        }
        services::DemoOptions o;
        o.seed = 11;
        o.units = 2;
        o.schools = schools;
        o.students = students;
        o.years = 2;
        o.password = QString::fromLatin1(kPassword);
        o.loginRoles = true;
        o.usernameSuffix = c->m_store->roleSuffix();
        o.keyFilePath = c->m_dir.filePath(QStringLiteral("keys.json"));
        auto demo = services::DemoGenerator(c->m_store->context(), o).run();
        if (!demo) {
            *why = QStringLiteral("the demo: ") + demo.errorString();
            return nullptr;
        }
        c->m_demo = *demo;
        auto keys = services::SigningKeys::load(o.keyFilePath);
        if (!keys) {
            *why = keys.errorString();
            return nullptr;
        }
        c->m_keys = std::move(*keys);
        return c;
    }

    std::unique_ptr<TestStore> m_store;
    QTemporaryDir m_dir;
    services::DemoSummary m_demo;
    std::optional<services::SigningKeys> m_keys;
};

} // namespace hocbaso::test

// Makes `var` (a CentralStore), or skips without a server (fails when CI=true).
#define HOCBASO_MAKE_CENTRAL_STORE(var, ...)                                                                           \
    QString var##Why;                                                                                                  \
    bool var##NoServer = false;                                                                                        \
    auto var = ::hocbaso::test::CentralStore::create(&var##Why, &var##NoServer __VA_OPT__(, ) __VA_ARGS__);            \
    if (!var) {                                                                                                        \
        if (!var##NoServer || ::hocbaso::test::TestStore::postgresRequired())                                          \
            FAIL() << var##Why.toStdString();                                                                          \
        GTEST_SKIP() << var##Why.toStdString();                                                                        \
    }
