// `todo` through the real hocbaso-cli (CLI.md): each count is what the list it summarises gives
// (`cert list`, `revocation list`, `stats`, `lock show`), and an officer sees only their unit's work.

#include "support/CliDemoSuite.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using hocbaso::test::CliDemoSuite;
using hocbaso::test::CliResult;
using hocbaso::test::runCli;

namespace {

class CliTodo : public CliDemoSuite
{
protected:
    CliResult as(const QString& user, QStringList args, const QString& today = QString())
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOCBASO_PASSWORD"), QString::fromLatin1(kDemoPassword));
        QStringList global{QStringLiteral("--db"),   m_db,
                           QStringLiteral("--user"), user,
                           QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--json")};
        if (!today.isEmpty())
            global << QStringLiteral("--today") << today;
        return runCli(global + args, env);
    }
    QJsonObject json(const QString& user, const QStringList& args, const QString& today = QString())
    {
        const CliResult r = as(user, args, today);
        EXPECT_EQ(r.exitCode, 0) << args.join(' ').toStdString() << ": " << r.err.toStdString();
        return r.json();
    }
    QJsonArray rows(const QString& user, const QStringList& args, const QString& today = QString())
    {
        return json(user, args, today).value(QStringLiteral("rows")).toArray();
    }
    // A commune's schools, as the Sở's officer lists them.
    QSet<QString> schoolsOf(const QString& unit)
    {
        QSet<QString> codes;
        for (const QJsonValue& v : rows(QStringLiteral("canboso"), {"school", "list", "--unit", unit}))
            codes.insert(v[QStringLiteral("code")].toString());
        return codes;
    }
    // The statistics' schools below the share, counted here from the rows `stats` prints.
    static qint64 belowFromStats(const QJsonArray& statsRows, int percent)
    {
        qint64 n = 0;
        for (const QJsonValue& v : statsRows) {
            const double expected = v[QStringLiteral("expected")].toDouble();
            const double sent = v[QStringLiteral("sent")].toDouble();
            if (expected > 0 && 100.0 * sent / expected < percent)
                ++n;
        }
        return n;
    }
    // Approved rows whose expiry_soon check warns and whose validity passes: expiring, not expired.
    static qint64 expiringFromChecks(const QJsonArray& certRows)
    {
        qint64 n = 0;
        for (const QJsonValue& v : certRows) {
            QString expiry, validity;
            for (const QJsonValue& c : v[QStringLiteral("checks")].toArray()) {
                if (c[QStringLiteral("name")].toString() == QLatin1String("expiry_soon"))
                    expiry = c[QStringLiteral("severity")].toString();
                if (c[QStringLiteral("name")].toString() == QLatin1String("validity"))
                    validity = c[QStringLiteral("severity")].toString();
            }
            n += expiry == QLatin1String("warning") && validity == QLatin1String("pass") ? 1 : 0;
        }
        return n;
    }
    void expectCountsEqualLists(const QString& user, const QString& today)
    {
        SCOPED_TRACE(user.toStdString() + " on " + today.toStdString());
        const QJsonObject todo = json(user, {"todo"}, today);
        for (const char* key : {"pending_certificates", "expiring_certificates", "pending_revocations",
                                "schools_below_threshold", "locks_soon"})
            EXPECT_TRUE(todo.contains(QLatin1String(key))) << key;
        EXPECT_EQ(todo[QStringLiteral("pending_certificates")].toInteger(),
                  rows(user, {"cert", "list", "--status", "pending"}, today).size());
        const QJsonArray approved = rows(user, {"cert", "list", "--status", "approved"}, today);
        EXPECT_EQ(todo[QStringLiteral("expiring_certificates")].toInteger(), expiringFromChecks(approved));
        EXPECT_EQ(todo[QStringLiteral("expiring_certificates")].toInteger(),
                  rows(user, {"cert", "list", "--status", "approved", "--expiring"}, today).size());
        EXPECT_EQ(todo[QStringLiteral("pending_revocations")].toInteger(),
                  rows(user, {"revocation", "list", "--status", "pending"}, today).size());
        const int percent = todo[QStringLiteral("threshold_percent")].toInt();
        EXPECT_EQ(todo[QStringLiteral("schools_below_threshold")].toInteger(),
                  belowFromStats(rows(user, {"stats"}, today), percent));
    }
};

TEST_F(CliTodo, CountsEqualWhatTheListsGive)
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const QString& user : {QStringLiteral("canboso"), QStringLiteral("canbo1"), QStringLiteral("canbo2")})
        expectCountsEqualLists(user, today);
    // The demo has work waiting in the province, so the equalities above compare real numbers.
    const QJsonObject so = json(QStringLiteral("canboso"), {"todo"}, today);
    EXPECT_GT(so[QStringLiteral("pending_certificates")].toInteger(), 0);
    EXPECT_GT(so[QStringLiteral("pending_revocations")].toInteger(), 0);

    // Weeks before the demo's certificates end, the approved ones are expiring.
    const QJsonArray approved = rows(QStringLiteral("canboso"), {"cert", "list", "--status", "approved"});
    ASSERT_FALSE(approved.isEmpty());
    QDateTime firstEnd;
    for (const QJsonValue& v : approved) {
        const QDateTime end = QDateTime::fromString(v[QStringLiteral("not_after")].toString(), Qt::ISODateWithMs);
        if (!firstEnd.isValid() || end < firstEnd)
            firstEnd = end;
    }
    ASSERT_TRUE(firstEnd.isValid());
    const QString beforeExpiry = firstEnd.date().addDays(-10).toString(Qt::ISODate);
    for (const QString& user : {QStringLiteral("canboso"), QStringLiteral("canbo1"), QStringLiteral("canbo2")})
        expectCountsEqualLists(user, beforeExpiry);
    EXPECT_GT(
        json(QStringLiteral("canboso"), {"todo"}, beforeExpiry)[QStringLiteral("expiring_certificates")].toInteger(),
        0);
}

