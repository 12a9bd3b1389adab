// Attacks on the central store that reach across units rather than at a unit's own rows: holding
// up another unit (locks, idle transactions), small leaks of another unit's facts, and smaller
// findings (regular expressions in the name search, verifiers in the server's log). Same fixture and
// rules as test_central_attacks.cpp (CentralAttack.h), whose file instantiates the suite.
// PostgreSQL only (needs HOCBASO_TEST_PG; skipped without it, failed without it when CI=true).

#include "CentralAttack.h"

// The tests are written in the vocabulary of the fixture (CentralAttack.h).
using namespace hocbaso::test::attack;

// 5. Nobody holds up another unit: not with advisory locks on the audit chains, not with an idle
// transaction holding back the sync horizon, not with table locks; an idle transaction is ended by
// the server.
TEST_P(CentralAttack, NobodyStallsAnotherUnit)
{
    const qint64 b = unitB();
    SIGN_IN(officerB, "canbo2");
    ASSERT_TRUE(officerB->database().execDirect(QStringLiteral("SET statement_timeout = '10s'")));
    // Two registrations of unit B waiting for its officer (made by the DBA, behind the scenes).
    const QString schoolB = schoolsB().section(QLatin1Char(','), 0, 0);
    QStringList pendingB;
    for (const char* sha : {"stall-1", "stall-2"}) {
        ASSERT_TRUE(c->dba().execDirect(
            QStringLiteral(
                "INSERT INTO certificates (school_id, kind, status, der, sha256, subject, issuer, serial_hex, "
                "not_before, not_after, submitted_at, submitted_by) VALUES (%1, 'unit', 'pending', '\\x00', "
                "'%2', 'CN=x', 'CN=y', '1', now(), now() + interval '1 year', now(), 'test')")
                .arg(schoolB, QString::fromLatin1(sha))));
        pendingB << c->one(QStringLiteral("SELECT id FROM certificates WHERE sha256 = '%1'").arg(QLatin1String(sha)));
    }

    // (a) Session-level advisory locks on unit B's chain and chain 0, held by a viewer and by a
    // school user of unit A.
    int round = 0;
    for (const char* holderName : {"xem1", "truong1"}) {
        SCOPED_TRACE(holderName);
        QString why;
        auto holder = c->signIn(c->user(QString::fromLatin1(holderName)), &why);
        ASSERT_TRUE(holder) << why.toStdString();
        for (const qint64 key : {b, qint64(0)}) {
            const auto held =
                execAs(holder->database(), QStringLiteral("SELECT pg_advisory_lock(7240, %1::integer)").arg(key));
            std::cout << "[ note ] " << holderName << " pg_advisory_lock(7240, " << key
                      << "): " << (held.ok ? std::string("held") : "refused: " + held.error.toStdString()) << "\n";
        }
        const qint64 cert = pendingB.at(round++).toLongLong();
        auto decided = services::CertificateReview(officerB->context()).reject({cert}, QStringLiteral("Sai tên."));
        EXPECT_TRUE(decided.ok() && decided->decided == QList<qint64>{cert})
            << "officer B's decision: "
            << (decided.ok() ? (decided->refused.isEmpty() ? std::string("not decided")
                                                           : decided->refused.first().reason.toStdString())
                             : decided.errorString().toStdString());
        auto appended =
            services::AuditLog(officerB->context())
                .append(b, QStringLiteral("test.stall"), QStringLiteral("test"), QString::fromLatin1(holderName), {});
        EXPECT_TRUE(appended.ok()) << "officer B's audit event: " << appended.errorString().toStdString();
        execAs(holder->database(), QStringLiteral("SELECT pg_advisory_unlock_all()"));
    }

    // (b) An idle transaction of unit A holds back unit A's sync horizon only.
    SIGN_IN(officerA, "canbo1");
    SIGN_IN(viewerA, "xem1");
    ASSERT_TRUE(officerA->database().execDirect(QStringLiteral("BEGIN")));
    const auto wrote = execAs(officerA->database(),
                              QStringLiteral("INSERT INTO lock_settings (unit_id, school_year, grade, receive_lock, "
                                             "updated_at, updated_by) VALUES (%1, 2039, 1, '2040-05-01', now(), '%2')")
                                  .arg(unitA())
                                  .arg(c->user(QStringLiteral("canbo1"))));
    ASSERT_TRUE(wrote.ok) << wrote.error.toStdString();
    const QString xid = oneOn(officerA->database(), QStringLiteral("SELECT pg_current_xact_id()"));
    ASSERT_FALSE(xid.isEmpty());
    // Unit B changes something after that (a later transaction, committed): its replicas must be able
    // to pull it while A's transaction stays open.
    const auto later = execAs(officerB->database(),
                              QStringLiteral("INSERT INTO lock_settings (unit_id, school_year, grade, receive_lock, "
                                             "updated_at, updated_by) VALUES (%1, 2039, 1, '2040-05-01', now(), '%2')")
                                  .arg(unitB())
                                  .arg(c->user(QStringLiteral("canbo2"))));
    ASSERT_TRUE(later.ok) << later.error.toStdString();
    const QString horizonB = oneOn(officerB->database(), QStringLiteral("SELECT hocbaso_sync_horizon()"));
    EXPECT_EQ(
        text(oneOn(officerB->database(), QStringLiteral("SELECT hocbaso_sync_horizon()::text::numeric > %1").arg(xid))),
        text(QStringLiteral("true")))
        << "unit B's horizon " << horizonB.toStdString() << " is held back by unit A's transaction "
        << xid.toStdString();
    const QString horizonA = oneOn(viewerA->database(), QStringLiteral("SELECT hocbaso_sync_horizon()"));
    EXPECT_EQ(
        text(oneOn(viewerA->database(), QStringLiteral("SELECT hocbaso_sync_horizon()::text::numeric <= %1").arg(xid))),
        text(QStringLiteral("true")))
        << "unit A's horizon " << horizonA.toStdString() << " passed unit A's open transaction " << xid.toStdString();
    EXPECT_TRUE(officerA->database().execDirect(QStringLiteral("ROLLBACK")).ok());

    // (c) No table lock stronger than a reader's or a writer's, for anyone.
    const QStringList tables =
        c->one(QStringLiteral("SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_class c JOIN "
                              "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN "
                              "('r', 'p')"))
            .split(QLatin1Char(','));
    ASSERT_GT(tables.size(), 10);
    for (const char* who : {"admin", "canbo1", "xem1", "truong1"}) {
        QString why;
        auto p = c->signIn(c->user(QString::fromLatin1(who)), &why);
        ASSERT_TRUE(p) << why.toStdString();
        QStringList locked;
        for (const QString& t : tables) {
            for (const char* mode : {"SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"}) {
                EXPECT_TRUE(p->database().execDirect(QStringLiteral("BEGIN")).ok());
                const auto r =
                    execAs(p->database(),
                           QStringLiteral("LOCK TABLE public.%1 IN %2 MODE NOWAIT").arg(t, QString::fromLatin1(mode)));
                EXPECT_TRUE(p->database().execDirect(QStringLiteral("ROLLBACK")).ok());
                if (r.ok || !r.error.contains(QStringLiteral("permission denied")))
                    locked << t + QStringLiteral(" (") + QString::fromLatin1(mode) +
                                  (r.ok ? QString() : QStringLiteral(": ") + r.error) + QLatin1Char(')');
            }
        }
        EXPECT_TRUE(locked.isEmpty()) << who << " locked " << locked.join(QStringLiteral(", ")).toStdString();
    }

    // (d) The server ends a forgotten transaction of every person.
    for (const services::DemoUser& u : c->demo().users)
        EXPECT_EQ(
            text(c->one(QStringLiteral("SELECT count(*) FROM pg_roles r WHERE r.rolname = '%1' AND EXISTS (SELECT 1 "
                                       "FROM unnest(r.rolconfig) cfg WHERE cfg LIKE "
                                       "'idle_in_transaction_session_timeout=%')")
                            .arg(u.username))),
            text(QStringLiteral("1")))
            << u.username.toStdString() << " has no idle_in_transaction_session_timeout";
}

