#include "support/TestStore.h"

#include "services/AuditLog.h"
#include "store/AuditRepository.h"
#include "store/CertificateRepository.h"
#include "store/LockRepository.h"
#include "store/MetaRepository.h"
#include "store/PupilRepository.h"
#include "store/RecordContentCodec.h"
#include "store/RecordRepository.h"
#include "store/RevocationRepository.h"
#include "store/SchoolRepository.h"
#include "store/SignatureCodec.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

struct Seed
{
    Unit unit;
    School school;
    Pupil pupil;
    Record record;
};

Seed seed(store::Database& db)
{
    Seed s;
    s.unit.code = QStringLiteral("PGD01");
    s.unit.name = QStringLiteral("Phòng GD&ĐT Đống Đa");
    s.unit.id = *store::UnitRepository(db).insert(s.unit);
    s.school.code = QStringLiteral("TH01001");
    s.school.name = QStringLiteral("Trường Tiểu học Kim Liên");
    s.school.unitId = s.unit.id;
    s.school.id = *store::SchoolRepository(db).insert(s.school);
    s.pupil.personalId = QStringLiteral("001317123456");
    s.pupil.fullName = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    s.pupil.birthDate = QDate(2017, 4, 2);
    s.pupil.gender = Gender::Female;
    s.pupil.schoolId = s.school.id;
    s.pupil.id = *store::PupilRepository(db).insert(s.pupil);
    s.record.uuid = QStringLiteral("3f2b8c1e-5d4a-4e7b-9c2d-1a2b3c4d5e6f");
    s.record.pupilId = s.pupil.id;
    s.record.schoolId = s.school.id;
    s.record.schoolYear = 2025;
    s.record.grade = 3;
    s.record.nameSort = QStringLiteral("k");
    s.record.updatedAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    s.record.id = *store::RecordRepository(db).insert(s.record);
    return s;
}

} // namespace

class Repositories : public ::testing::TestWithParam<store::Dialect>
{};

TEST_P(Repositories, OrganisationRoundTrips)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    const Seed s = seed(t->db());
    auto school = store::SchoolRepository(t->db()).byCode(QStringLiteral("TH01001"));
    ASSERT_TRUE(school.ok()) << school.errorString().toStdString();
    ASSERT_TRUE(school->has_value());
    EXPECT_EQ((*school)->name, s.school.name);
    EXPECT_EQ((*school)->unitCode, QStringLiteral("PGD01"));
    auto pupil = store::PupilRepository(t->db()).byId(s.pupil.id);
    ASSERT_TRUE(pupil.ok() && pupil->has_value());
    EXPECT_EQ((*pupil)->fullName, s.pupil.fullName);
    EXPECT_EQ((*pupil)->birthDate, s.pupil.birthDate);
    EXPECT_EQ((*pupil)->gender, Gender::Female);
    // Personal IDs are unique.
    Pupil twin = s.pupil;
    auto dup = store::PupilRepository(t->db()).insert(twin);
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().kind, ErrorKind::Conflict);
    // The folded name is stored for search.
    QSqlQuery q(t->db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name_folded FROM pupils")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("nguyen thi anh tuyet"));
}

