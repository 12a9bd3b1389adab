#include "CertificateRepository.h"

#include "SqlValues.h"
#include "core/Transitions.h"

namespace hocbaso::store {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT c.id, c.school_id, c.kind, c.holder, c.position, c.status, c.der, c.sha256, c.subject, c.issuer, "
    "c.serial_hex, c.not_before, c.not_after, c.submitted_at, c.submitted_by, c.decided_at, c.decided_by, "
    "c.decision_reason, c.superseded_by, c.row_version, c.ca_revoked_at, c.ca_revocation_reason, "
    "c.ca_revocation_source, c.ca_revocation_seen_at FROM certificates c JOIN schools s ON s.id = c.school_id ");

CertificateRegistration readCertificate(const QSqlQuery& q)
{
    CertificateRegistration c;
    c.id = q.value(0).toLongLong();
    c.schoolId = q.value(1).toLongLong();
    c.kind = certificateKindFromText(q.value(2).toString()).value_or(CertificateKind::Unit);
    c.holder = q.value(3).toString();
    c.position = signerPositionFromText(q.value(4).toString()).value_or(SignerPosition::None);
    c.status = certificateStatusFromText(q.value(5).toString()).value_or(CertificateStatus::Pending);
    c.der = q.value(6).toByteArray();
    c.sha256 = q.value(7).toString();
    c.subject = q.value(8).toString();
    c.issuer = q.value(9).toString();
    c.serialHex = q.value(10).toString();
    c.notBefore = sql::toTimestamp(q.value(11));
    c.notAfter = sql::toTimestamp(q.value(12));
    c.submittedAt = sql::toTimestamp(q.value(13));
    c.submittedBy = q.value(14).toString();
    c.decidedAt = sql::toTimestamp(q.value(15));
    c.decidedBy = q.value(16).toString();
    c.decisionReason = q.value(17).toString();
    c.supersededBy = q.value(18).toLongLong();
    c.rowVersion = q.value(19).toInt();
    c.caRevokedAt = sql::toTimestamp(q.value(20));
    c.caRevocationReason = q.value(21).toString();
    c.caRevocationSource = q.value(22).toString();
    c.caRevocationSeenAt = sql::toTimestamp(q.value(23));
    return c;
}

const QString kReviewColumns = QStringLiteral(
    "SELECT c.id, c.school_id, c.kind, c.holder, c.position, c.status, c.der, c.sha256, c.subject, c.issuer, "
    "c.serial_hex, c.not_before, c.not_after, c.submitted_at, c.submitted_by, c.decided_at, c.decided_by, "
    "c.decision_reason, c.superseded_by, c.row_version, c.ca_revoked_at, c.ca_revocation_reason, "
    "c.ca_revocation_source, c.ca_revocation_seen_at, s.code, s.name, s.unit_id, s.ownership, c.revoked_at, "
    "c.revoked_by, c.revocation_reason, s.name_sort, du.display_name, ru.display_name "
    "FROM certificates c JOIN schools s ON s.id = c.school_id "
    // Who decided, by name: an officer's account is not what the history shows a person.
    "LEFT JOIN users du ON du.username = c.decided_by LEFT JOIN users ru ON ru.username = c.revoked_by ");

CertificateRepository::ReviewRow readReviewRow(const QSqlQuery& q)
{
    CertificateRepository::ReviewRow r;
    r.registration = readCertificate(q);
    r.schoolCode = q.value(24).toString();
    r.schoolName = q.value(25).toString();
    r.unitId = q.value(26).toLongLong();
    r.ownership = ownershipFromText(q.value(27).toString()).value_or(Ownership::Public);
    r.revokedAt = sql::toTimestamp(q.value(28));
    r.revokedBy = q.value(29).toString();
    r.revocationReason = q.value(30).toString();
    r.schoolSort = q.value(31).toString();
    r.decidedByName = q.value(32).toString();
    r.revokedByName = q.value(33).toString();
    return r;
}

