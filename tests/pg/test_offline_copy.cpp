// The application layer's offline copy (app/workspace): the one implementation of "make an
// offline copy", "take it up again" and "sync it" that the desktop's Work offline / Sync and the
// command line's `replica create` / `sync` call. PostgreSQL only.

#include "support/ReplicaSupport.h"

#include "services/RevocationReview.h"
#include "store/RecordContentCodec.h"
#include "store/RecordRepository.h"
#include "store/SignatureCodec.h"
#include "workspace/OfflineCopy.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::CentralStore;

namespace {

const QString kPassword = QString::fromLatin1(CentralStore::kPassword);

qint64 pendingRequestOfUnit(CentralStore& c, int unit)
{
    return c.count(QStringLiteral("SELECT r.id FROM revocation_requests r JOIN records rec ON rec.id = r.record_id "
                                  "JOIN schools s ON s.id = rec.school_id WHERE s.unit_id = %1 AND r.status = "
                                  "'pending' ORDER BY r.id LIMIT 1")
                       .arg(c.unitId(unit)));
}

} // namespace

// Download, offline sign-in with the outbox wired, a decision offline, sync: the server has the
// decision, the copy has nothing waiting, and the copy keeps the password the server accepted.
TEST(OfflineCopy, DownloadWorkOfflineAndSync)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FixedClock clock(c->store().clock().now());
    const QString login = c->user(QStringLiteral("canbo1"));
    const workspace::StoreLocation server = workspace::StoreLocation::server(c->store().conninfo());
    workspace::OfflineCopy copy(dir.filePath(QStringLiteral("copy.sqlite")), clock);

    auto before = copy.status();
    ASSERT_TRUE(before.ok()) << before.errorString().toStdString();
    EXPECT_FALSE(before->isReplica);

    // A wrong password downloads nothing and leaves no copy behind that one could sign in to.
    EXPECT_FALSE(copy.download(server, login, QStringLiteral("sai")).ok());
    auto refused = copy.status();
    ASSERT_TRUE(refused.ok());
    EXPECT_FALSE(refused->isReplica);

    auto done = copy.download(server, login, kPassword);
    ASSERT_TRUE(done.ok()) << done.errorString().toStdString();
    EXPECT_GT(done->records, 0);
    auto after = copy.status();
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->isReplica);
    EXPECT_TRUE(after->complete);
    EXPECT_EQ(after->login, login);
    EXPECT_EQ(after->pending, 0);

    // Signing in to the copy gives an offline workspace whose changes go to the outbox.
    auto ws = workspace::Workspace::signIn(workspace::StoreLocation::localFile(copy.path()),
                                           services::Edition::ManagingUnit, login, kPassword, clock);
    ASSERT_TRUE(ws.ok()) << ws.errorString().toStdString();
    EXPECT_TRUE((*ws)->isOffline());
    EXPECT_NE((*ws)->context().outbox, nullptr);
    EXPECT_EQ((*ws)->unit().id, c->unitId(1));
    const qint64 request = pendingRequestOfUnit(*c, 1);
    ASSERT_GT(request, 0);
    QSignalSpy recorded((*ws).get(), &workspace::Workspace::outboxChanged);
    ASSERT_TRUE(services::RevocationReview((*ws)->context()).approve({request}).ok());
    EXPECT_TRUE(recorded.wait(5000));
    auto waiting = (*ws)->replicaStatus();
    ASSERT_TRUE(waiting.ok());
    EXPECT_EQ(waiting->pending, 1);
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM revocation_requests WHERE id = %1 AND status = 'pending'")
                           .arg(request)),
              1);

    auto report = copy.sync(server, login, kPassword);
    ASSERT_TRUE(report.ok()) << report.errorString().toStdString();
    EXPECT_EQ(report->pushed, 1);
    EXPECT_TRUE(report->conflicts.isEmpty());
    EXPECT_EQ(c->count(QStringLiteral("SELECT count(*) FROM revocation_requests WHERE id = %1 AND status = 'approved'")
                           .arg(request)),
              1);
    auto synced = (*ws)->replicaStatus();
    ASSERT_TRUE(synced.ok());
    EXPECT_EQ(synced->pending, 0);
    EXPECT_TRUE(synced->lastSync.isValid());
}

