#pragma once

#include "OperationApplier.h"
#include "ReplicaDownload.h"
#include "services/ServiceContext.h"
#include "store/SyncRepository.h"

#include <functional>
#include <memory>

namespace hocbaso::sync {

// An offline operation that did not go through as the officer made it.
struct SyncConflict
{
    QString opId;
    QString intent;  // certificate.approve, revocation.reject, lock.set, ...
    QString entity;  // certificate, revocation_request, lock_setting
    QString key;     // the row's id (lock dates: unit/year/school/grade)
    QString outcome; // conflict | refused
    QString yours;   // approve, reject, revoke, set, clear
    QString winner;  // approved, rejected, revoked, set, cleared (empty for a refusal)
    QString by;
    QDateTime at;
    QString message; // a sentence in the user's language
};

struct SyncReport
{
    int pushed = 0;    // operations the server answered in this sync
    qint64 pulled = 0; // rows brought from the server
    int reapplied = 0; // operations still pending, applied again on the new state
    bool downloadedAgain = false;
    QString cursor;
    QList<SyncConflict> conflicts;
};

// What a window shows about an offline replica.
struct ReplicaStatus
{
    bool isReplica = false;
    bool complete = false; // the download finished
    QString login;
    QString server; // conninfo without password
    qint64 pending = 0;
    QDateTime lastSync;
    QDateTime downloadedAt;
};

using Reconnect = std::function<Result<std::unique_ptr<store::Database>>()>;

struct SyncOptions
{
    int pageSize = 5000;  // change-log entries per pulled page
    int batchSize = 5000; // rows per batch when the unit is downloaded again
    int attempts = 3;     // tries per batch of operations before the sync gives up (they stay pending)
    // Operations pushed in one server transaction (and one round of answers): fewer commits on both
    // sides, while the transaction stays short enough not to hold back other replicas' pulls long.
    int pushBatch = 100;
    // Stage ("push", "pull", "download") and how far it got; false cancels between steps.
    std::function<bool(const QString& stage, qint64 done, qint64 total)> progress;
    // Called after each committed step ("push-commit" after the server committed a batch of
    // operations, "push-ack" after the replica recorded its answers, both with the batch's number;
    // "pull-page", "download-batch"; "push-together" with how many operations of a batch were just
    // decided in one call, not yet committed): tests stop the process there.
    std::function<void(const QString& stage, int n)> checkpoint;
    // Tests: true makes that step fail as a lost connection would ("push-commit": the server has
    // committed, the answer never arrives).
    std::function<bool(const QString& stage, int n)> fault;
};

// One sync of an offline replica with the central store (ARCHITECTURE.md): push the outbox (each
// operation applied once, whatever the retries), take the answers, pull the changes since the
// cursor, and apply again what is still pending. A restored server (another epoch, or a cursor it
// no longer knows) or a changed schema makes the replica download its unit again after pushing
// every operation it has, which the server applies at most once.
class SyncService
{
public:
    // `server` is the connection signed in as the replica's owner; `reconnect` opens another when
    // it is lost (may be empty: then a lost connection ends the sync).
    SyncService(store::Database& replica, const Clock& clock, std::unique_ptr<store::Database>& server,
                const services::Actor& actor, Reconnect reconnect = {});

    Result<SyncReport> run(const SyncOptions& options = {});

    // Whether a store is an offline replica, and its state (changes waiting, last sync).
    static Result<ReplicaStatus> status(store::Database& db);

private:
    Status push(const SyncOptions& options, bool everything, SyncReport& report);
    // A batch of operations on the server, in one transaction, each behind a savepoint; their
    // answers in the batch's order. `transient` when the connection was lost or the transaction
    // lost a race (the batch may be tried again: applied_ops answers what was committed).
    Result<QList<OpOutcome>> applyOnServer(const QList<store::OutboxOp>& batch, int n, const SyncOptions& options,
                                           bool* transient);
    Status refreshChangedRows(SyncReport& report);
    Status pull(const SyncOptions& options, SyncReport& report);
    Status reapplyPending(SyncReport& report);
    Result<store::ReplicaTable> table(const QString& name);
    bool connected();

    store::Database& m_replica;
    const Clock& m_clock;
    std::unique_ptr<store::Database>& m_server;
    services::Actor m_actor;
    Reconnect m_reconnect;
    QHash<QString, store::ReplicaTable> m_tables;
};

} // namespace hocbaso::sync