// The WHERE clause of a certificate filter (the query joins schools as s).
QString filterWhere(const Database& db, const CertificateRepository::Filter& f, QVariantList& values)
{
    QString where = QStringLiteral("WHERE 1 = 1");
    if (f.status) {
        where += QStringLiteral(" AND c.status = ?");
        values.append(toText(*f.status));
    }
    if (f.schoolId > 0) {
        where += QStringLiteral(" AND c.school_id = ?");
        values.append(f.schoolId);
    }
    if (f.unitId > 0) {
        where += QStringLiteral(" AND ") + sql::inUnitsUnder(QStringLiteral("s.unit_id"));
        values.append(f.unitId);
    }
    if (f.kind) {
        where += QStringLiteral(" AND c.kind = ?");
        values.append(toText(*f.kind));
    }
    if (f.caRevoked)
        where += QStringLiteral(" AND c.ca_revoked_at IS NOT NULL");
    if (f.notAfterFrom.isValid()) {
        where += QStringLiteral(" AND c.not_after >= ?");
        values.append(sql::timestamp(db, f.notAfterFrom));
    }
    if (f.notAfterUntil.isValid()) {
        where += QStringLiteral(" AND c.not_after <= ?");
        values.append(sql::timestamp(db, f.notAfterUntil));
    }
    for (const QString& word : f.schoolWords) {
        // A word starts the folded name or follows one of its spaces; or it starts the code.
        QString pattern = word;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where += QStringLiteral(" AND ((' ' || s.name_folded) LIKE ? ESCAPE '\\' OR lower(s.code) LIKE ? ESCAPE '\\')");
        values.append(QStringLiteral("% ") + pattern + QLatin1Char('%'));
        values.append(pattern + QLatin1Char('%'));
    }
    return where;
}

} // namespace

Result<qint64> CertificateRepository::insert(const CertificateRegistration& c)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO certificates (school_id, kind, holder, position, status, der, sha256, subject, "
                       "issuer, serial_hex, not_before, not_after, submitted_at, submitted_by, decided_at, decided_by, "
                       "decision_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.schoolId, toText(c.kind), sql::text(c.holder),
         c.position == SignerPosition::None ? QVariant() : QVariant(toText(c.position)), toText(c.status),
         sql::blob(c.der), c.sha256, c.subject, c.issuer, c.serialHex, sql::timestamp(m_db, c.notBefore),
         sql::timestamp(m_db, c.notAfter), sql::timestamp(m_db, c.submittedAt), sql::text(c.submittedBy),
         sql::timestamp(m_db, c.decidedAt), sql::text(c.decidedBy), sql::text(c.decisionReason)});
}

Result<std::optional<CertificateRegistration>> CertificateRepository::byId(qint64 id)
{
    return sql::readOne<CertificateRegistration>(m_db, kColumns + QStringLiteral("WHERE c.id = ?"), {id},
                                                 readCertificate);
}

Result<QList<CertificateRegistration>> CertificateRepository::list(const Filter& f)
{
    QVariantList values;
    const QString where = filterWhere(m_db, f, values);
    return sql::readAll<CertificateRegistration>(m_db, kColumns + where + QStringLiteral(" ORDER BY s.name_sort, c.id"),
                                                 values, readCertificate);
}

Result<QList<CertificateRepository::OtherSchool>> CertificateRepository::schoolsWithSha256(const QString& sha256,
                                                                                           qint64 exceptSchoolId)
{
    auto read = [](const QSqlQuery& q) { return OtherSchool{q.value(0).toString(), q.value(1).toString()}; };
    if (m_db.isPostgres())
        return sql::readAll<OtherSchool>(
            m_db, QStringLiteral("SELECT code, name FROM hocbaso_certificate_elsewhere(?, ?) ORDER BY code"),
            {sha256, exceptSchoolId}, read);
    return sql::readAll<OtherSchool>(
        m_db,
        QStringLiteral("SELECT DISTINCT s.code, s.name FROM certificates c JOIN schools s ON s.id = c.school_id "
                       "WHERE c.sha256 = ? AND c.school_id <> ? AND c.status IN ('pending', 'approved') "
                       "ORDER BY s.code"),
        {sha256, exceptSchoolId}, read);
}

