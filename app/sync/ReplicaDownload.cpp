#include "ReplicaDownload.h"

#include "ReplicaOutbox.h"
#include "store/BulkLoad.h"
#include "store/CentralSyncRepository.h"
#include "store/MetaRepository.h"
#include "store/Migrator.h"
#include "store/ReplicaRepository.h"
#include "store/SqlValues.h"
#include "store/SyncRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUuid>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace hocbaso::sync {
namespace {

// Runs `steps` in order and stops at the first failure (a braced list of calls would run them all
// before any result is looked at).
template <std::size_t N> Status runInOrder(const std::function<Status()> (&steps)[N])
{
    for (const auto& step : steps) {
        if (auto s = step(); !s)
            return s;
    }
    return {};
}

using store::ReplicaRepository;

QString now(const Clock& clock)
{
    return store::sql::isoUtc(clock.now());
}

const QString kDropped = QStringLiteral("download_dropped");

// Leaves the writer's pragmas as they were however the download ends.
struct WriterMode
{
    explicit WriterMode(store::Database& db) : repo(db) { ok = repo.setWriterMode(true); }
    ~WriterMode() { logIfFailed(repo.setWriterMode(false), "restoring the replica's writer settings"); }
    ReplicaRepository repo;
    Status ok;
};

// Ends the server snapshot however the download ends.
struct Snapshot
{
    explicit Snapshot(store::Database& db) : repo(db) { ok = repo.beginSnapshot(); }
    ~Snapshot()
    {
        if (ok)
            logIfFailed(repo.endSnapshot(), "ending the download's snapshot");
    }
    store::CentralSyncRepository repo;
    Status ok;
};

// Before the first row: the secondary indexes, counters and name-index triggers go, to be built
// in one pass at the end (store::BulkLoad). Their SQL stays in the replica's state, so a download
// resumed by another process still puts them back. In the caller's transaction.
Status dropForLoad(store::Database& replica)
{
    ReplicaRepository repo(replica);
    auto kept = repo.state(kDropped);
    if (!kept)
        return kept.error();
    if (!kept->isEmpty())
        return {};
    auto dropped = store::BulkLoad::drop(replica);
    if (!dropped)
        return dropped.error();
    return repo.setState(kDropped, store::BulkLoad::toText(*dropped));
}

// Batches written in one transaction. Each commit syncs the file, and makes and removes the rollback
// journal: a batch a commit made ~1,000 of them for a province's 5 million rows, and the writer spent
// a quarter of its time there (replica_1m_s: the writer 48.8 s -> 37.0 s with 20).
constexpr int kBatchesPerCommit = 20;

struct Batch
{
    int table = 0;
    store::ServerRows rows;
    qint64 after = 0; // where the next batch of this table starts (0: the next table)
    bool last = false;
    QList<QByteArray> packed; // the packed column's values, packed by BatchPacker
};

// A step of the download on a thread of its own, fed batches in order through a queue of two: the
// server is read on the caller's thread while the batch before is packed and the one before that
// written. A subclass calls finish() in its destructor (the thread calls its overrides).
class BatchStage
{
public:
    BatchStage() = default;
    BatchStage(const BatchStage&) = delete;
    BatchStage& operator=(const BatchStage&) = delete;
    virtual ~BatchStage() = default;

    Status start()
    {
        m_thread = std::thread([this] { run(); });
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready; });
        return m_error;
    }
    bool healthy()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_error.ok();
    }
    // Blocks while two batches wait; false once the stage has failed.
    bool push(Batch batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < 2 || !m_error.ok(); });
        if (!m_error.ok())
            return false;
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // Takes what is queued, stops the thread and says how it went.
    Status finish()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_closing = true;
            m_changed.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
        return m_error;
    }

protected:
    // On the stage's thread: before the first batch, each batch in order, after the last (`ok`: no
    // failure so far).
    virtual Status open() { return {}; }
    virtual Status take(Batch& batch) = 0;
    virtual Status close(bool ok)
    {
        Q_UNUSED(ok);
        return {};
    }

