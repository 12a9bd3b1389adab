// 6.3 lookups at province scale: by lookup code, by personal ID and by folded name words, each
// through the service (what the officer waits for), bare on the engine, and as a naive scan.

#include "Bench.h"

#include "core/Random.h"
#include "core/VietnameseText.h"
#include "services/RecordLookup.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace hocbaso::bench {
namespace {

struct Sample
{
    QString uuid;
    QString personalId;
    QString fullName;
};

QList<Sample> samples(store::Database& db, int n)
{
    QList<Sample> out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT max(id) FROM records"));
    const qint64 maxId = q.next() ? q.value(0).toLongLong() : 0;
    Random rng(99);
    q.prepare(QStringLiteral("SELECT r.uuid, p.personal_id, p.full_name FROM records r JOIN pupils p ON p.id = "
                             "r.pupil_id WHERE r.id >= ? ORDER BY r.id LIMIT 1"));
    for (int i = 0; i < n && maxId > 0; ++i) {
        q.addBindValue(qint64(rng.next() % quint64(maxId)) + 1);
        if (q.exec() && q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

template <typename F> QList<double> time(int n, F f)
{
    QList<double> ms;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

// A realistic query: how officers type names — given name and surname, or the whole name, without
// marks, sometimes in another order.
QString nameQuery(const QString& fullName, int i)
{
    const QStringList words = text::fold(fullName).split(QLatin1Char(' '));
    switch (i % 3) {
    case 0:
        return words.join(QLatin1Char(' '));
    case 1:
        return words.last() + QLatin1Char(' ') + words.first();
    default:
        return words.first() + QLatin1Char(' ') + words.at(1).left(1) + QLatin1Char(' ') + words.last();
    }
}

QList<Figure> run(BenchEnv& env)
{
    SystemClock clock;
    services::ServiceContext ctx{env.db, clock, services::Actor::systemActor(), {}};
    services::RecordLookup lookup(ctx);
    const QList<Sample> s = samples(env.db, 200);
    if (s.isEmpty())
        return {};
    const int n = int(s.size());
    QList<Figure> out;

    // By lookup code.
    {
        auto service = time(n, [&](int i) {
            services::LookupRequest r;
            r.lookupCode = s.at(i).uuid.toUpper();
            lookup.find(r);
        });
        QSqlQuery q(env.db.connection());
        q.prepare(QStringLiteral("SELECT r.id, r.status FROM records r WHERE r.uuid = ?"));
        auto bare = time(n, [&](int i) {
            q.addBindValue(s.at(i).uuid);
            q.exec();
            q.next();
        });
        QSqlQuery nq(env.db.connection());
        nq.prepare(QStringLiteral("SELECT r.id FROM records r WHERE lower(r.uuid) LIKE ?"));
        auto naive = time(3, [&](int i) {
            nq.addBindValue(QStringLiteral("%") + s.at(i).uuid + QStringLiteral("%"));
            nq.exec();
            while (nq.next()) {
            }
        });
        out.append({QStringLiteral("lookup_code_p95_ms"), percentile(service, 0.95), QStringLiteral("ms"),
                    percentile(bare, 0.95), percentile(naive, 0.5)});
    }
    // By personal ID.
    {
        auto service = time(n, [&](int i) {
            services::LookupRequest r;
            r.personalId = s.at(i).personalId;
            lookup.find(r);
        });
        QSqlQuery q(env.db.connection());
        q.prepare(
            QStringLiteral("SELECT r.id FROM records r JOIN pupils p ON p.id = r.pupil_id WHERE p.personal_id = ?"));
        auto bare = time(n, [&](int i) {
            q.addBindValue(s.at(i).personalId);
            q.exec();
            while (q.next()) {
            }
        });
        QSqlQuery nq(env.db.connection());
        nq.prepare(QStringLiteral("SELECT r.id FROM records r JOIN pupils p ON p.id = r.pupil_id WHERE p.personal_id "
                                  "LIKE ?"));
        auto naive = time(3, [&](int i) {
            nq.addBindValue(QStringLiteral("%") + s.at(i).personalId + QStringLiteral("%"));
            nq.exec();
            while (nq.next()) {
            }
        });
        out.append({QStringLiteral("lookup_pid_p95_ms"), percentile(service, 0.95), QStringLiteral("ms"),
                    percentile(bare, 0.95), percentile(naive, 0.5)});
    }
    // By folded name words: the first 100 rows in class-list order, and the total.
    if (env.db.isSqlite()) {
        auto service = time(n, [&](int i) {
            services::LookupRequest r;
            r.name = nameQuery(s.at(i).fullName, i);
            r.limit = 100;
            lookup.find(r);
        });
        QSqlQuery page(env.db.connection()), count(env.db.connection());
        page.prepare(QStringLiteral("SELECT r.id, p.full_name FROM records r JOIN pupils p ON p.id = r.pupil_id WHERE "
                                    "r.pupil_id IN (SELECT rowid FROM pupils_fts WHERE pupils_fts MATCH ?) ORDER BY "
                                    "r.name_sort, r.id LIMIT 100"));
        count.prepare(QStringLiteral("SELECT count(*) FROM records r WHERE r.pupil_id IN (SELECT rowid FROM pupils_fts "
                                     "WHERE pupils_fts MATCH ?)"));
        auto fts = [](const QString& q) {
            QStringList terms;
            for (const QString& w : q.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                terms.append(QLatin1Char('"') + w + QStringLiteral("\"*"));
            return terms.join(QStringLiteral(" AND "));
        };
        auto bare = time(n, [&](int i) {
            const QString m = fts(nameQuery(s.at(i).fullName, i));
            page.addBindValue(m);
            page.exec();
            while (page.next()) {
            }
            count.addBindValue(m);
            count.exec();
            count.next();
        });
        QSqlQuery nq(env.db.connection());
        auto naive = time(3, [&](int i) {
            QStringList conds;
            const QStringList words = nameQuery(s.at(i).fullName, i).split(QLatin1Char(' '));
            for (qsizetype k = 0; k < words.size(); ++k)
                conds.append(QStringLiteral("p.name_folded LIKE ?"));
            nq.prepare(QStringLiteral("SELECT r.id FROM records r JOIN pupils p ON p.id = r.pupil_id WHERE ") +
                       conds.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY r.name_sort LIMIT 100"));
            for (const QString& w : words)
                nq.addBindValue(QStringLiteral("%") + w + QStringLiteral("%"));
            nq.exec();
            while (nq.next()) {
            }
        });
        out.append({QStringLiteral("lookup_name_p95_ms"), percentile(service, 0.95), QStringLiteral("ms"),
                    percentile(bare, 0.95), percentile(naive, 0.5)});
    }
    return out;
}

Registration lookup(QStringLiteral("lookup"), run);

} // namespace
} // namespace hocbaso::bench
