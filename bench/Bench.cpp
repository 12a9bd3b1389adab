#include "Bench.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace hocbaso::bench {

QJsonObject Figure::toJson() const
{
    auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("value"), round3(value)},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("bare"), bare ? QJsonValue(round3(*bare)) : QJsonValue()},
                       {QStringLiteral("naive"), naive ? QJsonValue(round3(*naive)) : QJsonValue()}};
}

QList<Benchmark>& registry()
{
    static QList<Benchmark> r;
    return r;
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const double rank = p * double(samples.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    return samples.at(lo) + (samples.at(hi) - samples.at(lo)) * (rank - double(lo));
}

} // namespace hocbaso::bench
