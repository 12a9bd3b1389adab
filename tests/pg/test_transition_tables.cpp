// The central store's rules (the triggers of resources/sql/postgres, as schema 14 leaves them) hold
// the database's copy of the lifecycles. For every (from, to) of each domain table
// (core/Transitions.h) the row is put in `from` behind the scenes (by the superuser, whom the rules
// trust), then the person whose move it would be tries `to` with their own login role: the database
// must take exactly the moves the domain allows, and refuse every other one as an illegal move (not
// for some other reason). PostgreSQL only (needs HOCBASO_TEST_PG; skipped without it, failed
// without it when CI=true).

#include "support/CentralStore.h"

#include "core/Transitions.h"
#include "services/UserAdmin.h"

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::CentralStore;
using hocbaso::test::execAs;
using hocbaso::test::Person;
using hocbaso::test::SqlOutcome;

namespace {

// The trigger's words for a move it does not know ("a certificate cannot go from x to y").
const QString kIllegalMove = QStringLiteral("cannot go from");

std::string describe(const SqlOutcome& r)
{
    return r.ok ? QStringLiteral("accepted, %1 row(s) changed").arg(r.rows).toStdString()
                : QStringLiteral("refused: %1").arg(r.error).toStdString();
}

std::string move(const QString& from, const QString& to)
{
    return (from + QStringLiteral(" -> ") + to).toStdString();
}

class TransitionTables : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        bool noServer = false;
        c = CentralStore::create(&why, &noServer);
        if (!c) {
            if (!noServer || test::TestStore::postgresRequired())
                FAIL() << why.toStdString();
            GTEST_SKIP() << why.toStdString();
        }
        // A school whose seal and principal the unit approved (so that one of its records can be
        // sent), a user of that school (added as an administrator would) and an officer of its unit,
        // both signed in with their own roles.
        school = c->one(QStringLiteral("SELECT r.school_id FROM records r WHERE r.status IN ('confirmed', 'sent') AND "
                                       "hocbaso_signed_by_approved(r.id, r.version) GROUP BY r.school_id ORDER BY "
                                       "count(*) DESC, r.school_id LIMIT 1"));
        ASSERT_FALSE(school.isEmpty()) << "no school with approved certificates";
        const QString unit = c->one(QStringLiteral("SELECT unit_id FROM schools WHERE id = %1").arg(school));
        officerName = c->one(QStringLiteral("SELECT username FROM users WHERE role = 'officer' AND unit_id = %1 "
                                            "ORDER BY username LIMIT 1")
                                 .arg(unit));
        ASSERT_FALSE(officerName.isEmpty());
        services::NewUser nu;
        nu.username = c->user(QStringLiteral("hieutruong"));
        nu.displayName = QStringLiteral("Vũ Thị Lan");
        nu.role = Role::School;
        nu.unitId = unit.toLongLong();
        nu.schoolId = school.toLongLong();
        const QString password = QString::fromLatin1(CentralStore::kPassword);
        auto added = services::UserAdmin(c->store().context()).add(nu, password, password);
        ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
        const QString head = nu.username;
        QString signInWhy;
        auto h = c->signIn(head, &signInWhy);
        ASSERT_TRUE(h) << signInWhy.toStdString();
        schoolUser.emplace(std::move(*h));
        auto o = c->signIn(officerName, &signInWhy);
        ASSERT_TRUE(o) << signInWhy.toStdString();
        officer.emplace(std::move(*o));
    }

    // As the superuser, whom the rules let through (the state a test needs, behind the scenes).
    void behind(const QString& sql)
    {
        const SqlOutcome r = execAs(c->dba(), sql);
        ASSERT_TRUE(r.ok) << r.error.toStdString() << "\n" << sql.toStdString();
    }

    // What the database did with one attempted move, checked against the domain's answer.
    void expectAsTheDomainSays(bool allowed, const SqlOutcome& r, const QString& from, const QString& to,
                               const QString& statusNow)
    {
        if (allowed) {
            EXPECT_TRUE(r.ok && r.rows == 1)
                << "the domain allows " << move(from, to) << ", the database: " << describe(r);
            EXPECT_EQ(statusNow, to) << move(from, to);
        } else {
            EXPECT_FALSE(r.ok && r.rows > 0)
                << "the domain refuses " << move(from, to) << ", the database: " << describe(r);
            EXPECT_TRUE(r.error.contains(kIllegalMove))
                << move(from, to) << " refused for another reason than the lifecycle: " << describe(r);
            EXPECT_EQ(statusNow, from) << move(from, to);
        }
    }

    std::unique_ptr<CentralStore> c;
    QString school;
    QString officerName;
    std::optional<Person> schoolUser;
    std::optional<Person> officer;
};

} // namespace