private:
    void fail(const Error& e)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_error.ok())
            m_error = e;
        m_ready = true;
        m_changed.notify_all();
    }

    void run()
    {
        Status opened = open();
        if (!opened) {
            fail(opened.error());
            logIfFailed(close(false), "closing a step of the download");
            return;
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_ready = true;
            m_changed.notify_all();
        }
        for (;;) {
            Batch b;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
                if (m_queue.empty())
                    break;
                b = std::move(m_queue.front());
                m_queue.pop_front();
                m_changed.notify_all();
            }
            if (Status s = take(b); !s) {
                fail(s.error());
                break;
            }
        }
        if (Status s = close(healthy()); !s)
            fail(s.error());
    }

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_ready = false;
    bool m_closing = false;
    Status m_error;
};

// Writes batches into the replica on its own SQLite connection: each batch with the download's
// position in the same transaction, so that an interrupted download resumes after the last commit.
class BatchWriter : public BatchStage
{
public:
    BatchWriter(store::ConnectionSpec spec, const QList<store::ReplicaTable>& tables,
                std::function<void(const QString&, int)> checkpoint)
        : m_spec(std::move(spec)), m_tables(tables), m_checkpoint(std::move(checkpoint))
    {
        m_spec.createIfMissing = false;
        m_spec.writeAheadLog = false;
    }
    ~BatchWriter() override { logIfFailed(finish(), "finishing the replica's writes"); }

protected:
    Status open() override
    {
        auto opened = store::Database::open(m_spec);
        if (!opened)
            return opened.error();
        m_db = std::move(opened).value();
        m_mode.emplace(*m_db);
        return m_mode->ok;
    }

    Status take(Batch& b) override
    {
        if (!m_tx) {
            m_tx.emplace(*m_db);
            if (!m_tx->isOpen())
                return m_tx->status();
        }
        if (Status s = write(b); !s)
            return s;
        if (++m_inTransaction >= kBatchesPerCommit || b.last) {
            Status committed = m_tx->commit();
            m_tx.reset();
            m_inTransaction = 0;
            if (!committed)
                return committed;
        }
        if (m_checkpoint)
            m_checkpoint(QStringLiteral("download-batch"), ++m_batches);
        return {};
    }

    Status close(bool ok) override
    {
        Status out;
        if (m_tx && ok)
            out = m_tx->commit();
        m_tx.reset();   // after a failure: rolled back
        m_mode.reset(); // the writer's pragmas as they were
        m_db.reset();   // closed on the thread that opened it
        return out;
    }

private:
    // One batch with the download's position, inside the open transaction.
    Status write(const Batch& b)
    {
        ReplicaRepository& repo = m_mode->repo;
        if (auto s = repo.setApplying(true); !s)
            return s;
        if (auto s = m_tables.at(b.table).write(*m_db, b.rows, b.packed); !s)
            return s;
        if (b.last) {
            if (auto s = repo.setState(state::kDownloadTable, QString::number(b.table + 1)); !s)
                return s;
        }
        if (auto s = repo.setState(state::kDownloadAfter, QString::number(b.after)); !s)
            return s;
        return repo.setApplying(false);
    }

    store::ConnectionSpec m_spec;
    const QList<store::ReplicaTable>& m_tables;
    std::function<void(const QString&, int)> m_checkpoint;
    std::unique_ptr<store::Database> m_db;
    std::optional<WriterMode> m_mode;
    std::optional<store::Transaction> m_tx;
    int m_inTransaction = 0;
    int m_batches = 0;
};

// Packs each batch's record content and signatures (RecordContentCodec, SignatureCodec), then hands it
// to the writer. Packing took as long as reading the server did (~20 s each for a province), and on
// the reading thread the server waited while it packed. Signatures are packed with their
// certificates as the certificates table goes by; a download resumed after it starts with the
// replica's.
class BatchPacker : public BatchStage
{
public:
    BatchPacker(const QList<store::ReplicaTable>& tables, store::ReplicaTable::Certificates certificates,
                BatchWriter& writer)
        : m_tables(tables), m_certificates(std::move(certificates)), m_writer(writer)
    {}
    ~BatchPacker() override { logIfFailed(finish(), "finishing the replica's packing"); }

protected:
    Status take(Batch& b) override
    {
        const store::ReplicaTable& t = m_tables.at(b.table);
        t.collectCertificates(b.rows, m_certificates);
        b.packed = t.packRows(b.rows, m_certificates);
        if (!m_writer.push(std::move(b)))
            return Error::internal(QStringLiteral("the replica's writer stopped")); // its own error is reported
        return {};
    }

private:
    const QList<store::ReplicaTable>& m_tables;
    store::ReplicaTable::Certificates m_certificates;
    BatchWriter& m_writer;
};

} // namespace

