#pragma once

#include "ServiceContext.h"

#include <QList>

namespace hocbaso::services {

// What the search forms offer to choose from: the schools of the actor's managing unit and the
// school years that hold records. Read-only; the lookup itself still checks every permission.
class SchoolDirectory
{
public:
    explicit SchoolDirectory(ServiceContext& ctx) : m_ctx(ctx) {}
    // The schools of the actor's unit (every school for the system actor), in Vietnamese order.
    Result<QList<School>> schools();
    // `school list`: every school the store shows the signed-in person (the central store's
    // row-level security limits it to what their role may read; a local file shows all).
    Result<QList<School>> everySchool();
    // School years (first calendar year) that hold records, newest first.
    Result<QList<int>> schoolYears();

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
