#pragma once

#include "DecisionOutcome.h"
#include "ServiceContext.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateChecks.h"
#include "store/CertificateRepository.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace hocbaso::services {

// A registered certificate (or one read from a file) with everything an officer looks at before
// deciding: its school, the checks of DOMAIN.md run today (the context's clock) against the trust
// store, and the chain they found.
struct CertificateView
{
    // id 0 for a certificate inspected from a file.
    CertificateRegistration registration;
    QString schoolCode;
    QString schoolName;
    // The school's class-list key: with the id, where the row stands in a list (keyset paging).
    QString schoolSort;
    qint64 unitId = 0;
    std::optional<Ownership> ownership;
    // The revocation, kept apart from the approval (registration.decided*).
    QDateTime revokedAt;
    QString revokedBy;
    QString revocationReason;
    // The display names of registration.decidedBy and revokedBy, when the reader may see them.
    QString decidedByName;
    QString revokedByName;

    crypto::Certificate certificate;
    // Empty when the view was loaded without checks (CertificateQuery::withChecks false).
    QList<crypto::Check> checks;
    // Subjects from the certificate up to the trust anchor reached (as far as it got when the
    // chain fails), and the family of that anchor (empty when none was reached).
    QStringList chain;
    QStringList chainNames; // the same, each by its CN (what a person recognises)
    QString family;
    // The anchor reached is a test root (TrustStoreService::isTestAnchor).
    bool testRoot = false;

    bool hasFailedCheck() const;
    QStringList failedCheckNames() const;
};

struct CertificateQuery
{
    std::optional<CertificateStatus> status;
    QString schoolCode; // empty: every school the actor may see
    std::optional<CertificateKind> kind;
    // Words of the school's name or code, any case and with or without diacritics ("kim lien",
    // "TH01"): each must begin a word of the name, or begin the code.
    QString schoolSearch;
    // Only registrations their certificate authority revoked (6.1's filter "revoked by the CA"),
    // whatever their status; with status Approved, the ones the school may still believe it can use.
    bool caRevoked = false;
    // Only certificates whose validity ends within this many days from now (0: any): with status
    // Approved, the ones the expiry_soon check warns about (6.1's "Expiring soon", the to-do list).
    int expiringWithinDays = 0;
    bool withChecks = true;
    // Keyset paging: at most `limit` rows (0: every row) after the row with this school key and
    // id, i.e. CertificateView::schoolSort and registration.id of the last row read (null: from
    // the first row). The checks run only on the rows returned.
    int limit = 0;
    QString afterSchoolSort;
    qint64 afterId = 0;
};

// A school registering its seal (kind unit) or a manager's signing account (kind signer: holder
// and position required).
struct CertificateImport
{
    QString schoolCode;
    CertificateKind kind = CertificateKind::Unit;
    QString holder;
    SignerPosition position = SignerPosition::None;
    QString path;
};

struct ImportResult
{
    qint64 id = 0;
    // The school's older pending registrations of the same kind (and position) that this one
    // replaced; they are now rejected with the reason "superseded by #id".
    QList<qint64> superseded;
    CertificateView view;
};

// 6.1's decisions are the bulk decider's (DecisionOutcome.h), shared with 6.5.
using CertificateRefusal = Refusal;
using CertificateDecisions = DecisionOutcome;

// 6.1 Duyệt chứng thư số đơn vị: schools register certificates, officers of the school's managing
// unit approve, reject or revoke them. Decisions are first-decision-wins (two officers at once:
// exactly one wins, the other is told who decided and when), and each writes who, when and why
// and an audit event in the same transaction.
class CertificateReview
{
public:
    // Asked before approving a certificate with a failed check; false refuses that one. Called
    // outside any transaction, so a person may take their time to answer.
    using Confirm = std::function<bool(const QString& question)>;

    explicit CertificateReview(ServiceContext& ctx) : m_ctx(ctx) {}

    // A file checked against the store's trust store, for no school (so subject_matches_school is
    // a warning and unique passes). Needs no particular role.
    Result<CertificateView> inspectFile(const QString& path);
    Result<CertificateView> inspect(const QList<crypto::Certificate>& certificates);

    // The school side. A user of that school, an officer of the school's managing unit (on the
    // school's behalf) or an administrator. Nothing is stored when the file is refused.
    Result<ImportResult> importFile(const CertificateImport& request);

    // Officers and viewers see the schools of their unit, school users their own school.
    Result<QList<CertificateView>> list(const CertificateQuery& query);
    // How many registrations of each status the query would list with any status (its status is
    // ignored; statuses with none are absent). Counted by the store, without reading certificates.
    Result<QHash<CertificateStatus, qint64>> countsByStatus(const CertificateQuery& query);
    // The ids and statuses of the registrations the query lists (paging ignored) that a decision
    // can take: pending (approve, reject) and approved (revoke). In the list's order, read without
    // the certificates, so a select-all over a paged list costs ids, not rows.
    Result<QList<QPair<qint64, CertificateStatus>>> decidableIds(const CertificateQuery& query);
    Result<CertificateView> show(qint64 id);
    // Approved registrations within the actor's reach that their CA has revoked since (6.1's
    // banner): the schools behind them cannot send until a new certificate is approved. Counted by
    // the store; the list is list() with status Approved and caRevoked.
    Result<qint64> caRevokedApprovedCount();

    // Decisions go through the one bulk decider (BulkDecider): each id once, in id order, in
    // transactions of at most kBatchSize rows; the outcome is in id order.
    static constexpr int kBatchSize = 500;

    // pending -> approved. `note` is optional (kept as the decision's reason); approving with a
    // failed check asks `confirm` and, when confirmed, records the failed checks.
    Result<CertificateDecisions> approve(const QList<qint64>& ids, const Confirm& confirm, const QString& note = {});
    // pending -> rejected; the reason is required.
    Result<CertificateDecisions> reject(const QList<qint64>& ids, const QString& reason);
    // approved -> revoked (a compromised key, a person who left); the reason is required. The
    // approval's who and when are kept beside the revocation.
    Result<CertificateDecisions> revoke(const QList<qint64>& ids, const QString& reason);

    // For an approval made offline and applied by the sync: the failed checks the officer accepted
    // then. Approving asks no question; it goes ahead when the checks failing now are among these
    // (a CRL that arrived since may add one, and then the approval is refused).
    void setAcceptedFailures(const QStringList& checkNames) { m_acceptedFailures = checkNames; }

private:
    enum class Decision
    {
        Approve,
        Reject,
        Revoke
    };
    Result<CertificateDecisions> decide(Decision decision, const QList<qint64>& ids, const QString& reason,
                                        const Confirm& confirm);
    Status canSee(qint64 schoolId, qint64 unitId) const;
    // The store filter for a query, limited to what the actor may see.
    Result<store::CertificateRepository::Filter> filterFor(const CertificateQuery& query);

    ServiceContext& m_ctx;
    std::optional<QStringList> m_acceptedFailures;
};

} // namespace hocbaso::services
