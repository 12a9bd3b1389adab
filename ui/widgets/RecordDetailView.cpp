#include "RecordDetailView.h"

#include "Palette.h"
#include "core/DisplayDates.h"
#include "core/LookupCode.h"

#include <QEvent>

#include <algorithm>

namespace hocbaso::ui {
namespace {

// A reason is a sentence of its own; the line that quotes it ends it once.
QString withoutFinalStop(QString reason)
{
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    return reason;
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString score(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QStringLiteral("&nbsp;");
}

QString statusColor(RecordStatus s)
{
    switch (s) {
    case RecordStatus::Draft:
        return Palette::muted().name();
    case RecordStatus::Confirmed:
        return Palette::recordConfirmed().name();
    case RecordStatus::Sent:
        return Palette::valid().name();
    case RecordStatus::Revoked:
        return Palette::invalid().name();
    }
    return QStringLiteral("#000000");
}

const QString kTable = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%' "
                                      "style='border-collapse: collapse; border-color: %1; border-style: solid;'>")
                           .arg(Palette::detailBorder().name());
const QString kHeadRow = QStringLiteral("<tr bgcolor='%1'>").arg(Palette::detailHeadBackground().name());
const QString kOk = Palette::valid().name();
const QString kBad = Palette::invalid().name();
const QString kHeading = Palette::heading().name();
const QString kSecondary = Palette::secondary().name();

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

} // namespace

RecordDetailView::RecordDetailView(QWidget* parent) : TechnicalDetailsPane(QStringLiteral("record"), parent)
{
    setPlaceholderText(tr("Select a record in the list to see its content, its versions and its signatures."));
}

void RecordDetailView::setDetails(const services::RecordDetails& details)
{
    m_details = details;
    m_problem.clear();
    render();
}

void RecordDetailView::clearDetails()
{
    m_details.reset();
    m_problem.clear();
    clearSections();
}

void RecordDetailView::showProblem(const QString& message)
{
    m_details.reset();
    m_problem = message;
    render();
}

void RecordDetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setPlaceholderText(tr("Select a record in the list to see its content, its versions and its signatures."));
        // Keep the reader's place when the same record is shown again.
        render(true);
    }
    TechnicalDetailsPane::changeEvent(event);
}

void RecordDetailView::render(bool keepScroll)
{
    if (!m_details) {
        if (m_problem.isEmpty())
            clearSections();
        else
            setSections(QStringLiteral("<p style='color: %1;'>%2</p>").arg(kBad, esc(m_problem)), QString());
        return;
    }
    const services::RecordDetails& d = *m_details;
    QString html = verdictHtml(d) + pupilHtml(d);
    if (d.content)
        html += contentHtml(*d.content);
    else
        html += QStringLiteral("<p style='color: %1;'>%2</p>")
                    .arg(kBad, esc(tr("The content of this record cannot be shown: %1").arg(d.contentProblem)));
    html += versionsHtml(d);
    setSections(html, technicalHtml(d), keepScroll);
}

