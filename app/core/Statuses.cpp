#include "Statuses.h"

#include "Transitions.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace hocbaso {
namespace {

template <typename E, std::size_t N> QString textOf(const std::array<std::pair<E, const char*>, N>& table, E v)
{
    for (const auto& [e, t] : table) {
        if (e == v)
            return QString::fromLatin1(t);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromText(const std::array<std::pair<E, const char*>, N>& table, const QString& s)
{
    const QString key = s.trimmed().toLower();
    for (const auto& [e, t] : table) {
        if (key == QLatin1String(t))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<RecordStatus, const char*>, 4> kRecord{{{RecordStatus::Draft, "draft"},
                                                                       {RecordStatus::Confirmed, "confirmed"},
                                                                       {RecordStatus::Sent, "sent"},
                                                                       {RecordStatus::Revoked, "revoked"}}};
constexpr std::array<std::pair<CertificateStatus, const char*>, 4> kCert{{{CertificateStatus::Pending, "pending"},
                                                                          {CertificateStatus::Approved, "approved"},
                                                                          {CertificateStatus::Rejected, "rejected"},
                                                                          {CertificateStatus::Revoked, "revoked"}}};
constexpr std::array<std::pair<RevocationStatus, const char*>, 3> kRevocation{
    {{RevocationStatus::Pending, "pending"},
     {RevocationStatus::Approved, "approved"},
     {RevocationStatus::Rejected, "rejected"}}};
constexpr std::array<std::pair<CertificateKind, const char*>, 2> kKind{
    {{CertificateKind::Unit, "unit"}, {CertificateKind::Signer, "signer"}}};
constexpr std::array<std::pair<SignerPosition, const char*>, 3> kPosition{
    {{SignerPosition::None, ""},
     {SignerPosition::Principal, "principal"},
     {SignerPosition::VicePrincipal, "vice_principal"}}};
constexpr std::array<std::pair<Role, const char*>, 4> kRole{
    {{Role::Admin, "admin"}, {Role::Officer, "officer"}, {Role::Viewer, "viewer"}, {Role::School, "school"}}};
constexpr std::array<std::pair<Ownership, const char*>, 2> kOwnership{
    {{Ownership::Public, "public"}, {Ownership::Private, "private"}}};
constexpr std::array<std::pair<UnitLevel, const char*>, 3> kLevel{
    {{UnitLevel::So, "so"}, {UnitLevel::Phong, "phong"}, {UnitLevel::Xa, "xa"}}};
constexpr std::array<std::pair<Gender, const char*>, 2> kGender{{{Gender::Male, "M"}, {Gender::Female, "F"}}};
constexpr std::array<std::pair<SignatureRole, const char*>, 3> kSigRole{
    {{SignatureRole::Teacher, "teacher"}, {SignatureRole::Principal, "principal"}, {SignatureRole::Seal, "seal"}}};
constexpr std::array<std::pair<VerificationResult, const char*>, 3> kVerification{
    {{VerificationResult::Valid, "valid"},
     {VerificationResult::Invalid, "invalid"},
     {VerificationResult::Unverifiable, "unverifiable"}}};

} // namespace

QString toText(RecordStatus s)
{
    return textOf(kRecord, s);
}
QString toText(CertificateStatus s)
{
    return textOf(kCert, s);
}
QString toText(RevocationStatus s)
{
    return textOf(kRevocation, s);
}
QString toText(CertificateKind k)
{
    return textOf(kKind, k);
}
QString toText(SignerPosition p)
{
    return textOf(kPosition, p);
}
QString toText(Role r)
{
    return textOf(kRole, r);
}
QString toText(Ownership o)
{
    return textOf(kOwnership, o);
}
QString toText(UnitLevel l)
{
    return textOf(kLevel, l);
}
QString toText(Gender g)
{
    return textOf(kGender, g);
}
QString toText(SignatureRole r)
{
    return textOf(kSigRole, r);
}
QString toText(VerificationResult v)
{
    return textOf(kVerification, v);
}

std::optional<RecordStatus> recordStatusFromText(const QString& s)
{
    return fromText(kRecord, s);
}
std::optional<CertificateStatus> certificateStatusFromText(const QString& s)
{
    return fromText(kCert, s);
}
std::optional<RevocationStatus> revocationStatusFromText(const QString& s)
{
    return fromText(kRevocation, s);
}
std::optional<CertificateKind> certificateKindFromText(const QString& s)
{
    return fromText(kKind, s);
}
std::optional<SignerPosition> signerPositionFromText(const QString& s)
{
    return fromText(kPosition, s);
}
std::optional<Role> roleFromText(const QString& s)
{
    return fromText(kRole, s);
}
std::optional<Ownership> ownershipFromText(const QString& s)
{
    return fromText(kOwnership, s);
}
std::optional<UnitLevel> unitLevelFromText(const QString& s)
{
    return fromText(kLevel, s);
}
std::optional<Gender> genderFromText(const QString& s)
{
    const QString k = s.trimmed().toUpper();
    if (k == QLatin1String("M"))
        return Gender::Male;
    if (k == QLatin1String("F"))
        return Gender::Female;
    return std::nullopt;
}
std::optional<SignatureRole> signatureRoleFromText(const QString& s)
{
    return fromText(kSigRole, s);
}
std::optional<VerificationResult> verificationResultFromText(const QString& s)
{
    return fromText(kVerification, s);
}

QString label(RecordStatus s)
{
    switch (s) {
    case RecordStatus::Draft:
        return QCoreApplication::translate("hocbaso::Status", "Not sent (draft)");
    case RecordStatus::Confirmed:
        return QCoreApplication::translate("hocbaso::Status", "Confirmed complete");
    case RecordStatus::Sent:
        return QCoreApplication::translate("hocbaso::Status", "Sent");
    case RecordStatus::Revoked:
        return QCoreApplication::translate("hocbaso::Status", "Revoked");
    }
    return {};
}

QString label(CertificateStatus s)
{
    switch (s) {
    case CertificateStatus::Pending:
        return QCoreApplication::translate("hocbaso::Status", "Pending approval");
    case CertificateStatus::Approved:
        return QCoreApplication::translate("hocbaso::Status", "Approved");
    case CertificateStatus::Rejected:
        return QCoreApplication::translate("hocbaso::Status", "Rejected");
    case CertificateStatus::Revoked:
        return QCoreApplication::translate("hocbaso::Status", "Revoked");
    }
    return {};
}

QString label(RevocationStatus s)
{
    switch (s) {
    case RevocationStatus::Pending:
        return QCoreApplication::translate("hocbaso::Status", "Pending approval");
    case RevocationStatus::Approved:
        return QCoreApplication::translate("hocbaso::Status", "Approved");
    case RevocationStatus::Rejected:
        return QCoreApplication::translate("hocbaso::Status", "Rejected");
    }
    return {};
}

QString label(Role r)
{
    switch (r) {
    case Role::Admin:
        return QCoreApplication::translate("hocbaso::Status", "Administrator");
    case Role::Officer:
        return QCoreApplication::translate("hocbaso::Status", "Officer");
    case Role::Viewer:
        return QCoreApplication::translate("hocbaso::Status", "Viewer");
    case Role::School:
        return QCoreApplication::translate("hocbaso::Status", "School user");
    }
    return {};
}

QString label(Ownership o)
{
    return o == Ownership::Public ? QCoreApplication::translate("hocbaso::Status", "Public")
                                  : QCoreApplication::translate("hocbaso::Status", "Private");
}

QString label(UnitLevel l)
{
    switch (l) {
    case UnitLevel::So:
        return QCoreApplication::translate("hocbaso::Status", "Department of Education and Training");
    case UnitLevel::Phong:
        return QCoreApplication::translate("hocbaso::Status", "District Office of Education and Training");
    case UnitLevel::Xa:
        return QCoreApplication::translate("hocbaso::Status", "Commune education office");
    }
    return {};
}

QString label(SignatureRole r)
{
    switch (r) {
    case SignatureRole::Teacher:
        return QCoreApplication::translate("hocbaso::Status", "Homeroom teacher");
    case SignatureRole::Principal:
        return QCoreApplication::translate("hocbaso::Status", "Principal");
    case SignatureRole::Seal:
        return QCoreApplication::translate("hocbaso::Status", "School seal");
    }
    return {};
}

QString label(VerificationResult v)
{
    switch (v) {
    case VerificationResult::Valid:
        return QCoreApplication::translate("hocbaso::Status", "Signatures valid");
    case VerificationResult::Invalid:
        return QCoreApplication::translate("hocbaso::Status", "Invalid signature");
    case VerificationResult::Unverifiable:
        return QCoreApplication::translate("hocbaso::Status", "Signatures could not be verified");
    }
    return {};
}

QString label(SignerPosition p)
{
    switch (p) {
    case SignerPosition::None:
        return {};
    case SignerPosition::Principal:
        return QCoreApplication::translate("hocbaso::Status", "Principal");
    case SignerPosition::VicePrincipal:
        return QCoreApplication::translate("hocbaso::Status", "Vice-principal");
    }
    return {};
}

Status checkTransition(RecordStatus from, RecordStatus to)
{
    if (allows(from, to))
        return {};
    return Error::refused(QCoreApplication::translate("hocbaso::Status", "A record cannot go from \"%1\" to \"%2\".")
                              .arg(label(from), label(to)));
}

Status checkTransition(CertificateStatus from, CertificateStatus to)
{
    if (allows(from, to))
        return {};
    // A row that left pending was decided by somebody: a conflict, unless it is the wrong request.
    if (from != CertificateStatus::Pending && to != CertificateStatus::Revoked)
        return Error::conflict(
            QCoreApplication::translate("hocbaso::Status", "The certificate has already been decided (%1).")
                .arg(label(from)));
    return Error::refused(
        QCoreApplication::translate("hocbaso::Status", "A certificate cannot go from \"%1\" to \"%2\".")
            .arg(label(from), label(to)));
}

Status checkTransition(RevocationStatus from, RevocationStatus to)
{
    if (allows(from, to))
        return {};
    // A request that no move leaves any more was decided by somebody.
    if (!decidableRevocationStatuses().contains(from))
        return Error::conflict(
            QCoreApplication::translate("hocbaso::Status", "The revocation request has already been decided (%1).")
                .arg(label(from)));
    return Error::refused(
        QCoreApplication::translate("hocbaso::Status", "A revocation request cannot go from \"%1\" to \"%2\".")
            .arg(label(from), label(to)));
}

bool startsNewVersion(RecordStatus from, RecordStatus to)
{
    return from == RecordStatus::Revoked && to == RecordStatus::Confirmed;
}

} // namespace hocbaso
