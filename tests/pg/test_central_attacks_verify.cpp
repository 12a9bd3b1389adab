// Attacks on the receipt verification results (issue #18, schema 18): officers verify the sent
// records of their units' schools and store one result per version; whatever they type in psql,
// they can neither read nor write another unit's results, nor file a "valid" result for a record
// beyond their reach, nor write in someone else's name; viewers and schools only read (a school
// its own). Same fixture and rules as test_central_attacks.cpp (CentralAttack.h), whose file
// instantiates the suite. PostgreSQL only.

#include "CentralAttack.h"

#include "services/RecordVerification.h"

using namespace hocbaso::test::attack;

TEST_P(CentralAttack, VerificationResultsStayWithinTheOfficersUnits)
{
    const QString sentA = QStringLiteral("SELECT v.id FROM record_versions v WHERE v.sent_at IS NOT NULL AND "
                                         "v.school_id IN (%1) ORDER BY v.id LIMIT 1");
    const QString versionA = sure(sentA.arg(schoolsA()));
    const QString versionB = sure(sentA.arg(schoolsB()));
    const QString unsentA = sure(QStringLiteral("SELECT v.id FROM record_versions v WHERE v.sent_at IS NULL AND "
                                                "v.school_id IN (%1) ORDER BY v.id LIMIT 1")
                                     .arg(schoolsA()));
    ASSERT_FALSE(versionA.isEmpty());
    ASSERT_FALSE(versionB.isEmpty());
    ASSERT_FALSE(unsentA.isEmpty());

    SIGN_IN(officerA, "canbo1");
    SIGN_IN(officerB, "canbo2");
    SIGN_IN(viewerA, "xem1");
    // Each unit's officer verifies its own schools through the program.
    for (Person* p : {&*officerA, &*officerB}) {
        auto done = services::RecordVerification(p->context()).verifyAll({});
        ASSERT_TRUE(done) << done.errorString().toStdString();
        EXPECT_GT(done->checked, 0);
        EXPECT_EQ(done->invalid, 0);
    }
    const auto resultsOf = [this](const QString& schools) {
        return sure(QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(version_id || result || "
                                   "verified_by || reason || verified_at, ',' ORDER BY version_id)), '') FROM "
                                   "record_verifications WHERE school_id IN (%1)")
                        .arg(schools));
    };
    const QString beforeB = resultsOf(schoolsB());
    ASSERT_NE(beforeB.section(QLatin1Char(':'), 0, 0), QStringLiteral("0"));
    EXPECT_EQ(text(sure(QStringLiteral("SELECT count(*) FROM record_verifications WHERE school_id NOT IN (%1, %2)")
                            .arg(schoolsA(), schoolsB()))),
              text(QStringLiteral("0")));

    // Reading: each officer sees its own unit's results only.
    const auto countAs = [](Person& who, const QString& where) {
        const Rows r =
            rowsOn(who.database(), QStringLiteral("SELECT count(*) FROM record_verifications WHERE ") + where);
        return r.ok && !r.rows.isEmpty() ? r.rows.first().value(0) : QStringLiteral("error: ") + r.error;
    };
    EXPECT_EQ(text(countAs(*officerA, QStringLiteral("school_id IN (%1)").arg(schoolsB()))), text(QStringLiteral("0")));
    EXPECT_EQ(text(countAs(*officerA, QStringLiteral("version_id = %1").arg(versionB))), text(QStringLiteral("0")));
    EXPECT_NE(text(countAs(*officerA, QStringLiteral("school_id IN (%1)").arg(schoolsA()))), text(QStringLiteral("0")));
    EXPECT_EQ(text(countAs(*viewerA, QStringLiteral("school_id IN (%1)").arg(schoolsB()))), text(QStringLiteral("0")));
    EXPECT_NE(text(countAs(*viewerA, QStringLiteral("true"))), text(QStringLiteral("0")));

    const auto attack = [](Person& who, const char* what, const QString& sql) {
        const SqlOutcome r = execAs(who.database(), sql);
        EXPECT_TRUE(refused(r)) << what << ": " << describe(r) << "\n" << sql.toStdString();
    };
    const QString insert = QStringLiteral("INSERT INTO record_verifications (version_id, record_id, version, "
                                          "verified_at, verified_by, result, reason) VALUES (%1, %2, 1, now(), %3, "
                                          "'valid', '')");
    const QString recordOfA = sure(QStringLiteral("SELECT record_id FROM record_versions WHERE id = %1").arg(versionA));
    // Writing another unit's results, or a forged "valid" for a record beyond one's reach.
    attack(*officerA, "a forged valid result for unit B's record",
           insert.arg(versionB, recordOfA, QStringLiteral("current_user")));
    attack(*officerA, "unit B's result overwritten by an upsert",
           insert.arg(versionB, recordOfA, QStringLiteral("current_user")) +
               QStringLiteral(" ON CONFLICT (version_id) DO UPDATE SET result = 'valid', reason = ''"));
    attack(*officerA, "unit B's result updated",
           QStringLiteral("UPDATE record_verifications SET result = 'invalid', reason = 'x' WHERE version_id = %1")
               .arg(versionB));
    attack(*officerA, "unit B's results deleted",
           QStringLiteral("DELETE FROM record_verifications WHERE school_id IN (%1)").arg(schoolsB()));
    attack(*officerA, "its own result moved to a school of unit B",
           QStringLiteral("UPDATE record_verifications SET school_id = %1 WHERE version_id = %2")
               .arg(schoolsB().section(QLatin1Char(','), 0, 0), versionA));
    attack(*officerA, "its own result deleted (to forge it again)",
           QStringLiteral("DELETE FROM record_verifications WHERE version_id = %1").arg(versionA));
    attack(*officerA, "a result in someone else's name",
           QStringLiteral("UPDATE record_verifications SET verified_by = %1 WHERE version_id = %2")
               .arg(QStringLiteral("'%1'").arg(c->user(QStringLiteral("canbo2"))), versionA));
    attack(*officerA, "a result for a version that was never sent",
           insert.arg(unsentA, recordOfA, QStringLiteral("current_user")));
    attack(*viewerA, "a viewer's result for its own unit",
           QStringLiteral("UPDATE record_verifications SET result = 'valid' WHERE version_id = %1").arg(versionA));
    attack(*viewerA, "a viewer's new result", insert.arg(versionA, recordOfA, QStringLiteral("current_user")));
    EXPECT_EQ(text(resultsOf(schoolsB())), text(beforeB)) << "an attack changed unit B's results";

    // Officer A may overwrite its own unit's result in its own name (what a new run does).
    const auto own = execAs(officerA->database(),
                            QStringLiteral("UPDATE record_verifications SET verified_at = now(), verified_by = "
                                           "current_user WHERE version_id = %1")
                                .arg(versionA));
    EXPECT_TRUE(own.ok && own.rows == 1) << describe(own);

    // A school's user reads its own school's results, no other school's, and writes none.
    const QString schoolA = sure(QStringLiteral("SELECT school_id FROM record_versions WHERE id = %1").arg(versionA));
    SCHOOL_USER(school, "verify_school", schoolA);
    EXPECT_NE(text(countAs(*school, QStringLiteral("school_id = %1").arg(schoolA))), text(QStringLiteral("0")));
    EXPECT_EQ(text(countAs(*school, QStringLiteral("school_id <> %1").arg(schoolA))), text(QStringLiteral("0")));
    attack(*school, "a school's own result made valid",
           QStringLiteral("UPDATE record_verifications SET result = 'valid' WHERE version_id = %1").arg(versionA));

    // The Sở's officer reaches both communes.
    SIGN_IN(officerSo, "canboso");
    EXPECT_EQ(text(countAs(*officerSo, QStringLiteral("school_id IN (%1)").arg(schoolsB()))),
              text(beforeB.section(QLatin1Char(':'), 0, 0)));
    services::VerificationFilter again;
    again.everything = true;
    auto all = services::RecordVerification(officerSo->context()).verifyAll(again);
    ASSERT_TRUE(all) << all.errorString().toStdString();
    EXPECT_EQ(all->invalid, 0);
    EXPECT_EQ(text(sure(QStringLiteral("SELECT count(DISTINCT verified_by) FROM record_verifications"))),
              text(QStringLiteral("1")));
}