TEST_F(TransitionTables, CertificatesMoveAsTheDomainSays)
{
    // A registration of the school whose certificate no other row of the school holds (a second
    // live row of the same certificate would break the unique index, not the lifecycle).
    const QString cert =
        c->one(QStringLiteral("SELECT c.id FROM certificates c WHERE c.school_id = %1 AND NOT EXISTS (SELECT 1 FROM "
                              "certificates d WHERE d.school_id = c.school_id AND d.sha256 = c.sha256 AND d.id <> "
                              "c.id) ORDER BY c.id LIMIT 1")
                   .arg(school));
    ASSERT_FALSE(cert.isEmpty());
    int tried = 0;
    for (CertificateStatus from : kCertificateStatuses) {
        for (CertificateStatus to : kCertificateStatuses) {
            const QString f = toText(from), t = toText(to);
            // `from` as a decision would leave it: who decided or revoked, and when.
            const bool decided = from != CertificateStatus::Pending;
            const bool revoked = from == CertificateStatus::Revoked;
            behind(QStringLiteral("UPDATE certificates SET status = '%1', superseded_by = NULL, decided_at = %2, "
                                  "decided_by = %3, decision_reason = NULL, revoked_at = %4, revoked_by = %5, "
                                  "revocation_reason = %6 WHERE id = %7")
                       .arg(f, decided ? QStringLiteral("now()") : QStringLiteral("NULL"),
                            decided ? QStringLiteral("'canbo0'") : QStringLiteral("NULL"),
                            revoked ? QStringLiteral("now()") : QStringLiteral("NULL"),
                            revoked ? QStringLiteral("'canbo0'") : QStringLiteral("NULL"),
                            revoked ? QStringLiteral("'lộ khóa'") : QStringLiteral("NULL"), cert));
            // The officer's move, written as the program writes a decision or a revocation.
            const QString sql =
                to == CertificateStatus::Revoked
                    ? QStringLiteral("UPDATE certificates SET status = '%1', revoked_at = now(), revoked_by = '%2', "
                                     "revocation_reason = 'Lộ khóa bí mật.' WHERE id = %3")
                    : QStringLiteral("UPDATE certificates SET status = '%1', decided_at = now(), decided_by = '%2', "
                                     "decision_reason = 'Kiểm tra.' WHERE id = %3");
            const SqlOutcome r = execAs(officer->database(), sql.arg(t, officerName, cert));
            expectAsTheDomainSays(allows(from, to), r, f, t,
                                  c->one(QStringLiteral("SELECT status FROM certificates WHERE id = %1").arg(cert)));
            ++tried;
        }
    }
    EXPECT_EQ(tried, 16);
}

