// Issue #18's acceptance with real servers on loopback: `openssl ocsp` as the OCSP responder (the
// tool reads an `openssl ca` index file, as a small CA runs it) and a small HTTP server serving
// CRLs, both started by the test, with certificates of a test PKI whose distribution points and
// Authority Information Access name them. One certificate revoked by CRL, one by OCSP, one good,
// one with dead URLs, one approved and then revoked by its CA, a forged CRL; then the servers stop
// and a refresh keeps the cached answers, names every URL, and ends quickly. A second suite feeds
// the refresh what broken servers send (silence, garbage, truncated and oversized bodies).
//
// The main suite runs on SQLite and PostgreSQL: what a refresh stores (CRLs with their source and
// time, OCSP answers as DER) and reads back for 6.1 goes through each dialect's SQL. The broken
// servers' suite runs on SQLite only: nothing of a failed fetch is stored, so the dialect plays no
// part there.

#include "support/TestStore.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/Crl.h"
#include "net/HttpFetcher.h"
#include "services/CertificateReview.h"
#include "services/RevocationRefresh.h"
#include "services/TrustStoreService.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "support/LoopbackHttpServer.h"
#include "support/TestAuthority.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace hocbaso;
using namespace hocbaso::crypto;
using hocbaso::services::CertificateReview;
using hocbaso::test::LoopbackHttpServer;
using hocbaso::test::TestStore;

namespace {

using Authority = test::TestAuthority;

// A port nobody listens on right now (bound, read, released).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// `openssl ocsp` answering on a loopback port from an index file, signing as the CA itself.
class OpenSslResponder
{
public:
    OpenSslResponder(QString tool, QString dir) : m_tool(std::move(tool)), m_dir(std::move(dir)) {}
    ~OpenSslResponder() { stop(); }

    // Starts the responder on `port` and waits until it answers (bounded, polled). The probe is a
    // real OCSP request (`probe`, DER): the OpenSSL 3.0 responder spins on a connection closed
    // without a request, and exits on a request it cannot parse, so a bare connect is no probe.
    bool start(quint16 port, const QByteArray& probe, QString* why)
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(m_tool, {QStringLiteral("ocsp"), QStringLiteral("-index"), path("index.txt"),
                                  QStringLiteral("-port"), QString::number(port), QStringLiteral("-rsigner"),
                                  path("ca.pem"), QStringLiteral("-rkey"), path("ca.key"), QStringLiteral("-CA"),
                                  path("ca.pem"), QStringLiteral("-ndays"), QStringLiteral("7"),
                                  // A bound on its life besides stop(); the tests ask it far fewer questions.
                                  QStringLiteral("-nrequest"), QStringLiteral("500")});
        if (!m_process->waitForStarted(10000)) {
            *why = QStringLiteral("openssl ocsp did not start: ") + m_process->errorString();
            return false;
        }
        const QByteArray request = "POST / HTTP/1.0\r\nContent-Type: application/ocsp-request\r\nContent-Length: " +
                                   QByteArray::number(probe.size()) + "\r\n\r\n" + probe;
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            if (m_process->state() != QProcess::Running) {
                *why = QStringLiteral("openssl ocsp ended: ") + QString::fromLocal8Bit(m_process->readAll());
                return false;
            }
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (socket.waitForConnected(250)) {
                socket.write(request);
                QByteArray answer;
                while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired() &&
                       socket.waitForReadyRead(1000))
                    answer += socket.readAll();
                answer += socket.readAll();
                if (answer.startsWith("HTTP/1.0 200") || answer.startsWith("HTTP/1.1 200"))
                    return true;
            } else {
                m_process->waitForReadyRead(100); // a pause that ends early when the tool says something
            }
        }
        *why = QStringLiteral("openssl ocsp never answered on port %1: %2")
                   .arg(port)
                   .arg(QString::fromLocal8Bit(m_process->readAll()));
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
        m_process.reset();
    }

    QString path(const char* name) const { return m_dir + QLatin1Char('/') + QLatin1String(name); }

private:
    QString m_tool;
    QString m_dir;
    std::unique_ptr<QProcess> m_process;
};

services::Actor actor(const QString& name, Role role, qint64 unitId)
{
    services::Actor a;
    a.username = name;
    a.displayName = name;
    a.role = role;
    a.unitId = unitId;
    return a;
}

} // namespace

