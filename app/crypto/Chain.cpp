#include "Chain.h"

#include "Support.h"
#include "core/DisplayDates.h"

#include <QCoreApplication>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace hocbaso::crypto {

namespace detail {
// Defined in Certificate.cpp and OpenSslSupport.cpp (no OpenSSL type may appear in a header).
X509* certificateX509(const Certificate& certificate);
Certificate certificateFromX509(X509* borrowed);
QString nameToString(const X509_NAME* name);
QStringList nameFieldValues(const X509_NAME* name, const QString& field);
QDateTime asn1TimeToDateTime(const ASN1_TIME* time);
} // namespace detail

namespace {

// The stack borrows its certificates from the Certificate values, so only the stack is freed.
void freeStackOnly(STACK_OF(X509) * stack)
{
    sk_X509_free(stack);
}

using detail::Handle;
using StorePtr = Handle<X509_STORE, X509_STORE_free>;
using StoreContextPtr = Handle<X509_STORE_CTX, X509_STORE_CTX_free>;
using BorrowedStackPtr = Handle<STACK_OF(X509), freeStackOnly>;

int ignoreLeafValidity(int ok, X509_STORE_CTX* context)
{
    if (ok || X509_STORE_CTX_get_error_depth(context) != 0)
        return ok;
    const int error = X509_STORE_CTX_get_error(context);
    if (error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID) {
        X509_STORE_CTX_set_error(context, X509_V_OK);
        return 1;
    }
    return ok;
}

// What a user recognises a certificate by: its CN, else its whole subject.
QString displayName(const X509_NAME* name)
{
    const QStringList cn = detail::nameFieldValues(name, QStringLiteral("CN"));
    return cn.isEmpty() ? detail::nameToString(name) : cn.first();
}

} // namespace

namespace detail {

// Also used by the path validation (PathValidation.cpp).
void describeChainFailure(ChainResult& result, int error, int depth, X509* current)
{
    const QString name = current ? displayName(X509_get_subject_name(current)) : QString();
    const QString issuerName = current ? displayName(X509_get_issuer_name(current)) : QString();
    using Problem = ChainResult::Problem;
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED: {
        result.problem = Problem::Expired;
        const QString date = text::dayText(detail::asn1TimeToDateTime(X509_get0_notAfter(current)));
        result.error =
            depth == 0
                ? QCoreApplication::translate("hocbaso::crypto::Chain", "The certificate expired on %1.").arg(date)
                : QCoreApplication::translate("hocbaso::crypto::Chain",
                                              "The CA certificate \"%1\" in the chain expired on %2.")
                      .arg(name, date);
        return;
    }
    case X509_V_ERR_CERT_NOT_YET_VALID: {
        result.problem = Problem::NotYetValid;
        const QString date = text::dayText(detail::asn1TimeToDateTime(X509_get0_notBefore(current)));
        result.error =
            depth == 0
                ? QCoreApplication::translate("hocbaso::crypto::Chain", "The certificate is not valid before %1.")
                      .arg(date)
                : QCoreApplication::translate("hocbaso::crypto::Chain",
                                              "The CA certificate \"%1\" in the chain is not valid before %2.")
                      .arg(name, date);
        return;
    }
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        result.problem = Problem::UntrustedRoot;
        result.error = QCoreApplication::translate("hocbaso::crypto::Chain",
                                                   "The certificate is self-signed and is not in the trust store.");
        return;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        result.problem = Problem::UntrustedRoot;
        result.error = QCoreApplication::translate("hocbaso::crypto::Chain",
                                                   "The certificate chains to the root \"%1\", which is not in the "
                                                   "trust store.")
                           .arg(name);
        return;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        result.problem = Problem::IssuerNotFound;
        result.error = QCoreApplication::translate("hocbaso::crypto::Chain",
                                                   "The issuer \"%1\" of \"%2\" is not in the trust store, so the "
                                                   "certificate does not chain to a trusted root.")
                           .arg(issuerName, name);
        return;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        result.problem = Problem::BadSignature;
        result.error = QCoreApplication::translate("hocbaso::crypto::Chain",
                                                   "The signature on \"%1\" does not verify with the key of its "
                                                   "issuer \"%2\": it was altered or issued by another authority.")
                           .arg(name, issuerName);
        return;
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        result.problem = Problem::NotCa;
        result.error = QCoreApplication::translate("hocbaso::crypto::Chain",
                                                   "\"%1\" is not allowed to issue the certificates below it in the "
                                                   "chain.")
                           .arg(name);
        return;
    case X509_V_ERR_NO_EXPLICIT_POLICY:
        result.problem = Problem::Policy;
        result.error = QCoreApplication::translate("hocbaso::crypto::Chain",
                                                   "A certificate of the chain requires an explicit certificate "
                                                   "policy, and no policy is valid along the whole chain.");
        return;
    case X509_V_ERR_INVALID_POLICY_EXTENSION:
        result.problem = Problem::Policy;
        result.error =
            QCoreApplication::translate("hocbaso::crypto::Chain", "The certificate policies of \"%1\" are invalid.")
                .arg(name);
        return;
    default:
        result.problem = Problem::Other;
        result.error =
            QCoreApplication::translate("hocbaso::crypto::Chain", "The certificate chain could not be verified (%1).")
                .arg(QString::fromUtf8(X509_verify_cert_error_string(error)));
        return;
    }
}

} // namespace detail

