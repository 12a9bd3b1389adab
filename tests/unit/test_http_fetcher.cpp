// The revocation fetcher (issue #18) against a server on loopback: answers, and each way a CA's
// server can fail, each a clear error naming the URL and never a hang.

#include "net/HttpFetcher.h"
#include "support/LoopbackHttpServer.h"

#include <QTcpServer>

#include <gtest/gtest.h>

namespace hocbaso::test {
namespace {

using Response = LoopbackHttpServer::Response;

Response answer(int status, QByteArray body)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

TEST(HttpFetcher, GetsTheBody)
{
    LoopbackHttpServer server([](const auto&) { return answer(200, "crl bytes"); });
    ASSERT_TRUE(server.isListening());
    net::HttpFetcher fetcher;
    auto body = fetcher.get(server.url(QStringLiteral("/ca.crl")));
    ASSERT_TRUE(body) << body.errorString().toStdString();
    EXPECT_EQ(*body, QByteArray("crl bytes"));
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().method, QByteArray("GET"));
    EXPECT_EQ(server.requests().first().path, QByteArray("/ca.crl"));
}

TEST(HttpFetcher, PostsAnOcspRequestWithItsContentType)
{
    LoopbackHttpServer server([](const LoopbackHttpServer::Request& r) { return answer(200, "re:" + r.body); });
    net::HttpFetcher fetcher;
    auto body = fetcher.post(server.url(QStringLiteral("/ocsp")), QByteArray("\x30\x03\x02\x01\x00", 5),
                             "application/ocsp-request");
    ASSERT_TRUE(body) << body.errorString().toStdString();
    EXPECT_EQ(*body, QByteArray("re:\x30\x03\x02\x01\x00", 8));
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().method, QByteArray("POST"));
    EXPECT_EQ(server.requests().first().headers.value("content-type"), QByteArray("application/ocsp-request"));
}

TEST(HttpFetcher, AnHttpErrorIsAnErrorNamingTheUrlAndStatus)
{
    LoopbackHttpServer server([](const auto&) { return answer(404, "no such CRL"); });
    net::HttpFetcher fetcher;
    const QUrl url = server.url(QStringLiteral("/missing.crl"));
    auto body = fetcher.get(url);
    ASSERT_FALSE(body);
    EXPECT_TRUE(body.errorString().contains(QStringLiteral("404"))) << body.errorString().toStdString();
    EXPECT_TRUE(body.errorString().contains(url.toDisplayString())) << body.errorString().toStdString();
}

TEST(HttpFetcher, ABodyOverTheLimitIsCutOffAnnouncedOrNot)
{
    const QByteArray big(4096, 'x');
    LoopbackHttpServer announced([&](const auto&) { return answer(200, big); });
    LoopbackHttpServer unannounced([&](const auto&) {
        Response r = answer(200, big);
        r.sendContentLength = false;
        return r;
    });
    net::FetchLimits limits;
    limits.maxBytes = 1000;
    net::HttpFetcher fetcher(limits);
    auto a = fetcher.get(announced.url(QStringLiteral("/big.crl")));
    ASSERT_FALSE(a);
    EXPECT_TRUE(a.errorString().contains(QStringLiteral("4,096")) || a.errorString().contains(QStringLiteral("4096")))
        << a.errorString().toStdString();
    auto b = fetcher.get(unannounced.url(QStringLiteral("/big.crl")));
    ASSERT_FALSE(b);
    EXPECT_TRUE(b.errorString().contains(QStringLiteral("more than"))) << b.errorString().toStdString();
}

