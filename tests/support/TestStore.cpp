#include "TestStore.h"

#include "services/StoreSetup.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace hocbaso::test {

std::string dialectParamName(const testing::TestParamInfo<store::Dialect>& info)
{
    return info.param == store::Dialect::Sqlite ? "SQLite" : "PostgreSQL";
}

std::string centralSetupName(const testing::TestParamInfo<CentralSetup>& info)
{
    return info.param == CentralSetup::OwnedByInitRole ? "OwnedByInitRole" : "OwnedByDba";
}

void PrintTo(CentralSetup setup, std::ostream* os)
{
    *os << (setup == CentralSetup::OwnedByInitRole ? "OwnedByInitRole" : "OwnedByDba");
}

std::unique_ptr<TestStore> TestStore::createCentral(CentralSetup setup, QString* why, bool* noServer)
{
    *noServer = false;
    std::unique_ptr<TestStore> t(new TestStore);
    t->m_dialect = store::Dialect::Postgres;
    t->m_adminConninfo = qEnvironmentVariable("HOCBASO_TEST_PG");
    if (t->m_adminConninfo.isEmpty()) {
        *noServer = true;
        *why = QStringLiteral("HOCBASO_TEST_PG is not set (run the tests through ./dev test)");
        return nullptr;
    }
    auto admin = store::Database::open(store::ConnectionSpec::postgres(t->m_adminConninfo));
    if (!admin) {
        *noServer = true;
        *why = QStringLiteral("cannot connect to the test server: ") + admin.errorString();
        return nullptr;
    }
    t->m_pgDatabase = QStringLiteral("hocbaso_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString initRole = QStringLiteral("hocbaso_owner") + t->roleSuffix();
    const QString initPassword = QStringLiteral("Init#") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    // Set before anything is made, so that the destructor drops whatever was.
    t->m_initRole = initRole;
    QStringList dbaSetup{QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(initRole, initPassword)};
    if (setup == CentralSetup::OwnedByInitRole) {
        dbaSetup << QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(t->m_pgDatabase, initRole);
    } else {
        dbaSetup
            << QStringLiteral("CREATE DATABASE %1").arg(t->m_pgDatabase)
            << QStringLiteral("GRANT CREATE, CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(t->m_pgDatabase, initRole);
    }
    for (const QString& sql : std::as_const(dbaSetup)) {
        if (auto s = (*admin)->execDirect(sql); !s) {
            *why = sql.section(QLatin1Char(' '), 0, 2) + QStringLiteral(": ") + s.errorString();
            return nullptr;
        }
    }
    // The superuser in the store's database (the DBA), and the init role's connection (the owner).
    t->m_spec = store::ConnectionSpec::postgres(t->m_adminConninfo + QStringLiteral(" dbname=") + t->m_pgDatabase);
    auto dba = store::Database::open(t->m_spec);
    if (!dba) {
        *why = dba.errorString();
        return nullptr;
    }
    t->m_dba = std::move(dba).value();
    t->m_spec.userName = initRole;
    t->m_spec.password = initPassword;
    auto db = store::Database::open(t->m_spec);
    if (!db) {
        *why = QStringLiteral("the init role cannot connect: ") + db.errorString();
        return nullptr;
    }
    t->m_db = std::move(db).value();

    auto migrated = services::StoreSetup::migrate(*t->m_db);
    if (!migrated) {
        // What init asks of the DBA: SQL statements, each on its own line ending with ';'.
        const QString message = migrated.errorString();
        static const QRegularExpression statement(QStringLiteral("\\b(?:REVOKE|GRANT)\\b[^;]*;"));
        QStringList statements;
        for (auto it = statement.globalMatch(message); it.hasNext();)
            statements << it.next().captured(0);
        statements.removeDuplicates();
        if (statements.isEmpty()) {
            *why = QStringLiteral("init as the non-superuser role %1 failed and named no statement for the DBA "
                                  "to run: %2")
                       .arg(initRole, message);
            return nullptr;
        }
        for (const QString& sql : std::as_const(statements)) {
            if (auto s = t->m_dba->execDirect(sql); !s) {
                *why = QStringLiteral("the DBA's statement \"%1\" (asked for by init) failed: %2\ninit said: %3")
                           .arg(sql, s.errorString(), message);
                return nullptr;
            }
        }
        migrated = services::StoreSetup::migrate(*t->m_db);
        if (!migrated) {
            *why = QStringLiteral("init as %1 failed again after the DBA ran %2: %3")
                       .arg(initRole, statements.join(QLatin1Char(' ')), migrated.errorString());
            return nullptr;
        }
    }
    return t;
}

std::unique_ptr<TestStore> TestStore::create(store::Dialect dialect, QString* skipReason, bool migrate)
{
    std::unique_ptr<TestStore> t(new TestStore);
    t->m_dialect = dialect;
    if (dialect == store::Dialect::Sqlite) {
        if (!t->m_dir.isValid()) {
            *skipReason = QStringLiteral("cannot make a temporary folder");
            return nullptr;
        }
        t->m_spec = store::ConnectionSpec::sqlite(t->m_dir.filePath(QStringLiteral("test.sqlite")));
    } else {
        t->m_adminConninfo = qEnvironmentVariable("HOCBASO_TEST_PG");
        if (t->m_adminConninfo.isEmpty()) {
            *skipReason = QStringLiteral("HOCBASO_TEST_PG is not set (run the tests through ./dev test)");
            return nullptr;
        }
        auto admin = store::Database::open(store::ConnectionSpec::postgres(t->m_adminConninfo));
        if (!admin) {
            *skipReason = QStringLiteral("cannot connect to the test server: ") + admin.errorString();
            return nullptr;
        }
        t->m_pgDatabase = QStringLiteral("hocbaso_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (auto s = (*admin)->execDirect(QStringLiteral("CREATE DATABASE ") + t->m_pgDatabase); !s) {
            *skipReason = s.errorString();
            return nullptr;
        }
        t->m_spec = store::ConnectionSpec::postgres(t->m_adminConninfo + QStringLiteral(" dbname=") + t->m_pgDatabase);
    }
    auto db = store::Database::open(t->m_spec);
    if (!db) {
        *skipReason = db.errorString();
        return nullptr;
    }
    t->m_db = std::move(db).value();
    if (migrate) {
        if (auto v = services::StoreSetup::migrate(*t->m_db); !v) {
            *skipReason = v.errorString();
            return nullptr;
        }
    }
    return t;
}

TestStore::~TestStore()
{
    m_ctx.reset();
    // Roles outlive databases: those this store made go with it.
    QStringList groups, logins;
    if (m_db && !m_pgDatabase.isEmpty()) {
        QSqlQuery q(m_db->connection());
        if (q.exec(QStringLiteral("SELECT value || '_' || k FROM meta, unnest(ARRAY['admin', 'officer', 'viewer', "
                                  "'school']) AS k WHERE key = 'role_prefix' AND value = current_database()"))) {
            while (q.next())
                groups.append(q.value(0).toString());
        }
        if (q.exec(QStringLiteral("SELECT login FROM db_logins"))) {
            while (q.next())
                logins.append(q.value(0).toString());
        }
    }
    m_db.reset();
    m_dba.reset();
    if (!m_pgDatabase.isEmpty()) {
        auto admin = store::Database::open(store::ConnectionSpec::postgres(m_adminConninfo));
        if (admin) {
            logIfFailed(
                (*admin)->execDirect(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase)),
                "dropping a test database or role");
            for (const QString& role : std::as_const(groups))
                logIfFailed((*admin)->execDirect(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role)),
                            "dropping a test database or role");
            // A login role that another database on the server also uses (a demo's "canbo1" taken
            // over) is still in that database's groups: it stays.
            for (const QString& role : std::as_const(logins)) {
                QSqlQuery q((*admin)->connection());
                q.prepare(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                                         "WHERE r.rolname = ?"));
                q.addBindValue(role);
                if (q.exec() && q.next() && q.value(0).toInt() == 0)
                    logIfFailed((*admin)->execDirect(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role)),
                                "dropping a test database or role");
            }
            // The init role of createCentral, last: it made the groups and login roles.
            if (!m_initRole.isEmpty())
                logIfFailed((*admin)->execDirect(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m_initRole)),
                            "dropping a test database or role");
        }
    }
}

std::unique_ptr<store::Database> TestStore::openAs(const QString& login, const QString& password, QString* why) const
{
    store::ConnectionSpec spec = m_spec;
    spec.userName = login;
    spec.password = password;
    auto db = store::Database::open(spec);
    if (!db) {
        if (why)
            *why = db.errorString();
        return nullptr;
    }
    return std::move(db).value();
}

QString TestStore::roleSuffix() const
{
    if (m_pgDatabase.isEmpty())
        return {};
    return QStringLiteral("_") + m_pgDatabase.right(6);
}

std::unique_ptr<store::Database> TestStore::openAnother() const
{
    auto db = store::Database::open(m_spec);
    return db ? std::move(db).value() : nullptr;
}

services::ServiceContext& TestStore::context()
{
    if (!m_ctx)
        m_ctx.reset(new services::ServiceContext{*m_db, m_clock, services::Actor::systemActor(), {}});
    return *m_ctx;
}

} // namespace hocbaso::test
