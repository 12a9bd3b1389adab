#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

// Internal to app/crypto. OpenSSL types never appear in a header (so no other layer can come to
// depend on them); each .cpp names its handles as Handle<X509, X509_free> after including the
// OpenSSL headers it needs.

namespace hocbaso::crypto::detail {

template <auto FreeFn> struct FreeWith
{
    template <typename T> void operator()(T* p) const noexcept
    {
        if (p)
            FreeFn(p);
    }
};

template <typename T, auto FreeFn> using Handle = std::unique_ptr<T, FreeWith<FreeFn>>;

// OpenSSL keeps a per-thread error queue; a failed parse must not leave entries behind that a
// later, unrelated call would report as its own. Every public entry point holds one of these.
class ErrorQueueGuard
{
public:
    ErrorQueueGuard() = default;
    ~ErrorQueueGuard();
    ErrorQueueGuard(const ErrorQueueGuard&) = delete;
    ErrorQueueGuard& operator=(const ErrorQueueGuard&) = delete;
};

// The oldest queued OpenSSL error as English text, for the rare "internal" messages.
QString openSslErrorText();

// RFC 5280 5.3.1 CRLReason: the name of a code ("keyCompromise"...; the number itself for a code
// RFC 5280 does not define), and the code of a name (case-insensitive; -1 when unknown).
QString crlReasonName(long code);
int crlReasonCode(const QString& name);

inline QString hexLower(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace hocbaso::crypto::detail