TEST_F(CliTodo, AnOfficerSeesOnlyTheirUnitsWork)
{
    const QDate day = QDate::currentDate();
    const QString today = day.toString(Qt::ISODate);
    // XA02 locks receiving in 5 days (within 14) and revoking in 40 (beyond); XA01 sets nothing.
    const CliResult set = as(QStringLiteral("canbo2"),
                             {"lock", "set", "--all", "--receive", day.addDays(5).toString(Qt::ISODate), "--revoke",
                              day.addDays(40).toString(Qt::ISODate)},
                             today);
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();

    const QSet<QString> xa01 = schoolsOf(QStringLiteral("XA01"));
    const QSet<QString> xa02 = schoolsOf(QStringLiteral("XA02"));
    ASSERT_FALSE(xa01.isEmpty());
    ASSERT_FALSE(xa02.isEmpty());
    ASSERT_FALSE(xa01.intersects(xa02));

    const QJsonObject one = json(QStringLiteral("canbo1"), {"todo"}, today);
    const QJsonObject two = json(QStringLiteral("canbo2"), {"todo"}, today);
    const QJsonObject so = json(QStringLiteral("canboso"), {"todo"}, today);
    EXPECT_TRUE(one[QStringLiteral("locks_soon")].toArray().isEmpty()) << "XA02's lock dates are not XA01's work";
    const QJsonArray locks = two[QStringLiteral("locks_soon")].toArray();
    EXPECT_EQ(locks.size(), xa02.size() * 5) << "each school's five grades, receive only";
    for (const QJsonValue& v : locks) {
        EXPECT_TRUE(xa02.contains(v[QStringLiteral("school")].toString()));
        EXPECT_EQ(v[QStringLiteral("kind")].toString(), QStringLiteral("receive"));
        EXPECT_EQ(v[QStringLiteral("date")].toString(), day.addDays(5).toString(Qt::ISODate));
        EXPECT_GE(v[QStringLiteral("grade")].toInt(), 1);
    }
    // The Sở sees its communes' work; each commune only its own, which adds up to the Sở's.
    EXPECT_EQ(so[QStringLiteral("locks_soon")].toArray().size(), locks.size());
    for (const char* key :
         {"pending_certificates", "expiring_certificates", "pending_revocations", "schools_below_threshold"})
        EXPECT_EQ(one[QLatin1String(key)].toInteger() + two[QLatin1String(key)].toInteger(),
                  so[QLatin1String(key)].toInteger())
            << key;
    // And the pending certificates counted for canbo1 are XA01's.
    for (const QJsonValue& v : rows(QStringLiteral("canbo1"), {"cert", "list", "--status", "pending"}, today))
        EXPECT_TRUE(xa01.contains(v[QStringLiteral("school")].toString()));
    EXPECT_NE(one[QStringLiteral("pending_certificates")].toInteger(),
              so[QStringLiteral("pending_certificates")].toInteger());
}

TEST_F(CliTodo, TheShareIsAnOptionAndBadValuesAreRefused)
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QJsonObject all = json(QStringLiteral("canboso"), {"todo", "--below", "100"}, today);
    EXPECT_EQ(all[QStringLiteral("threshold_percent")].toInt(), 100);
    EXPECT_EQ(all[QStringLiteral("schools_below_threshold")].toInteger(),
              belowFromStats(rows(QStringLiteral("canboso"), {"stats"}, today), 100));
    EXPECT_EQ(
        json(QStringLiteral("canboso"), {"todo", "--below", "0"}, today)[QStringLiteral("schools_below_threshold")]
            .toInteger(),
        0);
    EXPECT_NE(as(QStringLiteral("canboso"), {"todo", "--below", "101"}, today).exitCode, 0);
    EXPECT_EQ(as(QStringLiteral("canboso"), {"todo", "extra"}, today).exitCode, 2);
}

} // namespace
