#include "ReplicaOutbox.h"

#include "store/ReplicaRepository.h"
#include "store/SyncRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace hocbaso::sync {

ReplicaOutbox::ReplicaOutbox(store::Database& db, const Clock& clock, QString device, QString username)
    : m_db(db), m_clock(clock), m_device(std::move(device)), m_username(std::move(username))
{}

Result<std::unique_ptr<ReplicaOutbox>> ReplicaOutbox::open(store::Database& replica, const Clock& clock,
                                                           const QString& username)
{
    auto device = store::ReplicaRepository(replica).state(state::kDevice);
    if (!device)
        return device.error();
    if (device->isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::sync::ReplicaOutbox", "This store is not an offline copy."));
    return std::unique_ptr<ReplicaOutbox>(new ReplicaOutbox(replica, clock, *device, username));
}

Result<HlcStamp> ReplicaOutbox::stamp(const QString& after)
{
    // The device's last stamp lives in the replica, so that every process (the GUI, the command
    // line) continues from it and a stamp never repeats: one that cannot be read or kept is an
    // error, not a fresh start.
    store::ReplicaRepository repo(m_db);
    auto last = repo.state(state::kHlc);
    if (!last)
        return last.error();
    Hlc hlc(m_clock, m_device, HlcStamp::fromString(*last).value_or(HlcStamp{}));
    if (auto seen = HlcStamp::fromString(after))
        hlc.observe(*seen);
    const HlcStamp next = hlc.now();
    if (auto s = repo.setState(state::kHlc, next.toString()); !s)
        return s.error();
    return next;
}

Status ReplicaOutbox::record(const services::OfflineAction& action)
{
    store::OutboxOp op;
    op.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.deviceId = m_device;
    op.intent = action.intent;
    op.entity = action.entity;
    op.entityKey = action.key;
    op.expectedRowVersion = action.expectedRowVersion;
    op.payload = QString::fromUtf8(QJsonDocument(action.payload).toJson(QJsonDocument::Compact));
    op.hlc = action.hlc;
    if (op.hlc.isEmpty()) {
        auto next = stamp(QString());
        if (!next)
            return next.error();
        op.hlc = next->toString();
    }
    op.createdAt = m_clock.now();
    op.createdBy = m_username;
    if (auto s = store::ReplicaRepository(m_db).insertOp(op); !s)
        return s;
    if (m_recorded)
        m_recorded();
    return {};
}

} // namespace hocbaso::sync
