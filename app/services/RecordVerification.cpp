#include "RecordVerification.h"

#include "TrustStoreService.h"
#include "core/DisplayDates.h"
#include "crypto/Chain.h"
#include "crypto/Cms.h"
#include "crypto/PasswordHash.h"
#include "store/RecordRepository.h"
#include "store/SchoolRepository.h"
#include "store/VerificationRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace hocbaso::services {
namespace {

using ReviewRow = store::CertificateRepository::ReviewRow;

// A stored signing time and the one inside the signature may differ by the stored text's rounding.
constexpr qint64 kSigningTimeSlackSecs = 2;

// Whether a registered certificate was approved when it made a signature: approved at or before
// the signing time, and not revoked at or before it. Empty when the store cannot tell.
std::optional<bool> approvedAt(const ReviewRow& row, const QDateTime& signedAt)
{
    const CertificateRegistration& c = row.registration;
    if (!signedAt.isValid())
        return false;
    switch (c.status) {
    case CertificateStatus::Pending:
    case CertificateStatus::Rejected:
        return false;
    case CertificateStatus::Approved:
        return c.decidedAt.isValid() && c.decidedAt <= signedAt;
    case CertificateStatus::Revoked:
        if (row.revokedAt.isValid())
            return c.decidedAt.isValid() && c.decidedAt <= signedAt && signedAt < row.revokedAt;
        // Revoked before schema 4 (or through the bare repository): decided_* holds the revocation
        // and the approval's time is lost. A signature made after the revocation was not approved;
        // one made before it may or may not have been.
        if (c.decidedAt.isValid() && c.decidedAt <= signedAt)
            return false;
        return std::nullopt;
    }
    return false;
}

QString shownName(const crypto::Certificate& c)
{
    const QString cn = c.subjectField(QStringLiteral("CN"));
    return cn.isEmpty() ? c.subject() : cn;
}

bool validAt(const QList<crypto::Certificate>& chain, const QDateTime& at)
{
    return std::all_of(chain.cbegin(), chain.cend(),
                       [&at](const crypto::Certificate& c) { return c.notBefore() <= at && at <= c.notAfter(); });
}

} // namespace

SignatureVerifier::SignatureVerifier(store::Database& db, crypto::CheckContext trust)
    : m_db(db), m_trust(std::move(trust))
{}

Result<SignatureVerifier> SignatureVerifier::forStore(ServiceContext& ctx)
{
    auto trust = TrustStoreService(ctx).checkContext();
    if (!trust)
        return trust.error();
    return SignatureVerifier(ctx.db, *trust);
}

Result<std::optional<ReviewRow>> SignatureVerifier::registration(qint64 id)
{
    if (auto it = m_registrations.constFind(id); it != m_registrations.cend())
        return *it;
    auto row = store::CertificateRepository(m_db).reviewRow(id);
    if (!row)
        return row.error();
    m_registrations.insert(id, *row);
    return *row;
}

SignatureVerifier::Judged SignatureVerifier::chainAt(const crypto::Certificate& cert, const QDateTime& at)
{
    Judged j;
    QList<crypto::Certificate> path = m_chains.value(cert.sha256Hex());
    // A path that verified once verifies at any moment when all its certificates were valid: the
    // signatures along it do not depend on the time.
    if (path.isEmpty() || !validAt(path, at)) {
        const crypto::ChainResult chain = crypto::verifyChain(cert, m_trust.trust, at);
        if (!chain.ok) {
            using P = crypto::ChainResult::Problem;
            j.unverifiable = chain.problem == P::IssuerNotFound || chain.problem == P::UntrustedRoot;
            j.reason = j.unverifiable
                           ? QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                         "the certificate of %1 does not chain to the trust store "
                                                         "(%2)")
                                 .arg(shownName(cert), chain.error)
                           : QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                         "the certificate of %1 was not valid when it signed on %2 "
                                                         "(%3)")
                                 .arg(shownName(cert), text::dateTimeText(at), chain.error);
            return j;
        }
        path = chain.chain;
        m_chains.insert(cert.sha256Hex(), path);
    }
    // Revocation by the CA, for every certificate of the path below the anchor, from the store's CRLs.
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        for (const crypto::Crl& crl : std::as_const(m_trust.crls)) {
            const std::optional<crypto::RevokedEntry> entry = crl.revocationOf(path.at(i));
            if (entry && (!entry->revokedAt.isValid() || entry->revokedAt <= at)) {
                j.reason =
                    QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                "its CA had revoked the certificate of %1 on %2, before it "
                                                "signed on %3")
                        .arg(shownName(path.at(i)), text::dateTimeText(entry->revokedAt), text::dateTimeText(at));
                return j;
            }
        }
    }
    j.ok = true;
    return j;
}

