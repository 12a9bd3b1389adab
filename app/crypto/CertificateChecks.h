#pragma once

#include "Certificate.h"
#include "Chain.h"
#include "Crl.h"
#include "Ocsp.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hocbaso::crypto {

// One of the checks an officer sees before approving a certificate (DOMAIN.md, "Signatures and
// certificates"; CLI.md, the certificate object).
struct Check
{
    enum Severity
    {
        Pass,
        Warning,
        Fail
    };

    QString name; // chain, validity, expiry_soon, key_usage, key_strength, subject_matches_school, not_revoked, unique
    Severity severity = Pass;
    QString detail; // a sentence in the user's language
    // not_revoked when it fails, in a form the store keeps (services::CaRevocations): the date the
    // CA gives, its reason (RFC 5280 name, may be empty) and who said so (the CRL's issuer or the
    // OCSP responder). For a revoked CA of the chain, that CA's revocation.
    // (Braced default initializers keep Check{name, severity, detail} free of warnings.)
    QDateTime revokedAt{};
    QString revocationReason{};
    QString revocationSource{};
    // chain: the path ends at a test root (TrustAnchor::test). The check may still pass (the demo's
    // stand-in CAs vouch for its schools), but whoever shows it says "pass (test root)", never a
    // plain pass, so that nobody takes a rehearsal certificate for a real one.
    bool testRoot{};

    bool ok() const { return severity != Fail; }
    // "pass", "warning", "fail" (JSON, not translated).
    QString severityText() const { return severityText(severity); }
    static QString severityText(Severity severity);
    // What a person reads for a check's name ("chain" -> "Chain of trust"), in the user's
    // language; an unknown name is returned as it is.
    QString label() const { return label(name); }
    static QString label(const QString& name);
};

struct CheckContext
{
    QDateTime now;
    QList<TrustAnchor> trust;
    // Families the school's ownership allows ("vgca" for a public school); empty = any.
    QStringList allowedFamilies;
    // Empty: subject_matches_school is only a warning.
    QString schoolName;
    // Already verified against the trust store when they were added; the path validation checks
    // them again (issuer, cRLSign, scope, signature) and leaves out any that does not qualify.
    QList<Crl> crls;
    // Answers verifyOcspResponse accepted (for the certificate or the CAs of its chain).
    QList<OcspAnswer> ocspAnswers;
    // Non-empty: the name or code of another school that registered the same certificate.
    QString registeredByOtherSchool;
};

// A certificate expiring within this many days gets the expiry_soon warning.
inline constexpr int kExpiryWarningDays = 30;

// All checks, always in this order: chain, validity, expiry_soon, key_usage, key_strength,
// subject_matches_school, not_revoked, unique.
QList<Check> runChecks(const Certificate& certificate, const CheckContext& context);

// Fail if any check fails, else Warning if any warns, else Pass.
Check::Severity worstSeverity(const QList<Check>& checks);

// Whether the chain check of these checks reached a test root (Check::testRoot).
bool chainsToTestRoot(const QList<Check>& checks);

} // namespace hocbaso::crypto
