#include "Commands.h"

#include "core/DisplayDates.h"
#include "net/HttpFetcher.h"
#include "services/CertificateReview.h"
#include "services/RevocationRefresh.h"
#include "services/TrustStoreService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hocbaso::cli {
namespace {

using services::CertificateRefusal;
using services::CertificateView;

QJsonValue timestamp(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// The certificate object of CLI.md, with the extra keys a reviewer needs.
QJsonObject certificateJson(const CertificateView& v)
{
    const CertificateRegistration& r = v.registration;
    const bool registered = r.id > 0;
    QJsonArray checks;
    for (const crypto::Check& c : v.checks) {
        checks.append(QJsonObject{{QStringLiteral("name"), c.name},
                                  {QStringLiteral("ok"), c.ok()},
                                  {QStringLiteral("severity"), c.severityText()},
                                  {QStringLiteral("detail"), c.detail}});
    }
    QJsonObject o{
        {QStringLiteral("id"), registered ? QJsonValue(r.id) : QJsonValue()},
        {QStringLiteral("school"), textOrNull(v.schoolCode)},
        {QStringLiteral("school_name"), textOrNull(v.schoolName)},
        {QStringLiteral("kind"), registered ? QJsonValue(toText(r.kind)) : QJsonValue()},
        {QStringLiteral("status"), registered ? QJsonValue(toText(r.status)) : QJsonValue()},
        {QStringLiteral("subject"), v.certificate.isNull() ? r.subject : v.certificate.subject()},
        {QStringLiteral("issuer"), v.certificate.isNull() ? r.issuer : v.certificate.issuer()},
        {QStringLiteral("serial_hex"), v.certificate.isNull() ? r.serialHex : v.certificate.serialHex()},
        {QStringLiteral("sha256"), v.certificate.isNull() ? r.sha256 : v.certificate.sha256Hex()},
        {QStringLiteral("not_before"), timestamp(v.certificate.isNull() ? r.notBefore : v.certificate.notBefore())},
        {QStringLiteral("not_after"), timestamp(v.certificate.isNull() ? r.notAfter : v.certificate.notAfter())},
        {QStringLiteral("key"), v.certificate.keyDescription()},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("chain"), QJsonArray::fromStringList(v.chain)},
        {QStringLiteral("family"), textOrNull(v.family)},
        // The chain ends at a test root (TrustStoreService::isTestAnchor): "passes" only for rehearsal.
        {QStringLiteral("test_root"), v.testRoot},
        // Where the certificate's CA tells its revocation (what `cert refresh` asks).
        {QStringLiteral("crl_urls"), QJsonArray::fromStringList(v.certificate.crlDistributionPoints())},
        {QStringLiteral("ocsp_urls"), QJsonArray::fromStringList(v.certificate.ocspUrls())}};
    if (registered) {
        o.insert(QStringLiteral("holder"), textOrNull(r.holder));
        o.insert(QStringLiteral("position"),
                 r.position == SignerPosition::None ? QJsonValue() : QJsonValue(toText(r.position)));
        o.insert(QStringLiteral("submitted_at"), timestamp(r.submittedAt));
        o.insert(QStringLiteral("submitted_by"), textOrNull(r.submittedBy));
        o.insert(QStringLiteral("decided_at"), timestamp(r.decidedAt));
        o.insert(QStringLiteral("decided_by"), textOrNull(r.decidedBy));
        o.insert(QStringLiteral("decision_reason"), textOrNull(r.decisionReason));
        o.insert(QStringLiteral("superseded_by"), r.supersededBy > 0 ? QJsonValue(r.supersededBy) : QJsonValue());
        o.insert(QStringLiteral("revoked_at"), timestamp(v.revokedAt));
        o.insert(QStringLiteral("revoked_by"), textOrNull(v.revokedBy));
        o.insert(QStringLiteral("revocation_reason"), textOrNull(v.revocationReason));
        // The CA's own revocation (issue #18), apart from the unit's; null while the CA has said none.
        o.insert(QStringLiteral("ca_revoked_at"), timestamp(r.caRevokedAt));
        o.insert(QStringLiteral("ca_revocation_reason"), textOrNull(r.caRevocationReason));
        o.insert(QStringLiteral("ca_revocation_source"), textOrNull(r.caRevocationSource));
    }
    return o;
}

QString kindLabel(const CertificateRegistration& r)
{
    if (r.kind == CertificateKind::Unit)
        return QCoreApplication::translate("hocbaso::cli", "seal (unit certificate)");
    return QCoreApplication::translate("hocbaso::cli", "signing account of %1, %2").arg(r.holder, label(r.position));
}

QString severityLabel(crypto::Check::Severity s)
{
    switch (s) {
    case crypto::Check::Pass:
        return QCoreApplication::translate("hocbaso::cli", "ok");
    case crypto::Check::Warning:
        return QCoreApplication::translate("hocbaso::cli", "warning");
    case crypto::Check::Fail:
        return QCoreApplication::translate("hocbaso::cli", "FAILED");
    }
    return {};
}

void printCertificate(QTextStream& out, const CertificateView& v)
{
    const CertificateRegistration& r = v.registration;
    const crypto::Certificate& c = v.certificate;
    const auto line = [&out](const QString& name, const QString& value) {
        out << "  " << name.leftJustified(14) << " " << value << "\n";
    };
    if (r.id > 0) {
        out << QCoreApplication::translate("hocbaso::cli", "Certificate #%1: %2").arg(r.id).arg(label(r.status))
            << "\n";
        line(QCoreApplication::translate("hocbaso::cli", "School:"),
             QStringLiteral("%1 (%2)").arg(v.schoolName, v.schoolCode));
        line(QCoreApplication::translate("hocbaso::cli", "Kind:"), kindLabel(r));
    } else {
        out << QCoreApplication::translate("hocbaso::cli", "Certificate file (not registered)") << "\n";
    }
    line(QCoreApplication::translate("hocbaso::cli", "Subject:"), c.isNull() ? r.subject : c.subject());
    line(QCoreApplication::translate("hocbaso::cli", "Issuer:"), c.isNull() ? r.issuer : c.issuer());
    line(QCoreApplication::translate("hocbaso::cli", "Serial:"), c.isNull() ? r.serialHex : c.serialHex());
    line(QCoreApplication::translate("hocbaso::cli", "SHA-256:"), c.isNull() ? r.sha256 : c.sha256Hex());
    line(QCoreApplication::translate("hocbaso::cli", "Valid:"),
         QCoreApplication::translate("hocbaso::cli", "from %1 to %2")
             .arg(text::dayText(c.isNull() ? r.notBefore : c.notBefore()),
                  text::dayText(c.isNull() ? r.notAfter : c.notAfter())));
    line(QCoreApplication::translate("hocbaso::cli", "Key:"), c.keyDescription());
    if (!v.chainNames.isEmpty())
        line(QCoreApplication::translate("hocbaso::cli", "Chain:"), v.chainNames.join(QStringLiteral(" <- ")));
    if (!v.family.isEmpty())
        line(QCoreApplication::translate("hocbaso::cli", "CA family:"), v.family);
    // "CRL" and "OCSP" are the names in every language (the CA's own documents use them).
    for (const QString& url : c.crlDistributionPoints())
        line(QStringLiteral("CRL:"), url);
    for (const QString& url : c.ocspUrls())
        line(QStringLiteral("OCSP:"), url);
    if (r.id > 0) {
        line(QCoreApplication::translate("hocbaso::cli", "Submitted:"),
             QCoreApplication::translate("hocbaso::cli", "by %1 on %2")
                 .arg(r.submittedBy, text::dateTimeText(r.submittedAt)));
        if (r.decidedAt.isValid()) {
            QString decided = QCoreApplication::translate("hocbaso::cli", "by %1 on %2")
                                  .arg(r.decidedBy, text::dateTimeText(r.decidedAt));
            if (!r.decisionReason.isEmpty())
                decided += QStringLiteral(": ") + r.decisionReason;
            line(QCoreApplication::translate("hocbaso::cli", "Decided:"), decided);
        }
        if (v.revokedAt.isValid())
            line(QCoreApplication::translate("hocbaso::cli", "Revoked:"),
                 QCoreApplication::translate("hocbaso::cli", "by %1 on %2: %3")
                     .arg(v.revokedBy, text::dateTimeText(v.revokedAt), v.revocationReason));
        if (r.isCaRevoked()) {
            QString said =
                QCoreApplication::translate("hocbaso::cli", "on %1, according to %2 (learnt %3)")
                    .arg(text::dayText(r.caRevokedAt), r.caRevocationSource, text::dateTimeText(r.caRevocationSeenAt));
            if (!r.caRevocationReason.isEmpty())
                said += QStringLiteral(": ") + r.caRevocationReason;
            line(QCoreApplication::translate("hocbaso::cli", "Revoked by CA:"), said);
        }
    }
    if (!v.checks.isEmpty()) {
        out << "  " << QCoreApplication::translate("hocbaso::cli", "Checks:") << "\n";
        for (const crypto::Check& check : v.checks)
            out << "    " << severityLabel(check.severity).leftJustified(8) << " " << check.label().leftJustified(34)
                << " " << check.detail << "\n";
    }
}

// The worst check, for one-line listings.
QString checksSummary(const CertificateView& v)
{
    if (v.checks.isEmpty())
        return {};
    QStringList failed;
    for (const crypto::Check& c : v.checks) {
        if (!c.ok())
            failed.append(c.label());
    }
    if (!failed.isEmpty())
        return QCoreApplication::translate("hocbaso::cli", "FAILED: %1").arg(failed.join(QStringLiteral(", ")));
    QStringList warned;
    for (const crypto::Check& c : v.checks) {
        if (c.severity == crypto::Check::Warning)
            warned.append(c.label());
    }
    if (!warned.isEmpty())
        return QCoreApplication::translate("hocbaso::cli", "warnings: %1").arg(warned.join(QStringLiteral(", ")));
    return QCoreApplication::translate("hocbaso::cli", "all checks pass");
}

QString whyText(CertificateRefusal::Why why)
{
    switch (why) {
    case CertificateRefusal::Why::NotFound:
        return QStringLiteral("not_found");
    case CertificateRefusal::Why::NotAllowed:
        return QStringLiteral("not_allowed");
    case CertificateRefusal::Why::AlreadyDecided:
        return QStringLiteral("already_decided");
    case CertificateRefusal::Why::WrongStatus:
        return QStringLiteral("wrong_status");
    case CertificateRefusal::Why::NotConfirmed:
        return QStringLiteral("not_confirmed");
    case CertificateRefusal::Why::RevokedByCa:
        return QStringLiteral("revoked_by_ca");
    }
    return {};
}

// Certificate numbers from the words after the subcommand; a usage error names the first bad one.
Result<QList<qint64>> idsFrom(const QStringList& words)
{
    QList<qint64> ids;
    for (const QString& w : words) {
        bool ok = false;
        const qint64 id = w.toLongLong(&ok);
        if (!ok || id <= 0)
            return Error{ErrorKind::Usage,
                         QCoreApplication::translate("hocbaso::cli", "\"%1\" is not a certificate number.").arg(w)};
        ids.append(id);
    }
    if (ids.isEmpty())
        return Error{ErrorKind::Usage,
                     QCoreApplication::translate("hocbaso::cli", "Name at least one certificate number.")};
    return ids;
}

int certDecide(CliContext& c, const QString& sub)
{
    auto ids = idsFrom(c.args().words().mid(2));
    if (!ids)
        return c.fail(ids.error());
    const QString reason = c.args().value(QStringLiteral("reason"));
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    services::CertificateReview review(**ctx);
    Result<services::CertificateDecisions> outcome = Error::internal(QString());
    QString doneText;
    if (sub == QLatin1String("approve")) {
        outcome = review.approve(
            *ids, [&c](const QString& question) { return c.confirm(question); }, reason);
        doneText = QCoreApplication::translate("hocbaso::cli", "Certificate #%1 approved.");
    } else if (sub == QLatin1String("reject")) {
        outcome = review.reject(*ids, reason);
        doneText = QCoreApplication::translate("hocbaso::cli", "Certificate #%1 rejected.");
    } else {
        outcome = review.revoke(*ids, reason);
        doneText = QCoreApplication::translate("hocbaso::cli", "Certificate #%1 revoked.");
    }
    if (!outcome)
        return c.fail(outcome.error());
    bool unconfirmed = false;
    for (const CertificateRefusal& r : outcome->refused) {
        c.err() << r.reason.simplified() << "\n";
        unconfirmed = unconfirmed || r.why == CertificateRefusal::Why::NotConfirmed;
    }
    if (unconfirmed)
        c.err() << QCoreApplication::translate("hocbaso::cli",
                                               "Add --yes to approve a certificate whose checks failed.")
                << "\n";
    c.err().flush();
    if (c.json()) {
        QJsonArray decided, refused;
        for (qint64 id : outcome->decided)
            decided.append(id);
        for (const CertificateRefusal& r : outcome->refused)
            refused.append(QJsonObject{{QStringLiteral("id"), r.id},
                                       {QStringLiteral("reason"), r.reason},
                                       {QStringLiteral("why"), whyText(r.why)}});
        c.printJson({{QStringLiteral("decided"), decided}, {QStringLiteral("refused"), refused}});
    } else {
        for (qint64 id : outcome->decided)
            c.out() << doneText.arg(id) << "\n";
        c.out().flush();
    }
    return outcome->allDecided() ? Done : Refused;
}

int certImport(CliContext& c)
{
    const Arguments& a = c.args();
    if (a.words().size() != 3)
        return c.usage(QCoreApplication::translate(
            "hocbaso::cli", "Usage: hocbaso-cli cert import --school CODE [--kind unit|signer] [--holder NAME] "
                            "[--position principal|vice_principal] FILE"));
    services::CertificateImport request;
    request.schoolCode = a.value(QStringLiteral("school"));
    if (request.schoolCode.isEmpty())
        return c.usage(QCoreApplication::translate("hocbaso::cli", "cert import needs --school CODE."));
    if (a.has(QStringLiteral("kind"))) {
        const auto kind = certificateKindFromText(a.value(QStringLiteral("kind")));
        if (!kind)
            return c.usage(QCoreApplication::translate("hocbaso::cli", "--kind must be unit or signer."));
        request.kind = *kind;
    }
    request.holder = a.value(QStringLiteral("holder"));
    if (a.has(QStringLiteral("position"))) {
        QString text = a.value(QStringLiteral("position"));
        text.replace(QLatin1Char('-'), QLatin1Char('_'));
        const auto position = signerPositionFromText(text);
        if (!position || *position == SignerPosition::None)
            return c.usage(
                QCoreApplication::translate("hocbaso::cli", "--position must be principal or vice_principal."));
        request.position = *position;
    }
    request.path = a.words().at(2);
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    auto result = services::CertificateReview(**ctx).importFile(request);
    if (!result)
        return c.fail(result.error());
    if (c.json()) {
        QJsonArray superseded;
        for (qint64 id : result->superseded)
            superseded.append(id);
        return c.printJson({{QStringLiteral("id"), result->id},
                            {QStringLiteral("superseded"), superseded},
                            {QStringLiteral("certificate"), certificateJson(result->view)}});
    }
    c.out() << QCoreApplication::translate(
                   "hocbaso::cli", "Certificate #%1 is registered for %2 and waits for the managing unit's decision.")
                   .arg(result->id)
                   .arg(result->view.schoolName)
            << "\n";
    for (qint64 id : result->superseded)
        c.out() << QCoreApplication::translate("hocbaso::cli", "It replaces certificate #%1, which was still pending.")
                       .arg(id)
                << "\n";
    printCertificate(c.out(), result->view);
    return Done;
}

int certList(CliContext& c)
{
    const Arguments& a = c.args();
    if (a.words().size() != 2)
        return c.usage(QCoreApplication::translate(
            "hocbaso::cli",
            "Usage: hocbaso-cli cert list [--status S] [--school CODE] [--kind unit|signer] [--ca-revoked]"));
    services::CertificateQuery query;
    if (a.has(QStringLiteral("status"))) {
        query.status = certificateStatusFromText(a.value(QStringLiteral("status")));
        if (!query.status)
            return c.usage(QCoreApplication::translate("hocbaso::cli",
                                                       "--status must be pending, approved, rejected or revoked."));
    }
    if (a.has(QStringLiteral("kind"))) {
        query.kind = certificateKindFromText(a.value(QStringLiteral("kind")));
        if (!query.kind)
            return c.usage(QCoreApplication::translate("hocbaso::cli", "--kind must be unit or signer."));
    }
    query.schoolCode = a.value(QStringLiteral("school"));
    query.caRevoked = a.has(QStringLiteral("ca-revoked"));
    // The same window as the expiry_soon check and the to-do list's count.
    if (a.has(QStringLiteral("expiring")))
        query.expiringWithinDays = crypto::kExpiryWarningDays;
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    auto rows = services::CertificateReview(**ctx).list(query);
    if (!rows)
        return c.fail(rows.error());
    if (c.json()) {
        QJsonArray out;
        for (const CertificateView& v : *rows)
            out.append(certificateJson(v));
        return c.printJson({{QStringLiteral("rows"), out}});
    }
    c.out() << QCoreApplication::translate("hocbaso::cli", "%n certificate(s).", nullptr, int(rows->size())) << "\n";
    for (const CertificateView& v : *rows) {
        const CertificateRegistration& r = v.registration;
        QString who = v.certificate.subjectField(QStringLiteral("CN"));
        if (who.isEmpty())
            who = r.subject;
        c.out() << QStringLiteral("#%1").arg(r.id).leftJustified(6) << " " << label(r.status).leftJustified(16) << " "
                << v.schoolCode.leftJustified(8) << " "
                << (r.kind == CertificateKind::Unit ? QCoreApplication::translate("hocbaso::cli", "seal")
                                                    : label(r.position))
                       .leftJustified(16)
                << " " << who.leftJustified(40) << " "
                << QCoreApplication::translate("hocbaso::cli", "until %1").arg(text::dayText(r.notAfter)) << "  "
                << checksSummary(v) << "\n";
    }
    return Done;
}

int certShow(CliContext& c)
{
    const QStringList& w = c.args().words();
    if (w.size() != 3)
        return c.usage(QCoreApplication::translate("hocbaso::cli", "Usage: hocbaso-cli cert show ID"));
    auto ids = idsFrom(w.mid(2));
    if (!ids)
        return c.fail(ids.error());
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    auto view = services::CertificateReview(**ctx).show(ids->first());
    if (!view)
        return c.fail(view.error());
    if (c.json())
        return c.printJson(certificateJson(*view));
    printCertificate(c.out(), *view);
    return Done;
}

// Asks the CAs now: CRLs from the distribution points, OCSP responders (issue #18). URLs that
// failed are warnings (stderr, and "unreachable" in JSON): the cached answers still stand.
int certRefresh(CliContext& c)
{
    QList<qint64> ids;
    if (c.args().words().size() > 2) {
        auto named = idsFrom(c.args().words().mid(2));
        if (!named)
            return c.fail(named.error());
        ids = *named;
    }
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    net::HttpFetcher fetcher;
    auto report = services::RevocationRefresh(**ctx, fetcher).refresh(ids);
    if (!report)
        return c.fail(report.error());
    for (const auto& u : report->unreachable)
        c.err() << QCoreApplication::translate("hocbaso::cli", "warning: %1: %2").arg(u.url, u.reason.simplified())
                << "\n";
    c.err().flush();
    if (c.json()) {
        QJsonArray revoked, newlyRevoked, unreachable;
        for (qint64 id : report->revoked)
            revoked.append(id);
        for (qint64 id : report->newlyRevoked)
            newlyRevoked.append(id);
        for (const auto& u : report->unreachable)
            unreachable.append(QJsonObject{{QStringLiteral("url"), u.url}, {QStringLiteral("reason"), u.reason}});
        return c.printJson({{QStringLiteral("checked"), report->checked},
                            {QStringLiteral("revoked"), revoked},
                            {QStringLiteral("newly_revoked"), newlyRevoked},
                            {QStringLiteral("unreachable"), unreachable},
                            {QStringLiteral("crls_added"), report->crlsAdded},
                            {QStringLiteral("ocsp_answers"), report->ocspAnswers}});
    }
    c.out() << QCoreApplication::translate(
                   "hocbaso::cli", "%n certificate(s) checked with their certificate authorities", "", report->checked)
            << QStringLiteral(": ")
            << QCoreApplication::translate("hocbaso::cli", "%n new CRL(s), ", "", report->crlsAdded)
            << QCoreApplication::translate("hocbaso::cli", "%n OCSP answer(s), ", "", report->ocspAnswers)
            << QCoreApplication::translate("hocbaso::cli", "%n unreachable address(es).", "",
                                           int(report->unreachable.size()))
            << "\n";
    for (qint64 id : report->revoked)
        c.out() << QCoreApplication::translate("hocbaso::cli",
                                               "Certificate #%1 is revoked by its certificate authority.")
                       .arg(id)
                << "\n";
    c.out().flush();
    return Done;
}

int certInspect(CliContext& c)
{
    const QStringList& w = c.args().words();
    if (w.size() != 3)
        return c.usage(QCoreApplication::translate("hocbaso::cli", "Usage: hocbaso-cli cert inspect FILE"));
    // Reading a file and checking it against the trust store acts as nobody: no sign-in.
    auto ctx = c.context(false);
    if (!ctx)
        return c.fail(ctx.error());
    auto view = services::CertificateReview(**ctx).inspectFile(w.at(2));
    if (!view)
        return c.fail(view.error());
    if (c.json())
        return c.printJson(certificateJson(*view));
    printCertificate(c.out(), *view);
    return Done;
}

QJsonObject anchorJson(const TrustAnchorRow& a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("subject"), a.subject},
                  {QStringLiteral("sha256"), a.sha256},
                  {QStringLiteral("family"), a.family},
                  {QStringLiteral("is_root"), a.isRoot},
                  // A test root or intermediate (the family "test", or "(demo)" in its subject).
                  {QStringLiteral("test"), services::TrustStoreService::isTestAnchor(a)},
                  {QStringLiteral("added_at"), timestamp(a.addedAt)},
                  {QStringLiteral("added_by"), textOrNull(a.addedBy)}};
    QStringList crlUrls, ocspUrls;
    if (auto c = crypto::Certificate::fromDer(a.der)) {
        o.insert(QStringLiteral("not_before"), timestamp(c->notBefore()));
        o.insert(QStringLiteral("not_after"), timestamp(c->notAfter()));
        crlUrls = c->crlDistributionPoints();
        ocspUrls = c->ocspUrls();
    }
    // Where an intermediate's own revocation is told (a root carries none).
    o.insert(QStringLiteral("crl_urls"), QJsonArray::fromStringList(crlUrls));
    o.insert(QStringLiteral("ocsp_urls"), QJsonArray::fromStringList(ocspUrls));
    return o;
}

