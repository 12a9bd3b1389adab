#pragma once

#include "Clock.h"

#include <QString>

#include <compare>
#include <optional>

namespace hocbaso {

// A hybrid logical clock stamp (Kulkarni et al.): wall-clock milliseconds, a counter that orders
// events within one millisecond (or while a device's clock lags behind a stamp it has seen), and
// the device, which breaks the last tie. Lock dates changed offline are last-writer-wins by these
// stamps, so a device whose clock is a day behind cannot silently lose to, or overwrite, a change
// it has already seen: its stamps stay above every stamp it received.
struct HlcStamp
{
    qint64 millis = 0;
    int counter = 0;
    QString device;

    bool isNull() const { return millis == 0 && counter == 0 && device.isEmpty(); }
    // Fixed-width text that sorts as the stamps do ("0001764320400000-00003-<device>"), for
    // storage in either store and comparison in SQL.
    QString toString() const;
    static std::optional<HlcStamp> fromString(const QString& text);

    friend std::strong_ordering operator<=>(const HlcStamp& a, const HlcStamp& b);
    friend bool operator==(const HlcStamp& a, const HlcStamp& b) = default;
};

// One device's clock. Not thread-safe: a device stamps from one place (the sync service).
class Hlc
{
public:
    Hlc(const Clock& clock, QString device, HlcStamp last = {});

    // A stamp for a local event: above every stamp issued or received so far.
    HlcStamp now();
    // Takes in a stamp seen from elsewhere (a pulled change), so later local stamps order after it.
    void observe(const HlcStamp& remote);
    const HlcStamp& last() const { return m_last; }

private:
    const Clock& m_clock;
    QString m_device;
    HlcStamp m_last;
};

} // namespace hocbaso