QString RecordDetailView::verdictHtml(const services::RecordDetails& d) const
{
    // The answer an officer looks for first: can this record be trusted?
    const services::VersionDetails* cur = d.current();
    QString text;
    QString color = kOk;
    QString background = Palette::validBackground().name();
    if (!cur || cur->signatures.isEmpty()) {
        text = tr("The current version is not signed yet.");
        color = kSecondary;
        background = Palette::neutralBackground().name();
    } else if (cur->verdict) {
        // A sent version: the receipt verification's verdict, in words (what failed, which signature).
        switch (cur->verdict->result) {
        case VerificationResult::Valid:
            text = QStringLiteral("✔ ") +
                   tr("All %n signature(s) of the current version are valid.", nullptr, int(cur->signatures.size()));
            break;
        case VerificationResult::Invalid:
            color = kBad;
            background = Palette::invalidBackground().name();
            text = QStringLiteral("✘ ") + tr("Invalid signature: %1.").arg(withoutFinalStop(cur->verdict->reason));
            break;
        case VerificationResult::Unverifiable:
            color = kSecondary;
            background = Palette::neutralBackground().name();
            text = tr("The signatures could not be verified: %1.").arg(withoutFinalStop(cur->verdict->reason));
            break;
        }
        if (cur->stored)
            text += QLatin1Char(' ') + tr("(Verified on receipt on %1 by %2.)")
                                           .arg(text::dateTimeText(cur->stored->verifiedAt), cur->stored->verifiedBy);
    } else if (cur->allValid()) {
        text = QStringLiteral("✔ ") +
               tr("All %n signature(s) of the current version are valid.", nullptr, int(cur->signatures.size()));
    } else {
        color = kBad;
        background = Palette::invalidBackground().name();
        for (const services::SignatureCheck& s : cur->signatures) {
            if (!s.valid) {
                text = QStringLiteral("✘ ") + tr("The %1 signature is not valid: %2").arg(label(s.role), s.reason);
                break;
            }
        }
    }
    return QStringLiteral(
               "<table width='100%' cellpadding='6' cellspacing='0' bgcolor='%1'><tr><td>%2</td></tr></table>")
        .arg(background, colored(color, esc(text)));
}

