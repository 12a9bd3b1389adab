#pragma once

#include "CliContext.h"

namespace hocbaso::cli {

// One function per command family; each returns the exit code.
int cmdInit(CliContext& c);
int cmdDemo(CliContext& c);
int cmdInfo(CliContext& c);
int cmdSchool(CliContext& c);
int cmdAudit(CliContext& c);
int cmdLookup(CliContext& c);
int cmdRecord(CliContext& c);

} // namespace hocbaso::cli
