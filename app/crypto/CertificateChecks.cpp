#include "CertificateChecks.h"

#include "PathValidation.h"

#include "Support.h"
#include "core/DisplayDates.h"
#include "core/VietnameseText.h"

#include <QCoreApplication>

#include <algorithm>

namespace hocbaso::crypto {

namespace {

Check make(const char* name, Check::Severity severity, QString detail)
{
    return Check{QString::fromLatin1(name), severity, std::move(detail)};
}

// A failed not_revoked check with what the CA said, for the store.
Check revokedBy(QString detail, const QDateTime& at, const QString& reason, const QString& source)
{
    Check c = make("not_revoked", Check::Fail, std::move(detail));
    c.revokedAt = at;
    c.revocationReason = reason;
    c.revocationSource = source;
    return c;
}

QString familyList(const QStringList& families)
{
    return families.join(QStringLiteral(", "));
}

Check chainCheck(const Certificate& certificate, const CheckContext& context)
{
    if (context.trust.isEmpty())
        return make("chain", Check::Fail,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The trust store is empty, so the certificate cannot be traced to a "
                                                "trusted root; add the root certificates first."));
    // The leaf's own dates are the validity check's business.
    const ChainResult chain = verifyChain(certificate, context.trust, context.now, LeafValidity::Ignore);
    if (!chain.ok)
        return make("chain", Check::Fail, chain.error);
    const Certificate& root = chain.chain.constLast();
    QString rootName = root.subjectField(QStringLiteral("CN"));
    if (rootName.isEmpty())
        rootName = root.subject();
    if (!context.allowedFamilies.isEmpty() && !context.allowedFamilies.contains(chain.family))
        return make("chain", Check::Fail,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The certificate chains to \"%1\" of the family \"%2\", but this "
                                                "school requires the family %3.")
                        .arg(rootName, chain.family, familyList(context.allowedFamilies)));
    if (chain.testRoot) {
        Check c = make("chain", Check::Pass,
                       QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                   "The certificate chains to the test root \"%1\" (family \"%2\"): "
                                                   "a root for rehearsals and tests, not a real certification "
                                                   "authority.")
                           .arg(rootName, chain.family));
        c.testRoot = true;
        return c;
    }
    return make("chain", Check::Pass,
                QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                            "The certificate chains to the trusted root \"%1\" (family \"%2\").")
                    .arg(rootName, chain.family));
}

Check validityCheck(const Certificate& certificate, const CheckContext& context)
{
    const QDateTime from = certificate.notBefore();
    const QDateTime until = certificate.notAfter();
    if (context.now < from)
        return make("validity", Check::Fail,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The certificate is not valid yet: it becomes valid on %1.")
                        .arg(text::dayText(from)));
    if (context.now > until)
        return make("validity", Check::Fail,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks", "The certificate expired on %1.")
                        .arg(text::dayText(until)));
    return make(
        "validity", Check::Pass,
        QCoreApplication::translate("hocbaso::crypto::CertificateChecks", "The certificate is valid from %1 to %2.")
            .arg(text::dayText(from), text::dayText(until)));
}

Check expirySoonCheck(const Certificate& certificate, const CheckContext& context)
{
    const QDateTime until = certificate.notAfter();
    if (context.now > until)
        return make("expiry_soon", Check::Warning,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The certificate has already expired (see the validity check)."));
    const qint64 secondsLeft = context.now.secsTo(until);
    if (secondsLeft <= qint64(kExpiryWarningDays) * 24 * 3600) {
        const int days = int(secondsLeft / (24 * 3600));
        return make("expiry_soon", Check::Warning,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The certificate expires on %1, in %n day(s); ask the school to "
                                                "renew it.",
                                                nullptr, days)
                        .arg(text::dayText(until)));
    }
    return make("expiry_soon", Check::Pass,
                QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                            "The certificate does not expire within %n day(s).", nullptr,
                                            kExpiryWarningDays));
}

Check keyUsageCheck(const Certificate& certificate)
{
    if (!certificate.hasKeyUsageExtension())
        return make("key_usage", Check::Fail,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The certificate states no key usage; a signing certificate must "
                                                "allow digital signature and non-repudiation."));
    const KeyUsage usage = certificate.keyUsage();
    KeyUsage missing;
    if (!usage.testFlag(KeyUsageFlag::DigitalSignature))
        missing |= KeyUsageFlag::DigitalSignature;
    if (!usage.testFlag(KeyUsageFlag::NonRepudiation))
        missing |= KeyUsageFlag::NonRepudiation;
    if (missing)
        return make("key_usage", Check::Fail,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The key usage does not allow %1 (it allows: %2); a signing "
                                                "certificate must allow digital signature and non-repudiation.")
                        .arg(keyUsageLabels(missing).join(QStringLiteral(", ")),
                             keyUsageLabels(usage).join(QStringLiteral(", "))));
    return make("key_usage", Check::Pass,
                QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                            "The key usage allows digital signature and non-repudiation."));
}

