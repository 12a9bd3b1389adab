#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

struct pg_conn; // libpq's PGconn

namespace hocbaso::store {

class SqliteStatement;
class Database;

// The idle prepared statements of one connection, by SQL text (a bounded cache).
struct StatementPool
{
    static constexpr int kMaxIdle = 256;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> idle;
};

// A prepared statement lent by its connection for one use: bind, execute, read its rows, and let
// it go; its destructor finishes it and gives it back to the connection's cache. A statement that
// is lent out is never lent again, so a nested run of the same SQL text (a reader that calls the
// same repository) gets a statement of its own and cannot cut the outer loop short.
class Statement
{
public:
    Statement(Statement&& other) noexcept = default;
    Statement& operator=(Statement&&) = delete;
    ~Statement();
    QSqlQuery* operator->() const { return m_query.get(); }
    QSqlQuery& operator*() const { return *m_query; }

private:
    friend class Database;
    Statement(std::weak_ptr<StatementPool> pool, QString sql, std::unique_ptr<QSqlQuery> query)
        : m_pool(std::move(pool)), m_sql(std::move(sql)), m_query(std::move(query))
    {}

    std::weak_ptr<StatementPool> m_pool;
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_query;
};

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

    // A prepared statement for `sql` (values are bound, never spliced), from the connection's cache
    // when an idle one is there.
    Result<Statement> prepare(const QString& sql);
    // Binds positional values and executes; the returned statement is ready to be read.
    Result<Statement> run(const QString& sql, const QVariantList& values = {});
    // SQLite only: a raw prepared statement for hot bulk inserts (see SqliteStatement), cached.
    SqliteStatement* sqliteStatement(const QString& sql);

    // Executes one statement without preparing it (DDL, PRAGMA, BEGIN...).
    Status execDirect(const QString& sql);
    // Ends a transaction that failed or is abandoned (Transaction); a failed ROLLBACK is logged.
    void rollbackAfterFailure();
    // PostgreSQL: executes one statement through libpq with its values sent as protocol parameters.
    // QPSQL writes bound values into the text of an EXECUTE statement, which the server logs when
    // the statement fails; values that must stay out of the server's log (a SCRAM verifier) go here.
    Status execWithParameters(const QString& sql, const QList<QByteArray>& values);
    // PostgreSQL: libpq's connection behind QPSQL (null for SQLite or an unknown driver build), for
    // the statements above and the replica download's reads. Null as well when the driver's libpq
    // is not the one this program is linked with (see checkLibraries in Database.cpp).
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

    // PostgreSQL: remember where the write-ahead log stood after each committed change, so that a
    // read replica can wait for that point before it answers this client (read your writes). Off
    // unless a read replica is used: it costs a round trip per transaction.
    void setTrackCommitLsn(bool on) { m_trackCommitLsn = on; }
    // The log position after this connection's last committed change (0: none yet).
    quint64 lastCommitLsn() const { return m_lastCommitLsn; }
    // Statements executed on this connection (tests tell which connection did the work).
    quint64 statementCount() const { return m_statementCount; }
    // PostgreSQL's "X/Y" log position as a number (nullopt for anything else, such as NULL).
    static std::optional<quint64> parseLsn(const QString& text);

    // Transaction depth, managed by Transaction.
    int& transactionDepth() { return m_depth; }
    bool& transactionFailed() { return m_failed; }
    // Commits the outermost transaction (Transaction::commit), noting its log position when asked.
    Status commitOutermost();

private:
    explicit Database(ConnectionSpec spec);
    Status connect();

    ConnectionSpec m_spec;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::shared_ptr<StatementPool> m_statements = std::make_shared<StatementPool>();
    QHash<QString, SqliteStatement*> m_sqliteStatements;
    int m_depth = 0;
    bool m_failed = false;
    QString m_lastErrorCode;
    // postgresHandle(): 0 not checked yet, 1 the driver's libpq is ours, -1 it is not.
    int m_postgresHandleChecked = 0;
    bool m_trackCommitLsn = false;
    quint64 m_lastCommitLsn = 0;
    quint64 m_statementCount = 0;
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
