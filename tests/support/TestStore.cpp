#include "TestStore.h"

#include "services/StoreSetup.h"

#include <QSqlQuery>
#include <QUuid>

namespace hocbaso::test {

std::string dialectParamName(const testing::TestParamInfo<store::Dialect>& info)
{
    return info.param == store::Dialect::Sqlite ? "SQLite" : "PostgreSQL";
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
    if (!m_pgDatabase.isEmpty()) {
        auto admin = store::Database::open(store::ConnectionSpec::postgres(m_adminConninfo));
        if (admin) {
            (*admin)->execDirect(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
            for (const QString& role : std::as_const(groups))
                (*admin)->execDirect(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
            // A login role that another database on the server also uses (a demo's "canbo1" taken
            // over) is still in that database's groups: it stays.
            for (const QString& role : std::as_const(logins)) {
                QSqlQuery q((*admin)->connection());
                q.prepare(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                                         "WHERE r.rolname = ?"));
                q.addBindValue(role);
                if (q.exec() && q.next() && q.value(0).toInt() == 0)
                    (*admin)->execDirect(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
            }
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
