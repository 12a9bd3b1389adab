#pragma once

#include "services/ServiceContext.h"
#include "store/Database.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace hocbaso::ui {

// One signed-in session: the open store, the clock rules use, who signed in and their unit. Pages
// get it through setSession(); it is destroyed at sign-out, and with it the connection.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(std::unique_ptr<store::Database> db, const Clock& clock, services::Actor actor, Unit unit,
            QObject* parent = nullptr);
    ~Session() override;

    store::Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    const services::Actor& actor() const { return m_actor; }
    const Unit& unit() const { return m_unit; }
    // Kept (with the server password, in memory only) so that worker threads can open their own
    // connection; it goes away with the session.
    const store::ConnectionSpec& connection() const { return m_db->spec(); }
    // "file /path" or "server host:port/db".
    QString storeDescription() const { return m_db->spec().describe(); }

    // The context services take, acting as the signed-in user.
    services::ServiceContext& context() { return *m_context; }

    // Working offline: the store is the person's replica, every decision and lock change goes to its
    // outbox as well, and the password of the sign-in stays in memory for the sync.
    Status setOffline(const QString& password);
    bool isOffline() const { return m_outbox != nullptr; }
    QString syncPassword() const { return m_password; }

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
        QPointer<Session> session; // told of recorded changes (queued to its thread)
    };
    // What a worker needs, copied on this thread.
    WorkerSpec workerSpec();
    static Result<Worker> openWorker(const WorkerSpec& spec);

Q_SIGNALS:
    // An offline change was recorded in the outbox (possibly by a worker thread).
    void outboxChanged();

private:
    std::unique_ptr<store::Database> m_db;
    const Clock& m_clock;
    services::Actor m_actor;
    Unit m_unit;
    std::unique_ptr<services::Outbox> m_outbox;
    QString m_password;
    std::unique_ptr<services::ServiceContext> m_context;
};

} // namespace hocbaso::ui