Check keyStrengthCheck(const Certificate& certificate)
{
    const QString algorithm = certificate.keyAlgorithm();
    const int bits = certificate.keyBits();
    const QString description = certificate.keyDescription();
    bool strong = false;
    if (algorithm == QLatin1String("RSA") || algorithm == QLatin1String("RSA-PSS"))
        strong = bits >= 2048;
    else if (algorithm == QLatin1String("EC"))
        strong = bits >= 256;
    else if (algorithm == QLatin1String("Ed25519") || algorithm == QLatin1String("Ed448"))
        strong = true;
    if (!strong)
        return make("key_strength", Check::Fail,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The key (%1) is too weak; RSA of at least 2048 bits or EC of at "
                                                "least 256 bits is required.")
                        .arg(description.isEmpty() ? algorithm : description));
    return make("key_strength", Check::Pass,
                QCoreApplication::translate("hocbaso::crypto::CertificateChecks", "The key (%1) is strong enough.")
                    .arg(description));
}

Check subjectCheck(const Certificate& certificate, const CheckContext& context)
{
    const QString cn = certificate.subjectField(QStringLiteral("CN"));
    const QString organisation = certificate.subjectField(QStringLiteral("O"));
    const QString shown = cn.isEmpty() ? (organisation.isEmpty() ? certificate.subject() : organisation) : cn;
    if (context.schoolName.trimmed().isEmpty())
        return make("subject_matches_school", Check::Warning,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "There is no school to compare the subject \"%1\" with.")
                        .arg(shown));
    const QString school = text::fold(context.schoolName);
    QStringList candidates = certificate.subjectFields(QStringLiteral("CN"));
    candidates += certificate.subjectFields(QStringLiteral("O"));
    for (const QString& candidate : std::as_const(candidates)) {
        const QString folded = text::fold(candidate);
        if (folded.isEmpty())
            continue;
        if (folded == school || folded.contains(school) || school.contains(folded))
            return make("subject_matches_school", Check::Pass,
                        QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                    "The subject \"%1\" names the school \"%2\".")
                            .arg(candidate, context.schoolName));
    }
    return make("subject_matches_school", Check::Fail,
                QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                            "The subject \"%1\" does not name the school \"%2\".")
                    .arg(shown, context.schoolName));
}

// When the path itself is not valid (the chain check says why), only the leaf's own CRLs can be
// read, by its issuer's name.
Check leafOnlyRevocationCheck(const Certificate& certificate, const CheckContext& context)
{
    const Crl* newest = nullptr;
    for (const Crl& crl : context.crls) {
        if (!crl.covers(certificate))
            continue;
        if (const auto entry = crl.revocationOf(certificate)) {
            const QString reason = entry->reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(entry->reason);
            return revokedBy(QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                         "The certificate was revoked on %1%2, according to the CRL "
                                                         "of \"%3\".")
                                 .arg(text::dayText(entry->revokedAt), reason, crl.issuer()),
                             entry->revokedAt, entry->reason, crl.issuer());
        }
        if (!newest || crl.thisUpdate() > newest->thisUpdate())
            newest = &crl;
    }
    const QString issuerName = certificate.issuerField(QStringLiteral("CN")).isEmpty()
                                   ? certificate.issuer()
                                   : certificate.issuerField(QStringLiteral("CN"));
    if (!newest)
        return make("not_revoked", Check::Warning,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "No CRL of the issuer \"%1\" is loaded, so revocation could not be "
                                                "checked.")
                        .arg(issuerName));
    const QDateTime next = newest->nextUpdate();
    if (next.isValid() && next < context.now)
        return make("not_revoked", Check::Warning,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The certificate is not on the CRL of \"%1\" dated %2, but that CRL "
                                                "was due for renewal on %3; load a newer one.")
                        .arg(issuerName, text::dayText(newest->thisUpdate()), text::dayText(next)));
    return make("not_revoked", Check::Pass,
                QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                            "The certificate is not on the CRL of \"%1\" dated %2.")
                    .arg(issuerName, text::dayText(newest->thisUpdate())));
}

QString commonNameOrSubject(const Certificate& certificate)
{
    const QString cn = certificate.subjectField(QStringLiteral("CN"));
    return cn.isEmpty() ? certificate.subject() : cn;
}

