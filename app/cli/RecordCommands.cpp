#include "Commands.h"

#include "core/DisplayDates.h"
#include "core/Grades.h"
#include "core/LookupCode.h"
#include "services/RecordDetails.h"
#include "services/RecordLookup.h"
#include "services/RecordPdf.h"
#include "services/RecordVerification.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hocbaso::cli {
namespace {

QJsonValue timestamp(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject signatureJson(const services::SignatureCheck& s)
{
    QJsonObject o{{QStringLiteral("role"), toText(s.role)},
                  {QStringLiteral("signer"), s.signer},
                  {QStringLiteral("subject"), s.subject},
                  {QStringLiteral("signed_at"), timestamp(s.signedAt)},
                  {QStringLiteral("valid"), s.valid},
                  {QStringLiteral("reason"), s.valid ? QJsonValue() : QJsonValue(s.reason)}};
    if (s.approvedAtSigning)
        o.insert(QStringLiteral("approved_at_signing"), *s.approvedAtSigning);
    if (!s.registrationStatus.isEmpty())
        o.insert(QStringLiteral("certificate_status"), s.registrationStatus);
    return o;
}

QJsonObject detailsJson(const services::RecordDetails& d)
{
    QJsonArray versions;
    for (const services::VersionDetails& v : d.versions) {
        QJsonArray sigs;
        for (const services::SignatureCheck& s : v.signatures)
            sigs.append(signatureJson(s));
        versions.append(QJsonObject{{QStringLiteral("version"), v.version},
                                    {QStringLiteral("status"), toText(v.status)},
                                    {QStringLiteral("confirmed_at"), timestamp(v.confirmedAt)},
                                    {QStringLiteral("sent_at"), timestamp(v.sentAt)},
                                    {QStringLiteral("revoked_at"), timestamp(v.revokedAt)},
                                    {QStringLiteral("signatures"), sigs}});
    }
    QJsonArray current;
    if (const services::VersionDetails* v = d.current()) {
        for (const services::SignatureCheck& s : v->signatures)
            current.append(signatureJson(s));
    }
    QJsonObject o{{QStringLiteral("uuid"), d.record.uuid},
                  {QStringLiteral("status"), toText(d.record.status)},
                  {QStringLiteral("version"), d.record.version},
                  {QStringLiteral("personal_id"), d.pupil.personalId},
                  {QStringLiteral("full_name"), d.pupil.fullName},
                  {QStringLiteral("birth_date"), d.pupil.birthDate.toString(Qt::ISODate)},
                  {QStringLiteral("school"), d.school.code},
                  {QStringLiteral("school_name"), d.school.name},
                  {QStringLiteral("class"), d.schoolClass.name},
                  {QStringLiteral("grade"), d.record.grade},
                  {QStringLiteral("year"), SchoolYear{d.record.schoolYear}.label()},
                  {QStringLiteral("versions"), versions},
                  {QStringLiteral("signatures"), current}};
    if (d.content)
        o.insert(QStringLiteral("content"), d.content->toJson());
    else
        o.insert(QStringLiteral("content_problem"), d.contentProblem);
    return o;
}

void printSignatures(QTextStream& out, const QList<services::SignatureCheck>& sigs)
{
    for (const services::SignatureCheck& s : sigs) {
        out << "  " << label(s.role).leftJustified(22) << " " << s.signer.leftJustified(28) << " "
            << text::dateTimeText(s.signedAt) << "  "
            << (s.valid ? QCoreApplication::translate("hocbaso::cli", "valid")
                        : QCoreApplication::translate("hocbaso::cli", "INVALID: %1").arg(s.reason));
        if (s.approvedAtSigning)
            out << "  "
                << (*s.approvedAtSigning
                        ? QCoreApplication::translate("hocbaso::cli", "(certificate approved when signing)")
                        : QCoreApplication::translate("hocbaso::cli", "(certificate NOT approved when signing)"));
        out << "\n";
    }
}

} // namespace

int cmdLookup(CliContext& c)
{
    const Arguments& a = c.args();
    services::LookupRequest r;
    r.name = a.value(QStringLiteral("name"));
    r.personalId = a.value(QStringLiteral("pid"));
    r.schoolCode = a.value(QStringLiteral("school"));
    r.lookupCode = a.value(QStringLiteral("uuid"));
    if (a.has(QStringLiteral("year"))) {
        auto y = SchoolYear::parse(a.value(QStringLiteral("year")));
        if (!y)
            return c.fail(y.error());
        r.schoolYear = y->startYear;
    }
    auto grade = c.intOption(QStringLiteral("grade"), 0, kFirstGrade, kLastGrade);
    auto limit = c.intOption(QStringLiteral("limit"), 100, 1, 100000);
    auto offset = c.intOption(QStringLiteral("offset"), 0, 0, 100000000);
    for (const auto* v : {&grade, &limit, &offset}) {
        if (!*v)
            return c.fail(v->error());
    }
    r.grade = *grade;
    r.limit = *limit;
    r.offset = *offset;
    if (a.has(QStringLiteral("status"))) {
        r.status = recordStatusFromText(a.value(QStringLiteral("status")));
        if (!r.status)
            return c.usage(
                QCoreApplication::translate("hocbaso::cli", "--status must be draft, confirmed, sent or revoked."));
    }
    if (auto s = services::RecordLookup::validate(r); !s)
        return c.fail(s.error());
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    auto result = services::RecordLookup(**ctx).find(r);
    if (!result)
        return c.fail(result.error());
    if (c.json()) {
        QJsonArray rows;
        for (const RecordListing& l : result->rows) {
            rows.append(QJsonObject{{QStringLiteral("uuid"), l.uuid},
                                    {QStringLiteral("personal_id"), l.personalId},
                                    {QStringLiteral("full_name"), l.fullName},
                                    {QStringLiteral("birth_date"), l.birthDate.toString(Qt::ISODate)},
                                    {QStringLiteral("school"), l.schoolCode},
                                    {QStringLiteral("school_name"), l.schoolName},
                                    {QStringLiteral("class"), l.className},
                                    {QStringLiteral("grade"), l.grade},
                                    {QStringLiteral("year"), SchoolYear{l.schoolYear}.label()},
                                    {QStringLiteral("status"), toText(l.status)},
                                    {QStringLiteral("version"), l.version}});
        }
        return c.printJson({{QStringLiteral("total"), result->total}, {QStringLiteral("rows"), rows}});
    }
    c.out() << QCoreApplication::translate("hocbaso::cli", "%n record(s) found.", nullptr, int(result->total)) << "\n";
    for (const RecordListing& l : result->rows) {
        c.out() << l.uuid << "  " << l.personalId << "  " << l.fullName.leftJustified(28) << " "
                << text::dayText(l.birthDate) << "  " << l.schoolCode << " " << l.className.leftJustified(4) << " "
                << SchoolYear{l.schoolYear}.label() << "  " << label(l.status) << "\n";
    }
    return Done;
}

// record verify --all [--school CODE] [--year Y] [--unverified]: receipt verification of every sent
// record version in the actor's reach (all of them again; --unverified: only those never verified,
// which a killed run resumes).
int cmdRecordVerifyAll(CliContext& c)
{
    const Arguments& a = c.args();
    services::VerificationFilter filter;
    filter.schoolCode = a.value(QStringLiteral("school"));
    filter.everything = !a.has(QStringLiteral("unverified"));
    if (a.has(QStringLiteral("year"))) {
        auto y = SchoolYear::parse(a.value(QStringLiteral("year")));
        if (!y)
            return c.fail(y.error());
        filter.schoolYear = y->startYear;
    }
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    auto summary = services::RecordVerification(**ctx).verifyAll(filter);
    if (!summary)
        return c.fail(summary.error());
    if (c.json()) {
        QJsonArray invalid, unverifiable;
        for (const services::VerificationProblem& p : std::as_const(summary->problems)) {
            const QJsonObject o{{QStringLiteral("uuid"), p.uuid},
                                {QStringLiteral("school"), p.schoolCode},
                                {QStringLiteral("version"), p.version},
                                {QStringLiteral("reason"), p.reason}};
            (p.result == VerificationResult::Invalid ? invalid : unverifiable).append(o);
        }
        c.printJson({{QStringLiteral("checked"), summary->checked},
                     {QStringLiteral("valid"), summary->valid},
                     {QStringLiteral("invalid"), invalid},
                     {QStringLiteral("unverifiable"), unverifiable}});
    } else {
        c.out() << QCoreApplication::translate("hocbaso::cli",
                                               "%1 sent record version(s) checked: %2 valid, %3 invalid, %4 could not "
                                               "be verified.")
                       .arg(summary->checked)
                       .arg(summary->valid)
                       .arg(summary->invalid)
                       .arg(summary->unverifiable)
                << "\n";
        for (const services::VerificationProblem& p : std::as_const(summary->problems)) {
            c.out() << "  " << p.uuid << "  " << p.schoolCode << "  v" << p.version << "  " << label(p.result) << ": "
                    << p.reason << "\n";
        }
    }
    if (summary->invalid > 0) {
        c.err() << QCoreApplication::translate("hocbaso::cli", "%n record(s) have an invalid signature.", nullptr,
                                               int(summary->invalid))
                << "\n";
        return Refused;
    }
    return Done;
}

int cmdRecord(CliContext& c)
{
    const QStringList& w = c.args().words();
    const QString sub = w.value(1);
    if (sub == QLatin1String("verify") && c.args().has(QStringLiteral("all"))) {
        if (w.size() != 2)
            return c.usage(QCoreApplication::translate(
                "hocbaso::cli", "Usage: hocbaso-cli record verify --all [--school CODE] [--year Y] [--unverified]"));
        return cmdRecordVerifyAll(c);
    }
    if ((sub == QLatin1String("confirm") || sub == QLatin1String("send")) && w.size() == 3)
        return cmdRecordSchoolSide(c, sub, w.at(2));
    if ((sub != QLatin1String("show") && sub != QLatin1String("verify")) || w.size() != 3)
        return c.usage(QCoreApplication::translate(
            "hocbaso::cli",
            "Usage: hocbaso-cli record show UUID [--pdf FILE] | record verify UUID | record verify --all [--school "
            "CODE] [--year Y] | record confirm UUID | record send UUID"));
    if (auto code = LookupCode::normalize(w.at(2)); !code)
        return c.fail(code.error());
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    auto details = services::RecordDetailsService(**ctx).load(w.at(2));
    if (!details)
        return c.fail(details.error());
    const services::VersionDetails* cur = details->current();
    if (sub == QLatin1String("verify")) {
        const bool ok = cur && cur->allValid();
        if (c.json()) {
            QJsonArray sigs;
            if (cur) {
                for (const services::SignatureCheck& s : cur->signatures)
                    sigs.append(signatureJson(s));
            }
            c.printJson({{QStringLiteral("uuid"), details->record.uuid},
                         {QStringLiteral("version"), details->record.version},
                         {QStringLiteral("valid"), ok},
                         {QStringLiteral("signatures"), sigs}});
        } else {
            c.out() << (ok ? QCoreApplication::translate("hocbaso::cli",
                                                         "Record %1 version %2: every signature is valid.")
                           : QCoreApplication::translate("hocbaso::cli", "Record %1 version %2: NOT valid."))
                           .arg(details->record.uuid)
                           .arg(details->record.version)
                    << "\n";
            if (cur)
                printSignatures(c.out(), cur->signatures);
            if (!cur || cur->signatures.isEmpty())
                c.out() << "  "
                        << QCoreApplication::translate("hocbaso::cli",
                                                       "The record has no signatures (it was not confirmed).")
                        << "\n";
        }
        if (!ok) {
            QString why = QCoreApplication::translate("hocbaso::cli", "the record has no signatures");
            if (cur) {
                for (const services::SignatureCheck& s : cur->signatures) {
                    if (!s.valid) {
                        why = QCoreApplication::translate("hocbaso::cli", "the %1 signature (%2) is invalid: %3")
                                  .arg(label(s.role), s.signer, s.reason);
                        break;
                    }
                }
            }
            c.err() << QCoreApplication::translate("hocbaso::cli", "Record %1 is not valid: %2.")
                           .arg(details->record.uuid, why)
                    << "\n";
            return Refused;
        }
        return Done;
    }
    if (c.args().has(QStringLiteral("pdf"))) {
        const QString path = c.args().value(QStringLiteral("pdf"));
        if (path.isEmpty())
            return c.usage(QCoreApplication::translate("hocbaso::cli", "--pdf needs the name of the file to write."));
        if (auto s = services::RecordPdf::write(*details, path); !s)
            return c.fail(s.error());
        if (c.json())
            return c.printJson({{QStringLiteral("uuid"), details->record.uuid}, {QStringLiteral("pdf"), path}});
        c.out() << QCoreApplication::translate("hocbaso::cli", "Wrote %1.").arg(path) << "\n";
        return Done;
    }
    if (c.json())
        return c.printJson(detailsJson(*details));
    const services::RecordDetails& d = *details;
    c.out() << QCoreApplication::translate("hocbaso::cli", "Lookup code: %1").arg(d.record.uuid) << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Pupil: %1, born %2, personal ID %3")
                   .arg(d.pupil.fullName, text::dayText(d.pupil.birthDate), d.pupil.personalId)
            << "\n"
            << QCoreApplication::translate("hocbaso::cli", "School: %1 (%2), class %3, grade %4, school year %5")
                   .arg(d.school.name, d.school.code, d.schoolClass.name)
                   .arg(d.record.grade)
                   .arg(SchoolYear{d.record.schoolYear}.label())
            << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Status: %1, version %2")
                   .arg(label(d.record.status))
                   .arg(d.record.version)
            << "\n";
    if (d.content) {
        c.out() << QCoreApplication::translate("hocbaso::cli", "Year-end result: %1").arg(d.content->yearEndResult)
                << "\n";
        for (const SubjectResult& s : d.content->subjects) {
            c.out() << "  " << s.name.leftJustified(34) << " " << s.rating;
            if (s.endYear)
                c.out() << "  " << *s.endYear;
            c.out() << "\n";
        }
    } else {
        c.out() << d.contentProblem << "\n";
    }
    for (const services::VersionDetails& v : d.versions) {
        c.out() << QCoreApplication::translate("hocbaso::cli", "Version %1: %2").arg(v.version).arg(label(v.status))
                << "\n";
        printSignatures(c.out(), v.signatures);
    }
    return Done;
}

} // namespace hocbaso::cli
