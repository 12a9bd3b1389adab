#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <optional>

namespace hocbaso::store {

// The record lookup of 6.3 as SQL: folded-name words, personal ID exact or by prefix, lookup code,
// and filters; sorted in Vietnamese class-list order, paged, with the total.
//
// In SQLite, name words and filters go to the per-record search index of schema 7 (records_fts,
// see resources/sql/sqlite/007_record_search.sql): the total is counted in the index alone (or
// read from per-prefix totals for a single word), and pages are read in index order, which
// follows the class-list order bucket by bucket; a status, which the index leaves out, is checked
// on the candidates. Filters alone are counted from the maintained record_counts.
//
// In PostgreSQL, name words and filters go to the per-record search table of schema 12
// (record_search, see resources/sql/postgres/012_name_search.sql): word prefixes behind a GIN
// index, the filters and the class-list key on the same narrow row, read through the schema's
// functions (which restrict the rows to the caller's schools); the page's rows alone are joined
// to records. Everything else (a personal ID or lookup code, and Plan::Plain with its
// trigram-backed regular expressions) is one plain SQL query.
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
        // Only records whose current version was verified invalid on receipt (schema 17): few rows,
        // found from the results' index of problems by the plain query.
        bool invalidSignature = false;
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

    // Whether single words are counted from search_prefix_counts (tests turn it off to compare
    // with counting in the index).
    struct Tuning
    {
        bool prefixCounts = true;
    };

    explicit RecordSearchRepository(Database& db) : m_db(db) {}
    void setPlan(Plan plan) { m_plan = plan; }
    void setTuning(const Tuning& tuning) { m_tuning = tuning; }

    Result<QList<RecordListing>> find(const Criteria& c);
    Result<qint64> count(const Criteria& c);

    // How long each step of a rebuild took (seconds), for the dataset bench.
    using Timings = QList<QPair<QString, double>>;

    // Refills the SQLite search index from the records (after a bulk load, which drops its
    // triggers). A no-op on PostgreSQL. The program computes the rows that the schema's
    // statements (rebuildIndexInSql) would, and writes them in document order: a SQL INSERT ...
    // SELECT over a province calls a function per row, joins per row and sorts all rows, several
    // times slower. Tests check that both give the same index.
    static Status rebuildIndex(Database& db, Timings* timings = nullptr);
    // The same with the statements of 007_record_search.sql (the reference).
    static Status rebuildIndexInSql(Database& db);

    // What the SQLite index is asked for these criteria (std::nullopt: the plain query answers).
    // Names made of a-z/0-9 words are answered exactly by `exact`; names tagged đx (other
    // characters), or every name when the rule cannot be put in index terms (checkAll), are
    // narrowed by `checked` and then checked one by one with hocbaso_words_match.
    struct IndexQuery
    {
        QString exact;         // FTS5 MATCH expression, empty when no such name can match
        QString checked;       // FTS5 MATCH expression, empty when there is nothing to check
        bool checkAll = false; // `checked` covers every name, not only those tagged đx
        bool empty = false;    // no record can match (an unknown school)
        // Set when the total is in search_prefix_counts (one word, no filter but the year).
        QString countedPrefix;
        // Every document that may match: what pages are read from.
        QString candidates() const;
    };
    std::optional<IndexQuery> indexQuery(const Criteria& c);

    // What PostgreSQL's record_search.words must contain for the folded query words (schema 32):
    // each word's first 12 characters, or the token đ<k><word> when k query words begin with it.
    // `exact` says whether containing them is the whole rule; when not (a word of more than 12
    // characters that others begin with, or ten that begin with one), hocbaso_words_match checks
    // the candidates.
    struct SearchTerms
    {
        QStringList terms;
        bool exact = true;
    };
    static SearchTerms searchTerms(const QStringList& foldedWords);

private:
    // Document ids are bucket * 2^23 + n (007_record_search.sql).
    static constexpr qint64 kBucketSpan = qint64(1) << 23;

    QString where(const Criteria& c, QVariantList& values, bool forPage) const;
    QString rowCheck(const Criteria& c, const IndexQuery& iq, QVariantList& values) const;
    // PostgreSQL's record_search (schema 12).
    bool usesSearchTable(const Criteria& c) const;
    QString searchTableArguments(const Criteria& c, QVariantList& values) const;
    Result<QList<RecordListing>> findInSearchTable(const Criteria& c);
    Result<qint64> countInSearchTable(const Criteria& c);
    static QString searchTableKey(const QVariantList& arguments);
    Result<QList<RecordListing>> findPlain(const Criteria& c);
    Result<qint64> countPlain(const Criteria& c);
    Result<QList<RecordListing>> findIndexed(const Criteria& c, const IndexQuery& iq);
    Result<qint64> countIndexed(const Criteria& c, const IndexQuery& iq);
    Result<qint64> countFromCounters(const Criteria& c);

    Database& m_db;
    Plan m_plan = Plan::Auto;
    Tuning m_tuning;
    // The total that the last first page read from record_search came with, by its arguments.
    std::optional<QPair<QString, qint64>> m_knownTotal;
};

} // namespace hocbaso::store
