#include "CertificateReview.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "BulkDecider.h"
#include "RevocationAnswers.h"
#include "TrustStoreService.h"
#include "core/DisplayDates.h"
#include "core/Transitions.h"
#include "core/VietnameseText.h"
#include "crypto/Chain.h"
#include "store/AuditRepository.h"
#include "store/CertificateRepository.h"
#include "store/SchoolRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace hocbaso::services {
namespace {

using store::CertificateRepository;
using ReviewRow = CertificateRepository::ReviewRow;

// When something was decided, as a person reads it in a sentence.
QString when(const QDateTime& t)
{
    return text::dateTimeText(t);
}

QString shownSubject(const crypto::Certificate& c)
{
    const QString cn = c.subjectField(QStringLiteral("CN"));
    return cn.isEmpty() ? c.subject() : cn;
}

// Why a row that is no longer in the state a decision needs cannot take it: who decided what, when.
// (Free functions name their translation context themselves: lupdate would file a
// QCoreApplication::translate("hocbaso::services::CertificateReview", ) here under the namespace, not under
// CertificateReview.)
QString alreadyDecided(const ReviewRow& row)
{
    const CertificateRegistration& c = row.registration;
    const QString id = QString::number(c.id);
    switch (c.status) {
    case CertificateStatus::Pending:
        return QCoreApplication::translate("hocbaso::services::CertificateReview",
                                           "Certificate #%1 is still pending; only an approved certificate can be "
                                           "revoked (reject it instead).")
            .arg(id);
    case CertificateStatus::Approved:
        return QCoreApplication::translate("hocbaso::services::CertificateReview",
                                           "Certificate #%1 was already approved by %2 on %3.")
            .arg(id, c.decidedBy, when(c.decidedAt));
    case CertificateStatus::Rejected:
        if (c.supersededBy > 0)
            return QCoreApplication::translate("hocbaso::services::CertificateReview",
                                               "Certificate #%1 was already rejected on %2: the school registered "
                                               "#%3 in its place.")
                .arg(id, when(c.decidedAt), QString::number(c.supersededBy));
        return QCoreApplication::translate("hocbaso::services::CertificateReview",
                                           "Certificate #%1 was already rejected by %2 on %3 (reason: %4).")
            .arg(id, c.decidedBy, when(c.decidedAt), c.decisionReason);
    case CertificateStatus::Revoked: {
        // Rows revoked before schema 4 kept the revocation in decided_*.
        const bool ownColumns = row.revokedAt.isValid();
        return QCoreApplication::translate("hocbaso::services::CertificateReview",
                                           "Certificate #%1 was already revoked by %2 on %3 (reason: %4).")
            .arg(id, ownColumns ? row.revokedBy : c.decidedBy, when(ownColumns ? row.revokedAt : c.decidedAt),
                 ownColumns ? row.revocationReason : c.decisionReason);
    }
    }
    return {};
}

// School users act for their school; officers of the school's unit (or a unit above it) on its behalf (a school that
// sends its certificate file by mail); administrators anywhere.
Status canImport(const Actor& a, const School& school)
{
    if (a.system || a.role == Role::Admin)
        return {};
    if (a.role == Role::School && a.schoolId == school.id)
        return {};
    if (a.role == Role::Officer && a.unitId > 0 && a.covers(school.unitId))
        return {};
    return Error::refused(QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                      "Only a user of %1, or an officer of its managing unit, may "
                                                      "register its certificates; %2 may not.")
                              .arg(school.name, a.username));
}

// The other schools that registered the same certificate, for the "unique" check.
Result<QString> otherSchools(store::Database& db, const QString& sha256, qint64 schoolId)
{
    auto others = CertificateRepository(db).schoolsWithSha256(sha256, schoolId);
    if (!others)
        return others.error();
    QStringList names;
    for (const auto& o : std::as_const(*others)) {
        // The central store names only schools the officer sees.
        names.append(o.code.isEmpty() ? QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                                    "a school of another unit")
                                      : QStringLiteral("%1 (%2)").arg(o.name, o.code));
    }
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

