#pragma once

#include "Statuses.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Plain value types of the domain (DOMAIN.md), as the store reads and writes them. Ids are the
// store's keys; 0 means "not stored yet" or "none".

namespace hocbaso {

struct Unit
{
    qint64 id = 0;
    QString code;
    QString name;
    UnitLevel level = UnitLevel::Phong;
    qint64 parentId = 0;
    QDateTime closedAt; // invalid while the unit is open
};

struct School
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 unitId = 0;
    QString unitCode; // filled by reads that join the unit
    Ownership ownership = Ownership::Public;
    QString taxCode;
    QString address;
    QDateTime closedAt; // invalid while the school is open
};

struct SchoolClass
{
    qint64 id = 0;
    qint64 schoolId = 0;
    int schoolYear = 0; // first calendar year: 2025 means 2025-2026
    int grade = 1;
    QString name; // "1A"
    QString homeroomTeacher;
};

struct Pupil
{
    qint64 id = 0;
    QString personalId;
    QString fullName;
    QDate birthDate;
    Gender gender = Gender::Male;
    qint64 schoolId = 0;
};

struct Record
{
    qint64 id = 0;
    QString uuid; // lookup code, lower case
    qint64 pupilId = 0;
    qint64 schoolId = 0;
    int schoolYear = 0;
    int grade = 1;
    qint64 classId = 0;
    RecordStatus status = RecordStatus::Draft;
    int version = 1;
    QString nameSort; // the pupil's Vietnamese class-list key
    QDateTime confirmedAt;
    QDateTime sentAt;
    QDateTime updatedAt;
    int rowVersion = 1;
};

// One version of a record's TT27 content, as confirmed, sent or revoked.
struct RecordVersion
{
    qint64 id = 0;
    qint64 recordId = 0;
    int version = 1;
    RecordStatus status = RecordStatus::Draft;
    QByteArray content; // canonical JSON (UTF-8): the bytes that are signed
    QString contentSha256;
    QDateTime confirmedAt;
    QDateTime sentAt;
    QDateTime revokedAt;
};

struct Signature
{
    qint64 id = 0;
    qint64 recordId = 0;
    int version = 1;
    SignatureRole role = SignatureRole::Teacher;
    QString signer;
    qint64 certificateId = 0; // the registered certificate (seal, principal); 0 for teachers
    QDateTime signedAt;
    QByteArray cms; // detached CMS SignedData (DER) over RecordVersion::content
};

// A certificate a school registered: its seal (kind unit) or a manager's signing account.
struct CertificateRegistration
{
    qint64 id = 0;
    qint64 schoolId = 0;
    CertificateKind kind = CertificateKind::Unit;
    QString holder;
    SignerPosition position = SignerPosition::None;
    CertificateStatus status = CertificateStatus::Pending;
    QByteArray der;
    QString sha256;
    QString subject;
    QString issuer;
    QString serialHex;
    QDateTime notBefore;
    QDateTime notAfter;
    QDateTime submittedAt;
    QString submittedBy;
    QDateTime decidedAt;
    QString decidedBy;
    QString decisionReason;
    qint64 supersededBy = 0;
    int rowVersion = 1;
    // The CA's own revocation (schema 19), learnt from a verified CRL or OCSP answer and kept apart
    // from the unit's decisions: when the CA says it was revoked, its reason (RFC 5280 name, may be
    // empty), who said so (the CRL's issuer or the OCSP responder) and when the store learnt it.
    // Invalid caRevokedAt: the CA has not revoked it, as far as the store knows. Never cleared.
    QDateTime caRevokedAt;
    QString caRevocationReason;
    QString caRevocationSource;
    QDateTime caRevocationSeenAt;

    bool isCaRevoked() const { return caRevokedAt.isValid(); }
};

struct TrustAnchorRow
{
    qint64 id = 0;
    QByteArray der;
    QString sha256;
    QString subject;
    QString family; // vgca | public | test
    bool isRoot = true;
    QDateTime addedAt;
    QString addedBy;
};

struct LockSetting
{
    qint64 id = 0;
    qint64 unitId = 0;
    int schoolYear = 0;
    qint64 schoolId = 0; // 0: the unit-wide setting
    int grade = 1;
    QDate receiveLock;
    QDate revokeLock;
    QString hlc;
    QDateTime updatedAt;
    QString updatedBy;
    int rowVersion = 1;
};

struct RevocationRequest
{
    qint64 id = 0;
    qint64 recordId = 0;
    int recordVersion = 1;
    QString reason;
    QDateTime requestedAt;
    QString requestedBy;
    RevocationStatus status = RevocationStatus::Pending;
    QDateTime decidedAt;
    QString decidedBy;
    QString decisionNote;
    int rowVersion = 1;
};

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Viewer;
    qint64 unitId = 0;
    qint64 schoolId = 0;
    QString passwordHash;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;
    QDateTime createdAt;
    QString unitCode;   // filled by reads that join
    QString schoolCode; // filled by reads that join
};

struct AuditEvent
{
    qint64 id = 0;
    qint64 chain = 0; // the managing unit's id; 0 for events of no unit
    qint64 seq = 0;
    QDateTime at;
    QDate ruleDate; // the date rules used (`--today`), when it mattered
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QJsonObject detail;
    QString prevHash;
    QString hash;
};

// One line of a record lookup (6.3): enough to tell pupils with the same name apart.
struct RecordListing
{
    qint64 recordId = 0;
    QString uuid;
    QString personalId;
    QString fullName;
    QDate birthDate;
    Gender gender = Gender::Male;
    QString schoolCode;
    QString schoolName;
    QString className;
    int grade = 1;
    int schoolYear = 0;
    RecordStatus status = RecordStatus::Draft;
    int version = 1;
    QString nameSort;
    // Receipt verification of the current version; empty when it was not verified (yet).
    std::optional<VerificationResult> verification;
    QString verificationReason;
};

// The stored result of verifying one sent record version on receipt.
struct RecordVerificationRow
{
    qint64 versionId = 0;
    qint64 recordId = 0;
    int version = 1;
    QDateTime verifiedAt;
    QString verifiedBy;
    VerificationResult result = VerificationResult::Unverifiable;
    QString reason; // a sentence in the verifier's language; empty when valid
};

// One row of 6.5: a revocation request with the pupil and record it is about.
struct RevocationListing
{
    RevocationRequest request;
    QString uuid;
    QString fullName;
    QString personalId;
    QString schoolCode;
    QString schoolName;
    qint64 unitId = 0;
    QString className;
    int grade = 1;
    int schoolYear = 0;
    RecordStatus recordStatus = RecordStatus::Sent;
    // The class-list keys of the school and the pupil.
    QString schoolSort;
    QString nameSort;
    // The account that sent the request (request.requestedBy), when the reader can see it.
    QString requesterName;
    std::optional<Role> requesterRole;
    // The officer who decided it (request.decidedBy), by name, when the reader can see the account.
    QString deciderName;
};

} // namespace hocbaso
