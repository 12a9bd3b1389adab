#pragma once

#include "ServiceContext.h"
#include "crypto/CertificateChecks.h"
#include "store/TrustRepository.h"

#include <QStringList>

namespace hocbaso::services {

// 6.1's trust store: the CA certificates (roots and intermediates, each of a family) that school
// certificates must chain to, and the CRLs that say which of them were revoked.
//
// Families: "vgca" (the Government CA, Ban Cơ yếu Chính phủ), "public" (licensed public CAs under
// the National Root CA) and "test". A family counts literally: a public school's seal must chain to
// a vgca root, a private school's to a vgca or public one, and a test root vouches for no school
// (it exists for rehearsals and `cert inspect`; an officer can still approve such a certificate,
// with an explicit confirmation, because its chain check fails).
class TrustStoreService
{
public:
    explicit TrustStoreService(ServiceContext& ctx) : m_ctx(ctx) {}

    static QStringList families();
    static bool isFamily(const QString& family);
    // The families a school of this ownership may chain to.
    static QStringList allowedFamilies(Ownership ownership);
    // Whether an anchor is a test root (or a test intermediate): of the family "test", or one of the
    // demo's stand-ins for the real CAs, whose names say "(demo)" (DemoPki). The trust list and the
    // chain check mark a chain to it, so that a rehearsal certificate is never taken for a real one.
    static bool isTestAnchor(const TrustAnchorRow& anchor);
    // One of the demo's CAs. Known by name because the trust store has no column for it, and the
    // demo's names are fixed.
    static bool isDemoAuthority(const TrustAnchorRow& anchor);

    struct AnchorAddition
    {
        QList<TrustAnchorRow> added;
        QStringList alreadyPresent; // subjects of certificates of the file that were already trusted
    };
    // Administrators only. Adds the CA certificates of a file (PEM, DER, .cer, .p7b; a bundle may
    // hold a root and its intermediates). A self-signed certificate becomes a root, any other an
    // intermediate. Without a family, an intermediate takes the family of the trusted root it chains
    // to, and anything else is "test" (an unlabelled root never vouches for a school). Refuses the
    // whole file when one of its certificates is not a CA, or when all of them are already trusted.
    Result<AnchorAddition> addAnchorsFromFile(const QString& path, const QString& family = {});
    Result<AnchorAddition> addAnchors(const QList<crypto::Certificate>& certificates, const QString& family = {});
    Result<QList<TrustAnchorRow>> anchors();

    // Administrators and officers (a CRL only narrows trust, and it must be signed by a CA of the
    // trust store). PEM or DER.
    Result<store::TrustRepository::CrlRow> addCrlFromFile(const QString& path);
    // `sourceUrl`: the distribution point it was fetched from (RevocationRefresh), empty for a file.
    Result<store::TrustRepository::CrlRow> addCrl(const crypto::Crl& crl, const QString& sourceUrl = QString());
    Result<QList<store::TrustRepository::CrlRow>> crls();

    // What the certificate checks need from the store: the anchors and CRLs in crypto form and the
    // time of the context's clock. No school: the caller fills allowedFamilies, schoolName and
    // registeredByOtherSchool.
    Result<crypto::CheckContext> checkContext();

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
