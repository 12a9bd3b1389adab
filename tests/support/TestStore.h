#pragma once

#include "core/Clock.h"
#include "services/ServiceContext.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace hocbaso::test {

// Who makes the central store's database and who runs `init` on it (PostgreSQL). The default store
// (TestStore::create) is made and migrated by the superuser; these two are migrated by a role of
// their own that is no superuser, as a real installation is.
enum class CentralSetup
{
    // The init role ("hocbaso_owner" + suffix, LOGIN CREATEROLE) owns the database.
    OwnedByInitRole,
    // The DBA (the superuser) owns the database and grants the init role CREATE, CONNECT and
    // TEMPORARY on it; whatever else init needs from the DBA, its first attempt says (SQL statements
    // ending with ';'), the DBA runs them and init runs again.
    OwnedByDba,
};

// A throwaway store for one test: a SQLite file in a temporary folder, or a fresh database on the
// PostgreSQL server named by HOCBASO_TEST_PG (started by `./dev test`). With CI=true a missing
// server is a failure, not a skip.
class TestStore
{
public:
    // Null with `skipReason` set when the dialect is not available here.
    static std::unique_ptr<TestStore> create(store::Dialect dialect, QString* skipReason, bool migrate = true);
    // PostgreSQL, migrated by a non-superuser init role as `setup` says. Null with the reason on
    // failure; `noServer` is set when there is no server to use (a failure of the setup itself is
    // not a reason to skip).
    static std::unique_ptr<TestStore> createCentral(CentralSetup setup, QString* why, bool* noServer);
    ~TestStore();

    // The connection that ran the migrations: the store's owner (the superuser, or the init role of
    // createCentral).
    store::Database& db() { return *m_db; }
    // The superuser's connection to the store's database (the same as db() when the superuser ran
    // the migrations): to look behind the scenes and to play the DBA.
    store::Database& dba() { return m_dba ? *m_dba : *m_db; }
    // createCentral: the init role (empty otherwise).
    QString initRole() const { return m_initRole; }
    store::Dialect dialect() const { return m_dialect; }
    // The spec to open another connection to the same store (concurrency tests).
    store::ConnectionSpec spec() const { return m_spec; }
    QString sqlitePath() const { return m_spec.sqlitePath; }
    // conninfo of the test database as the superuser (PostgreSQL only).
    QString conninfo() const { return m_spec.conninfo; }
    std::unique_ptr<store::Database> openAnother() const;
    // PostgreSQL: another connection to this store as the login role `login` with `password`, the
    // way the central program connects (the person's own role, not the superuser). Null on failure,
    // with the reason in `why`.
    std::unique_ptr<store::Database> openAs(const QString& login, const QString& password,
                                            QString* why = nullptr) const;
    // Unique to this store ("_" and a few letters): login roles belong to the whole server, so tests
    // that make them append this to their usernames. The store's login roles (db_logins) and group
    // roles are dropped with it.
    QString roleSuffix() const;
    // PostgreSQL: the database's name.
    QString databaseName() const { return m_pgDatabase; }

    // A service context acting as `actor` (the system by default) with a fixed clock.
    services::ServiceContext& context();
    FixedClock& clock() { return m_clock; }

    static QString dialectName(store::Dialect d) { return d == store::Dialect::Sqlite ? "SQLite" : "PostgreSQL"; }
    static bool postgresRequired() { return qEnvironmentVariable("CI") == QLatin1String("true"); }

private:
    TestStore() : m_clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)) {}

    store::Dialect m_dialect = store::Dialect::Sqlite;
    QTemporaryDir m_dir;
    store::ConnectionSpec m_spec;
    QString m_adminConninfo;
    QString m_pgDatabase;
    QString m_initRole;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::Database> m_dba;
    FixedClock m_clock;
    std::unique_ptr<services::ServiceContext> m_ctx;
};

// For parametrized suites: the dialects to run, and a readable name.
std::string dialectParamName(const testing::TestParamInfo<store::Dialect>& info);
std::string centralSetupName(const testing::TestParamInfo<CentralSetup>& info);
// How gtest prints a CentralSetup (in failure messages of parametrized tests).
void PrintTo(CentralSetup setup, std::ostream* os);

} // namespace hocbaso::test

// Fixture body shared by store/service suites: makes `store` or skips/fails.
#define HOCBASO_MAKE_TEST_STORE(var, dialect)                                                                          \
    QString var##SkipReason;                                                                                           \
    auto var = ::hocbaso::test::TestStore::create((dialect), &var##SkipReason);                                        \
    if (!var) {                                                                                                        \
        if (::hocbaso::test::TestStore::postgresRequired() || (dialect) == ::hocbaso::store::Dialect::Sqlite)          \
            FAIL() << var##SkipReason.toStdString();                                                                   \
        GTEST_SKIP() << var##SkipReason.toStdString();                                                                 \
    }
