#include "StoreInfo.h"

#include "TrustStoreService.h"

#include "store/AuditRepository.h"
#include "store/CertificateRepository.h"
#include "store/MetaRepository.h"
#include "store/Migrator.h"
#include "store/PupilRepository.h"
#include "store/ReadReplica.h"
#include "store/RecordRepository.h"
#include "store/RevocationRepository.h"
#include "store/SchoolRepository.h"
#include "store/TrustRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <algorithm>

namespace hocbaso::services {

Result<StoreCounts> storeCounts(store::Database& db)
{
    StoreCounts c;
    auto version = store::Migrator(db).currentVersion();
    if (!version)
        return version.error();
    c.schemaVersion = *version;
    struct Item
    {
        qint64* target;
        Result<qint64> value;
    };
    const Item items[] = {
        {&c.units, store::UnitRepository(db).count()},
        {&c.schools, store::SchoolRepository(db).count()},
        {&c.students, store::PupilRepository(db).count()},
        {&c.records, store::RecordRepository(db).count()},
        {&c.certificates, store::CertificateRepository(db).count()},
        {&c.revocationRequests, store::RevocationRepository(db).count()},
        {&c.users, store::UserRepository(db).count()},
        {&c.auditEvents, store::AuditRepository(db).count()},
    };
    for (const Item& i : items) {
        if (!i.value)
            return i.value.error();
        *i.target = i.value.value();
    }
    return c;
}

bool isDemoStore(store::Database& db)
{
    auto mark = store::MetaRepository(db).get(QStringLiteral("demo"));
    if (mark && !mark->isEmpty())
        return true;
    auto anchors = store::TrustRepository(db).anchors();
    if (!anchors)
        return false;
    return std::any_of(anchors->cbegin(), anchors->cend(), &TrustStoreService::isDemoAuthority);
}

bool hasReadReplica(const ServiceContext& ctx)
{
    return ctx.readReplica != nullptr;
}

QString readReplicaDescription(const ServiceContext& ctx)
{
    return ctx.readReplica ? ctx.readReplica->replica().spec().describe() : QString();
}

Result<ReplicaLag> readReplicaLag(const ServiceContext& ctx)
{
    if (!ctx.readReplica)
        return ReplicaLag{};
    auto lag = ctx.readReplica->lag();
    if (!lag)
        return lag.error();
    return ReplicaLag{lag->bytes, lag->milliseconds};
}

} // namespace hocbaso::services