TEST_P(Repositories, RecordsVersionsAndCounters)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    Seed s = seed(t->db());
    store::RecordRepository records(t->db());
    RecordVersion v;
    v.recordId = s.record.id;
    v.content = QByteArray("{\"grade\":3,\"teacherComment\":\"Em chăm ngoan\"}");
    v.contentSha256 = QStringLiteral("abc");
    ASSERT_TRUE(records.insertVersion(v).ok());
    auto byUuid = records.byUuid(s.record.uuid);
    ASSERT_TRUE(byUuid.ok() && byUuid->has_value());
    EXPECT_EQ((*byUuid)->status, RecordStatus::Draft);
    EXPECT_EQ((*byUuid)->updatedAt, s.record.updatedAt);
    auto versions = records.versions(s.record.id);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 1);
    EXPECT_EQ(versions->first().content, v.content);
    {
        // SQLite keeps it packed (store::RecordContentCodec); PostgreSQL as text.
        QSqlQuery stored(t->db().connection());
        ASSERT_TRUE(stored.exec(QStringLiteral("SELECT content FROM record_versions")) && stored.next());
        EXPECT_EQ(store::RecordContentCodec::isPacked(stored.value(0)), t->dialect() == store::Dialect::Sqlite);
        EXPECT_EQ(store::RecordContentCodec::fromColumn(stored.value(0)), v.content);
    }

    // A status change applies only from the expected state and row version.
    Record next = **byUuid;
    next.status = RecordStatus::Confirmed;
    next.confirmedAt = QDateTime(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC);
    EXPECT_TRUE(*records.updateStatus(next, RecordStatus::Draft, 1));
    EXPECT_FALSE(*records.updateStatus(next, RecordStatus::Draft, 1)); // stale: someone changed it first
    auto after = records.byId(s.record.id);
    EXPECT_EQ((*after)->status, RecordStatus::Confirmed);
    EXPECT_EQ((*after)->rowVersion, 2);

    // The counters behind 6.4 follow every change.
    QSqlQuery q(t->db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT status, n FROM record_counts WHERE n <> 0 ORDER BY status")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("confirmed"));
    EXPECT_EQ(q.value(1).toInt(), 1);
    EXPECT_FALSE(q.next());

    Signature sig;
    sig.recordId = s.record.id;
    sig.version = 1;
    sig.role = SignatureRole::Seal;
    sig.signer = s.school.name;
    sig.signedAt = next.confirmedAt;
    sig.cms = QByteArray("\x30\x82\x00\x01", 4);
    ASSERT_TRUE(records.insertSignature(sig).ok());
    auto sigs = records.signatures(s.record.id, 1);
    ASSERT_EQ(sigs->size(), 1);
    EXPECT_EQ(sigs->first().cms, sig.cms);
    EXPECT_EQ(sigs->first().role, SignatureRole::Seal);

    // A signature by a registered certificate: SQLite keeps its CMS packed with that certificate
    // (SignatureCodec), PostgreSQL as it is; both give back the CMS byte for byte.
    CertificateRegistration c;
    c.schoolId = s.school.id;
    for (int i = 0; i < 640; ++i)
        c.der.append(char((i * 37 + 11) % 251));
    c.sha256 = QStringLiteral("ab");
    c.subject = QStringLiteral("CN=Vũ Thị Lan");
    c.issuer = QStringLiteral("CN=CA");
    c.serialHex = QStringLiteral("2");
    c.notBefore = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
    c.submittedAt = c.notBefore;
    auto certificate = store::CertificateRepository(t->db()).insert(c);
    ASSERT_TRUE(certificate.ok()) << certificate.errorString().toStdString();
    Signature bySigner = sig;
    bySigner.role = SignatureRole::Principal;
    bySigner.certificateId = *certificate;
    bySigner.cms = QByteArray("\x30\x82\x04\x00", 4) + c.der + QByteArray(300, '\x07');
    ASSERT_TRUE(records.insertSignature(bySigner).ok());
    sigs = records.signatures(s.record.id, 1);
    ASSERT_EQ(sigs->size(), 2);
    EXPECT_EQ(sigs->last().cms, bySigner.cms);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT cms FROM signatures WHERE certificate_id IS NOT NULL")));
    ASSERT_TRUE(q.next());
    const QByteArray stored = q.value(0).toByteArray();
    EXPECT_EQ(store::SignatureCodec::isPacked(stored), t->db().isSqlite());
    if (t->db().isSqlite()) {
        EXPECT_LT(stored.size() * 4, bySigner.cms.size());
    }
}

TEST_P(Repositories, CertificateDecisionFirstWins)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    const Seed s = seed(t->db());
    CertificateRegistration c;
    c.schoolId = s.school.id;
    c.der = QByteArray(100, 'x');
    c.sha256 = QStringLiteral("ff");
    c.subject = QStringLiteral("CN=Trường Tiểu học Kim Liên");
    c.issuer = QStringLiteral("CN=CA");
    c.serialHex = QStringLiteral("1");
    c.notBefore = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
    c.submittedAt = c.notBefore;
    store::CertificateRepository certs(t->db());
    const qint64 id = *certs.insert(c);
    const QDateTime at(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    // Two officers on two connections: exactly one decision lands.
    auto other = t->openAnother();
    ASSERT_TRUE(other);
    store::CertificateRepository otherCerts(*other);
    EXPECT_TRUE(*certs.decide(id, CertificateStatus::Pending, CertificateStatus::Approved, at, "canbo1", {}));
    EXPECT_FALSE(*otherCerts.decide(id, CertificateStatus::Pending, CertificateStatus::Rejected, at, "canbo2",
                                    QStringLiteral("sai tên")));
    auto row = certs.byId(id);
    EXPECT_EQ((*row)->status, CertificateStatus::Approved);
    EXPECT_EQ((*row)->decidedBy, QStringLiteral("canbo1"));
    EXPECT_EQ((*row)->decidedAt, at);
    EXPECT_EQ((*row)->der, c.der);
}

