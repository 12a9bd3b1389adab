#pragma once

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

// Conversions between domain values and what each engine stores (DOMAIN types in PostgreSQL,
// ISO-8601 text in SQLite). The only place that knows how a date looks inside SQLite.
namespace hocbaso::store::sql {

// ISO-8601 UTC with milliseconds ("2026-11-28T09:00:00.000Z"): the text form in SQLite. Written by
// hand, digit by digit, because QDateTime::toString (and even snprintf) is a noticeable cost when
// a million rows are written. Fills `buf` (24 characters, no terminator) and returns the length.
inline int isoUtc(const QDateTime& t, char (&buf)[24])
{
    const QDateTime u = t.timeSpec() == Qt::UTC ? t : t.toUTC();
    const QDate d = u.date();
    const QTime tm = u.time();
    const auto put = [&buf](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buf[at + i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    buf[4] = '-';
    put(5, d.month(), 2);
    buf[7] = '-';
    put(8, d.day(), 2);
    buf[10] = 'T';
    put(11, tm.hour(), 2);
    buf[13] = ':';
    put(14, tm.minute(), 2);
    buf[16] = ':';
    put(17, tm.second(), 2);
    buf[19] = '.';
    put(20, tm.msec(), 3);
    buf[23] = 'Z';
    return 24;
}

inline QString isoUtc(const QDateTime& t)
{
    char buf[24];
    return QString::fromLatin1(buf, isoUtc(t, buf));
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

// "status IN (?, ?)" placeholders for the statuses a row may still be in (the domain's
// statusesBefore), their texts appended to `values`. An empty list matches nothing ("IN (NULL)"),
// so an update that the domain allows from nowhere changes no row.
template <typename Status> QString statusIn(const QList<Status>& statuses, QVariantList& values)
{
    if (statuses.isEmpty())
        return QStringLiteral("IN (NULL)");
    QStringList marks;
    for (const Status& s : statuses) {
        marks.append(QStringLiteral("?"));
        values.append(toText(s));
    }
    return QStringLiteral("IN (%1)").arg(marks.join(QStringLiteral(", ")));
}

// A table or column name as an SQL identifier (names from the program or the catalogue, never from people).
inline QString quotedName(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
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

// A list of ids as one bound value: "[1,2,3]" for SQLite's json_each, "{1,2,3}" for a PostgreSQL
// bigint[]. One statement text then serves lists of every length (see inIds).
inline QString idList(const QList<qint64>& ids, QChar open, QChar close)
{
    QString s(open);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            s += QLatin1Char(',');
        s += QString::number(ids.at(i));
    }
    s += close;
    return s;
}

// "column is one of the ids bound at this ?" in the connection's dialect, with the value to bind.
inline QString inIds(const Database& db, const QString& column)
{
    return db.isSqlite() ? column + QStringLiteral(" IN (SELECT value FROM json_each(?))")
                         : column + QStringLiteral(" = ANY(?::bigint[])");
}
inline QVariant idsValue(const Database& db, const QList<qint64>& ids)
{
    return db.isSqlite() ? idList(ids, QLatin1Char('['), QLatin1Char(']'))
                         : idList(ids, QLatin1Char('{'), QLatin1Char('}'));
}

// "column names a unit under the unit bound at this ?" (the unit itself included): units form a
// tree (a Sở above its communes), walked down from that unit. One parameter, so one statement text
// serves every unit; both engines run a recursive CTE inside a subquery.
inline QString inUnitsUnder(const QString& column)
{
    return column + QStringLiteral(" IN (WITH RECURSIVE below(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT u.id FROM "
                                   "units u JOIN below b ON u.parent_id = b.id) SELECT id FROM below)");
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
