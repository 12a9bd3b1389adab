#include "RevocationReview.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "BulkDecider.h"
#include "core/DisplayDates.h"
#include "core/Transitions.h"
#include "store/RecordRepository.h"
#include "store/RevocationRepository.h"
#include "store/SchoolRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace hocbaso::services {
Result<store::RevocationRepository::Filter> RevocationReview::storeFilter(store::Database& db, const Filter& f)
{
    if (auto s = permissions::canView(m_ctx.actor, 0); !s)
        return s.error();
    store::RevocationRepository::Filter rf;
    rf.unitId = m_ctx.actor.system ? 0 : m_ctx.actor.unitId;
    rf.grade = f.grade;
    rf.status = f.status;
    if (!f.schoolCode.isEmpty()) {
        auto school = store::SchoolRepository(db).byCode(f.schoolCode);
        if (!school)
            return school.error();
        if (!school->has_value())
            return Error::notFound(QCoreApplication::translate("hocbaso::services::RevocationReview",
                                                               "There is no school with the code %1.")
                                       .arg(f.schoolCode));
        rf.schoolId = (*school)->id;
    }
    return rf;
}

Result<QList<RevocationListing>> RevocationReview::list(const Filter& f)
{
    store::Database& db = readDatabase(m_ctx);
    auto rf = storeFilter(db, f);
    if (!rf)
        return rf.error();
    rf->limit = f.limit;
    if (f.after) {
        // The key of the last row read (its order: oldest request first).
        rf->afterRequestedAt = f.after->request.requestedAt;
        rf->afterId = f.after->request.id;
    }
    return store::RevocationRepository(db).listDetailed(*rf);
}

Result<QList<QPair<QString, qint64>>> RevocationReview::schoolsOf(const QList<qint64>& ids)
{
    if (auto s = permissions::canView(m_ctx.actor, 0); !s)
        return s.error();
    // Read where the decision is made: the primary.
    return store::RevocationRepository(m_ctx.db).schoolsOf(ids, m_ctx.actor.system ? 0 : m_ctx.actor.unitId);
}

Result<QList<qint64>> RevocationReview::pendingIds(const Filter& f)
{
    // What a decision can take is what the domain lets leave its status: pending only.
    const QList<RevocationStatus> decidable = decidableRevocationStatuses();
    Q_ASSERT(decidable.size() == 1);
    if (f.status && !decidable.contains(*f.status))
        return QList<qint64>();
    // What a decision will take is read where it is decided: the primary.
    auto rf = storeFilter(m_ctx.db, f);
    if (!rf)
        return rf.error();
    rf->status = decidable.first();
    return store::RevocationRepository(m_ctx.db).ids(*rf);
}

Result<QHash<RevocationStatus, qint64>> RevocationReview::countsByStatus(const QString& schoolCode, int grade)
{
    Filter f;
    f.schoolCode = schoolCode;
    f.grade = grade;
    store::RevocationRepository::Filter rf;
    rf.unitId = m_ctx.actor.system ? 0 : m_ctx.actor.unitId;
    rf.grade = grade;
    if (!schoolCode.isEmpty()) {
        auto school = store::SchoolRepository(readDatabase(m_ctx)).byCode(schoolCode);
        if (!school)
            return school.error();
        if (!school->has_value())
            return Error::notFound(QCoreApplication::translate("hocbaso::services::RevocationReview",
                                                               "There is no school with the code %1.")
                                       .arg(schoolCode));
        rf.schoolId = (*school)->id;
    }
    auto counts = store::RevocationRepository(readDatabase(m_ctx)).countByStatus(rf);
    if (!counts)
        return counts.error();
    QHash<RevocationStatus, qint64> out;
    for (auto s : {RevocationStatus::Pending, RevocationStatus::Approved, RevocationStatus::Rejected})
        out.insert(s, counts->value(toText(s)));
    return out;
}

Result<DecisionOutcome> RevocationReview::approve(const QList<qint64>& ids, const Progress& progress)
{
    return decide(ids, RevocationStatus::Approved, {}, progress);
}

Result<DecisionOutcome> RevocationReview::reject(const QList<qint64>& ids, const QString& note,
                                                 const Progress& progress)
{
    if (note.trimmed().isEmpty())
        return Error::invalid(QCoreApplication::translate(
            "hocbaso::services::RevocationReview", "Rejecting a revocation request needs a note for the school."));
    return decide(ids, RevocationStatus::Rejected, note.trimmed(), progress);
}

