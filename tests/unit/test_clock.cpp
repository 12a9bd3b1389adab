// The rules' date is the date in Vietnam (the central store's hocbaso_today() uses Asia/Ho_Chi_Minh),
// whatever time zone the machine or the process is set to.

#include "core/Clock.h"

#include <QByteArray>

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

using namespace hocbaso;

namespace {

// Sets the process's zone (as a machine set to it would have) for the life of the object.
class ProcessZone
{
public:
    explicit ProcessZone(const char* tz) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~ProcessZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_had;
    QByteArray m_old;
};

const char* const kZones[] = {"UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Europe/Berlin", "Asia/Ho_Chi_Minh"};

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

TEST(Clock, RulesZoneIsVietnam)
{
    const QTimeZone zone = rulesTimeZone();
    ASSERT_TRUE(zone.isValid());
    EXPECT_EQ(zone.offsetFromUtc(utc(2026, 1, 15, 0, 0)), 7 * 3600);
    EXPECT_EQ(zone.offsetFromUtc(utc(2026, 7, 15, 0, 0)), 7 * 3600);
}

TEST(Clock, TodayIsTheDateInVietnamWhateverTheMachinesZone)
{
    for (const char* tz : kZones) {
        ProcessZone z(tz);
        // 18:30 UTC is 01:30 the next day in Vietnam: the last day of May is over there.
        EXPECT_EQ(FixedClock(utc(2026, 5, 31, 18, 30)).today(), QDate(2026, 6, 1)) << tz;
        // 16:59 UTC is 23:59 in Vietnam: still the same day there.
        EXPECT_EQ(FixedClock(utc(2026, 5, 31, 16, 59)).today(), QDate(2026, 5, 31)) << tz;
        EXPECT_EQ(FixedClock(utc(2026, 5, 31, 17, 0)).today(), QDate(2026, 6, 1)) << tz;
        // The day before in Vietnam, while it is already the 1st in Kiribati (UTC+14).
        EXPECT_EQ(FixedClock(utc(2026, 5, 31, 10, 30)).today(), QDate(2026, 5, 31)) << tz;
    }
}

TEST(Clock, ShiftedDayIsThatDayInVietnam)
{
    for (const char* tz : kZones) {
        ProcessZone z(tz);
        const ShiftedDayClock clock(QDate(2027, 5, 31));
        EXPECT_EQ(clock.today(), QDate(2027, 5, 31)) << tz;
        const QDateTime now = clock.now();
        EXPECT_EQ(now.timeSpec(), Qt::UTC) << tz;
        // The real time of day (in Vietnam) is kept, so stamps move forward within a run.
        const QTime vietnam = QDateTime::currentDateTimeUtc().toTimeZone(rulesTimeZone()).time();
        EXPECT_LE(std::abs(now.toTimeZone(rulesTimeZone()).time().secsTo(vietnam)), 5) << tz;
    }
}
