#pragma once

#include "ServiceContext.h"
#include "SigningKeys.h"

namespace hocbaso::services {

// What a school does with its records (used by the demo, tests and the simulation commands):
// confirm (sign with teacher, principal and seal), send to the managing unit, request a
// revocation. Every rule of DOMAIN.md is checked here: status transitions, approved certificates,
// receive and revoke locks.
class SchoolActions
{
public:
    // `keys` signs confirmations (the simulation key file); may be null when only sending.
    SchoolActions(ServiceContext& ctx, const SigningKeys* keys = nullptr) : m_ctx(ctx), m_keys(keys) {}

    // draft -> confirmed, or revoked -> confirmed as a new version under the same lookup code.
    Result<Record> confirm(const QString& lookupCode);
    // confirmed -> sent, refused after the receive lock or without approved certificates.
    Result<Record> send(const QString& lookupCode);
    // A request to revoke a sent record, refused after the revoke lock; one pending per record.
    Result<qint64> requestRevocation(const QString& lookupCode, const QString& reason);

private:
    Result<Record> load(const QString& lookupCode, School* school);
    ServiceContext& m_ctx;
    const SigningKeys* m_keys;
};

} // namespace hocbaso::services
