#include "SqliteStatement.h"

#include "Database.h"
#include "core/VietnameseText.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

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

namespace {

// hocbaso_words_match(folded_name, folded_query): the 6.3 name rule (text::wordsMatch).
void wordsMatchFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc != 2 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const auto text = [](sqlite3_value* v) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(v)), sqlite3_value_bytes(v));
    };
    const QStringList words = text(argv[1]).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    sqlite3_result_int(ctx, text::wordsMatch(text(argv[0]), words) ? 1 : 0);
}

} // namespace

Status registerSqliteFunctions(Database& db)
{
    const QVariant h = db.connection().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return Error::storage(
            QCoreApplication::translate("hocbaso::store::Database", "The SQLite connection has no handle."));
    sqlite3* handle = *static_cast<sqlite3* const*>(h.constData());
    if (sqlite3_create_function_v2(handle, "hocbaso_words_match", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   wordsMatchFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::storage(QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

} // namespace hocbaso::store
