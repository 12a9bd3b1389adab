#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <string_view>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace hocbaso::store {

class Database;

// A prepared statement on the raw SQLite handle of a QSQLITE connection, for the few inserts that
// run a million times when a province dataset is built. It skips QVariant boxing and Qt's UTF-16
// round trip (QString -> sqlite3_bind_text16 -> UTF-8), which together cost more than SQLite's own
// work. Same connection, same transaction as the Qt statements around it.
class SqliteStatement
{
public:
    SqliteStatement(Database& db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value);
    void bindUtf8(int index, const QByteArray& utf8);
    void bindUtf8(int index, const char* utf8, int size);
    void bindText(int index, const QString& text) { bindUtf8(index, text.toUtf8()); }
    void bindNull(int index);
    void bindBlob(int index, const QByteArray& bytes);
    // Text or bytes that stay where they are until exec() returns (no copy).
    void bindUtf8Static(int index, const char* utf8, int size);
    void bindBlobStatic(int index, const char* bytes, int size);
    // Any value a query reads (integer, text, bytes, null), bound as SQLite keeps it.
    void bindVariant(int index, const QVariant& value);
    // Runs the statement (which returns no rows) and resets it for the next use.
    Status exec();
    // Reads a query row by row: true while there is a row (read it with the column functions,
    // valid until the next call), false at the end, when the statement is reset for the next use.
    Result<bool> next();
    // Calls onRow() for each row of the query (read the columns inside it); onRow may return a
    // Status, and the first error, of the query or of onRow, ends the loop and is returned.
    template <typename RowFn> Status forEachRow(RowFn&& onRow)
    {
        for (;;) {
            auto row = next();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            if constexpr (std::is_void_v<std::invoke_result_t<RowFn&>>) {
                onRow();
            } else if (auto s = onRow(); !s) {
                return s;
            }
        }
    }
    qint64 columnInt64(int index) const;
    bool columnIsNull(int index) const;
    // The column's text as UTF-8, valid until the next call of next().
    std::string_view columnUtf8(int index) const;
    qint64 lastInsertRowId() const;
    // Rows the last finished INSERT, UPDATE or DELETE of the connection changed (not its triggers').
    qint64 changes() const;

private:
    Database& m_db;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    QString m_prepareError;
};

// Functions the store's SQLite queries call (hocbaso_words_match), registered on each connection.
Status registerSqliteFunctions(Database& db);
// Refuses a connection whose driver uses another SQLite library than the one linked (their
// sqlite_source_id() differ).
Status checkSameSqlite(const QString& driverSourceId, const QString& linkedSourceId);

} // namespace hocbaso::store
