#include "support/CliRunner.h"

#include "crypto/CertificateBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using hocbaso::test::CliResult;
using hocbaso::test::runCli;
using namespace hocbaso::crypto;

namespace {

const QString kPassword = QStringLiteral("Demo@2026");

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

QProcessEnvironment passwordEnv()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOCBASO_PASSWORD"), kPassword);
    return env;
}

QJsonObject checkNamed(const QJsonObject& certificate, const QString& name)
{
    for (const QJsonValue& v : certificate.value(QStringLiteral("checks")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

bool anyCheckFails(const QJsonObject& certificate)
{
    for (const QJsonValue& v : certificate.value(QStringLiteral("checks")).toArray()) {
        if (!v.toObject().value(QStringLiteral("ok")).toBool())
            return true;
    }
    return false;
}

} // namespace

// One demo district (two units, six schools) made once; each test works on its own copy.
class CliCert : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_demo = s_dir->filePath(QStringLiteral("demo.sqlite"));
        const CliResult r =
            runCli({QStringLiteral("--db"), s_demo, QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--units"),
                    QStringLiteral("2"), QStringLiteral("--schools"), QStringLiteral("6"), QStringLiteral("--students"),
                    QStringLiteral("120"), QStringLiteral("--password"), kPassword, QStringLiteral("--json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        ASSERT_TRUE(QFile::copy(s_demo, m_db));
    }

    // hocbaso-cli on this test's store, in English, as `user` (none: no sign-in).
    CliResult cli(const QString& user, QStringList args)
    {
        QStringList all{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        all += args;
        return runCli(all, passwordEnv());
    }

    int certificateCount()
    {
        const CliResult r = cli(QStringLiteral("canbo1"), {QStringLiteral("info"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().value(QStringLiteral("certificates")).toInt(-1);
    }

    QJsonArray rows(const CliResult& r) { return r.json().value(QStringLiteral("rows")).toArray(); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }

    static std::unique_ptr<QTemporaryDir> s_dir;
    static QString s_demo;
    QTemporaryDir m_dir;
    QString m_db;
};

std::unique_ptr<QTemporaryDir> CliCert::s_dir;
QString CliCert::s_demo;

TEST_F(CliCert, InspectShowsTheBundledVietnameseCertificates)
{
    const QDir dir(qEnvironmentVariable("HOCBASO_SOURCE_DIR") + QStringLiteral("/resources/vn-ca"));
    const QStringList files = dir.entryList({QStringLiteral("*.crt")}, QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 4) << dir.path().toStdString();
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        // No --user: inspecting a file needs no sign-in.
        const CliResult r =
            cli({}, {QStringLiteral("cert"), QStringLiteral("inspect"), dir.filePath(file), QStringLiteral("--today"),
                     QStringLiteral("2026-11-20"), QStringLiteral("--json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject o = r.json();
        for (const char* key : {"id", "school", "kind", "status", "subject", "issuer", "serial_hex", "sha256",
                                "not_before", "not_after", "key", "checks"})
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        EXPECT_EQ(o.value(QStringLiteral("checks")).toArray().size(), 8);
        const QString subject = o.value(QStringLiteral("subject")).toString();
        if (file.startsWith(QLatin1String("rootca")) || file.startsWith(QLatin1String("cpca"))) {
            EXPECT_TRUE(subject.contains(QStringLiteral("Ban Cơ yếu Chính phủ"))) << subject.toStdString();
        }
        EXPECT_EQ(checkNamed(o, QStringLiteral("subject_matches_school")).value(QStringLiteral("severity")).toString(),
                  QStringLiteral("warning"));
        EXPECT_EQ(checkNamed(o, QStringLiteral("unique")).value(QStringLiteral("severity")).toString(),
                  QStringLiteral("pass"));
        EXPECT_TRUE(o.value(QStringLiteral("key")).toString().startsWith(QLatin1String("RSA ")));
        const QJsonObject chain = checkNamed(o, QStringLiteral("chain"));
        if (file == QLatin1String("cpcag2.crt") || file == QLatin1String("vnpt-ca-sha2.crt")) {
            EXPECT_EQ(chain.value(QStringLiteral("severity")).toString(), QStringLiteral("pass"))
                << chain.value(QStringLiteral("detail")).toString().toStdString();
            EXPECT_EQ(o.value(QStringLiteral("family")).toString(),
                      file == QLatin1String("cpcag2.crt") ? QStringLiteral("vgca") : QStringLiteral("public"));
            EXPECT_EQ(o.value(QStringLiteral("chain")).toArray().size(), 2);
            EXPECT_FALSE(o.value(QStringLiteral("test_root")).toBool()) << "Vietnam's real roots are no test roots";
        }

        // The text form names the subject for a person.
        const CliResult text = cli({}, {QStringLiteral("cert"), QStringLiteral("inspect"), dir.filePath(file),
                                        QStringLiteral("--today"), QStringLiteral("2026-11-20")});
        ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
        EXPECT_TRUE(text.out.contains(subject)) << text.out.toStdString();
    }
}

TEST_F(CliCert, InspectAgreesWithOpenSsl)
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        GTEST_SKIP() << "no openssl program";
    const QDir dir(QStringLiteral("/etc/ssl/certs"));
    QStringList files;
    QSet<QString> seen;
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name)) {
        const QString target = info.canonicalFilePath();
        if (!seen.contains(target)) {
            seen.insert(target);
            files.append(target);
        }
    }
    if (files.isEmpty())
        GTEST_SKIP() << "no certificates in /etc/ssl/certs";
    // A spread sample: every n-th file, about twelve in all.
    const qsizetype step = std::max<qsizetype>(1, files.size() / 12);
    int compared = 0;
    for (qsizetype i = 0; i < files.size(); i += step) {
        const QString& file = files.at(i);
        SCOPED_TRACE(file.toStdString());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                       QStringLiteral("-sha256"), QStringLiteral("-serial"), QStringLiteral("-in"), file});
        ASSERT_TRUE(openssl.waitForFinished(30000));
        if (openssl.exitCode() != 0)
            continue;
        QString fingerprint, serial;
        for (const QString& line : QString::fromLatin1(openssl.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("Fingerprint=")))
                fingerprint = line.section(QLatin1Char('='), 1).remove(QLatin1Char(':')).trimmed().toLower();
            else if (line.startsWith(QLatin1String("serial=")))
                serial = line.section(QLatin1Char('='), 1).trimmed().toLower();
        }
        while (serial.size() > 1 && serial.startsWith(QLatin1Char('0')))
            serial.remove(0, 1);
        const CliResult r =
            cli({}, {QStringLiteral("cert"), QStringLiteral("inspect"), file, QStringLiteral("--json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.json().value(QStringLiteral("sha256")).toString(), fingerprint);
        EXPECT_EQ(r.json().value(QStringLiteral("serial_hex")).toString(), serial);
        ++compared;
    }
    EXPECT_GE(compared, 5);
}

TEST_F(CliCert, BadFilesAreRefusedAndNothingIsStored)
{
    const int before = certificateCount();
    ASSERT_GT(before, 0);
    const QByteArray der = CertificateBuilder()
                               .setSubject({{"CN", QStringLiteral("Trường Tiểu học Thử")}, {"C", QStringLiteral("VN")}})
                               .setValidity(utc(2025, 1, 1), utc(2028, 1, 1))
                               .sign(PrivateKey::generateEc())
                               .value()
                               .der();
    const QStringList bad = {
        write(QStringLiteral("garbage.cer"), QByteArray("this is not a certificate at all\n")),
        write(QStringLiteral("truncated.der"), der.left(der.size() - 40)),
        write(QStringLiteral("nocert.pem"), "-----BEGIN SOMETHING-----\nAAAA\n-----END SOMETHING-----\n"),
        write(QStringLiteral("key.pem"), PrivateKey::generateEc().toPem()),
        write(QStringLiteral("big.cer"), QByteArray(int(Certificate::kMaxFileBytes) + 1, '0')),
        m_dir.filePath(QStringLiteral("missing.cer")),
    };
    for (const QString& file : bad) {
        SCOPED_TRACE(file.toStdString());
        const CliResult r =
            cli(QStringLiteral("truong1"), {QStringLiteral("cert"), QStringLiteral("import"),
                                            QStringLiteral("--school"), QStringLiteral("TH01001"), file});
        EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
        EXPECT_FALSE(r.err.trimmed().isEmpty());
        const CliResult inspect = cli({}, {QStringLiteral("cert"), QStringLiteral("inspect"), file});
        EXPECT_EQ(inspect.exitCode, 1);
    }
    // Usage errors: exit 2.
    EXPECT_EQ(cli(QStringLiteral("truong1"), {QStringLiteral("cert"), QStringLiteral("import"), bad.first()}).exitCode,
              2);
    EXPECT_EQ(cli(QStringLiteral("truong1"),
                  {QStringLiteral("cert"), QStringLiteral("import"), QStringLiteral("--school"),
                   QStringLiteral("TH01001"), QStringLiteral("--kind"), QStringLiteral("seal"), bad.first()})
                  .exitCode,
              2);
    EXPECT_EQ(cli(QStringLiteral("canbo1"), {QStringLiteral("cert"), QStringLiteral("approve"), QStringLiteral("abc")})
                  .exitCode,
              2);
    // A signing account without its holder, a school user for another school: refused.
    const QString good = write(QStringLiteral("good.cer"), der);
    EXPECT_EQ(
        cli(QStringLiteral("truong1"), {QStringLiteral("cert"), QStringLiteral("import"), QStringLiteral("--school"),
                                        QStringLiteral("TH01001"), QStringLiteral("--kind"), QStringLiteral("signer"),
                                        QStringLiteral("--position"), QStringLiteral("principal"), good})
            .exitCode,
        1);
    EXPECT_EQ(cli(QStringLiteral("truong1"), {QStringLiteral("cert"), QStringLiteral("import"),
                                              QStringLiteral("--school"), QStringLiteral("TH02001"), good})
                  .exitCode,
              1);
    EXPECT_EQ(certificateCount(), before);
}

TEST_F(CliCert, ImportThenANewerImportSupersedesIt)
{
    const auto seal = [&](const char* name) {
        const PrivateKey key = PrivateKey::generateEc();
        return write(QString::fromLatin1(name),
                     CertificateBuilder()
                         .setSubject({{"CN", QStringLiteral("Trường Tiểu học Thử")}, {"C", QStringLiteral("VN")}})
                         .setValidity(utc(2025, 1, 1), utc(2028, 1, 1))
                         .setKeyUsage(KeyUsageFlag::DigitalSignature | KeyUsageFlag::NonRepudiation)
                         .sign(key)
                         .value()
                         .toPem());
    };
    const QString first = seal("a.pem"), second = seal("b.pem");
    const QStringList import = {
        QStringLiteral("cert"),           QStringLiteral("import"),     QStringLiteral("--school"),
        QStringLiteral("TH01003"),        QStringLiteral("--kind"),     QStringLiteral("signer"),
        QStringLiteral("--holder"),       QStringLiteral("Lê Thị Hoa"), QStringLiteral("--position"),
        QStringLiteral("vice_principal"), QStringLiteral("--json")};
    // An officer of the school's unit registers on the school's behalf.
    const CliResult a = cli(QStringLiteral("canbo1"), import + QStringList{first});
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    const int idA = a.json().value(QStringLiteral("id")).toInt();
    ASSERT_GT(idA, 0);
    // The demo's pending vice-principal of that school is replaced too.
    const QJsonArray replacedByA = a.json().value(QStringLiteral("superseded")).toArray();
    EXPECT_EQ(replacedByA.size(), 1);
    const CliResult b = cli(QStringLiteral("canbo1"), import + QStringList{second});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    EXPECT_EQ(b.json().value(QStringLiteral("superseded")).toArray(), QJsonArray{idA});
    const CliResult shown = cli(QStringLiteral("canbo1"), {QStringLiteral("cert"), QStringLiteral("show"),
                                                           QString::number(idA), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_EQ(shown.json().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(shown.json().value(QStringLiteral("decision_reason")).toString(),
              QStringLiteral("superseded by #%1").arg(b.json().value(QStringLiteral("id")).toInt()));
    EXPECT_EQ(shown.json().value(QStringLiteral("holder")).toString(), QStringLiteral("Lê Thị Hoa"));
    // The same file again for the same school: refused.
    EXPECT_EQ(cli(QStringLiteral("canbo1"), import + QStringList{second}).exitCode, 1);
}

TEST_F(CliCert, OfficerApprovesTwoPendingCertificates)
{
    const CliResult pending =
        cli(QStringLiteral("canbo1"), {QStringLiteral("cert"), QStringLiteral("list"), QStringLiteral("--status"),
                                       QStringLiteral("pending"), QStringLiteral("--json")});
    ASSERT_EQ(pending.exitCode, 0) << pending.err.toStdString();
    QList<int> clean, failing;
    for (const QJsonValue& v : rows(pending)) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        (anyCheckFails(o) ? failing : clean).append(o.value(QStringLiteral("id")).toInt());
    }
    ASSERT_GE(clean.size(), 2);
    ASSERT_GE(failing.size(), 1);

    // A viewer cannot decide; nothing changes.
    const QStringList approveTwo = {QStringLiteral("cert"), QStringLiteral("approve"), QString::number(clean.at(0)),
                                    QString::number(clean.at(1)), QStringLiteral("--json")};
    const CliResult viewer = cli(QStringLiteral("xem1"), approveTwo);
    EXPECT_EQ(viewer.exitCode, 1);
    EXPECT_EQ(viewer.json().value(QStringLiteral("refused")).toArray().size(), 2);
    EXPECT_TRUE(viewer.json().value(QStringLiteral("decided")).toArray().isEmpty());

    const CliResult approved = cli(QStringLiteral("canbo1"), approveTwo);
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    EXPECT_EQ(approved.json().value(QStringLiteral("decided")).toArray(), (QJsonArray{clean.at(0), clean.at(1)}));
    EXPECT_TRUE(approved.json().value(QStringLiteral("refused")).toArray().isEmpty());
    for (int id : {clean.at(0), clean.at(1)}) {
        const CliResult shown = cli(QStringLiteral("canbo1"), {QStringLiteral("cert"), QStringLiteral("show"),
                                                               QString::number(id), QStringLiteral("--json")});
        ASSERT_EQ(shown.exitCode, 0);
        EXPECT_EQ(shown.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        EXPECT_EQ(shown.json().value(QStringLiteral("decided_by")).toString(), QStringLiteral("canbo1"));
    }
    // Twice: refused, naming who decided; the JSON is still printed.
    const CliResult twice = cli(QStringLiteral("canbo1"), approveTwo);
    EXPECT_EQ(twice.exitCode, 1);
    const QJsonArray refused = twice.json().value(QStringLiteral("refused")).toArray();
    ASSERT_EQ(refused.size(), 2);
    EXPECT_TRUE(
        refused.first().toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("canbo1")));

    // The audit log has the two approvals and still verifies.
    const CliResult audit =
        cli(QStringLiteral("canbo1"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                                       QStringLiteral("10"), QStringLiteral("--json")});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    QSet<QString> approvedIds;
    for (const QJsonValue& v : rows(audit)) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() == QLatin1String("certificate.approve") &&
            e.value(QStringLiteral("actor")).toString() == QLatin1String("canbo1"))
            approvedIds.insert(e.value(QStringLiteral("entity_id")).toString());
    }
    EXPECT_TRUE(approvedIds.contains(QString::number(clean.at(0))));
    EXPECT_TRUE(approvedIds.contains(QString::number(clean.at(1))));
    const CliResult verify =
        cli(QStringLiteral("canbo1"), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.json().value(QStringLiteral("ok")).toBool());

    // A failed check: refused without --yes (stdin is no terminal here), approved with it.
    const int bad = failing.first();
    const QString officer = QStringLiteral("canbo1");
    const QStringList approveBad = {QStringLiteral("cert"), QStringLiteral("approve"), QString::number(bad),
                                    QStringLiteral("--json")};
    const CliResult no = cli(officer, approveBad);
    EXPECT_EQ(no.exitCode, 1);
    ASSERT_EQ(no.json().value(QStringLiteral("refused")).toArray().size(), 1);
    EXPECT_EQ(
        no.json().value(QStringLiteral("refused")).toArray().first().toObject().value(QStringLiteral("why")).toString(),
        QStringLiteral("not_confirmed"));
    EXPECT_TRUE(no.err.contains(QStringLiteral("--yes")));
    const CliResult yes = cli(officer, approveBad + QStringList{QStringLiteral("--yes")});
    EXPECT_EQ(yes.exitCode, 0) << yes.err.toStdString();

    // Reject needs a reason; revoke takes approved rows only.
    const CliResult noReason =
        cli(QStringLiteral("canbo1"), {QStringLiteral("cert"), QStringLiteral("reject"), QString::number(clean.at(0))});
    EXPECT_EQ(noReason.exitCode, 1);
    const CliResult revoked =
        cli(QStringLiteral("canbo1"),
            {QStringLiteral("cert"), QStringLiteral("revoke"), QString::number(clean.at(0)), QStringLiteral("--reason"),
             QStringLiteral("Lộ khóa bí mật"), QStringLiteral("--json")});
    EXPECT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();
    const CliResult afterRevoke =
        cli(QStringLiteral("canbo1"),
            {QStringLiteral("cert"), QStringLiteral("show"), QString::number(clean.at(0)), QStringLiteral("--json")});
    EXPECT_EQ(afterRevoke.json().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    EXPECT_EQ(afterRevoke.json().value(QStringLiteral("revocation_reason")).toString(),
              QStringLiteral("Lộ khóa bí mật"));
    EXPECT_EQ(afterRevoke.json().value(QStringLiteral("decided_by")).toString(), QStringLiteral("canbo1"));
}

TEST_F(CliCert, OfficersOfAnotherUnitCannotDecide)
{
    const CliResult pending =
        cli(QStringLiteral("canbo1"), {QStringLiteral("cert"), QStringLiteral("list"), QStringLiteral("--status"),
                                       QStringLiteral("pending"), QStringLiteral("--json")});
    ASSERT_EQ(pending.exitCode, 0);
    ASSERT_FALSE(rows(pending).isEmpty());
    const QString id = QString::number(rows(pending).first().toObject().value(QStringLiteral("id")).toInt());
    const CliResult r =
        cli(QStringLiteral("canbo2"), {QStringLiteral("cert"), QStringLiteral("reject"), id, QStringLiteral("--reason"),
                                       QStringLiteral("x"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(
        r.json().value(QStringLiteral("refused")).toArray().first().toObject().value(QStringLiteral("why")).toString(),
        QStringLiteral("not_allowed"));
    // And they do not see the other unit's rows at all.
    const CliResult list =
        cli(QStringLiteral("canbo2"), {QStringLiteral("cert"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    for (const QJsonValue& v : rows(list))
        EXPECT_TRUE(v.toObject().value(QStringLiteral("school")).toString().startsWith(QLatin1String("TH02")));
}

TEST_F(CliCert, TrustAndCrlCommands)
{
    const PrivateKey key = PrivateKey::generateEc();
    const Certificate root = CertificateBuilder()
                                 .setSubject({{"CN", QStringLiteral("Rehearsal Root CA")}, {"C", QStringLiteral("VN")}})
                                 .setValidity(utc(2020, 1, 1), utc(2040, 1, 1))
                                 .setCa(true)
                                 .setKeyUsage(KeyUsageFlag::KeyCertSign | KeyUsageFlag::CrlSign)
                                 .sign(key)
                                 .value();
    const QString rootFile = write(QStringLiteral("root.cer"), root.der());
    const QStringList add = {QStringLiteral("trust"), QStringLiteral("add"), rootFile, QStringLiteral("--json")};
    EXPECT_EQ(cli(QStringLiteral("canbo1"), add).exitCode, 1); // administrators only
    EXPECT_EQ(
        cli(QStringLiteral("admin"), add + QStringList{QStringLiteral("--family"), QStringLiteral("gov")}).exitCode, 2);
    const CliResult added = cli(QStringLiteral("admin"), add);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    ASSERT_EQ(rows(added).size(), 1);
    EXPECT_EQ(rows(added).first().toObject().value(QStringLiteral("family")).toString(), QStringLiteral("test"));
    EXPECT_EQ(rows(added).first().toObject().value(QStringLiteral("sha256")).toString(), root.sha256Hex());
    EXPECT_EQ(cli(QStringLiteral("admin"), add).exitCode, 1); // already there

    const CliResult list =
        cli(QStringLiteral("xem1"), {QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    QSet<QString> families;
    bool found = false;
    int bundled = 0;
    for (const QJsonValue& v : rows(list)) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"id", "subject", "sha256", "family", "is_root"})
            EXPECT_TRUE(o.contains(QLatin1String(key)));
        families.insert(o.value(QStringLiteral("family")).toString());
        // Marked as the window marks them: the rehearsal root added above and the demo's own CAs
        // are test roots; Vietnam's bundled roots and intermediates are not.
        const QString subject = o.value(QStringLiteral("subject")).toString();
        if (o.value(QStringLiteral("sha256")).toString() == root.sha256Hex() || subject.contains("(demo)")) {
            EXPECT_TRUE(o.value(QStringLiteral("test")).toBool()) << subject.toStdString();
        } else if (subject.contains(QStringLiteral("Ban Cơ yếu Chính phủ")) ||
                   subject.contains(QStringLiteral("VNPT"))) {
            EXPECT_FALSE(o.value(QStringLiteral("test")).toBool()) << subject.toStdString();
            ++bundled;
        }
        found = found || o.value(QStringLiteral("sha256")).toString() == root.sha256Hex();
    }
    EXPECT_TRUE(found);
    EXPECT_GT(bundled, 0) << "Vietnam's real roots are in every store";
    EXPECT_EQ(families, (QSet<QString>{QStringLiteral("vgca"), QStringLiteral("public"), QStringLiteral("test")}));

    CrlBuilder crl;
    crl.setIssuer(root, key).setThisUpdate(utc(2026, 11, 1)).setNextUpdate(utc(2026, 12, 1));
    crl.addRevokedSerial(QStringLiteral("0badc0de"), utc(2026, 10, 1));
    const QString crlFile = write(QStringLiteral("root.crl"), crl.build().value());
    const CliResult crlAdded = cli(QStringLiteral("canbo1"),
                                   {QStringLiteral("crl"), QStringLiteral("add"), crlFile, QStringLiteral("--json")});
    ASSERT_EQ(crlAdded.exitCode, 0) << crlAdded.err.toStdString();
    const CliResult crls =
        cli(QStringLiteral("canbo1"), {QStringLiteral("crl"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(crls.exitCode, 0);
    ASSERT_EQ(rows(crls).size(), 1);
    const QJsonObject c = rows(crls).first().toObject();
    EXPECT_EQ(c.value(QStringLiteral("revoked")).toInt(), 1);
    EXPECT_TRUE(c.value(QStringLiteral("issuer")).toString().contains(QStringLiteral("Rehearsal Root CA")));
    EXPECT_TRUE(c.value(QStringLiteral("this_update")).toString().startsWith(QLatin1String("2026-11-01")));
    EXPECT_TRUE(c.value(QStringLiteral("next_update")).toString().startsWith(QLatin1String("2026-12-01")));
    // A CRL of an authority the store does not trust is refused.
    const PrivateKey otherKey = PrivateKey::generateEc();
    const Certificate other = CertificateBuilder()
                                  .setSubject({{"CN", QStringLiteral("Unknown CA")}})
                                  .setValidity(utc(2020, 1, 1), utc(2040, 1, 1))
                                  .setCa(true)
                                  .sign(otherKey)
                                  .value();
    CrlBuilder foreign;
    foreign.setIssuer(other, otherKey).setThisUpdate(utc(2026, 11, 1)).setNextUpdate(utc(2026, 12, 1));
    EXPECT_EQ(cli(QStringLiteral("canbo1"), {QStringLiteral("crl"), QStringLiteral("add"),
                                             write(QStringLiteral("foreign.crl"), foreign.build().value())})
                  .exitCode,
              1);
    EXPECT_EQ(
        rows(cli(QStringLiteral("canbo1"), {QStringLiteral("crl"), QStringLiteral("list"), QStringLiteral("--json")}))
            .size(),
        1);
}