Result<DecisionOutcome> RevocationReview::decide(const QList<qint64>& ids, RevocationStatus to, const QString& note,
                                                 const Progress& progress)
{
    if (m_ctx.actor.role == Role::Viewer || m_ctx.actor.role == Role::School) {
        if (auto s = permissions::canDecide(m_ctx.actor, 0); !s)
            return s.error();
    }
    if (auto s = requireOutboxOnReplica(m_ctx); !s)
        return s.error();
    store::RevocationRepository requests(m_ctx.db);
    store::RecordRepository records(m_ctx.db);
    const QString action =
        to == RevocationStatus::Approved ? QStringLiteral("revocation.approve") : QStringLiteral("revocation.reject");
    const QList<RevocationStatus> from = statusesBefore(to);

    BulkDecider<RevocationListing>::Rules rules;
    rules.read = [&](const QList<qint64>& chunk) { return requests.detailedByIds(chunk); };
    rules.missing = [](qint64 id) {
        return Refusal{
            id, Refusal::Why::NotFound,
            QCoreApplication::translate("hocbaso::services::RevocationReview", "There is no revocation request #%1.")
                .arg(id)};
    };
    rules.unitOf = [](const RevocationListing& l) { return l.unitId; };
    rules.judge = [&](qint64 id, const RevocationListing& l) -> Result<std::optional<Refusal>> {
        if (auto s = permissions::canDecide(m_ctx.actor, l.unitId); !s)
            return std::optional<Refusal>(Refusal{id, Refusal::Why::NotAllowed, s.errorString()});
        if (allows(l.request.status, to))
            return std::optional<Refusal>();
        return std::optional<Refusal>(Refusal{id, Refusal::Why::AlreadyDecided, alreadyDecided(l)});
    };
    // The batch in set-based statements: one for the requests, two for their records, one (per 200
    // events) for the audit trail, whatever the batch's size.
    rules.applyAll = [&](const QList<QPair<qint64, RevocationListing>>& batch)
        -> Result<QList<std::variant<AuditLog::Entry, Refusal>>> {
        const QDateTime now = m_ctx.clock.now();
        QList<qint64> batchIds;
        batchIds.reserve(batch.size());
        for (const auto& [id, l] : batch)
            batchIds.append(id);
        auto won = requests.decideAll(batchIds, from, to, now, m_ctx.actor.username, note);
        if (!won)
            return won.error();
        // Someone decided some between our read and our write: theirs stand.
        QList<qint64> lostIds;
        for (qint64 id : std::as_const(batchIds)) {
            if (!won->contains(id))
                lostIds.append(id);
        }
        auto lost = requests.detailedByIds(lostIds);
        if (!lost)
            return lost.error();
        if (to == RevocationStatus::Approved) {
            // The records return to their schools; their sent versions stay in the history as revoked.
            QList<qint64> recordIds;
            for (const auto& [id, l] : batch) {
                if (won->contains(id))
                    recordIds.append(l.request.recordId);
            }
            auto revoked = records.revokeSentAll(recordIds, now);
            if (!revoked)
                return revoked.error();
            QSet<qint64> seen;
            for (const auto& [id, l] : batch) {
                if (!won->contains(id))
                    continue;
                // A record revoked once answers one request only.
                if (!revoked->contains(l.request.recordId) || seen.contains(l.request.recordId))
                    return Error::conflict(QCoreApplication::translate("hocbaso::services::RevocationReview",
                                                                       "The record of request #%1 is no longer sent.")
                                               .arg(id));
                seen.insert(l.request.recordId);
            }
        }
        QList<std::variant<AuditLog::Entry, Refusal>> answers;
        answers.reserve(batch.size());
        for (const auto& [id, l] : batch) {
            if (!won->contains(id)) {
                const auto again = lost->constFind(id);
                answers.append(Refusal{id, Refusal::Why::AlreadyDecided,
                                       again != lost->constEnd()
                                           ? alreadyDecided(*again)
                                           : QCoreApplication::translate("hocbaso::services::RevocationReview",
                                                                         "There is no revocation request #%1.")
                                                 .arg(id)});
                continue;
            }
            if (m_ctx.outbox) {
                if (auto s = m_ctx.outbox->record({action, QStringLiteral("revocation_request"), QString::number(id),
                                                   l.request.rowVersion, QJsonObject{{QStringLiteral("note"), note}},
                                                   QString()});
                    !s)
                    return s.error();
            }
            QJsonObject detail{{QStringLiteral("uuid"), l.uuid}, {QStringLiteral("school"), l.schoolCode}};
            if (!note.isEmpty())
                detail.insert(QStringLiteral("note"), note);
            answers.append(
                AuditLog::Entry{l.unitId, action, QStringLiteral("revocation_request"), QString::number(id), detail});
        }
        return answers;
    };
    return BulkDecider<RevocationListing>(m_ctx, std::move(rules), m_batchSize).run(ids, progress);
}

QString RevocationReview::alreadyDecided(const RevocationListing& l)
{
    // One sentence per outcome: a status word spliced into a sentence does not translate.
    const QString when = text::dateTimeText(l.request.decidedAt);
    const QString id = QString::number(l.request.id);
    if (l.request.status == RevocationStatus::Approved)
        return QCoreApplication::translate("hocbaso::services::RevocationReview",
                                           "Request #%1 was already approved by %2 on %3.")
            .arg(id, l.request.decidedBy, when);
    return QCoreApplication::translate("hocbaso::services::RevocationReview",
                                       "Request #%1 was already rejected by %2 on %3.")
        .arg(id, l.request.decidedBy, when);
}

} // namespace hocbaso::services
