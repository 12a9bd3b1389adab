#pragma once

#include "workspace/Workspace.h"

namespace hocbaso::ui {

// The GUI's name for the signed-in workspace (app/workspace): pages get it through setSession();
// the session controller destroys it at sign-out, and with it the connection.
using Session = workspace::Workspace;

} // namespace hocbaso::ui
