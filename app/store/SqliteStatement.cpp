#include "SqliteStatement.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hocbaso::store {
SqliteStatement::SqliteStatement(Database& db, const QString& sql) : m_db(db), m_sql(sql)
{
    const QVariant h = db.connection().driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(h.constData());
    if (!m_handle) {
        m_prepareError =
            QCoreApplication::translate("hocbaso::store::Database", "The SQLite connection has no handle.");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
}

void SqliteStatement::bindUtf8(int index, const QByteArray& utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int index, const char* utf8, int size)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index + 1, utf8, size, SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index + 1);
}

void SqliteStatement::bindBlob(int index, const QByteArray& bytes)
{
    if (m_stmt)
        sqlite3_bind_blob64(m_stmt, index + 1, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8Static(int index, const char* utf8, int size)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index + 1, utf8, size, SQLITE_STATIC);
}

void SqliteStatement::bindBlobStatic(int index, const char* bytes, int size)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index + 1, bytes, size, SQLITE_STATIC);
}

void SqliteStatement::bindVariant(int index, const QVariant& value)
{
    if (value.isNull() || !value.isValid()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        bind(index, value.toLongLong());
        return;
    case QMetaType::Bool:
        bind(index, value.toBool() ? 1 : 0);
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        if (m_stmt)
            sqlite3_bind_double(m_stmt, index + 1, value.toDouble());
        return;
    case QMetaType::QByteArray:
        bindBlob(index, value.toByteArray());
        return;
    default:
        bindText(index, value.toString());
        return;
    }
}

Status SqliteStatement::exec()
{
    if (!m_stmt)
        return Error::storage(
            QCoreApplication::translate("hocbaso::store::Database", "The database reported an error while %1: %2")
                .arg(m_sql.left(80), m_prepareError));
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    if (m_db.transactionDepth() > 0)
        m_db.transactionFailed() = true;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    if (sqlite3_extended_errcode(m_handle) == SQLITE_CONSTRAINT_UNIQUE ||
        sqlite3_extended_errcode(m_handle) == SQLITE_CONSTRAINT_PRIMARYKEY)
        return Error::conflict(
            QCoreApplication::translate("hocbaso::store::Database", "The data already exists (%1): %2")
                .arg(m_sql.simplified().left(80), message));
    return Error::storage(
        QCoreApplication::translate("hocbaso::store::Database", "The database reported an error while %1: %2")
            .arg(m_sql.simplified().left(80), message));
}

Result<bool> SqliteStatement::next()
{
    if (!m_stmt)
        return Error::storage(
            QCoreApplication::translate("hocbaso::store::Database", "The database reported an error while %1: %2")
                .arg(m_sql.left(80), m_prepareError));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc == SQLITE_DONE)
        return false;
    if (m_db.transactionDepth() > 0)
        m_db.transactionFailed() = true;
    return Error::storage(
        QCoreApplication::translate("hocbaso::store::Database", "The database reported an error while %1: %2")
            .arg(m_sql.simplified().left(80), QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

qint64 SqliteStatement::columnInt64(int index) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, index) : 0;
}

bool SqliteStatement::columnIsNull(int index) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

std::string_view SqliteStatement::columnUtf8(int index) const
{
    if (!m_stmt)
        return {};
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index));
    return p ? std::string_view(p, std::size_t(sqlite3_column_bytes(m_stmt, index))) : std::string_view();
}

namespace {

// Splits UTF-8 text at spaces, skipping empty words (as text::wordsMatch splits folded text).
std::vector<std::string_view> spaceSeparated(std::string_view s)
{
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ')
            ++i;
        if (i > start)
            words.push_back(s.substr(start, i - start));
    }
    return words;
}

std::string_view textOf(sqlite3_value* v)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
    return p ? std::string_view(p, std::size_t(sqlite3_value_bytes(v))) : std::string_view();
}

// A query split into words, longest first.
struct ParsedQuery
{
    explicit ParsedQuery(std::string_view q) : text(q), longestFirst(spaceSeparated(text))
    {
        std::stable_sort(longestFirst.begin(), longestFirst.end(),
                         [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
    }
    std::string text;
    std::vector<std::string_view> longestFirst;
};

// The rule on UTF-8 bytes (a byte prefix of valid UTF-8 text is a prefix in characters). Query
// words are taken longest first and each takes the first free name word it prefixes: the name
// words two query words prefix are either nested (one query word prefixes the other) or
// disjoint, so for every later, shorter word all choices of an earlier one are alike, and the
// greedy choice never blocks a match.
bool wordsMatchUtf8(std::string_view foldedName, const std::vector<std::string_view>& longestFirst)
{
    const std::vector<std::string_view> words = spaceSeparated(foldedName);
    if (longestFirst.size() > words.size())
        return false;
    std::vector<bool> used(words.size(), false);
    for (const std::string_view q : longestFirst) {
        bool found = false;
        for (std::size_t w = 0; w < words.size() && !found; ++w) {
            if (!used[w] && words[w].substr(0, q.size()) == q) {
                used[w] = true;
                found = true;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

// hocbaso_words_match(folded_name, folded_query): the 6.3 name rule (text::wordsMatch). The query
// is split once per statement and kept as SQLite's auxiliary data of that constant argument: the
// search checks the rule on many rows per query.
void wordsMatchFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc != 2 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    if (const auto* query = static_cast<const ParsedQuery*>(sqlite3_get_auxdata(ctx, 1))) {
        sqlite3_result_int(ctx, wordsMatchUtf8(textOf(argv[0]), query->longestFirst) ? 1 : 0);
        return;
    }
    auto parsed = std::make_unique<ParsedQuery>(textOf(argv[1]));
    sqlite3_result_int(ctx, wordsMatchUtf8(textOf(argv[0]), parsed->longestFirst) ? 1 : 0);
    // SQLite owns it from here (and deletes it at once if it cannot keep it).
    sqlite3_set_auxdata(ctx, 1, parsed.release(), [](void* p) { delete static_cast<ParsedQuery*>(p); });
}

} // namespace

Status checkSameSqlite(const QString& driverSourceId, const QString& linkedSourceId)
{
    if (driverSourceId == linkedSourceId)
        return {};
    return Error::storage(QCoreApplication::translate(
                              "hocbaso::store::Database",
                              "Qt's SQLite driver uses another SQLite library (%1) than this program (%2). Install "
                              "the program with the Qt it was built for (on Windows: a Qt whose SQLite driver uses "
                              "the same SQLite).")
                              .arg(driverSourceId.left(30), linkedSourceId.left(30)));
}

Status registerSqliteFunctions(Database& db)
{
    const QVariant h = db.connection().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return Error::storage(
            QCoreApplication::translate("hocbaso::store::Database", "The SQLite connection has no handle."));
    sqlite3* handle = *static_cast<sqlite3* const*>(h.constData());
    // Before anything drives the handle through this program's libsqlite3: it must be the
    // library Qt's driver uses (so on Debian, whose Qt uses the system SQLite). Stock Qt on Windows
    // carries a copy of its own; two libraries' state on one connection is undefined behaviour.
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next())
        return db.storageError(q.lastError(), QStringLiteral("sqlite_source_id()"));
    if (auto s = checkSameSqlite(q.value(0).toString(), QString::fromLatin1(sqlite3_sourceid())); !s)
        return s;
    if (sqlite3_create_function_v2(handle, "hocbaso_words_match", 2,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, wordsMatchFunction,
                                   nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::storage(QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

qint64 SqliteStatement::changes() const
{
    return m_handle ? sqlite3_changes64(m_handle) : 0;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

} // namespace hocbaso::store
