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
#include "store/VerificationRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hocbaso::services {
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
    if (!m_verifier) {
        auto verifier = SignatureVerifier::forStore(m_ctx);
        if (!verifier)
            return verifier.error();
        m_verifier = std::make_shared<SignatureVerifier>(std::move(*verifier));
    }
    auto signatures = store::RecordRepository(readDatabase(m_ctx)).signatures(record.id, version.version);
    if (!signatures)
        return signatures.error();
    return m_verifier->check(record.schoolId, version, *signatures,
                             version.sentAt.isValid() ? SignatureVerifier::Approval::Required
                                                      : SignatureVerifier::Approval::Report);
}

Result<RecordDetails> RecordDetailsService::load(const QString& lookupCode)
{
    auto code = LookupCode::normalize(lookupCode);
    if (!code)
        return code.error();
    store::Database& db = readDatabase(m_ctx);
    store::RecordRepository records(db);
    auto found = records.byUuid(*code);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::RecordDetails", "No record has the lookup code %1.")
                .arg(*code));
    RecordDetails d;
    d.record = **found;
    auto school = store::SchoolRepository(db).byId(d.record.schoolId);
    if (!school)
        return school.error();
    if (school->has_value())
        d.school = **school;
    if (auto s = permissions::canView(m_ctx.actor, d.school.unitId); !s) {
        // A school user may read the records of their own school.
        if (!(m_ctx.actor.role == Role::School && m_ctx.actor.schoolId == d.school.id))
            return s.error();
    }
    auto pupil = store::PupilRepository(db).byId(d.record.pupilId);
    if (!pupil)
        return pupil.error();
    if (pupil->has_value())
        d.pupil = **pupil;
    if (d.record.classId > 0) {
        auto cls = store::ClassRepository(db).byId(d.record.classId);
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
        if (v.sentAt.isValid()) {
            vd.verdict = SignatureVerifier::judge(vd.signatures, true);
            auto stored = store::VerificationRepository(db).ofVersion(v.id);
            if (!stored)
                return stored.error();
            vd.stored = *stored;
        }
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
