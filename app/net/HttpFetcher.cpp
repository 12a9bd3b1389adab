#include "HttpFetcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace hocbaso::net {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hocbaso::net::HttpFetcher", text);
}

bool isHttp(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

// How often a waiting fetch looks at the caller's cancel flag.
constexpr int kCancelPollMs = 100;

} // namespace

HttpFetcher::HttpFetcher(FetchLimits limits) : m_limits(limits)
{
    // The offices sit behind their province's proxy more often than not; Qt reads it from the
    // system (environment variables on Linux, the registry on Windows). A process-wide setting,
    // made once (fetchers live on several worker threads).
    static const bool systemProxy = [] {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return true;
    }();
    Q_UNUSED(systemProxy);
}

HttpFetcher::~HttpFetcher() = default;

bool HttpFetcher::isFetchable(const QUrl& url)
{
    return url.isValid() && isHttp(url);
}

Result<QByteArray> HttpFetcher::get(const QUrl& url)
{
    return exchange(url, nullptr, {});
}

Result<QByteArray> HttpFetcher::post(const QUrl& url, const QByteArray& body, const QByteArray& contentType)
{
    return exchange(url, &body, contentType);
}

Result<QByteArray> HttpFetcher::exchange(const QUrl& url, const QByteArray* body, const QByteArray& contentType)
{
    const QString shown = url.toDisplayString();
    if (!isFetchable(url))
        return Error::invalid(tr("%1 was not fetched: only http and https addresses are fetched.").arg(shown));
    // Made on first use, on the thread that fetches: a QNetworkAccessManager belongs to its thread.
    if (!m_manager)
        m_manager = std::make_unique<QNetworkAccessManager>();

    QNetworkRequest request(url);
    // Every redirect is looked at below: only to http or https, and only a few.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    // Revocation data must be fresh: no HTTP cache in between.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Cache-Control", "no-cache");
    request.setTransferTimeout(m_limits.timeoutMs);
    QPointer<QNetworkReply> reply;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        reply = m_manager->post(request, *body);
    } else {
        reply = m_manager->get(request);
    }

    QByteArray data;
    std::optional<Error> failure;
    QEventLoop loop;
    // The receiver of every connection below: they refer to this function's locals, so they end
    // with it even though the reply itself is deleted later.
    QObject context;
    const auto stop = [&](Error e) {
        if (!failure)
            failure = std::move(e);
        if (reply)
            reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::redirected, &context, [&](const QUrl& target) {
        if (!isHttp(target)) {
            stop(Error::refused(tr("%1 redirects to %2, which is not an http or https address; it was not followed.")
                                    .arg(shown, target.toDisplayString())));
            return;
        }
        Q_EMIT reply->redirectAllowed();
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &context, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxBytes)
            stop(Error::refused(tr("%1 announces %L2 bytes, more than the %L3 bytes accepted.")
                                    .arg(shown)
                                    .arg(length.toLongLong())
                                    .arg(m_limits.maxBytes)));
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &context, [&] {
        data += reply->readAll();
        if (data.size() > m_limits.maxBytes)
            stop(Error::refused(tr("%1 sent more than the %L2 bytes accepted; the rest was not read.")
                                    .arg(shown)
                                    .arg(m_limits.maxBytes)));
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);

    // The transfer timeout above only notices silence; a server that drips a byte a second is cut
    // off by this deadline on the whole exchange.
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer poll;
    poll.setInterval(kCancelPollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancelled && m_cancelled())
            stop(Error::refused(tr("Fetching %1 was cancelled.").arg(shown)));
        else if (elapsed.elapsed() > m_limits.timeoutMs)
            stop(Error::storage(
                tr("%1 did not answer within %2 seconds.").arg(shown).arg(m_limits.timeoutMs / 1000.0, 0, 'f', 0)));
    });
    poll.start();
    if (reply && !reply->isFinished())
        loop.exec();
    poll.stop();

    if (!reply)
        return Error::internal(tr("Fetching %1 ended without an answer.").arg(shown));
    reply->deleteLater();
    if (failure)
        return *failure;
    if (reply->isOpen())
        data += reply->readAll();
    if (data.size() > m_limits.maxBytes)
        return Error::refused(
            tr("%1 sent more than the %L2 bytes accepted; the rest was not read.").arg(shown).arg(m_limits.maxBytes));
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        return Error::storage(
            tr("%1 did not answer within %2 seconds.").arg(shown).arg(m_limits.timeoutMs / 1000.0, 0, 'f', 0));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return Error::storage(tr("%1 could not be reached: %2").arg(shown, reply->errorString()));
    // Qt itself stops at a redirect to a scheme it will not follow (file:, ftp:), with the 3xx.
    if (const QUrl target = QUrl::fromEncoded(reply->rawHeader("Location"));
        status >= 300 && status < 400 && target.isValid() && !target.isEmpty())
        return Error::refused(tr("%1 redirects to %2, which is not an http or https address; it was not followed.")
                                  .arg(shown, url.resolved(target).toDisplayString()));
    if (status < 200 || status > 299)
        return Error::storage(tr("%1 answered HTTP %2 %3.")
                                  .arg(shown)
                                  .arg(status)
                                  .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    return data;
}

} // namespace hocbaso::net
