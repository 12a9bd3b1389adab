#include "CertificateDetailView.h"

#include "AccountNames.h"
#include "Palette.h"
#include "core/DisplayDates.h"
#include "models/CertificateTableModel.h"

#include <QEvent>
#include <QTextBrowser>

namespace hocbaso::ui {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString colorName(int severity)
{
    return CertificateTableModel::severityColor(severity).name();
}

const QString kMuted = Palette::secondary().name();
const QString kHeading = Palette::heading().name();
const QString kTable = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%' "
                                      "style='border-collapse: collapse; border-color: %1; border-style: solid;'>")
                           .arg(Palette::detailBorder().name());

QString heading(const QString& text)
{
    return QStringLiteral("<h3 style='color: %1; margin-top: 14px; margin-bottom: 4px;'>%2</h3>")
        .arg(kHeading, esc(text));
}

QString colored(const QString& color, const QString& html, bool bold = true)
{
    return QStringLiteral("<span style='color: %1;%2'>%3</span>")
        .arg(color, bold ? QStringLiteral(" font-weight: 600;") : QString(), html);
}

// The mark beside a check, in its colour: a tick, an exclamation mark or a cross.
QString mark(int severity)
{
    switch (severity) {
    case crypto::Check::Pass:
        return QStringLiteral("\u2714");
    case crypto::Check::Warning:
        return QStringLiteral("!");
    default:
        return QStringLiteral("\u2718");
    }
}

// A label and its value on one row of a two-column table.
QString fieldRow(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td valign='top' style='color: %1; padding-right: 8px;'>%2</td><td valign='top'>%3</td>"
                          "</tr>")
        .arg(kMuted, esc(label), valueHtml);
}

} // namespace

CertificateDetailView::CertificateDetailView(QWidget* parent)
    : TechnicalDetailsPane(QStringLiteral("certificate"), parent)
{
    setObjectName(QStringLiteral("certificateDetailView"));
    // The page's group box frames it already.
    browser()->setFrameShape(QFrame::NoFrame);
    retranslate();
}

void CertificateDetailView::setCertificate(const services::CertificateView& view)
{
    // The same certificate shown again (a refresh, a language change) keeps the reader's place.
    const bool same = m_view && m_view->registration.id == view.registration.id;
    m_view = view;
    render(same);
}

void CertificateDetailView::clearCertificate()
{
    m_view.reset();
    clearSections();
}

void CertificateDetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render(true);
    }
    TechnicalDetailsPane::changeEvent(event);
}

void CertificateDetailView::retranslate()
{
    setPlaceholderText(tr("Choose a certificate in the list to see its fields, its chain, its checks and its "
                          "history."));
}

QString CertificateDetailView::familyLabel(const QString& family)
{
    if (family == QLatin1String("vgca"))
        return tr("Government CA (VGCA)");
    if (family == QLatin1String("public"))
        return tr("Licensed public CA");
    if (family == QLatin1String("test"))
        return tr("Test (vouches for no school)");
    return family;
}

QString CertificateDetailView::fingerprintText(const QString& sha256Hex, int bytesPerLine)
{
    QStringList bytes;
    const QString hex = sha256Hex.toUpper();
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        bytes.append(hex.mid(i, 2));
    QStringList lines;
    const int step = std::max(1, bytesPerLine);
    for (qsizetype i = 0; i < bytes.size(); i += step)
        lines.append(bytes.mid(i, step).join(QLatin1Char(':')));
    return lines.join(QLatin1Char('\n'));
}

void CertificateDetailView::render(bool keepScroll)
{
    if (!m_view) {
        clearSections();
        return;
    }
    const services::CertificateView& v = *m_view;
    setSections(verdictHtml(v) + headerHtml(v) + checksHtml(v) + fieldsHtml(v) + chainHtml(v) + historyHtml(v),
                technicalHtml(v), keepScroll);
}