// The download writes the copy in the lean form (issue 22): every version's content packed, and
// reading back, byte for byte, what the server holds as text, with the same hash.
TEST(OfflineCopy, TheCopyIsWrittenPackedAndReadsWhatTheServerHolds)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FixedClock clock(c->store().clock().now());
    const QString login = c->user(QStringLiteral("canbo1"));
    workspace::OfflineCopy copy(dir.filePath(QStringLiteral("copy.sqlite")), clock);
    auto done = copy.download(workspace::StoreLocation::server(c->store().conninfo()), login, kPassword);
    ASSERT_TRUE(done.ok()) << done.errorString().toStdString();

    QHash<qint64, QByteArray> server;
    {
        QSqlQuery q(c->store().db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, content FROM record_versions")));
        while (q.next())
            server.insert(q.value(0).toLongLong(), q.value(1).toString().toUtf8());
    }
    auto replica = store::Database::open(store::ConnectionSpec::sqlite(copy.path(), false));
    ASSERT_TRUE(replica.ok()) << replica.errorString().toStdString();
    QSqlQuery q((*replica)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, content, content_sha256 FROM record_versions")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const qint64 id = q.value(0).toLongLong();
        ASSERT_TRUE(server.contains(id)) << id;
        EXPECT_TRUE(store::RecordContentCodec::isPacked(q.value(1))) << id;
        const QByteArray content = store::RecordContentCodec::contentOf(q.value(1));
        EXPECT_EQ(content, server.value(id)) << id;
        EXPECT_EQ(q.value(2).toString(),
                  QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()))
            << id;
    }
    EXPECT_GT(rows, 0);

    // Signatures: those by a registered certificate packed with it, and every one read back as the
    // server holds it, byte for byte, by the repository that verification reads them through.
    QHash<qint64, QByteArray> serverCms;
    {
        QSqlQuery s(c->store().db().connection());
        ASSERT_TRUE(s.exec(QStringLiteral("SELECT id, cms FROM signatures")));
        while (s.next())
            serverCms.insert(s.value(0).toLongLong(), s.value(1).toByteArray());
    }
    ASSERT_FALSE(serverCms.isEmpty());
    qint64 packedBytes = 0, cmsBytes = 0;
    QSqlQuery g((*replica)->connection());
    ASSERT_TRUE(g.exec(QStringLiteral("SELECT id, cms, record_id, version FROM signatures WHERE certificate_id IS NOT "
                                      "NULL ORDER BY id")));
    store::RecordRepository records(**replica);
    int signatures = 0;
    while (g.next()) {
        ++signatures;
        const qint64 id = g.value(0).toLongLong();
        ASSERT_TRUE(serverCms.contains(id)) << id;
        EXPECT_TRUE(store::SignatureCodec::isPacked(g.value(1).toByteArray())) << id;
        packedBytes += g.value(1).toByteArray().size();
        cmsBytes += serverCms.value(id).size();
        if (signatures % 25 != 1)
            continue;
        auto read = records.signatures(g.value(2).toLongLong(), g.value(3).toInt());
        ASSERT_TRUE(read.ok()) << read.errorString().toStdString();
        for (const Signature& sig : *read)
            EXPECT_EQ(sig.cms, serverCms.value(sig.id)) << sig.id;
    }
    EXPECT_GT(signatures, 0);
    EXPECT_LT(packedBytes * 2, cmsBytes) << packedBytes << " packed of " << cmsBytes;
}

// A copy taken up again after an online sign-in takes the password the server has just accepted;
// the old one no longer opens it. A sync with a wrong password changes nothing.
TEST(OfflineCopy, AdoptKeepsTheNewPasswordAndAWrongOneSyncsNothing)
{
    HOCBASO_MAKE_CENTRAL_STORE(c);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FixedClock clock(c->store().clock().now());
    const QString login = c->user(QStringLiteral("canbo1"));
    const workspace::StoreLocation server = workspace::StoreLocation::server(c->store().conninfo());
    workspace::OfflineCopy copy(dir.filePath(QStringLiteral("copy.sqlite")), clock);
    ASSERT_TRUE(copy.download(server, login, kPassword).ok());

    const QString changed = QStringLiteral("Mật khẩu mới 2026!");
    ASSERT_TRUE(copy.adopt(login, changed).ok());
    const auto local = workspace::StoreLocation::localFile(copy.path());
    EXPECT_FALSE(workspace::Workspace::signIn(local, services::Edition::ManagingUnit, login, kPassword, clock).ok());
    auto ws = workspace::Workspace::signIn(local, services::Edition::ManagingUnit, login, changed, clock);
    ASSERT_TRUE(ws.ok()) << ws.errorString().toStdString();
    EXPECT_EQ((*ws)->syncPassword(), changed);

    auto before = copy.status();
    ASSERT_TRUE(before.ok());
    auto wrong = copy.sync(server, login, QStringLiteral("sai"));
    EXPECT_FALSE(wrong.ok());
    auto status = copy.status();
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->lastSync, before->lastSync);
    // Nor did the wrong password become the copy's.
    EXPECT_TRUE(workspace::Workspace::signIn(local, services::Edition::ManagingUnit, login, changed, clock).ok());
}
