#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hocbaso::crypto {

// Detached CMS SignedData (RFC 5652) over a record's canonical bytes: SHA-256, the signer's
// certificate included, and a signingTime attribute set to the given time (the demo and tests
// sign "in the past"; real signatures come from the schools' tokens).
Result<QByteArray> signDetached(const QByteArray& content, const Certificate& signer, const PrivateKey& key,
                                const QDateTime& signingTime);

struct CmsVerification
{
    bool valid = false;
    // A sentence in the user's language when not valid.
    QString reason;
    // The first signer's certificate, when the signature carries it (also when not valid).
    Certificate signer;
    // UTC; invalid when the signature has no signingTime.
    QDateTime signingTime;
};

// Checks the signature over `content` only. The signer's chain, validity and approval are judged
// elsewhere (CertificateChecks, the approved certificates of the school).
CmsVerification verifyDetached(const QByteArray& cms, const QByteArray& content);

} // namespace hocbaso::crypto