// The leaf and every CA of its path (RFC 5280 6.1 through PathValidation): fail when the CA says
// revoked, pass when every certificate below the anchor has a current answer, warning otherwise.
Check revocationCheck(const Certificate& certificate, const CheckContext& context)
{
    const PathValidation validation =
        validatePath(certificate, context.trust, context.crls, context.ocspAnswers, context.now, LeafValidity::Ignore);
    if (!validation.path.ok || validation.revocation.isEmpty())
        return leafOnlyRevocationCheck(certificate, context);

    if (const RevocationState* revoked = validation.firstRevoked()) {
        if (revoked->certificate != certificate)
            return revokedBy(QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                         "The CA certificate \"%1\" of the chain is revoked, and "
                                                         "with it every certificate it issued: %2")
                                 .arg(commonNameOrSubject(revoked->certificate), revoked->detail),
                             revoked->revokedAt, revoked->reason, revoked->authority);
        const QString reason = revoked->reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(revoked->reason);
        if (revoked->source == RevocationState::Source::Ocsp)
            return revokedBy(QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                         "The certificate was revoked on %1%2, according to the OCSP "
                                                         "responder \"%3\".")
                                 .arg(text::dayText(revoked->revokedAt), reason, revoked->authority),
                             revoked->revokedAt, revoked->reason, revoked->authority);
        return revokedBy(QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                     "The certificate was revoked on %1%2, according to the CRL of "
                                                     "\"%3\".")
                             .arg(text::dayText(revoked->revokedAt), reason, revoked->authority),
                         revoked->revokedAt, revoked->reason, revoked->authority);
    }
    if (const RevocationState* unknown = validation.firstUnknown()) {
        if (unknown->certificate != certificate)
            return make("not_revoked", Check::Warning,
                        QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                    "Whether the CA certificate \"%1\" of the chain is revoked is "
                                                    "not known: %2")
                            .arg(commonNameOrSubject(unknown->certificate), unknown->detail));
        return make("not_revoked", Check::Warning, unknown->detail);
    }
    const RevocationState& leaf = validation.revocation.constFirst();
    if (leaf.source == RevocationState::Source::Ocsp)
        return make("not_revoked", Check::Pass,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The OCSP responder \"%1\" says the certificate is not revoked "
                                                "(answer of %2), and no CA of its chain is revoked.")
                        .arg(leaf.authority, text::dateTimeText(leaf.answerDate)));
    return make("not_revoked", Check::Pass,
                QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                            "The certificate is not on the CRL of \"%1\" dated %2, and no CA of "
                                            "its chain is revoked.")
                    .arg(leaf.authority, text::dayText(leaf.answerDate)));
}

Check uniqueCheck(const CheckContext& context)
{
    if (!context.registeredByOtherSchool.isEmpty())
        return make("unique", Check::Fail,
                    QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                "The same certificate is already registered by another school: %1.")
                        .arg(context.registeredByOtherSchool));
    return make("unique", Check::Pass,
                QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                            "No other school has registered this certificate."));
}

} // namespace

QString Check::severityText(Severity severity)
{
    switch (severity) {
    case Pass:
        return QStringLiteral("pass");
    case Warning:
        return QStringLiteral("warning");
    case Fail:
        return QStringLiteral("fail");
    }
    return QStringLiteral("fail");
}

QString Check::label(const QString& name)
{
    // Plain words for an officer, in the order runChecks() returns them.
    static const char* const kLabels[][2] = {
        {"chain", QT_TRANSLATE_NOOP("hocbaso::crypto::Check", "Chain of trust")},
        {"validity", QT_TRANSLATE_NOOP("hocbaso::crypto::Check", "Validity period")},
        {"expiry_soon", QT_TRANSLATE_NOOP("hocbaso::crypto::Check", "Not expiring soon")},
        {"key_usage", QT_TRANSLATE_NOOP("hocbaso::crypto::Check", "Key usage (signing)")},
        {"key_strength", QT_TRANSLATE_NOOP("hocbaso::crypto::Check", "Key strength")},
        {"subject_matches_school", QT_TRANSLATE_NOOP("hocbaso::crypto::Check", "Subject names the school")},
        {"not_revoked", QT_TRANSLATE_NOOP("hocbaso::crypto::Check", "Not revoked by its CA")},
        {"unique", QT_TRANSLATE_NOOP("hocbaso::crypto::Check", "Not registered by another school")},
    };
    for (const auto& [key, text] : kLabels) {
        if (name == QLatin1String(key))
            return QCoreApplication::translate("hocbaso::crypto::Check", text);
    }
    return name;
}

QList<Check> runChecks(const Certificate& certificate, const CheckContext& context)
{
    if (certificate.isNull()) {
        QList<Check> none;
        for (const char* name : {"chain", "validity", "expiry_soon", "key_usage", "key_strength",
                                 "subject_matches_school", "not_revoked", "unique"})
            none.append(make(name, Check::Fail,
                             QCoreApplication::translate("hocbaso::crypto::CertificateChecks",
                                                         "There is no certificate to check.")));
        return none;
    }
    CheckContext effective = context;
    if (!effective.now.isValid())
        effective.now = QDateTime::currentDateTimeUtc();
    return {chainCheck(certificate, effective),      validityCheck(certificate, effective),
            expirySoonCheck(certificate, effective), keyUsageCheck(certificate),
            keyStrengthCheck(certificate),           subjectCheck(certificate, effective),
            revocationCheck(certificate, effective), uniqueCheck(effective)};
}

Check::Severity worstSeverity(const QList<Check>& checks)
{
    Check::Severity worst = Check::Pass;
    for (const Check& check : checks) {
        if (check.severity > worst)
            worst = check.severity;
    }
    return worst;
}

bool chainsToTestRoot(const QList<Check>& checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const Check& c) { return c.testRoot; });
}

} // namespace hocbaso::crypto
