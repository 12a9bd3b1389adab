#include "Cli.h"

namespace hocbaso::cli {

int run(const QStringList&)
{
    return 0;
}

} // namespace hocbaso::cli
