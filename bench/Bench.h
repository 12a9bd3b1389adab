#pragma once

#include "core/Clock.h"
#include "services/ServiceContext.h"
#include "store/Database.h"

class QTextStream;

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hocbaso::bench {

// One figure of CLI.md's benchmark report: the value measured through the program, the same work
// bare on the engine, and a naive version, so readers see ratios rather than absolute times.
struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    std::optional<double> bare;
    std::optional<double> naive;
    QJsonObject toJson() const;
};

struct BenchEnv
{
    store::Database& db;
    QString dbPath;
    QString pgConninfo;     // --pg as given (pgbench connects with it)
    QString pgReadConninfo; // --pg-read: a streaming replica of --pg (the replica_read_* figures)
};

// A named benchmark producing one or more figures.
struct Benchmark
{
    QString name; // also what --only selects
    std::function<QList<Figure>(BenchEnv&)> run;
    // Figures it reports whose names do not begin with its own name (`--only replica_read_lag_ms`
    // is the central bench's, not the replica bench's).
    QStringList figurePrefixes = {};
};

QList<Benchmark>& registry();
struct Registration
{
    Registration(QString name, std::function<QList<Figure>(BenchEnv&)> run, QStringList figurePrefixes = {})
    {
        registry().append({std::move(name), std::move(run), std::move(figurePrefixes)});
    }
};

// Percentile of a list of samples (ms).
double percentile(QList<double> samples, double p);

// A timed call that fails measures nothing: the bench stops and says which call it was.
template <typename R> void mustSucceed(const R& result, const char* what)
{
    if (!result)
        qFatal("bench: %s failed: %s", what, qPrintable(result.errorString()));
}

// The dataset's Sở: the unit at the top of the province (level so, no parent) with the most schools
// below it, whose officers see every commune. Null, with the reason on err, when there is none.
std::optional<Unit> provinceUnit(store::Database& db, const QString& bench, QTextStream& err);
// An officer of `unit` as signing in makes one: the unit and every unit below it in reach.
services::Actor officerOf(store::Database& db, const Unit& unit, const QString& username = QStringLiteral("bench"));

// An officer of the unit with a PostgreSQL login role, for benches that measure as a person's own
// role (row-level security on): made once with the password and found again on later runs.
// Errors go to err, prefixed with the bench's name.
bool ensureOfficer(store::Database& db, const Clock& clock, qint64 unitId, const QString& username,
                   const QString& password, const QString& bench, QTextStream& err);

// central_load (CentralLoadBench.cpp): many officers at once; the central bench runs it too.
QList<Figure> centralLoad(BenchEnv& env);
int centralLoadConnections();

} // namespace hocbaso::bench
