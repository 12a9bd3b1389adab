#include "LiveUpdates.h"

#include "store/ChangeNotices.h"

namespace hocbaso::services {

LiveUpdates::LiveUpdates(ServiceContext& ctx, QObject* parent) : QObject(parent), m_ctx(ctx) {}

LiveUpdates::~LiveUpdates() = default;

bool LiveUpdates::available(const ServiceContext& ctx)
{
    return ctx.db.isPostgres() && !ctx.outbox;
}

Status LiveUpdates::start()
{
    stop();
    if (!available(m_ctx))
        return Error::invalid(tr("Live updates need the central server."));
    m_notices = std::make_unique<store::ChangeNotices>(m_ctx.db);
    connect(m_notices.get(), &store::ChangeNotices::changed, this, &LiveUpdates::changed);
    Status started = m_notices->start();
    if (!started)
        m_notices.reset();
    return started;
}

void LiveUpdates::stop()
{
    m_notices.reset();
}

bool LiveUpdates::isListening() const
{
    return m_notices && m_notices->isListening();
}

} // namespace hocbaso::services
