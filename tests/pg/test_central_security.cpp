// The central store enforces who sees and changes what, whatever the client: connected as the
// people's own login roles (no program in between), every row of another unit is invisible and
// unchangeable, school users are held to their school, viewers change nothing, decisions follow the
// rules of the services, and the audit log is append-only for everyone. PostgreSQL only (needs
// HOCBASO_TEST_PG; skipped without it, failed without it when CI=true).

#include "support/CentralStore.h"

#include "crypto/PasswordHash.h"
#include "services/AuditLog.h"
#include "services/CertificateReview.h"
#include "services/SignIn.h"
#include "services/UserAdmin.h"
#include "store/Migrator.h"

#include <QThread>

#include <gtest/gtest.h>

#include <future>

using namespace hocbaso;
using hocbaso::test::CentralStore;
using hocbaso::test::execAs;
using hocbaso::test::oneOn;
using hocbaso::test::Person;

namespace {

#define SIGN_IN(var, c, login)                                                                                         \
    QString var##Why;                                                                                                  \
    auto var = (c)->signIn((login), &var##Why);                                                                        \
    ASSERT_TRUE(var) << var##Why.toStdString();

// Every table of unit data, and the rows of it that belong to the schools `schools` (a list of ids).
// The units themselves are left out: since the tree (schema 15) every signed-in person reads the
// units' codes and names, as the printed organisation chart does.
QList<QPair<QString, QString>> unitRows(const QString& schools, qint64 unit)
{
    const QString bySchool = QStringLiteral(" WHERE school_id IN (%1)").arg(schools);
    const QString byRecord = QStringLiteral(" WHERE record_id IN (SELECT id FROM records WHERE school_id IN (%1))");
    return {
        {QStringLiteral("schools"), QStringLiteral("SELECT count(*) FROM schools WHERE id IN (%1)").arg(schools)},
        {QStringLiteral("classes"), QStringLiteral("SELECT count(*) FROM classes") + bySchool},
        {QStringLiteral("pupils"), QStringLiteral("SELECT count(*) FROM pupils") + bySchool},
        {QStringLiteral("records"), QStringLiteral("SELECT count(*) FROM records") + bySchool},
        {QStringLiteral("record_versions"),
         QStringLiteral("SELECT count(*) FROM record_versions") + byRecord.arg(schools)},
        {QStringLiteral("signatures"), QStringLiteral("SELECT count(*) FROM signatures") + byRecord.arg(schools)},
        {QStringLiteral("certificates"), QStringLiteral("SELECT count(*) FROM certificates") + bySchool},
        {QStringLiteral("revocation_requests"),
         QStringLiteral("SELECT count(*) FROM revocation_requests") + byRecord.arg(schools)},
        {QStringLiteral("record_counts"), QStringLiteral("SELECT count(*) FROM record_counts") + bySchool},
        {QStringLiteral("record_search"), QStringLiteral("SELECT count(*) FROM record_search") + bySchool},
        {QStringLiteral("record_search_counts"),
         QStringLiteral("SELECT count(*) FROM record_search_counts") + bySchool},
        {QStringLiteral("lock_settings"),
         QStringLiteral("SELECT count(*) FROM lock_settings WHERE unit_id = %1").arg(unit)},
        {QStringLiteral("audit_events"),
         QStringLiteral("SELECT count(*) FROM audit_events WHERE chain = %1").arg(unit)},
        {QStringLiteral("audit_heads"), QStringLiteral("SELECT count(*) FROM audit_heads WHERE chain = %1").arg(unit)},
        {QStringLiteral("users"), QStringLiteral("SELECT count(*) FROM users WHERE unit_id = %1").arg(unit)},
    };
}

// What the superuser sees of a unit's rows, as one text: unchanged means nobody changed them.
QString fingerprint(CentralStore& c, int unitNumber)
{
    const QString schools = c.schoolIdsOfUnit(unitNumber);
    return c.one(
        QStringLiteral("SELECT md5(string_agg(x, '|' ORDER BY x)) FROM ("
                       "SELECT 'c' || id || status || coalesce(decided_by, '') || row_version AS x FROM certificates "
                       "WHERE school_id IN (%1) UNION ALL "
                       "SELECT 'r' || id || status || version || row_version FROM records WHERE school_id IN (%1) "
                       "UNION ALL SELECT 'q' || id || status || row_version FROM revocation_requests WHERE record_id "
                       "IN (SELECT id FROM records WHERE school_id IN (%1)) UNION ALL "
                       "SELECT 'l' || id || coalesce(receive_lock::text, '') || row_version FROM lock_settings "
                       "WHERE unit_id = %2 UNION ALL SELECT 'a' || count(*) FROM audit_events WHERE chain = %2) t")
            .arg(schools)
            .arg(c.unitId(unitNumber)));
}

} // namespace

TEST(CentralSecurity, GroupRolesAndLoginRolesComeWithInitAndTheDemo)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    const QString db = c->store().databaseName();
    for (const char* kind : {"admin", "officer", "viewer", "school"}) {
        const QString group = db + QLatin1Char('_') + QLatin1String(kind);
        EXPECT_EQ(c->one(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(group)),
                  QStringLiteral("false"))
            << group.toStdString();
    }
    // Every demo user has a login role in exactly the group of their role.
    ASSERT_GE(c->demo().users.size(), 7);
    for (const services::DemoUser& u : c->demo().users) {
        EXPECT_EQ(c->one(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(u.username)),
                  QStringLiteral("true"));
        const QString groups =
            c->one(QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON "
                                  "g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = '%1'")
                       .arg(u.username));
        EXPECT_EQ(groups, db + QLatin1Char('_') + toText(u.role)) << u.username.toStdString();
    }
    // The password went to the server as a SCRAM verifier.
    EXPECT_TRUE(c->one(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'")
                           .arg(c->user(QStringLiteral("canbo1"))))
                    .startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    // Only the groups may connect: a role of the server outside them is refused at the door.
    const QString stranger = QStringLiteral("la") + c->store().roleSuffix();
    ASSERT_TRUE(c->super().execDirect(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Stranger#2026'").arg(stranger)));
    QString why;
    EXPECT_FALSE(c->store().openAs(stranger, QStringLiteral("Stranger#2026"), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("permission denied"))) << why.toStdString();
    EXPECT_TRUE(c->super().execDirect(QStringLiteral("DROP ROLE %1").arg(stranger)).ok());
    // A person's role reads the schema version but may not change the schema.
    SIGN_IN(officer, c, c->user(QStringLiteral("canbo1")));
    store::Migrator m(officer->database());
    EXPECT_EQ(*m.currentVersion(), m.latestVersion());
    EXPECT_FALSE(*m.mayChangeSchema());
    EXPECT_TRUE(*store::Migrator(c->super()).mayChangeSchema());
}

TEST(CentralSecurity, AnOfficerSeesNothingOfAnotherUnit)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    SIGN_IN(officer, c, c->user(QStringLiteral("canbo1")));
    const auto other = unitRows(c->schoolIdsOfUnit(2), c->unitId(2));
    const auto own = unitRows(c->schoolIdsOfUnit(1), c->unitId(1));
    for (qsizetype i = 0; i < other.size(); ++i) {
        const QString& table = other.at(i).first;
        // The demo put rows of both units in every table, or the check would prove nothing.
        ASSERT_GT(c->count(other.at(i).second), 0) << table.toStdString();
        EXPECT_EQ(oneOn(officer->database(), other.at(i).second), QStringLiteral("0")) << table.toStdString();
        if (table == QLatin1String("users"))
            continue; // an officer reads only their own user row
        EXPECT_EQ(oneOn(officer->database(), own.at(i).second), c->one(own.at(i).second)) << table.toStdString();
    }
    EXPECT_EQ(oneOn(officer->database(), QStringLiteral("SELECT count(*) FROM users")), QStringLiteral("1"));
    // The whole tables, not only the rows asked for by school: nothing of unit 2 anywhere.
    EXPECT_EQ(
        oneOn(officer->database(),
              QStringLiteral("SELECT count(*) FROM records WHERE school_id NOT IN (%1)").arg(c->schoolIdsOfUnit(1))),
        QStringLiteral("0"));
    // The name search runs as the owner (schema 12) but within the caller's schools, whatever it is
    // asked for: every word prefix "n", any unit or none.
    const QString search =
        QStringLiteral("hocbaso_name_search(ARRAY['n'], ARRAY[]::text[], NULL, NULL, %1, NULL, NULL, "
                       "NULL, NULL, NULL, 1000000, 0)");
    const QString count =
        QStringLiteral("hocbaso_name_count(ARRAY['n'], ARRAY[]::text[], NULL, NULL, %1, NULL, NULL, NULL)");
    const QString ownNames = QStringLiteral("SELECT count(*) FROM record_search WHERE 'n' = ANY (words) AND school_id "
                                            "IN (%1)")
                                 .arg(c->schoolIdsOfUnit(1));
    ASSERT_GT(c->count(QStringLiteral("SELECT count(*) FROM record_search WHERE 'n' = ANY (words) AND school_id IN "
                                      "(%1)")
                           .arg(c->schoolIdsOfUnit(2))),
              0);
    EXPECT_EQ(oneOn(officer->database(), QStringLiteral("SELECT count(*) FROM ") + search.arg(c->unitId(2))),
              QStringLiteral("0"));
    EXPECT_EQ(oneOn(officer->database(), QStringLiteral("SELECT ") + count.arg(c->unitId(2))), QStringLiteral("0"));
    EXPECT_EQ(oneOn(officer->database(),
                    QStringLiteral("SELECT count(*) FROM %1 t WHERE t.record_id NOT IN (SELECT id FROM records WHERE "
                                   "school_id IN (%2))")
                        .arg(search.arg(QStringLiteral("NULL")), c->schoolIdsOfUnit(1))),
              QStringLiteral("0"));
    EXPECT_EQ(oneOn(officer->database(), QStringLiteral("SELECT ") + count.arg(QStringLiteral("NULL"))),
              c->one(ownNames));
    EXPECT_EQ(oneOn(officer->database(), QStringLiteral("SELECT count(*) FROM ") + search.arg(QStringLiteral("NULL"))),
              c->one(ownNames));
    // Their own unit, which their scope implies (schema 32 leaves that filter out), or the tokens
    // of the overlap rule as words: still their schools' rows and no other.
    EXPECT_EQ(oneOn(officer->database(), QStringLiteral("SELECT count(*) FROM ") + search.arg(c->unitId(1))),
              c->one(ownNames));
    EXPECT_EQ(oneOn(officer->database(), QStringLiteral("SELECT ") + count.arg(c->unitId(1))), c->one(ownNames));
    const QString tokenSearch = QStringLiteral("SELECT count(*) FROM hocbaso_name_search(ARRAY['đ2n'], "
                                               "ARRAY[]::text[], NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                                               "1000000, 0) t WHERE t.record_id NOT IN (SELECT id FROM records WHERE "
                                               "school_id IN (%1))")
                                    .arg(c->schoolIdsOfUnit(1));
    EXPECT_EQ(oneOn(officer->database(), tokenSearch), QStringLiteral("0"));
    ASSERT_GT(c->count(QStringLiteral("SELECT count(*) FROM record_search WHERE words @> ARRAY['đ2n'] "
                                      "AND school_id IN (%1)")
                           .arg(c->schoolIdsOfUnit(2))),
              0);
    // The login mapping is the owner's alone.
    EXPECT_FALSE(execAs(officer->database(), QStringLiteral("SELECT * FROM db_logins")).ok);
    // Asking about somebody else's role gives nothing.
    EXPECT_EQ(
        oneOn(officer->database(),
              QStringLiteral("SELECT count(*) FROM hocbaso_login_info('%1')").arg(c->user(QStringLiteral("canbo2")))),
        QStringLiteral("0"));
}

TEST(CentralSecurity, AnOfficerChangesNothingOfAnotherUnit)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    const QString me = c->user(QStringLiteral("canbo1"));
    SIGN_IN(officer, c, me);
    const QString schools2 = c->schoolIdsOfUnit(2);
    const qint64 unit2 = c->unitId(2);
    const QString pendingCert =
        c->one(QStringLiteral("SELECT id FROM certificates WHERE school_id IN (%1) AND status = 'pending' LIMIT 1")
                   .arg(schools2));
    const QString approvedCert =
        c->one(QStringLiteral("SELECT id FROM certificates WHERE school_id IN (%1) AND status = 'approved' LIMIT 1")
                   .arg(schools2));
    const QString pendingRequest = c->one(QStringLiteral("SELECT q.id FROM revocation_requests q JOIN records r ON "
                                                         "r.id = q.record_id WHERE r.school_id IN (%1) AND "
                                                         "q.status = 'pending' LIMIT 1")
                                              .arg(schools2));
    const QString sentRecord = c->one(
        QStringLiteral("SELECT id FROM records WHERE school_id IN (%1) AND status = 'sent' LIMIT 1").arg(schools2));
    const QString school2 = schools2.section(QLatin1Char(','), 0, 0);
    ASSERT_FALSE(pendingCert.isEmpty());
    ASSERT_FALSE(approvedCert.isEmpty());
    ASSERT_FALSE(pendingRequest.isEmpty());
    ASSERT_FALSE(sentRecord.isEmpty());
    const QString before = fingerprint(*c, 2);

    // Updates find no row to change.
    for (const QString& sql :
         {QStringLiteral("UPDATE certificates SET status = 'approved', decided_by = '%1', decided_at = now() "
                         "WHERE id = %2 AND status = 'pending'")
              .arg(me, pendingCert),
          QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_by = '%1' WHERE id = %2")
              .arg(me, approvedCert),
          QStringLiteral("UPDATE revocation_requests SET status = 'approved', decided_by = '%1' WHERE id = %2")
              .arg(me, pendingRequest),
          QStringLiteral("UPDATE records SET status = 'revoked' WHERE id = %1").arg(sentRecord),
          QStringLiteral("UPDATE records SET updated_at = now() WHERE school_id IN (%1)").arg(schools2),
          QStringLiteral("UPDATE lock_settings SET receive_lock = '2020-01-01', updated_by = '%1' WHERE unit_id = %2")
              .arg(me)
              .arg(unit2)}) {
        const auto r = execAs(officer->database(), sql);
        EXPECT_TRUE(!r.ok || r.rows == 0) << sql.toStdString();
    }
    // Inserts and deletes fail outright.
    for (const QString& sql :
         {QStringLiteral("INSERT INTO certificates (school_id, kind, status, der, sha256, subject, issuer, serial_hex, "
                         "not_before, not_after, submitted_at, submitted_by) VALUES (%1, 'unit', 'pending', '\\x00', "
                         "'ab', 'CN=x', 'CN=y', '1', now(), now(), now(), '%2')")
              .arg(school2, me),
          QStringLiteral(
              "INSERT INTO lock_settings (unit_id, school_year, grade, receive_lock, updated_at, updated_by) "
              "VALUES (%1, 2030, 1, '2031-05-01', now(), '%2')")
              .arg(unit2)
              .arg(me),
          QStringLiteral("INSERT INTO revocation_requests (record_id, record_version, reason, requested_at, "
                         "requested_by, status) VALUES (%1, 1, 'x', now(), '%2', 'pending')")
              .arg(sentRecord, me),
          QStringLiteral("INSERT INTO audit_events (chain, seq, at, actor, action, entity, entity_id, detail, "
                         "prev_hash, hash) VALUES (%1, 1, now(), '%2', 'x', 'y', 'z', '{}', repeat('0', 64), 'h')")
              .arg(unit2)
              .arg(me),
          QStringLiteral("INSERT INTO signatures (record_id, version, role, signer, signed_at, cms) VALUES "
                         "(%1, 1, 'teacher', 'x', now(), '\\x00')")
              .arg(sentRecord),
          QStringLiteral("DELETE FROM records WHERE id = %1").arg(sentRecord),
          QStringLiteral("DELETE FROM certificates WHERE id = %1").arg(pendingCert),
          QStringLiteral("DELETE FROM revocation_requests WHERE id = %1").arg(pendingRequest),
          QStringLiteral("DELETE FROM lock_settings WHERE unit_id = %1").arg(unit2),
          QStringLiteral("DELETE FROM signatures WHERE record_id = %1").arg(sentRecord),
          QStringLiteral("UPDATE schools SET unit_id = %1 WHERE id = %2").arg(c->unitId(1)).arg(school2),
          QStringLiteral("UPDATE users SET disabled = true WHERE unit_id = %1").arg(unit2),
          // The search table is written by the owner's triggers alone.
          QStringLiteral("UPDATE record_search SET name = 'x' WHERE record_id = %1").arg(sentRecord),
          QStringLiteral("DELETE FROM record_search WHERE record_id = %1").arg(sentRecord)}) {
        const auto r = execAs(officer->database(), sql);
        EXPECT_FALSE(r.ok) << sql.toStdString();
    }
    EXPECT_EQ(fingerprint(*c, 2), before);
}

