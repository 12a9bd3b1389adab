#include "Bench.h"

#include "core/Clock.h"
#include "crypto/PasswordHash.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QSqlQuery>

#include <QJsonValue>
#include <QTextStream>

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

std::optional<Unit> provinceUnit(store::Database& db, const QString& bench, QTextStream& err)
{
    QSqlQuery q(db.connection());
    const bool found =
        q.exec(QStringLiteral("SELECT t.id FROM units t WHERE t.parent_id IS NULL AND t.level = 'so' AND t.deleted = "
                              "FALSE ORDER BY (SELECT count(*) FROM schools s JOIN units u ON u.id = s.unit_id WHERE "
                              "u.id = t.id OR u.parent_id = t.id) DESC, t.id LIMIT 1")) &&
        q.next();
    if (!found) {
        err << bench << ": the dataset has no Sở at the top of its units\n";
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    auto unit = store::UnitRepository(db).byId(id);
    if (!unit || !unit->has_value()) {
        err << bench << ": the Sở cannot be read\n";
        return std::nullopt;
    }
    return **unit;
}

services::Actor officerOf(store::Database& db, const Unit& unit, const QString& username)
{
    services::Actor a;
    a.username = username;
    a.displayName = username;
    a.role = Role::Officer;
    a.unitId = unit.id;
    auto scope = store::UnitRepository(db).subtree(unit.id);
    mustSucceed(scope, "reading the units below the officer's unit");
    a.unitScope = *scope;
    return a;
}

bool ensureOfficer(store::Database& db, const Clock& clock, qint64 unitId, const QString& username,
                   const QString& password, const QString& bench, QTextStream& err)
{
    store::UserRepository users(db);
    auto found = users.byUsername(username);
    if (!found) {
        err << bench << ": " << found.errorString() << "\n";
        return false;
    }
    if (found->has_value())
        return true;
    store::Transaction tx(db);
    User u;
    u.username = username;
    u.displayName = QStringLiteral("Bench officer");
    u.role = Role::Officer;
    u.unitId = unitId;
    u.passwordHash = crypto::PasswordHash::hash(password);
    u.createdAt = clock.now();
    auto id = users.insert(u);
    if (!id) {
        err << bench << ": " << id.errorString() << "\n";
        return false;
    }
    if (auto s = users.createLoginRole(username, crypto::ScramVerifier::make(password)); !s) {
        err << bench << ": " << s.errorString() << "\n";
        return false;
    }
    return tx.commit().ok();
}

} // namespace hocbaso::bench
