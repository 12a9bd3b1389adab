#include "Migrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace hocbaso::store {
QString Migrator::embeddedDirectory(Dialect d)
{
    return d == Dialect::Sqlite ? QStringLiteral(":/sql/sqlite") : QStringLiteral(":/sql/postgres");
}

Migrator::Migrator(Database& db, const QString& directory) : m_db(db)
{
    const QDir dir(directory.isEmpty() ? embeddedDirectory(db.dialect()) : directory);
    static const QRegularExpression re(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = re.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            m_loadError =
                QCoreApplication::translate("hocbaso::store::Migrator", "Cannot read the migration %1.").arg(file);
            continue;
        }
        m_migrations.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

Result<int> Migrator::currentVersion()
{
    const QString probe = m_db.isSqlite()
                              ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                               "name = 'schema_migrations'")
                              : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                               "table_schema = current_schema() AND table_name = 'schema_migrations'");
    QSqlQuery q(m_db.connection());
    if (!q.exec(probe) || !q.next())
        return m_db.storageError(q.lastError(),
                                 QCoreApplication::translate("hocbaso::store::Migrator", "reading the schema version"));
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next())
        return m_db.storageError(q.lastError(),
                                 QCoreApplication::translate("hocbaso::store::Migrator", "reading the schema version"));
    return q.value(0).toInt();
}

Result<QList<int>> Migrator::appliedVersions()
{
    QList<int> applied;
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current == 0)
        return applied;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")))
        return m_db.storageError(q.lastError(),
                                 QCoreApplication::translate("hocbaso::store::Migrator", "reading the schema version"));
    while (q.next())
        applied.append(q.value(0).toInt());
    return applied;
}

Result<bool> Migrator::mayChangeSchema()
{
    if (m_db.isSqlite())
        return true;
    // The schema's owner (the role that ran the first migration) or a superuser; a person's own
    // role on the central store may read the schema version, never change the schema.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user), false) "
            "OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('schema_migrations')) "
            "OR pg_catalog.pg_has_role(current_user, (SELECT relowner FROM pg_catalog.pg_class "
            "WHERE oid = to_regclass('schema_migrations')), 'USAGE')")) ||
        !q.next())
        return m_db.storageError(q.lastError(),
                                 QCoreApplication::translate("hocbaso::store::Migrator", "reading the schema owner"));
    return q.value(0).toBool();
}

Result<QStringList> Migrator::centralSetupStatements()
{
    if (!m_db.isPostgres())
        return QStringList{};
    // One row per statement still needed; the owner of the database or of the schema (or a
    // superuser) needs none of those it can run itself. PUBLIC is grantee 0 in aclexplode.
    QSqlQuery q(m_db.connection());
    const bool ok = q.exec(QStringLiteral(
        "WITH me AS (SELECT r.rolname, r.rolsuper, r.rolcreaterole FROM pg_catalog.pg_roles r "
        "            WHERE r.rolname = current_user), "
        "db AS (SELECT d.datname, d.datdba, d.datacl, pg_catalog.pg_has_role(current_user, d.datdba, 'USAGE') AS mine "
        "       FROM pg_catalog.pg_database d WHERE d.datname = current_database()), "
        "ns AS (SELECT n.nspname, n.nspowner, n.nspacl, pg_catalog.pg_has_role(current_user, n.nspowner, 'USAGE') "
        "       AS mine FROM pg_catalog.pg_namespace n WHERE n.nspname = 'public') "
        "SELECT format('REVOKE CONNECT, TEMPORARY, CREATE ON DATABASE %I FROM PUBLIC;', db.datname) FROM db, me "
        " WHERE NOT db.mine AND NOT me.rolsuper AND EXISTS (SELECT 1 FROM pg_catalog.aclexplode(coalesce(db.datacl, "
        "       pg_catalog.acldefault('d', db.datdba))) a WHERE a.grantee = 0 "
        "       AND a.privilege_type IN ('CONNECT', 'TEMPORARY', 'CREATE')) "
        "UNION ALL SELECT format('GRANT CONNECT ON DATABASE %I TO %I WITH GRANT OPTION;', db.datname, me.rolname) "
        " FROM db, me WHERE NOT db.mine AND NOT me.rolsuper "
        "   AND NOT pg_catalog.has_database_privilege(current_user, db.datname, 'CONNECT WITH GRANT OPTION') "
        "UNION ALL SELECT format('GRANT CREATE ON DATABASE %I TO %I;', db.datname, me.rolname) FROM db, me "
        " WHERE NOT db.mine AND NOT me.rolsuper AND NOT pg_catalog.has_database_privilege(current_user, db.datname, "
        "       'CREATE') AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pg_trgm') "
        "UNION ALL SELECT format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC;', ns.nspname) FROM ns, me "
        " WHERE NOT ns.mine AND NOT me.rolsuper AND EXISTS (SELECT 1 FROM pg_catalog.aclexplode(coalesce(ns.nspacl, "
        "       pg_catalog.acldefault('n', ns.nspowner))) a WHERE a.grantee = 0 AND a.privilege_type = 'CREATE') "
        "UNION ALL SELECT format('GRANT CREATE ON SCHEMA %I TO %I;', ns.nspname, me.rolname) FROM ns, me "
        " WHERE NOT ns.mine AND NOT me.rolsuper "
        "   AND NOT pg_catalog.has_schema_privilege(current_user, ns.nspname, 'CREATE') "
        "UNION ALL SELECT format('ALTER ROLE %I CREATEROLE;', me.rolname) FROM me "
        " WHERE NOT me.rolsuper AND NOT me.rolcreaterole"));
    if (!ok)
        return m_db.storageError(q.lastError(), QCoreApplication::translate("hocbaso::store::Migrator",
                                                                            "reading the database's privileges"));
    QStringList statements;
    while (q.next())
        statements.append(q.value(0).toString());
    return statements;
}