TEST(CentralSecurity, ASchoolUserIsHeldToTheirSchool)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    const QString me = c->user(QStringLiteral("truong1"));
    SIGN_IN(school, c, me);
    const QString mine = c->one(QStringLiteral("SELECT school_id FROM users WHERE username = '%1'").arg(me));
    // Another school of the same unit, and every school of the other unit.
    const QString others =
        c->one(QStringLiteral("SELECT string_agg(id::text, ',') FROM schools WHERE id <> %1").arg(mine));
    ASSERT_FALSE(others.isEmpty());
    EXPECT_EQ(oneOn(school->database(), QStringLiteral("SELECT string_agg(id::text, ',') FROM schools")), mine);
    // The name search (schema 12) counts their school's records only.
    EXPECT_EQ(
        oneOn(school->database(), QStringLiteral("SELECT hocbaso_name_count(ARRAY['n'], ARRAY[]::text[], NULL, "
                                                 "NULL, NULL, NULL, NULL, NULL)")),
        c->one(
            QStringLiteral("SELECT count(*) FROM record_search WHERE 'n' = ANY (words) AND school_id = %1").arg(mine)));
    for (const auto& [table, sql] : unitRows(others, 0)) {
        if (table == QLatin1String("units") || table == QLatin1String("lock_settings") ||
            table == QLatin1String("audit_events") || table == QLatin1String("audit_heads") ||
            table == QLatin1String("users"))
            continue; // not per school
        EXPECT_EQ(oneOn(school->database(), sql), QStringLiteral("0")) << table.toStdString();
    }
    EXPECT_GT(oneOn(school->database(), QStringLiteral("SELECT count(*) FROM records")).toLongLong(), 0);
    // Its own unit's audit chain is not the school's to read, only its own events.
    EXPECT_EQ(
        oneOn(school->database(), QStringLiteral("SELECT count(*) FROM audit_events WHERE actor <> '%1'").arg(me)),
        QStringLiteral("0"));

    const QString otherSchool = others.section(QLatin1Char(','), 0, 0);
    const QString otherRecord = c->one(
        QStringLiteral("SELECT id FROM records WHERE school_id = %1 AND status = 'sent' LIMIT 1").arg(otherSchool));
    const QString otherDraft = c->one(
        QStringLiteral("SELECT id FROM records WHERE school_id IN (%1) AND status = 'draft' LIMIT 1").arg(others));
    ASSERT_FALSE(otherRecord.isEmpty());
    ASSERT_FALSE(otherDraft.isEmpty());
    for (const QString& sql :
         {QStringLiteral("UPDATE records SET status = 'confirmed' WHERE id = %1").arg(otherDraft),
          QStringLiteral("UPDATE records SET status = 'revoked' WHERE id = %1").arg(otherRecord)}) {
        const auto r = execAs(school->database(), sql);
        EXPECT_TRUE(!r.ok || r.rows == 0) << sql.toStdString();
    }
    for (const QString& sql :
         {QStringLiteral("INSERT INTO certificates (school_id, kind, status, der, sha256, subject, issuer, serial_hex, "
                         "not_before, not_after, submitted_at, submitted_by) VALUES (%1, 'unit', 'pending', '\\x00', "
                         "'ab', 'CN=x', 'CN=y', '1', now(), now(), now(), '%2')")
              .arg(otherSchool, me),
          QStringLiteral("INSERT INTO revocation_requests (record_id, record_version, reason, requested_at, "
                         "requested_by, status) SELECT id, version, 'x', now(), '%1', 'pending' FROM records "
                         "WHERE id = %2")
              .arg(me, otherRecord),
          // Deciding is not the school's, not even on its own rows.
          QStringLiteral("UPDATE certificates SET status = 'approved', decided_by = '%1' WHERE school_id = %2 AND "
                         "status = 'pending'")
              .arg(me, mine),
          QStringLiteral("UPDATE revocation_requests SET status = 'approved', decided_by = '%1' WHERE status = "
                         "'pending'")
              .arg(me),
          QStringLiteral(
              "INSERT INTO lock_settings (unit_id, school_year, school_id, grade, receive_lock, updated_at, "
              "updated_by) SELECT unit_id, 2030, id, 1, '2031-05-01', now(), '%1' FROM schools WHERE id = %2")
              .arg(me, mine)}) {
        const auto r = execAs(school->database(), sql);
        EXPECT_FALSE(r.ok && r.rows > 0) << sql.toStdString();
    }
}

