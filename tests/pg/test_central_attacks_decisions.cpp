// Attacks on 6.5's decisions as whole statements (schema 35). A revocation's rules (who decides for
// the school, in whose name, only through an approved request) are checked once per statement over
// the rows it changed, where a row trigger used to ask them of each row. So the attacker mixes in one
// statement, or in two updates of one query, a row the rules take with one they refuse, forges the
// columns the quick row check leaves alone, and tries the moves as the school itself. Each attack is
// made with the person's own login role, as in psql; the superuser then checks what is there.

#include "CentralAttack.h"

using namespace hocbaso::test::attack;

TEST_P(CentralAttack, ADecisionIsRefusedWholeForOneWrongRow)
{
    const QString school = readySchool(1);
    ASSERT_FALSE(school.isEmpty()) << "no school of unit A with approved certificates";
    SCHOOL_USER(head, "hieutruong_whole", school);
    SIGN_IN(officer, "canbo1");
    const QStringList sent = recordsOf(school, "sent", 3, true,
                                       QStringLiteral("AND NOT EXISTS (SELECT 1 FROM revocation_requests q WHERE "
                                                      "q.record_id = r.id AND q.status = 'pending')"));
    ASSERT_EQ(sent.size(), 3);
    const QString approvedRecord = sent.at(0), requestedRecord = sent.at(1), unrequested = sent.at(2);
    services::SchoolActions actions(head->context(), &c->keys());
    QStringList requests;
    for (const QString& record : {approvedRecord, requestedRecord}) {
        auto requested = actions.requestRevocation(uuidOf(record), QStringLiteral("Sai ngày sinh của học sinh."));
        ASSERT_TRUE(requested.ok()) << requested.errorString().toStdString();
        requests << QString::number(*requested);
    }
    const QString me = oneOn(officer->database(), QStringLiteral("SELECT username FROM hocbaso_me()"));
    ASSERT_FALSE(me.isEmpty());
    const auto statuses = [&] {
        return c->one(QStringLiteral("SELECT string_agg(r.status || '/' || v.status || '/' || coalesce(q.status, '-'), "
                                     "' ' ORDER BY r.id) FROM records r JOIN record_versions v ON v.record_id = r.id "
                                     "AND v.version = r.version LEFT JOIN revocation_requests q ON q.record_id = "
                                     "r.id AND q.record_version = r.version WHERE r.id IN (%1)")
                          .arg(sent.join(QLatin1Char(','))));
    };
    const QString before = statuses();
    ASSERT_EQ(text(before), text(QStringLiteral("sent/sent/pending sent/sent/pending sent/sent/-")));

    // One request decided in one's own name, the other in a colleague's: neither is decided.
    SqlOutcome r = execAs(officer->database(),
                          QStringLiteral("UPDATE revocation_requests SET status = 'approved', decided_at = now(), "
                                         "decided_by = CASE WHEN id = %1 THEN '%2' ELSE 'someone_else' END WHERE id "
                                         "IN (%1, %3)")
                              .arg(requests.at(0), me, requests.at(1)));
    EXPECT_FALSE(r.ok) << "a decision in another's name beside one's own: " << describe(r);
    EXPECT_EQ(text(statuses()), text(before));

    // The school cannot decide its own requests, even in its own name.
    const QString headName = oneOn(head->database(), QStringLiteral("SELECT username FROM hocbaso_me()"));
    r = execAs(head->database(),
               QStringLiteral("UPDATE revocation_requests SET status = 'approved', decided_at = now(), "
                              "decided_by = '%1' WHERE id = %2")
                   .arg(headName, requests.at(0)));
    EXPECT_TRUE(refused(r)) << "the school approving its own request: " << describe(r);
    EXPECT_EQ(text(statuses()), text(before));

    // The first request approved the legitimate way, in SQL.
    r = execAs(officer->database(), QStringLiteral("UPDATE revocation_requests SET status = 'approved', decided_at = "
                                                   "now(), decided_by = '%1' WHERE id = %2")
                                        .arg(me, requests.at(0)));
    ASSERT_TRUE(r.ok && r.rows == 1) << describe(r);
    const QString approvedOnly = statuses();

    // The approved record revoked with one nobody asked to revoke, or one still pending: refused whole.
    for (const QString& other : {unrequested, requestedRecord}) {
        r = execAs(
            officer->database(),
            QStringLiteral("UPDATE records SET status = 'revoked' WHERE id IN (%1, %2)").arg(approvedRecord, other));
        EXPECT_FALSE(r.ok) << "records revoked beside one without an approved request: " << describe(r);
        r = execAs(officer->database(),
                   QStringLiteral("WITH a AS (UPDATE records SET status = 'revoked' WHERE id = %1 RETURNING id), b AS "
                                  "(UPDATE records SET status = 'revoked' WHERE id = %2 RETURNING id) SELECT * FROM a "
                                  "UNION ALL SELECT * FROM b")
                       .arg(approvedRecord, other));
        EXPECT_FALSE(r.ok) << "the same in two updates of one query: " << describe(r);
        r = execAs(officer->database(),
                   QStringLiteral("UPDATE record_versions v SET status = 'revoked', revoked_at = now() WHERE "
                                  "v.record_id IN (%1, %2) AND v.status = 'sent'")
                       .arg(approvedRecord, other));
        EXPECT_FALSE(r.ok) << "versions revoked beside one without an approved request: " << describe(r);
        EXPECT_EQ(text(statuses()), text(approvedOnly));
    }

    // The school, whose request was approved, still cannot revoke the record itself.
    r = execAs(head->database(),
               QStringLiteral("UPDATE records SET status = 'revoked' WHERE id = %1").arg(approvedRecord));
    EXPECT_TRUE(refused(r)) << "the school revoking its own record: " << describe(r);
    r = execAs(head->database(),
               QStringLiteral("UPDATE record_versions SET status = 'revoked' WHERE record_id = %1 AND "
                              "status = 'sent'")
                   .arg(approvedRecord));
    EXPECT_TRUE(refused(r)) << "the school revoking its own version: " << describe(r);
    EXPECT_EQ(text(statuses()), text(approvedOnly));

    // A revocation that also moves the record to another version is refused.
    r = execAs(officer->database(),
               QStringLiteral("UPDATE records SET status = 'revoked', version = version + 1 WHERE id = %1")
                   .arg(approvedRecord));
    EXPECT_FALSE(r.ok) << "a revocation that takes a new version: " << describe(r);

    // The legitimate revocation: the dates it forges beside it are the server's.
    const QString dates =
        QStringLiteral(
            "SELECT r.sent_at || ' ' || r.confirmed_at || ' ' || v.sent_at || ' ' || v.confirmed_at FROM "
            "records r JOIN record_versions v ON v.record_id = r.id AND v.version = r.version WHERE r.id = %1")
            .arg(approvedRecord);
    const QString datesBefore = c->one(dates);
    r = execAs(officer->database(), QStringLiteral("UPDATE records SET status = 'revoked', sent_at = '2001-01-01', "
                                                   "confirmed_at = '2001-01-01' WHERE id = %1")
                                        .arg(approvedRecord));
    ASSERT_TRUE(r.ok && r.rows == 1) << describe(r);
    r = execAs(officer->database(),
               QStringLiteral("UPDATE record_versions SET status = 'revoked', revoked_at = now(), sent_at = "
                              "'2001-01-01', confirmed_at = '2001-01-01' WHERE record_id = %1 AND status = 'sent'")
                   .arg(approvedRecord));
    ASSERT_TRUE(r.ok && r.rows == 1) << describe(r);
    EXPECT_EQ(text(c->one(dates)), text(datesBefore));
    EXPECT_EQ(text(statuses()), text(QStringLiteral("revoked/revoked/approved sent/sent/pending sent/sent/-")));
}

