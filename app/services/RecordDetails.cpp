#include "RecordDetails.h"

#include "AuthService.h"
#include "core/LookupCode.h"
#include "crypto/Cms.h"
#include "crypto/PasswordHash.h"
#include "store/CertificateRepository.h"
#include "store/ClassRepository.h"
#include "store/PupilRepository.h"
#include "store/RecordRepository.h"
#include "store/SchoolRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hocbaso::services {
namespace {

// Whether a registered certificate was approved when it made a signature: approved at or before
// the signing time, and not revoked at or before it. Empty when the store cannot tell.
std::optional<bool> approvedAt(const store::CertificateRepository::ReviewRow& row, const QDateTime& signedAt)
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

} // namespace

bool VersionDetails::allValid() const
{
    if (signatures.isEmpty())
        return false;
    for (const SignatureCheck& s : signatures) {
        if (!s.valid)
            return false;
    }
    return true;
}

const VersionDetails* RecordDetails::current() const
{
    for (const VersionDetails& v : versions) {
        if (v.version == record.version)
            return &v;
    }
    return nullptr;
}

Result<QList<SignatureCheck>> RecordDetailsService::verify(const Record& record, const RecordVersion& version)
{
    store::RecordRepository records(m_ctx.db);
    store::CertificateRepository certs(m_ctx.db);
    auto signatures = records.signatures(record.id, version.version);
    if (!signatures)
        return signatures.error();
    const bool contentIntact = crypto::sha256Hex(version.content) == version.contentSha256;
    QList<SignatureCheck> out;
    for (const Signature& sig : *signatures) {
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
        if (sig.certificateId > 0) {
            auto row = certs.reviewRow(sig.certificateId);
            if (!row)
                return row.error();
            if (row->has_value()) {
                const CertificateRegistration& c = (*row)->registration;
                check.registrationStatus = toText(c.status);
                if (check.valid && !v.signer.isNull() && v.signer.der() != c.der) {
                    check.valid = false;
                    check.reason = QCoreApplication::translate(
                        "hocbaso::services::RecordDetails",
                        "the signature was made with a certificate other than the registered one");
                }
                check.approvedAtSigning = approvedAt(**row, sig.signedAt);
            }
        }
        out.append(check);
    }
    return out;
}

Result<RecordDetails> RecordDetailsService::load(const QString& lookupCode)
{
    auto code = LookupCode::normalize(lookupCode);
    if (!code)
        return code.error();
    store::RecordRepository records(m_ctx.db);
    auto found = records.byUuid(*code);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::RecordDetails", "No record has the lookup code %1.")
                .arg(*code));
    RecordDetails d;
    d.record = **found;
    auto school = store::SchoolRepository(m_ctx.db).byId(d.record.schoolId);
    if (!school)
        return school.error();
    if (school->has_value())
        d.school = **school;
    if (auto s = permissions::canView(m_ctx.actor, d.school.unitId); !s) {
        // A school user may read the records of their own school.
        if (!(m_ctx.actor.role == Role::School && m_ctx.actor.schoolId == d.school.id))
            return s.error();
    }
    auto pupil = store::PupilRepository(m_ctx.db).byId(d.record.pupilId);
    if (!pupil)
        return pupil.error();
    if (pupil->has_value())
        d.pupil = **pupil;
    if (d.record.classId > 0) {
        auto cls = store::ClassRepository(m_ctx.db).byId(d.record.classId);
        if (!cls)
            return cls.error();
        if (cls->has_value())
            d.schoolClass = **cls;
    }
    auto versions = records.versions(d.record.id);
    if (!versions)
        return versions.error();
    for (const RecordVersion& v : *versions) {
        VersionDetails vd;
        vd.version = v.version;
        vd.status = v.status;
        vd.confirmedAt = v.confirmedAt;
        vd.sentAt = v.sentAt;
        vd.revokedAt = v.revokedAt;
        vd.content = v.content;
        auto checks = verify(d.record, v);
        if (!checks)
            return checks.error();
        vd.signatures = *checks;
        d.versions.append(vd);
    }
    if (const VersionDetails* cur = d.current()) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(cur->content, &err);
        if (!doc.isObject()) {
            d.contentProblem = QCoreApplication::translate("hocbaso::services::RecordDetails",
                                                           "The record's content cannot be read: %1")
                                   .arg(err.errorString());
        } else {
            auto content = RecordContent::fromJson(doc.object());
            if (content)
                d.content = *content;
            else
                d.contentProblem = content.errorString();
        }
    }
    return d;
}

} // namespace hocbaso::services
