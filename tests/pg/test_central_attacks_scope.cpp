// Attacks on the table behind every school policy (schema 28): school_scopes says which schools each
// scope (a unit, a school, everything) opens, so whoever could read another scope's rows there would
// learn its schools, and whoever could write a row would see that school's records. People read it
// only through the view school_scope, which gives their own scope's schools. Each attack is made by a
// person with their own login role, as in psql; the superuser then checks what is there.

#include "CentralAttack.h"

using namespace hocbaso::test::attack;

namespace {

// The school ids a unit's people see, as the closure of the tree and the schools give them.
QString schoolsBelow(CentralStore& c, qint64 unit)
{
    return c.one(QStringLiteral("SELECT string_agg(s.id::text, ',' ORDER BY s.id) FROM schools s JOIN unit_closure u "
                                "ON u.unit_id = s.unit_id WHERE u.ancestor_id = %1")
                     .arg(unit));
}

} // namespace

// Reading it: a person reads their own scope through the view (the schools they see anyway), the
// table not at all; a school's user reads their school alone, though their user row names its unit.
TEST_P(CentralAttack, TheSchoolScopeShowsOnlyOnesOwnSchools)
{
    SIGN_IN(officer, "canbo1");
    const QString mine = QStringLiteral("SELECT string_agg(school_id::text, ',' ORDER BY school_id) FROM school_scope");
    EXPECT_EQ(text(oneOn(officer->database(), mine)), text(schoolsBelow(*c, unitA())));
    for (const QString& sql : {QStringLiteral("SELECT count(*) FROM school_scopes"),
                               QStringLiteral("SELECT count(*) FROM school_scopes WHERE scope = %1").arg(unitB())}) {
        const Rows r = rowsOn(officer->database(), sql);
        EXPECT_FALSE(r.ok) << sql.toStdString() << " answered "
                           << (r.rows.isEmpty() ? "" : r.rows.first().value(0).toStdString());
    }

    const QString school = schoolsA().split(QLatin1Char(',')).first();
    SCHOOL_USER(teacher, "hieutruong_scope", school);
    EXPECT_EQ(text(oneOn(teacher->database(), mine)), text(school));
    EXPECT_EQ(text(oneOn(teacher->database(),
                         QStringLiteral("SELECT count(*) FROM records WHERE school_id IN (%1) AND school_id <> %2")
                             .arg(schoolsA(), school))),
              text(QStringLiteral("0")));
    EXPECT_NE(text(oneOn(teacher->database(),
                         QStringLiteral("SELECT count(*) FROM records WHERE school_id = %1").arg(school))),
              text(QStringLiteral("0")));
}

// Writing it: no row added, changed or deleted, through the table or its view (a view of one table
// is updatable, with its owner's rights), no truncation, no lock that holds up its writers, and its
// keeper functions are not anyone's to call, with their own ids or another unit's.
TEST_P(CentralAttack, NobodyWritesTheSchoolScope)
{
    SIGN_IN(officer, "canbo1");
    const QString digest = QStringLiteral(
        "SELECT md5(string_agg(scope || ':' || school_id, ',' ORDER BY scope, school_id)) FROM school_scopes");
    const QString before = sure(digest);
    const QString theirs = schoolsB().split(QLatin1Char(',')).first();
    const QString count = QStringLiteral("SELECT count(*) FROM records WHERE school_id IN (%1)").arg(schoolsB());
    const QString seenByB = c->one(count);
    ASSERT_NE(seenByB, QStringLiteral("0"));

    const QStringList attacks = {
        QStringLiteral("INSERT INTO school_scopes (scope, school_id) VALUES (%1, %2)").arg(unitA()).arg(theirs),
        QStringLiteral("INSERT INTO school_scope (school_id) VALUES (%1)").arg(theirs),
        QStringLiteral("UPDATE school_scope SET school_id = %1").arg(theirs),
        QStringLiteral("DELETE FROM school_scope"),
        QStringLiteral("UPDATE school_scopes SET scope = %1").arg(unitA()),
        QStringLiteral("DELETE FROM school_scopes"),
        QStringLiteral("TRUNCATE school_scopes"),
        QStringLiteral("LOCK TABLE school_scopes IN ACCESS SHARE MODE"),
        QStringLiteral("LOCK TABLE school_scope IN EXCLUSIVE MODE"),
        QStringLiteral("SELECT * FROM school_scope FOR UPDATE"),
        QStringLiteral("SELECT hocbaso_school_scopes_refresh(ARRAY[%1]::bigint[])").arg(theirs),
        QStringLiteral("SELECT hocbaso_school_scopes_refresh(NULL)"),
        QStringLiteral("SELECT hocbaso_unit_closure_rebuild()"),
        QStringLiteral("ALTER TABLE school_scopes DISABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER VIEW school_scope SET (security_barrier = false)"),
        QStringLiteral("CREATE OR REPLACE VIEW school_scope AS SELECT id AS school_id FROM schools"),
        QStringLiteral("CREATE POLICY mine ON school_scopes FOR SELECT USING (true)"),
    };
    for (const QString& sql : attacks) {
        const auto r = execAs(officer->database(), QStringLiteral("BEGIN; %1; COMMIT").arg(sql));
        execAs(officer->database(), QStringLiteral("ROLLBACK"));
        EXPECT_TRUE(refused(r)) << sql.toStdString() << ": " << describe(r);
    }
    EXPECT_EQ(text(sure(digest)), text(before));
    EXPECT_EQ(text(oneOn(officer->database(), count)), text(QStringLiteral("0")));
    SIGN_IN(other, "canbo2");
    EXPECT_EQ(text(oneOn(other->database(), count)), text(seenByB));
}

