// Hybrid logical clock stamps: the order of lock-date changes made on several devices.

#include "core/Hlc.h"

#include <gtest/gtest.h>

using namespace hocbaso;

namespace {
const QDateTime kNoon(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
}

TEST(Hlc, StampsOfOneDeviceOnlyGoUpEvenWhenItsClockGoesBack)
{
    FixedClock clock(kNoon);
    Hlc hlc(clock, QStringLiteral("a"));
    const HlcStamp first = hlc.now();
    const HlcStamp sameMilli = hlc.now();
    EXPECT_LT(first, sameMilli);
    EXPECT_EQ(sameMilli.counter, 1);
    clock.advanceSecs(-3600); // the user sets the clock back an hour
    const HlcStamp earlierWall = hlc.now();
    EXPECT_LT(sameMilli, earlierWall);
    clock.set(kNoon.addSecs(60));
    const HlcStamp later = hlc.now();
    EXPECT_LT(earlierWall, later);
    EXPECT_EQ(later.counter, 0);
    EXPECT_EQ(later.millis, kNoon.addSecs(60).toMSecsSinceEpoch());
}

TEST(Hlc, ADeviceADayBehindStampsAfterWhatItHasSeen)
{
    FixedClock ahead(kNoon);
    FixedClock behind(kNoon.addDays(-1));
    Hlc a(ahead, QStringLiteral("a")), b(behind, QStringLiteral("b"));
    const HlcStamp fromA = a.now();
    // Without seeing A's change, B's own change orders before it (its clock is a day behind) ...
    EXPECT_LT(b.now(), fromA);
    // ... after pulling A's change, B's next change orders after it.
    b.observe(fromA);
    const HlcStamp afterSeeing = b.now();
    EXPECT_LT(fromA, afterSeeing);
    EXPECT_EQ(afterSeeing.device, QStringLiteral("b"));
}

TEST(Hlc, TextFormSortsAsTheStampsAndRoundTrips)
{
    const QList<HlcStamp> stamps{
        {1, 0, QStringLiteral("z")},
        {kNoon.toMSecsSinceEpoch(), 0, QStringLiteral("a")},
        {kNoon.toMSecsSinceEpoch(), 0, QStringLiteral("b")},
        {kNoon.toMSecsSinceEpoch(), 2, QStringLiteral("a")},
        {kNoon.toMSecsSinceEpoch(), 10, QStringLiteral("a")},
        {kNoon.toMSecsSinceEpoch() + 1, 0, QStringLiteral("5f1c0e2a-7b7e-4c56-9a0e-2b1d3c4e5f60")},
    };
    for (qsizetype i = 0; i < stamps.size(); ++i) {
        const auto back = HlcStamp::fromString(stamps[i].toString());
        ASSERT_TRUE(back.has_value()) << stamps[i].toString().toStdString();
        EXPECT_EQ(*back, stamps[i]);
        for (qsizetype j = i + 1; j < stamps.size(); ++j) {
            EXPECT_LT(stamps[i], stamps[j]);
            EXPECT_LT(stamps[i].toString(), stamps[j].toString());
        }
    }
    for (const char* bad : {"", "12-3-a", "000000000000000x-00000-a", "0000000000000001_00000-a"})
        EXPECT_FALSE(HlcStamp::fromString(QString::fromLatin1(bad)).has_value()) << bad;
}
