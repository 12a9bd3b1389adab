#pragma once

#include "AuditLog.h"
#include "DecisionOutcome.h"
#include "ServiceContext.h"
#include "store/AuditRepository.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <optional>
#include <variant>

namespace hocbaso::services {

// The one way 6.1 (certificates) and 6.5 (revocation requests) decide many rows at once:
// 1. each id is taken once, in id order (an id given twice is decided once);
// 2. every row is read and judged before any transaction opens (the permission, the domain's
//    transition table, a question to the person): no transaction waits while somebody reads;
// 3. the accepted rows are decided in id order, in transactions of at most `batchSize` rows; each
//    transaction locks the audit chains of its units in unit order before touching a row, so two
//    officers deciding overlapping lists wait for each other instead of deadlocking, and a row
//    somebody decided in the meantime is refused with who it was (first decision wins);
// 4. the outcome lists the decided and the refused ids in id order.
// A failure of the store ends the decision with that error; batches committed before it stay.
template <typename Row> class BulkDecider
{
public:
    struct Rules
    {
        // The rows of some ids; an id without a row is absent from the hash.
        std::function<Result<QHash<qint64, Row>>(const QList<qint64>& ids)> read;
        // The refusal for an id that has no row.
        std::function<Refusal(qint64 id)> missing;
        // The managing unit whose audit chain records the decision of a row.
        std::function<qint64(const Row& row)> unitOf;
        // Whether the row may be decided: nothing, or the refusal. May ask the person.
        std::function<Result<std::optional<Refusal>>(qint64 id, const Row& row)> judge;
        // Decides one row inside the batch's transaction: its audit event, or the refusal when
        // somebody decided it first.
        std::function<Result<std::variant<AuditLog::Entry, Refusal>>(qint64 id, const Row& row)> apply;
        // Or decides the whole batch at once (set-based statements), one answer per row in the
        // batch's order; when set, `apply` is not used.
        std::function<Result<QList<std::variant<AuditLog::Entry, Refusal>>>(const QList<QPair<qint64, Row>>& batch)>
            applyAll;
    };
    // Ids done so far (decided or refused) and in all; false cancels the remaining batches.
    using Progress = std::function<bool(int done, int total)>;

    static constexpr int kReadChunk = 500;

    BulkDecider(ServiceContext& ctx, Rules rules, int batchSize)
        : m_ctx(ctx), m_rules(std::move(rules)), m_batchSize(std::max(1, batchSize))
    {}

    Result<DecisionOutcome> run(const QList<qint64>& requested, const Progress& progress = {})
    {
        QList<qint64> ids = requested;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        const int total = int(ids.size());

        // Judged first, outside any transaction.
        QList<QPair<qint64, Row>> accepted;
        QList<Refusal> refused;
        for (qsizetype start = 0; start < ids.size(); start += kReadChunk) {
            const QList<qint64> chunk = ids.mid(start, kReadChunk);
            auto rows = m_rules.read(chunk);
            if (!rows)
                return rows.error();
            for (qint64 id : chunk) {
                const auto row = rows->constFind(id);
                if (row == rows->constEnd()) {
                    refused.append(m_rules.missing(id));
                    continue;
                }
                auto judged = m_rules.judge(id, *row);
                if (!judged)
                    return judged.error();
                if (judged->has_value())
                    refused.append(**judged);
                else
                    accepted.append({id, *row});
            }
        }

        DecisionOutcome out;
        int done = int(refused.size());
        store::AuditRepository chains(m_ctx.db);
        AuditLog audit(m_ctx);
        for (qsizetype start = 0; start < accepted.size(); start += m_batchSize) {
            const QList<QPair<qint64, Row>> batch = accepted.mid(start, m_batchSize);
            store::Transaction tx(m_ctx.db);
            if (!tx.isOpen())
                return tx.status().error();
            QList<qint64> units;
            for (const auto& [id, row] : batch)
                units.append(m_rules.unitOf(row));
            std::sort(units.begin(), units.end());
            units.erase(std::unique(units.begin(), units.end()), units.end());
            for (qint64 unit : std::as_const(units)) {
                if (auto s = chains.lockChain(unit); !s)
                    return s.error();
            }
            QList<AuditLog::Entry> events;
            QList<qint64> decided;
            QList<Refusal> lost;
            QList<std::variant<AuditLog::Entry, Refusal>> answers;
            if (m_rules.applyAll) {
                auto all = m_rules.applyAll(batch);
                if (!all)
                    return all.error();
                if (all->size() != batch.size())
                    return Error::internal(
                        QStringLiteral("a batch of %1 rows got %2 answers").arg(batch.size()).arg(all->size()));
                answers = std::move(*all);
            } else {
                for (const auto& [id, row] : batch) {
                    auto applied = m_rules.apply(id, row);
                    if (!applied)
                        return applied.error();
                    answers.append(std::move(*applied));
                }
            }
            for (qsizetype i = 0; i < batch.size(); ++i) {
                if (const auto* event = std::get_if<AuditLog::Entry>(&answers.at(i))) {
                    events.append(*event);
                    decided.append(batch.at(i).first);
                } else {
                    lost.append(std::get<Refusal>(answers.at(i)));
                }
            }
            if (auto s = audit.appendAll(events); !s)
                return s.error();
            if (auto s = tx.commit(); !s)
                return s.error();
            out.decided += decided;
            refused += lost;
            done += int(batch.size());
            if (progress && !progress(done, total))
                break;
        }
        if (accepted.isEmpty() && progress)
            progress(done, total);
        std::sort(refused.begin(), refused.end(), [](const Refusal& a, const Refusal& b) { return a.id < b.id; });
        out.refused = refused;
        return out;
    }

private:
    ServiceContext& m_ctx;
    Rules m_rules;
    int m_batchSize;
};

} // namespace hocbaso::services
