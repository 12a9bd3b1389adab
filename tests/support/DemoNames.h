#pragma once

#include "services/NameGenerator.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace hocbaso::test {

// The demo's name lists, loaded once for the whole test program. Tests that call this need them,
// so a list that cannot be read ends the program after saying why.
inline const NameGenerator& demoNames()
{
    static const NameGenerator g = [] {
        auto loaded = NameGenerator::load();
        if (!loaded) {
            ADD_FAILURE() << loaded.errorString().toStdString();
            std::abort();
        }
        return std::move(loaded).value();
    }();
    return g;
}

} // namespace hocbaso::test