void printAnchor(QTextStream& out, const TrustAnchorRow& a)
{
    QString until;
    QStringList urls;
    if (auto c = crypto::Certificate::fromDer(a.der)) {
        until = text::dayText(c->notAfter());
        // "CRL" and "OCSP" are the names in every language (the CA's own documents use them).
        for (const QString& url : c->crlDistributionPoints())
            urls.append(QStringLiteral("CRL: ") + url);
        for (const QString& url : c->ocspUrls())
            urls.append(QStringLiteral("OCSP: ") + url);
    }
    out << QStringLiteral("#%1").arg(a.id).leftJustified(5) << " " << a.family.leftJustified(7) << " "
        << (a.isRoot ? QCoreApplication::translate("hocbaso::cli", "root")
                     : QCoreApplication::translate("hocbaso::cli", "intermediate"))
               .leftJustified(13)
        << " " << QCoreApplication::translate("hocbaso::cli", "until %1").arg(until) << "  " << a.subject << "\n";
    for (const QString& url : std::as_const(urls))
        out << "      " << url << "\n";
}

QJsonObject crlJson(const store::TrustRepository::CrlRow& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("issuer"), r.issuer},
                       {QStringLiteral("this_update"), timestamp(r.thisUpdate)},
                       {QStringLiteral("next_update"), timestamp(r.nextUpdate)},
                       {QStringLiteral("revoked"), r.revokedCount},
                       {QStringLiteral("sha256"), r.sha256},
                       {QStringLiteral("added_at"), timestamp(r.addedAt)},
                       {QStringLiteral("added_by"), textOrNull(r.addedBy)}};
}

