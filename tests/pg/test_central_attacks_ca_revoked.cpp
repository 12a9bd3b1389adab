// Attacks on the CA's revocation of a registered certificate (issue #18, item 3; schema 19), by
// people signed in with their own login roles and typing SQL: a school cannot set or clear it on its
// own certificate, an officer cannot clear or change it once set, an officer of another unit cannot
// set it, and a school cannot send a record signed with a seal its CA revoked by updating the
// record directly. Same fixture and rules as test_central_attacks.cpp (CentralAttack.h), whose file
// instantiates the suite. PostgreSQL only.

#include "CentralAttack.h"

using namespace hocbaso::test::attack;

TEST_P(CentralAttack, ARevocationByTheCaIsSetOnlyByTheUnitAndNeverUndone)
{
    const QString school = readySchool(1);
    ASSERT_FALSE(school.isEmpty());
    // Two confirmed records of the school, ready to send, signed by the same approved seal.
    const QStringList ready =
        recordsOf(school, "confirmed", 2, true, QStringLiteral("AND hocbaso_signed_by_approved(r.id, r.version)"));
    ASSERT_EQ(ready.size(), 2);
    const QString sealOf = QStringLiteral("SELECT g.certificate_id FROM signatures g JOIN records r ON r.id = "
                                          "g.record_id AND r.version = g.version WHERE r.id = %1 AND g.role = 'seal'");
    const QString seal = sure(sealOf.arg(ready.at(0)));
    ASSERT_FALSE(seal.isEmpty());
    ASSERT_EQ(text(sure(sealOf.arg(ready.at(1)))), text(seal)) << "the school's two records share their seal";
    ASSERT_EQ(text(sure(QStringLiteral("SELECT status FROM certificates WHERE id = %1").arg(seal))),
              text(QStringLiteral("approved")));

    SCHOOL_USER(head, "ca_school", school);
    SIGN_IN(officerA, "canbo1");
    SIGN_IN(officerB, "canbo2");
    SIGN_IN(officerSo, "canboso");
    const auto attack = [](Person& who, const char* what, const QString& sql) {
        const SqlOutcome r = execAs(who.database(), sql);
        EXPECT_TRUE(refused(r)) << what << ": " << describe(r) << "\n" << sql.toStdString();
    };
    const auto caRevocation = [this, &seal] {
        return sure(QStringLiteral("SELECT coalesce(ca_revoked_at::text, 'none') || '|' || "
                                   "coalesce(ca_revocation_reason, '') || '|' || coalesce(ca_revocation_source, '') || "
                                   "'|' || coalesce(ca_revocation_seen_at::text, '') FROM certificates WHERE id = %1")
                        .arg(seal));
    };
    const QString set = QStringLiteral("UPDATE certificates SET ca_revoked_at = '2026-11-01 00:00+00', "
                                       "ca_revocation_reason = 'keyCompromise', ca_revocation_source = 'CN=Test CA', "
                                       "ca_revocation_seen_at = now() WHERE id = %1")
                            .arg(seal);

    // Nothing set yet: the school, and an officer of another unit, cannot set it.
    attack(*head, "a school user setting it on its own seal", set);
    attack(*officerB, "an officer of another unit setting it", set);
    // Nor can an officer of the unit set part of it, or smuggle a decision in with it.
    attack(*officerA, "set without saying by whose word",
           QStringLiteral("UPDATE certificates SET ca_revoked_at = now() WHERE id = %1").arg(seal));
    attack(*officerA, "set together with a status change",
           QStringLiteral("UPDATE certificates SET ca_revoked_at = now(), ca_revocation_source = 'x', "
                          "ca_revocation_seen_at = now(), status = 'revoked', revoked_by = current_user, revoked_at = "
                          "now(), revocation_reason = 'x' WHERE id = %1")
               .arg(seal));
    EXPECT_EQ(text(caRevocation()).substr(0, 5), "none|");

    // Before it is set, the school sends one of the two records straight in SQL: the rules allow it.
    const auto first =
        execAs(head->database(), QStringLiteral("UPDATE records SET status = 'sent' WHERE id = %1").arg(ready.at(0)));
    ASSERT_TRUE(first.ok && first.rows == 1) << "the control send: " << describe(first);

    // The unit's officer records it.
    const auto recorded = execAs(officerA->database(), set);
    ASSERT_TRUE(recorded.ok && recorded.rows == 1) << describe(recorded);
    const QString after = caRevocation();
    EXPECT_NE(text(after).substr(0, 5), "none|");

    // From now on it is final: nobody clears or changes it, the Sở's officer above included.
    const QString clear = QStringLiteral("UPDATE certificates SET ca_revoked_at = NULL, ca_revocation_reason = NULL, "
                                         "ca_revocation_source = NULL, ca_revocation_seen_at = NULL WHERE id = %1")
                              .arg(seal);
    attack(*head, "a school user clearing it", clear);
    attack(*head, "a school user clearing the date only",
           QStringLiteral("UPDATE certificates SET ca_revoked_at = NULL WHERE id = %1").arg(seal));
    attack(*officerA, "the unit's officer clearing it", clear);
    attack(*officerSo, "the Sở's officer clearing it", clear);
    attack(*officerA, "the unit's officer moving the date later",
           QStringLiteral("UPDATE certificates SET ca_revoked_at = ca_revoked_at + interval '1 year' WHERE id = %1")
               .arg(seal));
    attack(*officerA, "the unit's officer changing the reason",
           QStringLiteral("UPDATE certificates SET ca_revocation_reason = 'superseded' WHERE id = %1").arg(seal));
    attack(*officerB, "an officer of another unit clearing it", clear);
    EXPECT_EQ(text(caRevocation()), text(after));

    // The school's other record, signed with the same seal, cannot be sent any more, however asked.
    attack(*head, "sending a record signed with a seal its CA revoked",
           QStringLiteral("UPDATE records SET status = 'sent' WHERE id = %1").arg(ready.at(1)));
    attack(*head, "sending it with its version first",
           QStringLiteral("UPDATE record_versions SET status = 'sent' WHERE record_id = %1 AND version = (SELECT "
                          "version FROM records WHERE id = %1)")
               .arg(ready.at(1)));
    EXPECT_EQ(text(sure(QStringLiteral("SELECT status FROM records WHERE id = %1").arg(ready.at(1)))),
              text(QStringLiteral("confirmed")));
    // And the program says why, in words.
    services::SchoolActions actions(head->context(), &c->keys());
    auto sent = actions.send(uuidOf(ready.at(1)));
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(sent.errorString().contains(QStringLiteral("certificate authority"))) << text(sent.errorString());

    // A new registration carries no CA revocation of its own making (the trigger looks before the
    // certificate's bytes matter).
    const SqlOutcome arrived = execAs(
        head->database(),
        QStringLiteral("INSERT INTO certificates (school_id, kind, status, der, sha256, subject, issuer, serial_hex, "
                       "not_before, not_after, submitted_at, submitted_by, ca_revoked_at, ca_revocation_source, "
                       "ca_revocation_seen_at) VALUES (%1, 'unit', 'pending', '\\x00', md5('x'), 'CN=Seal', "
                       "'CN=Seal', '01', now(), now() + interval '1 year', now(), current_user, now(), 'x', now())")
            .arg(school));
    EXPECT_FALSE(arrived.ok) << describe(arrived);
    EXPECT_TRUE(arrived.error.contains(QStringLiteral("carries no revocation by its CA"))) << describe(arrived);
    expectAuditLogWhole("after the attacks");
}
