#pragma once

#include <QList>

namespace hocbaso {

// Primary schools teach grades 1 to 5 (lớp 1 to lớp 5): records, classes, lock dates and the
// statistics are kept per grade.
inline constexpr int kFirstGrade = 1;
inline constexpr int kLastGrade = 5;

inline constexpr bool isGrade(int grade)
{
    return grade >= kFirstGrade && grade <= kLastGrade;
}

// Every grade, in order.
inline const QList<int>& allGrades()
{
    static const QList<int> grades = [] {
        QList<int> all;
        for (int g = kFirstGrade; g <= kLastGrade; ++g)
            all.append(g);
        return all;
    }();
    return grades;
}

} // namespace hocbaso
