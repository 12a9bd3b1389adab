// Attacks on the reminders log and the schools' contact fields (issue #23 item 9, schema 27): an
// officer logs reminders for the schools of their units only and in their own name; whatever they
// type in psql, they can neither read another unit's reminders nor forge, change or delete any; a
// viewer logs none; only administrators write a school's contact, and only in their units. Same
// fixture and rules as test_central_attacks.cpp (CentralAttack.h), whose file instantiates the
// suite. PostgreSQL only.

#include "CentralAttack.h"

#include "services/Reminders.h"

using namespace hocbaso::test::attack;

TEST_P(CentralAttack, RemindersStayWithinTheOfficersUnits)
{
    const QString schoolA = schoolsA().section(QLatin1Char(','), 0, 0);
    const QString schoolB = schoolsB().section(QLatin1Char(','), 0, 0);
    ASSERT_FALSE(schoolA.isEmpty());
    ASSERT_FALSE(schoolB.isEmpty());

    SIGN_IN(officerA, "canbo1");
    SIGN_IN(officerB, "canbo2");
    SIGN_IN(viewerA, "xem1");
    SIGN_IN(adminA, "admin1");
    // Each unit's officer logs a reminder for one of its schools through the program.
    const auto remind = [](Person& who, const QString& school) {
        services::ProgressRow row;
        row.schoolId = school.toLongLong();
        services::Reminders reminders(who.context());
        auto targets = reminders.targets({row}, 2026, 0);
        EXPECT_TRUE(targets) << targets.errorString().toStdString();
        if (!targets)
            return;
        EXPECT_EQ(targets->size(), 1);
        auto logged = reminders.log(*targets, 2026, QStringLiteral("1/PGD"));
        EXPECT_TRUE(logged) << logged.errorString().toStdString();
    };
    remind(*officerA, schoolA);
    remind(*officerB, schoolB);
    // Through the program too, an officer reaches no other unit's school.
    {
        services::ProgressRow row;
        row.schoolId = schoolB.toLongLong();
        auto targets = services::Reminders(officerA->context()).targets({row}, 2026, 0);
        EXPECT_FALSE(targets && !targets->isEmpty()) << "officer A listed a school of unit B";
    }
    const auto logOf = [this](const QString& schools) {
        return sure(QStringLiteral(
                        "SELECT count(*) || ':' || coalesce(md5(string_agg(id::text || school_id::text || sent_by || "
                        "reference || sent_at::text, ',' ORDER BY id)), '') FROM school_reminders WHERE "
                        "school_id IN (%1)")
                        .arg(schools));
    };
    const QString beforeB = logOf(schoolsB());
    ASSERT_EQ(beforeB.section(QLatin1Char(':'), 0, 0), QStringLiteral("1"));
    const QString reminderA = sure(QStringLiteral("SELECT id FROM school_reminders WHERE school_id = %1").arg(schoolA));
    const QString reminderB = sure(QStringLiteral("SELECT id FROM school_reminders WHERE school_id = %1").arg(schoolB));

    // Reading: each person sees their own units' reminders only.
    const auto countAs = [](Person& who, const QString& where) {
        const Rows r = rowsOn(who.database(), QStringLiteral("SELECT count(*) FROM school_reminders WHERE ") + where);
        return r.ok && !r.rows.isEmpty() ? r.rows.first().value(0) : QStringLiteral("error: ") + r.error;
    };
    EXPECT_EQ(text(countAs(*officerA, QStringLiteral("school_id IN (%1)").arg(schoolsB()))), text(QStringLiteral("0")));
    EXPECT_EQ(text(countAs(*officerA, QStringLiteral("id = %1").arg(reminderB))), text(QStringLiteral("0")));
    EXPECT_EQ(text(countAs(*officerA, QStringLiteral("true"))), text(QStringLiteral("1")));
    EXPECT_EQ(text(countAs(*viewerA, QStringLiteral("true"))), text(QStringLiteral("1")));
    EXPECT_EQ(text(countAs(*viewerA, QStringLiteral("school_id IN (%1)").arg(schoolsB()))), text(QStringLiteral("0")));

    const auto attack = [](Person& who, const char* what, const QString& sql) {
        const SqlOutcome r = execAs(who.database(), sql);
        EXPECT_TRUE(refused(r)) << what << ": " << describe(r) << "\n" << sql.toStdString();
    };
    const QString insert = QStringLiteral("INSERT INTO school_reminders (school_id, school_year, sent_at, sent_by, "
                                          "reference) VALUES (%1, 2026, now(), %2, 'forged')");
    const QString me = QStringLiteral("current_user");
    const QString canbo2 = QStringLiteral("'%1'").arg(c->user(QStringLiteral("canbo2")));
    attack(*officerA, "a reminder forged for unit B's school", insert.arg(schoolB, me));
    attack(*officerA, "a reminder for its own school in officer B's name", insert.arg(schoolA, canbo2));
    attack(*officerA, "unit B's reminder changed",
           QStringLiteral("UPDATE school_reminders SET reference = 'x' WHERE id = %1").arg(reminderB));
    attack(*officerA, "unit B's reminder deleted",
           QStringLiteral("DELETE FROM school_reminders WHERE id = %1").arg(reminderB));
    attack(*officerA, "its own reminder moved to unit B's school",
           QStringLiteral("UPDATE school_reminders SET school_id = %1 WHERE id = %2").arg(schoolB, reminderA));
    attack(*officerA, "its own reminder back-dated",
           QStringLiteral("UPDATE school_reminders SET sent_at = now() - interval '30 days' WHERE id = %1")
               .arg(reminderA));
    attack(*officerA, "its own reminder deleted",
           QStringLiteral("DELETE FROM school_reminders WHERE id = %1").arg(reminderA));
    attack(*viewerA, "a viewer's reminder for its own unit", insert.arg(schoolA, me));
    EXPECT_EQ(text(logOf(schoolsB())), text(beforeB)) << "an attack changed unit B's reminders";
    EXPECT_EQ(text(sure(QStringLiteral("SELECT count(*) FROM school_reminders"))), text(QStringLiteral("2")));

    // A school's user reads its own school's reminders and writes none.
    SCHOOL_USER(school, "remind_school", schoolA);
    EXPECT_EQ(text(countAs(*school, QStringLiteral("true"))), text(QStringLiteral("1")));
    attack(*school, "a school's reminder for itself", insert.arg(schoolA, me));

    // The contact: administrators of the school's units write it, nobody else.
    const QString contact =
        QStringLiteral("UPDATE schools SET contact_person = 'x', contact_phone = '1' WHERE id = %1");
    attack(*officerA, "an officer writing a school's contact", contact.arg(schoolA));
    attack(*viewerA, "a viewer writing a school's contact", contact.arg(schoolA));
    attack(*adminA, "an administrator writing another unit's school's contact", contact.arg(schoolB));
    const SqlOutcome own = execAs(adminA->database(), contact.arg(schoolA));
    EXPECT_TRUE(own.ok && own.rows == 1) << describe(own);
    EXPECT_EQ(text(sure(QStringLiteral("SELECT coalesce(contact_person, '') FROM schools WHERE id = %1").arg(schoolB))),
              text(QString()));
}