TEST(CentralSecurity, AViewerCannotDecideOrChangeAnything)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    const QString me = c->user(QStringLiteral("xem1"));
    SIGN_IN(viewer, c, me);
    const QString schools1 = c->schoolIdsOfUnit(1);
    EXPECT_GT(oneOn(viewer->database(), QStringLiteral("SELECT count(*) FROM certificates")).toLongLong(), 0);
    const QString before = fingerprint(*c, 1);
    for (const QString& sql :
         {QStringLiteral("UPDATE certificates SET status = 'approved', decided_by = '%1' WHERE status = 'pending'")
              .arg(me),
          QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_by = '%1' WHERE status = 'approved'")
              .arg(me),
          QStringLiteral("UPDATE revocation_requests SET status = 'rejected', decided_by = '%1' WHERE status = "
                         "'pending'")
              .arg(me),
          QStringLiteral("UPDATE records SET status = 'revoked' WHERE status = 'sent'"),
          QStringLiteral(
              "INSERT INTO lock_settings (unit_id, school_year, grade, receive_lock, updated_at, updated_by) "
              "VALUES (%1, 2030, 1, '2031-05-01', now(), '%2')")
              .arg(c->unitId(1))
              .arg(me),
          QStringLiteral("UPDATE lock_settings SET receive_lock = NULL"),
          QStringLiteral("INSERT INTO audit_events (chain, seq, at, actor, action, entity, entity_id, detail, "
                         "prev_hash, hash) SELECT chain, seq + 1, now(), '%1', 'x', 'y', 'z', '{}', hash, 'h' FROM "
                         "audit_heads WHERE chain = %2")
              .arg(me)
              .arg(c->unitId(1)),
          QStringLiteral("INSERT INTO certificates (school_id, kind, status, der, sha256, subject, issuer, serial_hex, "
                         "not_before, not_after, submitted_at, submitted_by) VALUES (%1, 'unit', 'pending', '\\x00', "
                         "'ab', 'CN=x', 'CN=y', '1', now(), now(), now(), '%2')")
              .arg(schools1.section(QLatin1Char(','), 0, 0), me)}) {
        const auto r = execAs(viewer->database(), sql);
        EXPECT_FALSE(r.ok) << sql.toStdString();
    }
    EXPECT_EQ(fingerprint(*c, 1), before);
    // Through the program the same answer comes from the service, in words.
    const qint64 pending =
        c->count(QStringLiteral("SELECT id FROM certificates WHERE school_id IN (%1) AND status = 'pending' LIMIT 1")
                     .arg(schools1));
    auto decided = services::CertificateReview(viewer->context()).reject({pending}, QStringLiteral("thử"));
    ASSERT_TRUE(decided.ok());
    EXPECT_TRUE(decided->decided.isEmpty());
}