// hocbaso_rule_facts_of reads records as the owner for the statement checks above; anyone signed in
// may call it, with any ids: it answers for exactly the records their policies show.
TEST_P(CentralAttack, RuleFactsOfManyTellOnlyWhatThePoliciesShow)
{
    SIGN_IN(officer, "canbo1");
    const QString school = schoolsA().split(QLatin1Char(',')).first();
    SCHOOL_USER(teacher, "hieutruong_facts_of", school);
    const QString seen = QStringLiteral(
        "SELECT coalesce(string_agg(r.id || ':' || r.school_id || ':' || r.school_year || ':' || r.grade || ':' || "
        "r.status || ':' || r.version, ',' ORDER BY r.id), '') FROM records r");
    const QString told = QStringLiteral(
        "SELECT coalesce(string_agg(f.record_id || ':' || f.school_id || ':' || f.school_year || ':' || f.grade || "
        "':' || f.status || ':' || f.version, ',' ORDER BY f.record_id), '') FROM hocbaso_rule_facts_of((SELECT "
        "array_agg(g) FROM generate_series((SELECT min(id) - 2 FROM records), (SELECT max(id) + 2 FROM records)) g), "
        "(SELECT array_agg(1) FROM generate_series((SELECT min(id) - 2 FROM records), (SELECT max(id) + 2 FROM "
        "records)) g)) f");
    const QString all = c->one(seen);
    for (auto* person : {&*officer, &*teacher}) {
        const QString mine = oneOn(person->database(), seen);
        ASSERT_FALSE(mine.isEmpty());
        EXPECT_NE(mine, all);
        EXPECT_EQ(text(oneOn(person->database(), told)), text(mine));
    }
    // Another unit's sent record, asked with its approved-or-not version: nothing.
    const QString theirs = c->one(
        QStringLiteral("SELECT min(id) FROM records WHERE school_id IN (%1) AND status = 'sent'").arg(schoolsB()));
    ASSERT_FALSE(theirs.isEmpty());
    EXPECT_EQ(text(oneOn(officer->database(),
                         QStringLiteral("SELECT count(*) FROM hocbaso_rule_facts_of(ARRAY[%1, %1]::bigint[], "
                                        "ARRAY[1, NULL]::integer[])")
                             .arg(theirs))),
              text(QStringLiteral("0")));
}