// Fills the chain, the family and (when asked) the checks of a view whose certificate, school and
// registration are set. Bulk approval needs only the checks, so it skips the chain listing.
Status complete(store::Database& db, CertificateView& v, const crypto::CheckContext& base, bool withChecks,
                bool withChain = true)
{
    // Built once, and only when the chain is shown or a revocation warning names its sources.
    std::optional<crypto::ChainResult> built;
    const auto path = [&]() -> const crypto::ChainResult& {
        if (!built)
            built = crypto::verifyChain(v.certificate, base.trust, base.now, crypto::LeafValidity::Ignore);
        return *built;
    };
    if (withChain) {
        const crypto::ChainResult& chain = path();
        v.chain.clear();
        v.chainNames.clear();
        for (const crypto::Certificate& c : chain.chain) {
            v.chain.append(c.subject());
            v.chainNames.append(shownSubject(c));
        }
        v.family = chain.ok ? chain.family : QString();
        v.testRoot = chain.ok && chain.testRoot;
    }
    if (!withChecks)
        return {};
    crypto::CheckContext context = base;
    if (v.ownership) {
        context.allowedFamilies = TrustStoreService::allowedFamilies(*v.ownership);
        context.schoolName = v.schoolName;
        auto others = otherSchools(db, v.registration.sha256, v.registration.schoolId);
        if (!others)
            return others.error();
        context.registeredByOtherSchool = *others;
    }
    // The CA's own word about this certificate, as last fetched (RevocationRefresh).
    if (v.registration.id > 0)
        context.ocspAnswers += verifiedOcspAnswers(db, v.registration.id, v.certificate, context.trust);
    v.checks = crypto::runChecks(v.certificate, context);
    // A revocation not known: say which sources failed and how old the answer at hand is.
    for (crypto::Check& c : v.checks) {
        if (c.name != QLatin1String("not_revoked") || c.severity != crypto::Check::Warning)
            continue;
        const QString note =
            revocationSourcesNote(db, v.certificate, path().chain, context.crls, context.ocspAnswers, context.now);
        if (!note.isEmpty())
            c.detail += QLatin1Char(' ') + note;
    }
    return {};
}

Result<CertificateView> viewOf(store::Database& db, const ReviewRow& row, const crypto::CheckContext& base,
                               bool withChecks, bool withChain = true)
{
    CertificateView v;
    v.registration = row.registration;
    v.schoolCode = row.schoolCode;
    v.schoolName = row.schoolName;
    v.schoolSort = row.schoolSort;
    v.unitId = row.unitId;
    v.ownership = row.ownership;
    v.revokedAt = row.revokedAt;
    v.revokedBy = row.revokedBy;
    v.revocationReason = row.revocationReason;
    v.decidedByName = row.decidedByName;
    v.revokedByName = row.revokedByName;
    auto cert = crypto::Certificate::fromDer(row.registration.der);
    // A stored DER was parsed when it was imported; if it no longer parses, the checks say so.
    if (cert)
        v.certificate = *cert;
    if (auto s = complete(db, v, base, withChecks, withChain); !s)
        return s.error();
    return v;
}

// Failed checks as a person reads them ("Validity period, Key strength"); the audit event keeps
// the names.
QString checkLabels(const QStringList& names)
{
    QStringList labels;
    for (const QString& name : names)
        labels.append(crypto::Check::label(name));
    return labels.join(QStringLiteral(", "));
}

} // namespace

bool CertificateView::hasFailedCheck() const
{
    return crypto::worstSeverity(checks) == crypto::Check::Fail;
}

QStringList CertificateView::failedCheckNames() const
{
    QStringList names;
    for (const crypto::Check& c : checks) {
        if (!c.ok())
            names.append(c.name);
    }
    return names;
}

