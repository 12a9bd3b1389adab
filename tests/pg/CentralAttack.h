// The fixture of the attacks on the central store (test_central_attacks.cpp,
// test_central_attacks_units.cpp): a central store made the way an installation makes it, in both
// setups of CentralSetup, and what the superuser sees of it. Unit A is demo unit 1, unit B demo
// unit 2.

#pragma once

#include "support/CentralStore.h"

#include "core/LookupCode.h"
#include "crypto/CertificateBuilder.h"
#include "services/AuditLog.h"
#include "services/CertificateReview.h"
#include "services/LockService.h"
#include "services/RevocationReview.h"
#include "services/SchoolActions.h"
#include "services/UserAdmin.h"
#include "store/UserRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QUuid>

#include <gtest/gtest.h>

#include <iostream>
#include <utility>

namespace hocbaso::test::attack {

// The names the attack tests are written with; `using namespace hocbaso::test::attack` brings them.
using namespace hocbaso;
using hocbaso::test::CentralSetup;
using hocbaso::test::CentralStore;
using hocbaso::test::execAs;
using hocbaso::test::oneOn;
using hocbaso::test::Person;
using hocbaso::test::SqlOutcome;
using hocbaso::test::TestStore;

inline constexpr const char* kMaxRowVersion = "2147483647";

// The rows a statement returned, every column as text.
struct Rows
{
    bool ok = false;
    QList<QStringList> rows;
    QString error;
};

inline Rows rowsOn(store::Database& db, const QString& sql)
{
    Rows r;
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        r.error = q.lastError().databaseText();
        return r;
    }
    r.ok = true;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        r.rows << row;
    }
    return r;
}

// Texts compared as UTF-8, so that a failure shows them.
inline std::string text(const QString& s)
{
    return s.toStdString();
}

inline bool refused(const SqlOutcome& r)
{
    return !r.ok || r.rows == 0;
}

inline std::string describe(const SqlOutcome& r)
{
    return r.ok ? QStringLiteral("accepted, %1 row(s) changed").arg(r.rows).toStdString()
                : QStringLiteral("refused: %1").arg(r.error).toStdString();
}

// A certificate of the test kind that schools register: self-signed, for signing, not a CA.
inline QString writeCertificate(const QTemporaryDir& dir, const QString& cn, const QString& file)
{
    const crypto::PrivateKey key = crypto::PrivateKey::generateEc();
    const auto cert = crypto::CertificateBuilder()
                          .setSubject({{QStringLiteral("CN"), cn}, {QStringLiteral("C"), QStringLiteral("VN")}})
                          .setValidity(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC),
                                       QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC))
                          .setKeyUsage(crypto::KeyUsageFlag::DigitalSignature | crypto::KeyUsageFlag::NonRepudiation)
                          .setPublicKey(key)
                          .sign(key);
    if (!cert)
        return {};
    const QString path = dir.filePath(file);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(cert->toPem());
    return path;
}

class CentralAttack : public ::testing::TestWithParam<CentralSetup>
{
protected:
    void SetUp() override
    {
        QString why;
        bool noServer = false;
        c = CentralStore::create(GetParam(), &why, &noServer);
        if (!c) {
            if (!noServer || TestStore::postgresRequired())
                FAIL() << why.toStdString();
            GTEST_SKIP() << why.toStdString();
        }
    }

    // The first column of the first row, read as the superuser; a query that fails is a failure of
    // the test (not an empty answer, which is what several checks expect).
    QString sure(const QString& sql)
    {
        const Rows r = rowsOn(c->dba(), sql);
        if (!r.ok)
            ADD_FAILURE() << "the check's own query failed: " << r.error.toStdString() << "\n" << sql.toStdString();
        return r.rows.isEmpty() ? QString() : r.rows.first().value(0);
    }

    qint64 unitA() { return c->unitId(1); }
    qint64 unitB() { return c->unitId(2); }
    QString schoolsA() { return c->schoolIdsOfUnit(1); }
    QString schoolsB() { return c->schoolIdsOfUnit(2); }
    QString year() { return c->one(QStringLiteral("SELECT max(school_year) FROM records")); }