class LiveTrust : public ::testing::TestWithParam<store::Dialect>
{
protected:
    void SetUp() override
    {
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            GTEST_SKIP() << "the openssl program is not installed (./dev deps installs it)";
        QString skip;
        m_store = TestStore::create(GetParam(), &skip);
        if (!m_store) {
            if (TestStore::postgresRequired() || GetParam() == store::Dialect::Sqlite)
                FAIL() << skip.toStdString();
            GTEST_SKIP() << skip.toStdString();
        }
        ASSERT_TRUE(m_dir.isValid());
        // `openssl ocsp` dates its answers with the real clock; the store's clock follows it.
        now();
        m_unit = store::UnitRepository(db())
                     .insert(Unit{
                         0, QStringLiteral("PGD01"), QStringLiteral("Phòng GD&ĐT Đống Đa"), UnitLevel::Phong, 0, {}})
                     .value();
        m_crlServer = std::make_unique<LoopbackHttpServer>([this](const LoopbackHttpServer::Request& r) {
            LoopbackHttpServer::Response response;
            if (auto it = m_routes.constFind(r.path); it != m_routes.cend())
                response = (*it)();
            else
                response.status = 404;
            return response;
        });
        ASSERT_TRUE(m_crlServer->isListening());
    }

    store::Database& db() { return m_store->db(); }
    QDateTime now()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        m_store->clock().set(t);
        return t;
    }
    services::ServiceContext officer()
    {
        return {db(), m_store->clock(), actor(QStringLiteral("canbo1"), Role::Officer, m_unit), {}};
    }
    QString crlUrl(const char* path) const { return m_crlServer->url(QString::fromLatin1(path)).toString(); }
    void serve(const QByteArray& path, std::function<LoopbackHttpServer::Response()> answer)
    {
        m_routes.insert(path, std::move(answer));
    }
    static LoopbackHttpServer::Response body(const QByteArray& bytes)
    {
        LoopbackHttpServer::Response r;
        r.body = bytes;
        return r;
    }

    Authority ca(const QString& cn, const Authority* parent, const QStringList& crlUrls = {})
    {
        return Authority::make(cn, parent, crlUrls);
    }

    // A school's seal, named as its school, valid around today.
    static Certificate seal(const Authority& issuer, const QString& school, const QStringList& crlUrls,
                            const QStringList& ocspUrls)
    {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        return CertificateBuilder()
            .setSubject({{"CN", school}, {"O", school}, {"C", QStringLiteral("VN")}})
            .setValidity(t.addDays(-30), t.addDays(365))
            .setKeyUsage(KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation)
            .setCrlDistributionPoints(crlUrls)
            .setOcspUrls(ocspUrls)
            .setPublicKey(PrivateKey::generateEc())
            .sign(issuer.key, &issuer.cert)
            .value();
    }

    void trust(const QList<Certificate>& anchors)
    {
        QByteArray pem;
        for (const Certificate& c : anchors)
            pem += c.toPem();
        const QString file = m_dir.filePath(QStringLiteral("anchors.pem"));
        ASSERT_TRUE(writeTestPkiFile(file, pem).ok());
        auto added = services::TrustStoreService(m_store->context()).addAnchorsFromFile(file, QStringLiteral("vgca"));
        ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    }

    // Registers `c` at a new public school of the unit named as its subject; returns its id.
    qint64 registerAt(const Certificate& c, const QString& school)
    {
        School s;
        s.code = QStringLiteral("TH%1").arg(++m_schools, 3, 10, QLatin1Char('0'));
        s.name = school;
        s.unitId = m_unit;
        s.ownership = Ownership::Public;
        EXPECT_TRUE(store::SchoolRepository(db()).insert(s).ok());
        const QString file = m_dir.filePath(QStringLiteral("seal%1.pem").arg(m_schools));
        EXPECT_TRUE(writeTestPkiFile(file, c.toPem()).ok());
        services::CertificateImport r;
        r.schoolCode = s.code;
        r.path = file;
        auto ctx = services::ServiceContext{db(), m_store->clock(), actor(QStringLiteral("admin"), Role::Admin, 0), {}};
        auto result = CertificateReview(ctx).importFile(r);
        EXPECT_TRUE(result.ok()) << result.errorString().toStdString();
        return result.ok() ? result->id : 0;
    }

    Check notRevoked(qint64 id)
    {
        now();
        auto ctx = officer();
        auto view = CertificateReview(ctx).show(id);
        EXPECT_TRUE(view.ok()) << view.errorString().toStdString();
        if (view.ok()) {
            for (const Check& c : view->checks) {
                if (c.name == QLatin1String("not_revoked"))
                    return c;
            }
        }
        ADD_FAILURE() << "no not_revoked check for #" << id;
        return {};
    }

    Result<services::RevocationRefreshReport> refresh(net::HttpFetcher& fetcher, const QList<qint64>& ids = {})
    {
        now();
        auto ctx = officer();
        return services::RevocationRefresh(ctx, fetcher).refresh(ids);
    }

    static QStringList urlsOf(const services::RevocationRefreshReport& report)
    {
        QStringList urls;
        for (const auto& u : report.unreachable)
            urls.append(u.url);
        return urls;
    }
    // The distinct URLs, sorted, one a line (readable when an expectation fails).
    static std::string urlSet(QStringList urls)
    {
        urls.sort();
        urls.removeDuplicates();
        return urls.join(QLatin1Char('\n')).toStdString();
    }
    static QString reasons(const services::RevocationRefreshReport& report)
    {
        QStringList lines;
        for (const auto& u : report.unreachable)
            lines.append(u.url + QStringLiteral(": ") + u.reason);
        return lines.join(QLatin1Char('\n'));
    }

    QString m_openssl;
    std::unique_ptr<TestStore> m_store;
    QTemporaryDir m_dir;
    qint64 m_unit = 0;
    int m_schools = 0;
    QHash<QByteArray, std::function<LoopbackHttpServer::Response()>> m_routes;
    std::unique_ptr<LoopbackHttpServer> m_crlServer;
};

