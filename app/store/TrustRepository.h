#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace hocbaso::store {

// 6.1's trust store: the CA certificates school certificates must chain to, and the CRLs.
class TrustRepository
{
public:
    explicit TrustRepository(Database& db) : m_db(db) {}
    Result<qint64> insertAnchor(const TrustAnchorRow& a);
    Result<QList<TrustAnchorRow>> anchors();
    Result<bool> hasAnchor(const QString& sha256);

    struct CrlRow
    {
        qint64 id = 0;
        QString issuer;
        QByteArray der;
        QString sha256;
        QDateTime thisUpdate;
        QDateTime nextUpdate;
        int revokedCount = 0;
        QDateTime addedAt;
        QString addedBy;
        QString sourceUrl; // fetched from a distribution point; empty for a file someone loaded
        QDateTime fetchedAt;
    };
    Result<qint64> insertCrl(const CrlRow& c);
    Result<QList<CrlRow>> crls();

    // An OCSP answer as the responder sent it, with what it said (readers verify `der` again).
    struct OcspAnswerRow
    {
        qint64 id = 0;
        qint64 certificateId = 0;
        qint64 schoolId = 0;
        QString url;
        QByteArray der;
        QString status; // good | revoked | unknown
        QDateTime revokedAt;
        QString reason;
        QDateTime thisUpdate;
        QDateTime nextUpdate;
        QDateTime fetchedAt;
        QString fetchedBy;
    };
    Result<qint64> insertOcspAnswer(const OcspAnswerRow& a);
    // The answers about these certificates, newest first per certificate (by thisUpdate); at most
    // `perCertificate` each.
    Result<QList<OcspAnswerRow>> ocspAnswers(const QList<qint64>& certificateIds, int perCertificate = 3);

    // The last attempt at a CRL distribution point or OCSP responder, kept so that a warning can say
    // which sources failed, why and when. Informational: no verdict reads it.
    struct FetchRow
    {
        QString url;
        QString kind; // crl | ocsp
        QDateTime triedAt;
        bool ok = false;
        QString error; // a sentence in the language of whoever tried; empty when ok
        QString triedBy;
    };
    Status recordFetch(const FetchRow& f); // replaces the URL's previous attempt
    Result<QList<FetchRow>> fetches(const QStringList& urls);

    // For 6.1's line about revocation: when the CAs were last asked (any URL), how many URLs failed
    // at their last attempt, and the date of the newest answer kept (a fetched CRL or OCSP answer).
    struct FetchSummary
    {
        QDateTime lastTried;
        int failing = 0;
        QDateTime newestAnswer;
    };
    Result<FetchSummary> fetchSummary();

private:
    Database& m_db;
};

} // namespace hocbaso::store