ReplicaDownload::ReplicaDownload(store::Database& server, store::Database& replica, const services::Actor& actor,
                                 const Clock& clock)
    : m_server(server), m_replica(replica), m_actor(actor), m_clock(clock)
{}

Result<DownloadResult> ReplicaDownload::create(const QString& serverConninfo, const DownloadOptions& options)
{
    if (!m_server.isPostgres() || !m_replica.isSqlite())
        return Error::internal(QStringLiteral("a replica is a SQLite copy of a PostgreSQL store"));
    if (m_actor.role == Role::School || m_actor.unitId <= 0)
        return Error::refused(QCoreApplication::translate(
                                  "hocbaso::sync::ReplicaDownload",
                                  "%1 has no managing unit to take along: offline copies are made for the officers "
                                  "and viewers of a unit.")
                                  .arg(m_actor.username));
    ReplicaRepository repo(m_replica);
    auto st = repo.allState();
    if (!st)
        return st.error();
    const QString login = st->value(state::kLogin);
    if (!login.isEmpty()) {
        if (login != m_actor.username)
            return Error::refused(QCoreApplication::translate("hocbaso::sync::ReplicaDownload",
                                                              "This offline copy belongs to %1, not to %2.")
                                      .arg(login, m_actor.username));
        if (st->value(state::kDownload) == QLatin1String("complete"))
            return Error::refused(QCoreApplication::translate(
                "hocbaso::sync::ReplicaDownload",
                "This file is already a complete offline copy; bring it up to date with sync."));
        return run(options, true);
    }
    // A new replica goes into a new (empty) store only, never over somebody's data.
    auto units = repo.count(QStringLiteral("units"));
    if (!units)
        return units.error();
    auto users = repo.count(QStringLiteral("users"));
    if (!users)
        return users.error();
    if (*units > 0 || *users > 0)
        return Error::refused(
            QCoreApplication::translate("hocbaso::sync::ReplicaDownload",
                                        "This file already holds a store; an offline copy is made into a new file."));
    store::Transaction tx(m_replica);
    if (!tx.isOpen())
        return tx.status().error();
    const QList<QPair<QString, QString>> facts = {
        {state::kLogin, m_actor.username},
        {state::kUnit, QString::number(m_actor.unitId)},
        {state::kServer, store::ConnectionSpec::conninfoWithoutPassword(serverConninfo)},
        {state::kDevice, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {state::kCreatedAt, now(m_clock)},
        {state::kDownload, QStringLiteral("running")},
        {state::kDownloadTable, QStringLiteral("0")},
        {state::kDownloadAfter, QStringLiteral("0")}};
    for (const auto& [k, v] : facts) {
        if (auto s = repo.setState(k, v); !s)
            return s.error();
    }
    // The replica's own epoch (so that opening it never seeds the bundled trust anchors: the
    // server's come with the download).
    if (auto s = store::MetaRepository(m_replica).set(QStringLiteral("epoch"),
                                                      QUuid::createUuid().toString(QUuid::WithoutBraces));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return run(options, false);
}

Result<DownloadResult> ReplicaDownload::again(const DownloadOptions& options)
{
    ReplicaRepository repo(m_replica);
    {
        WriterMode writer(m_replica);
        if (!writer.ok)
            return writer.ok.error();
        store::Transaction tx(m_replica);
        if (!tx.isOpen())
            return tx.status().error();
        // One step after the other, each only when the one before succeeded.
        const std::function<Status()> steps[] = {
            [&] { return dropForLoad(m_replica); },
            [&] { return repo.setApplying(true); },
            [&] { return repo.clearReplicaTables(); },
            [&] { return repo.removeState(state::kCursor); },
            [&] { return repo.removeState(state::kEpoch); },
            [&] { return repo.setState(state::kDownload, QStringLiteral("running")); },
            [&] { return repo.setState(state::kDownloadTable, QStringLiteral("0")); },
            [&] { return repo.setState(state::kDownloadAfter, QStringLiteral("0")); },
            [&] { return repo.setApplying(false); }};
        if (auto s = runInOrder(steps); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    return run(options, false);
}

Result<DownloadResult> ReplicaDownload::resume(const DownloadOptions& options)
{
    return run(options, true);
}

Result<DownloadResult> ReplicaDownload::run(const DownloadOptions& options, bool resumed)
{
    ReplicaRepository repo(m_replica);
    WriterMode writer(m_replica);
    if (!writer.ok)
        return writer.ok.error();
    Snapshot snapshot(m_server);
    if (!snapshot.ok)
        return snapshot.ok.error();
    store::CentralSyncRepository central(m_server);

    auto st = repo.allState();
    if (!st)
        return st.error();
    auto epoch = central.epoch();
    if (!epoch)
        return epoch.error();
    int tableIndex = st->value(state::kDownloadTable).toInt();
    qint64 after = st->value(state::kDownloadAfter).toLongLong();
    const QString knownEpoch = st->value(state::kEpoch);
    if (!knownEpoch.isEmpty() && knownEpoch != *epoch) {
        // The server was restored while this download was interrupted: what came before is of
        // another history. Start over.
        store::Transaction tx(m_replica);
        const std::function<Status()> steps[] = {
            [&] { return dropForLoad(m_replica); }, [&] { return repo.setApplying(true); },
            [&] { return repo.clearReplicaTables(); }, [&] { return repo.removeState(state::kCursor); },
            [&] { return repo.setApplying(false); }};
        if (auto s = runInOrder(steps); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        tableIndex = 0;
        after = 0;
    }
    auto cursorText = repo.state(state::kCursor);
    if (!cursorText)
        return cursorText.error();
    if (cursorText->isEmpty()) {
        // The first snapshot's horizon: every transaction below it is in this snapshot, so the
        // pull starts there, and a download resumed in a later snapshot misses nothing either.
        auto xmin = central.snapshotXmin();
        if (!xmin)
            return xmin.error();
        store::SyncCursor c;
        c.txid = *xmin;
        store::Transaction tx(m_replica);
        if (tableIndex == 0 && after == 0) {
            if (auto s = dropForLoad(m_replica); !s)
                return s.error();
        }
        if (auto s = repo.setState(state::kCursor, c.toText()); !s)
            return s.error();
        if (auto s = repo.setState(state::kEpoch, *epoch); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }

    const QStringList& tables = store::replicaTables();
    QList<store::ReplicaTable> described;
    qint64 total = 0, done = 0;
    for (int i = 0; i < tables.size(); ++i) {
        auto t = store::ReplicaTable::describe(m_server, m_replica, tables.at(i));
        if (!t)
            return t.error();
        if (options.progress) {
            auto n = t->countOnServer(m_server);
            if (!n)
                return n.error();
            total += *n;
            if (i < tableIndex) {
                done += *n;
            } else if (i == tableIndex && after > 0) {
                auto local = repo.count(tables.at(i));
                if (!local)
                    return local.error();
                done += *local;
            }
        }
        described.append(*t);
    }
    // Three steps overlap, a batch or two apart: this thread reads the server, BatchPacker packs,
    // BatchWriter writes the file on a connection of its own.
    const int batch = std::max(1, options.batchSize);
    // The rollback journal while the rows pour in (see ConnectionSpec::writeAheadLog); the file
    // goes back to write-ahead logging at the end, or when it is next opened.
    // Only a speed-up: with the file open elsewhere (the desktop's own session during a sync) the
    // mode cannot change, and the download goes on in write-ahead mode.
    logIfFailed(repo.setBulkJournal(true), "switching the replica to the rollback journal");
    // A download resumed after the certificates takes them from the replica, where they are committed.
    store::ReplicaTable::Certificates certificates;
    if (tableIndex >= tables.indexOf(QStringLiteral("certificates"))) {
        auto committed = store::ReplicaTable::certificatesIn(m_replica);
        if (!committed)
            return committed.error();
        certificates = std::move(*committed);
    }
    BatchWriter fileWriter(m_replica.spec(), described, options.checkpoint);
    if (auto s = fileWriter.start(); !s)
        return s.error();
    BatchPacker packer(described, std::move(certificates), fileWriter);
    if (auto s = packer.start(); !s)
        return s.error();
    // What was pushed is packed, written and committed; the writer's failure is the cause of the
    // packer's, so it is the one told.
    const auto finishSteps = [&packer, &fileWriter]() -> Status {
        const Status packed = packer.finish();
        const Status written = fileWriter.finish();
        return written ? packed : written;
    };
    for (int i = tableIndex; i < described.size() && packer.healthy(); ++i) {
        const store::ReplicaTable& t = described.at(i);
        for (;;) {
            auto rows = t.readAfter(m_server, after, batch);
            if (!rows) {
                logIfFailed(finishSteps(), "finishing the replica's writes");
                return rows.error();
            }
            const bool last = rows->size() < batch;
            const int n = int(rows->size());
            after = n == 0 ? after : rows->integer(n - 1, t.idIndex());
            if (last)
                after = 0;
            if (!packer.push({i, std::move(rows).value(), after, last, {}}))
                break;
            done += n;
            if (options.progress && !options.progress(done, total)) {
                // What was read is written and committed first, so the next run continues after it.
                if (auto s = finishSteps(); !s)
                    return s.error();
                return Error::refused(QCoreApplication::translate(
                    "hocbaso::sync::ReplicaDownload",
                    "The download was cancelled; run it again to continue where it stopped."));
            }
            if (last)
                break;
        }
    }
    if (auto s = finishSteps(); !s)
        return s.error();
    // Every connection sets write-ahead logging again when it opens the file.
    logIfFailed(repo.setBulkJournal(false), "switching the replica back to write-ahead logging");

    auto serverSchema = store::Migrator(m_server).currentVersion();
    if (!serverSchema)
        return serverSchema.error();
    auto replicaSchema = store::Migrator(m_replica).currentVersion();
    if (!replicaSchema)
        return replicaSchema.error();
    store::Transaction tx(m_replica);
    if (!tx.isOpen())
        return tx.status().error();
    for (const auto& [k, v] : QList<QPair<QString, QString>>{{state::kDownload, QStringLiteral("complete")},
                                                             {state::kServerSchema, QString::number(*serverSchema)},
                                                             {state::kReplicaSchema, QString::number(*replicaSchema)},
                                                             {state::kDownloadedAt, now(m_clock)},
                                                             {state::kLastSync, now(m_clock)}}) {
        if (auto s = repo.setState(k, v); !s)
            return s.error();
    }
    auto dropped = repo.state(kDropped);
    if (!dropped)
        return dropped.error();
    store::RecordSearchRepository::Timings indexing;
    QElapsedTimer indexTimer;
    indexTimer.start();
    if (auto s = store::BulkLoad::restore(m_replica, store::BulkLoad::fromText(*dropped), &indexing); !s)
        return s.error();
    indexing.append({QStringLiteral("indexes and search index"), double(indexTimer.elapsed()) / 1000.0});
    if (auto s = repo.removeState(kDropped); !s)
        return s.error();
    if (auto s = repo.removeState(state::kDownloadTable); !s)
        return s.error();
    if (auto s = repo.removeState(state::kDownloadAfter); !s)
        return s.error();
    if (auto s = repo.installChangeTracking(); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();

    DownloadResult result;
    result.resumed = resumed;
    result.indexing = indexing;
    auto records = repo.count(QStringLiteral("records"));
    if (!records)
        return records.error();
    auto schools = repo.count(QStringLiteral("schools"));
    if (!schools)
        return schools.error();
    result.records = *records;
    result.schools = *schools;
    auto cursor = repo.state(state::kCursor);
    if (!cursor)
        return cursor.error();
    result.cursor = *cursor;
    return result;
}

} // namespace hocbaso::sync
