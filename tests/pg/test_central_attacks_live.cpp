// Live updates (schema 25) as an attacker meets them: LISTEN needs no privilege, so what keeps a
// person from hearing another unit's changes is that its channel cannot be known. These tests try to
// learn or make another unit's channel with what psql offers, and check what each person hears: their
// own unit's changes (a Sở also its communes'), nothing of a sibling unit, nothing of a change rolled
// back, no row data, and not their own connection's changes. Same fixture and rules as
// test_central_attacks.cpp (CentralAttack.h), whose file instantiates the suite.
// PostgreSQL only (needs HOCBASO_TEST_PG; skipped without it, failed without it when CI=true).

#include "CentralAttack.h"

#include "store/ChangeNotices.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDriver>
#include <QTimer>

using namespace hocbaso::test::attack;

namespace {

// What one connection heard, in the order heard: "change" for a notice ChangeNotices passed on,
// "marker" for the test's own marker channel, which the test notifies after the change under test.
// PostgreSQL delivers notifications to a listener in commit order, so when the marker has arrived,
// a notice of the earlier change has arrived too, or was never sent to this connection.
class Ear
{
public:
    Ear(store::Database& db, QString marker) : m_db(db), m_notices(db), m_marker(std::move(marker))
    {
        QObject::connect(&m_notices, &store::ChangeNotices::changed, [this] { m_heard << QStringLiteral("change"); });
    }

    Status start()
    {
        if (const Status s = m_notices.start(); !s)
            return s;
        QSqlDriver* driver = m_db.connection().driver();
        QObject::connect(driver, &QSqlDriver::notification, &m_context,
                         [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                             if (name == m_marker)
                                 m_heard << QStringLiteral("marker");
                             else
                                 m_payloads << payload.toString();
                         });
        if (!driver->subscribeToNotification(m_marker))
            return Error::storage(driver->lastError().text());
        return {};
    }