Result<QList<SignatureCheck>> SignatureVerifier::check(qint64 schoolId, const RecordVersion& version,
                                                       const QList<Signature>& signatures, Approval approval)
{
    const bool contentIntact = crypto::sha256Hex(version.content) == version.contentSha256;
    QList<SignatureCheck> out;
    for (const Signature& sig : signatures) {
        SignatureCheck check;
        check.role = sig.role;
        check.signer = sig.signer;
        check.signedAt = sig.signedAt;
        const crypto::CmsVerification v = crypto::verifyDetached(sig.cms, version.content);
        check.valid = v.valid;
        check.reason = v.reason;
        if (!v.signer.isNull())
            check.subject = v.signer.subject();
        if (!v.valid && !contentIntact)
            check.reason = QCoreApplication::translate("hocbaso::services::RecordDetails",
                                                       "the record's content was changed after it was signed");
        // The time inside the signature is signed with it; the stored one is only a copy.
        const QDateTime at = v.signingTime.isValid() ? v.signingTime : sig.signedAt;
        if (check.valid && v.signingTime.isValid() && sig.signedAt.isValid() &&
            std::llabs(v.signingTime.secsTo(sig.signedAt)) > kSigningTimeSlackSecs) {
            check.valid = false;
            check.reason = QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                       "the signature says it was made on %1, not on %2 as stored")
                               .arg(text::dateTimeText(v.signingTime), text::dateTimeText(sig.signedAt));
        }
        // The seal and the principal sign with certificates the school registered (teachers' are not).
        if (check.valid && approval == Approval::Required && sig.role != SignatureRole::Teacher &&
            sig.certificateId <= 0) {
            check.valid = false;
            check.reason = QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                       "it was made with a certificate the school never registered");
        }
        if (sig.certificateId > 0) {
            auto row = registration(sig.certificateId);
            if (!row)
                return row.error();
            if (row->has_value()) {
                const CertificateRegistration& c = (*row)->registration;
                check.registrationStatus = toText(c.status);
                check.approvedAtSigning = approvedAt(**row, at);
                if (check.valid && !v.signer.isNull() && v.signer.der() != c.der) {
                    check.valid = false;
                    check.reason = QCoreApplication::translate(
                        "hocbaso::services::RecordDetails",
                        "the signature was made with a certificate other than the registered one");
                } else if (check.valid && c.schoolId != schoolId) {
                    check.valid = false;
                    check.reason = QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                               "certificate #%1 is registered by another school")
                                       .arg(c.id);
                } else if (check.valid && approval == Approval::Required) {
                    const CertificateKind wanted =
                        sig.role == SignatureRole::Seal ? CertificateKind::Unit : CertificateKind::Signer;
                    if (c.kind != wanted) {
                        check.valid = false;
                        check.reason =
                            QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                        "certificate #%1 is not registered for this kind of signature")
                                .arg(c.id);
                    } else if (!check.approvedAtSigning) {
                        check.valid = false;
                        check.unverifiable = true;
                        check.reason = QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                                   "when certificate #%1 was approved is no longer "
                                                                   "known, so its approval at signing cannot be told")
                                           .arg(c.id);
                    } else if (!*check.approvedAtSigning) {
                        check.valid = false;
                        check.reason = QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                                   "certificate #%1 was not approved by the managing "
                                                                   "unit when it signed on %2")
                                           .arg(c.id)
                                           .arg(text::dateTimeText(at));
                    }
                }
                // The CA's revocation as recorded on the registration (schema 19): it also covers
                // what an OCSP responder said, which the store's CRLs below do not.
                if (check.valid && c.isCaRevoked() && c.caRevokedAt <= at) {
                    check.valid = false;
                    check.reason = QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                               "its CA revoked certificate #%1 on %2, before it "
                                                               "signed on %3")
                                       .arg(c.id)
                                       .arg(text::dateTimeText(c.caRevokedAt), text::dateTimeText(at));
                }
            } else if (approval == Approval::Required && check.valid) {
                check.valid = false;
                check.reason = QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                           "its registered certificate #%1 is not in the store")
                                   .arg(sig.certificateId);
            }
        }
        if (check.valid && !v.signer.isNull()) {
            const Judged chain = chainAt(v.signer, at);
            if (!chain.ok) {
                check.valid = false;
                check.unverifiable = chain.unverifiable;
                check.reason = chain.reason;
            }
        }
        out.append(check);
    }
    return out;
}

