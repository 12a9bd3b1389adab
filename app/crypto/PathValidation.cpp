#include "PathValidation.h"

#include "Support.h"
#include "core/DisplayDates.h"

#include <QCoreApplication>
#include <QHash>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace hocbaso::crypto {

namespace detail {
// Defined in Certificate.cpp, Crl.cpp, Chain.cpp and OpenSslSupport.cpp (no OpenSSL type may
// appear in a header).
X509* certificateX509(const Certificate& certificate);
Certificate certificateFromX509(X509* borrowed);
X509_CRL* crlX509(const Crl& crl);
void describeChainFailure(ChainResult& result, int error, int depth, X509* current);
QString nameToString(const X509_NAME* name);
QStringList nameFieldValues(const X509_NAME* name, const QString& field);
QDateTime asn1TimeToDateTime(const ASN1_TIME* time);
} // namespace detail

namespace {

// The stacks borrow their elements from the Certificate and Crl values, so only stacks are freed.
void freeCertStackOnly(STACK_OF(X509) * stack)
{
    sk_X509_free(stack);
}
void freeCrlStackOnly(STACK_OF(X509_CRL) * stack)
{
    sk_X509_CRL_free(stack);
}

using detail::Handle;
using StorePtr = Handle<X509_STORE, X509_STORE_free>;
using StoreContextPtr = Handle<X509_STORE_CTX, X509_STORE_CTX_free>;
using CertStackPtr = Handle<STACK_OF(X509), freeCertStackOnly>;
using CrlStackPtr = Handle<STACK_OF(X509_CRL), freeCrlStackOnly>;

using CheckCrlFn = int (*)(X509_STORE_CTX*, X509_CRL*);
using CertCrlFn = int (*)(X509_STORE_CTX*, X509_CRL*, X509*);

// OpenSSL's own CRL checks (check_crl: issuer, cRLSign, scope, time, signature; cert_crl: critical
// extensions, the serial lookup). We wrap them only to learn which CRL they are looking at, so
// that an error can be pinned on that CRL; the decisions stay OpenSSL's. A store without hooks
// hands its context the defaults, which is how we get hold of them.
struct DefaultCrlChecks
{
    CheckCrlFn checkCrl = nullptr;
    CertCrlFn certCrl = nullptr;
};

const DefaultCrlChecks& defaultCrlChecks()
{
    static const DefaultCrlChecks defaults = [] {
        DefaultCrlChecks d;
        StorePtr store(X509_STORE_new());
        StoreContextPtr context(X509_STORE_CTX_new());
        if (store && context && X509_STORE_CTX_init(context.get(), store.get(), nullptr, nullptr) == 1) {
            d.checkCrl = X509_STORE_CTX_get_check_crl(context.get());
            d.certCrl = X509_STORE_CTX_get_cert_crl(context.get());
        }
        return d;
    }();
    return defaults;
}

// What one run of the verifier saw, per depth of the chain (0 = leaf).
struct DepthRecord
{
    bool seen = false;             // the revocation check reached this certificate
    bool noCrl = false;            // no CRL in scope was left
    X509_CRL* stale = nullptr;     // the CRL used was past its nextUpdate
    X509_CRL* revokedBy = nullptr; // the CRL (base or delta) that lists it
    QList<X509_CRL*> applied;      // CRLs looked up for its serial, delta first
};

struct Recorder
{
    LeafValidity leafValidity = LeafValidity::Check;
    X509_CRL* checking = nullptr; // inside check_crl
    X509_CRL* applying = nullptr; // inside cert_crl
    QHash<int, DepthRecord> depths;
    // A CRL that must not be used, found in this run; the validation runs again without it.
    X509_CRL* unusable = nullptr;
    int unusableError = X509_V_OK;
    int unusableDepth = -1;
    // The first error of the path itself.
    int pathError = X509_V_OK;
    int pathDepth = -1;
    X509* pathCert = nullptr;
};

Recorder* recorderOf(X509_STORE_CTX* context)
{
    return static_cast<Recorder*>(X509_STORE_CTX_get_ex_data(context, 0));
}

int recordingCheckCrl(X509_STORE_CTX* context, X509_CRL* crl)
{
    Recorder* recorder = recorderOf(context);
    if (!recorder) // the nested verification of an indirect CRL issuer's path
        return defaultCrlChecks().checkCrl(context, crl);
    recorder->checking = crl;
    const int ok = defaultCrlChecks().checkCrl(context, crl);
    recorder->checking = nullptr;
    return ok;
}

int recordingCertCrl(X509_STORE_CTX* context, X509_CRL* crl, X509* certificate)
{
    Recorder* recorder = recorderOf(context);
    if (!recorder)
        return defaultCrlChecks().certCrl(context, crl, certificate);
    recorder->applying = crl;
    const int ok = defaultCrlChecks().certCrl(context, crl, certificate);
    recorder->applying = nullptr;
    if (ok > 0)
        recorder->depths[X509_STORE_CTX_get_error_depth(context)].applied.append(crl);
    return ok;
}

int onVerifyEvent(int ok, X509_STORE_CTX* context)
{
    Recorder* recorder = recorderOf(context);
    if (ok || !recorder)
        return ok;
    const int error = X509_STORE_CTX_get_error(context);
    const int depth = X509_STORE_CTX_get_error_depth(context);
    const STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(context);
    const int anchorDepth = chain ? sk_X509_num(chain) - 1 : -1;
    X509_CRL* crl = recorder->applying ? recorder->applying : recorder->checking;

    if (error == X509_V_ERR_UNABLE_TO_GET_CRL || crl) {
        // OpenSSL 3.0 also checks the anchor when asked to check all; RFC 5280 does not.
        if (depth >= anchorDepth)
            return 1;
        DepthRecord& record = recorder->depths[depth];
        record.seen = true;
        switch (error) {
        case X509_V_ERR_UNABLE_TO_GET_CRL:
            record.noCrl = true;
            return 1;
        case X509_V_ERR_CRL_HAS_EXPIRED:
            // Still read: a revocation it lists stays a fact; not being listed proves nothing now.
            record.stale = crl;
            return 1;
        case X509_V_ERR_CERT_REVOKED:
            record.revokedBy = crl;
            return 1;
        default:
            recorder->unusable = crl;
            recorder->unusableError = error;
            recorder->unusableDepth = depth;
            return 0;
        }
    }
    if (depth == 0 && recorder->leafValidity == LeafValidity::Ignore &&
        (error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID)) {
        X509_STORE_CTX_set_error(context, X509_V_OK);
        return 1;
    }
    if (recorder->pathError == X509_V_OK) {
        recorder->pathError = error;
        recorder->pathDepth = depth;
        recorder->pathCert = X509_STORE_CTX_get_current_cert(context);
    }
    return 0;
}

QString displayName(const X509_NAME* name)
{
    const QStringList cn = detail::nameFieldValues(name, QStringLiteral("CN"));
    return cn.isEmpty() ? detail::nameToString(name) : cn.first();
}

QString crlIssuerName(X509_CRL* crl)
{
    return displayName(X509_CRL_get_issuer(crl));
}

QString crlDate(X509_CRL* crl)
{
    return text::dayText(detail::asn1TimeToDateTime(X509_CRL_get0_lastUpdate(crl)));
}

struct UnusableCrl
{
    X509_CRL* crl = nullptr;
    int error = X509_V_OK;
    int depth = -1;
};

QString unusableText(const UnusableCrl& unusable)
{
    const QString issuer = crlIssuerName(unusable.crl);
    const QString date = crlDate(unusable.crl);
    switch (unusable.error) {
    case X509_V_ERR_KEYUSAGE_NO_CRL_SIGN:
        return QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                           "The CRL of \"%1\" dated %2 was not used: that authority's certificate "
                                           "does not allow it to sign CRLs (no cRLSign).")
            .arg(issuer, date);
    case X509_V_ERR_UNHANDLED_CRITICAL_CRL_EXTENSION:
        return QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                           "The CRL of \"%1\" dated %2 was not used: it carries a critical "
                                           "extension this program does not understand.")
            .arg(issuer, date);
    case X509_V_ERR_DIFFERENT_CRL_SCOPE:
        return QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                           "The CRL of \"%1\" dated %2 was not used: its scope (issuing "
                                           "distribution point) does not cover this certificate.")
            .arg(issuer, date);
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
        return QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                           "The CRL of \"%1\" dated %2 was not used: its signature does not verify "
                                           "with that authority's key, so it was altered or forged.")
            .arg(issuer, date);
    case X509_V_ERR_CRL_NOT_YET_VALID:
        return QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                           "The CRL of \"%1\" dated %2 was not used: it is dated in the future.")
            .arg(issuer, date);
    default:
        return QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                           "The CRL of \"%1\" dated %2 was not used (%3).")
            .arg(issuer, date, QString::fromUtf8(X509_verify_cert_error_string(unusable.error)));
    }
}

