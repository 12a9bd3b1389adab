// Converting a store made before schema 28 to packed record content and signatures (issue 22),
// through the real hocbaso-cli: every record, signature and audit event is kept, the content of
// every version and the CMS of every signature come back byte for byte, the store works while half converted, and a
// conversion killed with SIGKILL goes on where it stopped.

#include "support/CliDemoSuite.h"

#include "store/RecordContentCodec.h"
#include "store/SignatureCodec.h"

#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

namespace store = hocbaso::store;
using hocbaso::test::CliDemoSuite;
using hocbaso::test::CliResult;
using store::RecordContentCodec;
using store::SignatureCodec;

namespace {

// A signed demo of two years, enough versions for several batches of ten.
class StoreCompaction : public CliDemoSuite
{
protected:
    static void SetUpTestSuite()
    {
        makeTemplate({QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--units"), QStringLiteral("2"),
                      QStringLiteral("--schools"), QStringLiteral("3"), QStringLiteral("--students"),
                      QStringLiteral("30"), QStringLiteral("--years"), QStringLiteral("2")});
    }

    CliResult as(const QString& user, const QStringList& args, const QProcessEnvironment& extra = {}) const
    {
        return asUser(user, args, extra);
    }

    // Makes the file what schema 27 wrote: every content as text, no migration 28 or 29, no packing
    // mark. (Migration 28 changes no table and 29's column, index and trigger are dropped, so this is
    // exactly a store of schema 27.) Returns
    // each version's content, to compare with after the conversion.
    QHash<qint64, QByteArray> makeSchema27Store()
    {
        QHash<qint64, QByteArray> contents;
        withFile([&](QSqlDatabase& db) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, content FROM record_versions")));
            while (q.next()) {
                const auto content = RecordContentCodec::fromColumn(q.value(1));
                ASSERT_TRUE(content.has_value());
                contents.insert(q.value(0).toLongLong(), *content);
            }
            q.finish();
            ASSERT_TRUE(db.transaction());
            QSqlQuery u(db);
            ASSERT_TRUE(u.prepare(QStringLiteral("UPDATE record_versions SET content = ? WHERE id = ?")));
            for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
                u.addBindValue(QString::fromUtf8(it.value()));
                u.addBindValue(it.key());
                ASSERT_TRUE(u.exec());
            }
            // Every CMS as it is, as before schema 30 (the demo writes them packed).
            QSqlQuery g(db);
            ASSERT_TRUE(g.exec(QStringLiteral("SELECT g.id, g.cms, c.der FROM signatures g LEFT JOIN certificates c "
                                              "ON c.id = g.certificate_id")));
            QHash<qint64, QByteArray> cms;
            while (g.next()) {
                const auto raw = SignatureCodec::unpack(g.value(1).toByteArray(), g.value(2).toByteArray());
                ASSERT_TRUE(raw.has_value());
                cms.insert(g.value(0).toLongLong(), *raw);
            }
            g.finish();
            ASSERT_TRUE(u.prepare(QStringLiteral("UPDATE signatures SET cms = ? WHERE id = ?")));
            for (auto it = cms.cbegin(); it != cms.cend(); ++it) {
                u.addBindValue(it.value());
                u.addBindValue(it.key());
                ASSERT_TRUE(u.exec());
            }
            m_cms = cms;
            // Later migrations undone too, so that opening the file applies them all again.
            ASSERT_TRUE(u.exec(QStringLiteral("DROP TRIGGER revocation_requests_school")));
            ASSERT_TRUE(u.exec(QStringLiteral("DROP INDEX revocation_school_status")));
            ASSERT_TRUE(u.exec(QStringLiteral("ALTER TABLE revocation_requests DROP COLUMN school_id")));
            ASSERT_TRUE(u.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 28")));
            ASSERT_TRUE(u.exec(QStringLiteral("DELETE FROM meta WHERE key IN ('content_packing', "
                                              "'signature_packing')")));
            ASSERT_TRUE(db.commit());
        });
        return contents;
    }

    // Every signature's CMS read back through the codec, and how many by a certificate are not packed.
    QHash<qint64, QByteArray> cmsNow(qint64* unpacked = nullptr)
    {
        QHash<qint64, QByteArray> cms;
        qint64 raw = 0;
        withFile([&](QSqlDatabase& db) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT g.id, g.cms, c.der FROM signatures g LEFT JOIN certificates c "
                                              "ON c.id = g.certificate_id")));
            while (q.next()) {
                const QByteArray stored = q.value(1).toByteArray();
                raw += !q.value(2).isNull() && !SignatureCodec::isPacked(stored) ? 1 : 0;
                cms.insert(q.value(0).toLongLong(), SignatureCodec::cmsOf(stored, q.value(2).toByteArray()));
            }
        });
        if (unpacked)
            *unpacked = raw;
        return cms;
    }

    QHash<qint64, QByteArray> m_cms; // every CMS as makeSchema27Store left it

    // Every version's content read back through the codec, and how many are still text.
    QHash<qint64, QByteArray> contentsNow(qint64* text = nullptr)
    {
        QHash<qint64, QByteArray> contents;
        qint64 asText = 0;
        withFile([&](QSqlDatabase& db) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, content FROM record_versions")));
            while (q.next()) {
                asText += RecordContentCodec::isPacked(q.value(1)) ? 0 : 1;
                contents.insert(q.value(0).toLongLong(), RecordContentCodec::contentOf(q.value(1)));
            }
        });
        if (text)
            *text = asText;
        return contents;
    }
};

} // namespace