TEST(CentralSecurity, NobodyChangesOrDeletesAuditEvents)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    const qint64 events = c->count(QStringLiteral("SELECT count(*) FROM audit_events"));
    ASSERT_GT(events, 0);
    const QString digest = c->one(QStringLiteral("SELECT md5(string_agg(hash, '' ORDER BY id)) FROM audit_events"));
    for (const char* who : {"canbo1", "admin", "truong1"}) {
        SIGN_IN(person, c, c->user(QString::fromLatin1(who)));
        for (const QString& sql :
             {QStringLiteral("UPDATE audit_events SET actor = 'someone'"), QStringLiteral("DELETE FROM audit_events"),
              QStringLiteral("TRUNCATE audit_events"), QStringLiteral("UPDATE audit_heads SET seq = 0"),
              QStringLiteral("DELETE FROM audit_heads")})
            EXPECT_FALSE(execAs(person->database(), sql).ok) << who << ": " << sql.toStdString();
    }
    // Not even the owner, through the program's connection.
    for (const QString& sql : {QStringLiteral("UPDATE audit_events SET actor = 'someone' WHERE id = (SELECT min(id) "
                                              "FROM audit_events)"),
                               QStringLiteral("DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)"),
                               QStringLiteral("TRUNCATE audit_events")})
        EXPECT_FALSE(execAs(c->super(), sql).ok) << sql.toStdString();
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM audit_events")), events);
    EXPECT_EQ(c->one(QStringLiteral("SELECT md5(string_agg(hash, '' ORDER BY id)) FROM audit_events")), digest);

    // Appending: in one's own name; the server links the event to the chain's last one (schema 14:
    // it writes seq, prev_hash and hash itself, whatever the row says).
    const QString me = c->user(QStringLiteral("canbo1"));
    SIGN_IN(officer, c, me);
    const QString chain = QString::number(c->unitId(1));
    const QString insert = QStringLiteral("INSERT INTO audit_events (chain, seq, at, actor, action, entity, entity_id, "
                                          "detail, prev_hash, hash) SELECT chain, seq + %1, now(), '%2', 'x', 'y', "
                                          "'z', '{}', %3, 'h' FROM audit_heads WHERE chain = %4");
    EXPECT_FALSE(
        execAs(officer->database(), insert.arg(1).arg(c->user(QStringLiteral("canbo2")), QStringLiteral("hash"),
                                                      chain))
            .ok); // somebody else's name
    for (const auto& [gap, prev] : {std::pair{2, QStringLiteral("hash")}, std::pair{1, QStringLiteral("'forged'")}}) {
        const auto appended = execAs(officer->database(), insert.arg(gap).arg(me, prev, chain));
        EXPECT_TRUE(appended.ok && appended.rows == 1) << appended.error.toStdString();
    }
    // Both landed as the chain's next events, and the chain verifies.
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM audit_events WHERE chain = %1 AND seq = (SELECT seq FROM "
                                      "audit_heads WHERE chain = %1) AND prev_hash <> 'forged' AND hash <> 'h'")
                           .arg(chain)),
              1);
    auto verified = services::AuditLog(c->store().context()).verify();
    ASSERT_TRUE(verified.ok()) << verified.errorString().toStdString();
    EXPECT_TRUE(verified->ok) << verified->problem.toStdString();
}

