#include "SyncService.h"

#include "ReplicaOutbox.h"
#include "store/CentralSyncRepository.h"
#include "store/Migrator.h"
#include "store/ReplicaRepository.h"
#include "store/Savepoint.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace hocbaso::sync {
namespace {

using store::CentralSyncRepository;
using store::ReplicaRepository;

// Leaves the writer's pragmas as they were however the step ends.
struct WriterMode
{
    explicit WriterMode(store::Database& db) : repo(db) { ok = repo.setWriterMode(true); }
    ~WriterMode() { logIfFailed(repo.setWriterMode(false), "restoring the replica's writer settings"); }
    ReplicaRepository repo;
    Status ok;
};

// A read-only transaction on the server around the reads of one step, ended however it ends.
struct Reads
{
    explicit Reads(store::Database& db) : repo(db) { ok = repo.beginReads(); }
    ~Reads()
    {
        if (ok)
            logIfFailed(repo.endReads(), "ending the sync's read transaction");
    }
    CentralSyncRepository repo;
    Status ok;
};

QString verbOf(const QString& intent)
{
    return intent.mid(intent.indexOf(QLatin1Char('.')) + 1);
}

} // namespace

SyncService::SyncService(store::Database& replica, const Clock& clock, std::unique_ptr<store::Database>& server,
                         const services::Actor& actor, Reconnect reconnect)
    : m_replica(replica), m_clock(clock), m_server(server), m_actor(actor), m_reconnect(std::move(reconnect))
{}

bool SyncService::connected()
{
    // A connection that failed is dropped by the step that saw it fail (applyOnServer).
    if (m_server)
        return true;
    if (!m_reconnect)
        return false;
    auto db = m_reconnect();
    if (!db)
        return false;
    m_server = std::move(db).value();
    m_tables.clear();
    return true;
}

Result<store::ReplicaTable> SyncService::table(const QString& name)
{
    if (auto it = m_tables.constFind(name); it != m_tables.constEnd())
        return *it;
    auto t = store::ReplicaTable::describe(*m_server, m_replica, name);
    if (!t)
        return t.error();
    m_tables.insert(name, *t);
    return *t;
}

Result<ReplicaStatus> SyncService::status(store::Database& db)
{
    ReplicaStatus out;
    if (!db.isSqlite())
        return out;
    ReplicaRepository repo(db);
    auto st = repo.allState();
    if (!st)
        return st.error();
    out.login = st->value(state::kLogin);
    out.isReplica = !out.login.isEmpty();
    if (!out.isReplica)
        return out;
    out.complete = st->value(state::kDownload) == QLatin1String("complete");
    out.server = st->value(state::kServer);
    out.lastSync = store::sql::toTimestamp(st->value(state::kLastSync));
    out.downloadedAt = store::sql::toTimestamp(st->value(state::kDownloadedAt));
    auto pending = repo.pendingCount();
    if (!pending)
        return pending.error();
    out.pending = *pending;
    return out;
}