Result<CertificateView> CertificateReview::inspectFile(const QString& path)
{
    auto certificates = crypto::Certificate::fromFile(path);
    if (!certificates)
        return certificates.error();
    return inspect(*certificates);
}

Result<CertificateView> CertificateReview::inspect(const QList<crypto::Certificate>& certificates)
{
    const qsizetype leaf = crypto::Certificate::findLeaf(certificates);
    if (leaf < 0)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::CertificateReview", "The file holds no certificate."));
    auto context = TrustStoreService(m_ctx).checkContext();
    if (!context)
        return context.error();
    CertificateView v;
    v.certificate = certificates.at(leaf);
    CertificateRegistration& r = v.registration;
    r.der = v.certificate.der();
    r.sha256 = v.certificate.sha256Hex();
    r.subject = v.certificate.subject();
    r.issuer = v.certificate.issuer();
    r.serialHex = v.certificate.serialHex();
    r.notBefore = v.certificate.notBefore();
    r.notAfter = v.certificate.notAfter();
    if (auto s = complete(m_ctx.db, v, *context, true); !s)
        return s.error();
    return v;
}

Result<ImportResult> CertificateReview::importFile(const CertificateImport& request)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s.error();
    const QString code = request.schoolCode.trimmed();
    if (code.isEmpty())
        return Error::invalid(QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                          "Say which school registers the certificate (its code)."));
    const QString holder = request.holder.simplified();
    if (request.kind == CertificateKind::Signer) {
        if (holder.isEmpty())
            return Error::invalid(QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                              "A signing account needs the name of its holder."));
        if (request.position == SignerPosition::None)
            return Error::invalid(QCoreApplication::translate(
                "hocbaso::services::CertificateReview",
                "A signing account needs the holder's position: principal or vice-principal."));
    } else if (!holder.isEmpty() || request.position != SignerPosition::None) {
        return Error::invalid(QCoreApplication::translate(
            "hocbaso::services::CertificateReview",
            "A seal certificate has no holder or position; those are for signing accounts."));
    }
    store::SchoolRepository schools(m_ctx.db);
    auto school = schools.byCode(code);
    if (!school)
        return school.error();
    if (!*school)
        return Error::notFound(QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                           "There is no school with the code \"%1\".")
                                   .arg(code));
    if (auto s = canImport(m_ctx.actor, **school); !s)
        return s.error();

    auto certificates = crypto::Certificate::fromFile(request.path);
    if (!certificates)
        return certificates.error();
    const qsizetype leafIndex = crypto::Certificate::findLeaf(*certificates);
    if (leafIndex < 0)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::CertificateReview", "The file holds no certificate."));
    const crypto::Certificate leaf = certificates->at(leafIndex);
    if (leaf.isCa())
        return Error::refused(QCoreApplication::translate(
                                  "hocbaso::services::CertificateReview",
                                  "\"%1\" is the certificate of a certificate authority, not one that a school or "
                                  "its manager signs with.")
                                  .arg(shownSubject(leaf)));

    CertificateRepository repo(m_ctx.db);
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    auto existing = repo.liveRegistration((*school)->id, leaf.sha256Hex());
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error::conflict(QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                           "This certificate is already registered for %1 as #%2.")
                                   .arg((*school)->name, QString::number(*existing)));
    CertificateRegistration c;
    c.schoolId = (*school)->id;
    c.kind = request.kind;
    c.holder = request.kind == CertificateKind::Signer ? holder : QString();
    c.position = request.kind == CertificateKind::Signer ? request.position : SignerPosition::None;
    c.status = CertificateStatus::Pending;
    c.der = leaf.der();
    c.sha256 = leaf.sha256Hex();
    c.subject = leaf.subject();
    c.issuer = leaf.issuer();
    c.serialHex = leaf.serialHex();
    c.notBefore = leaf.notBefore();
    c.notAfter = leaf.notAfter();
    c.submittedAt = m_ctx.clock.now();
    c.submittedBy = m_ctx.actor.username;
    auto id = repo.insert(c);
    if (!id)
        return id.error();

    ImportResult result;
    result.id = *id;
    // The school's newer registration replaces an older one still waiting: officers review the
    // certificate the school means to use, not each attempt.
    CertificateRepository::Filter older;
    older.schoolId = c.schoolId;
    older.kind = c.kind;
    older.status = CertificateStatus::Pending;
    auto pending = repo.list(older);
    if (!pending)
        return pending.error();
    for (const CertificateRegistration& p : std::as_const(*pending)) {
        if (p.id == result.id || (c.kind == CertificateKind::Signer && p.position != c.position))
            continue;
        if (auto s = repo.markSuperseded(
                p.id, result.id, c.submittedAt,
                QCoreApplication::translate("hocbaso::services::CertificateReview", "superseded by #%1")
                    .arg(result.id));
            !s)
            return s.error();
        result.superseded.append(p.id);
    }
    QJsonObject detail{{QStringLiteral("school"), (*school)->code},
                       {QStringLiteral("kind"), toText(c.kind)},
                       {QStringLiteral("sha256"), c.sha256},
                       {QStringLiteral("subject"), c.subject}};
    if (c.kind == CertificateKind::Signer) {
        detail.insert(QStringLiteral("holder"), c.holder);
        detail.insert(QStringLiteral("position"), toText(c.position));
    }
    if (!result.superseded.isEmpty()) {
        QJsonArray superseded;
        for (qint64 s : std::as_const(result.superseded))
            superseded.append(s);
        detail.insert(QStringLiteral("superseded"), superseded);
    }
    if (auto s = AuditLog(m_ctx).append((*school)->unitId, QStringLiteral("certificate.import"),
                                        QStringLiteral("certificate"), QString::number(result.id), detail);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();

    auto row = repo.reviewRow(result.id);
    if (!row)
        return row.error();
    if (!*row)
        return Error::internal(QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                           "Certificate #%1 was stored but cannot be read back.")
                                   .arg(result.id));
    auto context = TrustStoreService(m_ctx).checkContext();
    if (!context)
        return context.error();
    auto view = viewOf(m_ctx.db, **row, *context, true);
    if (!view)
        return view.error();
    result.view = *view;
    return result;
}