Result<bool> CertificateRepository::decide(qint64 id, const QList<CertificateStatus>& from, CertificateStatus to,
                                           const QDateTime& at, const QString& by, const QString& reason)
{
    QVariantList values{toText(to), sql::timestamp(m_db, at), by, sql::text(reason), id};
    const QString in = sql::statusIn(from, values);
    auto q = m_db.run(QStringLiteral("UPDATE certificates SET status = ?, decided_at = ?, decided_by = ?, "
                                     "decision_reason = ?, row_version = row_version + 1 WHERE id = ? AND status ") +
                          in,
                      values);
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Status CertificateRepository::markSuperseded(qint64 id, qint64 byId, const QDateTime& at, const QString& reason)
{
    QVariantList values{byId, sql::timestamp(m_db, at), reason, id};
    const QString in = sql::statusIn(statusesBefore(CertificateStatus::Rejected), values);
    auto q = m_db.run(QStringLiteral("UPDATE certificates SET status = 'rejected', superseded_by = ?, decided_at = ?, "
                                     "decided_by = 'system', decision_reason = ?, row_version = row_version + 1 "
                                     "WHERE id = ? AND status ") +
                          in,
                      values);
    if (!q)
        return q.error();
    return {};
}

Result<qint64> CertificateRepository::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM certificates"));
}

Result<QHash<CertificateStatus, qint64>> CertificateRepository::countsByStatus(const Filter& filter)
{
    Filter f = filter;
    f.status.reset();
    QVariantList values;
    const QString where = filterWhere(m_db, f, values);
    auto rows = sql::readAll<QPair<QString, qint64>>(
        m_db,
        QStringLiteral("SELECT c.status, count(*) FROM certificates c JOIN schools s ON s.id = c.school_id ") + where +
            QStringLiteral(" GROUP BY c.status"),
        values, [](const QSqlQuery& q) { return qMakePair(q.value(0).toString(), q.value(1).toLongLong()); });
    if (!rows)
        return rows.error();
    QHash<CertificateStatus, qint64> counts;
    for (const auto& [text, n] : std::as_const(*rows)) {
        if (const auto status = certificateStatusFromText(text))
            counts.insert(*status, n);
    }
    return counts;
}

Result<std::optional<CertificateRepository::ReviewRow>> CertificateRepository::reviewRow(qint64 id)
{
    return sql::readOne<ReviewRow>(m_db, kReviewColumns + QStringLiteral("WHERE c.id = ?"), {id}, readReviewRow);
}

Result<QList<CertificateRepository::ReviewRow>> CertificateRepository::reviewRows(const Filter& f)
{
    return reviewRows(f, Page());
}

Result<QList<CertificateRepository::ReviewRow>> CertificateRepository::reviewRows(const Filter& f, const Page& page)
{
    QVariantList values;
    QString sqlText = kReviewColumns + filterWhere(m_db, f, values);
    if (!page.afterSchoolSort.isNull()) {
        // Row values compare like ORDER BY: name_sort is binary-ordered in both schemas (COLLATE
        // "C" in PostgreSQL), and the id breaks ties between registrations of one school.
        sqlText += QStringLiteral(" AND (s.name_sort, c.id) > (?, ?)");
        values << page.afterSchoolSort << page.afterId;
    }
    sqlText += QStringLiteral(" ORDER BY s.name_sort, c.id");
    if (page.limit > 0) {
        sqlText += QStringLiteral(" LIMIT ?");
        values << page.limit;
    }
    return sql::readAll<ReviewRow>(m_db, sqlText, values, readReviewRow);
}

