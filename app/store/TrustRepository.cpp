#include "TrustRepository.h"

#include "SqlValues.h"

namespace hocbaso::store {

Result<qint64> TrustRepository::insertAnchor(const TrustAnchorRow& a)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO trust_anchors (der, sha256, subject, family, is_root, added_at, added_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {sql::blob(a.der), a.sha256, a.subject, a.family, a.isRoot, sql::timestamp(m_db, a.addedAt),
         sql::text(a.addedBy)});
}

Result<QList<TrustAnchorRow>> TrustRepository::anchors()
{
    return sql::readAll<TrustAnchorRow>(
        m_db,
        QStringLiteral("SELECT id, der, sha256, subject, family, is_root, added_at, added_by FROM trust_anchors "
                       "ORDER BY id"),
        {}, [](const QSqlQuery& q) {
            TrustAnchorRow a;
            a.id = q.value(0).toLongLong();
            a.der = q.value(1).toByteArray();
            a.sha256 = q.value(2).toString();
            a.subject = q.value(3).toString();
            a.family = q.value(4).toString();
            a.isRoot = sql::toBool(q.value(5));
            a.addedAt = sql::toTimestamp(q.value(6));
            a.addedBy = q.value(7).toString();
            return a;
        });
}

Result<bool> TrustRepository::hasAnchor(const QString& sha256)
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM trust_anchors WHERE sha256 = ?"), {sha256});
    if (!n)
        return n.error();
    return *n > 0;
}

Result<qint64> TrustRepository::insertCrl(const CrlRow& c)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO crls (issuer, der, sha256, this_update, next_update, revoked_count, added_at, "
                       "added_by, source_url, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.issuer, sql::blob(c.der), c.sha256, sql::timestamp(m_db, c.thisUpdate), sql::timestamp(m_db, c.nextUpdate),
         c.revokedCount, sql::timestamp(m_db, c.addedAt), sql::text(c.addedBy), sql::text(c.sourceUrl),
         sql::timestamp(m_db, c.fetchedAt)});
}

Result<QList<TrustRepository::CrlRow>> TrustRepository::crls()
{
    return sql::readAll<CrlRow>(
        m_db,
        QStringLiteral("SELECT id, issuer, der, sha256, this_update, next_update, revoked_count, "
                       "added_at, added_by, source_url, fetched_at FROM crls ORDER BY id"),
        {}, [](const QSqlQuery& q) {
            CrlRow c;
            c.id = q.value(0).toLongLong();
            c.issuer = q.value(1).toString();
            c.der = q.value(2).toByteArray();
            c.sha256 = q.value(3).toString();
            c.thisUpdate = sql::toTimestamp(q.value(4));
            c.nextUpdate = sql::toTimestamp(q.value(5));
            c.revokedCount = q.value(6).toInt();
            c.addedAt = sql::toTimestamp(q.value(7));
            c.addedBy = q.value(8).toString();
            c.sourceUrl = q.value(9).toString();
            c.fetchedAt = sql::toTimestamp(q.value(10));
            return c;
        });
}

Result<qint64> TrustRepository::insertOcspAnswer(const OcspAnswerRow& a)
{
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO ocsp_answers (certificate_id, school_id, url, der, status, revoked_at, reason, "
                       "this_update, next_update, fetched_at, fetched_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.certificateId, a.schoolId, a.url, sql::blob(a.der), a.status, sql::timestamp(m_db, a.revokedAt),
         sql::text(a.reason), sql::timestamp(m_db, a.thisUpdate), sql::timestamp(m_db, a.nextUpdate),
         sql::timestamp(m_db, a.fetchedAt), a.fetchedBy});
}