TEST_P(LiveTrust, TheCasAnswerOverLoopbackAndTheirCachedAnswersOutliveThem)
{
    const QDateTime start = now();
    const Authority root = ca(QStringLiteral("Live Root"), nullptr);
    // The CA under test publishes its own revocation on the root's CRL; a second CA's CRL is never
    // served, so its certificates have no answer but the ones their own (dead) URLs would give.
    const Authority sub = ca(QStringLiteral("Live Sub"), &root, {crlUrl("/root.crl")});
    const Authority lonely = ca(QStringLiteral("Live Lonely Sub"), &root, {crlUrl("/root.crl")});
    trust({root.cert, sub.cert, lonely.cert});

    const quint16 ocspPort = freePort();
    ASSERT_NE(ocspPort, 0);
    const QString ocspUrl = QStringLiteral("http://127.0.0.1:%1/").arg(ocspPort);
    const quint16 deadPort = freePort();
    ASSERT_NE(deadPort, 0);
    const QString deadCrl = QStringLiteral("http://127.0.0.1:%1/gone.crl").arg(deadPort);
    const QString deadOcsp = QStringLiteral("http://127.0.0.1:%1/").arg(deadPort);

    const QString nameCrl = QStringLiteral("Trường Tiểu học Thu Hồi CRL");
    const QString nameOcsp = QStringLiteral("Trường Tiểu học Thu Hồi OCSP");
    const QString nameGood = QStringLiteral("Trường Tiểu học Tốt");
    const QString nameDead = QStringLiteral("Trường Tiểu học Địa Chỉ Chết");
    const QString nameLater = QStringLiteral("Trường Tiểu học Thu Hồi Sau");
    const QString nameForged = QStringLiteral("Trường Tiểu học CRL Giả");
    const Certificate byCrl = seal(sub, nameCrl, {crlUrl("/sub.crl")}, {});
    const Certificate byOcsp = seal(sub, nameOcsp, {crlUrl("/sub.crl")}, {ocspUrl});
    const Certificate good = seal(sub, nameGood, {crlUrl("/sub.crl")}, {ocspUrl});
    const Certificate dead = seal(lonely, nameDead, {deadCrl}, {deadOcsp});
    const Certificate later = seal(sub, nameLater, {crlUrl("/sub.crl")}, {ocspUrl});
    const Certificate forgedVictim = seal(sub, nameForged, {crlUrl("/forged.crl")}, {});

    serve("/root.crl", [&] {
        CrlBuilder b;
        b.setIssuer(root.cert, root.key).setThisUpdate(start.addSecs(-3600)).setNextUpdate(start.addDays(7));
        return body(b.build().value());
    });
    serve("/sub.crl", [&] {
        CrlBuilder b;
        b.setIssuer(sub.cert, sub.key).setThisUpdate(start.addSecs(-3600)).setNextUpdate(start.addDays(7));
        b.addRevoked(byCrl, start.addDays(-2), QStringLiteral("keyCompromise"));
        return body(b.build().value());
    });
    // The sub CA's name and key identifier, another key: newer than the real CRL, revoking a
    // certificate the CA never revoked.
    serve("/forged.crl", [&] {
        CrlBuilder b;
        b.setIssuer(sub.cert, sub.key)
            .setForgedSigningKey(PrivateKey::generateEc())
            .setThisUpdate(start.addSecs(-60))
            .setNextUpdate(start.addDays(7))
            .setCrlNumber(99);
        b.addRevoked(forgedVictim, start.addDays(-1), QStringLiteral("keyCompromise"));
        return body(b.build().value());
    });

    // The responder speaks for the sub CA, from its index: the OCSP-revoked one and two good ones.
    OpenSslResponder responder(m_openssl, m_dir.path());
    ASSERT_TRUE(writeTestPkiFile(responder.path("ca.pem"), sub.cert.toPem()).ok());
    ASSERT_TRUE(writeTestPkiFile(responder.path("ca.key"), sub.key.toPem()).ok());
    const auto writeIndex = [&](bool laterRevoked) {
        OpenSslCaIndex index;
        index.addRevoked(byOcsp, start.addDays(-3), QStringLiteral("keyCompromise")).addValid(good);
        if (laterRevoked)
            index.addRevoked(later, start.addSecs(-600), QStringLiteral("superseded"));
        else
            index.addValid(later);
        return writeTestPkiFile(responder.path("index.txt"), index.text()).ok();
    };
    ASSERT_TRUE(writeIndex(false));
    // What the readiness probe asks (without a nonce: any valid request will do).
    const QByteArray probe = buildOcspRequest(good, sub.cert, OcspNonce::Omit).value().der;
    QString why;
    ASSERT_TRUE(responder.start(ocspPort, probe, &why)) << why.toStdString();

    const qint64 idCrl = registerAt(byCrl, nameCrl);
    const qint64 idOcsp = registerAt(byOcsp, nameOcsp);
    const qint64 idGood = registerAt(good, nameGood);
    const qint64 idDead = registerAt(dead, nameDead);
    const qint64 idLater = registerAt(later, nameLater);
    const qint64 idForged = registerAt(forgedVictim, nameForged);
    ASSERT_FALSE(HasFailure());

    // Before anyone asked, nothing is known: a warning, never a pass.
    EXPECT_EQ(notRevoked(idGood).severity, Check::Warning) << notRevoked(idGood).detail.toStdString();

    // The program's normal limits (net::FetchLimits' defaults), as `cert refresh` uses them.
    net::HttpFetcher fetcher;
    auto first = refresh(fetcher);
    ASSERT_TRUE(first.ok()) << first.errorString().toStdString();
    EXPECT_EQ(first->checked, 6);
    EXPECT_EQ(first->crlsAdded, 2) << "the root's and the sub CA's; never the forged one\n"
                                   << reasons(*first).toStdString();
    EXPECT_EQ(first->ocspAnswers, 3) << reasons(*first).toStdString(); // byOcsp, good, later
    QList<qint64> revoked = first->revoked;
    std::sort(revoked.begin(), revoked.end());
    EXPECT_EQ(revoked, (QList<qint64>{idCrl, idOcsp}));
    EXPECT_EQ(urlSet(urlsOf(*first)), urlSet({deadCrl, deadOcsp, crlUrl("/forged.crl")}))
        << reasons(*first).toStdString();
    for (const auto& u : first->unreachable)
        EXPECT_FALSE(u.reason.trimmed().isEmpty()) << u.url.toStdString();

    // 6.1's check, from what was stored.
    const Check crlSays = notRevoked(idCrl);
    EXPECT_EQ(crlSays.severity, Check::Fail);
    EXPECT_TRUE(crlSays.detail.contains(QStringLiteral("Live Sub"))) << crlSays.detail.toStdString();
    const Check ocspSays = notRevoked(idOcsp);
    EXPECT_EQ(ocspSays.severity, Check::Fail);
    EXPECT_TRUE(ocspSays.detail.contains(QStringLiteral("OCSP"))) << ocspSays.detail.toStdString();
    EXPECT_EQ(notRevoked(idGood).severity, Check::Pass) << notRevoked(idGood).detail.toStdString();
    EXPECT_EQ(notRevoked(idDead).severity, Check::Warning) << notRevoked(idDead).detail.toStdString();
    EXPECT_NE(notRevoked(idForged).severity, Check::Fail) << "a forged CRL revokes nothing";
    {
        // Where and when each stored CRL came from; nothing from the forged URL.
        QSqlQuery q(db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT source_url FROM crls WHERE fetched_at IS NOT NULL")));
        QStringList sources;
        while (q.next())
            sources.append(q.value(0).toString());
        EXPECT_EQ(urlSet(sources), urlSet({crlUrl("/root.crl"), crlUrl("/sub.crl")}));
    }

    // Approved while good; then the CA revokes it and its responder says so.
    EXPECT_EQ(notRevoked(idLater).severity, Check::Pass) << notRevoked(idLater).detail.toStdString();
    {
        now();
        auto ctx = officer();
        auto decided = CertificateReview(ctx).approve({idLater}, [](const QString&) { return true; });
        ASSERT_TRUE(decided.ok()) << decided.errorString().toStdString();
        ASSERT_EQ(decided->decided, QList<qint64>{idLater});
    }
    responder.stop();
    ASSERT_TRUE(writeIndex(true));
    ASSERT_TRUE(responder.start(ocspPort, probe, &why)) << why.toStdString();
    auto afterRevocation = refresh(fetcher, {idLater});
    ASSERT_TRUE(afterRevocation.ok()) << afterRevocation.errorString().toStdString();
    EXPECT_EQ(afterRevocation->revoked, QList<qint64>{idLater}) << reasons(*afterRevocation).toStdString();
    const Check laterSays = notRevoked(idLater);
    EXPECT_EQ(laterSays.severity, Check::Fail);
    EXPECT_TRUE(laterSays.detail.contains(QStringLiteral("OCSP"))) << laterSays.detail.toStdString();

    // Every server gone: each URL is named as unreachable, what was cached still speaks (the revoked
    // stay revoked, the good answer is still fresh), and the refresh does not hang.
    const QStringList everyUrl{
        crlUrl("/root.crl"), crlUrl("/sub.crl"), crlUrl("/forged.crl"), deadCrl, ocspUrl, deadOcsp};
    responder.stop();
    m_crlServer->close();
    QElapsedTimer clock;
    clock.start();
    auto offline = refresh(fetcher);
    const qint64 took = clock.elapsed();
    ASSERT_TRUE(offline.ok()) << offline.errorString().toStdString();
    EXPECT_LT(took, 40000) << "a refresh with every server down took " << took << " ms";
    EXPECT_EQ(urlSet(urlsOf(*offline)), urlSet(everyUrl)) << reasons(*offline).toStdString();
    revoked = offline->revoked;
    std::sort(revoked.begin(), revoked.end());
    EXPECT_EQ(revoked, (QList<qint64>{idCrl, idOcsp, idLater}));
    EXPECT_EQ(offline->crlsAdded, 0);
    EXPECT_EQ(offline->ocspAnswers, 0);
    EXPECT_EQ(notRevoked(idGood).severity, Check::Pass) << notRevoked(idGood).detail.toStdString();
    EXPECT_EQ(notRevoked(idDead).severity, Check::Warning);
}

INSTANTIATE_TEST_SUITE_P(Dialects, LiveTrust, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);

// What broken servers send: each gives the URL as unreachable with its reason, and the certificate's
// check stays a warning (never a pass), within the fetcher's limits.
class LiveTrustBrokenServers : public LiveTrust
{};

TEST_P(LiveTrustBrokenServers, SilenceGarbageTruncatedAndOversizedAnswersAreWarningsWithAReason)
{
    const QDateTime start = now();
    const Authority root = ca(QStringLiteral("Broken Root"), nullptr);
    const Authority sub = ca(QStringLiteral("Broken Sub"), &root);
    trust({root.cert, sub.cert});
    // The sub CA itself is known good (its root's CRL, loaded by hand): whatever the check says is
    // about the school's certificate alone.
    {
        CrlBuilder b;
        b.setIssuer(root.cert, root.key).setThisUpdate(start.addSecs(-3600)).setNextUpdate(start.addDays(7));
        auto added = services::TrustStoreService(m_store->context()).addCrl(Crl::fromBytes(b.build().value()).value());
        ASSERT_TRUE(added.ok()) << added.errorString().toStdString();
    }

    // A server that accepts and never says a word (the kernel would accept for it anyway; this one
    // also reads nothing and keeps every connection open).
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> held;
    QObject::connect(&silent, &QTcpServer::newConnection, [&] {
        while (QTcpSocket* s = silent.nextPendingConnection())
            held.append(s);
    });
    const QString silentUrl = QStringLiteral("http://127.0.0.1:%1/ca.crl").arg(silent.serverPort());

    CrlBuilder realCrl;
    realCrl.setIssuer(sub.cert, sub.key).setThisUpdate(start.addSecs(-3600)).setNextUpdate(start.addDays(7));
    const QByteArray crlDer = realCrl.build().value();
    serve("/garbage.crl", [] { return body("<html><body>502 Bad Gateway</body></html>"); });
    serve("/truncated.crl", [&] { return body(crlDer.left(crlDer.size() / 2)); });
    // Past the fetcher's limit, announced by Content-Length.
    serve("/huge.crl", [] { return body(QByteArray(net::FetchLimits().maxBytes + 4096, '\x30')); });
    serve("/ocsp/garbage", [] { return body("not an OCSP response"); });
    serve("/ocsp/huge", [] { return body(QByteArray(kMaxOcspResponseBytes + 4096, '\x30')); });
    const auto cases = QList<std::pair<QString, QString>>{
        {QStringLiteral("silent"), silentUrl},
        {QStringLiteral("garbage"), crlUrl("/garbage.crl")},
        {QStringLiteral("truncated"), crlUrl("/truncated.crl")},
        {QStringLiteral("huge"), crlUrl("/huge.crl")},
        {QStringLiteral("ocsp garbage"), crlUrl("/ocsp/garbage")},
        {QStringLiteral("ocsp truncated"), crlUrl("/ocsp/truncated")},
        {QStringLiteral("ocsp huge"), crlUrl("/ocsp/huge")},
    };
    QHash<QString, qint64> ids;
    for (const auto& [what, url] : cases) {
        const bool ocsp = what.startsWith(QLatin1String("ocsp"));
        const QString school = QStringLiteral("Trường Tiểu học %1").arg(what);
        const Certificate c =
            seal(sub, school, ocsp ? QStringList() : QStringList{url}, ocsp ? QStringList{url} : QStringList());
        if (what == QLatin1String("ocsp truncated")) {
            // A real answer about this very certificate, cut short.
            OcspResponseBuilder b;
            b.setIssuer(sub.cert).setSigner(sub.cert, sub.key);
            b.addStatus(c, OcspResponseBuilder::CertStatus::Good);
            b.setThisUpdate(start.addSecs(-60)).setNextUpdate(start.addDays(1));
            const QByteArray der = b.build().value();
            serve("/ocsp/truncated", [der] { return body(der.left(der.size() - 40)); });
        }
        ids.insert(what, registerAt(c, school));
    }
    ASSERT_FALSE(HasFailure());

    // A short timeout for the silent server keeps the test quick; the other cases answer at once.
    net::FetchLimits limits;
    limits.timeoutMs = 3000;
    net::HttpFetcher fetcher(limits);
    for (const auto& [what, url] : cases) {
        SCOPED_TRACE(what.toStdString());
        QElapsedTimer clock;
        clock.start();
        auto report = refresh(fetcher, {ids.value(what)});
        const qint64 took = clock.elapsed();
        ASSERT_TRUE(report.ok()) << report.errorString().toStdString();
        EXPECT_LT(took, limits.timeoutMs + 10000) << "ended only after " << took << " ms";
        ASSERT_EQ(report->unreachable.size(), 1) << reasons(*report).toStdString();
        EXPECT_EQ(report->unreachable.first().url, url);
        const QString reason = report->unreachable.first().reason;
        EXPECT_FALSE(reason.trimmed().isEmpty());
        if (what == QLatin1String("silent")) {
            EXPECT_GE(took, limits.timeoutMs - 500) << "gave up before the fetcher's timeout";
            EXPECT_TRUE(reason.contains(QStringLiteral("did not answer"))) << reason.toStdString();
        }
        if (what == QLatin1String("huge") || what == QLatin1String("ocsp huge")) {
            EXPECT_TRUE(reason.contains(QStringLiteral("bytes"))) << reason.toStdString();
        }
        EXPECT_EQ(report->crlsAdded, 0);
        EXPECT_EQ(report->ocspAnswers, 0);
        EXPECT_TRUE(report->revoked.isEmpty());
        const Check check = notRevoked(ids.value(what));
        EXPECT_EQ(check.severity, Check::Warning) << check.detail.toStdString();
    }
    EXPECT_FALSE(held.isEmpty()) << "the silent server was never asked";
    qDeleteAll(held);
}

INSTANTIATE_TEST_SUITE_P(Dialects, LiveTrustBrokenServers, ::testing::Values(store::Dialect::Sqlite),
                         hocbaso::test::dialectParamName);
