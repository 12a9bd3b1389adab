#include "RevocationRepository.h"

#include "SqlValues.h"

namespace hocbaso::store {
namespace {

const QString kRevocationColumns = QStringLiteral(
    "SELECT r.id, r.record_id, r.record_version, r.reason, r.requested_at, r.requested_by, r.status, r.decided_at, "
    "r.decided_by, r.decision_note, r.row_version FROM revocation_requests r ");

RevocationRequest readRevocation(const QSqlQuery& q)
{
    RevocationRequest r;
    r.id = q.value(0).toLongLong();
    r.recordId = q.value(1).toLongLong();
    r.recordVersion = q.value(2).toInt();
    r.reason = q.value(3).toString();
    r.requestedAt = sql::toTimestamp(q.value(4));
    r.requestedBy = q.value(5).toString();
    r.status = revocationStatusFromText(q.value(6).toString()).value_or(RevocationStatus::Pending);
    r.decidedAt = sql::toTimestamp(q.value(7));
    r.decidedBy = q.value(8).toString();
    r.decisionNote = q.value(9).toString();
    r.rowVersion = q.value(10).toInt();
    return r;
}

} // namespace

Result<qint64> RevocationRepository::insert(const RevocationRequest& r)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral(
            "INSERT INTO revocation_requests (record_id, record_version, reason, requested_at, requested_by, "
            "status, decided_at, decided_by, decision_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.recordId, r.recordVersion, r.reason, sql::timestamp(m_db, r.requestedAt), r.requestedBy, toText(r.status),
         sql::timestamp(m_db, r.decidedAt), sql::text(r.decidedBy), sql::text(r.decisionNote)});
}

Result<std::optional<RevocationRequest>> RevocationRepository::byId(qint64 id)
{
    return sql::readOne<RevocationRequest>(m_db, kRevocationColumns + QStringLiteral("WHERE r.id = ?"), {id},
                                           readRevocation);
}

Result<std::optional<RevocationRequest>> RevocationRepository::pendingForRecord(qint64 recordId)
{
    return sql::readOne<RevocationRequest>(
        m_db, kRevocationColumns + QStringLiteral("WHERE r.record_id = ? AND r.status = 'pending'"), {recordId},
        readRevocation);
}