QString CertificateDetailView::verdictHtml(const services::CertificateView& v) const
{
    // The answer an officer looks for first: can this certificate be approved as it is?
    if (v.checks.isEmpty())
        return {};
    int worst = int(crypto::worstSeverity(v.checks));
    QStringList names;
    for (const crypto::Check& c : v.checks) {
        if (int(c.severity) == worst && worst != crypto::Check::Pass)
            names.append(c.label());
    }
    QString text;
    QString background;
    switch (worst) {
    case crypto::Check::Pass:
        if (crypto::chainsToTestRoot(v.checks)) {
            // Not a plain pass: the demo's stand-in CAs vouch for rehearsal certificates only.
            text = tr("Every check passes, but the chain ends at the test root \"%1\": a certificate for "
                      "rehearsals, not for real records.")
                       .arg(v.chainNames.isEmpty() ? QString() : v.chainNames.constLast());
            background = Palette::warningBackground().name();
            worst = crypto::Check::Warning;
        } else {
            text = tr("Every check passes.");
            background = Palette::validBackground().name();
        }
        break;
    case crypto::Check::Warning:
        text = tr("Warnings: %1.").arg(names.join(QStringLiteral(", ")));
        if (crypto::chainsToTestRoot(v.checks))
            text += QLatin1Char(' ') + tr("The chain ends at the test root \"%1\": a certificate for rehearsals, not "
                                          "for real records.")
                                           .arg(v.chainNames.isEmpty() ? QString() : v.chainNames.constLast());
        background = Palette::warningBackground().name();
        break;
    default:
        text = tr("Failed checks: %1. Approving needs an explicit confirmation.").arg(names.join(QStringLiteral(", ")));
        background = Palette::invalidBackground().name();
        break;
    }
    // The CA's word is final: no confirmation approves it, and an approved one signs nothing the
    // unit receives any more.
    bool caRevoked = v.registration.isCaRevoked();
    for (const crypto::Check& c : v.checks)
        caRevoked = caRevoked || (c.name == QLatin1String("not_revoked") && c.severity == crypto::Check::Fail);
    if (caRevoked) {
        text = v.registration.status == CertificateStatus::Approved
                   ? tr("Revoked by its certificate authority: the school cannot send records signed with it until "
                        "a new certificate is approved.")
               : v.registration.status == CertificateStatus::Pending
                   ? tr("Revoked by its certificate authority: it cannot be approved; the school must register "
                        "a new certificate.")
                   : tr("Revoked by its certificate authority.");
        background = Palette::invalidBackground().name();
        worst = crypto::Check::Fail;
    }
    return QStringLiteral(
               "<table width='100%' cellpadding='6' cellspacing='0' bgcolor='%1'><tr><td>%2</td></tr></table>")
        .arg(background, colored(colorName(worst), esc(mark(worst) + QLatin1Char(' ') + text)));
}

QString CertificateDetailView::headerHtml(const services::CertificateView& v) const
{
    const CertificateRegistration& r = v.registration;
    QString html = QStringLiteral("<p style='margin-top: 8px; margin-bottom: 2px; font-size: large; color: %4;'>"
                                  "<b>%1</b> <span style='color: %2;'>(%3)</span></p>")
                       .arg(esc(v.schoolName), kMuted, esc(v.schoolCode), kHeading);
    QStringList line;
    line.append(esc(CertificateTableModel::kindText(r)));
    line.append(colored(CertificateTableModel::statusColor(r.status).name(), esc(label(r.status))));
    if (r.isCaRevoked())
        line.append(colored(colorName(crypto::Check::Fail),
                            esc(tr("revoked by the CA on %1").arg(text::dayText(r.caRevokedAt)))));
    if (v.ownership)
        line.append(esc(label(*v.ownership)));
    html += QStringLiteral("<p style='margin-top: 0px;'>%1</p>").arg(line.join(QStringLiteral(" &middot; ")));
    return html;
}

QString CertificateDetailView::checksHtml(const services::CertificateView& v) const
{
    QString html = heading(tr("Checks"));
    if (v.checks.isEmpty())
        return html + QStringLiteral("<p style='color: %1;'>%2</p>").arg(kMuted, esc(tr("The checks were not run.")));
    html += kTable;
    for (const crypto::Check& c : v.checks) {
        // A pass to a test root is drawn as a warning: its words say why.
        const int s = c.testRoot && c.severity == crypto::Check::Pass ? int(crypto::Check::Warning) : int(c.severity);
        html += QStringLiteral("<tr><td valign='top' width='34%'>%1 %2<br/>%3</td><td valign='top'>%4</td></tr>")
                    .arg(colored(colorName(s), esc(mark(s))), QStringLiteral("<b>%1</b>").arg(esc(c.label())),
                         colored(colorName(s), esc(CertificateTableModel::checkResultText(c)), false), esc(c.detail));
    }
    return html + QStringLiteral("</table>");
}