ChainResult verifyChain(const Certificate& leaf, const QList<TrustAnchor>& anchorsAndIntermediates, const QDateTime& at,
                        LeafValidity leafValidity)
{
    detail::ErrorQueueGuard guard;
    ChainResult result;
    X509* leafX509 = detail::certificateX509(leaf);
    if (!leafX509) {
        result.problem = ChainResult::Problem::Other;
        result.error = QCoreApplication::translate("hocbaso::crypto::Chain", "There is no certificate to check.");
        return result;
    }

    StorePtr store(X509_STORE_new());
    BorrowedStackPtr untrusted(sk_X509_new_null());
    if (!store || !untrusted) {
        result.problem = ChainResult::Problem::Other;
        result.error = detail::openSslErrorText();
        return result;
    }
    for (const TrustAnchor& anchor : anchorsAndIntermediates) {
        X509* x509 = detail::certificateX509(anchor.cert);
        if (!x509)
            continue;
        if (anchor.isRoot)
            X509_STORE_add_cert(store.get(), x509); // takes its own reference
        else
            sk_X509_push(untrusted.get(), x509);
    }

    StoreContextPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), leafX509, untrusted.get()) != 1) {
        result.problem = ChainResult::Problem::Other;
        result.error = detail::openSslErrorText();
        return result;
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(when.toSecsSinceEpoch()));
    // Every certificate the officer marked as trusted is an anchor, even one that is not
    // self-signed (trusting an intermediate CA directly, as RFC 5280 allows).
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    if (leafValidity == LeafValidity::Ignore)
        X509_STORE_CTX_set_verify_cb(context.get(), ignoreLeafValidity);

    const int verified = X509_verify_cert(context.get());

    const STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(context.get());
    for (int i = 0; chain && i < sk_X509_num(chain); ++i)
        result.chain.append(detail::certificateFromX509(sk_X509_value(chain, i)));
    if (!result.chain.isEmpty()) {
        const Certificate& top = result.chain.constLast();
        for (const TrustAnchor& anchor : anchorsAndIntermediates) {
            if (anchor.isRoot && anchor.cert == top) {
                result.family = anchor.family;
                result.testRoot = anchor.test;
                break;
            }
        }
    }

    if (verified == 1) {
        result.ok = true;
        return result;
    }
    detail::describeChainFailure(result, X509_STORE_CTX_get_error(context.get()),
                                 X509_STORE_CTX_get_error_depth(context.get()),
                                 X509_STORE_CTX_get_current_cert(context.get()));
    if (result.problem == ChainResult::Problem::UntrustedRoot ||
        result.problem == ChainResult::Problem::IssuerNotFound) {
        result.family.clear();
        result.testRoot = false;
    }
    return result;
}

} // namespace hocbaso::crypto
