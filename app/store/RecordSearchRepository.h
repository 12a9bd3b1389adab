#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace hocbaso::store {

// The record lookup of 6.3 as SQL: folded-name words (FTS5 in SQLite, trigram-backed regular
// expressions in PostgreSQL), personal ID exact or by prefix, lookup code, and filters; sorted in
// Vietnamese class-list order, paged, with the total.
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

    explicit RecordSearchRepository(Database& db) : m_db(db) {}
    Result<QList<RecordListing>> find(const Criteria& c);
    Result<qint64> count(const Criteria& c);

private:
    QString where(const Criteria& c, QVariantList& values, bool forPage) const;
    Database& m_db;
};

} // namespace hocbaso::store
