#include "RecordRepository.h"

#include "RecordContentCodec.h"
#include "SignatureCodec.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/Transitions.h"

namespace hocbaso::store {
namespace {

const QString kRecordColumns =
    QStringLiteral("SELECT id, uuid, pupil_id, school_id, school_year, grade, class_id, status, version, name_sort, "
                   "confirmed_at, sent_at, updated_at, row_version FROM records ");

Record readRecord(const QSqlQuery& q)
{
    Record r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.pupilId = q.value(2).toLongLong();
    r.schoolId = q.value(3).toLongLong();
    r.schoolYear = q.value(4).toInt();
    r.grade = q.value(5).toInt();
    r.classId = q.value(6).toLongLong();
    r.status = recordStatusFromText(q.value(7).toString()).value_or(RecordStatus::Draft);
    r.version = q.value(8).toInt();
    r.nameSort = q.value(9).toString();
    r.confirmedAt = sql::toTimestamp(q.value(10));
    r.sentAt = sql::toTimestamp(q.value(11));
    r.updatedAt = sql::toTimestamp(q.value(12));
    r.rowVersion = q.value(13).toInt();
    return r;
}

const QString kVersionColumns =
    QStringLiteral("SELECT id, record_id, version, status, content, content_sha256, confirmed_at, sent_at, revoked_at "
                   "FROM record_versions ");

RecordVersion readVersion(const QSqlQuery& q)
{
    RecordVersion v;
    v.id = q.value(0).toLongLong();
    v.recordId = q.value(1).toLongLong();
    v.version = q.value(2).toInt();
    v.status = recordStatusFromText(q.value(3).toString()).value_or(RecordStatus::Draft);
    v.content = RecordContentCodec::contentOf(q.value(4));
    v.contentSha256 = q.value(5).toString();
    v.confirmedAt = sql::toTimestamp(q.value(6));
    v.sentAt = sql::toTimestamp(q.value(7));
    v.revokedAt = sql::toTimestamp(q.value(8));
    return v;
}

} // namespace

namespace {

// A timestamp as ISO text in `buf`, which outlives the statement's run: bound without a copy
// (these inserts run a million times when a province dataset is built).
void bindTimestamp(SqliteStatement& st, int i, const QDateTime& t, char (&buf)[24])
{
    if (t.isValid())
        st.bindUtf8Static(i, buf, sql::isoUtc(t, buf));
    else
        st.bindNull(i);
}

void bindStatic(SqliteStatement& st, int i, const QByteArray& bytes)
{
    st.bindUtf8Static(i, bytes.constData(), int(bytes.size()));
}

} // namespace

Result<qint64> RecordRepository::insert(const Record& r)
{
    static const QString kInsert = QStringLiteral(
        "INSERT INTO records (uuid, pupil_id, school_id, school_year, grade, class_id, status, version, name_sort, "
        "confirmed_at, sent_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (m_db.isSqlite()) {
        // Hot path of dataset building: the raw statement (see SqliteStatement).
        SqliteStatement& st = *m_db.sqliteStatement(kInsert);
        const QByteArray uuid = r.uuid.toLatin1(), status = toText(r.status).toLatin1(), nameSort = r.nameSort.toUtf8();
        char confirmedAt[24], sentAt[24], updatedAt[24];
        bindStatic(st, 0, uuid);
        st.bind(1, r.pupilId);
        st.bind(2, r.schoolId);
        st.bind(3, r.schoolYear);
        st.bind(4, r.grade);
        if (r.classId > 0)
            st.bind(5, r.classId);
        else
            st.bindNull(5);
        bindStatic(st, 6, status);
        st.bind(7, r.version);
        bindStatic(st, 8, nameSort);
        bindTimestamp(st, 9, r.confirmedAt, confirmedAt);
        bindTimestamp(st, 10, r.sentAt, sentAt);
        bindTimestamp(st, 11, r.updatedAt, updatedAt);
        if (auto s = st.exec(); !s)
            return s.error();
        return st.lastInsertRowId();
    }
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO records (uuid, pupil_id, school_id, school_year, grade, class_id, status, version, "
                       "name_sort, confirmed_at, sent_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.uuid, r.pupilId, r.schoolId, r.schoolYear, r.grade, sql::id(r.classId), toText(r.status), r.version,
         r.nameSort, sql::timestamp(m_db, r.confirmedAt), sql::timestamp(m_db, r.sentAt),
         sql::timestamp(m_db, r.updatedAt)});
}

