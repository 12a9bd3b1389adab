#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace hocbaso::store {

// The record lookup of 6.3 as SQL: folded-name words, personal ID exact or by prefix, lookup code,
// and filters; sorted in Vietnamese class-list order, paged, with the total.
//
// In SQLite, name words and filters go to the per-record search index of schema 7 (records_fts,
// see resources/sql/sqlite/007_record_search.sql): the total is counted in the index alone, and
// pages are read in index order, which follows the class-list order bucket by bucket. Filters
// alone are counted from the maintained record_counts. Everything else (a personal ID or lookup
// code, and PostgreSQL with its trigram-backed regular expressions) is one plain SQL query.
class RecordSearchRepository
{
public:
    struct Criteria
    {
        QStringList nameWords; // folded
        QString personalId;    // 12 digits: exact; fewer: prefix
        QString uuid;          // normalized lookup code
        QString schoolCode;
        qint64 unitId = 0; // restrict to a managing unit's schools
        std::optional<int> schoolYear;
        int grade = 0;
        std::optional<RecordStatus> status;
        int limit = 100;
        int offset = 0;
        // Keyset paging: rows after this (name_sort, id).
        QString afterNameSort;
        qint64 afterId = 0;
    };

    // How a query is answered. Auto picks the index where it applies; tests force the plain
    // queries to compare both ways on the same data.
    enum class Plan
    {
        Auto,
        Plain
    };

    explicit RecordSearchRepository(Database& db) : m_db(db) {}
    void setPlan(Plan plan) { m_plan = plan; }

    Result<QList<RecordListing>> find(const Criteria& c);
    Result<qint64> count(const Criteria& c);

    // Refills the SQLite search index from the records (after a bulk load, which drops its
    // triggers). A no-op on PostgreSQL.
    static Status rebuildIndex(Database& db);

    // The full-text query the SQLite index answers for these criteria, or a null string when the
    // criteria need the plain query (for the benchmark's bare figure). `irregular` is set when the
    // query can only match names with characters other than a-z, 0-9 and space.
    struct IndexQuery
    {
        QString match;         // FTS5 MATCH expression (name words and tags)
        bool checkAll = false; // every candidate needs the name rule checked (overlapping words)
        bool irregularOnly = false;
        bool empty = false; // no record can match (an unknown school)
    };
    std::optional<IndexQuery> indexQuery(const Criteria& c);

private:
    QString where(const Criteria& c, QVariantList& values, bool forPage) const;
    Result<QList<RecordListing>> findPlain(const Criteria& c);
    Result<qint64> countPlain(const Criteria& c);
    Result<QList<RecordListing>> findIndexed(const Criteria& c, const IndexQuery& iq);
    Result<qint64> countIndexed(const Criteria& c, const IndexQuery& iq);
    Result<qint64> countFromCounters(const Criteria& c);
    bool usesIndex(const Criteria& c) const;

    Database& m_db;
    Plan m_plan = Plan::Auto;
};

} // namespace hocbaso::store
