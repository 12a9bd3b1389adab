#include "SchoolActions.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "LockService.h"
#include "core/DisplayDates.h"
#include "core/LookupCode.h"
#include "core/Transitions.h"
#include "crypto/Cms.h"
#include "crypto/PasswordHash.h"
#include "store/CertificateRepository.h"
#include "store/ClassRepository.h"
#include "store/LockRepository.h"
#include "store/RecordRepository.h"
#include "store/RevocationRepository.h"
#include "store/SchoolRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hocbaso::services {
Result<Record> SchoolActions::load(const QString& lookupCode, School* school)
{
    auto code = LookupCode::normalize(lookupCode);
    if (!code)
        return code.error();
    auto found = store::RecordRepository(m_ctx.db).byUuid(*code);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::SchoolActions", "No record has the lookup code %1.")
                .arg(*code));
    auto s = store::SchoolRepository(m_ctx.db).byId((*found)->schoolId);
    if (!s)
        return s.error();
    if (!s->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::SchoolActions", "The record's school no longer exists."));
    *school = **s;
    if (auto allowed = permissions::canActForSchool(m_ctx.actor, school->id); !allowed)
        return allowed.error();
    return **found;
}

Result<Record> SchoolActions::confirm(const QString& lookupCode)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s.error();
    School school;
    auto loaded = load(lookupCode, &school);
    if (!loaded)
        return loaded.error();
    Record r = *loaded;
    if (auto s = checkTransition(r.status, RecordStatus::Confirmed); !s)
        return s.error();
    if (!m_keys)
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::SchoolActions",
                                        "Confirming needs the school's signing keys (the simulation key file)."));
    store::RecordRepository records(m_ctx.db);
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    const bool newVersion = startsNewVersion(r.status, RecordStatus::Confirmed);
    auto current = records.version(r.id, r.version);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::internal(
            QCoreApplication::translate("hocbaso::services::SchoolActions", "The record %1 has no content.")
                .arg(r.uuid));
    const QByteArray content = (*current)->content;
    const RecordStatus from = r.status;
    const int fromRowVersion = r.rowVersion;
    const QDateTime now = m_ctx.clock.now();
    if (newVersion) {
        // The corrected record is a new version; the revoked one stays in the history. It starts as
        // a draft: a version is signed as a draft and then confirmed, and from then on neither its
        // content nor its signatures change (the central store refuses it otherwise).
        ++r.version;
        RecordVersion v;
        v.recordId = r.id;
        v.version = r.version;
        v.status = RecordStatus::Draft;
        v.content = content;
        v.contentSha256 = crypto::sha256Hex(content);
        if (auto id = records.insertVersion(v); !id)
            return id.error();
    }
    // The three signatures: homeroom teacher, principal, school seal.
    auto cls = store::ClassRepository(m_ctx.db).byId(r.classId);
    if (!cls)
        return cls.error();
    const QString teacher = cls->has_value() ? (*cls)->homeroomTeacher : QString();
    struct Needed
    {
        SignatureRole role;
        const SigningKeys::Entry* entry;
    };
    const Needed needed[] = {
        {SignatureRole::Teacher, m_keys->find(school.code, QStringLiteral("teacher"), teacher)},
        {SignatureRole::Principal, m_keys->find(school.code, QStringLiteral("principal"))},
        {SignatureRole::Seal, m_keys->find(school.code, QStringLiteral("seal"))},
    };
    store::CertificateRepository certs(m_ctx.db);
    // A confirmation signs afresh (a version confirmed, unconfirmed and confirmed again).
    if (auto s = records.deleteSignatures(r.id, r.version); !s)
        return s.error();
    for (const Needed& n : needed) {
        if (!n.entry)
            return Error::refused(QCoreApplication::translate("hocbaso::services::SchoolActions",
                                                              "The simulation key file has no %1 key for %2.")
                                      .arg(label(n.role), school.name));
        auto cms = crypto::signDetached(content, n.entry->certificate, n.entry->key, now);
        if (!cms)
            return cms.error();
        Signature sig;
        sig.recordId = r.id;
        sig.version = r.version;
        sig.role = n.role;
        sig.signer = n.entry->holder;
        sig.signedAt = now;
        sig.cms = *cms;
        if (n.role != SignatureRole::Teacher) {
            // Link the signature to the school's registration of that certificate, whatever its state.
            store::CertificateRepository::Filter f;
            f.schoolId = school.id;
            auto regs = certs.list(f);
            if (!regs)
                return regs.error();
            for (const CertificateRegistration& c : *regs) {
                if (c.sha256 == n.entry->certificate.sha256Hex())
                    sig.certificateId = c.id;
            }
        }
        if (auto id = records.insertSignature(sig); !id)
            return id.error();
    }
    if (auto s = records.updateVersionStatus(r.id, r.version, RecordStatus::Confirmed, now, {}, {}); !s)
        return s.error();
    r.status = RecordStatus::Confirmed;
    r.confirmedAt = now;
    r.sentAt = {};
    r.updatedAt = now;
    auto changed = records.updateStatus(r, from, fromRowVersion);
    if (!changed)
        return changed.error();
    if (!*changed)
        return Error::conflict(
            QCoreApplication::translate("hocbaso::services::SchoolActions",
                                        "The record %1 was changed by someone else meanwhile; nothing was done.")
                .arg(r.uuid));
    if (auto s =
            AuditLog(m_ctx).append(school.unitId, QStringLiteral("record.confirm"), QStringLiteral("record"), r.uuid,
                                   {{QStringLiteral("school"), school.code}, {QStringLiteral("version"), r.version}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    ++r.rowVersion;
    return r;
}

Result<Record> SchoolActions::send(const QString& lookupCode)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s.error();
    School school;
    auto loaded = load(lookupCode, &school);
    if (!loaded)
        return loaded.error();
    Record r = *loaded;
    if (auto s = checkTransition(r.status, RecordStatus::Sent); !s)
        return s.error();
    // The receive lock of its school and grade.
    LockService locks(m_ctx);
    auto lock = locks.effectiveFor(school.id, r.schoolYear, r.grade);
    if (!lock)
        return lock.error();
    const QDate today = m_ctx.clock.today();
    if (lock->receive.isValid() && today > lock->receive) {
        return Error::refused(QCoreApplication::translate(
                                  "hocbaso::services::SchoolActions",
                                  "The managing unit stopped receiving records of %1, grade %2, after %3; the record "
                                  "was not sent.")
                                  .arg(school.name)
                                  .arg(r.grade)
                                  .arg(lock->describeReceive()));
    }
    // The seal and the principal's signature must be by certificates the unit approved.
    store::RecordRepository records(m_ctx.db);
    auto sigs = records.signatures(r.id, r.version);
    if (!sigs)
        return sigs.error();
    store::CertificateRepository certs(m_ctx.db);
    for (SignatureRole role : {SignatureRole::Seal, SignatureRole::Principal}) {
        const Signature* found = nullptr;
        for (const Signature& s : *sigs) {
            if (s.role == role)
                found = &s;
        }
        if (!found)
            return Error::refused(QCoreApplication::translate("hocbaso::services::SchoolActions",
                                                              "The record has no %1 signature, so it cannot be sent.")
                                      .arg(label(role)));
        if (found->certificateId == 0)
            return Error::refused(
                QCoreApplication::translate(
                    "hocbaso::services::SchoolActions",
                    "The %1 signature was made with a certificate the school never registered; the record cannot be "
                    "sent.")
                    .arg(label(role)));
        auto reg = certs.byId(found->certificateId);
        if (!reg)
            return reg.error();
        if (!reg->has_value() || (*reg)->status != CertificateStatus::Approved) {
            const QString state = reg->has_value()
                                      ? label((*reg)->status)
                                      : QCoreApplication::translate("hocbaso::services::SchoolActions", "unknown");
            return Error::refused(
                QCoreApplication::translate("hocbaso::services::SchoolActions",
                                            "The %1 certificate #%2 (%3) is %4, not approved by the managing unit; the "
                                            "record cannot be sent.")
                    .arg(label(role))
                    .arg(found->certificateId)
                    .arg(reg->has_value() ? (*reg)->subject : QString(), state.toLower()));
        }
        // Approved by the unit, but its CA has revoked it since (CaRevocations): the key is no longer
        // to be trusted, whatever the unit decided then.
        if ((*reg)->isCaRevoked())
            return Error::refused(
                QCoreApplication::translate(
                    "hocbaso::services::SchoolActions",
                    "The %1 certificate #%2 (%3) was revoked by its certificate authority on %4; the record cannot "
                    "be sent. The school must register a new certificate, have it approved by the managing unit and "
                    "sign the record with it.")
                    .arg(label(role))
                    .arg(found->certificateId)
                    .arg((*reg)->subject, text::dayText((*reg)->caRevokedAt)));
    }
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    const RecordStatus from = r.status;
    const int fromRowVersion = r.rowVersion;
    const QDateTime now = m_ctx.clock.now();
    r.status = RecordStatus::Sent;
    r.sentAt = now;
    r.updatedAt = now;
    auto changed = records.updateStatus(r, from, fromRowVersion);
    if (!changed)
        return changed.error();
    if (!*changed)
        return Error::conflict(
            QCoreApplication::translate("hocbaso::services::SchoolActions",
                                        "The record %1 was changed by someone else meanwhile; nothing was done.")
                .arg(r.uuid));
    if (auto s = records.updateVersionStatus(r.id, r.version, RecordStatus::Sent, r.confirmedAt, now, {}); !s)
        return s.error();
    if (auto s =
            AuditLog(m_ctx).append(school.unitId, QStringLiteral("record.send"), QStringLiteral("record"), r.uuid,
                                   {{QStringLiteral("school"), school.code}, {QStringLiteral("version"), r.version}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    ++r.rowVersion;
    return r;
}

Result<qint64> SchoolActions::requestRevocation(const QString& lookupCode, const QString& reason)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::SchoolActions", "A revocation request needs a reason."));
    School school;
    auto loaded = load(lookupCode, &school);
    if (!loaded)
        return loaded.error();
    const Record r = *loaded;
    // A request asks for the record's move to revoked: only where the lifecycle allows it.
    if (!allows(r.status, RecordStatus::Revoked))
        return Error::refused(QCoreApplication::translate("hocbaso::services::SchoolActions",
                                                          "Only a sent record can be revoked; this one is \"%1\".")
                                  .arg(label(r.status)));
    LockService locks(m_ctx);
    auto lock = locks.effectiveFor(school.id, r.schoolYear, r.grade);
    if (!lock)
        return lock.error();
    if (lock->revoke.isValid() && m_ctx.clock.today() > lock->revoke) {
        return Error::refused(QCoreApplication::translate(
                                  "hocbaso::services::SchoolActions",
                                  "Revocation requests for %1, grade %2, closed after %3; the request was not made.")
                                  .arg(school.name)
                                  .arg(r.grade)
                                  .arg(lock->describeRevoke()));
    }
    store::RevocationRepository requests(m_ctx.db);
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    auto pending = requests.pendingForRecord(r.id);
    if (!pending)
        return pending.error();
    if (pending->has_value())
        return Error::conflict(
            QCoreApplication::translate("hocbaso::services::SchoolActions",
                                        "The record already has a pending revocation request (#%1, made %2).")
                .arg((*pending)->id)
                .arg(text::dateTimeText((*pending)->requestedAt)));
    RevocationRequest req;
    req.recordId = r.id;
    req.recordVersion = r.version;
    req.reason = reason.trimmed();
    req.requestedAt = m_ctx.clock.now();
    req.requestedBy = m_ctx.actor.username;
    auto id = requests.insert(req);
    if (!id)
        return id.error();
    if (auto s = AuditLog(m_ctx).append(school.unitId, QStringLiteral("revocation.request"),
                                        QStringLiteral("revocation_request"), QString::number(*id),
                                        {{QStringLiteral("uuid"), r.uuid},
                                         {QStringLiteral("school"), school.code},
                                         {QStringLiteral("reason"), req.reason}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

} // namespace hocbaso::services