QString CertificateDetailView::fieldsHtml(const services::CertificateView& v) const
{
    const CertificateRegistration& r = v.registration;
    const crypto::Certificate& c = v.certificate;
    QString html = heading(tr("Certificate"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    // Names as a person says them; the distinguished names are in the technical section.
    const QString holder =
        c.isNull() ? CertificateTableModel::commonName(r.subject) : c.subjectField(QStringLiteral("CN"));
    const QString organisation = c.isNull() ? QString() : c.subjectField(QStringLiteral("O"));
    QString issuer = c.isNull() ? QString() : c.issuerField(QStringLiteral("O"));
    if (issuer.isEmpty())
        issuer = c.isNull() ? CertificateTableModel::commonName(r.issuer) : c.issuerField(QStringLiteral("CN"));
    html += fieldRow(tr("Holder:"), esc(holder));
    if (!organisation.isEmpty() && organisation != holder)
        html += fieldRow(tr("Organisation:"), esc(organisation));
    html += fieldRow(tr("Issued by:"), esc(issuer));
    const QDateTime from = c.isNull() ? r.notBefore : c.notBefore();
    const QDateTime to = c.isNull() ? r.notAfter : c.notAfter();
    html += fieldRow(tr("Valid:"), esc(tr("from %1 to %2").arg(text::dateTimeText(from), text::dateTimeText(to))));
    if (!c.isNull()) {
        html += fieldRow(tr("Key:"), esc(c.keyDescription()));
        const QString usage = c.hasKeyUsageExtension() ? crypto::keyUsageLabels(c.keyUsage()).join(QStringLiteral(", "))
                                                       : tr("not stated (any use)");
        html += fieldRow(tr("Key usage:"), esc(usage));
    } else {
        html += fieldRow(tr("Key:"),
                         colored(colorName(crypto::Check::Fail), esc(tr("the stored certificate cannot be read"))));
    }
    return html + QStringLiteral("</table>");
}

QString CertificateDetailView::technicalHtml(const services::CertificateView& v) const
{
    const CertificateRegistration& r = v.registration;
    const crypto::Certificate& c = v.certificate;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    html += fieldRow(tr("Subject:"), esc(c.isNull() ? r.subject : c.subject()));
    html += fieldRow(tr("Issuer:"), esc(c.isNull() ? r.issuer : c.issuer()));
    html += fieldRow(tr("Serial number:"),
                     QStringLiteral("<tt>%1</tt>").arg(esc(c.isNull() ? r.serialHex : c.serialHex())));
    html += fieldRow(tr("SHA-256 fingerprint:"), QStringLiteral("<tt>%1</tt>")
                                                     .arg(esc(fingerprintText(c.isNull() ? r.sha256 : c.sha256Hex(), 8))
                                                              .replace(QLatin1Char('\n'), QStringLiteral("<br/>"))));
    if (!c.isNull()) {
        const QStringList eku = c.extendedKeyUsage();
        html +=
            fieldRow(tr("Extended key usage:"), esc(eku.isEmpty() ? tr("not stated") : eku.join(QStringLiteral(", "))));
        const QStringList policies = c.policies();
        if (!policies.isEmpty())
            html += fieldRow(tr("Policies:"), esc(policies.join(QStringLiteral(", "))));
    }
    html += fieldRow(tr("Registration number:"), esc(QStringLiteral("#%1").arg(r.id)));
    // The chain's full names, certificate first, one per line.
    QStringList chain;
    for (const QString& subject : v.chain)
        chain.append(esc(subject));
    if (!chain.isEmpty())
        html += fieldRow(tr("Chain:"), chain.join(QStringLiteral("<br/>")));
    return html + QStringLiteral("</table>");
}

QString CertificateDetailView::chainHtml(const services::CertificateView& v) const
{
    QString html = heading(tr("Chain of trust"));
    if (v.chainNames.isEmpty())
        return html + QStringLiteral("<p style='color: %1;'>%2</p>").arg(kMuted, esc(tr("No chain was built.")));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (int i = 0; i < v.chainNames.size(); ++i) {
        // The certificate itself on top, each issuer below it, the anchor last.
        const QString indent = QString(i * 3, QChar(0x00A0));
        const QString arrow = i == 0 ? QString() : QStringLiteral("\u2514\u2500 ");
        QString note;
        if (i == 0)
            note = tr("this certificate");
        else if (i == v.chainNames.size() - 1 && !v.family.isEmpty())
            note = v.testRoot ? tr("test root") : tr("trust anchor");
        else
            note = tr("issued the one above");
        html += QStringLiteral("<tr><td>%1%2<b>%3</b> <span style='color: %4;'>(%5)</span></td></tr>")
                    .arg(indent, esc(arrow), esc(v.chainNames.at(i)), kMuted, esc(note));
    }
    html += QStringLiteral("</table>");
    if (!v.family.isEmpty())
        html += QStringLiteral("<p style='margin-top: 4px;'>%1 %2</p>")
                    .arg(esc(tr("Family of the anchor:")),
                         colored(kHeading, esc(v.testRoot ? tr("%1, test root").arg(familyLabel(v.family))
                                                          : familyLabel(v.family))));
    else
        html += QStringLiteral("<p style='margin-top: 4px;'>%1</p>")
                    .arg(colored(colorName(crypto::Check::Fail),
                                 esc(tr("The chain does not reach a trust anchor of the trust store."))));
    return html;
}

QString CertificateDetailView::historyHtml(const services::CertificateView& v) const
{
    const CertificateRegistration& r = v.registration;
    QString html = heading(tr("History"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    html +=
        fieldRow(tr("Registered:"),
                 esc(tr("by %1 on %2").arg(accountText(r.submittedBy, QString()), text::dateTimeText(r.submittedAt))));
    // Before schema 4 a revocation overwrote decided_*: then there is no separate approval to show.
    const bool legacyRevocation = r.status == CertificateStatus::Revoked && !v.revokedAt.isValid();
    if (r.decidedAt.isValid() && !legacyRevocation) {
        const CertificateStatus decision =
            r.status == CertificateStatus::Revoked ? CertificateStatus::Approved : r.status;
        QString text =
            tr("%1 by %2 on %3")
                .arg(label(decision), accountText(r.decidedBy, v.decidedByName), text::dateTimeText(r.decidedAt));
        if (r.supersededBy > 0)
            text = tr("Replaced by the school's newer registration #%1 on %2")
                       .arg(r.supersededBy)
                       .arg(text::dateTimeText(r.decidedAt));
        QString value = colored(CertificateTableModel::statusColor(decision).name(), esc(text), false);
        if (!r.decisionReason.isEmpty() && r.supersededBy <= 0)
            value += QStringLiteral("<br/>") + esc(tr("Reason: %1").arg(r.decisionReason));
        html += fieldRow(tr("Decision:"), value);
    } else if (r.status == CertificateStatus::Pending) {
        html += fieldRow(tr("Decision:"), colored(CertificateTableModel::statusColor(r.status).name(),
                                                  esc(tr("none yet: waiting for approval")), false));
    }
    if (r.status == CertificateStatus::Revoked) {
        const QString by =
            legacyRevocation ? accountText(r.decidedBy, v.decidedByName) : accountText(v.revokedBy, v.revokedByName);
        const QDateTime at = legacyRevocation ? r.decidedAt : v.revokedAt;
        const QString why = legacyRevocation ? r.decisionReason : v.revocationReason;
        QString value = colored(CertificateTableModel::statusColor(r.status).name(),
                                esc(tr("%1 by %2 on %3").arg(label(r.status), by, text::dateTimeText(at))), false);
        if (!why.isEmpty())
            value += QStringLiteral("<br/>") + esc(tr("Reason: %1").arg(why));
        html += fieldRow(tr("Revocation:"), value);
    }
    return html + QStringLiteral("</table>");
}

} // namespace hocbaso::ui