TEST(CentralSecurity, DecisionsFollowTheRulesWhateverTheStatement)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    const QString me = c->user(QStringLiteral("canbo1"));
    SIGN_IN(officer, c, me);
    const QString schools1 = c->schoolIdsOfUnit(1);
    auto certIn = [&](const char* status) {
        return c->one(
            QStringLiteral("SELECT id FROM certificates WHERE school_id IN (%1) AND status = '%2' ORDER BY id "
                           "LIMIT 1")
                .arg(schools1, QString::fromLatin1(status)));
    };
    const QString pending = certIn("pending");
    const QString approved = certIn("approved");
    // A rejected one (the superuser rejects another pending registration).
    ASSERT_TRUE(c->super().execDirect(
        QStringLiteral("UPDATE certificates SET status = 'rejected', decided_by = 'canbo', decided_at = now() WHERE id "
                       "= (SELECT id FROM certificates WHERE school_id IN (%1) AND status = 'pending' AND id <> %2 "
                       "ORDER BY id LIMIT 1)")
            .arg(schools1, pending)));
    const QString rejected = certIn("rejected");
    ASSERT_FALSE(pending.isEmpty());
    ASSERT_FALSE(approved.isEmpty());
    ASSERT_FALSE(rejected.isEmpty());
    auto refused = [&](store::Database& db, const QString& sql) {
        const auto r = execAs(db, sql);
        EXPECT_FALSE(r.ok) << sql.toStdString();
        return !r.ok;
    };
    // In somebody else's name; from a decided state; revoking what was never approved.
    refused(officer->database(),
            QStringLiteral("UPDATE certificates SET status = 'approved', decided_by = 'someone' WHERE id = %1")
                .arg(pending));
    refused(officer->database(),
            QStringLiteral("UPDATE certificates SET status = 'rejected', decided_by = '%1' WHERE id = %2")
                .arg(me, approved));
    refused(officer->database(),
            QStringLiteral("UPDATE certificates SET status = 'approved', decided_by = '%1' WHERE id = %2")
                .arg(me, rejected));
    refused(
        officer->database(),
        QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_by = '%1' WHERE id = %2").arg(me, pending));
    refused(officer->database(),
            QStringLiteral("UPDATE certificates SET status = 'pending' WHERE id = %1").arg(approved));
    // Revoking keeps who approved it.
    refused(officer->database(), QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_by = '%1', "
                                                "decided_by = 'someone' WHERE id = %2")
                                     .arg(me, approved));

    // A record is revoked only through an approved request.
    const QString sentWithoutRequest = c->one(
        QStringLiteral("SELECT id FROM records r WHERE school_id IN (%1) AND status = 'sent' AND NOT EXISTS (SELECT 1 "
                       "FROM revocation_requests q WHERE q.record_id = r.id) LIMIT 1")
            .arg(schools1));
    ASSERT_FALSE(sentWithoutRequest.isEmpty());
    refused(officer->database(),
            QStringLiteral("UPDATE records SET status = 'revoked' WHERE id = %1").arg(sentWithoutRequest));
    // Sending is the school's, not the officer's.
    const QString confirmed =
        c->one(QStringLiteral("SELECT id FROM records WHERE school_id IN (%1) AND status = 'confirmed' LIMIT 1")
                   .arg(schools1));
    ASSERT_FALSE(confirmed.isEmpty());
    refused(officer->database(), QStringLiteral("UPDATE records SET status = 'sent' WHERE id = %1").arg(confirmed));

    // The school: not after the receive lock (set at yesterday on the server), not without approved
    // certificates; no revocation request after the revoke lock.
    // Records of the current school year (which has no lock dates yet) of a school whose seal and
    // principal the unit approved, and a user of that school.
    const QString year = c->one(QStringLiteral("SELECT max(school_year) FROM records"));
    const QString ready = c->one(
        QStringLiteral("SELECT r.id FROM records r WHERE r.school_id IN (%1) AND r.school_year = %2 AND r.status = "
                       "'confirmed' AND hocbaso_signed_by_approved(r.id, r.version) ORDER BY r.id LIMIT 1")
            .arg(schools1, year));
    ASSERT_FALSE(ready.isEmpty());
    const QString mine = c->one(QStringLiteral("SELECT school_id FROM records WHERE id = %1").arg(ready));
    const QString head = c->user(QStringLiteral("hieutruong"));
    services::NewUser nu;
    nu.username = head;
    nu.displayName = QStringLiteral("Vũ Thị Lan");
    nu.role = Role::School;
    nu.unitId = c->unitId(1);
    nu.schoolId = mine.toLongLong();
    const QString password = QString::fromLatin1(CentralStore::kPassword);
    ASSERT_TRUE(services::UserAdmin(c->store().context()).add(nu, password, password).ok());
    SIGN_IN(school, c, head);
    const QString lockRow = QStringLiteral(
        "INSERT INTO lock_settings (unit_id, school_year, school_id, grade, %1, updated_at, updated_by) SELECT "
        "s.unit_id, "
        "r.school_year, s.id, r.grade, hocbaso_today() - 1, now(), 'test' FROM records r JOIN schools s ON s.id = "
        "r.school_id WHERE r.id = %2");
    ASSERT_TRUE(c->super().execDirect(lockRow.arg(QStringLiteral("receive_lock"), ready)));
    refused(school->database(), QStringLiteral("UPDATE records SET status = 'sent' WHERE id = %1").arg(ready));
    ASSERT_TRUE(c->super().execDirect(QStringLiteral("DELETE FROM lock_settings WHERE updated_by = 'test'")));
    // Without approved certificates: the seal's registration is revoked meanwhile.
    ASSERT_TRUE(c->super().execDirect(
        QStringLiteral(
            "UPDATE certificates SET status = 'revoked' WHERE id IN (SELECT certificate_id FROM signatures s "
            "JOIN records r ON r.id = s.record_id AND r.version = s.version WHERE r.id = %1 AND s.role = "
            "'seal')")
            .arg(ready)));
    refused(school->database(), QStringLiteral("UPDATE records SET status = 'sent' WHERE id = %1").arg(ready));

    const QString sent = c->one(QStringLiteral("SELECT r.id FROM records r WHERE r.school_id = %1 AND r.school_year = "
                                               "%2 AND r.status = 'sent' AND NOT EXISTS (SELECT 1 FROM "
                                               "revocation_requests q WHERE q.record_id = r.id AND q.status = "
                                               "'pending') ORDER BY r.id LIMIT 1")
                                    .arg(mine, year));
    ASSERT_FALSE(sent.isEmpty());
    ASSERT_TRUE(c->super().execDirect(lockRow.arg(QStringLiteral("revoke_lock"), sent)));
    const QString request = QStringLiteral("INSERT INTO revocation_requests (record_id, record_version, reason, "
                                           "requested_at, requested_by, status) SELECT id, version, 'sai tên', now(), "
                                           "'%1', 'pending' FROM records WHERE id = %2")
                                .arg(head, sent);
    refused(school->database(), request);
    ASSERT_TRUE(c->super().execDirect(QStringLiteral("DELETE FROM lock_settings WHERE updated_by = 'test'")));
    const auto made = execAs(school->database(), request);
    EXPECT_TRUE(made.ok && made.rows == 1) << made.error.toStdString();
}

