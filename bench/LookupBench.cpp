// 6.3 lookups at province scale: by lookup code, by personal ID and by folded name words, each
// through the service (what the officer waits for), bare on the engine, and as a naive scan.

#include "Bench.h"
#include "LookupMix.h"

#include "core/Random.h"
#include "core/VietnameseText.h"
#include "services/AuthService.h"
#include "services/RecordLookup.h"
#include "store/RecordSearchRepository.h"
#include "store/UserRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <QSet>

#include <algorithm>
#include <numeric>
#include <optional>

namespace hocbaso::bench {

QList<Sample> samples(store::Database& db, int n)
{
    QList<Sample> out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT max(id) FROM records"));
    const qint64 maxId = q.next() ? q.value(0).toLongLong() : 0;
    Random rng(99);
    q.prepare(QStringLiteral("SELECT r.uuid, p.personal_id, p.full_name, s.code, r.school_year, r.grade, r.status "
                             "FROM records r JOIN pupils p ON p.id = r.pupil_id JOIN schools s ON s.id = r.school_id "
                             "WHERE r.id >= ? ORDER BY r.id LIMIT 1"));
    for (int i = 0; i < n && maxId > 0; ++i) {
        q.addBindValue(qint64(rng.next() % quint64(maxId)) + 1);
        if (q.exec() && q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toInt(), q.value(5).toInt(),
                        recordStatusFromText(q.value(6).toString()).value_or(RecordStatus::Draft)});
    }
    return out;
}

namespace {

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

} // namespace

// A realistic mix of what officers type to find a pupil, drawn from a random record (so common
// names come up as often as they are common): mostly the whole name or given name and surname,
// without marks or with them, in any order; sometimes a single word (a surname like "Nguyễn"
// matches a third of a province) or a name still being typed; and filters now and then. Every
// query is typed by an officer of the province's office, which is what the 6.3 tab does.
services::LookupRequest nameRequest(const Sample& s, Random& rng)
{
    const QString folded = text::fold(s.fullName);
    const QStringList words = folded.split(QLatin1Char(' '));
    const QString& family = words.first();
    const QString& given = words.last();
    const QString middle = words.size() > 2 ? words.at(1) : QString();
    services::LookupRequest r;
    const int kind = rng.between(0, 99);
    if (kind < 20) // the whole name, as in the class list
        r.name = folded;
    else if (kind < 30) // the whole name with its marks
        r.name = s.fullName;
    else if (kind < 50) // given name and surname, either order
        r.name = rng.chance(0.5) ? given + QLatin1Char(' ') + family : family + QLatin1Char(' ') + given;
    else if (kind < 58) // surname, middle initial, given name
        r.name = family + QLatin1Char(' ') + middle.left(1) + QLatin1Char(' ') + given;
    else if (kind < 66) // middle and given name
        r.name = middle + QLatin1Char(' ') + given;
    else if (kind < 76) // the given name alone
        r.name = given;
    else if (kind < 84) // the surname alone
        r.name = family;
    else if (kind < 95) // still typing: surname and the start of the given name
        r.name = family + QLatin1Char(' ') + given.left(rng.between(1, 2));
    else // the first two letters (search-as-you-type starts there)
        r.name = folded.left(2);
    r.name = r.name.simplified();
    if (rng.chance(0.25))
        r.schoolYear = s.schoolYear;
    if (rng.chance(0.15))
        r.grade = s.grade;
    if (rng.chance(0.10))
        r.status = s.status;
    if (rng.chance(0.10))
        r.schoolCode = s.schoolCode;
    r.limit = 100;
    return r;
}

