#include "SchoolDirectory.h"

#include "AuthService.h"
#include "store/SchoolRepository.h"
#include "store/StatsRepository.h"

#include <algorithm>
#include <functional>

namespace hocbaso::services {

Result<QList<School>> SchoolDirectory::schools()
{
    if (auto s = permissions::canView(m_ctx.actor, 0); !s)
        return s.error();
    return store::SchoolRepository(m_ctx.db).list(m_ctx.actor.system ? 0 : m_ctx.actor.unitId);
}

Result<QList<School>> SchoolDirectory::everySchool()
{
    return store::SchoolRepository(m_ctx.db).list();
}

Result<QList<int>> SchoolDirectory::schoolYears()
{
    if (auto s = permissions::canView(m_ctx.actor, 0); !s)
        return s.error();
    auto years = store::StatsRepository(m_ctx.db).schoolYears();
    if (!years)
        return years.error();
    QList<int> out = *years;
    // The current year is what an officer looks for most, so it comes first.
    std::sort(out.begin(), out.end(), std::greater<int>());
    return out;
}

} // namespace hocbaso::services
