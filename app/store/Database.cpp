#include "Database.h"

#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <sqlite3.h>

#include <atomic>
#include <mutex>

namespace hocbaso::store {
namespace {

// libpq conninfo "k=v k2='v 2'" or URI "postgresql://user:pw@host:port/db?k=v" -> pairs.
QList<QPair<QString, QString>> parseConninfo(const QString& conninfo)
{
    QList<QPair<QString, QString>> pairs;
    const QString trimmed = conninfo.trimmed();
    if (trimmed.startsWith(QLatin1String("postgres://")) || trimmed.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(trimmed);
        if (!url.host().isEmpty())
            pairs.append({QStringLiteral("host"), url.host()});
        if (url.port() > 0)
            pairs.append({QStringLiteral("port"), QString::number(url.port())});
        if (!url.userName().isEmpty())
            pairs.append({QStringLiteral("user"), url.userName()});
        if (!url.password().isEmpty())
            pairs.append({QStringLiteral("password"), url.password()});
        const QString db = url.path().mid(1);
        if (!db.isEmpty())
            pairs.append({QStringLiteral("dbname"), db});
        const QUrlQuery q(url);
        for (const auto& item : q.queryItems(QUrl::FullyDecoded))
            pairs.append(item);
        return pairs;
    }
    qsizetype i = 0;
    const qsizetype n = trimmed.size();
    while (i < n) {
        while (i < n && trimmed.at(i).isSpace())
            ++i;
        qsizetype eq = trimmed.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            break;
        const QString key = trimmed.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && trimmed.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && trimmed.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < n && trimmed.at(i) != QLatin1Char('\'')) {
                if (trimmed.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value.append(trimmed.at(i++));
            }
            ++i;
        } else {
            while (i < n && !trimmed.at(i).isSpace()) {
                if (trimmed.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value.append(trimmed.at(i++));
            }
        }
        pairs.append({key, value});
    }
    return pairs;
}

// SQLite's global settings, made before its first connection. Every connection here is used by one
// thread at a time (QSqlDatabase's own rule), so serialized mode's mutex, taken by every call of the
// API (a written row makes a dozen), and the allocator's statistics mutex only cost (replica_1m_s
// 58.4 s -> 54.5 s; the whole test suite 263 s -> 218 s). If SQLite was started before (nothing here
// does), the settings are refused and it runs as it was.
void configureSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

} // namespace

ConnectionSpec ConnectionSpec::sqlite(const QString& path, bool create)
{
    ConnectionSpec s;
    s.dialect = Dialect::Sqlite;
    s.sqlitePath = path;
    s.createIfMissing = create;
    return s;
}

ConnectionSpec ConnectionSpec::postgres(const QString& conninfo)
{
    ConnectionSpec s;
    s.dialect = Dialect::Postgres;
    s.conninfo = conninfo;
    return s;
}

QString ConnectionSpec::conninfoWithoutPassword(const QString& conninfo)
{
    QStringList parts;
    for (const auto& [k, v] : parseConninfo(conninfo)) {
        if (k == QLatin1String("password"))
            continue;
        QString value = v;
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        parts.append(k + QLatin1String("='") + value + QLatin1Char('\''));
    }
    return parts.join(QLatin1Char(' '));
}

QString ConnectionSpec::describe() const
{
    if (dialect == Dialect::Sqlite)
        return QCoreApplication::translate("hocbaso::store::Database", "file %1")
            .arg(QDir::toNativeSeparators(QFileInfo(sqlitePath).absoluteFilePath()));
    QString host = QStringLiteral("localhost"), port = QStringLiteral("5432"), db;
    for (const auto& [k, v] : parseConninfo(conninfo)) {
        if (k == QLatin1String("host"))
            host = v;
        else if (k == QLatin1String("port"))
            port = v;
        else if (k == QLatin1String("dbname"))
            db = v;
    }
    return QCoreApplication::translate("hocbaso::store::Database", "server %1:%2/%3").arg(host, port, db);
}

Database::Database(ConnectionSpec spec) : m_spec(std::move(spec))
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("hocbaso-%1").arg(++counter);
}

