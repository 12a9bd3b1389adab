#include "Session.h"

#include "sync/ReplicaOutbox.h"

namespace hocbaso::ui {
namespace {

// The outbox of a replica, telling `session` (on its own thread) of each recorded change.
Result<std::unique_ptr<services::Outbox>> outboxFor(store::Database& db, const Clock& clock, const QString& username,
                                                    QPointer<Session> session)
{
    auto outbox = sync::ReplicaOutbox::open(db, clock, username);
    if (!outbox)
        return outbox.error();
    (*outbox)->setRecordedCallback([session] {
        // Queued: the change's transaction is still open, and the session lives on another thread
        // when a worker records (sign-out waits for workers before the session goes).
        if (Session* target = session.data())
            QMetaObject::invokeMethod(target, &Session::outboxChanged, Qt::QueuedConnection);
    });
    return std::unique_ptr<services::Outbox>(std::move(outbox).value());
}

} // namespace

Session::Session(std::unique_ptr<store::Database> db, const Clock& clock, services::Actor actor, Unit unit,
                 QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor)), m_unit(std::move(unit))
{
    m_context.reset(new services::ServiceContext{*m_db, m_clock, m_actor, {}});
}

Session::~Session()
{
    // The context refers to the database and the outbox: it goes first.
    m_context.reset();
    m_outbox.reset();
    m_db.reset();
}

Status Session::setOffline(const QString& password)
{
    auto outbox = outboxFor(*m_db, m_clock, m_actor.username, this);
    if (!outbox)
        return outbox.error();
    m_outbox = std::move(outbox).value();
    m_password = password;
    m_context->outbox = m_outbox.get();
    return {};
}

Session::WorkerSpec Session::workerSpec()
{
    return WorkerSpec{connection(), &m_clock, m_actor, m_context->ruleDateOverride, isOffline(), this};
}

Result<Session::Worker> Session::openWorker(const WorkerSpec& spec)
{
    Worker w;
    auto db = store::Database::open(spec.connection);
    if (!db)
        return db.error();
    w.db = std::move(db).value();
    w.context.reset(new services::ServiceContext{*w.db, *spec.clock, spec.actor, spec.ruleDate});
    if (spec.offline) {
        auto outbox = outboxFor(*w.db, *spec.clock, spec.actor.username, spec.session);
        if (!outbox)
            return outbox.error();
        w.outbox = std::move(outbox).value();
        w.context->outbox = w.outbox.get();
    }
    return w;
}

} // namespace hocbaso::ui