Result<SyncReport> SyncService::run(const SyncOptions& options)
{
    ReplicaRepository repo(m_replica);
    auto st = repo.allState();
    if (!st)
        return st.error();
    const QString login = st->value(state::kLogin);
    if (login.isEmpty())
        return Error::invalid(QCoreApplication::translate("hocbaso::sync::SyncService",
                                                          "This store is not an offline copy, so there is nothing to "
                                                          "sync."));
    if (login != m_actor.username)
        return Error::refused(QCoreApplication::translate("hocbaso::sync::SyncService",
                                                          "This offline copy belongs to %1; only %1 can sync it.")
                                  .arg(login));
    if (!connected())
        return Error::storage(QCoreApplication::translate("hocbaso::sync::SyncService",
                                                          "The server cannot be reached; nothing was synced."));
    SyncReport report;
    DownloadOptions download;
    download.batchSize = options.batchSize;
    download.checkpoint = options.checkpoint;
    if (options.progress)
        download.progress = [&options](qint64 done, qint64 total) {
            return options.progress(QStringLiteral("download"), done, total);
        };

    // A download that was interrupted is finished first: the replica is not whole without it.
    if (st->value(state::kDownload) != QLatin1String("complete")) {
        auto resumed = ReplicaDownload(*m_server, m_replica, m_actor, m_clock).resume(download);
        if (!resumed)
            return resumed.error();
        report.downloadedAgain = true;
        st = repo.allState();
        if (!st)
            return st.error();
    }

    // A restored server has another epoch, or no longer has the log entry the cursor names.
    CentralSyncRepository central(*m_server);
    auto epoch = central.epoch();
    if (!epoch)
        return epoch.error();
    bool restored = *epoch != st->value(state::kEpoch);
    const auto cursor = store::SyncCursor::fromText(st->value(state::kCursor));
    if (!cursor)
        return Error::internal(QStringLiteral("the replica's cursor is unreadable"));
    if (!restored && cursor->seq > 0) {
        auto txid = central.txidOf(cursor->seq);
        if (!txid)
            return txid.error();
        restored = *txid != cursor->txid;
    }
    auto serverSchema = store::Migrator(*m_server).currentVersion();
    if (!serverSchema)
        return serverSchema.error();
    auto replicaSchema = store::Migrator(m_replica).currentVersion();
    if (!replicaSchema)
        return replicaSchema.error();
    const bool schemaChanged = QString::number(*serverSchema) != st->value(state::kServerSchema) ||
                               QString::number(*replicaSchema) != st->value(state::kReplicaSchema);

    // Push first: after a restore, every operation this replica ever made (the server applies those
    // it still knows at most once, and the others again).
    if (auto s = push(options, restored, report); !s)
        return s.error();

    if (restored || schemaChanged) {
        auto again = ReplicaDownload(*m_server, m_replica, m_actor, m_clock).again(download);
        if (!again)
            return again.error();
        report.downloadedAgain = true;
    } else {
        if (auto s = refreshChangedRows(report); !s)
            return s.error();
        if (auto s = pull(options, report); !s)
            return s.error();
    }
    if (auto s = reapplyPending(report); !s)
        return s.error();
    if (auto s = repo.setState(state::kLastSync, store::sql::isoUtc(m_clock.now())); !s)
        return s.error();
    auto c = repo.state(state::kCursor);
    if (!c)
        return c.error();
    report.cursor = *c;
    return report;
}

Status SyncService::push(const SyncOptions& options, bool everything, SyncReport& report)
{
    ReplicaRepository repo(m_replica);
    auto ops = repo.ops(!everything);
    if (!ops)
        return ops.error();
    const int batchSize = std::max(1, options.pushBatch);
    int done = 0, batches = 0;
    while (done < ops->size()) {
        const QList<store::OutboxOp> batch = ops->mid(done, batchSize);
        ++batches;
        Result<QList<OpOutcome>> outcomes =
            Error::storage(QCoreApplication::translate("hocbaso::sync::SyncService", "The server cannot be reached."));
        for (int attempt = 0; attempt < std::max(1, options.attempts); ++attempt) {
            if (!connected())
                continue;
            bool transient = false;
            outcomes = applyOnServer(batch, batches, options, &transient);
            if (outcomes || !transient)
                break;
            if (!m_server->isAlive()) {
                m_server.reset();
                m_tables.clear();
            }
        }
        if (!outcomes) {
            auto pending = repo.pendingCount();
            const int waiting = pending ? int(*pending) : 0;
            const QString why = QCoreApplication::translate(
                "hocbaso::sync::SyncService",
                "The sync stopped: %1 The %n change(s) not yet answered stay(s) waiting for the next sync.", nullptr,
                waiting);
            return Error::storage(why.arg(outcomes.errorString()));
        }
        // The batch's answers in one transaction of the replica.
        store::Transaction tx(m_replica);
        if (!tx.isOpen())
            return tx.status();
        for (int i = 0; i < batch.size(); ++i) {
            const OpOutcome& o = outcomes->at(i);
            if (auto s = repo.ack(batch.at(i).opId, o.outcome, o.toJson(), m_clock.now()); !s)
                return s;
        }
        if (auto s = tx.commit(); !s)
            return s;
        if (options.checkpoint)
            options.checkpoint(QStringLiteral("push-ack"), batches);
        for (int i = 0; i < batch.size(); ++i) {
            const store::OutboxOp& op = batch.at(i);
            const OpOutcome& o = outcomes->at(i);
            ++report.pushed;
            // An answer the officer has heard before (a replica pushing again to a restored server)
            // is not news.
            if (!o.applied() && !op.acked)
                report.conflicts.append(
                    {op.opId, op.intent, op.entity, op.entityKey, o.outcome, o.yours, o.winner, o.by, o.at, o.message});
        }
        done += int(batch.size());
        if (options.progress && !options.progress(QStringLiteral("push"), done, ops->size()))
            return Error::refused(QCoreApplication::translate("hocbaso::sync::SyncService", "The sync was cancelled."));
    }
    return {};
}