TEST_P(Repositories, LockSettingsUpsertPerKey)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    const Seed s = seed(t->db());
    store::LockRepository locks(t->db());
    LockSetting unitWide;
    unitWide.unitId = s.unit.id;
    unitWide.schoolYear = 2025;
    unitWide.grade = 1;
    unitWide.receiveLock = QDate(2026, 5, 31);
    unitWide.revokeLock = QDate(2026, 6, 30);
    unitWide.updatedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    ASSERT_TRUE(locks.upsert(unitWide).ok());
    LockSetting school = unitWide;
    school.schoolId = s.school.id;
    school.receiveLock = QDate(2026, 5, 25);
    school.revokeLock = QDate();
    ASSERT_TRUE(locks.upsert(school).ok());
    unitWide.receiveLock = QDate(2026, 5, 30);
    ASSERT_TRUE(locks.upsert(unitWide).ok()); // replaces, does not add
    auto rows = locks.forUnitYear(s.unit.id, 2025);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2);
    auto found = locks.find(s.unit.id, 2025, 0, 1);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->receiveLock, QDate(2026, 5, 30));
    EXPECT_EQ((*found)->rowVersion, 2);
    auto own = locks.find(s.unit.id, 2025, s.school.id, 1);
    EXPECT_EQ((*own)->receiveLock, QDate(2026, 5, 25));
    EXPECT_FALSE((*own)->revokeLock.isValid());
}

TEST_P(Repositories, RevocationOnePendingPerRecord)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    const Seed s = seed(t->db());
    store::RevocationRepository revocations(t->db());
    RevocationRequest r;
    r.recordId = s.record.id;
    r.reason = QStringLiteral("Sai điểm môn Toán");
    r.requestedAt = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
    r.requestedBy = QStringLiteral("truong1");
    const qint64 id = *revocations.insert(r);
    auto second = revocations.insert(r);
    EXPECT_FALSE(second.ok()); // one pending request per record
    RevocationRequest blank = r;
    blank.reason = QStringLiteral("   ");
    EXPECT_FALSE(revocations.insert(blank).ok()); // a reason is required by the schema too
    EXPECT_TRUE(*revocations.decide(id, RevocationStatus::Rejected, r.requestedAt, "canbo1", "đúng"));
    EXPECT_FALSE(*revocations.decide(id, RevocationStatus::Approved, r.requestedAt, "canbo2", {}));
    EXPECT_TRUE(revocations.insert(r).ok()); // after a decision a new request may come
    store::RevocationRepository::Filter f;
    f.schoolId = s.school.id;
    f.grade = 3;
    EXPECT_EQ(revocations.list(f)->size(), 2);
    f.status = RevocationStatus::Rejected;
    EXPECT_EQ(revocations.list(f)->size(), 1);
}

// A request carries its record's school (SQLite schema 29, PostgreSQL schema 13), whatever an
// insert says: the counts of 6.5 and the to-do list read it instead of the record.
TEST_P(Repositories, ARevocationRequestTakesItsRecordsSchool)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    const Seed s = seed(t->db());
    School other;
    other.code = QStringLiteral("TH01002");
    other.name = QStringLiteral("Trường Tiểu học Trung Tự");
    other.unitId = s.unit.id;
    other.id = *store::SchoolRepository(t->db()).insert(other);
    QSqlQuery q(t->db().connection());
    // Sent by hand with another school's id, as a sync or a careless tool might.
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO revocation_requests (record_id, record_version, reason, "
                                         "requested_at, requested_by, status, school_id) VALUES (?, 1, 'Sai điểm', "
                                         "'2026-06-01T08:00:00.000Z', 'truong1', 'pending', ?)")));
    q.addBindValue(s.record.id);
    q.addBindValue(other.id);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT school_id FROM revocation_requests")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), s.school.id);
    q.finish();

    store::RevocationRepository revocations(t->db());
    store::RevocationRepository::Filter f;
    f.unitId = s.unit.id;
    auto counts = revocations.countByStatus(f);
    ASSERT_TRUE(counts.ok()) << counts.errorString().toStdString();
    EXPECT_EQ(counts->value(QStringLiteral("pending")), 1);
    f.schoolId = other.id;
    EXPECT_EQ(revocations.countByStatus(f)->value(QStringLiteral("pending")), 0);
}

