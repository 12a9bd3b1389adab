#pragma once

#include "services/ServiceContext.h"
#include "store/SyncRepository.h"

#include <functional>
#include <memory>

namespace hocbaso::sync {

namespace state = store::replica_state;

// The outbox of an offline replica: services record each decision or lock change through it, in
// the same SQLite transaction as the change (ServiceContext::outbox).
class ReplicaOutbox final : public services::Outbox
{
public:
    // Null (with the reason) when the store is not a replica.
    static Result<std::unique_ptr<ReplicaOutbox>> open(store::Database& replica, const Clock& clock,
                                                       const QString& username);

    Status record(const services::OfflineAction& action) override;
    Result<HlcStamp> stamp(const QString& after) override;

    const QString& deviceId() const { return m_device; }
    // Called after each recorded action (from the thread that recorded it), so that a window can
    // show the count of changes waiting; the action's transaction may still be open then.
    void setRecordedCallback(std::function<void()> callback) { m_recorded = std::move(callback); }

private:
    ReplicaOutbox(store::Database& db, const Clock& clock, QString device, QString username);

    store::Database& m_db;
    const Clock& m_clock;
    QString m_device;
    QString m_username;
    std::function<void()> m_recorded;
};

} // namespace hocbaso::sync