TEST(HttpFetcher, ARedirectIsFollowedOnlyToHttp)
{
    LoopbackHttpServer server([](const LoopbackHttpServer::Request& r) {
        if (r.path == "/moved") {
            Response m = answer(301, {});
            m.headers.append(std::pair<QByteArray, QByteArray>("Location", "/ca.crl"));
            return m;
        }
        if (r.path == "/elsewhere") {
            Response m = answer(302, {});
            m.headers.append(std::pair<QByteArray, QByteArray>("Location", "file:///etc/passwd"));
            return m;
        }
        return answer(200, "crl");
    });
    net::HttpFetcher fetcher;
    auto followed = fetcher.get(server.url(QStringLiteral("/moved")));
    ASSERT_TRUE(followed) << followed.errorString().toStdString();
    EXPECT_EQ(*followed, QByteArray("crl"));
    auto refused = fetcher.get(server.url(QStringLiteral("/elsewhere")));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.errorString().contains(QStringLiteral("file:///etc/passwd")))
        << refused.errorString().toStdString();
    EXPECT_EQ(server.requests().size(), 3) << "nothing fetched from the file URL";
}

TEST(HttpFetcher, ASilentServerAndADrippingOneEndAtTheDeadline)
{
    LoopbackHttpServer silent([](const auto&) {
        Response r;
        r.behaviour = Response::Behaviour::Silent;
        return r;
    });
    LoopbackHttpServer dripping([](const auto&) {
        Response r = answer(200, QByteArray(1000, 'x'));
        r.behaviour = Response::Behaviour::Drip;
        r.dripIntervalMs = 50; // faster than the transfer timeout notices silence
        return r;
    });
    net::FetchLimits limits;
    limits.timeoutMs = 700;
    net::HttpFetcher fetcher(limits);
    auto a = fetcher.get(silent.url(QStringLiteral("/ca.crl")));
    ASSERT_FALSE(a);
    EXPECT_TRUE(a.errorString().contains(QStringLiteral("did not answer"))) << a.errorString().toStdString();
    auto b = fetcher.get(dripping.url(QStringLiteral("/ca.crl")));
    ASSERT_FALSE(b);
    EXPECT_TRUE(b.errorString().contains(QStringLiteral("did not answer"))) << b.errorString().toStdString();
}

TEST(HttpFetcher, AClosedPortAndADroppedConnectionAreUnreachable)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    net::HttpFetcher fetcher;
    auto closed = fetcher.get(QUrl(QStringLiteral("http://127.0.0.1:%1/ca.crl").arg(port)));
    ASSERT_FALSE(closed);
    EXPECT_TRUE(closed.errorString().contains(QStringLiteral("could not be reached")))
        << closed.errorString().toStdString();

    LoopbackHttpServer dropping([](const auto&) {
        Response r;
        r.behaviour = Response::Behaviour::CloseAtOnce;
        return r;
    });
    auto dropped = fetcher.get(dropping.url(QStringLiteral("/ca.crl")));
    ASSERT_FALSE(dropped);
}

TEST(HttpFetcher, OnlyHttpAndHttpsAreFetched)
{
    net::HttpFetcher fetcher;
    for (const char* url : {"ldap://ldap.ca.vn/cn=CA?certificateRevocationList", "file:///etc/passwd",
                            "ftp://ca.vn/ca.crl", "http:///no-host"}) {
        auto r = fetcher.get(QUrl(QString::fromLatin1(url)));
        ASSERT_FALSE(r) << url;
        EXPECT_TRUE(r.errorString().contains(QStringLiteral("only http and https"))) << r.errorString().toStdString();
    }
    EXPECT_TRUE(net::HttpFetcher::isFetchable(QUrl(QStringLiteral("https://crl.ca.vn/ca.crl"))));
}

TEST(HttpFetcher, ACancelStopsTheWait)
{
    LoopbackHttpServer silent([](const auto&) {
        Response r;
        r.behaviour = Response::Behaviour::Silent;
        return r;
    });
    net::HttpFetcher fetcher; // the default deadline is long: only the cancel can end this soon
    int polls = 0;
    fetcher.setCancelled([&polls] { return ++polls > 2; });
    auto r = fetcher.get(silent.url(QStringLiteral("/ca.crl")));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.errorString().contains(QStringLiteral("cancelled"))) << r.errorString().toStdString();
}

} // namespace
} // namespace hocbaso::test
