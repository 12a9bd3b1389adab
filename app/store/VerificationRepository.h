#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QHash>
#include <QList>
#include <optional>

namespace hocbaso::store {

// Receipt verification results (schema 18): one per sent record version, and the walk over the
// sent versions that verifyAll pages through by version id.
class VerificationRepository
{
public:
    explicit VerificationRepository(Database& db) : m_db(db) {}

    // Which sent versions a walk visits. The actor's reach comes as a school or a unit (the unit and
    // every unit below it); the central store narrows again by row-level security.
    struct Scope
    {
        qint64 schoolId = 0;
        qint64 unitId = 0;
        QString schoolCode;
        std::optional<int> schoolYear;
        bool unverifiedOnly = true; // false: every sent version, verified before or not
        // Non-zero: only versions with a signature by this registered certificate stored as made
        // at or after signedSince (a certificate its CA revoked: what it signed from then on).
        qint64 signedWithCertificate = 0;
        QDateTime signedSince;
    };

    // A sent version to verify, with what the verification needs of its record.
    struct Pending
    {
        RecordVersion version;
        QString uuid;
        qint64 schoolId = 0;
        QString schoolCode;
    };

    // At most `limit` sent versions of the scope with an id above `afterVersionId`, by id.
    Result<QList<Pending>> sentVersions(const Scope& scope, qint64 afterVersionId, int limit);
    // How many sent versions the scope holds (for progress).
    Result<qint64> countSent(const Scope& scope);
    // Writes (or overwrites) the results, in the caller's transaction.
    Status save(const QList<RecordVerificationRow>& rows);
    // The results of the records' current versions, by record id (records never verified absent).
    Result<QHash<qint64, RecordVerificationRow>> currentOf(const QList<qint64>& recordIds);
    // The result of one version, if any.
    Result<std::optional<RecordVerificationRow>> ofVersion(qint64 versionId);
    // Records of a school year (and grade, 0: all) whose current version was found invalid, per
    // school id, over the given schools.
    Result<QHash<qint64, qint64>> invalidBySchool(int schoolYear, int grade, const QList<qint64>& schoolIds);

private:
    QString scopeWhere(const Scope& scope, QVariantList& values) const;
    Database& m_db;
};

} // namespace hocbaso::store
