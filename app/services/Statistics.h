#pragma once

#include "ServiceContext.h"

namespace hocbaso::services {

// One line of 6.4 (DOMAIN.md): expected = records of the year (and grade); confirmed complete =
// confirmed or sent; sent; not sent = expected - sent.
struct ProgressRow
{
    qint64 schoolId = 0;
    QString schoolCode;
    QString schoolName;
    int grade = 0; // 0: all grades
    qint64 expected = 0;
    qint64 confirmed = 0;
    qint64 sent = 0;
    qint64 notSent() const { return expected - sent; }
    double percentSent() const { return expected > 0 ? 100.0 * double(sent) / double(expected) : 0.0; }
    void add(const ProgressRow& o);
};

struct ProgressReport
{
    QString unitCode;
    QString unitName;
    int schoolYear = 0;
    int grade = 0;
    QList<ProgressRow> rows; // per school, schools in Vietnamese order
    ProgressRow totals;
};

class Statistics
{
public:
    explicit Statistics(ServiceContext& ctx) : m_ctx(ctx) {}
    Result<ProgressReport> report(int schoolYear, int grade = 0);
    // One school's grades 1-5.
    Result<QList<ProgressRow>> byGrade(const QString& schoolCode, int schoolYear);
    Result<QList<int>> schoolYears();
    int defaultYear() const;

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