void printCrl(QTextStream& out, const store::TrustRepository::CrlRow& r)
{
    out << QStringLiteral("#%1").arg(r.id).leftJustified(5) << " "
        << QCoreApplication::translate("hocbaso::cli", "dated %1, next update %2, %n revoked certificate(s)", nullptr,
                                       r.revokedCount)
               .arg(text::dayText(r.thisUpdate), r.nextUpdate.isValid()
                                                     ? text::dayText(r.nextUpdate)
                                                     : QCoreApplication::translate("hocbaso::cli", "none"))
        << "  " << r.issuer << "\n";
}

} // namespace

int cmdCert(CliContext& c)
{
    const QString sub = c.args().words().value(1);
    if (sub == QLatin1String("inspect"))
        return certInspect(c);
    if (sub == QLatin1String("import"))
        return certImport(c);
    if (sub == QLatin1String("list"))
        return certList(c);
    if (sub == QLatin1String("show"))
        return certShow(c);
    if (sub == QLatin1String("refresh"))
        return certRefresh(c);
    if (sub == QLatin1String("approve") || sub == QLatin1String("reject") || sub == QLatin1String("revoke"))
        return certDecide(c, sub);
    return c.usage(QCoreApplication::translate(
        "hocbaso::cli", "Usage: hocbaso-cli cert inspect FILE | import --school CODE ... FILE | list [--status S] "
                        "[--school CODE] [--ca-revoked] | show ID | refresh [ID...] | approve ID... | reject ID... "
                        "--reason TEXT | revoke ID... --reason TEXT"));
}

