// The text form of timestamps in SQLite: written by hand for speed, so checked against Qt's own.

#include "store/SqlValues.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace hocbaso;

TEST(SqlValues, IsoUtcMatchesQtsIsoFormWithMilliseconds)
{
    const QList<QDateTime> times{
        QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC),
        QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
        QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        // Another zone is converted to UTC first.
        QDateTime(QDate(2026, 11, 28), QTime(7, 30, 0, 120), QTimeZone(7 * 3600)),
        QDateTime(QDate(2027, 1, 1), QTime(0, 15), QTimeZone(7 * 3600)),
    };
    for (const QDateTime& t : times) {
        const QString expected = t.toUTC().toString(Qt::ISODateWithMs);
        EXPECT_EQ(store::sql::isoUtc(t).toStdString(), expected.toStdString());
        char buf[24];
        const int n = store::sql::isoUtc(t, buf);
        EXPECT_EQ(std::string(buf, size_t(n)), expected.toStdString());
    }
}