// 8. Small leaks across units: lock dates, which school holds a certificate, how long a unit's
// audit chain is, how many rows the store has, and ids chosen by the client.
TEST_P(CentralAttack, SmallLeaks)
{
    const QString me = c->user(QStringLiteral("canbo1"));
    SIGN_IN(officer, "canbo1");
    SIGN_IN(officerB, "canbo2");
    const QString schoolB = schoolsB().section(QLatin1Char(','), 0, 0);
    const QString schoolA = schoolsA().section(QLatin1Char(','), 0, 0);

    // (a) Unit B's lock dates.
    const SchoolYear sy = SchoolYear::containing(c->clock().today());
    services::LockChange change;
    change.allSchools = true;
    change.grades = {1};
    change.schoolYear = sy.startYear;
    change.receive = sy.lastDay().addDays(-30);
    change.revoke = sy.lastDay();
    auto set = services::LockService(officerB->context()).set(change, yes);
    ASSERT_TRUE(set.ok()) << set.errorString().toStdString();
    ASSERT_EQ(c->count(QStringLiteral("SELECT count(*) FROM lock_settings WHERE unit_id = %1 AND school_year = %2 AND "
                                      "grade = 1 AND school_id IS NULL AND receive_lock IS NOT NULL")
                           .arg(unitB())
                           .arg(sy.startYear)),
              1);
    const Rows dates =
        rowsOn(officer->database(), QStringLiteral("SELECT receive, revoke FROM hocbaso_lock_dates(%1, %2, 1) WHERE "
                                                   "receive IS NOT NULL OR revoke IS NOT NULL")
                                        .arg(schoolB)
                                        .arg(sy.startYear));
    EXPECT_TRUE(!dates.ok || dates.rows.isEmpty())
        << "officer A reads unit B's lock dates: "
        << (dates.rows.isEmpty() ? std::string() : dates.rows.first().join(QLatin1Char(' ')).toStdString());

    // (b) Which school of unit B registered a certificate.
    const Rows certB = rowsOn(c->dba(), QStringLiteral("SELECT c.sha256 FROM certificates c JOIN schools s ON s.id = "
                                                       "c.school_id WHERE s.unit_id = %1 AND c.status IN ('pending', "
                                                       "'approved') ORDER BY c.id LIMIT 1")
                                            .arg(unitB()));
    ASSERT_TRUE(certB.ok && certB.rows.size() == 1);
    const Rows schoolsOfB =
        rowsOn(c->dba(), QStringLiteral("SELECT code, name FROM schools WHERE unit_id = %1").arg(unitB()));
    const Rows elsewhere =
        rowsOn(officer->database(), QStringLiteral("SELECT code, name FROM hocbaso_certificate_elsewhere('%1', %2)")
                                        .arg(certB.rows.first().first(), schoolA));
    if (elsewhere.ok) {
        for (const QStringList& row : elsewhere.rows) {
            for (const QStringList& s : schoolsOfB.rows)
                EXPECT_TRUE(row.at(0) != s.at(0) && row.at(1) != s.at(1))
                    << "officer A learns that " << s.join(QLatin1Char(' ')).toStdString()
                    << " registered the certificate";
        }
    }

    // (c) The length of unit B's audit chain, through the error of a refused insert.
    const QString headB = c->one(QStringLiteral("SELECT seq FROM audit_heads WHERE chain = %1").arg(unitB()));
    ASSERT_FALSE(headB.isEmpty());
    QStringList errors;
    for (const auto& [seq, prev] : {std::pair{QStringLiteral("1"), QStringLiteral("repeat('0', 64)")},
                                    std::pair{QStringLiteral("987654"), QStringLiteral("repeat('f', 64)")}}) {
        const auto r = execAs(officer->database(),
                              QStringLiteral("INSERT INTO audit_events (chain, seq, at, actor, action, entity, "
                                             "entity_id, detail, prev_hash, hash) VALUES (%1, %2, now(), '%3', 'x', "
                                             "'y', 'z', '{}', %4, 'h')")
                                  .arg(QString::number(unitB()), seq, me, prev));
        EXPECT_FALSE(r.ok) << "officer A appended to unit B's chain";
        EXPECT_FALSE(r.error.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(headB))))
            << "the error names unit B's event count " << headB.toStdString() << ": " << r.error.toStdString();
        errors << r.error;
    }
    EXPECT_EQ(text(errors.at(0)), text(errors.at(1))) << "the refusal depends on the forged row";

    // (d) How many rows there are, through the sequences.
    EXPECT_EQ(text(oneOn(officer->database(), QStringLiteral("SELECT count(*) FROM pg_sequences WHERE schemaname = "
                                                             "'public' AND last_value IS NOT NULL"))),
              text(QStringLiteral("0")));
    for (const services::DemoUser& u : c->demo().users)
        EXPECT_EQ(
            text(sure(
                QStringLiteral("SELECT coalesce(string_agg(c.relname, ', '), '') FROM pg_class c JOIN "
                               "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
                               "c.relkind = 'S' AND CASE WHEN c.relkind = 'S' THEN has_sequence_privilege('%1', c.oid, "
                               "'USAGE') END")
                    .arg(u.username))),
            text(QString()))
            << u.username.toStdString() << " may use these sequences";

    // (e) Ids are the server's.
    EXPECT_EQ(
        text(sure(QStringLiteral("SELECT coalesce(string_agg(table_name || '.' || column_name, ', '), '') FROM "
                                 "information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES' "
                                 "AND identity_generation <> 'ALWAYS'"))),
        text(QString()))
        << "identity columns GENERATED BY DEFAULT";
    const QString lockInsert = QStringLiteral("INSERT INTO lock_settings (id, unit_id, school_year, grade, "
                                              "receive_lock, updated_at, updated_by) %1 VALUES (%2, %3, %4, 1, "
                                              "'2040-05-01', now(), '%5')");
    const auto explicitId = execAs(
        officer->database(), lockInsert.arg(QString(), QStringLiteral("900000001")).arg(unitA()).arg(2039).arg(me));
    EXPECT_FALSE(explicitId.ok) << "an officer chose a lock_settings id";
    const auto overriding = execAs(
        officer->database(), lockInsert.arg(QStringLiteral("OVERRIDING SYSTEM VALUE"), QStringLiteral("900000002"))
                                 .arg(unitA())
                                 .arg(2038)
                                 .arg(me));
    EXPECT_EQ(text(sure(QStringLiteral("SELECT string_agg(id::text, ',') FROM lock_settings WHERE id >= 900000000"))),
              text(QString()))
        << "ids chosen by the officer were stored (OVERRIDING SYSTEM VALUE: " << describe(overriding) << ")";

    // (f) Another person's schools and units through the owner's functions behind the policies
    // (schema 22), asked for officer B's login and for a login that is no person; and the unit tree's
    // closure read, or forged, directly.
    const QString loginB =
        c->one(QStringLiteral("SELECT login FROM db_logins l JOIN users u ON u.id = l.user_id WHERE u.username = '%1'")
                   .arg(c->user(QStringLiteral("canbo2"))));
    ASSERT_FALSE(loginB.isEmpty());
    for (const QString& login : {loginB, QStringLiteral("postgres"), c->one(QStringLiteral("SELECT current_user"))}) {
        for (const char* f : {"hocbaso_login_schools", "hocbaso_login_units"}) {
            const Rows got = rowsOn(officer->database(),
                                    QStringLiteral("SELECT cardinality(%1('%2'))").arg(QLatin1String(f), login));
            EXPECT_TRUE(!got.ok || (got.rows.size() == 1 && got.rows.first().first() == QLatin1String("0")))
                << "officer A asked " << f << " for " << login.toStdString() << " and got "
                << (got.rows.isEmpty() ? std::string() : got.rows.first().join(QLatin1Char(' ')).toStdString());
        }
    }
    const Rows mine = rowsOn(officer->database(), QStringLiteral("SELECT cardinality(hocbaso_my_schools())"));
    ASSERT_TRUE(mine.ok && mine.rows.size() == 1) << mine.error.toStdString();
    EXPECT_EQ(mine.rows.first().first().toLongLong(),
              c->count(QStringLiteral("SELECT count(*) FROM schools WHERE unit_id = %1").arg(unitA())))
        << "officer A's own schools";
    const Rows closure = rowsOn(officer->database(), QStringLiteral("SELECT count(*) FROM unit_closure"));
    EXPECT_TRUE(!closure.ok || closure.rows.first().first() == QLatin1String("0"))
        << "officer A reads the unit tree's closure";
    const auto forged = execAs(officer->database(), QStringLiteral("INSERT INTO unit_closure (ancestor_id, unit_id, "
                                                                   "depth) VALUES (%1, %2, 1)")
                                                        .arg(unitA())
                                                        .arg(unitB()));
    EXPECT_FALSE(forged.ok) << "officer A put unit B below unit A in the closure";
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM unit_closure WHERE ancestor_id = %1 AND unit_id = %2")
                           .arg(unitA())
                           .arg(unitB())),
              0);
}

