#include "OperationApplier.h"

#include "core/DisplayDates.h"
#include "core/LookupCode.h"
#include "services/CertificateReview.h"
#include "services/LockService.h"
#include "services/RevocationReview.h"
#include "store/CertificateRepository.h"
#include "store/RevocationRepository.h"
#include "store/SchoolRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hocbaso::sync {
namespace {

QString when(const QDateTime& t)
{
    return text::dateTimeText(t);
}

// The decision an intent makes ("certificate.approve" -> approve).
QString verbOf(const QString& intent)
{
    return intent.mid(intent.indexOf(QLatin1Char('.')) + 1);
}

// Decisions and the states they lead to, as words inside a sentence.
QString decisionWord(const QString& verb)
{
    if (verb == QLatin1String("approve"))
        return QCoreApplication::translate("hocbaso::sync::OperationApplier", "approve");
    if (verb == QLatin1String("reject"))
        return QCoreApplication::translate("hocbaso::sync::OperationApplier", "reject");
    if (verb == QLatin1String("revoke"))
        return QCoreApplication::translate("hocbaso::sync::OperationApplier", "revoke");
    return verb;
}

// "<what> was already approved by <who> on <when>; your decision (<reject>) was not applied.": one
// sentence per outcome, since a status word spliced into a sentence does not translate.
QString decidedFirst(const QString& what, const QString& status, const QString& by, const QDateTime& at,
                     const QString& verb)
{
    const char* sentence = status == QLatin1String("approved")
                               ? QT_TRANSLATE_NOOP("hocbaso::sync::OperationApplier",
                                                   "%1 was already approved by %2 on %3; your decision (%4) was "
                                                   "not applied.")
                           : status == QLatin1String("rejected")
                               ? QT_TRANSLATE_NOOP("hocbaso::sync::OperationApplier",
                                                   "%1 was already rejected by %2 on %3; your decision (%4) was "
                                                   "not applied.")
                           : status == QLatin1String("revoked")
                               ? QT_TRANSLATE_NOOP("hocbaso::sync::OperationApplier",
                                                   "%1 was already revoked by %2 on %3; your decision (%4) was not "
                                                   "applied.")
                               : QT_TRANSLATE_NOOP("hocbaso::sync::OperationApplier",
                                                   "%1 was already decided by %2 on %3; your decision (%4) was not "
                                                   "applied.");
    return QCoreApplication::translate("hocbaso::sync::OperationApplier", sentence)
        .arg(what, by, when(at), decisionWord(verb));
}

OpOutcome refused(const QString& verb, const QString& message)
{
    OpOutcome o;
    o.outcome = QStringLiteral("refused");
    o.yours = verb;
    o.message = message;
    return o;
}

OpOutcome applied(const QString& verb)
{
    OpOutcome o;
    o.outcome = QStringLiteral("applied");
    o.yours = verb;
    return o;
}

// The note a revocation decision gives the school (rejections carry one).
QString rejectionNote(const store::OutboxOp& op)
{
    return QJsonDocument::fromJson(op.payload.toUtf8()).object().value(QStringLiteral("note")).toString();
}

// Errors of the store stay errors (the sync retries or stops); every other refusal is the rules'
// answer to this operation.
bool isStoreError(const Error& e)
{
    return e.kind == ErrorKind::Storage || e.kind == ErrorKind::Internal;
}

} // namespace