Database::~Database()
{
    qDeleteAll(m_sqliteStatements);
    m_sqliteStatements.clear();
    // Statements still lent out see the pool gone and delete themselves.
    m_statements.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSpec& spec)
{
    std::unique_ptr<Database> db(new Database(spec));
    if (auto s = db->connect(); !s)
        return s.error();
    return db;
}

Status Database::connect()
{
    if (isSqlite()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Error::storage(QCoreApplication::translate(
                "hocbaso::store::Database", "The SQLite driver of Qt is missing (package libqt6sql6-sqlite)."));
        const QFileInfo fi(m_spec.sqlitePath);
        const bool existed = fi.exists();
        if (!existed && !m_spec.createIfMissing)
            return Error::notFound(
                QCoreApplication::translate("hocbaso::store::Database", "The database file %1 does not exist.")
                    .arg(m_spec.sqlitePath));
        const bool folderExisted = QFileInfo::exists(fi.absolutePath());
        if (!existed && !QDir().mkpath(fi.absolutePath()))
            return Error::storage(
                QCoreApplication::translate("hocbaso::store::Database", "Cannot create the folder %1.")
                    .arg(fi.absolutePath()));
        // A folder made for the store (the per-user data folder on a first start) is its owner's
        // alone, like the file: it also holds the journal and, for the demo, the signing keys.
        if (!folderExisted)
            QFile::setPermissions(fi.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        configureSqlite();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(m_spec.sqlitePath);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!m_db.open())
            return storageError(
                m_db.lastError(),
                QCoreApplication::translate("hocbaso::store::Database", "opening %1").arg(m_spec.sqlitePath));
        if (!existed) {
            // The store holds personal data of children: only its owner may read it.
            QFile::setPermissions(m_spec.sqlitePath, QFile::ReadOwner | QFile::WriteOwner);
            // A record version's content is about 2 KB: with 4 KB pages only one fits per page and
            // half the file is empty; 8 KB pages hold three or four.
            if (auto s = execDirect(QStringLiteral("PRAGMA page_size = 8192")); !s)
                return s;
        }
        for (const char* pragma :
             {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
              "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"}) {
            if (!m_spec.writeAheadLog && qstrcmp(pragma, "PRAGMA journal_mode = WAL") == 0)
                continue;
            if (auto s = execDirect(QString::fromLatin1(pragma)); !s)
                return s;
        }
        return registerSqliteFunctions(*this);
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(QCoreApplication::translate(
            "hocbaso::store::Database", "The PostgreSQL driver of Qt is missing (package libqt6sql6-psql)."));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    QStringList options;
    for (const auto& [k, v] : parseConninfo(m_spec.conninfo)) {
        if (k == QLatin1String("host") || k == QLatin1String("hostaddr"))
            m_db.setHostName(v);
        else if (k == QLatin1String("port"))
            m_db.setPort(v.toInt());
        else if (k == QLatin1String("dbname"))
            m_db.setDatabaseName(v);
        else if (k == QLatin1String("user"))
            m_db.setUserName(v);
        else if (k == QLatin1String("password"))
            m_db.setPassword(v);
        else
            options.append(k + QLatin1Char('=') + v);
    }
    if (!m_spec.userName.isEmpty())
        m_db.setUserName(m_spec.userName);
    if (!m_spec.password.isEmpty())
        m_db.setPassword(m_spec.password);
    if (!options.contains(QStringLiteral("application_name"), Qt::CaseInsensitive))
        options.append(QStringLiteral("application_name=hocbaso"));
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!m_db.open())
        return storageError(
            m_db.lastError(),
            QCoreApplication::translate("hocbaso::store::Database", "connecting to %1").arg(m_spec.describe()));
    for (const char* setting : {"SET client_min_messages = warning", "SET TIME ZONE 'UTC'"}) {
        if (auto s = execDirect(QString::fromLatin1(setting)); !s)
            return s;
    }
    return {};
}

