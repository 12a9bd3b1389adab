#pragma once

#include "ServiceContext.h"
#include "crypto/CertificateChecks.h"
#include "store/CertificateRepository.h"
#include "store/VerificationRepository.h"

#include <QHash>

#include <functional>
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
    // Not valid because the store cannot tell (an issuer missing from the trust store, an approval
    // whose time was lost), rather than because something is wrong.
    bool unverifiable = false;
    QString reason;                        // why not, as a sentence; empty when valid
    std::optional<bool> approvedAtSigning; // registered certificate approved when it signed (seal, principal)
    QString registrationStatus;            // the registered certificate's status now
};

// A version's signatures judged together: the first signature that fails decides, a missing
// required signature fails, and a signature the store cannot judge makes the whole unverifiable.
struct VersionVerdict
{
    VerificationResult result = VerificationResult::Unverifiable;
    QString reason; // a sentence naming the signature and what failed; empty when valid
    QList<SignatureCheck> signatures;
};

// Checks signatures against the store: CMS over the content, the certificate registered by the
// record's school (and, on receipt, approved by the unit when it signed), its chain to the trust
// store and its revocation by the CA at signing time as far as the store's CRLs tell. The one place
// where 6.3's detail view, `record verify` and receipt verification judge a signature. Keeps what
// it learnt about certificates between calls, so a walk over many records pays once per certificate.
class SignatureVerifier
{
public:
    enum class Approval
    {
        Report,  // a version not sent yet: whether it was approved is reported, not judged
        Required // a sent version: the seal and the principal must have been approved when they signed
    };

    SignatureVerifier(store::Database& db, crypto::CheckContext trust);
    static Result<SignatureVerifier> forStore(ServiceContext& ctx);

    Result<QList<SignatureCheck>> check(qint64 schoolId, const RecordVersion& version,
                                        const QList<Signature>& signatures, Approval approval);
    Result<VersionVerdict> verdict(qint64 schoolId, const RecordVersion& version, Approval approval);
    // The verdict over checks already made (a required signature missing included).
    static VersionVerdict judge(const QList<SignatureCheck>& checks, bool requireAllRoles);

private:
    struct Judged
    {
        bool ok = false;
        bool unverifiable = false;
        QString reason;
    };
    Judged chainAt(const crypto::Certificate& cert, const QDateTime& at);
    Result<std::optional<store::CertificateRepository::ReviewRow>> registration(qint64 id);

    store::Database& m_db;
    crypto::CheckContext m_trust;
    QHash<qint64, std::optional<store::CertificateRepository::ReviewRow>> m_registrations;
    QHash<QString, QList<crypto::Certificate>> m_chains; // by leaf SHA-256: a path that verified once
};

struct VerificationFilter
{
    QString schoolCode;
    std::optional<int> schoolYear;
    // False: only sent versions never verified (what runs after each sync); true: all of them again.
    bool everything = false;
    int batchSize = 500;
};

struct VerificationProblem
{
    QString uuid;
    QString schoolCode;
    int version = 1;
    VerificationResult result = VerificationResult::Invalid;
    QString reason;
};

struct VerificationSummary
{
    qint64 checked = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 unverifiable = 0;
    QList<VerificationProblem> problems; // the invalid and unverifiable ones, in the walk's order
    bool cancelled = false;
};

// Receipt verification (issue #18): the managing unit verifies the signatures of every sent record
// version of its schools and stores one result per version. verifyAll walks the sent versions by id
// in batches, each batch's results committed together, so a run that is killed or cancelled goes on
// where it stopped the next time (unverified versions only, the default).
class RecordVerification
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Cancelled = std::function<bool()>;

    explicit RecordVerification(ServiceContext& ctx) : m_ctx(ctx) {}

    // Officers and administrators (and the system); viewers and schools read the results only.
    Result<VerificationSummary> verifyAll(const VerificationFilter& filter, const Progress& progress = {},
                                          const Cancelled& cancelled = {});
    // After the CA revoked a registered certificate (CaRevocations): the sent versions within reach
    // that it signed at or after `since` (the CA's date) are verified again now, whatever their
    // stored result said, since that was judged without the CA's word. Versions it signed before
    // stay as they were.
    Result<VerificationSummary> reverifySignedWith(qint64 certificateId, const QDateTime& since);
    // The stored results of the records' current versions, by record id.
    Result<QHash<qint64, RecordVerificationRow>> resultsFor(const QList<qint64>& recordIds);
    // Records of the year (and grade, 0: all) with an invalid current version, per school id, over
    // the given schools.
    Result<QHash<qint64, qint64>> invalidBySchool(int schoolYear, int grade, const QList<qint64>& schoolIds);
    static Status canVerify(const Actor& actor);

private:
    // Verifies the sent versions of the scope in batches of `batchSize` by version id, each batch's
    // results committed together.
    Result<VerificationSummary> walk(const store::VerificationRepository::Scope& scope, int batchSize,
                                     const Progress& progress, const Cancelled& cancelled);
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
