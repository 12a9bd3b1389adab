#pragma once

#include "core/Clock.h"
#include "services/ServiceContext.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace hocbaso::test {

// A throwaway store for one test: a SQLite file in a temporary folder, or a fresh database on the
// PostgreSQL server named by HOCBASO_TEST_PG (started by `./dev test`). With CI=true a missing
// server is a failure, not a skip.
class TestStore
{
public:
    // Null with `skipReason` set when the dialect is not available here.
    static std::unique_ptr<TestStore> create(store::Dialect dialect, QString* skipReason, bool migrate = true);
    ~TestStore();

    store::Database& db() { return *m_db; }
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
    std::unique_ptr<store::Database> m_db;
    FixedClock m_clock;
    std::unique_ptr<services::ServiceContext> m_ctx;
};

// For parametrized suites: the dialects to run, and a readable name.
std::string dialectParamName(const testing::TestParamInfo<store::Dialect>& info);

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
