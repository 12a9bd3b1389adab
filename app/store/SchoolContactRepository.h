#pragma once

#include "core/SchoolContact.h"

#include "Database.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hocbaso::store {

// Whom the managing unit calls about a school's records (6.4's "Đôn đốc"): school data, written by
// administrators. Kept beside the School entity rather than in it: only the reminders read it.
using hocbaso::SchoolContact;

class SchoolContactRepository
{
public:
    explicit SchoolContactRepository(Database& db) : m_db(db) {}
    // Per school of `schoolIds` (an unknown school reads as no contact).
    Result<QHash<qint64, SchoolContact>> byIds(const QList<qint64>& schoolIds);
    Status set(qint64 schoolId, const SchoolContact& contact);

private:
    Database& m_db;
};

} // namespace hocbaso::store
