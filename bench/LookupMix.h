#pragma once

// The 6.3 lookup mix of the SQLite bench (LookupBench.cpp), shared with the central bench so that
// both measure what officers type, drawn from the same kind of records.

#include "core/Random.h"
#include "services/RecordLookup.h"
#include "store/Database.h"

#include <QList>
#include <QString>

namespace hocbaso::bench {

struct Sample
{
    QString uuid;
    QString personalId;
    QString fullName;
    QString schoolCode;
    int schoolYear = 0;
    int grade = 0;
    RecordStatus status = RecordStatus::Draft;
};

// n records drawn at random (by id) from the store, as its connection sees them.
QList<Sample> samples(store::Database& db, int n);
// A query an officer might type to find the sample's pupil (names, filters, counts).
services::LookupRequest nameRequest(const Sample& s, Random& rng);

} // namespace hocbaso::bench
