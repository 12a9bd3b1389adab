#include "TrustStoreService.h"
#include "store/TrustRepository.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "CaRevocations.h"
#include "core/DisplayDates.h"
#include "crypto/Chain.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace hocbaso::services {
namespace {

// What a person recognises a CA by: its CN, else the whole subject.
QString shownName(const crypto::Certificate& c)
{
    const QString cn = c.subjectField(QStringLiteral("CN"));
    return cn.isEmpty() ? c.subject() : cn;
}

// A CRL can only take trust away, and only if a trusted CA signed it, so an officer may load the
// fresh one the CA publishes without waiting for an administrator.
Status canLoadCrl(const Actor& a)
{
    if (a.system || a.role == Role::Admin || a.role == Role::Officer)
        return {};
    // Named context: lupdate files a QCoreApplication::translate("hocbaso::services::TrustStoreService", ) in a free
    // function under the namespace, not the class.
    return Error::refused(QCoreApplication::translate("hocbaso::services::TrustStoreService",
                                                      "Only an administrator or an officer may load a CRL; %1 is "
                                                      "not one.")
                              .arg(a.username));
}

} // namespace

QStringList TrustStoreService::families()
{
    return {QStringLiteral("vgca"), QStringLiteral("public"), QStringLiteral("test")};
}

bool TrustStoreService::isFamily(const QString& family)
{
    return families().contains(family);
}

QStringList TrustStoreService::allowedFamilies(Ownership ownership)
{
    // DOMAIN.md: public schools seal with the Government CA; private schools may also use the
    // licensed public CAs.
    if (ownership == Ownership::Public)
        return {QStringLiteral("vgca")};
    return {QStringLiteral("vgca"), QStringLiteral("public")};
}

bool TrustStoreService::isTestAnchor(const TrustAnchorRow& anchor)
{
    return anchor.family == QLatin1String("test") || isDemoAuthority(anchor);
}

bool TrustStoreService::isDemoAuthority(const TrustAnchorRow& anchor)
{
    return anchor.subject.contains(QLatin1String("(demo)"));
}

Result<TrustStoreService::AnchorAddition> TrustStoreService::addAnchorsFromFile(const QString& path,
                                                                                const QString& family)
{
    // Permission first: a refused user learns nothing about the file.
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s.error();
    auto certificates = crypto::Certificate::fromFile(path);
    if (!certificates)
        return certificates.error();
    return addAnchors(*certificates, family);
}

