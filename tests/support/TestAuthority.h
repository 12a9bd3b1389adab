#pragma once

#include "crypto/CertificateBuilder.h"
#include "crypto/PrivateKey.h"

#include <QString>
#include <QStringList>

namespace hocbaso::test {

// A certification authority of the tests' own: a key and its CA certificate (CN given, "Test PKI",
// VN), valid 2015-2045 so that every test clock falls inside, allowed to sign certificates and CRLs.
// A root signs itself; a subordinate is signed by `parent`, path length 0. `crlUrls` are where its
// own revocation is published (the parent's CRL), for tests that fetch them.
struct TestAuthority
{
    crypto::PrivateKey key;
    crypto::Certificate cert;

    static TestAuthority make(const QString& commonName, const TestAuthority* parent = nullptr,
                              const QStringList& crlUrls = {})
    {
        TestAuthority a;
        a.key = crypto::PrivateKey::generateEc();
        crypto::CertificateBuilder b;
        b.setSubject({{QStringLiteral("CN"), commonName},
                      {QStringLiteral("O"), QStringLiteral("Test PKI")},
                      {QStringLiteral("C"), QStringLiteral("VN")}})
            .setValidity(QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC),
                         QDateTime(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC))
            .setCa(true, parent ? 0 : -1)
            .setKeyUsage(crypto::KeyUsageFlag::KeyCertSign | crypto::KeyUsageFlag::CrlSign)
            .setCrlDistributionPoints(crlUrls)
            .setPublicKey(a.key);
        a.cert = (parent ? b.sign(parent->key, &parent->cert) : b.sign(a.key)).value();
        return a;
    }
};

} // namespace hocbaso::test