Status CertificateReview::canSee(qint64 schoolId, qint64 unitId) const
{
    const Actor& a = m_ctx.actor;
    if (!a.system && a.role == Role::School) {
        if (a.schoolId == schoolId)
            return {};
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::CertificateReview",
                                        "%1 is a user of another school and cannot see this school's certificates.")
                .arg(a.username));
    }
    return permissions::canView(a, unitId);
}

Result<CertificateRepository::Filter> CertificateReview::filterFor(const CertificateQuery& query)
{
    const Actor& a = m_ctx.actor;
    CertificateRepository::Filter filter;
    filter.status = query.status;
    filter.kind = query.kind;
    filter.caRevoked = query.caRevoked;
    if (query.expiringWithinDays > 0) {
        // The same bounds as the expiry_soon check: not expired yet, and at most that many days left.
        const QDateTime now = m_ctx.clock.now();
        filter.notAfterFrom = now;
        filter.notAfterUntil = now.addDays(query.expiringWithinDays);
    }
    filter.schoolWords = text::queryWords(text::fold(query.schoolSearch));
    if (!query.schoolCode.trimmed().isEmpty()) {
        auto school = store::SchoolRepository(m_ctx.db).byCode(query.schoolCode.trimmed());
        if (!school)
            return school.error();
        if (!*school)
            return Error::notFound(QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                               "There is no school with the code \"%1\".")
                                       .arg(query.schoolCode.trimmed()));
        if (auto s = canSee((*school)->id, (*school)->unitId); !s)
            return s.error();
        filter.schoolId = (*school)->id;
    } else if (!a.system && a.role == Role::School) {
        filter.schoolId = a.schoolId;
    } else {
        if (auto s = permissions::canView(a, 0); !s)
            return s.error();
        filter.unitId = a.system ? 0 : a.unitId;
    }
    return filter;
}