VersionVerdict SignatureVerifier::judge(const QList<SignatureCheck>& checks, bool requireAllRoles)
{
    VersionVerdict v;
    v.signatures = checks;
    for (const SignatureCheck& s : checks) {
        if (!s.valid && !s.unverifiable) {
            v.result = VerificationResult::Invalid;
            v.reason = QCoreApplication::translate("hocbaso::services::RecordVerification", "%1 signature (%2): %3")
                           .arg(label(s.role), s.signer, s.reason);
            return v;
        }
    }
    if (requireAllRoles) {
        for (SignatureRole role : {SignatureRole::Teacher, SignatureRole::Principal, SignatureRole::Seal}) {
            const bool present =
                std::any_of(checks.cbegin(), checks.cend(), [role](const SignatureCheck& s) { return s.role == role; });
            if (!present) {
                v.result = VerificationResult::Invalid;
                v.reason = QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                       "the record has no %1 signature")
                               .arg(label(role));
                return v;
            }
        }
    }
    for (const SignatureCheck& s : checks) {
        if (!s.valid) {
            v.result = VerificationResult::Unverifiable;
            v.reason = QCoreApplication::translate("hocbaso::services::RecordVerification", "%1 signature (%2): %3")
                           .arg(label(s.role), s.signer, s.reason);
            return v;
        }
    }
    if (checks.isEmpty()) {
        v.result = VerificationResult::Invalid;
        v.reason = QCoreApplication::translate("hocbaso::services::RecordVerification", "the record has no signatures");
        return v;
    }
    v.result = VerificationResult::Valid;
    return v;
}

Result<VersionVerdict> SignatureVerifier::verdict(qint64 schoolId, const RecordVersion& version, Approval approval)
{
    auto signatures = store::RecordRepository(m_db).signatures(version.recordId, version.version);
    if (!signatures)
        return signatures.error();
    auto checks = check(schoolId, version, *signatures, approval);
    if (!checks)
        return checks.error();
    return judge(*checks, approval == Approval::Required);
}

Status RecordVerification::canVerify(const Actor& actor)
{
    if (actor.system || actor.role == Role::Officer || actor.role == Role::Admin)
        return {};
    return Error::refused(QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                      "Only officers and administrators verify received records; %1 "
                                                      "may read the results.")
                              .arg(actor.username));
}

