#pragma once

#include "Database.h"

#include <QList>

namespace hocbaso::store {

// Numbered schema migrations, one .sql file each (resources/sql/<dialect>/NNN_name.sql, embedded
// with qrc), applied in one transaction with the version recorded in schema_migrations.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    // Uses the embedded migrations of the database's dialect, or those of `directory` (tests).
    explicit Migrator(Database& db, const QString& directory = {});

    const QList<Migration>& migrations() const { return m_migrations; }
    int latestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.last().version; }
    Result<int> currentVersion();
    // The versions recorded in the store.
    Result<QList<int>> appliedVersions();
    // May this connection change the schema (PostgreSQL: the schema's owner or a superuser)?
    Result<bool> mayChangeSchema();

    // PostgreSQL: what the database's owner (or a superuser) must run before this connection's role
    // can make a central store that holds against its own people: nobody but hocbaso's groups may
    // connect, nobody makes temporary tables or objects in the database or its schema, and the
    // role may create the schema, its extension and the groups. Empty when nothing is missing
    // (the role owns the database and does it itself, in migration 14).
    Result<QStringList> centralSetupStatements();

    // Brings the schema to `target` (default: the latest this program knows): applies every known
    // migration up to it that the store has not recorded. Refuses a database whose schema is newer
    // than the program, and (PostgreSQL) a connection that does not own the schema when anything is
    // missing. Everything or nothing is applied.
    Result<int> migrate(int target = -1);

    static QString embeddedDirectory(Dialect d);

private:
    Database& m_db;
    QList<Migration> m_migrations;
    QString m_loadError;
};

} // namespace hocbaso::store
