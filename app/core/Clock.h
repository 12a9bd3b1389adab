#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace hocbaso {

// The zone of the rules' dates: Vietnam's, as the central store's hocbaso_today() reads it
// (Asia/Ho_Chi_Minh), whatever zone the machine is set to, so that a lock date ends at the same
// moment for the program and the server. Without a time zone database, UTC+7 (Vietnam keeps no
// daylight saving time).
inline QTimeZone rulesTimeZone()
{
    static const QTimeZone zone = [] {
        const QByteArray id("Asia/Ho_Chi_Minh");
        if (QTimeZone::isTimeZoneIdAvailable(id)) {
            QTimeZone z(id);
            if (z.isValid())
                return z;
        }
        return QTimeZone(7 * 3600);
    }();
    return zone;
}

// Every rule that depends on the date (lock dates, certificate validity, lock-outs) asks a Clock,
// so tests and `--today` can set it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // The rules' date: today in Vietnam (rulesTimeZone), not in the machine's zone.
    QDate today() const { return now().toTimeZone(rulesTimeZone()).date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told otherwise; also what `--today` installs (at the current
// time of day, so that event order within a run is kept).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceSecs(qint64 s) { m_at = m_at.addSecs(s); }

private:
    QDateTime m_at;
};

// `--today`: that calendar day in Vietnam, with the real time of day there, so timestamps still
// move forward and today() is `day` whatever the machine's zone.
class ShiftedDayClock final : public Clock
{
public:
    explicit ShiftedDayClock(QDate day) : m_day(day) {}
    QDateTime now() const override
    {
        const QTimeZone zone = rulesTimeZone();
        const QDateTime real = QDateTime::currentDateTimeUtc().toTimeZone(zone);
        return QDateTime(m_day, real.time(), zone).toUTC();
    }

private:
    QDate m_day;
};

} // namespace hocbaso