// The scope's inputs forged: a session that takes another person's unit through what it may set
// (a role it is not, its session's user, a function or table of its own shadowing the store's,
// a search_path) still sees its own schools and no others.
TEST_P(CentralAttack, TheSchoolScopeIsTheSessionsOwn)
{
    SIGN_IN(officer, "canbo1");
    const QString count = QStringLiteral("SELECT count(*) FROM records WHERE school_id IN (%1)").arg(schoolsB());
    for (const QString& sql :
         {QStringLiteral("SET ROLE %1").arg(c->user(QStringLiteral("canbo2"))),
          QStringLiteral("SET SESSION AUTHORIZATION %1").arg(c->user(QStringLiteral("canbo2"))),
          QStringLiteral("CREATE FUNCTION pg_temp.hocbaso_my_scope() RETURNS bigint LANGUAGE sql AS 'SELECT %1'")
              .arg(unitB()),
          QStringLiteral("CREATE FUNCTION hocbaso_my_scope() RETURNS bigint LANGUAGE sql AS 'SELECT 0'"),
          QStringLiteral("CREATE TEMP VIEW school_scope AS SELECT id AS school_id FROM schools")}) {
        const auto r = execAs(officer->database(), sql);
        EXPECT_TRUE(refused(r)) << sql.toStdString() << ": " << describe(r);
    }
    execAs(officer->database(), QStringLiteral("SET search_path = pg_temp, public"));
    EXPECT_EQ(text(oneOn(officer->database(), QStringLiteral("SELECT hocbaso_my_scope()"))),
              text(QString::number(unitA())));
    EXPECT_EQ(text(oneOn(officer->database(), count)), text(QStringLiteral("0")));
    EXPECT_EQ(text(oneOn(officer->database(),
                         QStringLiteral("SELECT count(*) FROM school_scope WHERE school_id IN (%1)").arg(schoolsB()))),
              text(QStringLiteral("0")));
}

// The name search of a person who sees every school of the store filters by none (schema 29); once
// a school exists that they do not see, the filter is back and leaves it out. A commune's officer
// always has their own schools, whatever they try.
TEST_P(CentralAttack, TheSearchDropsItsSchoolFilterOnlyForWhoSeesEverySchool)
{
    SIGN_IN(so, "canboso");
    SIGN_IN(officer, "canbo1");
    const QString list = QStringLiteral(
        "SELECT coalesce((SELECT string_agg(x::text, ',' ORDER BY x) FROM unnest(hocbaso_search_schools()) AS x), "
        "'all')");
    EXPECT_EQ(text(oneOn(so->database(), list)), text(QStringLiteral("all")));
    EXPECT_EQ(text(oneOn(officer->database(), list)), text(schoolsBelow(*c, unitA())));

    // Another Sở, with a school of its own: the first Sở's officer no longer sees every school.
    ASSERT_TRUE(execAs(c->owner(), QStringLiteral("INSERT INTO units (code, name, level) VALUES ('SGD-KHAC', 'Sở "
                                                  "Giáo dục và Đào tạo khác', 'so')"))
                    .ok);
    ASSERT_TRUE(execAs(c->owner(), QStringLiteral("INSERT INTO schools (code, name, name_folded, name_sort, unit_id, "
                                                  "ownership) SELECT 'T-KHAC', 'Trường khác', 'truong khac', 'truong "
                                                  "khac', id, 'public' FROM units WHERE code = 'SGD-KHAC'"))
                    .ok);
    const QString theirs = c->one(QStringLiteral("SELECT id FROM schools WHERE code = 'T-KHAC'"));
    const QString sos = c->one(QStringLiteral("SELECT id FROM units WHERE code = 'SGD'"));
    EXPECT_EQ(text(oneOn(so->database(), list)), text(schoolsBelow(*c, sos.toLongLong())));
    EXPECT_FALSE(oneOn(so->database(), list).split(QLatin1Char(',')).contains(theirs));
    EXPECT_EQ(text(oneOn(officer->database(), list)), text(schoolsBelow(*c, unitA())));
}

