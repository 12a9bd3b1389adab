#include "StoreSetup.h"

#include "SigningKeys.h"
#include "crypto/Certificate.h"
#include "store/CertificateRepository.h"
#include "store/MetaRepository.h"
#include "store/Migrator.h"
#include "store/TrustRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

namespace hocbaso::services {
namespace {

struct BundledAnchor
{
    const char* file;
    const char* family;
    bool isRoot;
};

// Vietnam's real roots and intermediates (../shared/data/vn-ca), shipped as resources.
constexpr BundledAnchor kBundled[] = {
    {":/vn-ca/rootcag2.crt", "vgca", true},
    {":/vn-ca/cpcag2.crt", "vgca", false},
    {":/vn-ca/vnrca256.crt", "public", true},
    {":/vn-ca/vnpt-ca-sha2.crt", "public", false},
};

} // namespace

QString StoreSetup::defaultDatabasePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/hocbaso/hocbaso.sqlite");
}

void StoreSetup::discardNewSqliteStore(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QFile::remove(SigningKeys::pathBeside(path));
}

Result<int> StoreSetup::migrate(store::Database& db)
{
    store::Migrator migrator(db);
    return migrator.migrate();
}

Status StoreSetup::seedDefaults(store::Database& db, const Clock& clock)
{
    store::Transaction tx(db);
    if (!tx.isOpen())
        return tx.status();
    store::MetaRepository meta(db);
    auto epoch = meta.get(QStringLiteral("epoch"));
    if (!epoch)
        return epoch.error();
    if (!epoch->isEmpty())
        return tx.commit(); // seeded before
    if (auto s = meta.set(QStringLiteral("epoch"), QUuid::createUuid().toString(QUuid::WithoutBraces)); !s)
        return s;
    store::TrustRepository trust(db);
    for (const BundledAnchor& b : kBundled) {
        auto certs = crypto::Certificate::fromFile(QString::fromLatin1(b.file));
        if (!certs || certs->isEmpty())
            return Error::internal(QCoreApplication::translate("hocbaso::services::StoreSetup",
                                                               "The bundled certificate %1 cannot be read.")
                                       .arg(QString::fromLatin1(b.file)));
        const crypto::Certificate& c = certs->first();
        auto has = trust.hasAnchor(c.sha256Hex());
        if (!has)
            return has.error();
        if (*has)
            continue;
        TrustAnchorRow row;
        row.der = c.der();
        row.sha256 = c.sha256Hex();
        row.subject = c.subject();
        row.family = QString::fromLatin1(b.family);
        row.isRoot = b.isRoot;
        row.addedAt = clock.now();
        row.addedBy = QStringLiteral("system");
        if (auto id = trust.insertAnchor(row); !id)
            return id.error();
    }
    return tx.commit();
}

Result<std::unique_ptr<store::Database>> StoreSetup::open(const store::ConnectionSpec& spec, const Clock& clock)
{
    auto db = store::Database::open(spec);
    if (!db)
        return db.error();
    if (auto v = migrate(**db); !v)
        return v.error();
    // A person's own role on the central store finds the defaults that `init` (the owner) seeded.
    auto owner = store::Migrator(**db).mayChangeSchema();
    if (!owner)
        return owner.error();
    if (*owner) {
        if (auto s = seedDefaults(**db, clock); !s)
            return s.error();
    }
    return std::move(db).value();
}

} // namespace hocbaso::services