QString RecordDetailView::pupilHtml(const services::RecordDetails& d) const
{
    const QString gender = d.pupil.gender == Gender::Female ? tr("Female") : tr("Male");
    const QString className = d.schoolClass.name.isEmpty() && d.content ? d.content->className : d.schoolClass.name;
    auto row = [](const QString& l1, const QString& v1, const QString& l2, const QString& v2) {
        return QStringLiteral("<tr><td style='color: %5;'>%1</td><td>%2</td>"
                              "<td style='color: %5;'>%3</td><td>%4</td></tr>")
            .arg(esc(l1), v1, esc(l2), v2, kSecondary);
    };
    QString html = heading(tr("Pupil"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    html += row(tr("Full name:"), QStringLiteral("<b>%1</b>").arg(esc(d.pupil.fullName)), tr("Gender:"), esc(gender));
    html += row(tr("Birth date:"), esc(text::dayText(d.pupil.birthDate)), tr("Personal ID:"), esc(d.pupil.personalId));
    html += row(tr("School:"), esc(d.school.name), tr("School code:"), esc(d.school.code));
    html += row(tr("Class:"), esc(className), tr("Grade:"), QString::number(d.record.grade));
    html += row(tr("School year:"), esc(SchoolYear{d.record.schoolYear}.label()), tr("Homeroom teacher:"),
                esc(d.schoolClass.homeroomTeacher));
    html += row(tr("Status:"), colored(statusColor(d.record.status), esc(label(d.record.status))), tr("Version:"),
                QString::number(d.record.version));
    html += QStringLiteral("</table>");
    return html;
}

QString RecordDetailView::contentHtml(const RecordContent& c) const
{
    QString html = heading(tr("Subjects and educational activities"));
    html += kTable;
    // The subject column gets the room: its comment is the longest text of the row.
    html +=
        kHeadRow + QStringLiteral("<th rowspan='2' align='left' width='38%'>%1</th><th rowspan='2' width='14%'>%2</th>"
                                  "<th colspan='4'>%3</th></tr>")
                       .arg(esc(tr("Subject or activity")), esc(tr("Rating")), esc(tr("Periodic test scores")));
    html += kHeadRow +
            QStringLiteral("<th width='12%'>%1</th><th width='12%'>%2</th><th width='12%'>%3</th>"
                           "<th width='12%'>%4</th></tr>")
                .arg(esc(tr("Mid-term 1")), esc(tr("End of term 1")), esc(tr("Mid-term 2")), esc(tr("End of year")));
    for (const SubjectResult& s : c.subjects) {
        const QString ratingColor = s.rating == tt27::kRatingNotDone ? kBad : kHeading;
        QString subject = esc(s.name);
        // The subject's comment under its name: a fifth column would not fit beside the list.
        if (!s.comment.isEmpty())
            subject += QStringLiteral("<br/><span style='color: %1; font-size: small;'>%2</span>")
                           .arg(kSecondary, esc(s.comment));
        html += QStringLiteral("<tr><td>%1</td><td align='center'>%2</td><td align='center'>%3</td>"
                               "<td align='center'>%4</td><td align='center'>%5</td><td align='center'>%6</td></tr>")
                    .arg(subject, colored(ratingColor, esc(s.rating)), score(s.midTerm1), score(s.endTerm1),
                         score(s.midTerm2), score(s.endYear));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='color: %1; font-size: small; margin-top: 3px;'>%2</p>")
                .arg(kSecondary, esc(tr("Rating: T = completed well, H = completed, C = not completed.")));

    // Qualities and competencies side by side where the pane is wide enough to read them.
    auto assessmentTable = [](const QString& title, const QList<Assessment>& items) {
        QString t = kTable + kHeadRow +
                    QStringLiteral("<th align='left'>%1</th><th>%2</th></tr>").arg(esc(title), esc(tr("Level")));
        for (const Assessment& a : items) {
            const QString color = a.level == tt27::kLevelNeedsEffort ? kBad : kHeading;
            t += QStringLiteral("<tr><td>%1</td><td align='center'>%2</td></tr>")
                     .arg(esc(a.name), colored(color, esc(a.level), false));
        }
        return t + QStringLiteral("</table>");
    };
    html += heading(tr("Qualities and competencies"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='0' width='100%'><tr>"
                           "<td width='50%' valign='top' style='padding-right: 6px;'>%1<br/>%2</td>"
                           "<td width='50%' valign='top' style='padding-left: 6px;'>%3</td></tr></table>")
                .arg(assessmentTable(tr("Quality"), c.qualities),
                     assessmentTable(tr("General competency"), c.generalCompetencies),
                     assessmentTable(tr("Specific competency"), c.specificCompetencies));

    html += heading(tr("Year-end result"));
    auto line = [](const QString& label, const QString& valueHtml) {
        return QStringLiteral("<tr><td style='color: %3;' valign='top'>%1</td><td>%2</td></tr>")
            .arg(esc(label), valueHtml, kSecondary);
    };
    const QString resultColor = c.yearEndResult == tt27::kResultNotDone ? kBad : kHeading;
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    html += line(tr("Result:"), colored(resultColor, esc(c.yearEndResult)));
    html += line(tr("Commendation:"), c.commendation.isEmpty() ? esc(tr("none")) : esc(c.commendation));
    html += line(tr("Promoted:"), esc(c.promoted ? tr("yes") : tr("no")));
    html += line(tr("Teacher's comment:"), QStringLiteral("<i>%1</i>").arg(esc(c.teacherComment)));
    html += QStringLiteral("</table>");
    return html;
}

QString RecordDetailView::versionsHtml(const services::RecordDetails& d) const
{
    QString html = heading(tr("Versions and signatures"));
    if (d.versions.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("The record has no confirmed version yet.")));
    // Newest first: the version that counts is the one an officer reads first.
    for (auto it = d.versions.crbegin(); it != d.versions.crend(); ++it) {
        const services::VersionDetails& v = *it;
        QString title = tr("Version %1: %2").arg(v.version).arg(label(v.status));
        if (v.version == d.record.version)
            title += QLatin1Char(' ') + tr("(current)");
        html += QStringLiteral("<p style='margin-top: 8px; margin-bottom: 2px;'>%1</p>")
                    .arg(colored(statusColor(v.status), esc(title)));
        QStringList dates;
        if (v.confirmedAt.isValid())
            dates.append(tr("confirmed %1").arg(text::dateTimeText(v.confirmedAt)));
        if (v.sentAt.isValid())
            dates.append(tr("sent %1").arg(text::dateTimeText(v.sentAt)));
        if (v.revokedAt.isValid())
            dates.append(tr("revoked %1").arg(text::dateTimeText(v.revokedAt)));
        if (!dates.isEmpty())
            html += QStringLiteral("<p style='color: %1; margin-top: 0px; margin-bottom: 4px;'>%2</p>")
                        .arg(kSecondary, esc(dates.join(QStringLiteral(" · "))));
        html += signaturesHtml(v.signatures);
    }
    return html;
}

QString RecordDetailView::signaturesHtml(const QList<services::SignatureCheck>& signatures) const
{
    if (signatures.isEmpty())
        return QStringLiteral("<p style='color: %1;'>%2</p>").arg(kSecondary, esc(tr("No signatures.")));
    QString html = kTable + kHeadRow;
    html += QStringLiteral("<th align='left' width='18%'>%1</th><th align='left' width='29%'>%2</th>"
                           "<th align='left' width='16%'>%3</th><th align='left' width='18%'>%4</th>"
                           "<th align='left' width='19%'>%5</th></tr>")
                .arg(esc(tr("Role")), esc(tr("Signer")), esc(tr("Signed")), esc(tr("Verification")),
                     esc(tr("Certificate when signing")));
    for (const services::SignatureCheck& s : signatures) {
        const QString verdict = s.valid ? colored(kOk, esc(QStringLiteral("✔ ") + tr("Valid")))
                                        : colored(kBad, esc(QStringLiteral("✘ ") + tr("Invalid: %1").arg(s.reason)));
        QString approval = QStringLiteral("—");
        if (s.approvedAtSigning) {
            approval = *s.approvedAtSigning ? colored(kOk, esc(tr("approved")), false)
                                            : colored(kBad, esc(tr("not approved")));
        }
        // Date and time on their own lines: the column stays narrow without breaking either.
        const QString signedAt = s.signedAt.isValid() ? esc(text::dayText(s.signedAt)) + QStringLiteral("<br/>") +
                                                            esc(text::timeText(s.signedAt))
                                                      : QString();
        // The certificate's full name is in the technical section.
        const QString signer = esc(s.signer);
        html += QStringLiteral("<tr><td valign='top'>%1</td><td valign='top'>%2</td><td valign='top'>%3</td>"
                               "<td valign='top'>%4</td><td valign='top'>%5</td></tr>")
                    .arg(esc(label(s.role)), signer, signedAt, verdict, approval);
    }
    return html + QStringLiteral("</table>");
}

QString RecordDetailView::technicalHtml(const services::RecordDetails& d) const
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    html += QStringLiteral("<tr><td style='color: %3;'>%1</td><td><tt>%2</tt></td></tr>")
                .arg(esc(tr("Lookup code:")), esc(d.record.uuid), kSecondary);
    html += QStringLiteral("</table>");
    // Each signing certificate by its full distinguished name, newest version first as above.
    QString rows;
    for (auto it = d.versions.crbegin(); it != d.versions.crend(); ++it) {
        for (const services::SignatureCheck& s : it->signatures) {
            if (s.subject.isEmpty())
                continue;
            rows += QStringLiteral("<tr><td valign='top'>%1</td><td valign='top'>%2</td><td valign='top'>%3</td></tr>")
                        .arg(QString::number(it->version), esc(label(s.role)), esc(s.subject));
        }
    }
    if (!rows.isEmpty())
        html += QStringLiteral("<p style='margin-top: 8px; margin-bottom: 2px;'>%1</p>")
                    .arg(esc(tr("Signing certificates:"))) +
                kTable + kHeadRow +
                QStringLiteral("<th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>")
                    .arg(esc(tr("Version")), esc(tr("Role")), esc(tr("Certificate subject"))) +
                rows + QStringLiteral("</table>");
    return html;
}

} // namespace hocbaso::ui
