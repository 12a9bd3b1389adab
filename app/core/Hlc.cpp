#include "Hlc.h"

#include <QStringList>

#include <algorithm>

namespace hocbaso {

namespace {
constexpr int kMillisWidth = 16;
constexpr int kCounterWidth = 5;
} // namespace

QString HlcStamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(millis, kMillisWidth, 10, QLatin1Char('0'))
        .arg(counter, kCounterWidth, 10, QLatin1Char('0'))
        .arg(device);
}

std::optional<HlcStamp> HlcStamp::fromString(const QString& text)
{
    // The device id may itself hold dashes (a UUID): split off the first two fields only.
    const qsizetype first = text.indexOf(QLatin1Char('-'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char('-'), first + 1);
    if (first != kMillisWidth || second != kMillisWidth + 1 + kCounterWidth)
        return std::nullopt;
    bool okMillis = false, okCounter = false;
    HlcStamp s;
    s.millis = text.left(first).toLongLong(&okMillis);
    s.counter = text.mid(first + 1, second - first - 1).toInt(&okCounter);
    s.device = text.mid(second + 1);
    if (!okMillis || !okCounter || s.millis < 0 || s.counter < 0)
        return std::nullopt;
    return s;
}

std::strong_ordering operator<=>(const HlcStamp& a, const HlcStamp& b)
{
    if (auto c = a.millis <=> b.millis; c != 0)
        return c;
    if (auto c = a.counter <=> b.counter; c != 0)
        return c;
    const int d = QString::compare(a.device, b.device, Qt::CaseSensitive);
    return d < 0 ? std::strong_ordering::less : d > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

Hlc::Hlc(const Clock& clock, QString device, HlcStamp last)
    : m_clock(clock), m_device(std::move(device)), m_last(std::move(last))
{}

HlcStamp Hlc::now()
{
    const qint64 wall = m_clock.now().toMSecsSinceEpoch();
    HlcStamp next;
    next.device = m_device;
    if (wall > m_last.millis) {
        next.millis = wall;
        next.counter = 0;
    } else {
        // The wall clock is behind (or equal to) what we have seen: keep its millisecond, count on.
        next.millis = m_last.millis;
        next.counter = m_last.counter + 1;
    }
    m_last = next;
    return next;
}

void Hlc::observe(const HlcStamp& remote)
{
    if (remote.millis > m_last.millis || (remote.millis == m_last.millis && remote.counter > m_last.counter)) {
        m_last.millis = remote.millis;
        m_last.counter = remote.counter;
    }
}

} // namespace hocbaso