Result<QList<OpOutcome>> SyncService::applyOnServer(const QList<store::OutboxOp>& batch, int n,
                                                    const SyncOptions& options, bool* transient)
{
    *transient = false;
    store::Database& db = *m_server;
    CentralSyncRepository central(db);
    // A lost connection or a lost race may be tried again; anything else is the server's answer.
    const auto isTransient = [&](const QString& code) {
        return code == QLatin1String("40001") || code == QLatin1String("40P01") ||
               code.startsWith(QLatin1String("08")) || !db.isAlive();
    };
    const auto failed = [&](const Error& e) -> Result<QList<OpOutcome>> {
        if (isTransient(db.lastErrorCode()))
            *transient = true;
        return e;
    };

    store::Transaction tx(db);
    if (!tx.isOpen()) {
        *transient = true;
        return tx.status().error();
    }
    // One statement claims the whole batch; an operation claimed before (its acknowledgement was
    // lost) keeps the answer it had then, and is not applied again.
    auto claimed = central.claimAll(batch);
    if (!claimed)
        return failed(claimed.error());
    QStringList before;
    for (const store::OutboxOp& op : batch) {
        if (!claimed->contains(op.opId.toLower()))
            before.append(op.opId.toLower());
    }
    auto stored = central.appliedAll(before);
    if (!stored)
        return failed(stored.error());
    // A batch applied whole before (its answer was lost) commits nothing: it is answered from
    // applied_ops alone.
    const bool nothingNew = claimed->isEmpty();
    if (nothingNew)
        tx.rollback();

    QList<OpOutcome> outcomes;
    QList<CentralSyncRepository::AppliedOp> answers;
    outcomes.reserve(batch.size());
    const auto noteOf = [](const store::OutboxOp& op) {
        return QJsonObject{{QStringLiteral("op"), op.opId},
                           {QStringLiteral("device"), op.deviceId},
                           {QStringLiteral("offline_at"), op.createdAt.toUTC().toString(Qt::ISODateWithMs)}};
    };
    // One operation behind its own savepoint: a refusal undoes that operation alone.
    const auto applyOne = [&](const store::OutboxOp& op) -> Status {
        store::Savepoint step(db);
        if (!step.isOpen())
            return failed(step.status().error()).error();
        services::ServiceContext ctx{db, m_clock, m_actor, {}, nullptr, noteOf(op)};
        auto outcome = OperationApplier(ctx).apply(op);
        OpOutcome o;
        if (!outcome) {
            const QString code = db.lastErrorCode();
            // Back to the savepoint before asking whether the connection lives: in a failed
            // transaction every statement fails, the probe's too.
            if (const Status undone = step.rollback(); !undone || isTransient(code)) {
                *transient = true;
                return outcome.error();
            }
            // The database's own rules refused it (row-level security, the triggers of schema 9).
            o.outcome = QStringLiteral("refused");
            o.yours = verbOf(op.intent);
            o.message = outcome.errorString();
        } else {
            o = *outcome;
        }
        // A refused operation changed nothing; its answer is kept all the same (its claim is
        // before the savepoint), so a retry does not run it again.
        if (auto s = o.outcome == QLatin1String("refused") ? step.rollback() : step.release(); !s)
            return failed(s.error()).error();
        outcomes.append(o);
        answers.append({op.opId.toLower(), o.outcome, o.toJson()});
        return {};
    };
    // Consecutive operations the services decide in one call (the same decision on many requests)
    // go together behind one savepoint, each still claimed, noted and answered on its own. When
    // the call fails they are undone and applied one by one, so that each gets its own answer.
    // Answers: true when applied together, false to apply them one by one.
    const auto applyTogether = [&](const QList<store::OutboxOp>& ops) -> Result<bool> {
        store::Savepoint step(db);
        if (!step.isOpen())
            return failed(step.status().error()).error();
        services::ServiceContext ctx{db, m_clock, m_actor, {}, nullptr, {}};
        for (const store::OutboxOp& op : ops)
            ctx.auditNotes.insert(op.entityKey, noteOf(op));
        auto together = OperationApplier(ctx).applyAll(ops);
        if (!together) {
            const QString code = db.lastErrorCode();
            if (const Status undone = step.rollback(); !undone || isTransient(code)) {
                *transient = true;
                return together.error();
            }
            return false;
        }
        if (auto s = step.release(); !s)
            return failed(s.error()).error();
        if (options.checkpoint)
            options.checkpoint(QStringLiteral("push-together"), int(ops.size()));
        for (qsizetype i = 0; i < ops.size(); ++i) {
            const OpOutcome& o = together->at(i);
            outcomes.append(o);
            answers.append({ops.at(i).opId.toLower(), o.outcome, o.toJson()});
        }
        return true;
    };
    // In the outbox's order.
    for (qsizetype i = 0; i < batch.size();) {
        const store::OutboxOp& op = batch.at(i);
        const QString id = op.opId.toLower();
        if (!claimed->contains(id)) {
            const auto it = stored->constFind(id);
            if (it == stored->constEnd())
                return Error::internal(QStringLiteral("operation %1 is not on the server").arg(op.opId));
            OpOutcome o = OpOutcome::fromJson(it->result);
            if (o.outcome.isEmpty())
                o.outcome = it->outcome;
            outcomes.append(o);
            ++i;
            continue;
        }
        // The run that can go together: claimed now, the same decision, each row once.
        QSet<QString> rows{op.entityKey};
        qsizetype end = i + 1;
        while (end < batch.size() && claimed->contains(batch.at(end).opId.toLower()) &&
               OperationApplier::decidedTogether(op, batch.at(end)) && !rows.contains(batch.at(end).entityKey))
            rows.insert(batch.at(end++).entityKey);
        if (end - i > 1) {
            auto together = applyTogether(batch.mid(i, end - i));
            if (!together)
                return together.error();
            if (*together) {
                i = end;
                continue;
            }
        }
        for (; i < end; ++i) {
            if (auto s = applyOne(batch.at(i)); !s)
                return s.error();
        }
    }
    if (nothingNew)
        return outcomes;
    if (auto s = central.recordOutcomes(answers); !s)
        return failed(s.error());
    if (auto s = tx.commit(); !s) {
        // Whether the server committed is unknown: the retry finds out (applied_ops).
        *transient = true;
        return s.error();
    }
    if (options.checkpoint)
        options.checkpoint(QStringLiteral("push-commit"), n);
    if (options.fault && options.fault(QStringLiteral("push-commit"), n)) {
        *transient = true;
        return Error::storage(QCoreApplication::translate("hocbaso::sync::SyncService",
                                                          "The connection was lost before the server's answer "
                                                          "arrived."));
    }
    return outcomes;
}