    // Waits (handling events, up to 10 s) until the marker has been heard `n` times in all.
    bool waitForMarker(int n = 1)
    {
        QDeadlineTimer deadline(10000);
        QTimer wake;
        wake.start(50);
        while (m_heard.count(QStringLiteral("marker")) < n && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return m_heard.count(QStringLiteral("marker")) >= n;
    }

    // What was heard since the last call, as "change,marker".
    QString take()
    {
        const QString s = m_heard.join(QLatin1Char(','));
        m_heard.clear();
        return s;
    }
    store::ChangeNotices& notices() { return m_notices; }
    QStringList payloads() const { return m_payloads; }

private:
    store::Database& m_db;
    store::ChangeNotices m_notices;
    QObject m_context; // the marker's connection, apart from m_notices' own
    QString m_marker;
    QStringList m_heard;
    QStringList m_payloads;
};

QString lockDateInsert(qint64 unit, int grade, const QString& by)
{
    return QStringLiteral("INSERT INTO lock_settings (unit_id, school_year, grade, receive_lock, updated_at, "
                          "updated_by) VALUES (%1, 2039, %2, '2040-05-01', now(), '%3')")
        .arg(unit)
        .arg(grade)
        .arg(by);
}

} // namespace

// (a) The names: one channel each, all different, none to be made or read from another's.
TEST_P(CentralAttack, LiveChannelsCannotBeLearnedOrMade)
{
    SIGN_IN(officerA, "canbo1");
    SIGN_IN(officerB, "canbo2");
    SIGN_IN(so, "canboso");
    SIGN_IN(viewerA, "xem1");
    const qint64 unitOfB = c->count(
        QStringLiteral("SELECT unit_id FROM users WHERE username = '%1'").arg(c->user(QStringLiteral("canbo2"))));
    ASSERT_GT(unitOfB, 0);

    const Rows a = rowsOn(officerA->database(), QStringLiteral("SELECT unnest(hocbaso_my_channels())"));
    const Rows b = rowsOn(officerB->database(), QStringLiteral("SELECT unnest(hocbaso_my_channels())"));
    const Rows s = rowsOn(so->database(), QStringLiteral("SELECT unnest(hocbaso_my_channels())"));
    const Rows v = rowsOn(viewerA->database(), QStringLiteral("SELECT unnest(hocbaso_my_channels())"));
    ASSERT_TRUE(a.ok && b.ok && s.ok && v.ok) << text(a.error + b.error + s.error + v.error);
    ASSERT_EQ(a.rows.size(), 1);
    ASSERT_EQ(b.rows.size(), 1);
    ASSERT_EQ(s.rows.size(), 1);
    const QString channelA = a.rows.first().first();
    const QString channelB = b.rows.first().first();
    EXPECT_NE(channelA, channelB);
    EXPECT_NE(channelA, s.rows.first().first());
    // A viewer of unit A hears what its officer hears (both may see the unit's lists).
    EXPECT_EQ(v.rows, a.rows);

    // What officer A could type to learn or make unit B's channel.
    const QString loginB = c->user(QStringLiteral("canbo2"));
    for (const QString& sql :
         {QStringLiteral("SELECT * FROM live_key"), QStringLiteral("SELECT hocbaso_unit_channel(%1)").arg(unitOfB),
          QStringLiteral("SELECT hocbaso_live_new_key()"), QStringLiteral("UPDATE live_key SET secret = '\\x00'"),
          QStringLiteral("INSERT INTO live_key (only_row, secret) VALUES (false, '\\x00')"),
          QStringLiteral("SELECT hocbaso_live_notify()"),
          QStringLiteral("INSERT INTO sync_changes (tbl, row_id, unit_id) VALUES ('units', 1, %1)").arg(unitOfB)}) {
        SCOPED_TRACE(text(sql));
        const Rows r = rowsOn(officerA->database(), sql);
        EXPECT_TRUE(!r.ok || r.rows.isEmpty()) << "accepted with " << r.rows.size() << " row(s)";
    }
    // Another person's login, the owner's and the superuser's give no channel.
    for (const QString& login : {loginB, c->user(QStringLiteral("canboso")), QStringLiteral("postgres"),
                                 oneOn(c->owner(), QStringLiteral("SELECT current_user"))}) {
        SCOPED_TRACE(text(login));
        const Rows r =
            rowsOn(officerA->database(), QStringLiteral("SELECT unnest(hocbaso_login_channels('%1'))").arg(login));
        EXPECT_TRUE(!r.ok || r.rows.isEmpty()) << "got " << r.rows.size() << " channel(s)";
    }
    // A search_path of one's own does not reach into the functions (they pin theirs).
    const auto made =
        execAs(officerA->database(), QStringLiteral("CREATE TEMP TABLE live_key (only_row boolean, secret bytea)"));
    if (made.ok) {
        ASSERT_TRUE(
            execAs(officerA->database(), QStringLiteral("INSERT INTO pg_temp.live_key VALUES (true, '\\x00')")).ok);
        ASSERT_TRUE(execAs(officerA->database(), QStringLiteral("SET search_path = pg_temp, public")).ok);
        const Rows shadowed = rowsOn(officerA->database(), QStringLiteral("SELECT unnest(hocbaso_my_channels())"));
        EXPECT_TRUE(shadowed.ok) << text(shadowed.error);
        EXPECT_EQ(shadowed.rows, a.rows);
        ASSERT_TRUE(execAs(officerA->database(), QStringLiteral("RESET search_path")).ok);
    }

    // A school's users have no channel: another school's changes are not theirs to hear.
    QString why;
    auto school = schoolUser(QStringLiteral("truong_live"), schoolsA().section(QLatin1Char(','), 0, 0), &why);
    ASSERT_TRUE(school) << why.toStdString();
    const Rows sc = rowsOn(school->database(), QStringLiteral("SELECT unnest(hocbaso_my_channels())"));
    EXPECT_TRUE(!sc.ok || sc.rows.isEmpty());

    // A new key changes every channel.
    ASSERT_TRUE(c->owner().execDirect(QStringLiteral("SELECT hocbaso_live_new_key()")));
    const Rows after = rowsOn(officerA->database(), QStringLiteral("SELECT unnest(hocbaso_my_channels())"));
    ASSERT_TRUE(after.ok && after.rows.size() == 1);
    EXPECT_NE(after.rows.first().first(), channelA);
}

// (b) What each person hears: their unit's changes from others, the Sở its communes', never a sibling
// unit's, nor a rolled back change, nor their own connection's; and no row data.
TEST_P(CentralAttack, LiveNoticesReachOnlyTheUnitsListeners)
{
    SIGN_IN(writerA, "canbo1");
    SIGN_IN(listenerA, "canbo1");
    SIGN_IN(writerB, "canbo2");
    SIGN_IN(listenerB, "xem2");
    SIGN_IN(so, "canboso");
    const QString marker = QStringLiteral("test_marker_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Ear earA(listenerA->database(), marker);
    Ear earB(listenerB->database(), marker);
    Ear earSo(so->database(), marker);
    Ear earWriterB(writerB->database(), marker);
    for (Ear* ear : {&earA, &earB, &earSo, &earWriterB})
        ASSERT_TRUE(ear->start()) << ear->start().errorString().toStdString();
    ASSERT_TRUE(earA.notices().isListening() && earSo.notices().isListening());
    const qint64 unitOfA = writerA->context().actor.unitId;
    const qint64 unitOfB = writerB->context().actor.unitId;
    const QString userA = c->user(QStringLiteral("canbo1"));
    const QString userB = c->user(QStringLiteral("canbo2"));
    // The marker goes out from a connection that listens to no unit, after the change under test.
    auto mark = [&] { return c->dba().execDirect(QStringLiteral("NOTIFY %1").arg(marker)); };

    // Unit B changes: B's other listener and the Sở hear it; unit A does not; nor B's own writer.
    ASSERT_TRUE(execAs(writerB->database(), lockDateInsert(unitOfB, 1, userB)).ok);
    ASSERT_TRUE(mark());
    for (Ear* ear : {&earA, &earB, &earSo, &earWriterB})
        ASSERT_TRUE(ear->waitForMarker());
    EXPECT_EQ(earA.take(), QStringLiteral("marker"));
    EXPECT_EQ(earB.take(), QStringLiteral("change,marker"));
    EXPECT_EQ(earSo.take(), QStringLiteral("change,marker"));
    EXPECT_EQ(earWriterB.take(), QStringLiteral("marker"));

    // Unit A changes inside a transaction that is rolled back: nobody hears a thing.
    ASSERT_TRUE(writerA->database().execDirect(QStringLiteral("BEGIN")));
    ASSERT_TRUE(execAs(writerA->database(), lockDateInsert(unitOfA, 2, userA)).ok);
    ASSERT_TRUE(writerA->database().execDirect(QStringLiteral("ROLLBACK")));
    ASSERT_TRUE(mark());
    for (Ear* ear : {&earA, &earB, &earSo})
        ASSERT_TRUE(ear->waitForMarker());
    EXPECT_EQ(earA.take(), QStringLiteral("marker"));
    EXPECT_EQ(earB.take(), QStringLiteral("marker"));
    EXPECT_EQ(earSo.take(), QStringLiteral("marker"));

    // Unit A changes for real, a decision with several statements: one notice to A and to the Sở.
    ASSERT_TRUE(execAs(writerA->database(), lockDateInsert(unitOfA, 3, userA)).ok);
    ASSERT_TRUE(mark());
    for (Ear* ear : {&earA, &earB, &earSo})
        ASSERT_TRUE(ear->waitForMarker());
    EXPECT_EQ(earA.take(), QStringLiteral("change,marker"));
    EXPECT_EQ(earB.take(), QStringLiteral("marker"));
    EXPECT_EQ(earSo.take(), QStringLiteral("change,marker"));

    // No row data: every unit notice came with an empty payload.
    for (Ear* ear : {&earA, &earB, &earSo}) {
        for (const QString& p : ear->payloads())
            EXPECT_TRUE(p.isEmpty()) << text(p);
    }

    // After stop() nothing more is heard, and the connection goes on working.
    earSo.notices().stop();
    EXPECT_FALSE(earSo.notices().isListening());
    ASSERT_TRUE(execAs(writerB->database(), lockDateInsert(unitOfB, 4, userB)).ok);
    ASSERT_TRUE(mark());
    ASSERT_TRUE(earSo.waitForMarker());
    EXPECT_EQ(earSo.take(), QStringLiteral("marker"));
    EXPECT_EQ(oneOn(so->database(), QStringLiteral("SELECT 1")), QStringLiteral("1"));
}
