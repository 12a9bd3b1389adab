#pragma once

#include "SchoolImportPlan.h"
#include "ServiceContext.h"

#include <functional>

namespace hocbaso::services {

// Imports a school list file (CSV or .xlsx, CLI.md "School import files") into the organisation:
// read, planned against the store (SchoolImportPlan: added, updated, unchanged, refused, line by
// line), then written all at once or not at all. Administrators only, into their own unit and the
// units below it; each school written goes through UnitAdmin (one SchoolBatch for the whole file), so
// the same rules and audit events apply as to a school added by hand. Importing the same file twice
// changes nothing the second time.
class SchoolImport
{
public:
    explicit SchoolImport(ServiceContext& ctx) : m_ctx(ctx) {}

    // What the file would do; nothing is written (the GUI preview, `school import --dry-run`).
    Result<SchoolImportPlan> plan(const QString& path);
    // Told how many of the plan's steps are written; returning false cancels the import, which
    // then leaves the store as it was. Called on the thread that runs apply().
    using Progress = std::function<bool(int done, int total)>;

    // Writes a plan without refusals in one transaction: any failure or a cancel leaves the store
    // as it was.
    Status apply(const SchoolImportPlan& plan, const Progress& progress = {});

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
