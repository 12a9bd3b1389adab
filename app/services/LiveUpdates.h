#pragma once

#include "ServiceContext.h"

#include <QObject>

#include <memory>

namespace hocbaso::store {
class ChangeNotices;
}

namespace hocbaso::services {

// Live updates on the central server: tells an open window that somebody else changed data of the
// actor's units, so that its lists and counts refresh within moments and without polling. What is
// heard is only that a change was committed in one of those units (store::ChangeNotices); the
// window reads the data again through the services, under the same rules as any read.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    explicit LiveUpdates(ServiceContext& ctx, QObject* parent = nullptr);
    ~LiveUpdates() override;

    // Whether the context's store tells of changes: a central server (an offline replica or a local
    // store has nobody else writing to it).
    static bool available(const ServiceContext& ctx);

    // Starts listening on the context's primary connection (a read replica cannot listen).
    Status start();
    void stop();
    bool isListening() const;

Q_SIGNALS:
    // Another session committed a change in the actor's units.
    void changed();

private:
    ServiceContext& m_ctx;
    std::unique_ptr<store::ChangeNotices> m_notices;
};

} // namespace hocbaso::services