int cmdTrust(CliContext& c)
{
    const QStringList& w = c.args().words();
    const QString sub = w.value(1);
    if (sub == QLatin1String("add") && w.size() == 3) {
        const QString family = c.args().value(QStringLiteral("family"));
        if (c.args().has(QStringLiteral("family")) && !services::TrustStoreService::isFamily(family))
            return c.usage(QCoreApplication::translate("hocbaso::cli", "--family must be vgca, public or test."));
        auto ctx = c.context();
        if (!ctx)
            return c.fail(ctx.error());
        auto added = services::TrustStoreService(**ctx).addAnchorsFromFile(w.at(2), family);
        if (!added)
            return c.fail(added.error());
        if (c.json()) {
            QJsonArray rows;
            for (const TrustAnchorRow& a : added->added)
                rows.append(anchorJson(a));
            return c.printJson(
                {{QStringLiteral("rows"), rows},
                 {QStringLiteral("already_present"), QJsonArray::fromStringList(added->alreadyPresent)}});
        }
        c.out() << QCoreApplication::translate("hocbaso::cli", "Added to the trust store:") << "\n";
        for (const TrustAnchorRow& a : added->added)
            printAnchor(c.out(), a);
        for (const QString& subject : added->alreadyPresent)
            c.out() << QCoreApplication::translate("hocbaso::cli", "Already trusted: %1").arg(subject) << "\n";
        return Done;
    }
    if (sub == QLatin1String("list") && w.size() == 2) {
        auto ctx = c.context();
        if (!ctx)
            return c.fail(ctx.error());
        auto anchors = services::TrustStoreService(**ctx).anchors();
        if (!anchors)
            return c.fail(anchors.error());
        if (c.json()) {
            QJsonArray rows;
            for (const TrustAnchorRow& a : *anchors)
                rows.append(anchorJson(a));
            return c.printJson({{QStringLiteral("rows"), rows}});
        }
        for (const TrustAnchorRow& a : *anchors)
            printAnchor(c.out(), a);
        return Done;
    }
    return c.usage(QCoreApplication::translate(
        "hocbaso::cli", "Usage: hocbaso-cli trust add FILE [--family vgca|public|test] | trust list"));
}

