#pragma once

#include "services/ServiceContext.h"
#include "store/Database.h"

#include <QObject>

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

private:
    std::unique_ptr<store::Database> m_db;
    const Clock& m_clock;
    services::Actor m_actor;
    Unit m_unit;
    std::unique_ptr<services::ServiceContext> m_context;
};

} // namespace hocbaso::ui
