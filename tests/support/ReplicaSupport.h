#pragma once

// Offline replicas of a CentralStore for the sync tests: a device (a laptop with its own replica
// file, clock and offline sign-in), syncing it in-process, and comparing a replica with what the
// server shows its owner, table by table and value by value, read independently of the sync code.

#include "CentralStore.h"

#include "services/SignIn.h"
#include "store/RecordContentCodec.h"
#include "store/ReplicaRepository.h"
#include "store/SignatureCodec.h"
#include "store/SqlValues.h"
#include "store/SyncRepository.h"
#include "sync/ReplicaDownload.h"
#include "sync/ReplicaOutbox.h"
#include "sync/SyncService.h"
#include "workspace/OfflineCopy.h"

#include <QProcessEnvironment>
#include <QSqlRecord>
#include <QUuid>

namespace hocbaso::test {

// One officer's laptop: a replica file, a clock of its own (skewed in some tests), and, once
// signed in offline, a service context that records into the outbox.
struct Device
{
    QString login;
    QString path;
    FixedClock clock{QDateTime()};
    std::unique_ptr<store::Database> db;
    services::Actor actor;
    std::unique_ptr<sync::ReplicaOutbox> outbox;
    std::unique_ptr<services::ServiceContext> ctx;

    services::ServiceContext& context() { return *ctx; }
    store::Database& database() { return *db; }
    qint64 pending() { return *store::ReplicaRepository(*db).pendingCount(); }
    QString one(const QString& sql) { return oneOn(*db, sql); }
    // Closes the replica (before another process or connection uses the file).
    void close()
    {
        ctx.reset();
        outbox.reset();
        db.reset();
    }
};

class Devices
{
public:
    explicit Devices(CentralStore& c) : m_c(c) {}

    QString serverConninfo() const { return m_c.store().conninfo(); }

    // Downloads `base`'s unit into a new replica and signs in to it offline. Null with `why`.
    std::unique_ptr<Device> make(const QString& base, QString* why, int batchSize = 5000)
    {
        auto d = std::make_unique<Device>();
        d->login = m_c.user(base);
        d->path = m_dir.filePath(base + QString::number(++m_made) + QStringLiteral(".sqlite"));
        d->clock.set(m_c.store().clock().now());
        // The same steps as the desktop's "Work offline" and `replica create` (app/workspace).
        sync::DownloadOptions o;
        o.batchSize = batchSize;
        auto done = workspace::OfflineCopy(d->path, d->clock)
                        .download(workspace::StoreLocation::server(serverConninfo()), d->login,
                                  QString::fromLatin1(CentralStore::kPassword), o);
        if (!done) {
            *why = done.errorString();
            return nullptr;
        }
        if (!open(*d, why))
            return nullptr;
        return d;
    }

    // Signs in to the replica offline, as the GUI does.
    bool open(Device& d, QString* why)
    {
        d.close();
        auto s = services::SignIn(d.clock).signIn(store::ConnectionSpec::sqlite(d.path, false),
                                                  services::Edition::ManagingUnit, d.login,
                                                  QString::fromLatin1(CentralStore::kPassword));
        if (!s) {
            *why = s.errorString();
            return false;
        }
        if (!s->offline) {
            *why = QStringLiteral("the replica did not sign in offline");
            return false;
        }
        d.db = std::move(s->db);
        d.actor = s->actor;
        auto outbox = sync::ReplicaOutbox::open(*d.db, d.clock, d.login);
        if (!outbox) {
            *why = outbox.errorString();
            return false;
        }
        d.outbox = std::move(outbox).value();
        d.ctx.reset(new services::ServiceContext{*d.db, d.clock, d.actor, {}, d.outbox.get(), {}});
        return true;
    }

    // One sync of the device, in-process, signed in to the server as the device's owner.
    Result<sync::SyncReport> sync(Device& d, const sync::SyncOptions& options = {})
    {
        // The same steps as the desktop's "Sync" and `sync` (app/workspace), on a connection of
        // their own while the device keeps its replica open, as the desktop's worker does.
        return workspace::OfflineCopy(d.path, d.clock)
            .sync(workspace::StoreLocation::server(serverConninfo()), d.login,
                  QString::fromLatin1(CentralStore::kPassword), options);
    }

    // The server as the device's owner sees it (row-level security): what the replica must equal.
    std::unique_ptr<store::Database> serverAs(const QString& login, QString* why)
    {
        return m_c.store().openAs(login, QString::fromLatin1(CentralStore::kPassword), why);
    }

    // Empty when the replica holds exactly the rows and values the server shows `login`; otherwise
    // the first difference, in words.
    QString differences(Device& d)
    {
        QString why;
        auto server = serverAs(d.login, &why);
        if (!server)
            return why;
        return compare(*server, *d.db);
    }

    static QString canonical(const QVariant& v, bool isNull)
    {
        if (isNull || !v.isValid())
            return QStringLiteral("<null>");
        switch (v.typeId()) {
        case QMetaType::QDateTime:
            return store::sql::isoUtc(v.toDateTime());
        case QMetaType::QDate:
            return v.toDate().toString(Qt::ISODate);
        case QMetaType::Bool:
            return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        case QMetaType::QByteArray:
            return QString::fromLatin1(v.toByteArray().toHex());
        case QMetaType::QUuid:
            return v.toUuid().toString(QUuid::WithoutBraces);
        default:
            return v.toString();
        }
    }

