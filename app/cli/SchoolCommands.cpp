// School-side simulation commands (record confirm|send, revocation request) and 6.5's review.

#include "Commands.h"
#include "core/Grades.h"

#include "core/LookupCode.h"
#include "services/RevocationReview.h"
#include "services/SchoolActions.h"
#include "services/SigningKeys.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hocbaso::cli {
namespace {

Result<QList<qint64>> ids(const QStringList& words)
{
    QList<qint64> out;
    for (const QString& w : words) {
        bool ok = false;
        const qint64 id = w.toLongLong(&ok);
        if (!ok || id <= 0)
            return Error{ErrorKind::Usage, QCoreApplication::translate("hocbaso::cli", "\"%1\" is not an id.").arg(w)};
        out.append(id);
    }
    if (out.isEmpty())
        return Error{ErrorKind::Usage, QCoreApplication::translate("hocbaso::cli", "Give at least one id.")};
    return out;
}

int printOutcome(CliContext& c, const services::DecisionOutcome& o)
{
    if (c.json()) {
        QJsonArray decided, refused;
        for (qint64 id : o.decided)
            decided.append(id);
        for (const services::Refusal& r : o.refused)
            refused.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("reason"), r.reason}});
        c.printJson({{QStringLiteral("decided"), decided}, {QStringLiteral("refused"), refused}});
    } else {
        if (!o.decided.isEmpty())
            c.out() << QCoreApplication::translate("hocbaso::cli", "Decided: %n request(s).", nullptr,
                                                   int(o.decided.size()))
                    << "\n";
    }
    for (const services::Refusal& r : o.refused)
        c.err() << r.reason << "\n";
    return o.refused.isEmpty() ? Done : Refused;
}

} // namespace

int cmdRecordSchoolSide(CliContext& c, const QString& sub, const QString& code)
{
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    std::optional<services::SigningKeys> keys;
    if (sub == QLatin1String("confirm")) {
        QString path = c.args().value(QStringLiteral("keys"));
        if (path.isEmpty()) {
            auto ws = c.workspace();
            if (!ws)
                return c.fail(ws.error());
            path = (*ws)->signingKeysPath();
        }
        if (path.isEmpty())
            return c.usage(QCoreApplication::translate("hocbaso::cli",
                                                       "record confirm needs --keys FILE (the simulation key file)."));
        auto loaded = services::SigningKeys::load(path);
        if (!loaded)
            return c.fail(loaded.error());
        keys = std::move(*loaded);
    }
    services::SchoolActions actions(**ctx, keys ? &*keys : nullptr);
    auto r = sub == QLatin1String("confirm") ? actions.confirm(code) : actions.send(code);
    if (!r)
        return c.fail(r.error());
    if (c.json())
        return c.printJson({{QStringLiteral("uuid"), r->uuid},
                            {QStringLiteral("status"), toText(r->status)},
                            {QStringLiteral("version"), r->version}});
    c.out() << QCoreApplication::translate("hocbaso::cli", "Record %1 is now \"%2\" (version %3).")
                   .arg(r->uuid, label(r->status))
                   .arg(r->version)
            << "\n";
    return Done;
}

int cmdRevocation(CliContext& c)
{
    const Arguments& a = c.args();
    const QStringList& w = a.words();
    const QString sub = w.value(1);
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    if (sub == QLatin1String("request")) {
        if (w.size() != 3)
            return c.usage(QCoreApplication::translate("hocbaso::cli",
                                                       "Usage: hocbaso-cli revocation request UUID --reason TEXT"));
        if (a.value(QStringLiteral("reason")).trimmed().isEmpty())
            return c.fail(Error::invalid(
                QCoreApplication::translate("hocbaso::cli", "A revocation request needs --reason TEXT.")));
        auto id = services::SchoolActions(**ctx).requestRevocation(w.at(2), a.value(QStringLiteral("reason")));
        if (!id)
            return c.fail(id.error());
        if (c.json())
            return c.printJson({{QStringLiteral("id"), *id}});
        c.out() << QCoreApplication::translate("hocbaso::cli", "Revocation request #%1 was sent to the managing unit.")
                       .arg(*id)
                << "\n";
        return Done;
    }
    services::RevocationReview review(**ctx);
    if (sub == QLatin1String("list")) {
        services::RevocationReview::Filter f;
        f.schoolCode = a.value(QStringLiteral("school"));
        auto grade = c.intOption(QStringLiteral("grade"), 0, kFirstGrade, kLastGrade);
        if (!grade)
            return c.fail(grade.error());
        f.grade = *grade;
        f.status.reset();
        if (a.has(QStringLiteral("status"))) {
            f.status = revocationStatusFromText(a.value(QStringLiteral("status")));
            if (!f.status)
                return c.usage(
                    QCoreApplication::translate("hocbaso::cli", "--status must be pending, approved or rejected."));
        }
        auto rows = review.list(f);
        if (!rows)
            return c.fail(rows.error());
        if (c.json()) {
            QJsonArray out;
            for (const RevocationListing& l : *rows) {
                out.append(QJsonObject{
                    {QStringLiteral("id"), l.request.id},
                    {QStringLiteral("uuid"), l.uuid},
                    {QStringLiteral("school"), l.schoolCode},
                    {QStringLiteral("grade"), l.grade},
                    {QStringLiteral("class"), l.className},
                    {QStringLiteral("full_name"), l.fullName},
                    {QStringLiteral("status"), toText(l.request.status)},
                    {QStringLiteral("reason"), l.request.reason},
                    {QStringLiteral("requested_at"), l.request.requestedAt.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("requested_by"), l.request.requestedBy},
                    {QStringLiteral("decided_by"),
                     l.request.decidedBy.isEmpty() ? QJsonValue() : QJsonValue(l.request.decidedBy)},
                    {QStringLiteral("decision_note"),
                     l.request.decisionNote.isEmpty() ? QJsonValue() : QJsonValue(l.request.decisionNote)}});
            }
            return c.printJson({{QStringLiteral("rows"), out}});
        }
        for (const RevocationListing& l : *rows) {
            c.out() << QStringLiteral("#%1").arg(l.request.id).leftJustified(7) << " " << l.schoolCode << " "
                    << l.className.leftJustified(4) << " " << l.fullName.leftJustified(28) << " "
                    << label(l.request.status).leftJustified(16) << " " << l.request.reason << "\n";
        }
        return Done;
    }
    if (sub == QLatin1String("approve") || sub == QLatin1String("reject")) {
        auto list = ids(w.mid(2));
        if (!list)
            return c.fail(list.error());
        if (sub == QLatin1String("reject") &&
            a.value(QStringLiteral("reason"), a.value(QStringLiteral("note"))).trimmed().isEmpty())
            return c.fail(Error::invalid(
                QCoreApplication::translate("hocbaso::cli", "Rejecting needs --reason TEXT (a note for the school).")));
        auto outcome = sub == QLatin1String("approve")
                           ? review.approve(*list)
                           : review.reject(*list, a.value(QStringLiteral("reason"), a.value(QStringLiteral("note"))));
        if (!outcome)
            return c.fail(outcome.error());
        return printOutcome(c, *outcome);
    }
    return c.usage(QCoreApplication::translate(
        "hocbaso::cli", "Usage: hocbaso-cli revocation request UUID --reason TEXT | revocation list [--school CODE] "
                        "[--grade N] [--status S] | revocation approve ID... | revocation reject ID... --reason TEXT"));
}

} // namespace hocbaso::cli