// 9. Smaller findings: the name search takes plain words, not regular expressions (a pattern is
// work of the caller's choosing on the server), and a refused login role does not leave its SCRAM
// verifier in the server's log.
TEST_P(CentralAttack, Speculative)
{
    SIGN_IN(officer, "canbo1");
    ASSERT_TRUE(officer->database().execDirect(QStringLiteral("SET statement_timeout = '30s'")));
    // (a) Patterns as long words: matched as the literal words they are (no name has a word beginning
    // with "n.*" or "(a|aa)*b"), never run as regular expressions of the caller's.
    const auto search = execAs(officer->database(),
                               QStringLiteral("SELECT count(*) FROM hocbaso_name_search(ARRAY['n'], ARRAY['(a|aa)*b'], "
                                              "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 10, 0)"));
    EXPECT_TRUE(search.ok) << search.error.toStdString();
    EXPECT_EQ(oneOn(officer->database(),
                    QStringLiteral("SELECT count(*) FROM hocbaso_name_search(ARRAY['n'], ARRAY['n.*'], NULL, NULL, "
                                   "NULL, NULL, NULL, NULL, NULL, NULL, 10, 0)")),
              QStringLiteral("0"))
        << "hocbaso_name_search ran a regular expression of the caller's";
    EXPECT_EQ(oneOn(officer->database(), QStringLiteral("SELECT hocbaso_name_count(ARRAY['n'], ARRAY['n.*'], NULL, "
                                                        "NULL, NULL, NULL, NULL, NULL)")),
              QStringLiteral("0"))
        << "hocbaso_name_count ran a regular expression of the caller's";
    // The same word as a plain prefix does find the unit's names.
    EXPECT_NE(oneOn(officer->database(),
                    QStringLiteral("SELECT hocbaso_name_count(ARRAY['n'], ARRAY['n'], NULL, NULL, NULL, NULL, NULL, "
                                   "NULL)")),
              QStringLiteral("0"));
    // A plain folded word longer than 12 characters is still a long word.
    const auto plain =
        execAs(officer->database(), QStringLiteral("SELECT hocbaso_name_count(ARRAY['nguyenthimin'], "
                                                   "ARRAY['nguyenthiminhkhai'], NULL, NULL, NULL, NULL, NULL, NULL)"));
    EXPECT_TRUE(plain.ok) << plain.error.toStdString();
    const auto plainSearch =
        execAs(officer->database(), QStringLiteral("SELECT count(*) FROM hocbaso_name_search(ARRAY['nguyenthimin'], "
                                                   "ARRAY['nguyenthiminhkhai'], NULL, NULL, NULL, NULL, NULL, NULL, "
                                                   "NULL, NULL, 10, 0)"));
    EXPECT_TRUE(plainSearch.ok) << plainSearch.error.toStdString();

    // (b) A login role refused: the verifier stays out of the log.
    const QString log = qEnvironmentVariable("HOCBASO_PG_DIR");
    QFile file(log + QStringLiteral("/postgres.log"));
    if (log.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        std::cout << "[ note ] HOCBASO_PG_DIR is unset or its postgres.log unreadable: the log check is skipped\n";
        return;
    }
    const qint64 start = file.size();
    SIGN_IN(admin, "admin");
    const QString unique = QString::fromLatin1(
        (QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122()).toBase64(QByteArray::OmitTrailingEquals));
    const QString verifier = QStringLiteral("SCRAM-SHA-256$4096:c2FsdHNhbHQ=$") + unique + QStringLiteral(":") +
                             QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64());
    auto made = store::UserRepository(admin->database()).createLoginRole(c->user(QStringLiteral("xem1")), verifier);
    EXPECT_FALSE(made.ok()) << "a second login role for xem1";
    ASSERT_TRUE(file.seek(start));
    const QString appended = QString::fromUtf8(file.readAll());
    EXPECT_FALSE(appended.contains(unique)) << "the server's log holds the verifier:\n" << appended.toStdString();
}
