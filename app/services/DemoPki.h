#pragma once

#include "core/Entities.h"
#include "core/Random.h"
#include "core/Result.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/PrivateKey.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hocbaso::store {
class TrustRepository;
}

namespace hocbaso::services {

// A signing certificate and its key as the demo hands them out; registrationId once the store has
// registered the certificate.
struct DemoSigner
{
    crypto::Certificate cert;
    crypto::PrivateKey key;
    QString name;
    qint64 registrationId = 0;
};

// The demo's test PKI: stand-ins for the Government CA (VGCA) and for a licensed public CA under the
// National Root CA, a root and an intermediate each, trusted by the store; and the signing
// certificates they issue to schools' seals and to principals, vice-principals and teachers. Serial
// numbers come from the demo's seeded generator, key material from OpenSSL.
class DemoPki
{
public:
    struct Authority
    {
        crypto::Certificate cert;
        crypto::PrivateKey key;
        QString family;
    };
    // Written country first, as in the DER.
    using Subject = QList<crypto::CertificateBuilder::Field>;

    explicit DemoPki(Random& rng) : m_rng(rng) {}

    // Makes the four authorities, valid around `base` (the demo's "now"), and adds them to the
    // store's trust anchors.
    Status build(store::TrustRepository& trust, const QDateTime& base);
    // The intermediate that issues a school's certificates: the Government CA's for public schools;
    // private schools (and every teacher) use the public CA.
    const Authority& schoolIssuer(Ownership ownership) const
    {
        return ownership == Ownership::Public ? m_vgcaSub : m_publicSub;
    }
    const Authority& teacherIssuer() const { return m_publicSub; }

    // A signing certificate (digital signature, non-repudiation) for a new EC key, or for `key`.
    Result<DemoSigner> issue(const Authority& ca, const Subject& subject, const QDateTime& notBefore,
                             const QDateTime& notAfter, const crypto::PrivateKey& key = {});

    // A school seal's subject, in the school's name or, for a wrong registration, another one.
    static Subject sealSubject(const School& school, const QString& unitPlace, const QString& nameOverride = {});
    // A person's subject at a school; `locality` and `uid` are left out when empty.
    static Subject personSubject(const QString& schoolName, const QString& title, const QString& name,
                                 const QString& locality = {}, const QString& uid = {});

    // A record version's three detached CMS signatures, by the teacher, then (30 and 31 minutes
    // after `at`) the principal and the seal; recordId and version are the caller's to fill.
    static Result<QList<Signature>> signRecord(const QByteArray& content, const QDateTime& at,
                                               const DemoSigner& teacher, const DemoSigner& principal,
                                               const DemoSigner& seal);

private:
    Result<Authority> makeCa(const Subject& subject, const Authority* parent, const QString& family,
                             const QDateTime& base);

    Random& m_rng;
    Authority m_vgcaRoot, m_vgcaSub, m_publicRoot, m_publicSub;
};

} // namespace hocbaso::services