Status SyncService::refreshChangedRows(SyncReport& report)
{
    ReplicaRepository repo(m_replica);
    auto dirty = repo.dirtyRows();
    if (!dirty)
        return dirty.error();
    if (dirty->isEmpty())
        return {};
    WriterMode writer(m_replica);
    if (!writer.ok)
        return writer.ok;
    Reads reads(*m_server);
    if (!reads.ok)
        return reads.ok;
    store::Transaction tx(m_replica);
    if (!tx.isOpen())
        return tx.status();
    if (auto s = repo.setApplying(true); !s)
        return s;
    // Every pushed operation has its answer by now: the server's rows replace what the offline
    // actions wrote (rows they added, such as audit events, are the server's own now or gone).
    for (const QString& name : store::replicaTables()) {
        const auto ids = dirty->value(name);
        if (ids.isEmpty())
            continue;
        auto t = table(name);
        if (!t)
            return t.error();
        auto rows = t->readIds(*m_server, ids);
        if (!rows)
            return rows.error();
        // Rows the server does not have (or show) leave; the others are written over in place.
        QSet<qint64> present;
        for (int r = 0; r < rows->size(); ++r)
            present.insert(rows->integer(r, t->idIndex()));
        QList<qint64> gone;
        for (qint64 id : ids) {
            if (!present.contains(id))
                gone.append(id);
        }
        if (auto s = t->removeLocal(m_replica, gone); !s)
            return s;
        if (auto s = t->write(m_replica, *rows); !s)
            return s;
        report.pulled += rows->size();
    }
    if (auto s = repo.clearDirty(); !s)
        return s;
    if (auto s = repo.setApplying(false); !s)
        return s;
    return tx.commit();
}

