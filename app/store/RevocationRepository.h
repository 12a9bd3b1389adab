#pragma once

#include "Database.h"
#include "core/Entities.h"
#include "core/Transitions.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace hocbaso::store {

// Schools' requests to revoke sent records (6.5).
class RevocationRepository
{
public:
    struct Filter
    {
        qint64 unitId = 0;
        qint64 schoolId = 0;
        int grade = 0;
        std::optional<RevocationStatus> status;
        // Keyset paging of listDetailed() in its order (oldest request first: requested_at, id): at
        // most `limit` rows (0: all) after the row with this key (none when afterId is 0).
        int limit = 0;
        QDateTime afterRequestedAt;
        qint64 afterId = 0;
    };

    explicit RevocationRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const RevocationRequest& r);
    Result<std::optional<RevocationRequest>> byId(qint64 id);
    Result<std::optional<RevocationRequest>> pendingForRecord(qint64 recordId);
    Result<QList<RevocationRequest>> list(const Filter& f);
    // The same, with the record, pupil, school and class of each request (6.5's table).
    Result<QList<RevocationListing>> listDetailed(const Filter& f);
    // The ids listDetailed() lists (paging ignored), in its order, without the rows: a select-all
    // over a paged list.
    Result<QList<qint64>> ids(const Filter& f);
    Result<std::optional<RevocationListing>> detailedById(qint64 id);
    // Several at once (a batch of a bulk decision), by id; ids not found are absent.
    Result<QHash<qint64, RevocationListing>> detailedByIds(const QList<qint64>& ids);
    // The schools of these requests with how many each, most first (a decision's confirmation);
    // only requests of schools under unitId (0: any) count.
    Result<QList<QPair<QString, qint64>>> schoolsOf(const QList<qint64>& ids, qint64 unitId);
    // Requests per status for the filter (status ignored).
    Result<QHash<QString, qint64>> countByStatus(const Filter& f);
    // First decision wins: only a row still in one of `from` changes (the domain's statusesBefore;
    // without `from`, those of `to`). False when it was decided already.
    Result<bool> decide(qint64 id, const QList<RevocationStatus>& from, RevocationStatus to, const QDateTime& at,
                        const QString& by, const QString& note);
    // The same for many rows in one statement (a batch of a bulk decision): the ids that changed.
    Result<QSet<qint64>> decideAll(const QList<qint64>& ids, const QList<RevocationStatus>& from, RevocationStatus to,
                                   const QDateTime& at, const QString& by, const QString& note);
    Result<bool> decide(qint64 id, RevocationStatus to, const QDateTime& at, const QString& by, const QString& note)
    {
        return decide(id, statusesBefore(to), to, at, by, note);
    }
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace hocbaso::store