TEST_F(StoreCompaction, ASchema27StoreIsPackedKeepingEverythingAndResumesAfterKill)
{
    const QHash<qint64, QByteArray> before = makeSchema27Store();
    ASSERT_GT(before.size(), 40) << "the demo should have enough versions for several batches";
    const qint64 signatures = one(QStringLiteral("SELECT count(*) FROM signatures")).toLongLong();
    const qint64 audit = one(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
    ASSERT_GT(signatures, 0);
    const auto infoBefore = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("info")});
    ASSERT_EQ(infoBefore.exitCode, 0) << infoBefore.err.toStdString();
    EXPECT_GE(infoBefore.json().value(QStringLiteral("schema_version")).toInt(), 29) << "opening migrates";
    EXPECT_TRUE(infoBefore.json().value(QStringLiteral("content_packing_needed")).toBool());
    const auto infoText = as(QStringLiteral("admin"), {QStringLiteral("info")});
    EXPECT_TRUE(infoText.out.contains(QStringLiteral("hocbaso-cli compact"))) << infoText.out.toStdString();

    // Killed after two committed batches of 10 versions.
    QProcessEnvironment kill;
    kill.insert(QStringLiteral("HOCBASO_TEST_PACKING_BATCH"), QStringLiteral("10"));
    kill.insert(QStringLiteral("HOCBASO_TEST_KILL_AFTER_PACKED_BATCHES"), QStringLiteral("2"));
    const auto killed = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("compact")}, kill);
    ASSERT_EQ(killed.exitCode, -1) << "not killed: " << killed.out.toStdString() << killed.err.toStdString();
    qint64 text = 0;
    EXPECT_EQ(contentsNow(&text), before);
    EXPECT_EQ(text, before.size() - 20) << "two batches packed, the rest still text";

    // Half converted, the store works: every signature verifies against the content it reads.
    const auto verify = as(QStringLiteral("canboso"), {QStringLiteral("--json"), QStringLiteral("record"),
                                                       QStringLiteral("verify"), QStringLiteral("--all")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString() << verify.err.toStdString();
    EXPECT_GT(verify.json().value(QStringLiteral("valid")).toInteger(), 0);

    // Run again, it goes on from where it stopped and finishes.
    const auto done = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("compact")});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    const QJsonObject report = done.json();
    EXPECT_EQ(report.value(QStringLiteral("packed")).toInteger(), before.size() - 20);
    EXPECT_TRUE(report.value(QStringLiteral("complete")).toBool());
    EXPECT_TRUE(report.value(QStringLiteral("vacuumed")).toBool());
    EXPECT_LT(report.value(QStringLiteral("content_bytes_after")).toInteger() * 3,
              report.value(QStringLiteral("content_bytes_before")).toInteger());
    EXPECT_LT(report.value(QStringLiteral("file_bytes_after")).toInteger(),
              report.value(QStringLiteral("file_bytes_before")).toInteger());

    EXPECT_EQ(contentsNow(&text), before) << "every version's content, byte for byte";
    EXPECT_EQ(text, 0);
    // And every signature by a registered certificate packed with it, each CMS byte for byte.
    qint64 unpacked = -1;
    EXPECT_EQ(cmsNow(&unpacked), m_cms);
    EXPECT_EQ(unpacked, 0);
    const qint64 byCertificate =
        one(QStringLiteral("SELECT count(*) FROM signatures WHERE certificate_id IS NOT NULL")).toLongLong();
    ASSERT_GT(byCertificate, 0);
    EXPECT_EQ(report.value(QStringLiteral("signatures_packed")).toInteger(), byCertificate);
    EXPECT_LT(report.value(QStringLiteral("signature_bytes_after")).toInteger() * 2,
              report.value(QStringLiteral("signature_bytes_before")).toInteger());
    EXPECT_EQ(one(QStringLiteral("SELECT count(*) FROM signatures")).toLongLong(), signatures);
    EXPECT_EQ(one(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong(), audit);
    const auto auditOk =
        as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(auditOk.exitCode, 0) << auditOk.out.toStdString();
    EXPECT_TRUE(auditOk.json().value(QStringLiteral("ok")).toBool());
    const auto infoAfter = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("info")});
    EXPECT_FALSE(infoAfter.json().value(QStringLiteral("content_packing_needed")).toBool());
    for (const char* key : {"records", "schools", "students", "certificates", "revocation_requests"})
        EXPECT_EQ(infoAfter.json().value(QLatin1String(key)), infoBefore.json().value(QLatin1String(key))) << key;
    const auto verifyAfter = as(QStringLiteral("canboso"), {QStringLiteral("--json"), QStringLiteral("record"),
                                                            QStringLiteral("verify"), QStringLiteral("--all")});
    EXPECT_EQ(verifyAfter.exitCode, 0) << verifyAfter.out.toStdString();

    // Nothing is left: a third run packs nothing.
    const auto again = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("compact")});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.json().value(QStringLiteral("packed")).toInteger(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("signatures_packed")).toInteger(), 0);
    EXPECT_TRUE(again.json().value(QStringLiteral("complete")).toBool());
}

TEST_F(StoreCompaction, ANewStoreHasNothingToPackAndOnlyKeepersMayRunIt)
{
    qint64 text = -1;
    contentsNow(&text);
    EXPECT_EQ(text, 0) << "the demo writes packed content";
    qint64 unpacked = -1;
    cmsNow(&unpacked);
    EXPECT_EQ(unpacked, 0) << "and packed signatures";
    const auto r = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("compact")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("packed")).toInteger(), 0);
    EXPECT_TRUE(r.json().value(QStringLiteral("complete")).toBool());
    const auto viewer = as(QStringLiteral("xem1"), {QStringLiteral("compact")});
    EXPECT_EQ(viewer.exitCode, 1) << viewer.out.toStdString();
}