Result<QList<QPair<qint64, CertificateStatus>>>
CertificateRepository::idsWithStatus(const Filter& filter, const QList<CertificateStatus>& statuses)
{
    QList<QPair<qint64, CertificateStatus>> out;
    if (statuses.isEmpty())
        return out;
    Filter f = filter;
    f.status.reset();
    QVariantList values;
    QString sqlText =
        QStringLiteral("SELECT c.id, c.status FROM certificates c JOIN schools s ON s.id = c.school_id ") +
        filterWhere(m_db, f, values);
    QStringList wanted;
    for (CertificateStatus status : statuses) {
        if (filter.status && *filter.status != status)
            continue;
        wanted.append(QStringLiteral("?"));
        values.append(toText(status));
    }
    if (wanted.isEmpty())
        return out;
    sqlText +=
        QStringLiteral(" AND c.status IN (%1) ORDER BY s.name_sort, c.id").arg(wanted.join(QStringLiteral(", ")));
    auto rows = sql::readAll<QPair<qint64, QString>>(m_db, sqlText, values, [](const QSqlQuery& q) {
        return qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    });
    if (!rows)
        return rows.error();
    out.reserve(rows->size());
    for (const auto& [id, text] : std::as_const(*rows)) {
        if (const auto status = certificateStatusFromText(text))
            out.append({id, *status});
    }
    return out;
}

Result<bool> CertificateRepository::revoke(qint64 id, const QList<CertificateStatus>& from, const QDateTime& at,
                                           const QString& by, const QString& reason)
{
    QVariantList values{sql::timestamp(m_db, at), by, sql::text(reason), id};
    const QString in = sql::statusIn(from, values);
    auto q = m_db.run(QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_at = ?, revoked_by = ?, "
                                     "revocation_reason = ?, row_version = row_version + 1 WHERE id = ? AND status ") +
                          in,
                      values);
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Result<qint64> CertificateRepository::liveRegistration(qint64 schoolId, const QString& sha256)
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT coalesce(min(id), 0) FROM certificates WHERE school_id = ? AND "
                                      "sha256 = ? AND status IN ('pending', 'approved')"),
                       {schoolId, sha256});
}

Result<bool> CertificateRepository::markCaRevoked(qint64 id, const CaRevocation& r)
{
    auto q = m_db.run(
        QStringLiteral("UPDATE certificates SET ca_revoked_at = ?, ca_revocation_reason = ?, "
                       "ca_revocation_source = ?, ca_revocation_seen_at = ?, row_version = row_version "
                       "+ 1 WHERE id = ? AND ca_revoked_at IS NULL"),
        {sql::timestamp(m_db, r.revokedAt), sql::text(r.reason), r.source, sql::timestamp(m_db, r.seenAt), id});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Result<qint64> CertificateRepository::countMatching(const Filter& filter)
{
    QVariantList values;
    const QString where = filterWhere(m_db, filter, values);
    return sql::scalar(
        m_db, QStringLiteral("SELECT count(*) FROM certificates c JOIN schools s ON s.id = c.school_id ") + where,
        values);
}

Result<QList<qint64>> CertificateRepository::liveIdsIssuedBy(const Filter& filter, const QStringList& issuers)
{
    if (issuers.isEmpty())
        return QList<qint64>();
    Filter f = filter;
    f.status.reset();
    f.caRevoked = false;
    QVariantList values;
    QString sqlText = QStringLiteral("SELECT c.id FROM certificates c JOIN schools s ON s.id = c.school_id ") +
                      filterWhere(m_db, f, values) +
                      QStringLiteral(" AND c.status IN ('pending', 'approved') AND c.ca_revoked_at IS NULL AND "
                                     "c.issuer IN (");
    for (qsizetype i = 0; i < issuers.size(); ++i) {
        sqlText += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        values.append(issuers.at(i));
    }
    sqlText += QStringLiteral(") ORDER BY c.id");
    return sql::readAll<qint64>(m_db, sqlText, values, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

} // namespace hocbaso::store