TEST(CentralSecurity, TheFirstOfTwoOfficersDecidingAtOnceWins)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    // A second officer of unit 1, added the way an administrator does.
    const QString second = c->user(QStringLiteral("canbo1b"));
    services::UserAdmin admin(c->store().context());
    services::NewUser nu;
    nu.username = second;
    nu.displayName = QStringLiteral("Lê Văn Bình");
    nu.role = Role::Officer;
    nu.unitId = c->unitId(1);
    auto added =
        admin.add(nu, QString::fromLatin1(CentralStore::kPassword), QString::fromLatin1(CentralStore::kPassword));
    ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    const QString first = c->user(QStringLiteral("canbo1"));
    SIGN_IN(a, c, first);
    const QString id = c->one(
        QStringLiteral("SELECT id FROM certificates WHERE school_id IN (%1) AND status = 'pending' ORDER BY id LIMIT 1")
            .arg(c->schoolIdsOfUnit(1)));
    ASSERT_FALSE(id.isEmpty());
    const QString decide =
        QStringLiteral("UPDATE certificates SET status = '%1', decided_by = '%2', decided_at = now(), "
                       "row_version = row_version + 1 WHERE id = %3 AND status = 'pending'");

    // A approves inside an open transaction; B rejects at the same moment on its own connection and
    // waits for A's row lock; A commits; B's statement then finds the row no longer pending.
    ASSERT_TRUE(a->database().execDirect(QStringLiteral("BEGIN")));
    const auto mine = execAs(a->database(), decide.arg(QStringLiteral("approved"), first, id));
    ASSERT_TRUE(mine.ok && mine.rows == 1) << mine.error.toStdString();
    auto rival = std::async(std::launch::async, [&]() {
        QString why;
        auto b = c->store().openAs(second, QString::fromLatin1(CentralStore::kPassword), &why);
        if (!b)
            return test::SqlOutcome{false, -1, why};
        auto r = execAs(*b, decide.arg(QStringLiteral("rejected"), second, id));
        b.reset();
        return r;
    });
    // Wait (on the server's word, not a timer) until B is blocked on A's lock.
    const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1' AND "
                                           "wait_event_type = 'Lock'")
                                .arg(second);
    while (c->count(waiting) == 0) {
        ASSERT_NE(rival.wait_for(std::chrono::milliseconds(20)), std::future_status::ready)
            << "the second officer did not wait for the first: " << rival.get().error.toStdString();
    }
    ASSERT_TRUE(a->database().execDirect(QStringLiteral("COMMIT")));
    const auto theirs = rival.get();
    EXPECT_TRUE(theirs.ok) << theirs.error.toStdString();
    EXPECT_EQ(theirs.rows, 0);
    EXPECT_EQ(c->one(QStringLiteral("SELECT status || ' ' || decided_by FROM certificates WHERE id = %1").arg(id)),
              QStringLiteral("approved ") + first);
    // A statement without the pending condition is refused by the database itself.
    SIGN_IN(b, c, second);
    EXPECT_FALSE(execAs(b->database(), QStringLiteral("UPDATE certificates SET status = 'rejected', decided_by = '%1' "
                                                      "WHERE id = %2")
                                           .arg(second, id))
                     .ok);
    // And the program tells the second officer who decided first.
    auto late = services::CertificateReview(b->context()).reject({id.toLongLong()}, QStringLiteral("muộn"));
    ASSERT_TRUE(late.ok());
    ASSERT_EQ(late->refused.size(), 1);
    EXPECT_TRUE(late->refused.first().reason.contains(first)) << late->refused.first().reason.toStdString();
}