namespace {

constexpr const char* kOfficerPassword = "Bench#Lookup2026";

store::RecordSearchRepository::Criteria criteriaOf(const services::LookupRequest& r, qint64 unitId)
{
    store::RecordSearchRepository::Criteria c;
    c.nameWords = text::queryWords(text::fold(r.name));
    c.schoolCode = r.schoolCode;
    c.unitId = unitId;
    c.schoolYear = r.schoolYear;
    c.grade = r.grade;
    c.status = r.status;
    c.limit = r.limit;
    return c;
}

// lookup_name_p95_ms on the central store: the same mix of queries, typed by an officer of the unit
// with the most schools, connected as the officer's own login role (row-level security applies).
// bare: the store's queries for them (first page and total, RecordSearchRepository) on that
// connection without the service around them; naive: the trigram plan of schema 2 and 3
// (Plan::Plain), on a few of them.
std::optional<Figure> centralNameLookup(BenchEnv& env, const QList<Sample>& s)
{
    QTextStream err(stderr);
    SystemClock clock;
    QSqlQuery q(env.db.connection());
    if (!q.exec(
            QStringLiteral("SELECT unit_id FROM schools GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 1")) ||
        !q.next())
        return std::nullopt;
    const qint64 unitId = q.value(0).toLongLong();
    q.finish();
    const QString login = QStringLiteral("bench_lookup_%1").arg(unitId);
    if (!ensureOfficer(env.db, clock, unitId, login, QString::fromLatin1(kOfficerPassword), QStringLiteral("lookup"),
                       err))
        return std::nullopt;
    store::ConnectionSpec spec = env.db.spec();
    spec.userName = login;
    spec.password = QString::fromLatin1(kOfficerPassword);
    auto opened = store::Database::open(spec);
    if (!opened) {
        err << "lookup: " << opened.errorString() << "\n";
        return std::nullopt;
    }
    store::Database& db = **opened;
    auto me = store::UserRepository(db).byUsername(login);
    if (!me || !me->has_value()) {
        err << "lookup: the bench officer cannot read its own user row\n";
        return std::nullopt;
    }
    services::ServiceContext ctx{db, clock, services::AuthService::actorFor(**me), {}};
    services::RecordLookup lookup(ctx);
    // Queries drawn from the unit's records only (the officer sees nothing else).
    QList<services::LookupRequest> requests;
    Random rng(2026);
    {
        QSqlQuery units(env.db.connection());
        units.prepare(QStringLiteral("SELECT code FROM schools WHERE unit_id = ?"));
        units.addBindValue(unitId);
        units.exec();
        QSet<QString> codes;
        while (units.next())
            codes.insert(units.value(0).toString());
        for (const Sample& x : s) {
            if (codes.contains(x.schoolCode))
                requests.append(nameRequest(x, rng));
        }
    }
    const int n = int(requests.size());
    if (n == 0)
        return std::nullopt;
    // One round first: the officer's connection prepares its statements and warms its caches, as
    // a session does with its first lookups.
    for (int i = 0; i < std::min(n, 5); ++i)
        mustSucceed(lookup.find(requests.at(i)), "lookup");
    QList<qint64> totals(n, 0);
    auto service = time(n, [&](int i) {
        auto found = lookup.find(requests.at(i));
        totals[i] = found ? found->total : -1;
    });
    store::RecordSearchRepository repo(db);
    auto bare = time(n, [&](int i) {
        const auto c = criteriaOf(requests.at(i), unitId);
        mustSucceed(repo.find(c), "bare find");
        if (!c.nameWords.isEmpty() || c.schoolYear || c.grade || c.status || !c.schoolCode.isEmpty())
            mustSucceed(repo.count(c), "bare count");
    });
    store::RecordSearchRepository plain(db);
    plain.setPlan(store::RecordSearchRepository::Plan::Plain);
    auto naive = time(std::min(n, 5), [&](int i) {
        const auto c = criteriaOf(requests.at(i), unitId);
        mustSucceed(plain.find(c), "plain find");
        mustSucceed(plain.count(c), "plain count");
    });
    err << "lookup_name (central, " << n << " queries as " << login << "): p50 " << percentile(service, 0.5)
        << " ms, p95 " << percentile(service, 0.95) << " ms, max " << percentile(service, 1.0) << " ms; bare p50 "
        << percentile(bare, 0.5) << " ms; trigram plan p50 " << percentile(naive, 0.5) << " ms\n";
    if (qEnvironmentVariableIsSet("HOCBASO_BENCH_VERBOSE")) {
        QList<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return service.at(a) > service.at(b); });
        for (int k = 0; k < std::min(n, 20); ++k) {
            const services::LookupRequest& r = requests.at(order.at(k));
            err << "  #" << order.at(k) << " " << service.at(order.at(k)) << " ms (bare " << bare.at(order.at(k))
                << ") \"" << r.name << "\" year " << r.schoolYear.value_or(0) << " grade " << r.grade << " status "
                << (r.status ? toText(*r.status) : QString()) << " school " << r.schoolCode << ": "
                << totals.at(order.at(k)) << "\n";
        }
    }
    return Figure{QStringLiteral("lookup_name_p95_ms"), percentile(service, 0.95), QStringLiteral("ms"),
                  percentile(bare, 0.95), percentile(naive, 0.5)};
}

