#pragma once

#include <QDate>
#include <QDateTime>

namespace hocbaso {

// Every rule that depends on the date (lock dates, certificate validity, lock-outs) asks a Clock,
// so tests and `--today` can set it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
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

// `--today`: that calendar day, with the real time of day, so timestamps still move forward.
class ShiftedDayClock final : public Clock
{
public:
    explicit ShiftedDayClock(QDate day) : m_day(day) {}
    QDateTime now() const override
    {
        const QDateTime real = QDateTime::currentDateTime();
        return QDateTime(m_day, real.time()).toUTC();
    }

private:
    QDate m_day;
};

} // namespace hocbaso