int cmdCrl(CliContext& c)
{
    const QStringList& w = c.args().words();
    const QString sub = w.value(1);
    if (sub == QLatin1String("add") && w.size() == 3) {
        auto ctx = c.context();
        if (!ctx)
            return c.fail(ctx.error());
        auto row = services::TrustStoreService(**ctx).addCrlFromFile(w.at(2));
        if (!row)
            return c.fail(row.error());
        if (c.json())
            return c.printJson({{QStringLiteral("rows"), QJsonArray{crlJson(*row)}}});
        c.out() << QCoreApplication::translate("hocbaso::cli", "CRL added:") << "\n";
        printCrl(c.out(), *row);
        return Done;
    }
    if (sub == QLatin1String("list") && w.size() == 2) {
        auto ctx = c.context();
        if (!ctx)
            return c.fail(ctx.error());
        auto rows = services::TrustStoreService(**ctx).crls();
        if (!rows)
            return c.fail(rows.error());
        if (c.json()) {
            QJsonArray out;
            for (const store::TrustRepository::CrlRow& r : *rows)
                out.append(crlJson(r));
            return c.printJson({{QStringLiteral("rows"), out}});
        }
        if (rows->isEmpty())
            c.out() << QCoreApplication::translate("hocbaso::cli", "No CRL is loaded.") << "\n";
        for (const store::TrustRepository::CrlRow& r : *rows)
            printCrl(c.out(), r);
        return Done;
    }
    return c.usage(QCoreApplication::translate("hocbaso::cli", "Usage: hocbaso-cli crl add FILE | crl list"));
}

} // namespace hocbaso::cli
