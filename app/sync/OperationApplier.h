#pragma once

#include "services/DecisionOutcome.h"
#include "services/ServiceContext.h"
#include "store/SyncRepository.h"

#include <QJsonObject>

namespace hocbaso::sync {

// What became of one offline operation on the server.
struct OpOutcome
{
    QString outcome; // applied | conflict (somebody decided or changed it first) | refused (the rules)
    QString yours;   // what the officer did: approve, reject, revoke, set, clear
    QString winner;  // what stands instead: approved, rejected, revoked, set, cleared
    QString by;      // who made it stand
    QDateTime at;    // and when
    QString message; // the whole story as a sentence in the user's language

    bool applied() const { return outcome == QLatin1String("applied"); }
    QString toJson() const;
    static OpOutcome fromJson(const QString& json);
};

// Runs an outbox operation through the services of a context: on the server, signed in as the
// officer (so every rule and row-level policy applies), or on the replica to re-apply an operation
// that is still pending. Errors of the store are errors; rules that refuse and decisions that came
// first are outcomes.
class OperationApplier
{
public:
    explicit OperationApplier(services::ServiceContext& ctx) : m_ctx(ctx) {}
    Result<OpOutcome> apply(const store::OutboxOp& op);
    // Whether `next` can be decided in one call with `first` (applyAll): revocation decisions of
    // the same intent (and, for rejections, the same note). Other operations go one by one.
    static bool decidedTogether(const store::OutboxOp& first, const store::OutboxOp& next);
    // Several operations that are decidedTogether, of distinct rows, in one decision of the
    // services: one answer each, in their order. An error (of the store or of the rules for the
    // whole call) leaves the caller to undo it and apply them one by one.
    Result<QList<OpOutcome>> applyAll(const QList<store::OutboxOp>& ops);

private:
    Result<OpOutcome> certificate(const store::OutboxOp& op, const QJsonObject& payload);
    Result<OpOutcome> revocation(const store::OutboxOp& op, const QJsonObject& payload);
    Result<OpOutcome> lock(const store::OutboxOp& op, const QJsonObject& payload);
    // The answer to a revocation decision of request `id` from the services' outcome.
    Result<OpOutcome> revocationAnswer(const QString& verb, qint64 id, const services::DecisionOutcome& done);

    services::ServiceContext& m_ctx;
};

} // namespace hocbaso::sync