Statement::~Statement()
{
    if (!m_query)
        return;
    m_query->finish();
    if (auto pool = m_pool.lock()) {
        // Bounded: texts built per call (a list of a given length) must not pile up for ever.
        if (pool->idle.size() >= std::size_t(StatementPool::kMaxIdle) && !pool->idle.contains(m_sql))
            pool->idle.clear();
        pool->idle.insert_or_assign(m_sql, std::move(m_query));
    }
}

Result<Statement> Database::prepare(const QString& sql)
{
    if (auto it = m_statements->idle.find(sql); it != m_statements->idle.end()) {
        std::unique_ptr<QSqlQuery> q = std::move(it->second);
        m_statements->idle.erase(it);
        return Statement(m_statements, sql, std::move(q));
    }
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        return storageError(q->lastError(), sql.simplified().left(80));
    return Statement(m_statements, sql, std::move(q));
}

SqliteStatement* Database::sqliteStatement(const QString& sql)
{
    if (auto it = m_sqliteStatements.constFind(sql); it != m_sqliteStatements.constEnd())
        return it.value();
    auto* s = new SqliteStatement(*this, sql);
    m_sqliteStatements.insert(sql, s);
    return s;
}

Result<Statement> Database::run(const QString& sql, const QVariantList& values)
{
    auto prepared = prepare(sql);
    if (!prepared)
        return prepared.error();
    Statement statement = std::move(prepared).value();
    QSqlQuery* q = statement.operator->();
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    ++m_statementCount;
    if (!q->exec()) {
        if (m_depth > 0)
            m_failed = true;
        m_lastErrorCode = q->lastError().nativeErrorCode();
        return storageError(q->lastError(), sql.simplified().left(80));
    }
    return statement;
}

void Database::rollbackAfterFailure()
{
    // The caller reports why the change failed; a failed ROLLBACK on top (a lost connection, which
    // ends the transaction anyway) can only be noted.
    if (auto s = execDirect(QStringLiteral("ROLLBACK")); !s)
        qWarning("hocbaso: ROLLBACK failed: %s", qPrintable(s.errorString()));
}

Status Database::execDirect(const QString& sql)
{
    QSqlQuery q(m_db);
    ++m_statementCount;
    if (!q.exec(sql)) {
        m_lastErrorCode = q.lastError().nativeErrorCode();
        return storageError(q.lastError(), sql.simplified().left(80));
    }
    return {};
}

pg_conn* Database::postgresHandle()
{
    if (!isPostgres())
        return nullptr;
    const QVariant h = m_db.driver()->handle();
    // QPSQL names it by libpq's struct (pg_conn*), older builds by the typedef.
    const bool libpq = h.isValid() && (qstrcmp(h.typeName(), "pg_conn*") == 0 || qstrcmp(h.typeName(), "PGconn*") == 0);
    PGconn* conn = libpq ? *static_cast<PGconn* const*>(h.constData()) : nullptr;
    if (conn && m_postgresHandleChecked == 0) {
        // The driver's connection is driven here through the program's own libpq: sound only when
        // they are one library (Debian's Qt uses the system libpq). The server's idea of this
        // session's process must be what our libpq reads from the handle; a driver built with a
        // libpq of its own would hand out a structure ours reads as something else.
        QSqlQuery q(m_db);
        const bool same = q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() &&
                          q.value(0).toInt() == PQbackendPID(conn) && PQstatus(conn) == CONNECTION_OK;
        m_postgresHandleChecked = same ? 1 : -1;
        if (!same)
            qWarning("hocbaso: the PostgreSQL driver of Qt does not use this program's libpq; its connection "
                     "handle is not used");
    }
    return m_postgresHandleChecked > 0 ? conn : nullptr;
}