TEST_F(TransitionTables, RevocationRequestsMoveAsTheDomainSays)
{
    // A record of the school with no request of its own (a sent one, where there is one), and a
    // request made for it.
    const QString record = c->one(QStringLiteral("SELECT r.id FROM records r WHERE r.school_id = %1 AND NOT EXISTS "
                                                 "(SELECT 1 FROM revocation_requests q WHERE q.record_id = r.id) "
                                                 "ORDER BY r.status DESC, r.id LIMIT 1")
                                      .arg(school));
    ASSERT_FALSE(record.isEmpty());
    behind(QStringLiteral("INSERT INTO revocation_requests (record_id, record_version, reason, requested_at, "
                          "requested_by, status, school_id) SELECT id, version, 'Sai ngày sinh.', now(), 'truong', "
                          "'pending', school_id FROM records WHERE id = %1")
               .arg(record));
    const QString request =
        c->one(QStringLiteral("SELECT id FROM revocation_requests WHERE record_id = %1").arg(record));
    ASSERT_FALSE(request.isEmpty());
    int tried = 0;
    for (RevocationStatus from : kRevocationStatuses) {
        for (RevocationStatus to : kRevocationStatuses) {
            const QString f = toText(from), t = toText(to);
            const bool decided = from != RevocationStatus::Pending;
            behind(QStringLiteral("UPDATE revocation_requests SET status = '%1', decided_at = %2, decided_by = %3, "
                                  "decision_note = NULL WHERE id = %4")
                       .arg(f, decided ? QStringLiteral("now()") : QStringLiteral("NULL"),
                            decided ? QStringLiteral("'canbo0'") : QStringLiteral("NULL"), request));
            const SqlOutcome r =
                execAs(officer->database(), QStringLiteral("UPDATE revocation_requests SET status = '%1', decided_at "
                                                           "= now(), decided_by = '%2', decision_note = 'Đồng ý.' "
                                                           "WHERE id = %3")
                                                .arg(t, officerName, request));
            expectAsTheDomainSays(
                allows(from, to), r, f, t,
                c->one(QStringLiteral("SELECT status FROM revocation_requests WHERE id = %1").arg(request)));
            ++tried;
        }
    }
    EXPECT_EQ(tried, 9);
}

TEST_F(TransitionTables, RecordsMoveAsTheDomainSays)
{
    // A record the school could send: its current version is signed by the seal and the principal
    // with approved certificates.
    const QString record =
        c->one(QStringLiteral("SELECT r.id FROM records r WHERE r.school_id = %1 AND r.status IN ('confirmed', "
                              "'sent') AND hocbaso_signed_by_approved(r.id, r.version) ORDER BY r.id LIMIT 1")
                   .arg(school));
    ASSERT_FALSE(record.isEmpty());
    // No receive-lock date stands in the way of a send.
    behind(QStringLiteral("DELETE FROM lock_settings"));
    const QString version = c->one(QStringLiteral("SELECT version FROM records WHERE id = %1").arg(record));
    // What the moves need besides the lifecycle: an approved revocation of this version (sent ->
    // revoked) and the next version, confirmed (revoked -> confirmed).
    behind(QStringLiteral("INSERT INTO revocation_requests (record_id, record_version, reason, requested_at, "
                          "requested_by, status, decided_at, decided_by, school_id) SELECT id, version, 'Sai.', now(), "
                          "'truong', 'approved', now(), 'canbo0', school_id FROM records WHERE id = %1")
               .arg(record));
    behind(QStringLiteral("INSERT INTO record_versions (record_id, version, status, content, content_sha256, "
                          "confirmed_at, school_id) SELECT record_id, version + 1, 'confirmed', content, "
                          "content_sha256, now(), school_id FROM record_versions WHERE record_id = %1 AND version = %2")
               .arg(record, version));
    int tried = 0;
    for (RecordStatus from : kRecordStatuses) {
        for (RecordStatus to : kRecordStatuses) {
            const QString f = toText(from), t = toText(to);
            // The record and its current version in `from`. A draft's version is confirmed already
            // (the program confirms the version, with its signatures, before the record).
            const QString versionStatus = from == RecordStatus::Draft ? QStringLiteral("confirmed") : f;
            behind(QStringLiteral("UPDATE record_versions SET status = '%1' WHERE record_id = %2 AND version = %3")
                       .arg(versionStatus, record, version));
            behind(
                QStringLiteral("UPDATE records SET status = '%1', version = %2 WHERE id = %3").arg(f, version, record));
            // The school confirms, un-confirms and sends; the unit revokes (an approved request).
            Person& who = to == RecordStatus::Revoked ? *officer : *schoolUser;
            // A revoked record comes back as its next version.
            const bool nextVersion = from == RecordStatus::Revoked && to == RecordStatus::Confirmed;
            const SqlOutcome r =
                execAs(who.database(),
                       QStringLiteral("UPDATE records SET status = '%1'%2 WHERE id = %3")
                           .arg(t, nextVersion ? QStringLiteral(", version = version + 1") : QString(), record));
            expectAsTheDomainSays(allows(from, to), r, f, t,
                                  c->one(QStringLiteral("SELECT status FROM records WHERE id = %1").arg(record)));
            ++tried;
        }
    }
    EXPECT_EQ(tried, 16);
}