// One run of OpenSSL's verifier over the CRLs still in play.
void runVerifier(Recorder& recorder, ChainResult& path, X509_STORE* store, X509* leaf, STACK_OF(X509) * untrusted,
                 const QList<X509_CRL*>& crls, const QDateTime& at)
{
    path = ChainResult();
    CrlStackPtr crlStack(sk_X509_CRL_new_null());
    StoreContextPtr context(X509_STORE_CTX_new());
    if (!crlStack || !context || X509_STORE_CTX_init(context.get(), store, leaf, untrusted) != 1) {
        path.problem = ChainResult::Problem::Other;
        path.error = detail::openSslErrorText();
        return;
    }
    for (X509_CRL* crl : crls)
        sk_X509_CRL_push(crlStack.get(), crl);
    X509_STORE_CTX_set0_crls(context.get(), crlStack.get());
    X509_STORE_CTX_set_ex_data(context.get(), 0, &recorder);
    X509_STORE_CTX_set_verify_cb(context.get(), onVerifyEvent);
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(at.toSecsSinceEpoch()));
    // PARTIAL_CHAIN: every certificate the officer trusts is an anchor (see verifyChain).
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL |
                                           X509_V_FLAG_EXTENDED_CRL_SUPPORT | X509_V_FLAG_USE_DELTAS |
                                           X509_V_FLAG_POLICY_CHECK);
    // RFC 5280's default user-initial-policy-set is any-policy. OpenSSL 3.0 takes "none given" as
    // an empty set, which fails every path whose certificates require an explicit policy; so
    // any-policy is given by name.
    ASN1_OBJECT* anyPolicy = OBJ_nid2obj(NID_any_policy);
    if (!anyPolicy || X509_VERIFY_PARAM_add0_policy(param, OBJ_dup(anyPolicy)) != 1) {
        path.problem = ChainResult::Problem::Other;
        path.error = detail::openSslErrorText();
        return;
    }

    const int verified = X509_verify_cert(context.get());

    const STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(context.get());
    for (int i = 0; chain && i < sk_X509_num(chain); ++i)
        path.chain.append(detail::certificateFromX509(sk_X509_value(chain, i)));
    if (recorder.unusable)
        return;
    if (verified == 1 && recorder.pathError == X509_V_OK) {
        path.ok = true;
        return;
    }
    const int error = recorder.pathError != X509_V_OK ? recorder.pathError : X509_STORE_CTX_get_error(context.get());
    detail::describeChainFailure(
        path, error == X509_V_OK ? X509_V_ERR_UNSPECIFIED : error,
        recorder.pathError != X509_V_OK ? recorder.pathDepth : X509_STORE_CTX_get_error_depth(context.get()),
        recorder.pathError != X509_V_OK ? recorder.pathCert : X509_STORE_CTX_get_current_cert(context.get()));
}