namespace {

// A request carries its record's school (PostgreSQL schema 13, SQLite schema 29): a page walks the
// schools and each one's requests, and a count needs no record at all.
const QString kJoins = QStringLiteral("JOIN records rec ON rec.id = r.record_id JOIN schools s ON s.id = r.school_id "
                                      "JOIN pupils p ON p.id = rec.pupil_id LEFT JOIN classes c ON c.id = "
                                      "rec.class_id WHERE 1 = 1");

// The same with the requester's account, for the name and role 6.5 shows (an account the reader
// may not see, or none, leaves them empty).
const QString kDetailedJoins = QStringLiteral(
    "JOIN records rec ON rec.id = r.record_id JOIN schools s ON s.id = r.school_id JOIN pupils p ON p.id = "
    "rec.pupil_id LEFT JOIN classes c ON c.id = rec.class_id LEFT JOIN users u ON u.username = r.requested_by LEFT "
    "JOIN users d ON d.username = r.decided_by WHERE 1 = 1");

// The counts need the school (the unit filter), and the record only for a grade.
QString countJoins(const RevocationRepository::Filter& f)
{
    if (f.grade > 0)
        return QStringLiteral(
            "JOIN records rec ON rec.id = r.record_id JOIN schools s ON s.id = r.school_id WHERE 1 = 1");
    return QStringLiteral("JOIN schools s ON s.id = r.school_id WHERE 1 = 1");
}

QString filterSql(const RevocationRepository::Filter& f, QVariantList& values)
{
    QString sqlText;
    if (f.unitId > 0) {
        sqlText += QStringLiteral(" AND ") + sql::inUnitsUnder(QStringLiteral("s.unit_id"));
        values.append(f.unitId);
    }
    if (f.schoolId > 0) {
        sqlText += QStringLiteral(" AND r.school_id = ?");
        values.append(f.schoolId);
    }
    if (f.grade > 0) {
        sqlText += QStringLiteral(" AND rec.grade = ?");
        values.append(f.grade);
    }
    if (f.status) {
        sqlText += QStringLiteral(" AND r.status = ?");
        values.append(toText(*f.status));
    }
    return sqlText;
}

// The requests that have waited longest first (an officer at a deadline works from the oldest
// down); the id breaks ties between requests of one moment.
const QString kOrder = QStringLiteral(" ORDER BY r.requested_at, r.id");

const QString kDetailedColumns = QStringLiteral(
    "SELECT r.id, r.record_id, r.record_version, r.reason, r.requested_at, r.requested_by, r.status, r.decided_at, "
    "r.decided_by, r.decision_note, r.row_version, rec.uuid, p.full_name, p.personal_id, s.code, s.name, s.unit_id, "
    "c.name, rec.grade, rec.school_year, rec.status, s.name_sort, rec.name_sort, u.display_name, u.role, "
    "d.display_name "
    "FROM "
    "revocation_requests r ");

RevocationListing readDetailed(const QSqlQuery& q)
{
    RevocationListing l;
    l.request = readRevocation(q);
    l.uuid = q.value(11).toString();
    l.fullName = q.value(12).toString();
    l.personalId = q.value(13).toString();
    l.schoolCode = q.value(14).toString();
    l.schoolName = q.value(15).toString();
    l.unitId = q.value(16).toLongLong();
    l.className = q.value(17).toString();
    l.grade = q.value(18).toInt();
    l.schoolYear = q.value(19).toInt();
    l.recordStatus = recordStatusFromText(q.value(20).toString()).value_or(RecordStatus::Sent);
    l.schoolSort = q.value(21).toString();
    l.nameSort = q.value(22).toString();
    l.requesterName = q.value(23).toString();
    l.requesterRole = roleFromText(q.value(24).toString());
    l.deciderName = q.value(25).toString();
    return l;
}

} // namespace

Result<QList<RevocationRequest>> RevocationRepository::list(const Filter& f)
{
    QVariantList values;
    const QString where = filterSql(f, values);
    return sql::readAll<RevocationRequest>(m_db, kRevocationColumns + kJoins + where + kOrder, values, readRevocation);
}

Result<QList<RevocationListing>> RevocationRepository::listDetailed(const Filter& f)
{
    QVariantList values;
    QString sqlText = kDetailedColumns + kDetailedJoins + filterSql(f, values);
    if (f.afterId > 0) {
        // A row value compares like kOrder: the times are stored in one form (UTC, ISO 8601 with
        // milliseconds, in SQLite text that sorts as time does).
        sqlText += QStringLiteral(" AND (r.requested_at, r.id) > (?, ?)");
        values << sql::timestamp(m_db, f.afterRequestedAt) << f.afterId;
    }
    sqlText += kOrder;
    if (f.limit > 0) {
        sqlText += QStringLiteral(" LIMIT ?");
        values << f.limit;
    }
    return sql::readAll<RevocationListing>(m_db, sqlText, values, readDetailed);
}

