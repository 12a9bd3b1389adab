#include "Workspace.h"

#include "services/SigningKeys.h"
#include "services/StoreSetup.h"
#include "store/Migrator.h"
#include "store/ReadReplica.h"
#include "sync/ReplicaOutbox.h"

#include <QCoreApplication>

namespace hocbaso::workspace {
namespace {

// The outbox of a replica, telling `workspace` (on its own thread) of each recorded change.
Result<std::unique_ptr<services::Outbox>> outboxFor(store::Database& db, const Clock& clock, const QString& username,
                                                    QPointer<Workspace> workspace)
{
    auto outbox = sync::ReplicaOutbox::open(db, clock, username);
    if (!outbox)
        return outbox.error();
    (*outbox)->setRecordedCallback([workspace] {
        // Queued: the change's transaction is still open, and the workspace lives on another thread
        // when a worker records (sign-out waits for workers before the workspace goes).
        if (Workspace* target = workspace.data())
            QMetaObject::invokeMethod(target, &Workspace::outboxChanged, Qt::QueuedConnection);
    });
    return std::unique_ptr<services::Outbox>(std::move(outbox).value());
}

} // namespace

Workspace::Workspace(std::unique_ptr<store::Database> db, const Clock& clock, services::Actor actor, Unit unit,
                     QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor)), m_unit(std::move(unit))
{
    m_context.reset(new services::ServiceContext{*m_db, m_clock, m_actor, {}});
}

Workspace::~Workspace()
{
    // The context refers to the database and the outbox: it goes first.
    m_context.reset();
    m_outbox.reset();
    // It tells the primary connection to stop noting commit positions: before that goes.
    m_readReplica.reset();
    m_db.reset();
}

Result<std::unique_ptr<Workspace>> Workspace::fromSignIn(services::SignedIn signedIn, const QString& password,
                                                         const Clock& clock)
{
    auto ws = std::make_unique<Workspace>(std::move(signedIn.db), clock, signedIn.actor, signedIn.unit);
    if (signedIn.offline) {
        if (auto s = ws->setOffline(password); !s)
            return s.error();
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::signIn(const StoreLocation& where, services::Edition edition,
                                                     const QString& username, const QString& password,
                                                     const Clock& clock)
{
    auto signedIn = services::SignIn(clock).signIn(where.toSpec(username, password), edition, username, password);
    if (!signedIn)
        return signedIn.error();
    auto ws = fromSignIn(std::move(signedIn).value(), password, clock);
    if (ws) {
        if (auto s = (*ws)->attachReadReplica(where, username, password); !s)
            return s.error();
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::signInAnyRole(const StoreLocation& where, const QString& username,
                                                            const QString& password, const Clock& clock)
{
    auto signedIn = services::SignIn(clock).signInAnyRole(where.toSpec(username, password), username, password);
    if (!signedIn)
        return signedIn.error();
    auto ws = fromSignIn(std::move(signedIn).value(), password, clock);
    if (ws) {
        if (auto s = (*ws)->attachReadReplica(where, username, password); !s)
            return s.error();
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::openAsSystem(const StoreLocation& where, const Clock& clock)
{
    auto db = services::StoreSetup::open(where.toSpec(), clock);
    if (!db)
        return db.error();
    return std::make_unique<Workspace>(std::move(db).value(), clock, services::Actor::systemActor(), Unit{});
}

bool Workspace::isCentral() const
{
    return m_db->isPostgres();
}

StoreLocation Workspace::location() const
{
    return m_db->isSqlite() ? StoreLocation::localFile(m_db->spec().sqlitePath)
                            : StoreLocation::server(m_db->spec().conninfo);
}

QString Workspace::storeDescription() const
{
    return m_db->spec().describe();
}

QString Workspace::filePath() const
{
    return m_db->isSqlite() ? m_db->spec().sqlitePath : QString();
}

QString Workspace::signingKeysPath() const
{
    return m_db->isSqlite() ? services::SigningKeys::pathBeside(m_db->spec().sqlitePath) : QString();
}

Result<int> Workspace::schemaVersion()
{
    return store::Migrator(*m_db).currentVersion();
}

Result<std::optional<services::BackupResult>> Workspace::dailyBackup()
{
    if (isCentral())
        return services::StoreBackup::notForPostgres();
    return services::StoreBackup(m_clock).daily(filePath());
}

void Workspace::setRuleDate(QDate date)
{
    m_context->ruleDateOverride = date;
}

Status Workspace::setOffline(const QString& password)
{
    auto outbox = outboxFor(*m_db, m_clock, m_actor.username, this);
    if (!outbox)
        return outbox.error();
    m_outbox = std::move(outbox).value();
    m_password = password;
    m_context->outbox = m_outbox.get();
    return {};
}

Status Workspace::attachReadReplica(const StoreLocation& where, const QString& username, const QString& password)
{
    if (!where.hasReadReplica() || !m_db->isPostgres() || isOffline())
        return {};
    // The same login role on the replica (a physical replica has the primary's roles), so that
    // row-level security gives the same rows.
    auto replica = store::ReadReplica::open(*m_db, where.toReadSpec(username, password));
    if (!replica)
        return Error{replica.error().kind,
                     QCoreApplication::translate("hocbaso::workspace::Workspace", "The read replica %1: %2")
                         .arg(where.toReadSpec().describe(), replica.error().message)};
    m_readReplica = std::move(replica).value();
    m_context->readReplica = m_readReplica.get();
    return {};
}

QString Workspace::syncPassword() const
{
    return isOffline() ? m_password : m_db->spec().password;
}

Result<sync::ReplicaStatus> Workspace::replicaStatus()
{
    return sync::SyncService::status(*m_db);
}

Workspace::WorkerSpec Workspace::workerSpec()
{
    return WorkerSpec{m_db->spec(), &m_clock, m_actor, m_context->ruleDateOverride, isOffline(), this};
}

Result<Workspace::Worker> Workspace::openWorker(const WorkerSpec& spec)
{
    Worker w;
    auto db = store::Database::open(spec.connection);
    if (!db)
        return db.error();
    w.db = std::move(db).value();
    w.context.reset(new services::ServiceContext{*w.db, *spec.clock, spec.actor, spec.ruleDate});
    if (spec.offline) {
        auto outbox = outboxFor(*w.db, *spec.clock, spec.actor.username, spec.workspace);
        if (!outbox)
            return outbox.error();
        w.outbox = std::move(outbox).value();
        w.context->outbox = w.outbox.get();
    }
    return w;
}

} // namespace hocbaso::workspace
