#pragma once

#include <QStringList>

namespace hocbaso::cli {

// Runs one hocbaso-cli invocation; returns the process exit code (0 done, 1 refused, 2 usage).
int run(const QStringList& arguments);

} // namespace hocbaso::cli