Result<qint64> RecordRepository::insertVersion(const RecordVersion& v)
{
    if (m_db.isSqlite()) {
        SqliteStatement& st = *m_db.sqliteStatement(
            QStringLiteral("INSERT INTO record_versions (record_id, version, status, content, content_sha256, "
                           "confirmed_at, sent_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const QByteArray status = toText(v.status).toLatin1(), sha256 = v.contentSha256.toLatin1();
        // Packed for the local disk (RecordContentCodec); content_sha256 stays the hash of the content itself.
        const QByteArray packed = RecordContentCodec::pack(v.content);
        char confirmedAt[24], sentAt[24], revokedAt[24];
        st.bind(0, v.recordId);
        st.bind(1, v.version);
        bindStatic(st, 2, status);
        st.bindBlobStatic(3, packed.constData(), int(packed.size()));
        bindStatic(st, 4, sha256);
        bindTimestamp(st, 5, v.confirmedAt, confirmedAt);
        bindTimestamp(st, 6, v.sentAt, sentAt);
        bindTimestamp(st, 7, v.revokedAt, revokedAt);
        if (auto s = st.exec(); !s)
            return s.error();
        return st.lastInsertRowId();
    }
    // school_id is the record's (the server's trigger school_of_record sets it whatever is sent), but
    // it is sent all the same: in the partitioned layout (store::PartitionedLayout) PostgreSQL chooses
    // the row's partition by it before any trigger runs, and refuses a trigger that would move it.
    return sql::insertReturningId(
        m_db,
        QStringLiteral(
            "INSERT INTO record_versions (record_id, version, status, content, content_sha256, confirmed_at, "
            "sent_at, revoked_at, school_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "(SELECT r.school_id FROM records r WHERE r.id = ?))"),
        {v.recordId, v.version, toText(v.status), QString::fromUtf8(v.content), v.contentSha256,
         sql::timestamp(m_db, v.confirmedAt), sql::timestamp(m_db, v.sentAt), sql::timestamp(m_db, v.revokedAt),
         v.recordId});
}

Result<qint64> RecordRepository::insertSignature(const Signature& s)
{
    if (m_db.isPostgres()) {
        // The record's school, for the partitioned layout (see insertVersion).
        return sql::insertReturningId(
            m_db,
            QStringLiteral(
                "INSERT INTO signatures (record_id, version, role, signer, certificate_id, signed_at, cms, "
                "school_id) VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT r.school_id FROM records r WHERE r.id = ?))"),
            {s.recordId, s.version, toText(s.role), s.signer, sql::id(s.certificateId),
             sql::timestamp(m_db, s.signedAt), sql::blob(s.cms), s.recordId});
    }
    // SQLite keeps the CMS packed with its signer's certificate (SignatureCodec), when the store has it.
    QByteArray certificate;
    if (s.certificateId > 0) {
        auto der = m_db.run(QStringLiteral("SELECT der FROM certificates WHERE id = ?"), {s.certificateId});
        if (!der)
            return der.error();
        if ((*der)->next())
            certificate = (*der)->value(0).toByteArray();
        (*der)->finish();
    }
    return sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO signatures (record_id, version, role, signer, certificate_id, signed_at, cms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {s.recordId, s.version, toText(s.role), s.signer, sql::id(s.certificateId), sql::timestamp(m_db, s.signedAt),
         sql::blob(SignatureCodec::pack(s.cms, certificate))});
}

Result<std::optional<Record>> RecordRepository::byUuid(const QString& uuid)
{
    return sql::readOne<Record>(m_db, kRecordColumns + QStringLiteral("WHERE uuid = ?"), {uuid}, readRecord);
}

Result<std::optional<Record>> RecordRepository::byId(qint64 id)
{
    return sql::readOne<Record>(m_db, kRecordColumns + QStringLiteral("WHERE id = ?"), {id}, readRecord);
}

Result<QList<RecordVersion>> RecordRepository::versions(qint64 recordId)
{
    return sql::readAll<RecordVersion>(m_db, kVersionColumns + QStringLiteral("WHERE record_id = ? ORDER BY version"),
                                       {recordId}, readVersion);
}

Result<std::optional<RecordVersion>> RecordRepository::version(qint64 recordId, int version)
{
    return sql::readOne<RecordVersion>(m_db, kVersionColumns + QStringLiteral("WHERE record_id = ? AND version = ?"),
                                       {recordId, version}, readVersion);
}

Result<QList<Signature>> RecordRepository::signatures(qint64 recordId, int version)
{
    return sql::readAll<Signature>(
        m_db,
        // The certificate only where SQLite may have packed the CMS with it.
        QStringLiteral("SELECT g.id, g.record_id, g.version, g.role, g.signer, g.certificate_id, g.signed_at, g.cms, "
                       "%1 FROM signatures g WHERE g.record_id = ? AND g.version = ? ORDER BY g.id")
            .arg(m_db.isPostgres()
                     ? QStringLiteral("NULL")
                     : QStringLiteral("(SELECT c.der FROM certificates c WHERE c.id = g.certificate_id)")),
        {recordId, version}, [](const QSqlQuery& q) {
            Signature s;
            s.id = q.value(0).toLongLong();
            s.recordId = q.value(1).toLongLong();
            s.version = q.value(2).toInt();
            s.role = signatureRoleFromText(q.value(3).toString()).value_or(SignatureRole::Teacher);
            s.signer = q.value(4).toString();
            s.certificateId = q.value(5).toLongLong();
            s.signedAt = sql::toTimestamp(q.value(6));
            s.cms = SignatureCodec::cmsOf(q.value(7).toByteArray(), q.value(8).toByteArray());
            return s;
        });
}

Result<bool> RecordRepository::updateStatus(const Record& r, RecordStatus expectedStatus, int expectedRowVersion)
{
    auto q = m_db.run(QStringLiteral("UPDATE records SET status = ?, version = ?, confirmed_at = ?, sent_at = ?, "
                                     "updated_at = ?, row_version = row_version + 1 "
                                     "WHERE id = ? AND status = ? AND row_version = ?"),
                      {toText(r.status), r.version, sql::timestamp(m_db, r.confirmedAt), sql::timestamp(m_db, r.sentAt),
                       sql::timestamp(m_db, r.updatedAt), r.id, toText(expectedStatus), expectedRowVersion});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Result<QSet<qint64>> RecordRepository::revokeSentAll(const QList<qint64>& recordIds, const QDateTime& at)
{
    QSet<qint64> revoked;
    if (recordIds.isEmpty())
        return revoked;
    const QVariant when = sql::timestamp(m_db, at);
    QVariantList values{when, sql::idsValue(m_db, recordIds)};
    const QString in = sql::statusIn(statusesBefore(RecordStatus::Revoked), values);
    auto q =
        m_db.run(QStringLiteral("UPDATE records SET status = 'revoked', updated_at = ?, row_version = row_version + "
                                "1 WHERE ") +
                     sql::inIds(m_db, QStringLiteral("id")) + QStringLiteral(" AND status ") + in +
                     QStringLiteral(" RETURNING id"),
                 values);
    if (!q)
        return q.error();
    QList<qint64> ids;
    ids.reserve(recordIds.size());
    while ((*q)->next())
        ids.append((*q)->value(0).toLongLong());
    if (ids.isEmpty())
        return revoked;
    // Each record's current version goes with it.
    auto v = m_db.run(QStringLiteral("UPDATE record_versions SET status = 'revoked', revoked_at = ?, row_version = "
                                     "row_version + 1 WHERE ") +
                          sql::inIds(m_db, QStringLiteral("record_id")) +
                          QStringLiteral(" AND version = (SELECT r.version FROM records r WHERE r.id = "
                                         "record_versions.record_id)"),
                      {when, sql::idsValue(m_db, ids)});
    if (!v)
        return v.error();
    revoked = QSet<qint64>(ids.cbegin(), ids.cend());
    return revoked;
}

Status RecordRepository::updateVersionStatus(qint64 recordId, int version, RecordStatus status,
                                             const QDateTime& confirmedAt, const QDateTime& sentAt,
                                             const QDateTime& revokedAt)
{
    auto q =
        m_db.run(QStringLiteral("UPDATE record_versions SET status = ?, confirmed_at = ?, sent_at = ?, "
                                "revoked_at = ?, row_version = row_version + 1 WHERE record_id = ? AND version = ?"),
                 {toText(status), sql::timestamp(m_db, confirmedAt), sql::timestamp(m_db, sentAt),
                  sql::timestamp(m_db, revokedAt), recordId, version});
    if (!q)
        return q.error();
    return {};
}

Status RecordRepository::deleteSignatures(qint64 recordId, int version)
{
    // The central store lets people delete signatures only through this function (of a draft of their
    // own school): a DELETE privilege on the table would also let them lock all of it.
    auto q = m_db.isPostgres() ? m_db.run(QStringLiteral("SELECT hocbaso_delete_signatures(?, ?)"), {recordId, version})
                               : m_db.run(QStringLiteral("DELETE FROM signatures WHERE record_id = ? AND version = ?"),
                                          {recordId, version});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> RecordRepository::count()
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM records"));
}

} // namespace hocbaso::store
