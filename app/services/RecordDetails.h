#pragma once

#include "ServiceContext.h"
#include "Tt27Content.h"

#include <optional>

namespace hocbaso::services {

// One signature over one version, with what its verification found.
struct SignatureCheck
{
    SignatureRole role = SignatureRole::Teacher;
    QString signer;
    QString subject; // of the signing certificate, from the signature itself
    QDateTime signedAt;
    bool valid = false;
    QString reason;                        // why not, as a sentence; empty when valid
    std::optional<bool> approvedAtSigning; // registered certificate approved when it signed (seal, principal)
    QString registrationStatus;            // the registered certificate's status now
};

struct VersionDetails
{
    int version = 1;
    RecordStatus status = RecordStatus::Draft;
    QDateTime confirmedAt;
    QDateTime sentAt;
    QDateTime revokedAt;
    QByteArray content;
    QList<SignatureCheck> signatures;
    bool allValid() const;
};

// Everything 6.3 shows about one record: pupil, school, class, the TT27 content of the current
// version laid out, every version and every signature verified.
struct RecordDetails
{
    Record record;
    Pupil pupil;
    School school;
    SchoolClass schoolClass;
    std::optional<RecordContent> content; // of the current version; empty when it cannot be read
    QString contentProblem;
    QList<VersionDetails> versions; // oldest first
    const VersionDetails* current() const;
};

class RecordDetailsService
{
public:
    explicit RecordDetailsService(ServiceContext& ctx) : m_ctx(ctx) {}
    Result<RecordDetails> load(const QString& lookupCode);
    // Verifies one version's signatures against its content.
    Result<QList<SignatureCheck>> verify(const Record& record, const RecordVersion& version);

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