const OcspAnswer* answerFor(const QList<OcspAnswer>& answers, const Certificate& certificate)
{
    const OcspAnswer* best = nullptr;
    for (const OcspAnswer& answer : answers) {
        if (answer.certificate == certificate && (!best || answer.thisUpdate > best->thisUpdate))
            best = &answer;
    }
    return best;
}

QString revokedText(const RevocationState& state)
{
    const QString date = text::dayText(state.revokedAt);
    if (state.source == RevocationState::Source::Ocsp)
        return state.reason.isEmpty()
                   ? QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                                 "Revoked on %1, according to the OCSP responder \"%2\".")
                         .arg(date, state.authority)
                   : QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                                 "Revoked on %1 (%2), according to the OCSP responder \"%3\".")
                         .arg(date, state.reason, state.authority);
    return state.reason.isEmpty()
               ? QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                             "Revoked on %1, according to the CRL of \"%2\" dated %3.")
                     .arg(date, state.authority, text::dayText(state.answerDate))
               : QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                             "Revoked on %1 (%2), according to the CRL of \"%3\" dated %4.")
                     .arg(date, state.reason, state.authority, text::dayText(state.answerDate));
}

// The state of the certificate at `depth` from what the verifier saw and the OCSP answers.
RevocationState stateOf(const Certificate& certificate, int depth, const DepthRecord& record,
                        const QList<UnusableCrl>& unusable, const OcspAnswer* ocsp, const QDateTime& at)
{
    RevocationState state;
    state.certificate = certificate;
    X509* x509 = detail::certificateX509(certificate);
    const QString issuerName = displayName(X509_get_issuer_name(x509));
    QStringList notes;

    if (record.revokedBy) {
        X509_REVOKED* entry = nullptr;
        X509_CRL_get0_by_cert(record.revokedBy, &entry, x509);
        state.status = RevocationState::Status::Revoked;
        state.source = RevocationState::Source::Crl;
        state.authority = crlIssuerName(record.revokedBy);
        state.answerDate = detail::asn1TimeToDateTime(X509_CRL_get0_lastUpdate(record.revokedBy));
        state.answerNextUpdate = detail::asn1TimeToDateTime(X509_CRL_get0_nextUpdate(record.revokedBy));
        if (entry) {
            state.revokedAt = detail::asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(entry));
            int critical = 0;
            auto* reason =
                static_cast<ASN1_ENUMERATED*>(X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, &critical, nullptr));
            if (reason) {
                state.reason = detail::crlReasonName(ASN1_ENUMERATED_get(reason));
                ASN1_ENUMERATED_free(reason);
            }
        }
        state.detail = revokedText(state);
        return state;
    }
    if (ocsp && ocsp->status == OcspAnswer::Status::Revoked) {
        state.status = RevocationState::Status::Revoked;
        state.source = RevocationState::Source::Ocsp;
        state.authority = ocsp->responder;
        state.revokedAt = ocsp->revokedAt;
        state.reason = ocsp->reason;
        state.answerDate = ocsp->thisUpdate;
        state.answerNextUpdate = ocsp->nextUpdate;
        state.detail = revokedText(state);
        return state;
    }

    X509_CRL* used = record.applied.isEmpty() ? nullptr : record.applied.constLast(); // the full CRL
    if (used && !record.stale) {
        state.status = RevocationState::Status::Good;
        state.source = RevocationState::Source::Crl;
        state.authority = crlIssuerName(used);
        state.answerDate = detail::asn1TimeToDateTime(X509_CRL_get0_lastUpdate(used));
        state.answerNextUpdate = detail::asn1TimeToDateTime(X509_CRL_get0_nextUpdate(used));
        state.detail = QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                                   "Not revoked, according to the CRL of \"%1\" dated %2.")
                           .arg(state.authority, text::dayText(state.answerDate));
        return state;
    }
    if (ocsp && ocsp->status == OcspAnswer::Status::Good && ocsp->isFreshAt(at)) {
        state.status = RevocationState::Status::Good;
        state.source = RevocationState::Source::Ocsp;
        state.authority = ocsp->responder;
        state.answerDate = ocsp->thisUpdate;
        state.answerNextUpdate = ocsp->nextUpdate;
        state.detail = QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                                   "Not revoked, according to the OCSP responder \"%1\" (answer of "
                                                   "%2).")
                           .arg(state.authority, text::dateTimeText(state.answerDate));
        return state;
    }

    state.status = RevocationState::Status::Unknown;
    if (record.stale) {
        state.source = RevocationState::Source::Crl;
        state.authority = crlIssuerName(record.stale);
        state.answerDate = detail::asn1TimeToDateTime(X509_CRL_get0_lastUpdate(record.stale));
        state.answerNextUpdate = detail::asn1TimeToDateTime(X509_CRL_get0_nextUpdate(record.stale));
        notes << QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                             "It is not on the CRL of \"%1\" dated %2, but that CRL was due for "
                                             "renewal on %3; a newer one is needed.")
                     .arg(state.authority, text::dayText(state.answerDate), text::dayText(state.answerNextUpdate));
    } else if (record.seen || record.noCrl) {
        notes << QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                             "No usable CRL of \"%1\" is at hand, so its revocation could not be "
                                             "checked.")
                     .arg(issuerName);
    } else {
        notes << QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                             "Its revocation was not checked, because the certification path is "
                                             "not valid.");
    }
    for (const UnusableCrl& u : unusable) {
        if (u.depth == depth)
            notes << unusableText(u);
    }
    if (ocsp && ocsp->status == OcspAnswer::Status::Unknown)
        notes << QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                             "The OCSP responder \"%1\" does not know this certificate.")
                     .arg(ocsp->responder);
    else if (ocsp && ocsp->status == OcspAnswer::Status::Good)
        notes << QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                             "The last OCSP answer from \"%1\", of %2, is out of date.")
                     .arg(ocsp->responder, text::dateTimeText(ocsp->thisUpdate));
    state.detail = notes.join(QLatin1Char(' '));
    return state;
}

} // namespace