Result<TrustStoreService::AnchorAddition> TrustStoreService::addAnchors(const QList<crypto::Certificate>& certificates,
                                                                        const QString& family)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s.error();
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s.error();
    if (!family.isEmpty() && !isFamily(family))
        return Error::invalid(QCoreApplication::translate("hocbaso::services::TrustStoreService",
                                                          "The family must be vgca, public or test; got \"%1\".")
                                  .arg(family));
    if (certificates.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::TrustStoreService", "The file holds no certificate."));
    for (const crypto::Certificate& c : certificates) {
        if (!c.isCa())
            return Error::refused(QCoreApplication::translate(
                                      "hocbaso::services::TrustStoreService",
                                      "\"%1\" is not a CA certificate; only root and intermediate CA certificates "
                                      "can be trusted. Nothing was added.")
                                      .arg(shownName(c)));
    }
    // Roots first, so that an intermediate of the same bundle finds its root's family.
    QList<crypto::Certificate> ordered = certificates;
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const crypto::Certificate& c) { return c.isSelfSigned(); });

    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    auto context = checkContext();
    if (!context)
        return context.error();
    QList<crypto::TrustAnchor> trust = context->trust;
    store::TrustRepository repo(m_ctx.db);
    AnchorAddition result;
    for (const crypto::Certificate& c : std::as_const(ordered)) {
        auto has = repo.hasAnchor(c.sha256Hex());
        if (!has)
            return has.error();
        bool inThisFile = false;
        for (const TrustAnchorRow& a : std::as_const(result.added))
            inThisFile = inThisFile || a.sha256 == c.sha256Hex();
        if (*has || inThisFile) {
            result.alreadyPresent.append(c.subject());
            continue;
        }
        TrustAnchorRow row;
        row.der = c.der();
        row.sha256 = c.sha256Hex();
        row.subject = c.subject();
        row.isRoot = c.isSelfSigned();
        row.family = family;
        if (row.family.isEmpty()) {
            // An intermediate belongs to the family of the root it chains to; anything that cannot
            // show where it comes from gets the family that vouches for no school.
            row.family = QStringLiteral("test");
            if (!row.isRoot) {
                const crypto::ChainResult chain =
                    crypto::verifyChain(c, trust, context->now, crypto::LeafValidity::Ignore);
                if (chain.ok && !chain.family.isEmpty())
                    row.family = chain.family;
            }
        }
        row.addedAt = m_ctx.clock.now();
        row.addedBy = m_ctx.actor.username;
        auto id = repo.insertAnchor(row);
        if (!id)
            return id.error();
        row.id = *id;
        trust.append(crypto::TrustAnchor{c, row.family, row.isRoot, isTestAnchor(row)});
        AuditLog audit(m_ctx);
        if (auto s =
                audit.append(0, QStringLiteral("trust.add"), QStringLiteral("trust_anchor"), QString::number(row.id),
                             QJsonObject{{QStringLiteral("subject"), row.subject},
                                         {QStringLiteral("sha256"), row.sha256},
                                         {QStringLiteral("family"), row.family},
                                         {QStringLiteral("is_root"), row.isRoot}});
            !s)
            return s.error();
        result.added.append(row);
    }
    if (result.added.isEmpty()) {
        if (certificates.size() == 1)
            return Error::conflict(QCoreApplication::translate("hocbaso::services::TrustStoreService",
                                                               "\"%1\" is already in the trust store.")
                                       .arg(shownName(certificates.first())));
        return Error::conflict(QCoreApplication::translate(
            "hocbaso::services::TrustStoreService", "Every certificate of this file is already in the trust store."));
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<QList<TrustAnchorRow>> TrustStoreService::anchors()
{
    return store::TrustRepository(m_ctx.db).anchors();
}

Result<store::TrustRepository::CrlRow> TrustStoreService::addCrlFromFile(const QString& path)
{
    if (auto s = canLoadCrl(m_ctx.actor); !s)
        return s.error();
    auto crl = crypto::Crl::fromFile(path);
    if (!crl)
        return crl.error();
    return addCrl(*crl);
}

Result<store::TrustRepository::CrlRow> TrustStoreService::addCrl(const crypto::Crl& crl, const QString& sourceUrl)
{
    if (auto s = requireOnline(m_ctx); !s)
        return s.error();
    if (auto s = canLoadCrl(m_ctx.actor); !s)
        return s.error();
    if (crl.isNull())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::TrustStoreService", "There is no CRL to add."));
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status().error();
    auto context = checkContext();
    if (!context)
        return context.error();
    if (auto s = crl.verifySignature(context->trust); !s)
        return Error::refused(s.errorString()); // already names the issuer and what to do
    store::TrustRepository repo(m_ctx.db);
    auto existing = repo.crls();
    if (!existing)
        return existing.error();
    for (const store::TrustRepository::CrlRow& r : std::as_const(*existing)) {
        if (r.sha256 == crl.sha256Hex())
            return Error::conflict(QCoreApplication::translate("hocbaso::services::TrustStoreService",
                                                               "This CRL of \"%1\" dated %2 is already loaded.")
                                       .arg(crl.issuer(), text::dayText(crl.thisUpdate())));
    }
    store::TrustRepository::CrlRow row;
    row.issuer = crl.issuer();
    row.der = crl.der();
    row.sha256 = crl.sha256Hex();
    row.thisUpdate = crl.thisUpdate();
    row.nextUpdate = crl.nextUpdate();
    row.revokedCount = int(crl.revokedCount());
    row.addedAt = m_ctx.clock.now();
    row.addedBy = m_ctx.actor.username;
    row.sourceUrl = sourceUrl;
    if (!sourceUrl.isEmpty())
        row.fetchedAt = row.addedAt;
    auto id = repo.insertCrl(row);
    if (!id)
        return id.error();
    row.id = *id;
    AuditLog audit(m_ctx);
    // The trust store's chain (0) is the administrators'; an officer's CRL goes on their unit's.
    const qint64 chain = m_ctx.actor.role == Role::Admin || m_ctx.actor.system ? 0 : m_ctx.actor.unitId;
    QJsonObject detail{{QStringLiteral("issuer"), row.issuer},
                       {QStringLiteral("sha256"), row.sha256},
                       {QStringLiteral("this_update"), row.thisUpdate.toString(Qt::ISODate)},
                       {QStringLiteral("revoked"), row.revokedCount}};
    if (!sourceUrl.isEmpty())
        detail.insert(QStringLiteral("source_url"), sourceUrl);
    if (auto s = audit.append(chain, QStringLiteral("crl.add"), QStringLiteral("crl"), QString::number(row.id), detail);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    // The registrations it revokes carry it from now on (sends stop, 6.1 shows it). The CRL is
    // stored either way: it is the CA's word, whatever recording its consequences met.
    if (auto recorded = CaRevocations(m_ctx).afterCrl(crl); !recorded)
        return recorded.error();
    return row;
}

Result<QList<store::TrustRepository::CrlRow>> TrustStoreService::crls()
{
    auto rows = store::TrustRepository(m_ctx.db).crls();
    if (!rows)
        return rows.error();
    // What is listed is what the bytes say, as the checks read them: a row whose bytes are no CRL
    // (typed in by hand) is used by no check, so it is not listed as if it were one either.
    QList<store::TrustRepository::CrlRow> out;
    out.reserve(rows->size());
    for (store::TrustRepository::CrlRow r : std::as_const(*rows)) {
        auto crl = crypto::Crl::fromBytes(r.der);
        if (!crl)
            continue;
        r.issuer = crl->issuer();
        r.thisUpdate = crl->thisUpdate();
        r.nextUpdate = crl->nextUpdate();
        r.revokedCount = int(crl->revokedCount());
        out.append(std::move(r));
    }
    return out;
}

Result<crypto::CheckContext> TrustStoreService::checkContext()
{
    store::TrustRepository repo(m_ctx.db);
    auto anchorRows = repo.anchors();
    if (!anchorRows)
        return anchorRows.error();
    auto crlRows = repo.crls();
    if (!crlRows)
        return crlRows.error();
    crypto::CheckContext context;
    context.now = m_ctx.clock.now();
    // Rows were parsed when they were added; one that no longer parses (a store edited by hand)
    // simply does not count, and the chain check then says what is missing.
    for (const TrustAnchorRow& a : std::as_const(*anchorRows)) {
        auto c = crypto::Certificate::fromDer(a.der);
        if (c)
            context.trust.append(crypto::TrustAnchor{*c, a.family, a.isRoot, isTestAnchor(a)});
    }
    for (const store::TrustRepository::CrlRow& r : std::as_const(*crlRows)) {
        auto crl = crypto::Crl::fromBytes(r.der);
        if (crl)
            context.crls.append(*crl);
    }
    return context;
}

} // namespace hocbaso::services
