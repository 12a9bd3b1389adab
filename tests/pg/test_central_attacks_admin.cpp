// Attacks on the organisation itself (issue #17 part 2): an administrator's login role may add,
// rename, move and close units and schools, but only within its own unit and the units below it,
// whatever it types in psql. Same fixture and rules as test_central_attacks.cpp (CentralAttack.h),
// whose file instantiates the suite. Unit A (XA01) and unit B (XA02) stand under the Sở SGD; the
// DBA adds a second Sở (SGB) with a commune (XB01) and a school there.
// PostgreSQL only (needs HOCBASO_TEST_PG; skipped without it, failed without it when CI=true).

#include "CentralAttack.h"

#include "services/SchoolImport.h"
#include "services/UnitAdmin.h"

#include <QFile>
#include <QTemporaryDir>

// The tests are written in the vocabulary of the fixture (CentralAttack.h).
using namespace hocbaso::test::attack;

// 9. The organisation: the tree is changed only within one's own units, closing is the server's
// moment and only when nothing is left open or pending, and a closed row stays closed.
TEST_P(CentralAttack, AdministratorsChangeTheOrganisationOnlyWithinTheirUnits)
{
    ASSERT_TRUE(c->dba().execDirect(QStringLiteral("INSERT INTO units (code, name, level) VALUES ('SGB', "
                                                   "'Sở GD&ĐT Bắc Ninh', 'so')")));
    const QString sgb = sure(QStringLiteral("SELECT id FROM units WHERE code = 'SGB'"));
    const QString sgd = sure(QStringLiteral("SELECT parent_id FROM units WHERE id = %1").arg(unitA()));
    ASSERT_FALSE(sgd.isEmpty());
    ASSERT_TRUE(c->dba().execDirect(
        QStringLiteral(
            "INSERT INTO units (code, name, level, parent_id) VALUES ('XB01', 'UBND xã Đông Tiến', 'xa', %1)")
            .arg(sgb)));
    const QString xb01 = sure(QStringLiteral("SELECT id FROM units WHERE code = 'XB01'"));
    ASSERT_TRUE(c->dba().execDirect(
        QStringLiteral("INSERT INTO schools (code, name, name_folded, name_sort, unit_id, ownership) VALUES "
                       "('THB01', 'Trường Tiểu học Đông Tiến', 'truong tieu hoc dong tien', 'x', %1, 'public')")
            .arg(xb01)));
    const QString schoolA = schoolsA().section(QLatin1Char(','), 0, 0);
    const QString schoolB = schoolsB().section(QLatin1Char(','), 0, 0);
    const auto organisation = [this] {
        return sure(QStringLiteral("SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (SELECT 'u' || id || code || name "
                                   "|| level || coalesce(parent_id::text, '') || coalesce(closed_at::text, '') AS x "
                                   "FROM units UNION ALL SELECT 's' || id || code || name || unit_id || ownership || "
                                   "coalesce(closed_at::text, '') FROM schools UNION ALL SELECT 'p' || id || "
                                   "coalesce(unit_id::text, '') FROM users) t"));
    };
    const QString before = organisation();

    SIGN_IN(adminA, "admin1");
    SIGN_IN(adminSo, "admin");
    SIGN_IN(officerSo, "canboso");
    const auto attack = [](Person& who, const char* what, const QString& sql) {
        const SqlOutcome r = execAs(who.database(), sql);
        EXPECT_TRUE(refused(r)) << what << ": " << describe(r) << "\n" << sql.toStdString();
    };
    // A commune's administrator: nothing beside or above its commune.
    attack(*adminA, "a unit under another Sở",
           QStringLiteral("INSERT INTO units (code, name, level, parent_id) VALUES ('EVIL1', 'x', 'xa', %1)").arg(sgb));
    attack(*adminA, "a unit beside its own",
           QStringLiteral("INSERT INTO units (code, name, level, parent_id) VALUES ('EVIL2', 'x', 'xa', %1)").arg(sgd));
    attack(*adminA, "a Sở of its own",
           QStringLiteral("INSERT INTO units (code, name, level) VALUES ('EVIL3', 'x', 'so')"));
    attack(*adminA, "its school moved to unit B",
           QStringLiteral("UPDATE schools SET unit_id = %1 WHERE id = %2").arg(unitB()).arg(schoolA));
    attack(*adminA, "a school of unit B renamed",
           QStringLiteral("UPDATE schools SET name = 'hacked' WHERE id = %1").arg(schoolB));
    attack(*adminA, "its own unit moved to another Sở",
           QStringLiteral("UPDATE units SET parent_id = %1 WHERE id = %2").arg(sgb).arg(unitA()));
    attack(*adminA, "its own unit closed (with open schools)",
           QStringLiteral("UPDATE units SET closed_at = '2000-01-01' WHERE id = %1").arg(unitA()));
    attack(*adminA, "the Sở renamed", QStringLiteral("UPDATE units SET name = 'hacked' WHERE id = %1").arg(sgd));
    attack(*adminA, "its unit's level changed",
           QStringLiteral("UPDATE units SET level = 'so' WHERE id = %1").arg(unitA()));
    attack(*adminA, "its unit's code changed",
           QStringLiteral("UPDATE units SET code = 'XA99' WHERE id = %1").arg(unitA()));
    attack(*adminA, "a user given to unit B",
           QStringLiteral("UPDATE users SET unit_id = %1 WHERE unit_id = %2").arg(unitB()).arg(unitA()));
    attack(*adminA, "a school deleted", QStringLiteral("DELETE FROM schools WHERE id = %1").arg(schoolA));
    // The Sở's administrator: its whole province, nothing of another.
    attack(*adminSo, "a unit under another Sở",
           QStringLiteral("INSERT INTO units (code, name, level, parent_id) VALUES ('EVIL4', 'x', 'xa', %1)").arg(sgb));
    attack(*adminSo, "a school moved to another Sở's commune",
           QStringLiteral("UPDATE schools SET unit_id = %1 WHERE id = %2").arg(xb01).arg(schoolA));
    attack(*adminSo, "a unit moved to another Sở",
           QStringLiteral("UPDATE units SET parent_id = %1 WHERE id = %2").arg(sgb).arg(unitA()));
    attack(*adminSo, "another Sở's school renamed",
           QStringLiteral("UPDATE schools SET name = 'x' WHERE code = 'THB01'"));
    attack(*adminSo, "another Sở closed", QStringLiteral("UPDATE units SET closed_at = now() WHERE id = %1").arg(sgb));
    attack(*adminSo, "a school added to another Sở's commune",
           QStringLiteral("INSERT INTO schools (code, name, name_folded, name_sort, unit_id, ownership) VALUES "
                          "('EVIL5', 'x', 'x', 'x', %1, 'public')")
               .arg(xb01));
    attack(*adminSo, "a commune with open schools closed",
           QStringLiteral("UPDATE units SET closed_at = now() WHERE id = %1").arg(unitB()));
    attack(*adminSo, "a school added closed (a forged closing date)",
           QStringLiteral("INSERT INTO schools (code, name, name_folded, name_sort, unit_id, ownership, closed_at) "
                          "VALUES ('EVIL6', 'x', 'x', 'x', %1, 'public', '2000-01-01')")
               .arg(unitA()));
    attack(*adminSo, "a unit added closed (a forged closing date)",
           QStringLiteral("INSERT INTO units (code, name, level, parent_id, closed_at) VALUES ('EVIL7', 'x', 'xa', %1, "
                          "'2000-01-01')")
               .arg(sgd));
    attack(*adminSo, "a school user moved away from its school's unit",
           QStringLiteral("UPDATE users SET unit_id = %1 WHERE school_id IN (%2)").arg(unitB()).arg(schoolsA()));
    attack(*adminSo, "a commune under a commune",
           QStringLiteral("INSERT INTO units (code, name, level, parent_id) VALUES ('EVIL8', 'x', 'xa', %1)")
               .arg(unitA()));
    // An officer administers nothing.
    attack(*officerSo, "an officer's new unit",
           QStringLiteral("INSERT INTO units (code, name, level, parent_id) VALUES ('EVIL9', 'x', 'xa', %1)").arg(sgd));
    attack(*officerSo, "an officer's school move",
           QStringLiteral("UPDATE schools SET unit_id = %1 WHERE id = %2").arg(unitB()).arg(schoolA));
    EXPECT_EQ(text(organisation()), text(before)) << "an attack changed the organisation";

    // A school with work pending does not close; a closing date is the server's, and stays.
    const QString busy = sure(QStringLiteral("SELECT school_id FROM certificates WHERE status = 'pending' AND "
                                             "school_id IN (%1) LIMIT 1")
                                  .arg(schoolsA()));
    ASSERT_FALSE(busy.isEmpty());
    attack(*adminSo, "a school with pending certificates closed",
           QStringLiteral("UPDATE schools SET closed_at = now() WHERE id = %1").arg(busy));
    ASSERT_TRUE(adminSo->database().execDirect(
        QStringLiteral("INSERT INTO schools (code, name, name_folded, name_sort, unit_id, ownership) VALUES "
                       "('THNEW', 'Trường mới', 'truong moi', 'x', %1, 'public')")
            .arg(unitA())));
    const auto closed =
        execAs(adminSo->database(), QStringLiteral("UPDATE schools SET closed_at = '2000-01-01' WHERE code = 'THNEW'"));
    ASSERT_TRUE(closed.ok && closed.rows == 1) << describe(closed);
    EXPECT_EQ(
        text(sure(QStringLiteral("SELECT extract(year FROM closed_at) > 2020 FROM schools WHERE code = 'THNEW'"))),
        text(QStringLiteral("true")));
    attack(*adminSo, "a closed school reopened",
           QStringLiteral("UPDATE schools SET closed_at = NULL WHERE code = 'THNEW'"));
    attack(*adminSo, "a closed school renamed", QStringLiteral("UPDATE schools SET name = 'x' WHERE code = 'THNEW'"));
    attack(*adminSo, "a closed school moved",
           QStringLiteral("UPDATE schools SET unit_id = %1 WHERE code = 'THNEW'").arg(unitB()));
}