Result<QList<TrustRepository::OcspAnswerRow>> TrustRepository::ocspAnswers(const QList<qint64>& certificateIds,
                                                                           int perCertificate)
{
    if (certificateIds.isEmpty())
        return QList<OcspAnswerRow>{};
    QVariantList values;
    QStringList marks;
    for (qint64 id : certificateIds) {
        values.append(id);
        marks.append(QStringLiteral("?"));
    }
    values.append(perCertificate);
    // The newest few per certificate: an answer that no longer verifies (a forged row) falls back
    // to the one before it.
    return sql::readAll<OcspAnswerRow>(
        m_db,
        QStringLiteral("SELECT id, certificate_id, school_id, url, der, status, revoked_at, reason, this_update, "
                       "next_update, fetched_at, fetched_by FROM (SELECT a.*, row_number() OVER (PARTITION BY "
                       "certificate_id ORDER BY this_update DESC, id DESC) AS n FROM ocsp_answers a WHERE "
                       "certificate_id IN (%1)) ranked WHERE n <= ? ORDER BY certificate_id, this_update DESC, id DESC")
            .arg(marks.join(QLatin1Char(','))),
        values, [](const QSqlQuery& q) {
            OcspAnswerRow a;
            a.id = q.value(0).toLongLong();
            a.certificateId = q.value(1).toLongLong();
            a.schoolId = q.value(2).toLongLong();
            a.url = q.value(3).toString();
            a.der = q.value(4).toByteArray();
            a.status = q.value(5).toString();
            a.revokedAt = sql::toTimestamp(q.value(6));
            a.reason = q.value(7).toString();
            a.thisUpdate = sql::toTimestamp(q.value(8));
            a.nextUpdate = sql::toTimestamp(q.value(9));
            a.fetchedAt = sql::toTimestamp(q.value(10));
            a.fetchedBy = q.value(11).toString();
            return a;
        });
}

Status TrustRepository::recordFetch(const FetchRow& f)
{
    // Both dialects know the upsert; the row is the URL's, whoever tried last.
    auto q = m_db.run(QStringLiteral("INSERT INTO revocation_fetches (url, kind, tried_at, ok, error, tried_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET kind = excluded.kind, "
                                     "tried_at = excluded.tried_at, ok = excluded.ok, error = excluded.error, "
                                     "tried_by = excluded.tried_by"),
                      {f.url, f.kind, sql::timestamp(m_db, f.triedAt), f.ok,
                       f.error.isNull() ? QStringLiteral("") : f.error, f.triedBy});
    if (!q)
        return q.error();
    return {};
}

Result<QList<TrustRepository::FetchRow>> TrustRepository::fetches(const QStringList& urls)
{
    if (urls.isEmpty())
        return QList<FetchRow>{};
    QVariantList values;
    QStringList marks;
    for (const QString& url : urls) {
        values.append(url);
        marks.append(QStringLiteral("?"));
    }
    return sql::readAll<FetchRow>(
        m_db,
        QStringLiteral("SELECT url, kind, tried_at, ok, error, tried_by FROM revocation_fetches WHERE url IN (%1) "
                       "ORDER BY url")
            .arg(marks.join(QLatin1Char(','))),
        values, [](const QSqlQuery& q) {
            FetchRow f;
            f.url = q.value(0).toString();
            f.kind = q.value(1).toString();
            f.triedAt = sql::toTimestamp(q.value(2));
            f.ok = sql::toBool(q.value(3));
            f.error = q.value(4).toString();
            f.triedBy = q.value(5).toString();
            return f;
        });
}

Result<TrustRepository::FetchSummary> TrustRepository::fetchSummary()
{
    auto row = sql::readOne<FetchSummary>(
        m_db,
        QStringLiteral("SELECT (SELECT max(tried_at) FROM revocation_fetches), "
                       "(SELECT count(*) FROM revocation_fetches WHERE NOT ok), "
                       "(SELECT max(fetched_at) FROM ocsp_answers), (SELECT max(fetched_at) FROM crls)"),
        {}, [](const QSqlQuery& q) {
            FetchSummary s;
            s.lastTried = sql::toTimestamp(q.value(0));
            s.failing = q.value(1).toInt();
            const QDateTime ocsp = sql::toTimestamp(q.value(2));
            const QDateTime crl = sql::toTimestamp(q.value(3));
            s.newestAnswer = !ocsp.isValid() ? crl : !crl.isValid() ? ocsp : std::max(ocsp, crl);
            return s;
        });
    if (!row)
        return row.error();
    return row->value_or(FetchSummary{});
}

} // namespace hocbaso::store