    static QStringList rowsOf(store::Database& db, const QString& table, const QStringList& columns)
    {
        QStringList quoted;
        for (const QString& c : columns)
            quoted.append(QLatin1Char('"') + c + QLatin1Char('"'));
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        QStringList out;
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(quoted.join(QStringLiteral(", ")), table))) {
            out.append(QStringLiteral("<error %1>").arg(q.lastError().text()));
            return out;
        }
        // The replica keeps a signature's CMS packed with its certificate (store::SignatureCodec):
        // compared as the CMS it reads back, which must be the server's byte for byte.
        QHash<qint64, QByteArray> certificates;
        const qsizetype certificateColumn = columns.indexOf(QStringLiteral("certificate_id"));
        if (table == QLatin1String("signatures") && db.isSqlite()) {
            QSqlQuery c(db.connection());
            if (c.exec(QStringLiteral("SELECT id, der FROM certificates"))) {
                while (c.next())
                    certificates.insert(c.value(0).toLongLong(), c.value(1).toByteArray());
            }
        }
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i) {
                // The replica keeps record content packed (store::RecordContentCodec): compared as
                // the content it reads back, which must be the server's text byte for byte.
                const bool content =
                    table == QLatin1String("record_versions") && columns.at(i) == QLatin1String("content");
                const bool cms = table == QLatin1String("signatures") && columns.at(i) == QLatin1String("cms");
                const QByteArray certificate = cms && certificateColumn >= 0
                                                   ? certificates.value(q.value(int(certificateColumn)).toLongLong())
                                                   : QByteArray();
                const QVariant v = content && !q.isNull(i)
                                       ? QVariant(QString::fromUtf8(store::RecordContentCodec::contentOf(q.value(i))))
                                   : cms && !q.isNull(i)
                                       ? QVariant(store::SignatureCodec::cmsOf(q.value(i).toByteArray(), certificate))
                                       : q.value(i);
                values.append(columns.at(i) + QLatin1Char('=') + canonical(v, q.isNull(i)));
            }
            out.append(values.join(QLatin1Char('|')));
        }
        return out;
    }

    static QString compare(store::Database& server, store::Database& replica)
    {
        for (const QString& table : store::replicaTables()) {
            // The columns both have that the owner may read (password hashes stay on the server).
            QSqlQuery q(server.connection());
            q.prepare(QStringLiteral("SELECT column_name::text FROM information_schema.columns WHERE table_schema = "
                                     "current_schema() AND table_name = ? AND has_column_privilege(table_name::text, "
                                     "column_name::text, 'SELECT') ORDER BY ordinal_position"));
            q.addBindValue(table);
            if (!q.exec())
                return q.lastError().text();
            QStringList serverColumns;
            while (q.next())
                serverColumns.append(q.value(0).toString());
            QSqlQuery l(replica.connection());
            l.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            QStringList columns;
            while (l.next()) {
                if (serverColumns.contains(l.value(1).toString()))
                    columns.append(l.value(1).toString());
            }
            const QStringList expected = rowsOf(server, table, columns);
            const QStringList actual = rowsOf(replica, table, columns);
            if (expected == actual)
                continue;
            for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
                const QString e = expected.value(i, QStringLiteral("<none>"));
                const QString a = actual.value(i, QStringLiteral("<none>"));
                if (e != a)
                    return QStringLiteral("%1 (%2 rows on the server, %3 in the replica), row %4:\n  server:  %5\n  "
                                          "replica: %6")
                        .arg(table)
                        .arg(expected.size())
                        .arg(actual.size())
                        .arg(i)
                        .arg(e, a);
            }
        }
        return {};
    }

private:
    CentralStore& m_c;
    QTemporaryDir m_dir;
    int m_made = 0;
};

// A pending revocation request of unit `unit` (the n-th by id).
inline qint64 pendingRequest(CentralStore& c, int unit, int n = 0)
{
    return c.count(QStringLiteral("SELECT r.id FROM revocation_requests r JOIN records rec ON rec.id = r.record_id "
                                  "JOIN schools s ON s.id = rec.school_id WHERE s.unit_id = %1 AND r.status = "
                                  "'pending' ORDER BY r.id OFFSET %2 LIMIT 1")
                       .arg(c.unitId(unit))
                       .arg(n));
}

inline qint64 pendingCertificate(CentralStore& c, int unit, int n = 0)
{
    return c.count(QStringLiteral("SELECT c.id FROM certificates c JOIN schools s ON s.id = c.school_id WHERE "
                                  "s.unit_id = %1 AND c.status = 'pending' ORDER BY c.id OFFSET %2 LIMIT 1")
                       .arg(c.unitId(unit))
                       .arg(n));
}

inline QProcessEnvironment cliEnv(const QString& crashAt = {})
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOCBASO_PASSWORD"), QString::fromLatin1(CentralStore::kPassword));
    env.insert(QStringLiteral("HOCBASO_SYNC_CRASH_AT"), crashAt);
    return env;
}

} // namespace hocbaso::test

// Steps of the sync tests that stop the test when they fail.
#define MAKE_DEVICE(var, devices, base, ...)                                                                           \
    QString var##Why;                                                                                                  \
    auto var = (devices).make((base), &var##Why __VA_OPT__(, ) __VA_ARGS__);                                           \
    ASSERT_TRUE(var) << var##Why.toStdString();

#define SYNC_OK(var, devices, device, ...)                                                                             \
    auto var = (devices).sync((device)__VA_OPT__(, ) __VA_ARGS__);                                                     \
    ASSERT_TRUE(var.ok()) << var.errorString().toStdString();

#define EXPECT_SAME_AS_SERVER(devices, device)                                                                         \
    do {                                                                                                               \
        const QString diff = (devices).differences(device);                                                            \
        EXPECT_TRUE(diff.isEmpty()) << diff.toStdString();                                                             \
    } while (false)
