#include "VerificationRepository.h"

#include "RecordContentCodec.h"
#include "SqlValues.h"

namespace hocbaso::store {
namespace {

const QString kResultColumns =
    QStringLiteral("SELECT x.version_id, x.record_id, x.version, x.verified_at, x.verified_by, x.result, x.reason ");

RecordVerificationRow readResult(const QSqlQuery& q)
{
    RecordVerificationRow r;
    r.versionId = q.value(0).toLongLong();
    r.recordId = q.value(1).toLongLong();
    r.version = q.value(2).toInt();
    r.verifiedAt = sql::toTimestamp(q.value(3));
    r.verifiedBy = q.value(4).toString();
    r.result = verificationResultFromText(q.value(5).toString()).value_or(VerificationResult::Unverifiable);
    r.reason = q.value(6).toString();
    return r;
}

} // namespace

QString VerificationRepository::scopeWhere(const Scope& scope, QVariantList& values) const
{
    QString where = QStringLiteral(" WHERE v.sent_at IS NOT NULL");
    if (scope.schoolId > 0) {
        where += QStringLiteral(" AND r.school_id = ?");
        values.append(scope.schoolId);
    }
    if (scope.unitId > 0) {
        where += QStringLiteral(" AND ") + sql::inUnitsUnder(QStringLiteral("s.unit_id"));
        values.append(scope.unitId);
    }
    if (!scope.schoolCode.isEmpty()) {
        where += QStringLiteral(" AND s.code = ?");
        values.append(scope.schoolCode);
    }
    if (scope.schoolYear) {
        where += QStringLiteral(" AND r.school_year = ?");
        values.append(*scope.schoolYear);
    }
    if (scope.unverifiedOnly)
        where += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM record_verifications x WHERE x.version_id = v.id)");
    if (scope.signedWithCertificate > 0) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM signatures g WHERE g.record_id = v.record_id AND "
                                "g.version = v.version AND g.certificate_id = ? AND g.signed_at >= ?)");
        values.append(scope.signedWithCertificate);
        values.append(sql::timestamp(m_db, scope.signedSince));
    }
    return where;
}

Result<QList<VerificationRepository::Pending>> VerificationRepository::sentVersions(const Scope& scope,
                                                                                    qint64 afterVersionId, int limit)
{
    QVariantList values;
    QString where = scopeWhere(scope, values);
    where += QStringLiteral(" AND v.id > ?");
    values.append(afterVersionId);
    values.append(limit);
    return sql::readAll<Pending>(
        m_db,
        QStringLiteral("SELECT v.id, v.record_id, v.version, v.status, v.content, v.content_sha256, v.confirmed_at, "
                       "v.sent_at, v.revoked_at, r.uuid, r.school_id, s.code FROM record_versions v "
                       "JOIN records r ON r.id = v.record_id JOIN schools s ON s.id = r.school_id") +
            where + QStringLiteral(" ORDER BY v.id LIMIT ?"),
        values, [](const QSqlQuery& q) {
            Pending p;
            p.version.id = q.value(0).toLongLong();
            p.version.recordId = q.value(1).toLongLong();
            p.version.version = q.value(2).toInt();
            p.version.status = recordStatusFromText(q.value(3).toString()).value_or(RecordStatus::Sent);
            p.version.content = RecordContentCodec::contentOf(q.value(4));
            p.version.contentSha256 = q.value(5).toString();
            p.version.confirmedAt = sql::toTimestamp(q.value(6));
            p.version.sentAt = sql::toTimestamp(q.value(7));
            p.version.revokedAt = sql::toTimestamp(q.value(8));
            p.uuid = q.value(9).toString();
            p.schoolId = q.value(10).toLongLong();
            p.schoolCode = q.value(11).toString();
            return p;
        });
}

Result<qint64> VerificationRepository::countSent(const Scope& scope)
{
    QVariantList values;
    const QString where = scopeWhere(scope, values);
    return sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM record_versions v JOIN records r ON r.id = v.record_id "
                                      "JOIN schools s ON s.id = r.school_id") +
                           where,
                       values);
}

Status VerificationRepository::save(const QList<RecordVerificationRow>& rows)
{
    // The central store sets record_id, version and school_id from the version itself (schema 18).
    static const QString kUpsert = QStringLiteral(
        "INSERT INTO record_verifications (version_id, record_id, version, verified_at, verified_by, result, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (version_id) DO UPDATE SET record_id = excluded.record_id, "
        "version = excluded.version, verified_at = excluded.verified_at, verified_by = excluded.verified_by, "
        "result = excluded.result, reason = excluded.reason");
    for (const RecordVerificationRow& r : rows) {
        auto q = m_db.run(kUpsert, {r.versionId, r.recordId, r.version, sql::timestamp(m_db, r.verifiedAt),
                                    r.verifiedBy, toText(r.result), r.reason.isNull() ? QStringLiteral("") : r.reason});
        if (!q)
            return q.error();
    }
    return {};
}

Result<QHash<qint64, RecordVerificationRow>> VerificationRepository::currentOf(const QList<qint64>& recordIds)
{
    QHash<qint64, RecordVerificationRow> out;
    if (recordIds.isEmpty())
        return out;
    auto rows = sql::readAll<RecordVerificationRow>(
        m_db,
        kResultColumns +
            QStringLiteral("FROM record_verifications x JOIN records r ON r.id = x.record_id "
                           "AND r.version = x.version WHERE ") +
            sql::inIds(m_db, QStringLiteral("x.record_id")),
        {sql::idsValue(m_db, recordIds)}, readResult);
    if (!rows)
        return rows.error();
    for (const RecordVerificationRow& r : std::as_const(*rows))
        out.insert(r.recordId, r);
    return out;
}

Result<std::optional<RecordVerificationRow>> VerificationRepository::ofVersion(qint64 versionId)
{
    return sql::readOne<RecordVerificationRow>(
        m_db, kResultColumns + QStringLiteral("FROM record_verifications x WHERE x.version_id = ?"), {versionId},
        readResult);
}

Result<QHash<qint64, qint64>> VerificationRepository::invalidBySchool(int schoolYear, int grade,
                                                                      const QList<qint64>& schoolIds)
{
    QHash<qint64, qint64> out;
    if (schoolIds.isEmpty())
        return out;
    // Invalid results are few: read through the partial index of problems (SQLite uses a partial
    // index only when the query repeats its condition), joined to their records.
    auto q = m_db.run(QStringLiteral("SELECT r.school_id, count(*) FROM record_verifications x "
                                     "JOIN records r ON r.id = x.record_id AND r.version = x.version "
                                     "WHERE x.result <> 'valid' AND x.result = 'invalid' AND r.school_year = ? "
                                     "AND (? = 0 OR r.grade = ?) AND ") +
                          sql::inIds(m_db, QStringLiteral("r.school_id")) + QStringLiteral(" GROUP BY r.school_id"),
                      {schoolYear, grade, grade, sql::idsValue(m_db, schoolIds)});
    if (!q)
        return q.error();
    while ((*q)->next())
        out.insert((*q)->value(0).toLongLong(), (*q)->value(1).toLongLong());
    return out;
}

} // namespace hocbaso::store
