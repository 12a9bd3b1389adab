#pragma once

#include "StoreLocation.h"
#include "services/ServiceContext.h"
#include "services/SignIn.h"
#include "services/StoreBackup.h"
#include "sync/SyncService.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace hocbaso::store {
class ReadReplica;
}

namespace hocbaso::workspace {

// One open store and who works in it: the connection, the clock rules use, the signed-in person
// and their unit, and on an offline replica its outbox. The GUI holds one per sign-in (destroyed
// at sign-out, and with it the connection) and the command line one per run; both get it only
// from the factories below, so that "which store, which sign-in, which outbox" is decided once.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(std::unique_ptr<store::Database> db, const Clock& clock, services::Actor actor, Unit unit,
              QObject* parent = nullptr);
    ~Workspace() override;

    // The desktop's sign-in (services::SignIn: the edition, the store's own password check or the
    // server's, lock-out). On an offline replica the workspace works through its outbox and keeps
    // the password in memory for the next sync.
    static Result<std::unique_ptr<Workspace>> signIn(const StoreLocation& where, services::Edition edition,
                                                     const QString& username, const QString& password,
                                                     const Clock& clock);
    // The command line's sign-in: any role (the school-side commands are the school's own user's).
    static Result<std::unique_ptr<Workspace>> signInAnyRole(const StoreLocation& where, const QString& username,
                                                            const QString& password, const Clock& clock);
    // `init` and `demo`: the store opened (created when the location allows it), its schema brought
    // up to date and its defaults given, for the system itself.
    static Result<std::unique_ptr<Workspace>> openAsSystem(const StoreLocation& where, const Clock& clock);

    store::Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    const services::Actor& actor() const { return m_actor; }
    const Unit& unit() const { return m_unit; }
    bool isCentral() const;
    // Where this workspace's store is (a server without the person's password).
    StoreLocation location() const;
    // "file /path" or "server host:port/db".
    QString storeDescription() const;
    // The SQLite file worked on (empty on the central store).
    QString filePath() const;
    // Where the demo and `school confirm` keep the schools' signing keys: beside a SQLite file;
    // empty on the central store, whose schools sign at their own desks.
    QString signingKeysPath() const;
    Result<int> schemaVersion();
    // The day's copy of a SQLite store (the local store or an offline replica) in the backups folder
    // beside it, once a day, the last 7 kept (services::StoreBackup::daily): made by the desktop's
    // sign-in and by `backup --daily`, so both keep the same copies. Nothing (nullopt) when today's
    // copy exists; refused on the central store.
    Result<std::optional<services::BackupResult>> dailyBackup();

    // The context services take, acting as the signed-in person.
    services::ServiceContext& context() { return *m_context; }
    // `--today`: the rules' date, recorded with every audit event.
    void setRuleDate(QDate date);

    // The read-only server that shown data is read from (--pg-read, the profile's read replica);
    // null when everything is read from the store itself.
    store::ReadReplica* readReplica() { return m_readReplica.get(); }

    bool isOffline() const { return m_outbox != nullptr; }
    // The password of this sign-in, kept in memory only (for the offline copy and the sync).
    QString syncPassword() const;
    // Whether the store is an offline replica, and its state (changes waiting, last sync).
    Result<sync::ReplicaStatus> replicaStatus();

    // A context for a worker thread, on a connection of its own (a connection belongs to the thread
    // that opened it), acting as the same person; offline with an outbox of its own.
    struct Worker
    {
        std::unique_ptr<store::Database> db;
        std::unique_ptr<services::Outbox> outbox;
        std::unique_ptr<services::ServiceContext> context;
    };
    struct WorkerSpec
    {
        store::ConnectionSpec connection;
        const Clock* clock = nullptr;
        services::Actor actor;
        QDate ruleDate;
        bool offline = false;
        QPointer<Workspace> workspace; // told of recorded changes (queued to its thread)
    };
    // What a worker needs, copied on this thread.
    WorkerSpec workerSpec();
    static Result<Worker> openWorker(const WorkerSpec& spec);

Q_SIGNALS:
    // An offline change was recorded in the outbox (possibly by a worker thread).
    void outboxChanged();

private:
    // Working offline: every decision and lock change goes to the replica's outbox as well.
    Status setOffline(const QString& password);
    // On a server with a read replica named: connects to it as the same person.
    Status attachReadReplica(const StoreLocation& where, const QString& username, const QString& password);
    static Result<std::unique_ptr<Workspace>> fromSignIn(services::SignedIn signedIn, const QString& password,
                                                         const Clock& clock);

    std::unique_ptr<store::Database> m_db;
    const Clock& m_clock;
    services::Actor m_actor;
    Unit m_unit;
    std::unique_ptr<services::Outbox> m_outbox;
    std::unique_ptr<store::ReadReplica> m_readReplica;
    QString m_password;
    std::unique_ptr<services::ServiceContext> m_context;
};

} // namespace hocbaso::workspace