Result<QList<qint64>> RevocationRepository::ids(const Filter& f)
{
    QVariantList values;
    const QString where = filterSql(f, values);
    return sql::readAll<qint64>(m_db,
                                QStringLiteral("SELECT r.id FROM revocation_requests r ") + kJoins + where + kOrder,
                                values, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

Result<std::optional<RevocationListing>> RevocationRepository::detailedById(qint64 id)
{
    return sql::readOne<RevocationListing>(m_db, kDetailedColumns + kDetailedJoins + QStringLiteral(" AND r.id = ?"),
                                           {id}, readDetailed);
}

Result<QHash<qint64, RevocationListing>> RevocationRepository::detailedByIds(const QList<qint64>& ids)
{
    QHash<qint64, RevocationListing> out;
    if (ids.isEmpty())
        return out;
    // The ids as one value: one statement text for lists of every length.
    auto rows = sql::readAll<RevocationListing>(
        m_db, kDetailedColumns + kDetailedJoins + QStringLiteral(" AND ") + sql::inIds(m_db, QStringLiteral("r.id")),
        {sql::idsValue(m_db, ids)}, readDetailed);
    if (!rows)
        return rows.error();
    out.reserve(rows->size());
    for (const RevocationListing& l : *rows)
        out.insert(l.request.id, l);
    return out;
}

Result<QList<QPair<QString, qint64>>> RevocationRepository::schoolsOf(const QList<qint64>& ids, qint64 unitId)
{
    if (ids.isEmpty())
        return QList<QPair<QString, qint64>>();
    Filter f;
    f.unitId = unitId;
    QVariantList values{sql::idsValue(m_db, ids)};
    const QString where = filterSql(f, values);
    return sql::readAll<QPair<QString, qint64>>(
        m_db,
        QStringLiteral("SELECT s.name, count(*) FROM revocation_requests r ") + countJoins(f) +
            QStringLiteral(" AND ") + sql::inIds(m_db, QStringLiteral("r.id")) + where +
            QStringLiteral(" GROUP BY s.id, s.name, s.name_sort ORDER BY count(*) DESC, s.name_sort"),
        values,
        [](const QSqlQuery& q) { return QPair<QString, qint64>(q.value(0).toString(), q.value(1).toLongLong()); });
}

Result<QHash<QString, qint64>> RevocationRepository::countByStatus(const Filter& f)
{
    Filter all = f;
    all.status.reset();
    QVariantList values;
    const QString where = filterSql(all, values);
    auto rows = sql::readAll<QPair<QString, qint64>>(
        m_db,
        QStringLiteral("SELECT r.status, count(*) FROM revocation_requests r ") + countJoins(all) + where +
            QStringLiteral(" GROUP BY r.status"),
        values,
        [](const QSqlQuery& q) { return QPair<QString, qint64>(q.value(0).toString(), q.value(1).toLongLong()); });
    if (!rows)
        return rows.error();
    QHash<QString, qint64> out;
    for (const auto& [status, n] : *rows)
        out.insert(status, n);
    return out;
}

Result<bool> RevocationRepository::decide(qint64 id, const QList<RevocationStatus>& from, RevocationStatus to,
                                          const QDateTime& at, const QString& by, const QString& note)
{
    auto won = decideAll({id}, from, to, at, by, note);
    if (!won)
        return won.error();
    return won->contains(id);
}

Result<QSet<qint64>> RevocationRepository::decideAll(const QList<qint64>& ids, const QList<RevocationStatus>& from,
                                                     RevocationStatus to, const QDateTime& at, const QString& by,
                                                     const QString& note)
{
    QSet<qint64> won;
    if (ids.isEmpty())
        return won;
    // One statement for the batch: the row-level rules still run per row (triggers, policies), the
    // statement's own work (its trigger over the changed rows, the notice) once.
    QVariantList values{toText(to), sql::timestamp(m_db, at), by, sql::text(note), sql::idsValue(m_db, ids)};
    const QString in = sql::statusIn(from, values);
    auto q = m_db.run(QStringLiteral("UPDATE revocation_requests SET status = ?, decided_at = ?, decided_by = ?, "
                                     "decision_note = ?, row_version = row_version + 1 WHERE ") +
                          sql::inIds(m_db, QStringLiteral("id")) + QStringLiteral(" AND status ") + in +
                          QStringLiteral(" RETURNING id"),
                      values);
    if (!q)
        return q.error();
    won.reserve(ids.size());
    while ((*q)->next())
        won.insert((*q)->value(0).toLongLong());
    return won;
}

Result<qint64> RevocationRepository::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM revocation_requests"));
}

} // namespace hocbaso::store