TEST(CentralSecurity, PasswordsReachTheServerAsScramVerifiersOnly)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    // A Vietnamese password, typed in decomposed form at sign-in: SASLprep makes both the same.
    const QString password = QStringLiteral("Mật khẩu đẹp 2026");
    const QString name = c->user(QStringLiteral("nguyenthuy"));
    services::UserAdmin admin(c->store().context());
    services::NewUser nu;
    nu.username = name;
    nu.displayName = QStringLiteral("Nguyễn Thị Thủy");
    nu.role = Role::Viewer;
    nu.unitId = c->unitId(2);
    ASSERT_TRUE(admin.add(nu, password, password).ok());
    QString why;
    EXPECT_TRUE(c->store().openAs(name, password, &why)) << why.toStdString();
    EXPECT_TRUE(c->store().openAs(name, password.normalized(QString::NormalizationForm_D), &why)) << why.toStdString();
    EXPECT_FALSE(c->store().openAs(name, QStringLiteral("Mat khau dep 2026"), &why));
    // The same verifier text for the same salt as PostgreSQL's own client computes it.
    EXPECT_EQ(crypto::ScramVerifier::makeWithSalt(QStringLiteral("pencil"),
                                                  QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==")),
              QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                             "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    // Nothing readable of the password is kept: the verifier is not the password.
    EXPECT_FALSE(
        c->one(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(name)).contains(password));
}

TEST(CentralSecurity, DisablingAUserClosesTheirLoginRole)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    const QString name = c->user(QStringLiteral("xem1"));
    SIGN_IN(open, c, name); // a session opened before the account is disabled
    ASSERT_GT(oneOn(open->database(), QStringLiteral("SELECT count(*) FROM schools")).toLongLong(), 0);
    services::UserAdmin admin(c->store().context());
    ASSERT_TRUE(admin.setDisabled(name, true).ok());
    EXPECT_EQ(c->one(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(name)),
              QStringLiteral("false"));
    QString why;
    EXPECT_FALSE(c->store().openAs(name, QString::fromLatin1(CentralStore::kPassword), &why));
    // The open session sees nothing from now on.
    EXPECT_EQ(oneOn(open->database(), QStringLiteral("SELECT count(*) FROM schools")), QStringLiteral("0"));
    ASSERT_TRUE(admin.setDisabled(name, false).ok());
    EXPECT_TRUE(c->store().openAs(name, QString::fromLatin1(CentralStore::kPassword), &why)) << why.toStdString();
}

TEST(CentralSecurity, AdministratorsAddLoginRolesOnlyForTheirUnitAndNeverTakeOneOver)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    SIGN_IN(adm, c, c->user(QStringLiteral("admin1"))); // the administrator of commune 1
    services::UserAdmin admin(adm->context());
    const QString password = QStringLiteral("Quan#Tri2026");
    services::NewUser nu;
    nu.username = c->user(QStringLiteral("canbo1c"));
    nu.displayName = QStringLiteral("Phạm Minh Châu");
    nu.role = Role::Officer;
    nu.unitId = c->unitId(1);
    auto added = admin.add(nu, password, password);
    ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    QString why;
    EXPECT_TRUE(c->store().openAs(nu.username, password, &why)) << why.toStdString();
    // Not for another unit.
    nu.username = c->user(QStringLiteral("canbo2c"));
    nu.unitId = c->unitId(2);
    EXPECT_FALSE(admin.add(nu, password, password).ok());
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM users WHERE username = '%1'").arg(nu.username)), 0);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(nu.username)), 0);
    // A role of the server that is not this store's (another database's person) is never taken over.
    const QString foreign = QStringLiteral("ngoai") + c->store().roleSuffix();
    ASSERT_TRUE(c->super().execDirect(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Theirs#2026'").arg(foreign)));
    const QString theirPassword =
        c->one(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(foreign));
    nu.username = foreign;
    nu.unitId = c->unitId(1);
    auto taken = admin.add(nu, password, password);
    EXPECT_FALSE(taken.ok());
    EXPECT_TRUE(taken.errorString().contains(foreign)) << taken.errorString().toStdString();
    // Nor by calling the database directly.
    ASSERT_TRUE(adm->database().execDirect(QStringLiteral("BEGIN")));
    ASSERT_TRUE(execAs(adm->database(), QStringLiteral("INSERT INTO users (username, display_name, role, unit_id, "
                                                       "password_hash, created_at) VALUES ('%1', 'x', 'officer', %2, "
                                                       "'x', now())")
                                            .arg(foreign)
                                            .arg(c->unitId(1)))
                    .ok);
    EXPECT_FALSE(execAs(adm->database(), QStringLiteral("SELECT hocbaso_create_login('%1', '%2')")
                                             .arg(foreign, crypto::ScramVerifier::make(password)))
                     .ok);
    EXPECT_TRUE(adm->database().execDirect(QStringLiteral("ROLLBACK")).ok());
    EXPECT_EQ(c->one(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(foreign)),
              theirPassword);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                                      "WHERE r.rolname = '%1'")
                           .arg(foreign)),
              0);
    EXPECT_TRUE(c->super().execDirect(QStringLiteral("DROP ROLE %1").arg(foreign)).ok());
    // A clear password is refused: only a verifier is accepted.
    ASSERT_TRUE(adm->database().execDirect(QStringLiteral("BEGIN")));
    ASSERT_TRUE(execAs(adm->database(), QStringLiteral("INSERT INTO users (username, display_name, role, unit_id, "
                                                       "password_hash, created_at) VALUES ('clear%1', 'x', 'officer', "
                                                       "%2, 'x', now())")
                                            .arg(c->store().roleSuffix())
                                            .arg(c->unitId(1)))
                    .ok);
    EXPECT_FALSE(
        execAs(adm->database(),
               QStringLiteral("SELECT hocbaso_create_login('clear%1', 'Plain#2026')").arg(c->store().roleSuffix()))
            .ok);
    EXPECT_TRUE(adm->database().execDirect(QStringLiteral("ROLLBACK")).ok());
    // Not even the owner turns a group role into somebody's login.
    const QString group = c->store().databaseName() + QStringLiteral("_viewer");
    ASSERT_TRUE(c->super().execDirect(QStringLiteral("INSERT INTO users (username, display_name, role, unit_id, "
                                                     "password_hash, created_at) VALUES ('%1', 'x', 'viewer', %2, 'x', "
                                                     "now())")
                                          .arg(group)
                                          .arg(c->unitId(1))));
    EXPECT_FALSE(execAs(c->super(), QStringLiteral("SELECT hocbaso_create_login('%1', '%2')")
                                        .arg(group, crypto::ScramVerifier::make(password)))
                     .ok);
    EXPECT_EQ(c->one(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(group)),
              QStringLiteral("false"));
    // Officers may not create login roles at all.
    SIGN_IN(officer, c, c->user(QStringLiteral("canbo1")));
    EXPECT_FALSE(
        execAs(officer->database(), QStringLiteral("SELECT hocbaso_create_login('%1', '%2')")
                                        .arg(c->user(QStringLiteral("canbo1c")), crypto::ScramVerifier::make(password)))
            .ok);
}

