#pragma once

#include "RecordVerification.h"
#include "ServiceContext.h"
#include "Tt27Content.h"

#include <memory>
#include <optional>

namespace hocbaso::services {

struct VersionDetails
{
    int version = 1;
    RecordStatus status = RecordStatus::Draft;
    QDateTime confirmedAt;
    QDateTime sentAt;
    QDateTime revokedAt;
    QByteArray content;
    QList<SignatureCheck> signatures;
    // Sent versions: the receipt verification's verdict, worked out now (what failed, in words), and
    // the stored one, if the version was verified in the background.
    std::optional<VersionVerdict> verdict;
    std::optional<RecordVerificationRow> stored;
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
    // Verifies one version's signatures against its content (SignatureVerifier; approval at signing is
    // judged for sent versions only).
    Result<QList<SignatureCheck>> verify(const Record& record, const RecordVersion& version);

private:
    ServiceContext& m_ctx;
    std::shared_ptr<SignatureVerifier> m_verifier; // made on first use, kept for the service's life
};

} // namespace hocbaso::services
