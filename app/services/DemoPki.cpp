#include "DemoPki.h"

#include "crypto/Cms.h"
#include "store/CertificateRepository.h"
#include "store/TrustRepository.h"

#include <algorithm>
#include <utility>

namespace hocbaso::services {
namespace {

using crypto::CertificateBuilder;
using crypto::KeyUsage;
using crypto::KeyUsageFlag;
using crypto::PrivateKey;
using F = CertificateBuilder::Field;

// The subjects are written country first, as in the DER; the builder takes them in reading order
// (CN first), as they are shown.
QList<F> readingOrder(QList<F> fields)
{
    std::reverse(fields.begin(), fields.end());
    return fields;
}

} // namespace

Result<DemoPki::Authority> DemoPki::makeCa(const Subject& subject, const Authority* parent, const QString& family,
                                           const QDateTime& base)
{
    Authority ca;
    ca.key = PrivateKey::generateEc();
    ca.family = family;
    CertificateBuilder b;
    b.setSubject(readingOrder(subject))
        .setSerial(qint64(m_rng.next() >> 2))
        .setValidity(base.addDays(-3650), base.addDays(3650 * 2))
        .setCa(true, parent ? 0 : 1)
        .setKeyUsage(KeyUsage(KeyUsageFlag::KeyCertSign) | KeyUsageFlag::CrlSign)
        .setPublicKey(ca.key);
    auto cert = parent ? b.sign(parent->key, &parent->cert) : b.sign(ca.key);
    if (!cert)
        return cert.error();
    ca.cert = *cert;
    return ca;
}

Status DemoPki::build(store::TrustRepository& trust, const QDateTime& base)
{
    // Their names say "demo" so nobody mistakes them for the real ones.
    const struct
    {
        Authority* ca;
        const Authority* parent;
        QString organisation;
        QString commonName;
        QString family;
    } authorities[] = {
        {&m_vgcaRoot, nullptr, QStringLiteral("Ban Cơ yếu Chính phủ (demo)"),
         QStringLiteral("Demo RootCA chuyên dùng Chính phủ"), QStringLiteral("vgca")},
        {&m_vgcaSub, &m_vgcaRoot, QStringLiteral("Ban Cơ yếu Chính phủ (demo)"),
         QStringLiteral("Demo CA phục vụ các cơ quan Nhà nước"), QStringLiteral("vgca")},
        {&m_publicRoot, nullptr, QStringLiteral("Bộ Thông tin và Truyền thông (demo)"),
         QStringLiteral("Demo Vietnam National Root CA"), QStringLiteral("public")},
        {&m_publicSub, &m_publicRoot, QStringLiteral("Tập đoàn Bưu chính Viễn thông (demo)"),
         QStringLiteral("Demo VNPT-CA"), QStringLiteral("public")},
    };
    for (const auto& a : authorities) {
        auto ca = makeCa({F{QStringLiteral("C"), QStringLiteral("VN")}, F{QStringLiteral("O"), a.organisation},
                          F{QStringLiteral("CN"), a.commonName}},
                         a.parent, a.family, base);
        if (!ca)
            return ca.error();
        *a.ca = std::move(*ca);
    }
    for (const auto& a : authorities) {
        TrustAnchorRow row;
        row.der = a.ca->cert.der();
        row.sha256 = a.ca->cert.sha256Hex();
        row.subject = a.ca->cert.subject();
        row.family = a.ca->family;
        row.isRoot = a.parent == nullptr;
        row.addedAt = base.addDays(-400);
        row.addedBy = QStringLiteral("system");
        if (auto id = trust.insertAnchor(row); !id)
            return id.error();
    }
    return {};
}

Result<DemoSigner> DemoPki::issue(const Authority& ca, const Subject& subject, const QDateTime& notBefore,
                                  const QDateTime& notAfter, const PrivateKey& key)
{
    DemoSigner s;
    s.key = key.isNull() ? PrivateKey::generateEc() : key;
    CertificateBuilder b;
    b.setSubject(readingOrder(subject))
        .setSerial(qint64(m_rng.next() >> 2))
        .setValidity(notBefore, notAfter)
        .setCa(false)
        .setKeyUsage(KeyUsage(KeyUsageFlag::DigitalSignature) | KeyUsageFlag::NonRepudiation)
        .setPublicKey(s.key);
    auto cert = b.sign(ca.key, &ca.cert);
    if (!cert)
        return cert.error();
    s.cert = *cert;
    return s;
}

DemoPki::Subject DemoPki::sealSubject(const School& school, const QString& unitPlace, const QString& nameOverride)
{
    const QString name = nameOverride.isEmpty() ? school.name : nameOverride;
    return {F{QStringLiteral("C"), QStringLiteral("VN")},
            F{QStringLiteral("ST"), QStringLiteral("Hà Nội")},
            F{QStringLiteral("L"), unitPlace},
            F{QStringLiteral("O"), name},
            F{QStringLiteral("CN"), name},
            F{QStringLiteral("UID"), QStringLiteral("MST:%1").arg(school.taxCode)}};
}

DemoPki::Subject DemoPki::personSubject(const QString& schoolName, const QString& title, const QString& name,
                                        const QString& locality, const QString& uid)
{
    Subject s{F{QStringLiteral("C"), QStringLiteral("VN")}};
    if (!locality.isEmpty())
        s.append(F{QStringLiteral("L"), locality});
    s.append({F{QStringLiteral("O"), schoolName}, F{QStringLiteral("title"), title}, F{QStringLiteral("CN"), name}});
    if (!uid.isEmpty())
        s.append(F{QStringLiteral("UID"), uid});
    return s;
}

Result<QList<Signature>> DemoPki::signRecord(const QByteArray& content, const QDateTime& at, const DemoSigner& teacher,
                                             const DemoSigner& principal, const DemoSigner& seal)
{
    const struct
    {
        SignatureRole role;
        const DemoSigner* signer;
        int minutes;
    } items[] = {{SignatureRole::Teacher, &teacher, 0},
                 {SignatureRole::Principal, &principal, 30},
                 {SignatureRole::Seal, &seal, 31}};
    QList<Signature> signatures;
    for (const auto& item : items) {
        const QDateTime when = at.addSecs(60 * item.minutes);
        auto cms = crypto::signDetached(content, item.signer->cert, item.signer->key, when);
        if (!cms)
            return cms.error();
        Signature s;
        s.role = item.role;
        s.signer = item.signer->name;
        s.certificateId = item.signer->registrationId;
        s.signedAt = when;
        s.cms = *cms;
        signatures.append(s);
    }
    return signatures;
}

} // namespace hocbaso::services
