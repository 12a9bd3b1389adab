#pragma once

#include "Workspace.h"

#include <functional>

namespace hocbaso::workspace {

// Stops the statement that runs on a worker's connection, from any thread: for work that became
// useless while it ran (a lookup's count after a newer keystroke). The statement fails with the
// engine's "interrupted"; when none runs, a later statement may be the one stopped, so callers
// retry work they still want. Take it on the worker's own thread; call it only while the worker
// lives. Does nothing when the driver's handle is not usable.
std::function<void()> interrupterOf(Workspace::Worker& worker);

} // namespace hocbaso::workspace
