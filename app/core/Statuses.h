#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace hocbaso {

// Short text forms below are what the store and JSON use; labels are for people.

enum class RecordStatus
{
    Draft,
    Confirmed,
    Sent,
    Revoked
};
enum class CertificateStatus
{
    Pending,
    Approved,
    Rejected,
    Revoked
};
enum class RevocationStatus
{
    Pending,
    Approved,
    Rejected
};
enum class CertificateKind
{
    Unit,
    Signer
};
enum class SignerPosition
{
    None,
    Principal,
    VicePrincipal
};
enum class Role
{
    Admin,
    Officer,
    Viewer,
    School
};
enum class Ownership
{
    Public,
    Private
};
enum class UnitLevel
{
    So,
    Phong,
    Xa
};
enum class Gender
{
    Male,
    Female
};
enum class SignatureRole
{
    Teacher,
    Principal,
    Seal
};
// What receipt verification found for a sent record version: every signature holds (valid), one
// does not (invalid), or the store cannot tell (unverifiable: an issuer missing from the trust
// store, an approval whose time was lost).
enum class VerificationResult
{
    Valid,
    Invalid,
    Unverifiable
};

QString toText(RecordStatus s);
QString toText(CertificateStatus s);
QString toText(RevocationStatus s);
QString toText(CertificateKind k);
QString toText(SignerPosition p);
QString toText(Role r);
QString toText(Ownership o);
QString toText(UnitLevel l);
QString toText(Gender g);
QString toText(SignatureRole r);
QString toText(VerificationResult v);

std::optional<RecordStatus> recordStatusFromText(const QString& s);
std::optional<CertificateStatus> certificateStatusFromText(const QString& s);
std::optional<RevocationStatus> revocationStatusFromText(const QString& s);
std::optional<CertificateKind> certificateKindFromText(const QString& s);
std::optional<SignerPosition> signerPositionFromText(const QString& s);
std::optional<Role> roleFromText(const QString& s);
std::optional<Ownership> ownershipFromText(const QString& s);
std::optional<UnitLevel> unitLevelFromText(const QString& s);
std::optional<Gender> genderFromText(const QString& s);
std::optional<SignatureRole> signatureRoleFromText(const QString& s);
std::optional<VerificationResult> verificationResultFromText(const QString& s);

// Labels in the user's language (through tr), as the guide words them.
QString label(RecordStatus s);
QString label(CertificateStatus s);
QString label(RevocationStatus s);
QString label(Role r);
QString label(Ownership o);
QString label(UnitLevel l);
QString label(SignatureRole r);
QString label(VerificationResult v);
QString label(SignerPosition p);

// The lifecycles. Each returns an error naming the illegal move, or success.
// Record: draft -> confirmed -> sent -> revoked -> confirmed (a new version) -> sent ...
Status checkTransition(RecordStatus from, RecordStatus to);
// Certificate: pending -> approved | rejected; approved -> revoked. Decided rows stay decided.
Status checkTransition(CertificateStatus from, CertificateStatus to);
// Revocation request: pending -> approved | rejected, once.
Status checkTransition(RevocationStatus from, RevocationStatus to);

// Does moving a record to `to` start a new version? (A revoked record confirmed again.)
bool startsNewVersion(RecordStatus from, RecordStatus to);

} // namespace hocbaso
