#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace hocbaso::store {

// Certificate registrations of schools (6.1). The trust store is TrustRepository's.
class CertificateRepository
{
public:
    struct Filter
    {
        std::optional<CertificateStatus> status;
        qint64 schoolId = 0;
        qint64 unitId = 0;
        std::optional<CertificateKind> kind;
        // Only registrations their CA revoked (ca_revoked_at set), whatever the unit decided.
        bool caRevoked = false;
        // Only certificates whose validity ends within [notAfterFrom, notAfterUntil] (either
        // bound null: open on that side): the ones about to expire.
        QDateTime notAfterFrom;
        QDateTime notAfterUntil;
        // Folded words (text::fold, text::queryWords): each must begin a word of the school's name
        // or begin its code.
        QStringList schoolWords;
    };
    // Keyset paging of reviewRows() in its order (the school's name_sort, then id): at most
    // `limit` rows (0: all of them) after the row with this school sort key and id (none when
    // afterSchoolSort is null). A row decided or added between two pages neither repeats nor
    // pushes another out, as an OFFSET would.
    struct Page
    {
        int limit = 0;
        QString afterSchoolSort;
        qint64 afterId = 0;
    };

    explicit CertificateRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const CertificateRegistration& c);
    Result<std::optional<CertificateRegistration>> byId(qint64 id);
    Result<QList<CertificateRegistration>> list(const Filter& filter);
    // Other schools with a live registration of the same certificate (the "unique" check), as
    // name and code. In the central store this looks beyond the rows the person may see.
    struct OtherSchool
    {
        QString code;
        QString name;
    };
    Result<QList<OtherSchool>> schoolsWithSha256(const QString& sha256, qint64 exceptSchoolId);
    // Records a decision only if the row is still in one of `from` (the domain's statusesBefore):
    // first decision wins. False when someone else decided first.
    Result<bool> decide(qint64 id, const QList<CertificateStatus>& from, CertificateStatus to, const QDateTime& at,
                        const QString& by, const QString& reason);
    Result<bool> decide(qint64 id, CertificateStatus from, CertificateStatus to, const QDateTime& at, const QString& by,
                        const QString& reason)
    {
        return decide(id, QList<CertificateStatus>{from}, to, at, by, reason);
    }
    Status markSuperseded(qint64 id, qint64 byId, const QDateTime& at, const QString& reason);
    Result<qint64> count();
    // Registrations per status for the filter (its status ignored); statuses with none are absent.
    Result<QHash<CertificateStatus, qint64>> countsByStatus(const Filter& filter);

    // A registration with what reviewing it needs: its school, and its revocation, which is kept
    // apart from the approval (decided_*) so that "approved when it signed" survives it.
    struct ReviewRow
    {
        CertificateRegistration registration;
        QString schoolCode;
        QString schoolName;
        QString schoolSort; // the school's name_sort: the list's key with the id
        qint64 unitId = 0;
        Ownership ownership = Ownership::Public;
        QDateTime revokedAt;
        QString revokedBy;
        QString revocationReason;
        // The deciders' display names, empty when the account is not a user the reader may see.
        QString decidedByName;
        QString revokedByName;
    };
    Result<std::optional<ReviewRow>> reviewRow(qint64 id);
    Result<QList<ReviewRow>> reviewRows(const Filter& filter);
    Result<QList<ReviewRow>> reviewRows(const Filter& filter, const Page& page);
    // The ids and statuses of the rows reviewRows() lists whose status is one of `statuses`, in
    // its order, without reading the certificates (a select-all over a paged list).
    Result<QList<QPair<qint64, CertificateStatus>>> idsWithStatus(const Filter& filter,
                                                                  const QList<CertificateStatus>& statuses);
    // -> revoked, only if the row is still in one of `from` (the domain's statusesBefore(Revoked):
    // first decision wins); the approval's who and when stay. False when it was not any more.
    Result<bool> revoke(qint64 id, const QList<CertificateStatus>& from, const QDateTime& at, const QString& by,
                        const QString& reason);
    // The school's pending or approved registration of this certificate, 0 when none.
    Result<qint64> liveRegistration(qint64 schoolId, const QString& sha256);

    // The CA's revocation of a registration, as a verified CRL or OCSP answer told it.
    struct CaRevocation
    {
        QDateTime revokedAt; // the CA's date
        QString reason;      // RFC 5280 name, empty when the CA gave none
        QString source;      // the CRL's issuer or the OCSP responder
        QDateTime seenAt;    // when the store learnt it
    };
    // Records it once: false when the row already carries one (a CA revocation is final, and the
    // first one learnt stays) or is gone.
    Result<bool> markCaRevoked(qint64 id, const CaRevocation& revocation);
    // Registrations the filter lists (its fields as in reviewRows), counted without reading them.
    Result<qint64> countMatching(const Filter& filter);
    // Pending and approved registrations of the filter not yet known as revoked by their CA whose
    // issuer (the one-line name) is one of `issuers`: what a new CRL of those issuers may revoke.
    Result<QList<qint64>> liveIdsIssuedBy(const Filter& filter, const QStringList& issuers);

private:
    Database& m_db;
};

} // namespace hocbaso::store