Status Database::execWithParameters(const QString& sql, const QList<QByteArray>& values)
{
    PGconn* conn = postgresHandle();
    if (!conn)
        return Error::storage(
            QCoreApplication::translate("hocbaso::store::Database", "The PostgreSQL connection has no handle."));
    const QByteArray text = sql.toUtf8();
    QList<const char*> params;
    for (const QByteArray& v : values)
        params.append(v.constData());
    std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexecParams(conn, text.constData(), int(params.size()), nullptr, params.constData(), nullptr, nullptr, 0),
        PQclear);
    const ExecStatusType st = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
        return {};
    m_lastErrorCode = result ? QString::fromLatin1(PQresultErrorField(result.get(), PG_DIAG_SQLSTATE)) : QString();
    if (m_depth > 0)
        m_failed = true;
    const QString why =
        QString::fromUtf8(result ? PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY) : PQerrorMessage(conn))
            .trimmed();
    return Error::storage(
        QCoreApplication::translate("hocbaso::store::Database", "The database reported an error while %1: %2")
            .arg(sql.simplified().left(80), why));
}

QStringList Database::splitStatements(const QString& script)
{
    QStringList out;
    QString current;
    enum
    {
        Normal,
        Single,
        Double,
        LineComment,
        BlockComment,
        Dollar
    } state = Normal;
    QString dollarTag;
    int beginDepth = 0; // SQLite trigger bodies: BEGIN ... END;
    const qsizetype n = script.size();
    auto wordAt = [&](qsizetype i, QLatin1String w) {
        if (i + w.size() > n || script.mid(i, w.size()).compare(w, Qt::CaseInsensitive) != 0)
            return false;
        const bool before = i == 0 || !(script.at(i - 1).isLetterOrNumber() || script.at(i - 1) == QLatin1Char('_'));
        const qsizetype e = i + w.size();
        const bool after = e >= n || !(script.at(e).isLetterOrNumber() || script.at(e) == QLatin1Char('_'));
        return before && after;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        switch (state) {
        case Normal:
            if (c == QLatin1Char('\'')) {
                state = Single;
            } else if (c == QLatin1Char('"')) {
                state = Double;
            } else if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
                state = LineComment;
                continue;
            } else if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
                state = BlockComment;
                continue;
            } else if (c == QLatin1Char('$')) {
                const qsizetype end = script.indexOf(QLatin1Char('$'), i + 1);
                if (end > i) {
                    const QString tag = script.mid(i, end - i + 1);
                    bool valid = true;
                    for (qsizetype k = 1; k + 1 < tag.size(); ++k)
                        valid = valid && (tag.at(k).isLetterOrNumber() || tag.at(k) == QLatin1Char('_'));
                    if (valid) {
                        dollarTag = tag;
                        state = Dollar;
                        current.append(tag);
                        i = end;
                        continue;
                    }
                }
            } else if (wordAt(i, QLatin1String("BEGIN")) &&
                       current.contains(QLatin1String("TRIGGER"), Qt::CaseInsensitive)) {
                ++beginDepth;
            } else if (wordAt(i, QLatin1String("END")) && beginDepth > 0) {
                --beginDepth;
            } else if (c == QLatin1Char(';') && beginDepth == 0) {
                if (!current.trimmed().isEmpty())
                    out.append(current.trimmed());
                current.clear();
                continue;
            }
            break;
        case Single:
            if (c == QLatin1Char('\''))
                state = Normal;
            break;
        case Double:
            if (c == QLatin1Char('"'))
                state = Normal;
            break;
        case LineComment:
            if (c == QLatin1Char('\n')) {
                state = Normal;
                current.append(c);
            }
            continue;
        case BlockComment:
            if (c == QLatin1Char('/') && i > 0 && script.at(i - 1) == QLatin1Char('*'))
                state = Normal;
            continue;
        case Dollar:
            if (c == QLatin1Char('$') && script.mid(i, dollarTag.size()) == dollarTag) {
                current.append(dollarTag);
                i += dollarTag.size() - 1;
                state = Normal;
                continue;
            }
            break;
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

bool Database::isAlive()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

Status Database::execScript(const QString& script)
{
    for (const QString& statement : splitStatements(script)) {
        if (auto s = execDirect(statement); !s)
            return s;
    }
    return {};
}

Error Database::storageError(const QSqlError& e, const QString& what) const
{
    QString detail = e.databaseText().trimmed();
    if (detail.isEmpty())
        detail = e.driverText().trimmed();
    if (e.nativeErrorCode() == QLatin1String("25006"))
        // A change sent to a read-only server (a streaming replica given as --pg-read) by mistake.
        return Error::refused(QCoreApplication::translate("hocbaso::store::Database",
                                                          "The read-only server refused a change while %1; "
                                                          "changes go to the primary server: %2")
                                  .arg(what, detail));
    if (isUniqueViolation(e))
        return Error::conflict(
            QCoreApplication::translate("hocbaso::store::Database", "The data already exists (%1): %2")
                .arg(what, detail));
    return Error::storage(
        QCoreApplication::translate("hocbaso::store::Database", "The database reported an error while %1: %2")
            .arg(what, detail));
}

bool Database::isUniqueViolation(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555") ||
           e.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

std::optional<quint64> Database::parseLsn(const QString& text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1)
        return std::nullopt;
    bool okHigh = false;
    bool okLow = false;
    const quint64 high = text.left(slash).toULongLong(&okHigh, 16);
    const quint64 low = text.mid(slash + 1).toULongLong(&okLow, 16);
    if (!okHigh || !okLow || high > 0xFFFFFFFFu || low > 0xFFFFFFFFu)
        return std::nullopt;
    return (high << 32) | low;
}

Status Database::commitOutermost()
{
    bool wrote = false;
    if (m_trackCommitLsn && isPostgres()) {
        // Only a transaction that changed something moves the point a replica must reach; a read
        // would only make the next replica read wait for other clients' changes.
        auto q = run(QStringLiteral("SELECT pg_current_xact_id_if_assigned() IS NOT NULL"));
        if (!q)
            return q.error();
        wrote = (*q)->next() && (*q)->value(0).toBool();
    }
    if (auto s = execDirect(QStringLiteral("COMMIT")); !s)
        return s;
    if (wrote) {
        // The insert position covers the commit record even when it is not yet flushed
        // (synchronous_commit = off): the replica has the change once it has replayed this far.
        // The change is saved whatever happens here: a failure only costs read-your-writes.
        auto q = run(QStringLiteral("SELECT pg_current_wal_insert_lsn()::text"));
        std::optional<quint64> lsn;
        if (q && (*q)->next())
            lsn = parseLsn((*q)->value(0).toString());
        if (lsn)
            m_lastCommitLsn = std::max(m_lastCommitLsn, *lsn);
        else
            qWarning("hocbaso: the log position of a committed change could not be read; a read replica "
                     "may not show it at once");
    }
    return {};
}

bool Database::isSerializationFailure(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("5") ||
           code == QLatin1String("6");
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (m_db.transactionDepth()++ > 0) {
        m_open = true;
        return;
    }
    m_outermost = true;
    m_db.transactionFailed() = false;
    m_beginStatus = m_db.execDirect(m_db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_open = m_beginStatus.ok();
    if (!m_open)
        --m_db.transactionDepth();
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_beginStatus.ok() ? Status(Error::internal(QCoreApplication::translate(
                                        "hocbaso::store::Database", "The transaction is already closed.")))
                                  : m_beginStatus;
    m_open = false;
    --m_db.transactionDepth();
    if (!m_outermost)
        return {};
    if (m_db.transactionFailed()) {
        m_db.rollbackAfterFailure();
        return Error::storage(QCoreApplication::translate("hocbaso::store::Database",
                                                          "A step of the change failed, so nothing was saved."));
    }
    auto s = m_db.commitOutermost();
    if (!s)
        m_db.rollbackAfterFailure();
    return s;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    --m_db.transactionDepth();
    if (m_outermost)
        m_db.rollbackAfterFailure();
    else
        m_db.transactionFailed() = true;
}

} // namespace hocbaso::store
