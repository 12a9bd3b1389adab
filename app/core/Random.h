#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace hocbaso {

// A small deterministic generator (SplitMix64). The demo and the bench dataset must be the same
// for a seed on every machine, which the standard distributions do not promise.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [lo, hi] (inclusive).
    int between(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename T> const T& pick(const QList<T>& items) { return items.at(between(0, int(items.size()) - 1)); }
    // A new generator for an independent stream (per school, per pupil...), so that adding
    // draws in one part of a generator does not shift every later part.
    Random fork(std::uint64_t salt) { return Random(next() ^ (salt * 0xD1B54A32D192ED03ULL)); }

private:
    std::uint64_t m_state;
};

// Items with weights, drawn in proportion to them (surname frequencies, for example).
template <typename T> class WeightedChoice
{
public:
    void add(T item, double weight)
    {
        m_total += weight;
        m_items.append(std::move(item));
        m_cumulative.append(m_total);
    }
    bool isEmpty() const { return m_items.isEmpty(); }
    const T& draw(Random& rng) const
    {
        const double x = rng.unit() * m_total;
        qsizetype lo = 0, hi = m_cumulative.size() - 1;
        while (lo < hi) {
            const qsizetype mid = (lo + hi) / 2;
            if (m_cumulative.at(mid) > x)
                hi = mid;
            else
                lo = mid + 1;
        }
        return m_items.at(lo);
    }

private:
    QList<T> m_items;
    QList<double> m_cumulative;
    double m_total = 0;
};

} // namespace hocbaso