PathValidation::Verdict PathValidation::verdict() const
{
    if (!path.ok || firstRevoked())
        return Verdict::Fail;
    return firstUnknown() ? Verdict::Warning : Verdict::Pass;
}

const RevocationState* PathValidation::firstRevoked() const
{
    for (const RevocationState& state : revocation) {
        if (state.status == RevocationState::Status::Revoked)
            return &state;
    }
    return nullptr;
}

const RevocationState* PathValidation::firstUnknown() const
{
    for (const RevocationState& state : revocation) {
        if (state.status == RevocationState::Status::Unknown)
            return &state;
    }
    return nullptr;
}

PathValidation validatePath(const Certificate& leaf, const QList<TrustAnchor>& anchorsAndIntermediates,
                            const QList<Crl>& crls, const QList<OcspAnswer>& ocspAnswers, const QDateTime& at,
                            LeafValidity leafValidity)
{
    detail::ErrorQueueGuard guard;
    PathValidation result;
    X509* leafX509 = detail::certificateX509(leaf);
    const DefaultCrlChecks& defaults = defaultCrlChecks();
    StorePtr store(X509_STORE_new());
    CertStackPtr untrusted(sk_X509_new_null());
    if (!leafX509 || !defaults.checkCrl || !defaults.certCrl || !store || !untrusted) {
        result.path.problem = ChainResult::Problem::Other;
        result.path.error =
            leafX509 ? detail::openSslErrorText()
                     : QCoreApplication::translate("hocbaso::crypto::Chain", "There is no certificate to check.");
        return result;
    }
    for (const TrustAnchor& anchor : anchorsAndIntermediates) {
        X509* x509 = detail::certificateX509(anchor.cert);
        if (!x509)
            continue;
        if (anchor.isRoot)
            X509_STORE_add_cert(store.get(), x509);
        else
            sk_X509_push(untrusted.get(), x509);
    }
    X509_STORE_set_check_crl(store.get(), recordingCheckCrl);
    X509_STORE_set_cert_crl(store.get(), recordingCertCrl);
    const QDateTime when = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();

    QList<X509_CRL*> inPlay;
    for (const Crl& crl : crls) {
        if (X509_CRL* x = detail::crlX509(crl))
            inPlay.append(x);
    }
    // Each run either finishes or names one CRL that must not be used; without it the next run
    // may pick another CRL of the same authority or find none.
    QList<UnusableCrl> unusable;
    Recorder recorder;
    for (qsizetype round = 0; round <= crls.size(); ++round) {
        recorder = Recorder();
        recorder.leafValidity = leafValidity;
        runVerifier(recorder, result.path, store.get(), leafX509, untrusted.get(), inPlay, when);
        if (!recorder.unusable)
            break;
        unusable.append({recorder.unusable, recorder.unusableError, recorder.unusableDepth});
        inPlay.removeAll(recorder.unusable);
    }

    if (!result.path.chain.isEmpty()) {
        const Certificate& top = result.path.chain.constLast();
        for (const TrustAnchor& anchor : anchorsAndIntermediates) {
            if (anchor.isRoot && anchor.cert == top) {
                result.path.family = anchor.family;
                result.path.testRoot = anchor.test;
                break;
            }
        }
    }
    using Problem = ChainResult::Problem;
    if (result.path.problem == Problem::UntrustedRoot || result.path.problem == Problem::IssuerNotFound) {
        result.path.family.clear();
        result.path.testRoot = false;
    }

    const qsizetype count = result.path.chain.size();
    const bool anchored = !result.path.family.isEmpty() || result.path.ok;
    for (qsizetype depth = 0; depth < count; ++depth) {
        const Certificate& certificate = result.path.chain.at(depth);
        if (anchored && depth == count - 1) {
            RevocationState anchor;
            anchor.certificate = certificate;
            anchor.status = RevocationState::Status::TrustAnchor;
            anchor.detail = QCoreApplication::translate("hocbaso::crypto::PathValidation",
                                                        "A trust anchor: trusted as it is, so its revocation is not "
                                                        "checked.");
            result.revocation.append(anchor);
            continue;
        }
        result.revocation.append(stateOf(certificate, int(depth), recorder.depths.value(int(depth)), unusable,
                                         answerFor(ocspAnswers, certificate), when));
    }
    return result;
}

} // namespace hocbaso::crypto