QList<Figure> run(BenchEnv& env)
{
    SystemClock clock;
    QTextStream err(stderr);
    // Every lookup is typed by an officer of the province's Sở, whose reach is every commune: what
    // the 6.3 tab of the Sở does.
    const std::optional<Unit> so = provinceUnit(env.db, QStringLiteral("lookup"), err);
    if (!so)
        return {};
    const services::Actor officer = officerOf(env.db, *so);
    services::ServiceContext ctx{env.db, clock, officer, {}};
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
            mustSucceed(lookup.find(r), "lookup");
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
            mustSucceed(lookup.find(r), "lookup");
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
        services::RecordLookup& officerLookup = lookup;
        Random rng(2026);
        QList<services::LookupRequest> requests;
        for (const Sample& x : s)
            requests.append(nameRequest(x, rng));
        QList<qint64> totals(n, 0);
        auto service = time(n, [&](int i) {
            auto found = officerLookup.find(requests.at(i));
            totals[i] = found ? found->total : -1;
        });

        // Bare: the index's own work straight on the engine, without the program around it: the
        // total (from the per-prefix counts where the program takes it from there) and the first
        // 100 candidates in class-list order, without listings built or candidates checked.
        store::RecordSearchRepository repo(env.db);
        auto criteria = [&](const services::LookupRequest& r) {
            store::RecordSearchRepository::Criteria c;
            c.nameWords = text::queryWords(r.name);
            c.schoolCode = r.schoolCode;
            c.unitId = officer.unitId;
            c.schoolYear = r.schoolYear;
            c.grade = r.grade;
            c.status = r.status;
            return c;
        };
        QSqlQuery count(env.db.connection()), scan(env.db.connection()), page(env.db.connection());
        count.prepare(QStringLiteral("SELECT count(*) FROM records_fts WHERE records_fts MATCH ?"));
        QSqlQuery counted(env.db.connection()), statusCount(env.db.connection());
        statusCount.prepare(QStringLiteral("SELECT count(*) FROM records_fts f CROSS JOIN record_search x ON "
                                           "x.sort_rowid = f.rowid WHERE records_fts MATCH ? AND EXISTS (SELECT 1 "
                                           "FROM records rs INDEXED BY records_school WHERE rs.school_id = "
                                           "x.school_id AND rs.school_year = x.school_year AND rs.grade = x.grade "
                                           "AND rs.status = ? AND rs.id = x.record_id)"));
        counted.prepare(QStringLiteral("SELECT sum(n) FROM search_prefix_counts WHERE prefix = ?"));
        scan.setForwardOnly(true);
        scan.prepare(
            QStringLiteral("SELECT f.rowid FROM records_fts f CROSS JOIN record_search x ON x.sort_rowid = "
                           "f.rowid WHERE records_fts MATCH ? AND (? IS NULL OR EXISTS (SELECT 1 FROM records rs "
                           "INDEXED BY records_school WHERE rs.school_id = x.school_id AND rs.school_year = "
                           "x.school_year AND rs.grade = x.grade AND rs.status = ? AND rs.id = x.record_id)) ORDER "
                           "BY f.rowid"));
        page.prepare(QStringLiteral(
            "SELECT r.id, p.full_name FROM (SELECT x.record_id AS id, x.name_sort AS k FROM record_search x WHERE "
            "x.sort_rowid IN (SELECT value FROM json_each(?)) ORDER BY x.name_sort, x.record_id LIMIT 100) t CROSS "
            "JOIN records r ON r.id = t.id JOIN pupils p ON p.id = r.pupil_id ORDER BY t.k, t.id"));
        auto bare = time(n, [&](int i) {
            const auto iq = repo.indexQuery(criteria(requests.at(i)));
            if (!iq || iq->empty)
                return;
            // The first 100 candidates and the rest of the last one's bucket, sorted.
            QStringList ids;
            qint64 boundary = -1;
            scan.addBindValue(iq->candidates());
            const QVariant status = requests.at(i).status ? QVariant(toText(*requests.at(i).status)) : QVariant();
            scan.addBindValue(status);
            scan.addBindValue(status);
            scan.exec();
            while (scan.next()) {
                const qint64 id = scan.value(0).toLongLong();
                if (boundary >= 0 && id >> 23 != boundary)
                    break;
                ids.append(QString::number(id));
                if (ids.size() == 100)
                    boundary = id >> 23;
            }
            scan.finish();
            page.addBindValue(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
            page.exec();
            while (page.next()) {
            }
            if (!iq->countedPrefix.isEmpty()) {
                counted.addBindValue(iq->countedPrefix);
                counted.exec();
                counted.next();
            } else if (requests.at(i).status) {
                statusCount.addBindValue(iq->candidates());
                statusCount.addBindValue(toText(*requests.at(i).status));
                statusCount.exec();
                statusCount.next();
            } else {
                count.addBindValue(iq->exact.isEmpty() ? iq->candidates() : iq->exact);
                count.exec();
                count.next();
            }
        });

        // Naive: a LIKE scan of every name, sorted.
        QSqlQuery nq(env.db.connection());
        auto naive = time(3, [&](int i) {
            const services::LookupRequest& r = requests.at(i);
            QStringList conds;
            QVariantList values;
            for (const QString& w : text::queryWords(r.name)) {
                conds.append(QStringLiteral("p.name_folded LIKE ?"));
                values.append(QStringLiteral("%") + w + QStringLiteral("%"));
            }
            if (r.schoolYear) {
                conds.append(QStringLiteral("r.school_year = ?"));
                values.append(*r.schoolYear);
            }
            nq.prepare(QStringLiteral("SELECT r.id FROM records r JOIN pupils p ON p.id = r.pupil_id WHERE ") +
                       conds.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY r.name_sort LIMIT 100"));
            for (const QVariant& v : values)
                nq.addBindValue(v);
            nq.exec();
            while (nq.next()) {
            }
        });
        // The spread behind the figure, on stderr: the median, and the slowest queries with their totals.
        err << "lookup_name (as an officer of " << so->code << "): p50 " << percentile(service, 0.5) << " ms, p95 "
            << percentile(service, 0.95) << " ms, max " << percentile(service, 1.0) << " ms; bare p50 "
            << percentile(bare, 0.5) << " ms\n";
        if (qEnvironmentVariableIsSet("HOCBASO_BENCH_VERBOSE")) {
            QList<int> order(n);
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int a, int b) { return service.at(a) > service.at(b); });
            for (int k = 0; k < std::min(n, 20); ++k) {
                const services::LookupRequest& r = requests.at(order.at(k));
                err << "  #" << order.at(k) << " " << service.at(order.at(k)) << " ms (bare " << bare.at(order.at(k))
                    << ") \"" << r.name << "\" year " << r.schoolYear.value_or(0) << " grade " << r.grade << " status "
                    << (r.status ? toText(*r.status) : QString()) << " school " << r.schoolCode << ": "
                    << totals.at(order.at(k)) << "\n";
            }
        }
        out.append({QStringLiteral("lookup_name_p95_ms"), percentile(service, 0.95), QStringLiteral("ms"),
                    percentile(bare, 0.95), percentile(naive, 0.5)});
    } else if (auto central = centralNameLookup(env, s)) {
        out.append(*central);
    }
    return out;
}

Registration lookup(QStringLiteral("lookup"), run);

} // namespace
} // namespace hocbaso::bench
