#pragma once

#include "DecisionOutcome.h"
#include "ServiceContext.h"
#include "store/RevocationRepository.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace hocbaso::services {

// 6.5 Quản lý yêu cầu thu hồi: review and decide schools' requests to revoke sent records.
// Approve: the request is approved and the record goes back to the school (revoked). Reject: the
// request is rejected and the record stays sent. First decision wins.
class RevocationReview
{
public:
    struct Filter
    {
        QString schoolCode;
        int grade = 0;
        std::optional<RevocationStatus> status = RevocationStatus::Pending;
        // Keyset paging: at most `limit` rows (0: every row) after `after` (the last row read;
        // none: from the first row).
        int limit = 0;
        std::optional<RevocationListing> after;
    };
    using Progress = std::function<bool(int done, int total)>; // false cancels the remaining batches

    explicit RevocationReview(ServiceContext& ctx) : m_ctx(ctx) {}
    Result<QList<RevocationListing>> list(const Filter& f);
    Result<QHash<RevocationStatus, qint64>> countsByStatus(const QString& schoolCode = {}, int grade = 0);
    // The ids of the pending requests the filter lists (paging ignored): what a decision can take,
    // in the list's order, read without the rows (a select-all over a paged list).
    Result<QList<qint64>> pendingIds(const Filter& f);
    // The schools the requests came from, with how many each, most first: what a decision's
    // confirmation names ("from Trường TH A (3), Trường TH B (1)").
    Result<QList<QPair<QString, qint64>>> schoolsOf(const QList<qint64>& ids);
    // Decides through the one bulk decider (BulkDecider): each id once, in id order, in batches of
    // one transaction each; the outcome is in id order.
    Result<DecisionOutcome> approve(const QList<qint64>& ids, const Progress& progress = {});
    Result<DecisionOutcome> reject(const QList<qint64>& ids, const QString& note, const Progress& progress = {});

    static constexpr int kBatchSize = 500;
    // Smaller batches let tests cross batch boundaries with a small district.
    void setBatchSize(int size) { m_batchSize = std::max(1, size); }

private:
    Result<store::RevocationRepository::Filter> storeFilter(store::Database& db, const Filter& f);
    Result<DecisionOutcome> decide(const QList<qint64>& ids, RevocationStatus to, const QString& note,
                                   const Progress& progress);
    // "Request #N was already approved/rejected by X on D." for a request decided before.
    static QString alreadyDecided(const RevocationListing& l);
    ServiceContext& m_ctx;
    int m_batchSize = kBatchSize;
};

} // namespace hocbaso::services
