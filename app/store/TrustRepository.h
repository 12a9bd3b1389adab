#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace hocbaso::store {

// 6.1's trust store: the CA certificates school certificates must chain to, and the CRLs.
class TrustRepository
{
public:
    explicit TrustRepository(Database& db) : m_db(db) {}
    Result<qint64> insertAnchor(const TrustAnchorRow& a);
    Result<QList<TrustAnchorRow>> anchors();
    Result<bool> hasAnchor(const QString& sha256);

    struct CrlRow
    {
        qint64 id = 0;
        QString issuer;
        QByteArray der;
        QString sha256;
        QDateTime thisUpdate;
        QDateTime nextUpdate;
        int revokedCount = 0;
        QDateTime addedAt;
        QString addedBy;
    };
    Result<qint64> insertCrl(const CrlRow& c);
    Result<QList<CrlRow>> crls();

private:
    Database& m_db;
};

} // namespace hocbaso::store
