// The province dataset (1,000 schools, 1,000,000 records): its build time and size.

#include "Bench.h"

#include "services/DemoGenerator.h"
#include "store/MetaRepository.h"

#include <QFileInfo>

namespace hocbaso::bench {
namespace {

Registration dataset(QStringLiteral("dataset"), [](BenchEnv& env) {
    QList<Figure> out;
    store::MetaRepository meta(env.db);
    const QString seconds = *meta.get(QStringLiteral("bench.build_seconds"));
    if (!seconds.isEmpty()) {
        Figure f{QStringLiteral("dataset_build_s"), seconds.toDouble(), QStringLiteral("s"), {}, {}};
        const QString bare = *meta.get(QStringLiteral("bench.build_bare_seconds"));
        if (!bare.isEmpty())
            f.bare = bare.toDouble();
        out.append(f);
    }
    if (!env.dbPath.isEmpty()) {
        qint64 bytes = 0;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            bytes += QFileInfo(env.dbPath + suffix).size();
        out.append({QStringLiteral("dataset_mb"), double(bytes) / (1024.0 * 1024.0), QStringLiteral("MB"), {}, {}});
    }
    return out;
});

} // namespace
} // namespace hocbaso::bench