Result<VerificationSummary> RecordVerification::verifyAll(const VerificationFilter& filter, const Progress& progress,
                                                          const Cancelled& cancelled)
{
    if (auto s = canVerify(m_ctx.actor); !s)
        return s.error();
    store::VerificationRepository::Scope scope;
    scope.schoolYear = filter.schoolYear;
    scope.unverifiedOnly = !filter.everything;
    if (!m_ctx.actor.system && m_ctx.actor.unitId > 0)
        scope.unitId = m_ctx.actor.unitId;
    if (!filter.schoolCode.isEmpty()) {
        auto school = store::SchoolRepository(m_ctx.db).byCode(filter.schoolCode);
        if (!school)
            return school.error();
        if (!school->has_value() || !m_ctx.actor.covers((*school)->unitId))
            return Error::notFound(QCoreApplication::translate("hocbaso::services::RecordVerification",
                                                               "No school of yours has the code %1.")
                                       .arg(filter.schoolCode));
        scope.schoolId = (*school)->id;
    }
    return walk(scope, filter.batchSize, progress, cancelled);
}

Result<VerificationSummary> RecordVerification::reverifySignedWith(qint64 certificateId, const QDateTime& since)
{
    if (auto s = canVerify(m_ctx.actor); !s)
        return s.error();
    store::VerificationRepository::Scope scope;
    scope.unverifiedOnly = false;
    if (!m_ctx.actor.system && m_ctx.actor.unitId > 0)
        scope.unitId = m_ctx.actor.unitId;
    scope.signedWithCertificate = certificateId;
    // The stored time is a copy of the one inside the signature, which the verdict reads; it may
    // differ by the slack the verifier allows, so the walk starts that much earlier.
    scope.signedSince = since.addSecs(-kSigningTimeSlackSecs);
    return walk(scope, VerificationFilter().batchSize, {}, {});
}

Result<VerificationSummary> RecordVerification::walk(const store::VerificationRepository::Scope& scope,
                                                     int batchSizeAsked, const Progress& progress,
                                                     const Cancelled& cancelled)
{
    store::VerificationRepository repo(m_ctx.db);
    auto total = repo.countSent(scope);
    if (!total)
        return total.error();
    auto verifier = SignatureVerifier::forStore(m_ctx);
    if (!verifier)
        return verifier.error();
    VerificationSummary summary;
    if (progress)
        progress(0, *total);
    qint64 after = 0;
    const int batchSize = std::max(1, batchSizeAsked);
    for (;;) {
        if (cancelled && cancelled()) {
            summary.cancelled = true;
            break;
        }
        auto batch = repo.sentVersions(scope, after, batchSize);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        QList<RecordVerificationRow> rows;
        rows.reserve(batch->size());
        const QDateTime now = m_ctx.clock.now();
        for (const store::VerificationRepository::Pending& p : std::as_const(*batch)) {
            auto verdict = verifier->verdict(p.schoolId, p.version, SignatureVerifier::Approval::Required);
            if (!verdict)
                return verdict.error();
            RecordVerificationRow row;
            row.versionId = p.version.id;
            row.recordId = p.version.recordId;
            row.version = p.version.version;
            row.verifiedAt = now;
            row.verifiedBy = m_ctx.actor.username;
            row.result = verdict->result;
            row.reason = verdict->reason;
            rows.append(row);
            ++summary.checked;
            if (row.result == VerificationResult::Valid) {
                ++summary.valid;
            } else {
                (row.result == VerificationResult::Invalid ? summary.invalid : summary.unverifiable) += 1;
                summary.problems.append({p.uuid, p.schoolCode, p.version.version, row.result, row.reason});
            }
        }
        // One batch, one transaction: what a killed run verified stays verified.
        store::Transaction tx(m_ctx.db);
        if (!tx.isOpen())
            return tx.status().error();
        if (auto s = repo.save(rows); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        after = batch->last().version.id;
        if (progress)
            progress(summary.checked, *total);
    }
    return summary;
}

Result<QHash<qint64, RecordVerificationRow>> RecordVerification::resultsFor(const QList<qint64>& recordIds)
{
    return store::VerificationRepository(m_ctx.db).currentOf(recordIds);
}

Result<QHash<qint64, qint64>> RecordVerification::invalidBySchool(int schoolYear, int grade,
                                                                  const QList<qint64>& schoolIds)
{
    return store::VerificationRepository(m_ctx.db).invalidBySchool(schoolYear, grade, schoolIds);
}

} // namespace hocbaso::services