Result<int> Migrator::migrate(int target)
{
    if (!m_loadError.isEmpty())
        return Error::internal(m_loadError);
    if (target < 0)
        target = latestVersion();
    Transaction tx(m_db);
    if (!tx.isOpen())
        return tx.status().error();
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return Error::refused(
            QCoreApplication::translate("hocbaso::store::Migrator",
                                        "This database was written by a newer version of hocbaso (schema version %1; "
                                        "this program knows up to %2). Install the newer program to open it; nothing "
                                        "was changed.")
                .arg(*current)
                .arg(latestVersion()));
    }
    auto applied = appliedVersions();
    if (!applied)
        return applied.error();
    // Every known migration up to the target that is not recorded yet, in order: numbers may be
    // reserved and filled in later (a store at 9 still gets a 6 that arrives afterwards).
    QList<const Migration*> missing;
    for (const Migration& m : m_migrations) {
        if (m.version <= target && !applied->contains(m.version))
            missing.append(&m);
    }
    if (missing.isEmpty())
        return *current;
    auto allowed = mayChangeSchema();
    if (!allowed)
        return allowed.error();
    if (!*allowed)
        return Error::refused(
            QCoreApplication::translate("hocbaso::store::Migrator",
                                        "The central store has schema version %1 and this program needs %2. Ask the "
                                        "administrator to upgrade it (hocbaso-cli --pg ... init as the store's owner); "
                                        "nothing was changed.")
                .arg(*current)
                .arg(target));
    auto setup = centralSetupStatements();
    if (!setup)
        return setup.error();
    if (!setup->isEmpty()) {
        QSqlQuery who(m_db.connection());
        const bool named = who.exec(QStringLiteral("SELECT current_database(), current_user")) && who.next();
        return Error::refused(
            QCoreApplication::translate(
                "hocbaso::store::Migrator",
                "The database %1 is not ready for a central store: every role may still connect to it or make "
                "temporary tables in it, or the role %2 may not create the store there. As the database's owner "
                "or a superuser, run:\n%3\nthen run init again; nothing was changed.")
                .arg(named ? who.value(0).toString() : QString(), named ? who.value(1).toString() : QString(),
                     setup->join(QLatin1Char('\n'))));
    }
    if (*current == 0) {
        const QString ddl = m_db.isSqlite()
                                ? QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                                 "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
                                : QStringLiteral("CREATE TABLE schema_migrations (version integer PRIMARY KEY, "
                                                 "name text NOT NULL, applied_at timestamptz NOT NULL)");
        if (auto s = m_db.execDirect(ddl); !s)
            return s.error();
    }
    int reached = *current;
    for (const Migration* m : std::as_const(missing)) {
        if (auto s = m_db.execScript(m->sql); !s) {
            return Error::storage(
                QCoreApplication::translate("hocbaso::store::Migrator",
                                            "Migration %1 (%2) failed, so the database was left as it was: %3")
                    .arg(m->version)
                    .arg(m->name, s.errorString()));
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m->version);
        q.addBindValue(m->name);
        q.addBindValue(QDateTime::currentDateTimeUtc());
        if (!q.exec())
            return m_db.storageError(
                q.lastError(),
                QCoreApplication::translate("hocbaso::store::Migrator", "recording migration %1").arg(m->version));
        reached = std::max(reached, m->version);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return reached;
}

} // namespace hocbaso::store