Result<QHash<CertificateStatus, qint64>> CertificateReview::countsByStatus(const CertificateQuery& query)
{
    auto filter = filterFor(query);
    if (!filter)
        return filter.error();
    return CertificateRepository(readDatabase(m_ctx)).countsByStatus(*filter);
}

Result<qint64> CertificateReview::caRevokedApprovedCount()
{
    CertificateQuery query;
    query.status = CertificateStatus::Approved;
    query.caRevoked = true;
    auto filter = filterFor(query);
    if (!filter)
        return filter.error();
    return CertificateRepository(readDatabase(m_ctx)).countMatching(*filter);
}

Result<QList<QPair<qint64, CertificateStatus>>> CertificateReview::decidableIds(const CertificateQuery& query)
{
    auto filter = filterFor(query);
    if (!filter)
        return filter.error();
    return CertificateRepository(m_ctx.db).idsWithStatus(*filter, decidableCertificateStatuses());
}

Result<QList<CertificateView>> CertificateReview::list(const CertificateQuery& query)
{
    auto found = filterFor(query);
    if (!found)
        return found.error();
    const CertificateRepository::Filter filter = *found;
    store::Database& db = readDatabase(m_ctx);
    CertificateRepository repo(db);
    CertificateRepository::Page page;
    page.limit = query.limit;
    page.afterSchoolSort = query.afterSchoolSort;
    page.afterId = query.afterId;
    auto rows = repo.reviewRows(filter, page);
    if (!rows)
        return rows.error();
    crypto::CheckContext context;
    auto loaded = TrustStoreService(m_ctx).checkContext();
    if (!loaded)
        return loaded.error();
    context = *loaded;
    QList<CertificateView> out;
    out.reserve(rows->size());
    for (const ReviewRow& row : std::as_const(*rows)) {
        auto v = viewOf(db, row, context, query.withChecks);
        if (!v)
            return v.error();
        out.append(std::move(v).value());
    }
    return out;
}

Result<CertificateView> CertificateReview::show(qint64 id)
{
    store::Database& db = readDatabase(m_ctx);
    auto row = CertificateRepository(db).reviewRow(id);
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::CertificateReview", "There is no certificate #%1.")
                .arg(id));
    if (auto s = canSee((*row)->registration.schoolId, (*row)->unitId); !s)
        return s.error();
    auto context = TrustStoreService(m_ctx).checkContext();
    if (!context)
        return context.error();
    return viewOf(db, **row, *context, true);
}

Result<CertificateDecisions> CertificateReview::approve(const QList<qint64>& ids, const Confirm& confirm,
                                                        const QString& note)
{
    return decide(Decision::Approve, ids, note, confirm);
}

Result<CertificateDecisions> CertificateReview::reject(const QList<qint64>& ids, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::CertificateReview",
                                        "Rejecting a certificate needs a reason, which the school will read."));
    return decide(Decision::Reject, ids, reason, {});
}

Result<CertificateDecisions> CertificateReview::revoke(const QList<qint64>& ids, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::CertificateReview",
                                        "Revoking a certificate needs a reason, which the school will read."));
    return decide(Decision::Revoke, ids, reason, {});
}

