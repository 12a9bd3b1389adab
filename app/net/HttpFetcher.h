#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace hocbaso::net {

// What one fetch may cost. A CA's CRL runs to a few megabytes and an OCSP answer to a few
// kilobytes; a server that sends more, or keeps the connection open, is cut off.
struct FetchLimits
{
    int timeoutMs = 15000;              // the whole exchange, not only silence between packets
    qint64 maxBytes = 20 * 1024 * 1024; // the body
    int maxRedirects = 3;
};

// Fetches revocation data over HTTP(S) through Qt Network (the system's proxy settings apply).
// Only http and https are fetched, a redirect may only lead to http or https again, and every
// failure is a sentence in the user's language naming the URL: the caller reports it as a
// warning ("could not be reached"), never as an answer. Blocking: it runs its own event loop, so
// call it from a worker thread or the command line, never from the GUI thread.
class HttpFetcher
{
public:
    explicit HttpFetcher(FetchLimits limits = {});
    ~HttpFetcher();
    HttpFetcher(const HttpFetcher&) = delete;
    HttpFetcher& operator=(const HttpFetcher&) = delete;

    // Polled while waiting: returning true stops the fetch (a cancelled refresh).
    void setCancelled(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    Result<QByteArray> get(const QUrl& url);
    // An OCSP request (RFC 6960 appendix A: POST with application/ocsp-request).
    Result<QByteArray> post(const QUrl& url, const QByteArray& body, const QByteArray& contentType);

    // Whether `url` is one this fetcher would try (http or https with a host).
    static bool isFetchable(const QUrl& url);

private:
    Result<QByteArray> exchange(const QUrl& url, const QByteArray* body, const QByteArray& contentType);

    FetchLimits m_limits;
    std::function<bool()> m_cancelled;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace hocbaso::net