    // A school of the unit whose seal and principal the unit approved: a confirmed record of the
    // current school year (no lock dates yet) that the rules let it send.
    QString readySchool(int unit)
    {
        return c->one(QStringLiteral("SELECT r.school_id FROM records r JOIN schools s ON s.id = r.school_id WHERE "
                                     "s.unit_id = %1 AND r.school_year = %2 AND r.status = 'confirmed' AND "
                                     "hocbaso_signed_by_approved(r.id, r.version) GROUP BY r.school_id ORDER BY "
                                     "count(*) DESC, r.school_id LIMIT 1")
                          .arg(c->unitId(unit))
                          .arg(year()));
    }
    // Records of a school in a status, of the current school year when `thisYear`, oldest first.
    QStringList recordsOf(const QString& school, const char* status, int n, bool thisYear = true,
                          const QString& extra = {})
    {
        const QString ids =
            c->one(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM (SELECT r.id FROM records r "
                                  "WHERE r.school_id = %1 AND r.status = '%2' %3 %4 ORDER BY r.id LIMIT %5) t")
                       .arg(school, QString::fromLatin1(status),
                            thisYear ? QStringLiteral("AND r.school_year = ") + year() : QString(), extra)
                       .arg(n));
        return ids.isEmpty() ? QStringList() : ids.split(QLatin1Char(','));
    }
    QString uuidOf(const QString& record)
    {
        return c->one(QStringLiteral("SELECT uuid FROM records WHERE id = %1").arg(record));
    }

    // A school user of `school`, added by the owner as an administrator would, and signed in.
    std::optional<Person> schoolUser(const QString& base, const QString& school, QString* why)
    {
        services::NewUser nu;
        nu.username = c->user(base);
        nu.displayName = QStringLiteral("Vũ Thị Lan");
        nu.role = Role::School;
        nu.unitId = c->count(QStringLiteral("SELECT unit_id FROM schools WHERE id = %1").arg(school));
        nu.schoolId = school.toLongLong();
        const QString password = QString::fromLatin1(CentralStore::kPassword);
        auto added = services::UserAdmin(c->store().context()).add(nu, password, password);
        if (!added) {
            *why = QStringLiteral("adding the school user: ") + added.errorString();
            return std::nullopt;
        }
        return c->signIn(nu.username, why);
    }

    // Every signature of a record (count, and a digest of what they are) and every version's
    // content, as the superuser sees them.
    QString signaturesOf(const QString& record)
    {
        return c->one(QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(version || role || "
                                     "coalesce(certificate_id::text, '') || signer || md5(cms), ',' ORDER BY version, "
                                     "role)), '') FROM signatures WHERE record_id = %1")
                          .arg(record));
    }
    QString contentOf(const QString& record)
    {
        return c->one(QStringLiteral("SELECT md5(string_agg(version || ':' || content_sha256 || ':' || md5(content), "
                                     "',' ORDER BY version)) FROM record_versions WHERE record_id = %1")
                          .arg(record));
    }

    // What the superuser sees of a unit's decisions and statuses, as one text: unchanged means
    // nobody changed them (as in test_central_security.cpp).
    QString fingerprint(int unitNumber)
    {
        const QString schools = c->schoolIdsOfUnit(unitNumber);
        return c->one(
            QStringLiteral(
                "SELECT md5(string_agg(x, '|' ORDER BY x)) FROM ("
                "SELECT 'c' || id || status || coalesce(decided_by, '') || row_version AS x FROM certificates "
                "WHERE school_id IN (%1) UNION ALL "
                "SELECT 'r' || id || status || version || row_version FROM records WHERE school_id IN (%1) "
                "UNION ALL SELECT 'v' || id || status || row_version FROM record_versions WHERE school_id IN (%1) "
                "UNION ALL SELECT 's' || count(*) FROM signatures WHERE school_id IN (%1) "
                "UNION ALL SELECT 'q' || id || status || row_version FROM revocation_requests WHERE school_id IN (%1) "
                "UNION ALL SELECT 'l' || id || coalesce(receive_lock::text, '') || row_version FROM lock_settings "
                "WHERE unit_id = %2 UNION ALL SELECT 'a' || count(*) FROM audit_events WHERE chain = %2) t")
                .arg(schools)
                .arg(c->unitId(unitNumber)));
    }

    // The audit log verified by the store's owner.
    void expectAuditLogWhole(const char* when)
    {
        auto verified = services::AuditLog(c->store().context()).verify();
        ASSERT_TRUE(verified.ok()) << when << ": " << verified.errorString().toStdString();
        EXPECT_TRUE(verified->ok) << when << ": " << verified->problem.toStdString();
    }

    std::unique_ptr<CentralStore> c;
};

inline const auto yes = [](const QString&) { return true; };

} // namespace hocbaso::test::attack

#define SIGN_IN(var, base)                                                                                             \
    QString var##Why;                                                                                                  \
    auto var = c->signIn(c->user(QStringLiteral(base)), &var##Why);                                                    \
    ASSERT_TRUE(var) << var##Why.toStdString();

#define SCHOOL_USER(var, base, school)                                                                                 \
    QString var##Why;                                                                                                  \
    auto var = schoolUser(QStringLiteral(base), (school), &var##Why);                                                  \
    ASSERT_TRUE(var) << var##Why.toStdString();