Result<CertificateDecisions> CertificateReview::decide(Decision decision, const QList<qint64>& ids,
                                                       const QString& reason, const Confirm& confirm)
{
    if (ids.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::CertificateReview", "No certificate was named."));
    if (auto s = requireOutboxOnReplica(m_ctx); !s)
        return s.error();
    const CertificateStatus to = decision == Decision::Approve  ? CertificateStatus::Approved
                                 : decision == Decision::Reject ? CertificateStatus::Rejected
                                                                : CertificateStatus::Revoked;
    // The statuses the decision may take a row from: the domain's table, in the store's condition.
    const QList<CertificateStatus> from = statusesBefore(to);
    CertificateRepository repo(m_ctx.db);
    crypto::CheckContext context;
    if (decision == Decision::Approve) {
        auto loaded = TrustStoreService(m_ctx).checkContext();
        if (!loaded)
            return loaded.error();
        context = *loaded;
    }

    const QDateTime now = m_ctx.clock.now();
    const QString by = m_ctx.actor.username;
    const QString action = decision == Decision::Approve  ? QStringLiteral("certificate.approve")
                           : decision == Decision::Reject ? QStringLiteral("certificate.reject")
                                                          : QStringLiteral("certificate.revoke");
    // The checks each approved row failed and the person accepted (judge writes, apply reads).
    QHash<qint64, QStringList> acceptedFailures;

    BulkDecider<ReviewRow>::Rules rules;
    rules.read = [&](const QList<qint64>& chunk) -> Result<QHash<qint64, ReviewRow>> {
        QHash<qint64, ReviewRow> rows;
        for (qint64 id : chunk) {
            auto row = repo.reviewRow(id);
            if (!row)
                return row.error();
            if (*row)
                rows.insert(id, **row);
        }
        return rows;
    };
    rules.missing = [](qint64 id) {
        return Refusal{
            id, Refusal::Why::NotFound,
            QCoreApplication::translate("hocbaso::services::CertificateReview", "There is no certificate #%1.")
                .arg(id)};
    };
    rules.unitOf = [](const ReviewRow& row) { return row.unitId; };
    rules.judge = [&](qint64 id, const ReviewRow& row) -> Result<std::optional<Refusal>> {
        if (auto s = permissions::canDecide(m_ctx.actor, row.unitId); !s)
            return std::optional<Refusal>(Refusal{id, Refusal::Why::NotAllowed, s.errorString()});
        const CertificateStatus status = row.registration.status;
        if (!allows(status, to)) {
            // Pending rows cannot be revoked and rejected ones never were approved: the wrong
            // request. Anything else was decided by somebody already.
            QString why = alreadyDecided(row);
            Refusal::Why kind = Refusal::Why::AlreadyDecided;
            if (status == CertificateStatus::Pending) {
                kind = Refusal::Why::WrongStatus;
            } else if (decision == Decision::Revoke && status == CertificateStatus::Rejected) {
                kind = Refusal::Why::WrongStatus;
                why = QCoreApplication::translate(
                          "hocbaso::services::CertificateReview",
                          "Certificate #%1 was rejected by %2 on %3; only an approved certificate can be revoked.")
                          .arg(QString::number(id), row.registration.decidedBy, when(row.registration.decidedAt));
            }
            return std::optional<Refusal>(Refusal{id, kind, why});
        }
        if (decision != Decision::Approve)
            return std::optional<Refusal>();
        // Recorded once the CA's word was learnt; it stands even when that CRL or answer is gone.
        if (row.registration.isCaRevoked())
            return std::optional<Refusal>(Refusal{
                id, Refusal::Why::RevokedByCa,
                QCoreApplication::translate("hocbaso::services::CertificateReview",
                                            "Certificate #%1 cannot be approved: its certificate authority revoked "
                                            "it on %2. The school must register a new certificate.")
                    .arg(QString::number(id), text::dayText(row.registration.caRevokedAt))});
        auto view = viewOf(m_ctx.db, row, context, true, false);
        if (!view)
            return view.error();
        const QStringList failed = view->failedCheckNames();
        if (failed.isEmpty())
            return std::optional<Refusal>();
        // The other failed checks are judgements an officer may overrule; a revocation by the CA is
        // the CA's word that the key is not to be trusted, and nothing here overrules it.
        for (const crypto::Check& c : std::as_const(view->checks)) {
            if (c.name == QLatin1String("not_revoked") && !c.ok())
                return std::optional<Refusal>(
                    Refusal{id, Refusal::Why::RevokedByCa,
                            QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                        "Certificate #%1 cannot be approved: its certificate "
                                                        "authority has revoked it. %2 The school must register a "
                                                        "new certificate.")
                                .arg(QString::number(id), c.detail)});
        }
        QStringList details;
        for (const crypto::Check& c : std::as_const(view->checks)) {
            if (!c.ok())
                details.append(QStringLiteral("\u2022 %1: %2").arg(c.label(), c.detail));
        }
        const QString question =
            QCoreApplication::translate("hocbaso::services::CertificateReview",
                                        "Certificate #%1 of %2 (%3) failed these checks:\n%4\nApprove it anyway?")
                .arg(QString::number(id), row.schoolName, shownSubject(view->certificate),
                     details.join(QLatin1Char('\n')));
        bool accepted = false;
        if (m_acceptedFailures) {
            accepted = true;
            for (const QString& name : failed)
                accepted = accepted && m_acceptedFailures->contains(name);
        } else {
            accepted = confirm && confirm(question);
        }
        if (!accepted)
            return std::optional<Refusal>(
                Refusal{id, Refusal::Why::NotConfirmed,
                        QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                    "Certificate #%1 was not approved: it failed these checks: %2; "
                                                    "approving it anyway was not confirmed.")
                            .arg(QString::number(id), checkLabels(failed))});
        acceptedFailures.insert(id, failed);
        return std::optional<Refusal>();
    };
    rules.apply = [&](qint64 id, const ReviewRow& row) -> Result<std::variant<AuditLog::Entry, Refusal>> {
        const QStringList failed = acceptedFailures.value(id);
        QString stored = reason.trimmed();
        if (decision == Decision::Approve && stored.isEmpty() && !failed.isEmpty())
            stored = QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                 "Approved although these checks failed: %1.")
                         .arg(checkLabels(failed));
        auto won = decision == Decision::Revoke ? repo.revoke(id, from, now, by, stored)
                                                : repo.decide(id, from, to, now, by, stored);
        if (!won)
            return won.error();
        if (!*won) {
            // Somebody decided between our first look and now: first decision wins.
            auto again = repo.reviewRow(id);
            if (!again)
                return again.error();
            return std::variant<AuditLog::Entry, Refusal>(
                Refusal{id, Refusal::Why::AlreadyDecided,
                        *again ? alreadyDecided(**again)
                               : QCoreApplication::translate("hocbaso::services::CertificateReview",
                                                             "There is no certificate #%1.")
                                     .arg(id)});
        }
        QJsonObject detail{{QStringLiteral("school"), row.schoolCode},
                           {QStringLiteral("kind"), toText(row.registration.kind)},
                           {QStringLiteral("sha256"), row.registration.sha256},
                           {QStringLiteral("from"), toText(row.registration.status)},
                           {QStringLiteral("to"), toText(to)}};
        if (!stored.isEmpty())
            detail.insert(QStringLiteral("reason"), stored);
        if (!failed.isEmpty())
            detail.insert(QStringLiteral("failed_checks"), QJsonArray::fromStringList(failed));
        if (m_ctx.outbox) {
            // Offline: the server decides the same at the next sync, with the note as given and the
            // failed checks accepted here.
            QJsonObject payload{{QStringLiteral("reason"), reason.trimmed()}};
            if (!failed.isEmpty())
                payload.insert(QStringLiteral("accepted_failures"), QJsonArray::fromStringList(failed));
            if (auto s = m_ctx.outbox->record({action, QStringLiteral("certificate"), QString::number(id),
                                               row.registration.rowVersion, payload, QString()});
                !s)
                return s.error();
        }
        return std::variant<AuditLog::Entry, Refusal>(
            AuditLog::Entry{row.unitId, action, QStringLiteral("certificate"), QString::number(id), detail});
    };
    return BulkDecider<ReviewRow>(m_ctx, std::move(rules), kBatchSize).run(ids);
}

} // namespace hocbaso::services