// 10. What an administrator may do, they can do through the program in central mode: the whole
// round within the Sở, with every event in the audit log.
// A school list imported by the Sở's administrator through its own login role (row-level security
// and the triggers on): new schools in both communes, one of unit A's schools renamed and moved to
// unit B with its users. A cancel rolls everything back; the write then goes through whole, one
// audit event per change, and the same file again changes nothing.
TEST_P(CentralAttack, AnAdministratorImportsASchoolListThroughTheProgram)
{
    SIGN_IN(adminSo, "admin");
    const QString codeA = sure(QStringLiteral("SELECT code FROM units WHERE id = %1").arg(unitA()));
    const QString codeB = sure(QStringLiteral("SELECT code FROM units WHERE id = %1").arg(unitB()));
    const QString schoolA = schoolsA().section(QLatin1Char(','), 0, 0);
    const QString schoolCode = sure(QStringLiteral("SELECT code FROM schools WHERE id = %1").arg(schoolA));
    const QString schoolName = sure(QStringLiteral("SELECT name FROM schools WHERE id = %1").arg(schoolA));
    const QString ownership = sure(QStringLiteral("SELECT ownership FROM schools WHERE id = %1").arg(schoolA));
    QString list = QStringLiteral("code,name,unit,ownership,tax_code,address\n") +
                   QStringLiteral("%1,%2 mới,%3,%4,,\n").arg(schoolCode, schoolName, codeB, ownership);
    for (int i = 1; i <= 80; ++i)
        list += QStringLiteral("NK%1,Trường Tiểu học Nhập %1,%2,public,,Thôn %1\n")
                    .arg(i, 3, 10, QLatin1Char('0'))
                    .arg(i % 2 ? codeA : codeB);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(list.toUtf8());
    }
    const auto organisation = [this] {
        return sure(QStringLiteral("SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (SELECT 's' || id || code || name "
                                   "|| unit_id || ownership AS x FROM schools UNION ALL SELECT 'p' || id || "
                                   "coalesce(unit_id::text, '') FROM users UNION ALL SELECT 'a' || count(*) FROM "
                                   "audit_events) t"));
    };
    services::SchoolImport import(adminSo->context());
    auto plan = import.plan(path);
    ASSERT_TRUE(plan.ok()) << plan.errorString().toStdString();
    ASSERT_TRUE(plan->canApply()) << plan->errors.first().message.toStdString();
    ASSERT_EQ(plan->added, 80);
    ASSERT_EQ(plan->updated, 1);

    const QString before = organisation();
    auto cancelled = import.apply(*plan, [](int done, int) { return done < 64; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(organisation(), before);

    int lastDone = -1;
    auto applied = import.apply(*plan, [&](int done, int) {
        lastDone = done;
        return true;
    });
    ASSERT_TRUE(applied.ok()) << applied.errorString().toStdString();
    EXPECT_EQ(lastDone, 81);
    EXPECT_EQ(text(sure(QStringLiteral("SELECT count(*) FROM schools WHERE code LIKE 'NK%'"))),
              text(QStringLiteral("80")));
    EXPECT_EQ(text(sure(QStringLiteral("SELECT unit_id || name FROM schools WHERE id = %1").arg(schoolA))),
              text(QString::number(unitB()) + schoolName + QStringLiteral(" mới")));
    EXPECT_EQ(text(sure(QStringLiteral("SELECT count(*) FROM users WHERE school_id = %1 AND unit_id <> %2")
                            .arg(schoolA)
                            .arg(unitB()))),
              text(QStringLiteral("0")));
    EXPECT_EQ(text(sure(QStringLiteral("SELECT count(*) FROM audit_events WHERE action IN ('school.add', "
                                       "'school.update', 'school.move')"))),
              text(QStringLiteral("82")));
    expectAuditLogWhole("after the import");

    const QString imported = organisation();
    auto again = import.plan(path);
    ASSERT_TRUE(again.ok()) << again.errorString().toStdString();
    EXPECT_EQ(again->unchanged, 81);
    ASSERT_TRUE(import.apply(*again).ok());
    EXPECT_EQ(organisation(), imported);
}

TEST_P(CentralAttack, AnAdministratorAdministersTheirUnitsThroughTheProgram)
{
    SIGN_IN(adminSo, "admin");
    SIGN_IN(adminA, "admin1");
    services::UnitAdmin so(adminSo->context());
    const QString sgd = sure(QStringLiteral("SELECT code FROM units WHERE id = (SELECT parent_id FROM units WHERE id = "
                                            "%1)")
                                 .arg(unitA()));
    const QString codeA = sure(QStringLiteral("SELECT code FROM units WHERE id = %1").arg(unitA()));
    const QString codeB = sure(QStringLiteral("SELECT code FROM units WHERE id = %1").arg(unitB()));
    auto added = so.addUnit(QStringLiteral("XA09"), QStringLiteral("UBND xã Tân Lập"), UnitLevel::Xa, sgd);
    ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    auto school = so.addSchool(QStringLiteral("TH09001"), QStringLiteral("Trường Tiểu học Tân Lập"),
                               QStringLiteral("XA09"), Ownership::Public);
    ASSERT_TRUE(school.ok()) << school.errorString().toStdString();
    auto updated =
        so.updateSchool(QStringLiteral("TH09001"), {QStringLiteral("Trường Tiểu học Tân Lập A"), {}, {}, {}});
    ASSERT_TRUE(updated.ok()) << updated.errorString().toStdString();
    // A school of unit A, with its users, moves to unit B.
    const QString schoolA = schoolsA().section(QLatin1Char(','), 0, 0);
    const QString schoolCode = sure(QStringLiteral("SELECT code FROM schools WHERE id = %1").arg(schoolA));
    auto moved = so.moveSchool(schoolCode, codeB);
    ASSERT_TRUE(moved.ok()) << moved.errorString().toStdString();
    EXPECT_EQ(text(sure(QStringLiteral("SELECT count(*) FROM users WHERE school_id = %1 AND unit_id <> %2")
                            .arg(schoolA)
                            .arg(unitB()))),
              text(QStringLiteral("0")));
    auto closedSchool = so.closeSchool(QStringLiteral("TH09001"));
    ASSERT_TRUE(closedSchool.ok()) << closedSchool.errorString().toStdString();
    auto closedUnit = so.closeUnit(QStringLiteral("XA09"));
    ASSERT_TRUE(closedUnit.ok()) << closedUnit.errorString().toStdString();
    // A commune's administrator renames their own commune.
    auto renamed = services::UnitAdmin(adminA->context()).renameUnit(codeA, QStringLiteral("UBND xã Đại Thịnh"));
    ASSERT_TRUE(renamed.ok()) << renamed.errorString().toStdString();
    EXPECT_EQ(text(sure(QStringLiteral("SELECT name FROM units WHERE id = %1").arg(unitA()))),
              text(QStringLiteral("UBND xã Đại Thịnh")));
    EXPECT_EQ(text(sure(QStringLiteral("SELECT count(*) FROM audit_events WHERE action IN ('unit.add', "
                                       "'school.add', 'school.update', 'school.move', 'school.close', 'unit.close', "
                                       "'unit.rename')"))),
              text(QStringLiteral("7")));
    expectAuditLogWhole("after the administration");
}
