#include "Session.h"

namespace hocbaso::ui {

Session::Session(std::unique_ptr<store::Database> db, const Clock& clock, services::Actor actor, Unit unit,
                 QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor)), m_unit(std::move(unit))
{
    m_context.reset(new services::ServiceContext{*m_db, m_clock, m_actor, {}});
}

Session::~Session()
{
    // The context refers to the database: it goes first.
    m_context.reset();
    m_db.reset();
}

} // namespace hocbaso::ui