TEST_P(Repositories, TransactionRollsBackInDestructor)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    {
        store::Transaction tx(t->db());
        ASSERT_TRUE(tx.isOpen());
        Unit u;
        u.code = QStringLiteral("X");
        u.name = QStringLiteral("Phòng X");
        ASSERT_TRUE(store::UnitRepository(t->db()).insert(u).ok());
        // no commit
    }
    EXPECT_EQ(*store::UnitRepository(t->db()).count(), 0);
    {
        store::Transaction outer(t->db());
        {
            store::Transaction inner(t->db());
            Unit u;
            u.code = QStringLiteral("Y");
            u.name = QStringLiteral("Phòng Y");
            ASSERT_TRUE(store::UnitRepository(t->db()).insert(u).ok());
            ASSERT_TRUE(inner.commit().ok());
        }
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(*store::UnitRepository(t->db()).count(), 1);
}

TEST_P(Repositories, UsersAndMeta)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    const Seed s = seed(t->db());
    store::UserRepository users(t->db());
    User u;
    u.username = QStringLiteral("canbo1");
    u.displayName = QStringLiteral("Trần Thị Hoa");
    u.role = Role::Officer;
    u.unitId = s.unit.id;
    u.passwordHash = QStringLiteral("$argon2id$...");
    u.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const qint64 id = *users.insert(u);
    const QDateTime until(QDate(2026, 11, 20), QTime(9, 15), Qt::UTC);
    ASSERT_TRUE(users.recordFailedAttempt(id, 5, until).ok());
    auto read = users.byUsername(QStringLiteral("canbo1"));
    ASSERT_TRUE(read->has_value());
    EXPECT_EQ((*read)->failedAttempts, 5);
    EXPECT_EQ((*read)->lockedUntil, until);
    EXPECT_EQ((*read)->unitCode, QStringLiteral("PGD01"));
    ASSERT_TRUE(users.setDisabled(id, true).ok());
    EXPECT_TRUE((*users.byUsername(QStringLiteral("canbo1")))->disabled);
    store::MetaRepository meta(t->db());
    ASSERT_TRUE(meta.set(QStringLiteral("epoch"), QStringLiteral("a")).ok());
    ASSERT_TRUE(meta.set(QStringLiteral("epoch"), QStringLiteral("b")).ok());
    EXPECT_EQ(*meta.get(QStringLiteral("epoch")), QStringLiteral("b"));
}

TEST_P(Repositories, AuditChainDetectsTampering)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    const Seed s = seed(t->db());
    services::AuditLog log(t->context());
    for (int i = 0; i < 5; ++i) {
        t->clock().advanceSecs(60);
        ASSERT_TRUE(log.append(s.unit.id, QStringLiteral("certificate.approve"), QStringLiteral("certificate"),
                               QString::number(i),
                               QJsonObject{{QStringLiteral("reason"), QStringLiteral("đúng %1").arg(i)}})
                        .ok());
    }
    ASSERT_TRUE(log.append(0, QStringLiteral("user.add"), QStringLiteral("user"), QStringLiteral("admin"), {}).ok());
    auto v = log.verify();
    ASSERT_TRUE(v.ok()) << v.errorString().toStdString();
    EXPECT_TRUE(v->ok) << v->problem.toStdString();
    EXPECT_EQ(v->events, 6);

    QSqlQuery q(t->db().connection());
    if (t->db().isPostgres()) {
        // The server refuses changes to the log...
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_events SET actor = 'x' WHERE seq = 3")));
        EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 3")));
        // ...so tamper as the owner would, by switching the guard off.
        ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")));
    }
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM audit_events WHERE chain = %1 AND seq = 3").arg(s.unit.id)));
    ASSERT_TRUE(q.next());
    const qint64 third = q.value(0).toLongLong();
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE audit_events SET detail = '{\"reason\":\"sai\"}' WHERE id = %1").arg(third)));
    v = log.verify();
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->ok);
    EXPECT_EQ(v->firstBadId, third);
    EXPECT_EQ(v->events, 6);
}

INSTANTIATE_TEST_SUITE_P(Dialects, Repositories, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);
