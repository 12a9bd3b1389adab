#include "RevocationAnswers.h"

#include "core/DisplayDates.h"
#include "store/TrustRepository.h"

#include <QCoreApplication>

namespace hocbaso::services {

crypto::Certificate issuerIn(const crypto::Certificate& certificate, const QList<crypto::TrustAnchor>& trust)
{
    // The path the chain check builds names the issuer; it needs no revocation data.
    const crypto::ChainResult path = crypto::verifyChain(certificate, trust, QDateTime(), crypto::LeafValidity::Ignore);
    if (path.chain.size() >= 2)
        return path.chain.at(1);
    return {};
}

QList<crypto::OcspAnswer> verifiedOcspAnswers(store::Database& db, qint64 certificateId,
                                              const crypto::Certificate& certificate,
                                              const QList<crypto::TrustAnchor>& trust)
{
    QList<crypto::OcspAnswer> answers;
    if (certificate.isNull())
        return answers;
    auto rows = store::TrustRepository(db).ocspAnswers({certificateId});
    if (!rows || rows->isEmpty())
        return answers;
    const crypto::Certificate issuer = issuerIn(certificate, trust);
    if (issuer.isNull())
        return answers;
    for (const store::TrustRepository::OcspAnswerRow& row : std::as_const(*rows)) {
        const crypto::OcspVerification v =
            crypto::verifyOcspResponse(row.der, certificate, issuer, trust, row.thisUpdate);
        if (v.ok())
            answers.append(v.answer);
    }
    return answers;
}

QString ageText(const QDateTime& then, const QDateTime& now)
{
    // Counted before the calls: lupdate (Qt 6.4) never ends on a division inside a translate() call.
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    const int days = int(seconds / 86400);
    const int hours = int(seconds / 3600);
    const int minutes = int(std::max<qint64>(1, seconds / 60));
    if (days >= 2)
        return QCoreApplication::translate("hocbaso::services::RevocationAnswers", "%n day(s)", nullptr, days);
    if (hours >= 1)
        return QCoreApplication::translate("hocbaso::services::RevocationAnswers", "%n hour(s)", nullptr, hours);
    return QCoreApplication::translate("hocbaso::services::RevocationAnswers", "%n minute(s)", nullptr, minutes);
}

QStringList crlUrlsOfPath(const crypto::Certificate& certificate, const QList<crypto::Certificate>& path)
{
    QStringList urls = certificate.crlDistributionPoints();
    // The anchor is trusted as it is (RFC 5280 does not check its revocation).
    for (qsizetype i = 1; i + 1 < path.size(); ++i)
        urls += path.at(i).crlDistributionPoints();
    urls.removeDuplicates();
    return urls;
}

QString revocationSourcesNote(store::Database& db, const crypto::Certificate& certificate,
                              const QList<crypto::Certificate>& path, const QList<crypto::Crl>& crls,
                              const QList<crypto::OcspAnswer>& ocspAnswers, const QDateTime& now)
{
    if (certificate.isNull())
        return {};
    QStringList urls = crlUrlsOfPath(certificate, path) + certificate.ocspUrls();
    urls.removeDuplicates();

    QStringList notes;
    if (!urls.isEmpty()) {
        auto tried = store::TrustRepository(db).fetches(urls);
        QStringList failed;
        int asked = 0;
        if (tried) {
            for (const store::TrustRepository::FetchRow& f : std::as_const(*tried)) {
                ++asked;
                if (f.ok)
                    continue;
                // The fetcher's reasons usually name the URL already.
                const QString what = f.error.contains(f.url) ? f.error : QStringLiteral("%1: %2").arg(f.url, f.error);
                failed.append(QCoreApplication::translate("hocbaso::services::RevocationAnswers", "%1 (at %2)")
                                  .arg(what, text::dateTimeText(f.triedAt)));
            }
        }
        if (!failed.isEmpty())
            notes << QCoreApplication::translate("hocbaso::services::RevocationAnswers", "Could not be asked: %1.")
                         .arg(failed.join(QStringLiteral("; ")));
        else if (asked == 0)
            notes << QCoreApplication::translate("hocbaso::services::RevocationAnswers",
                                                 "Its certificate authority has not been asked yet (%1); use "
                                                 "\"Check revocation now\".")
                         .arg(urls.join(QStringLiteral(", ")));
    }

    // The newest answer about the certificate itself, from a CRL that covers it or its responder.
    QDateTime newest;
    for (const crypto::Crl& crl : crls) {
        if (crl.covers(certificate) && (!newest.isValid() || crl.thisUpdate() > newest))
            newest = crl.thisUpdate();
    }
    for (const crypto::OcspAnswer& a : ocspAnswers) {
        if (a.certificate == certificate && (!newest.isValid() || a.thisUpdate > newest))
            newest = a.thisUpdate;
    }
    if (newest.isValid())
        notes << QCoreApplication::translate("hocbaso::services::RevocationAnswers",
                                             "The newest answer at hand is of %1 (%2 old).")
                     .arg(text::dateTimeText(newest), ageText(newest, now));
    else if (!urls.isEmpty())
        notes << QCoreApplication::translate("hocbaso::services::RevocationAnswers", "No answer about it is at hand.");
    return notes.join(QLatin1Char(' '));
}

} // namespace hocbaso::services