// Schema 13: record_versions, signatures and revocation_requests carry their record's school for the
// policies. Whatever a client names, the column is the record's, so it opens no other school's rows.
TEST(CentralSecurity, TheSchoolOnARecordsRowsIsAlwaysTheRecords)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    const QStringList tables = {QStringLiteral("record_versions"), QStringLiteral("signatures"),
                                QStringLiteral("revocation_requests")};
    auto strays = [&] {
        qint64 n = 0;
        for (const QString& t : tables)
            n += c->count(QStringLiteral("SELECT count(*) FROM %1 x JOIN records r ON r.id = x.record_id WHERE "
                                         "x.school_id IS DISTINCT FROM r.school_id")
                              .arg(t));
        return n;
    };
    for (const QString& t : tables)
        ASSERT_GT(c->count(QStringLiteral("SELECT count(*) FROM %1").arg(t)), 0) << t.toStdString();
    EXPECT_EQ(strays(), 0);

    // A sent record of the current school year (no lock dates yet) and a user of its school.
    const QString year = c->one(QStringLiteral("SELECT max(school_year) FROM records"));
    const QString sent = c->one(QStringLiteral("SELECT r.id FROM records r WHERE r.school_id IN (%1) AND "
                                               "r.school_year = %2 AND r.status = 'sent' AND NOT EXISTS (SELECT 1 FROM "
                                               "revocation_requests q WHERE q.record_id = r.id AND q.status = "
                                               "'pending') ORDER BY r.id LIMIT 1")
                                    .arg(c->schoolIdsOfUnit(1), year));
    ASSERT_FALSE(sent.isEmpty());
    const QString mine = c->one(QStringLiteral("SELECT school_id FROM records WHERE id = %1").arg(sent));
    const QString elsewhere = c->schoolIdsOfUnit(2).section(QLatin1Char(','), 0, 0);
    const QString head = c->user(QStringLiteral("hieutruong"));
    services::NewUser nu;
    nu.username = head;
    nu.displayName = QStringLiteral("Vũ Thị Lan");
    nu.role = Role::School;
    nu.unitId = c->unitId(1);
    nu.schoolId = mine.toLongLong();
    const QString password = QString::fromLatin1(CentralStore::kPassword);
    ASSERT_TRUE(services::UserAdmin(c->store().context()).add(nu, password, password).ok());
    SIGN_IN(school, c, head);

    // A request naming another unit's school is made for the record's school.
    const auto made = execAs(school->database(),
                             QStringLiteral("INSERT INTO revocation_requests (record_id, record_version, reason, "
                                            "requested_at, requested_by, status, school_id) SELECT id, version, 'sai "
                                            "tên', now(), '%1', 'pending', %2 FROM records WHERE id = %3")
                                 .arg(head, elsewhere, sent));
    ASSERT_TRUE(made.ok && made.rows == 1) << made.error.toStdString();
    const QString request = c->one(
        QStringLiteral("SELECT id FROM revocation_requests WHERE record_id = %1 AND status = 'pending'").arg(sent));
    EXPECT_EQ(c->one(QStringLiteral("SELECT school_id FROM revocation_requests WHERE id = %1").arg(request)), mine);
    EXPECT_EQ(oneOn(school->database(),
                    QStringLiteral("SELECT count(*) FROM revocation_requests WHERE id = %1").arg(request)),
              QStringLiteral("1"));

    // Nobody but the owner updates the column: not the school, not an officer of either unit.
    SIGN_IN(officer, c, c->user(QStringLiteral("canbo1")));
    SIGN_IN(stranger, c, c->user(QStringLiteral("canbo2")));
    for (const QString& t : tables) {
        for (Person* p : {&*school, &*officer, &*stranger}) {
            const auto r =
                execAs(p->database(),
                       QStringLiteral("UPDATE %1 SET school_id = %2 WHERE school_id = %3").arg(t, elsewhere, mine));
            EXPECT_FALSE(r.ok && r.rows > 0) << t.toStdString();
        }
    }
    // The officer of the other unit still sees none of it.
    EXPECT_EQ(oneOn(stranger->database(),
                    QStringLiteral("SELECT count(*) FROM revocation_requests WHERE id = %1").arg(request)),
              QStringLiteral("0"));

    // Even the owner's update of the column gets the record's school back; a record moved to another
    // school takes its rows along.
    ASSERT_TRUE(c->super().execDirect(
        QStringLiteral("UPDATE revocation_requests SET school_id = %1 WHERE id = %2").arg(elsewhere, request)));
    EXPECT_EQ(c->one(QStringLiteral("SELECT school_id FROM revocation_requests WHERE id = %1").arg(request)), mine);
    ASSERT_TRUE(
        c->super().execDirect(QStringLiteral("UPDATE records SET school_id = %1 WHERE id = %2").arg(elsewhere, sent)));
    EXPECT_EQ(strays(), 0);
    EXPECT_EQ(c->one(QStringLiteral("SELECT school_id FROM revocation_requests WHERE id = %1").arg(request)),
              elsewhere);
    EXPECT_EQ(oneOn(officer->database(),
                    QStringLiteral("SELECT count(*) FROM record_versions WHERE record_id = %1").arg(sent)),
              QStringLiteral("0"));
    EXPECT_GT(oneOn(stranger->database(),
                    QStringLiteral("SELECT count(*) FROM record_versions WHERE record_id = %1").arg(sent))
                  .toInt(),
              0);
}