// The same decision smuggled into an INSERT ... ON CONFLICT DO UPDATE by an administrator (who may
// both request and decide): the update it makes is checked as any other, in one's own name.
TEST_P(CentralAttack, ADecisionInsideAnUpsertIsCheckedToo)
{
    const QString school = readySchool(1);
    ASSERT_FALSE(school.isEmpty()) << "no school of unit A with approved certificates";
    SCHOOL_USER(head, "hieutruong_upsert", school);
    SIGN_IN(admin, "admin");
    const QStringList sent = recordsOf(school, "sent", 1, true,
                                       QStringLiteral("AND NOT EXISTS (SELECT 1 FROM revocation_requests q WHERE "
                                                      "q.record_id = r.id AND q.status = 'pending')"));
    ASSERT_EQ(sent.size(), 1);
    services::SchoolActions actions(head->context(), &c->keys());
    auto requested = actions.requestRevocation(uuidOf(sent.first()), QStringLiteral("Sai ngày sinh của học sinh."));
    ASSERT_TRUE(requested.ok()) << requested.errorString().toStdString();
    const QString me = oneOn(admin->database(), QStringLiteral("SELECT username FROM hocbaso_me()"));
    ASSERT_FALSE(me.isEmpty());
    const SqlOutcome r = execAs(
        admin->database(),
        QStringLiteral("INSERT INTO revocation_requests (record_id, record_version, reason, requested_at, "
                       "requested_by, status) SELECT r.id, r.version, 'x', now(), '%1', 'pending' FROM records r "
                       "WHERE r.id = %2 ON CONFLICT (record_id) WHERE status = 'pending' DO UPDATE SET status = "
                       "'approved', decided_at = now(), decided_by = 'someone_else'")
            .arg(me, sent.first()));
    EXPECT_FALSE(r.ok && r.rows > 0) << "a decision in another's name through an upsert: " << describe(r);
    EXPECT_EQ(text(c->one(QStringLiteral("SELECT status || ' ' || coalesce(decided_by, '-') FROM revocation_requests "
                                         "WHERE id = %1")
                              .arg(*requested))),
              text(QStringLiteral("pending -")));
}
