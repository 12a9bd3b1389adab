#pragma once

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <optional>

// Conversions between domain values and what each engine stores (DOMAIN types in PostgreSQL,
// ISO-8601 text in SQLite). The only place that knows how a date looks inside SQLite.
namespace hocbaso::store::sql {

// ISO-8601 UTC with milliseconds ("2026-11-28T09:00:00.000Z"): the text form in SQLite. Written by
// hand because QDateTime::toString is a noticeable cost when a million rows are written.
inline QString isoUtc(const QDateTime& t)
{
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime tm = u.time();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(), tm.hour(),
                  tm.minute(), tm.second(), tm.msec());
    return QString::fromLatin1(buf);
}

inline QVariant timestamp(const Database& db, const QDateTime& t)
{
    if (!t.isValid())
        return QVariant();
    return db.isSqlite() ? QVariant(isoUtc(t)) : QVariant(t.toUTC());
}

inline QVariant day(const Database& db, const QDate& d)
{
    if (!d.isValid())
        return QVariant();
    return db.isSqlite() ? QVariant(d.toString(Qt::ISODate)) : QVariant(d);
}

inline QVariant id(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant();
}
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}
inline QVariant blob(const QByteArray& b)
{
    return QVariant(b);
}

inline QDateTime toTimestamp(const QVariant& v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

inline QDate toDay(const QVariant& v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

inline bool toBool(const QVariant& v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString();
    return s == QLatin1String("1") || s == QLatin1String("t") || s == QLatin1String("true");
}

// Reads one integer from a query like "SELECT count(*) ...".
inline Result<qint64> scalar(Database& db, const QString& sqlText, const QVariantList& values = {})
{
    auto q = db.run(sqlText, values);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return qint64(0);
    const qint64 v = (*q)->value(0).toLongLong();
    (*q)->finish();
    return v;
}

// Runs an INSERT and gives the new row's id: RETURNING in PostgreSQL, the connection's last rowid in
// SQLite (cheaper there: no result row to materialize, which matters for million-row datasets).
inline Result<qint64> insertReturningId(Database& db, const QString& sqlText, const QVariantList& values)
{
    if (db.isSqlite()) {
        auto q = db.run(sqlText, values);
        if (!q)
            return q.error();
        return (*q)->lastInsertId().toLongLong();
    }
    auto q = db.run(sqlText + QStringLiteral(" RETURNING id"), values);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::storage(QStringLiteral("INSERT returned no id"));
    const qint64 v = (*q)->value(0).toLongLong();
    (*q)->finish();
    return v;
}

// Reads at most one row with `reader(const QSqlQuery&)`.
template <typename T, typename Reader>
Result<std::optional<T>> readOne(Database& db, const QString& sql, const QVariantList& values, Reader reader)
{
    auto q = db.run(sql, values);
    if (!q)
        return q.error();
    std::optional<T> out;
    if ((*q)->next())
        out = reader(**q);
    (*q)->finish();
    return out;
}

// Reads every row with `reader`.
template <typename T, typename Reader>
Result<QList<T>> readAll(Database& db, const QString& sql, const QVariantList& values, Reader reader)
{
    auto q = db.run(sql, values);
    if (!q)
        return q.error();
    QList<T> out;
    while ((*q)->next())
        out.append(reader(**q));
    (*q)->finish();
    return out;
}

} // namespace hocbaso::store::sql