// hocbaso_unit_within (schema 30) runs as the owner for the rules; anyone may call it, with any units.
// It tells no more than the tree of units every signed-in person reads: for every pair of units, its
// answer is the walk of `units` as the caller sees it.
TEST_P(CentralAttack, UnitWithinTellsOnlyTheTreeEveryoneReads)
{
    SIGN_IN(officer, "canbo1");
    const QString walk = QStringLiteral(
        "WITH RECURSIVE b(a, u) AS (SELECT id, id FROM units UNION ALL SELECT b.a, x.id FROM units x JOIN b ON "
        "x.parent_id = b.u) SELECT string_agg(p.a || '>' || p.u || ':' || (b.a IS NOT NULL)::text, ',' ORDER BY p.a, "
        "p.u) FROM (SELECT a.id AS a, u.id AS u FROM units a, units u) p LEFT JOIN b ON b.a = p.a AND b.u = p.u");
    const QString asked =
        QStringLiteral("SELECT string_agg(a.id || '>' || u.id || ':' || hocbaso_unit_within(u.id, a.id)::text, ',' "
                       "ORDER BY a.id, u.id) FROM units a, units u");
    const QString tree = oneOn(officer->database(), walk);
    ASSERT_FALSE(tree.isEmpty());
    EXPECT_EQ(text(oneOn(officer->database(), asked)), text(tree));
    // Unknown or missing units are under nothing.
    EXPECT_EQ(text(oneOn(officer->database(), QStringLiteral("SELECT hocbaso_unit_within(NULL, %1)::text || ',' || "
                                                             "hocbaso_unit_within(%1, NULL)::text || ',' || "
                                                             "hocbaso_unit_within(-5, %1)::text")
                                                  .arg(unitA()))),
              text(QStringLiteral("false,false,false")));
}

// hocbaso_rule_facts (schema 34) reads a record's facts as the owner for the rules' triggers; anyone
// may call it, with any record. It answers for exactly the records the caller's policies show, with
// what those show, and nothing for the others: an officer of another commune, a school's user of
// another school, a record that does not exist.
TEST_P(CentralAttack, RuleFactsTellOnlyWhatThePoliciesShow)
{
    SIGN_IN(officer, "canbo1");
    const QString school = schoolsA().split(QLatin1Char(',')).first();
    SCHOOL_USER(teacher, "hieutruong_facts", school);
    const QString seen = QStringLiteral(
        "SELECT coalesce(string_agg(r.id || ':' || r.school_id || ':' || r.school_year || ':' || r.grade || ':' || "
        "r.status || ':' || r.version, ',' ORDER BY r.id), '') FROM records r");
    const QString told = QStringLiteral(
        "SELECT coalesce(string_agg(g || ':' || f.school_id || ':' || f.school_year || ':' || f.grade || ':' || "
        "f.status || ':' || f.version, ',' ORDER BY g), '') FROM generate_series((SELECT min(id) - 2 FROM records), "
        "(SELECT max(id) + 2 FROM records)) g, LATERAL hocbaso_rule_facts(g, 1) f");
    const QString all = c->one(seen);
    for (auto* person : {&*officer, &*teacher}) {
        const QString mine = oneOn(person->database(), seen);
        ASSERT_FALSE(mine.isEmpty());
        EXPECT_NE(mine, all); // another unit's or school's records exist, and are not shown
        EXPECT_EQ(text(oneOn(person->database(), told)), text(mine));
    }
    // The school's unit and a revocation's approval, for one's own record only.
    const QString theirs = c->one(
        QStringLiteral("SELECT min(id) FROM records WHERE school_id IN (%1) AND status = 'sent'").arg(schoolsB()));
    ASSERT_FALSE(theirs.isEmpty());
    EXPECT_EQ(
        text(oneOn(officer->database(), QStringLiteral("SELECT count(*) FROM hocbaso_rule_facts(%1, 1)").arg(theirs))),
        text(QStringLiteral("0")));
    const QString own = c->one(QStringLiteral("SELECT min(id) FROM records WHERE school_id IN (%1)").arg(schoolsA()));
    EXPECT_EQ(
        text(oneOn(officer->database(), QStringLiteral("SELECT school_unit FROM hocbaso_rule_facts(%1, 1)").arg(own))),
        text(c->one(QStringLiteral("SELECT s.unit_id FROM records r JOIN schools s ON s.id = r.school_id WHERE "
                                   "r.id = %1")
                        .arg(own))));
}
