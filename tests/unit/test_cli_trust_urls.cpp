// Issue #18's acceptance: the CRL distribution points and OCSP URLs of the real Vietnamese CA
// certificates (resources/vn-ca, the trust anchors every new store starts with) are parsed and shown
// by `trust list` and `cert inspect`, text and JSON. Neither command reaches the network: both run
// behind a proxy that would see any fetch (and none arrives). The parsing itself, certificate by
// certificate, is CryptoCertificate.RevocationUrlsOfTheVietnameseCas; this checks what a person
// sees.

#include "support/CliRunner.h"

#include "crypto/Certificate.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hocbaso::test::CliResult;
using hocbaso::test::runCli;

namespace {

const QString kPassword = QStringLiteral("Demo@2026-trust");

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out.append(s.toString());
    return out;
}

} // namespace

class CliTrustUrls : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // Any fetch would go through this proxy (Qt Network reads http_proxy on Linux): a connection
        // here means the command reached for the network.
        ASSERT_TRUE(m_proxy.listen(QHostAddress::LocalHost, 0));
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        const CliResult init = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    void TearDown() override { EXPECT_FALSE(m_proxy.waitForNewConnection(0)) << "a command reached for the network"; }

    CliResult run(QStringList args, bool signIn = false)
    {
        QProcessEnvironment env;
        const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.serverPort());
        for (const char* name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"})
            env.insert(QString::fromLatin1(name), proxy);
        env.insert(QStringLiteral("no_proxy"), QString());
        env.insert(QStringLiteral("HOCBASO_NEW_PASSWORD"), kPassword);
        env.insert(QStringLiteral("HOCBASO_PASSWORD"), kPassword);
        QStringList all{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")};
        if (signIn)
            all << QStringLiteral("--user") << QStringLiteral("boss");
        return runCli(all + args, env);
    }

    static QString vnCa(const QString& file)
    {
        return QDir(qEnvironmentVariable("HOCBASO_SOURCE_DIR")).filePath(QStringLiteral("resources/vn-ca/") + file);
    }

    static hocbaso::crypto::Certificate load(const QString& file)
    {
        auto certs = hocbaso::crypto::Certificate::fromFile(vnCa(file));
        EXPECT_TRUE(certs.ok() && !certs->isEmpty()) << file.toStdString();
        return certs.ok() && !certs->isEmpty() ? certs->first() : hocbaso::crypto::Certificate();
    }

    QTemporaryDir m_dir;
    QTcpServer m_proxy;
    QString m_db;
};

TEST_F(CliTrustUrls, TrustListShowsTheRevocationUrlsOfTheVietnameseCas)
{
    const QStringList files{QStringLiteral("rootcag2.crt"), QStringLiteral("cpcag2.crt"),
                            QStringLiteral("vnrca256.crt"), QStringLiteral("vnpt-ca-sha2.crt")};
    const CliResult json = run({QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")}, true);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const CliResult text = run({QStringLiteral("trust"), QStringLiteral("list")}, true);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();

    int withUrls = 0;
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        const hocbaso::crypto::Certificate c = load(file);
        ASSERT_FALSE(c.isNull());
        QJsonObject row;
        for (const QJsonValue& v : json.json().value(QStringLiteral("rows")).toArray()) {
            if (v.toObject().value(QStringLiteral("sha256")).toString() == c.sha256Hex())
                row = v.toObject();
        }
        ASSERT_FALSE(row.isEmpty()) << "not among the anchors a new store starts with";
        // The keys of CLI.md stay.
        for (const char* key : {"id", "subject", "sha256", "family"})
            EXPECT_TRUE(row.contains(QLatin1String(key))) << key;
        EXPECT_EQ(strings(row.value(QStringLiteral("crl_urls"))), c.crlDistributionPoints());
        EXPECT_EQ(strings(row.value(QStringLiteral("ocsp_urls"))), c.ocspUrls());
        // Each intermediate names where its CA publishes; the roots name nothing.
        const bool isRoot = row.value(QStringLiteral("is_root")).toBool();
        EXPECT_EQ(c.crlDistributionPoints().isEmpty(), isRoot);
        for (const QString& url : c.crlDistributionPoints() + c.ocspUrls()) {
            EXPECT_TRUE(text.out.contains(url)) << url.toStdString() << "\n" << text.out.toStdString();
            ++withUrls;
        }
    }
    // cpcag2: a CRL and an OCSP responder; vnpt-ca-sha2: a CRL.
    EXPECT_EQ(withUrls, 3);
    EXPECT_TRUE(text.out.contains(QStringLiteral("OCSP: http://ocsp.ca.gov.vn/"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("CRL: https://rootca.gov.vn/crl/vnrca256.crl")))
        << text.out.toStdString();
}

TEST_F(CliTrustUrls, CertInspectShowsThemToo)
{
    for (const QString& file :
         {QStringLiteral("cpcag2.crt"), QStringLiteral("vnpt-ca-sha2.crt"), QStringLiteral("rootcag2.crt")}) {
        SCOPED_TRACE(file.toStdString());
        const hocbaso::crypto::Certificate c = load(file);
        const CliResult json = run({QStringLiteral("cert"), QStringLiteral("inspect"), vnCa(file),
                                    QStringLiteral("--today"), QStringLiteral("2026-11-20"), QStringLiteral("--json")});
        ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
        EXPECT_EQ(strings(json.json().value(QStringLiteral("crl_urls"))), c.crlDistributionPoints());
        EXPECT_EQ(strings(json.json().value(QStringLiteral("ocsp_urls"))), c.ocspUrls());
        const CliResult text = run({QStringLiteral("cert"), QStringLiteral("inspect"), vnCa(file),
                                    QStringLiteral("--today"), QStringLiteral("2026-11-20")});
        ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
        for (const QString& url : c.crlDistributionPoints() + c.ocspUrls())
            EXPECT_TRUE(text.out.contains(url)) << url.toStdString() << "\n" << text.out.toStdString();
    }
}
