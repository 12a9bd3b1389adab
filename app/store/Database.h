#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct pg_conn; // libpq's PGconn

namespace hocbaso::store {

class SqliteStatement;

enum class Dialect
{
    Sqlite,
    Postgres
};

// Where to connect: a local SQLite file (the embedded default and the offline replica) or a
// central PostgreSQL server given as a libpq conninfo ("host=... port=... dbname=...").
struct ConnectionSpec
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString conninfo;
    QString userName; // overrides the conninfo's user when set (sign-in as one's own role)
    QString password; // never stored; only passed to the driver
    bool createIfMissing = true;
    // SQLite: switch the file to write-ahead logging on connecting (the default). A bulk load into a
    // new file is faster with the rollback journal (new pages need no journal, and nothing is
    // written twice), so the replica download leaves the mode as it found it.
    bool writeAheadLog = true;

    static ConnectionSpec sqlite(const QString& path, bool create = true);
    static ConnectionSpec postgres(const QString& conninfo);
    QString describe() const; // "file /path" or "server host:port/db", without secrets
    // The same conninfo (either form) as "key='value' ..." without its password, fit to be kept.
    static QString conninfoWithoutPassword(const QString& conninfo);
};

// One connection. Not shared between threads: a worker thread opens its own Database.
class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const ConnectionSpec& spec);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Dialect dialect() const { return m_spec.dialect; }
    bool isSqlite() const { return m_spec.dialect == Dialect::Sqlite; }
    bool isPostgres() const { return m_spec.dialect == Dialect::Postgres; }
    const ConnectionSpec& spec() const { return m_spec; }
    QSqlDatabase& connection() { return m_db; }

    // A prepared statement, cached by its text (prepared statements only; values are bound).
    Result<QSqlQuery*> prepare(const QString& sql);
    // Binds positional values and executes; the returned query is ready to be read.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});
    // SQLite only: a raw prepared statement for hot bulk inserts (see SqliteStatement), cached.
    SqliteStatement* sqliteStatement(const QString& sql);

    // Executes one statement without preparing it (DDL, PRAGMA, BEGIN...).
    Status execDirect(const QString& sql);
    // PostgreSQL: executes one statement through libpq with its values sent as protocol parameters.
    // QPSQL writes bound values into the text of an EXECUTE statement, which the server logs when
    // the statement fails; values that must stay out of the server's log (a SCRAM verifier) go here.
    Status execWithParameters(const QString& sql, const QList<QByteArray>& values);
    // PostgreSQL: libpq's connection behind QPSQL (null for SQLite or an unknown driver build), for
    // the statements above and the replica download's reads.
    pg_conn* postgresHandle();
    // Executes a script of statements (migrations); understands quotes, comments and $$ bodies.
    Status execScript(const QString& script);
    static QStringList splitStatements(const QString& script);

    // Errors of the engine, as a sentence for the user.
    Error storageError(const QSqlError& e, const QString& what) const;
    // Is this error a unique-constraint violation (used for "first decision wins" and duplicates)?
    static bool isUniqueViolation(const QSqlError& e);
    static bool isSerializationFailure(const QSqlError& e);
    // The engine's code of the last statement that failed on this connection (SQLSTATE for
    // PostgreSQL), so that a caller can tell a refusal from a lost connection or a deadlock.
    QString lastErrorCode() const { return m_lastErrorCode; }
    // Is the connection still there (PostgreSQL: the server answers)?
    bool isAlive();

    // Transaction depth, managed by Transaction.
    int& transactionDepth() { return m_depth; }
    bool& transactionFailed() { return m_failed; }

private:
    explicit Database(ConnectionSpec spec);
    Status connect();

    ConnectionSpec m_spec;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery*> m_statements;
    QHash<QString, SqliteStatement*> m_sqliteStatements;
    int m_depth = 0;
    bool m_failed = false;
    QString m_lastErrorCode;
};

// An RAII transaction: rolls back in its destructor unless committed. Nested Transactions join the
// outermost one; a failure inside makes the outer commit fail too. SQLite writers start with
// BEGIN IMMEDIATE so that two processes deciding at once serialize instead of deadlocking.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isOpen() const { return m_open; }
    Status status() const { return m_beginStatus; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_open = false;
    bool m_outermost = false;
    Status m_beginStatus;
};

} // namespace hocbaso::store