Status SyncService::pull(const SyncOptions& options, SyncReport& report)
{
    ReplicaRepository repo(m_replica);
    CentralSyncRepository central(*m_server);
    auto cursorText = repo.state(state::kCursor);
    if (!cursorText)
        return cursorText.error();
    auto cursor = store::SyncCursor::fromText(*cursorText);
    if (!cursor)
        return Error::internal(QStringLiteral("the replica's cursor is unreadable"));
    auto lastStamp = repo.state(state::kHlc);
    if (!lastStamp)
        return lastStamp.error();
    QString stampKept = *lastStamp;
    QString newest = stampKept;
    WriterMode writer(m_replica);
    if (!writer.ok)
        return writer.ok;
    const int pageSize = std::max(1, options.pageSize);
    int pages = 0;
    for (;;) {
        auto changes = central.changesAfter(*cursor, pageSize);
        if (!changes)
            return changes.error();
        if (changes->isEmpty())
            break;
        QHash<QString, QList<qint64>> byTable;
        QSet<QPair<QString, qint64>> seen;
        for (const auto& c : std::as_const(*changes)) {
            if (!seen.contains({c.table, c.rowId})) {
                seen.insert({c.table, c.rowId});
                byTable[c.table].append(c.rowId);
            }
        }
        // The page's rows are read in one short read-only transaction on the server.
        Reads reads(*m_server);
        if (!reads.ok)
            return reads.ok;
        store::Transaction tx(m_replica);
        if (!tx.isOpen())
            return tx.status();
        if (auto s = repo.setApplying(true); !s)
            return s;
        for (const QString& name : store::replicaTables()) {
            const QList<qint64> ids = byTable.value(name);
            if (ids.isEmpty())
                continue;
            auto t = table(name);
            if (!t)
                return t.error();
            auto rows = t->readIds(*m_server, ids);
            if (!rows)
                return rows.error();
            auto local = t->localRowVersions(m_replica, ids);
            if (!local)
                return local.error();
            // The row's current state, when it is newer than the replica's; rows the server no
            // longer shows (deleted, or no longer the unit's) leave the replica.
            QList<int> newer;
            QSet<qint64> present;
            const int hlcIndex = int(t->columns().indexOf(QStringLiteral("hlc")));
            for (int r = 0; r < rows->size(); ++r) {
                const qint64 id = rows->integer(r, t->idIndex());
                present.insert(id);
                const auto mine = local->constFind(id);
                if (mine == local->constEnd() || (t->hasRowVersion() && rows->integer(r, t->rowVersionIndex()) > *mine))
                    newer.append(r);
                if (hlcIndex >= 0 && rows->text(r, hlcIndex) > newest)
                    newest = rows->text(r, hlcIndex);
            }
            QList<qint64> gone;
            for (qint64 id : ids) {
                if (!present.contains(id) && local->contains(id))
                    gone.append(id);
            }
            if (auto s = t->removeLocal(m_replica, gone); !s)
                return s;
            if (auto s = t->write(m_replica, *rows, newer); !s)
                return s;
            report.pulled += newer.size() + gone.size();
        }
        cursor->txid = changes->last().txid;
        cursor->seq = changes->last().seq;
        if (auto s = repo.setState(state::kCursor, cursor->toText()); !s)
            return s;
        // Later local stamps order after every stamp seen (a device whose clock is behind still
        // overwrites what it has seen).
        if (newest != stampKept) {
            if (const auto seenStamp = HlcStamp::fromString(newest)) {
                const HlcStamp mine = HlcStamp::fromString(stampKept).value_or(HlcStamp{});
                Hlc hlc(m_clock, mine.device, mine);
                hlc.observe(*seenStamp);
                if (auto s = repo.setState(state::kHlc, hlc.last().toString()); !s)
                    return s;
                stampKept = hlc.last().toString();
                newest = stampKept;
            }
        }
        if (auto s = repo.setApplying(false); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        ++pages;
        if (options.checkpoint)
            options.checkpoint(QStringLiteral("pull-page"), pages);
        if (options.progress && !options.progress(QStringLiteral("pull"), report.pulled, 0))
            return Error::refused(QCoreApplication::translate("hocbaso::sync::SyncService", "The sync was cancelled."));
        if (changes->size() < pageSize)
            break;
    }
    return {};
}

Status SyncService::reapplyPending(SyncReport& report)
{
    auto ops = ReplicaRepository(m_replica).ops(true);
    if (!ops)
        return ops.error();
    // On the replica, without the outbox (the operations are in it already); the change tracking
    // notes the rows again for the next sync.
    services::ServiceContext ctx{m_replica, m_clock, m_actor, {}, nullptr, {}, true};
    for (const store::OutboxOp& op : std::as_const(*ops)) {
        auto outcome = OperationApplier(ctx).apply(op);
        if (outcome && outcome->applied())
            ++report.reapplied;
    }
    return {};
}

} // namespace hocbaso::sync
