#pragma once

#include "TestStore.h"

#include "services/DemoGenerator.h"

namespace hocbaso::test {

// A small demo district in a test store (SQLite or PostgreSQL).
inline Result<services::DemoSummary> fillWithDemo(TestStore& t, int schools = 3, int students = 240,
                                                  bool signatures = true, const QString& keyFile = {})
{
    services::DemoOptions o;
    o.seed = 5;
    o.schools = schools;
    o.students = students;
    o.years = 2;
    o.password = QStringLiteral("Demo@2026");
    o.signatures = signatures;
    o.keyFilePath = keyFile;
    services::DemoGenerator g(t.context(), o);
    return g.run();
}

} // namespace hocbaso::test
