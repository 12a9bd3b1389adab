#include "Cms.h"

#include "Support.h"

#include <QCoreApplication>

#include <limits>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace hocbaso::crypto {

namespace detail {
// Defined in Certificate.cpp, PrivateKey.cpp and OpenSslSupport.cpp (no OpenSSL type may appear
// in a header).
X509* certificateX509(const Certificate& certificate);
Certificate certificateFromX509(X509* borrowed);
EVP_PKEY* privateKeyEvp(const PrivateKey& key);
ASN1_TIME* newAsn1Time(const QDateTime& at);
QDateTime asn1TimeToDateTime(const ASN1_TIME* time);
} // namespace detail

namespace {

void freeBytes(unsigned char* p)
{
    OPENSSL_free(p);
}

using detail::Handle;
using CmsPtr = Handle<CMS_ContentInfo, CMS_ContentInfo_free>;
using BioPtr = Handle<BIO, BIO_free>;
using TimePtr = Handle<ASN1_TIME, ASN1_TIME_free>;

// CMS_BINARY: the record bytes are signed exactly as given (no MIME line-ending translation).
constexpr unsigned int kSignFlags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
constexpr unsigned int kVerifyFlags = CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY;

BioPtr readOnlyBio(const QByteArray& bytes)
{
    // BIO_new_mem_buf does not copy; `bytes` outlives the BIO in every caller.
    return BioPtr(BIO_new_mem_buf(bytes.isEmpty() ? "" : bytes.constData(), int(bytes.size())));
}

CmsVerification invalid(QString reason)
{
    CmsVerification out;
    out.reason = std::move(reason);
    return out;
}

} // namespace

Result<QByteArray> signDetached(const QByteArray& content, const Certificate& signer, const PrivateKey& key,
                                const QDateTime& signingTime)
{
    detail::ErrorQueueGuard guard;
    X509* signerX509 = detail::certificateX509(signer);
    EVP_PKEY* signerKey = detail::privateKeyEvp(key);
    if (!signerX509 || !signerKey)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::crypto::Cms", "A signature needs the signer's certificate and key."));
    if (X509_check_private_key(signerX509, signerKey) != 1)
        return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Cms",
                                                          "The key does not belong to the signer's certificate."));
    // OpenSSL 3.0's CMS cannot sign with EdDSA (RFC 8419 support came later); the tokens in use
    // hold RSA or EC keys.
    const int keyType = EVP_PKEY_get_base_id(signerKey);
    if (keyType == EVP_PKEY_ED25519 || keyType == EVP_PKEY_ED448)
        return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Cms",
                                                          "Ed25519 and Ed448 keys cannot make CMS signatures here; "
                                                          "use an RSA or EC key."));
    if (content.size() > std::numeric_limits<int>::max())
        return Error::invalid(QCoreApplication::translate("hocbaso::crypto::Cms", "The content is too large to sign."));

    // CMS_PARTIAL leaves the SignerInfo unsigned, so that our signingTime goes in before
    // CMS_final (which would otherwise add the current time).
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, kSignFlags));
    if (!cms)
        return Error::internal(detail::openSslErrorText());
    CMS_SignerInfo* signerInfo = CMS_add1_signer(cms.get(), signerX509, signerKey, EVP_sha256(), kSignFlags);
    const QDateTime when = signingTime.isValid() ? signingTime : QDateTime::currentDateTimeUtc();
    TimePtr time(detail::newAsn1Time(when));
    if (!signerInfo || !time ||
        CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_signingTime, ASN1_STRING_type(time.get()), time.get(), -1) !=
            1)
        return Error::internal(detail::openSslErrorText());
    BioPtr data = readOnlyBio(content);
    if (!data || CMS_final(cms.get(), data.get(), nullptr, kSignFlags & ~CMS_PARTIAL) != 1)
        return Error::internal(detail::openSslErrorText());

    unsigned char* out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &out);
    if (length <= 0)
        return Error::internal(detail::openSslErrorText());
    Handle<unsigned char, freeBytes> owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), length);
}

CmsVerification verifyDetached(const QByteArray& cmsDer, const QByteArray& content)
{
    detail::ErrorQueueGuard guard;
    const auto* p = reinterpret_cast<const unsigned char*>(cmsDer.constData());
    CmsPtr cms(cmsDer.isEmpty() ? nullptr : d2i_CMS_ContentInfo(nullptr, &p, long(cmsDer.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return invalid(QCoreApplication::translate("hocbaso::crypto::Cms", "The data is not a CMS signature."));
    if (!CMS_is_detached(cms.get()))
        return invalid(QCoreApplication::translate("hocbaso::crypto::Cms",
                                                   "The signature carries its own content instead of signing the "
                                                   "record."));
    STACK_OF(CMS_SignerInfo)* signerInfos = CMS_get0_SignerInfos(cms.get());
    if (!signerInfos || sk_CMS_SignerInfo_num(signerInfos) == 0)
        return invalid(QCoreApplication::translate("hocbaso::crypto::Cms", "The signature has no signer."));

    CmsVerification result;
    // Matches each SignerInfo with its certificate among those the signature carries, so the
    // signer is known even when the signature turns out to be invalid.
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    CMS_SignerInfo* first = sk_CMS_SignerInfo_value(signerInfos, 0);
    X509* signerX509 = nullptr;
    CMS_SignerInfo_get0_algs(first, nullptr, &signerX509, nullptr, nullptr);
    result.signer = detail::certificateFromX509(signerX509);
    const int timeIndex = CMS_signed_get_attr_by_NID(first, NID_pkcs9_signingTime, -1);
    if (timeIndex >= 0) {
        X509_ATTRIBUTE* attribute = CMS_signed_get_attr(first, timeIndex);
        const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
        if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME))
            result.signingTime = detail::asn1TimeToDateTime(value->value.utctime);
    }
    if (result.signer.isNull()) {
        result.reason = QCoreApplication::translate("hocbaso::crypto::Cms",
                                                    "The signature does not carry the signer's certificate.");
        return result;
    }
    ERR_clear_error();

    BioPtr data = readOnlyBio(content);
    if (CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr, kVerifyFlags) == 1) {
        result.valid = true;
        return result;
    }
    const unsigned long error = ERR_peek_last_error();
    if (ERR_GET_LIB(error) == ERR_LIB_CMS && ERR_GET_REASON(error) == CMS_R_CONTENT_VERIFY_ERROR)
        result.reason = QCoreApplication::translate("hocbaso::crypto::Cms", "The content was changed after signing.");
    else if (ERR_GET_LIB(error) == ERR_LIB_CMS && ERR_GET_REASON(error) == CMS_R_VERIFICATION_FAILURE)
        result.reason = QCoreApplication::translate("hocbaso::crypto::Cms",
                                                    "The signature does not verify with the signer's key: it was "
                                                    "altered or made with another key.");
    else
        result.reason = QCoreApplication::translate("hocbaso::crypto::Cms", "The signature is not valid (%1).")
                            .arg(detail::openSslErrorText());
    return result;
}

} // namespace hocbaso::crypto