QString OpOutcome::toJson() const
{
    const QJsonObject o{{QStringLiteral("outcome"), outcome},
                        {QStringLiteral("yours"), yours},
                        {QStringLiteral("winner"), winner},
                        {QStringLiteral("by"), by},
                        {QStringLiteral("at"), at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString()},
                        {QStringLiteral("message"), message}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OpOutcome OpOutcome::fromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    OpOutcome r;
    r.outcome = o.value(QStringLiteral("outcome")).toString();
    r.yours = o.value(QStringLiteral("yours")).toString();
    r.winner = o.value(QStringLiteral("winner")).toString();
    r.by = o.value(QStringLiteral("by")).toString();
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    r.message = o.value(QStringLiteral("message")).toString();
    return r;
}

Result<OpOutcome> OperationApplier::apply(const store::OutboxOp& op)
{
    const QJsonObject payload = QJsonDocument::fromJson(op.payload.toUtf8()).object();
    if (op.entity == QLatin1String("certificate"))
        return certificate(op, payload);
    if (op.entity == QLatin1String("revocation_request"))
        return revocation(op, payload);
    if (op.entity == QLatin1String("lock_setting"))
        return lock(op, payload);
    return refused(verbOf(op.intent), QCoreApplication::translate("hocbaso::sync::OperationApplier",
                                                                  "This program does not know the change \"%1\".")
                                          .arg(op.intent));
}

Result<OpOutcome> OperationApplier::certificate(const store::OutboxOp& op, const QJsonObject& payload)
{
    const QString verb = verbOf(op.intent);
    const qint64 id = op.entityKey.toLongLong();
    const QString reason = payload.value(QStringLiteral("reason")).toString();
    services::CertificateReview review(m_ctx);
    Result<services::CertificateDecisions> done = Error::internal(QString());
    if (verb == QLatin1String("approve")) {
        QStringList accepted;
        for (const QJsonValue& v : payload.value(QStringLiteral("accepted_failures")).toArray())
            accepted.append(v.toString());
        review.setAcceptedFailures(accepted);
        done = review.approve({id}, {}, reason);
    } else if (verb == QLatin1String("reject")) {
        done = review.reject({id}, reason);
    } else if (verb == QLatin1String("revoke")) {
        done = review.revoke({id}, reason);
    } else {
        return refused(verb, QCoreApplication::translate("hocbaso::sync::OperationApplier",
                                                         "This program does not know the change \"%1\".")
                                 .arg(op.intent));
    }
    if (!done)
        return isStoreError(done.error()) ? Result<OpOutcome>(done.error())
                                          : Result<OpOutcome>(refused(verb, done.errorString()));
    if (done->decided.contains(id))
        return applied(verb);
    const services::CertificateRefusal refusal =
        done->refused.isEmpty() ? services::CertificateRefusal{} : done->refused.first();
    if (refusal.why != services::CertificateRefusal::Why::AlreadyDecided)
        return refused(verb, refusal.reason);
    auto row = store::CertificateRepository(m_ctx.db).reviewRow(id);
    if (!row)
        return row.error();
    if (!*row)
        return refused(verb, refusal.reason);
    const CertificateRegistration& c = (*row)->registration;
    OpOutcome o;
    o.outcome = QStringLiteral("conflict");
    o.yours = verb;
    o.winner = toText(c.status);
    const bool revoked = c.status == CertificateStatus::Revoked && (*row)->revokedAt.isValid();
    o.by = revoked ? (*row)->revokedBy : c.decidedBy;
    o.at = revoked ? (*row)->revokedAt : c.decidedAt;
    const QString what = QCoreApplication::translate("hocbaso::sync::OperationApplier", "Certificate #%1 of %2")
                             .arg(QString::number(id), (*row)->schoolName);
    o.message = decidedFirst(what, o.winner, o.by, o.at, verb);
    return o;
}

Result<OpOutcome> OperationApplier::revocation(const store::OutboxOp& op, const QJsonObject& payload)
{
    const QString verb = verbOf(op.intent);
    const qint64 id = op.entityKey.toLongLong();
    services::RevocationReview review(m_ctx);
    Result<services::DecisionOutcome> done = Error::internal(QString());
    if (verb == QLatin1String("approve"))
        done = review.approve({id});
    else if (verb == QLatin1String("reject"))
        done = review.reject({id}, payload.value(QStringLiteral("note")).toString());
    else
        return refused(verb, QCoreApplication::translate("hocbaso::sync::OperationApplier",
                                                         "This program does not know the change \"%1\".")
                                 .arg(op.intent));
    if (!done)
        return isStoreError(done.error()) ? Result<OpOutcome>(done.error())
                                          : Result<OpOutcome>(refused(verb, done.errorString()));
    return revocationAnswer(verb, id, *done);
}

Result<OpOutcome> OperationApplier::revocationAnswer(const QString& verb, qint64 id,
                                                     const services::DecisionOutcome& done)
{
    if (done.decided.contains(id))
        return applied(verb);
    QString why;
    for (const services::Refusal& r : done.refused) {
        if (r.id == id) {
            why = r.reason;
            break;
        }
    }
    auto row = store::RevocationRepository(m_ctx.db).detailedById(id);
    if (!row)
        return row.error();
    if (!row->has_value() || (*row)->request.status == RevocationStatus::Pending)
        return refused(verb, why);
    const RevocationListing& l = **row;
    OpOutcome o;
    o.outcome = QStringLiteral("conflict");
    o.yours = verb;
    o.winner = toText(l.request.status);
    o.by = l.request.decidedBy;
    o.at = l.request.decidedAt;
    const QString what =
        QCoreApplication::translate("hocbaso::sync::OperationApplier", "The revocation request of %1 (%2)")
            .arg(l.fullName, l.schoolName);
    o.message = decidedFirst(what, o.winner, o.by, o.at, verb);
    return o;
}

bool OperationApplier::decidedTogether(const store::OutboxOp& first, const store::OutboxOp& next)
{
    if (first.entity != QLatin1String("revocation_request") || next.entity != first.entity ||
        next.intent != first.intent)
        return false;
    if (first.intent == QLatin1String("revocation.approve"))
        return true;
    if (first.intent != QLatin1String("revocation.reject"))
        return false;
    return rejectionNote(first) == rejectionNote(next);
}

Result<QList<OpOutcome>> OperationApplier::applyAll(const QList<store::OutboxOp>& ops)
{
    if (ops.isEmpty())
        return QList<OpOutcome>();
    const QString verb = verbOf(ops.first().intent);
    QList<qint64> ids;
    ids.reserve(ops.size());
    for (const store::OutboxOp& op : ops) {
        if (!decidedTogether(ops.first(), op))
            return Error::internal(
                QStringLiteral("operation %1 cannot be decided with %2").arg(op.opId, ops.first().opId));
        ids.append(op.entityKey.toLongLong());
    }
    services::RevocationReview review(m_ctx);
    // One batch: the operations are one step of the push, undone together on an error.
    review.setBatchSize(int(ids.size()));
    auto done = verb == QLatin1String("approve") ? review.approve(ids) : review.reject(ids, rejectionNote(ops.first()));
    if (!done)
        return done.error();
    QList<OpOutcome> outcomes;
    outcomes.reserve(ops.size());
    for (qint64 id : std::as_const(ids)) {
        auto answer = revocationAnswer(verb, id, *done);
        if (!answer)
            return answer.error();
        outcomes.append(*answer);
    }
    return outcomes;
}

Result<OpOutcome> OperationApplier::lock(const store::OutboxOp& op, const QJsonObject& payload)
{
    const QString verb = verbOf(op.intent);
    services::StampedLockChange change;
    change.unitId = payload.value(QStringLiteral("unit")).toInteger();
    change.schoolYear = payload.value(QStringLiteral("year")).toInt();
    change.schoolId = payload.value(QStringLiteral("school")).toInteger();
    change.grade = payload.value(QStringLiteral("grade")).toInt();
    change.clear = verb == QLatin1String("clear");
    if (payload.contains(QStringLiteral("receive")))
        change.receive = QDate::fromString(payload.value(QStringLiteral("receive")).toString(), Qt::ISODate);
    if (payload.contains(QStringLiteral("revoke")))
        change.revoke = QDate::fromString(payload.value(QStringLiteral("revoke")).toString(), Qt::ISODate);
    change.hlc = op.hlc;
    auto done = services::LockService(m_ctx).applyStamped(change);
    if (!done)
        return isStoreError(done.error()) ? Result<OpOutcome>(done.error())
                                          : Result<OpOutcome>(refused(verb, done.errorString()));
    if (done->applied)
        return applied(verb);
    QString where = QCoreApplication::translate("hocbaso::sync::OperationApplier", "all schools");
    if (change.schoolId > 0) {
        auto school = store::SchoolRepository(m_ctx.db).byId(change.schoolId);
        if (!school)
            return school.error();
        if (school->has_value())
            where = (*school)->name;
    }
    OpOutcome o;
    o.outcome = QStringLiteral("conflict");
    o.yours = verb;
    o.winner = done->currentCleared ? QStringLiteral("cleared") : QStringLiteral("set");
    o.by = done->current.updatedBy;
    o.at = done->current.updatedAt;
    o.message = QCoreApplication::translate("hocbaso::sync::OperationApplier",
                                            "The lock dates of %1, grade %2, school year %3 were changed by %4 on %5 "
                                            "after your change; your change was not applied.")
                    .arg(where)
                    .arg(change.grade)
                    .arg(SchoolYear{change.schoolYear}.label(), o.by, when(o.at));
    return o;
}

} // namespace hocbaso::sync
