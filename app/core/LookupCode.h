#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace hocbaso {

// Mã tra cứu: a UUID. Accepted in any case, with or without braces and surrounding spaces;
// stored and shown lower case without braces.
class LookupCode
{
public:
    static Result<QString> normalize(const QString& text);
    static QString generate();
    static QString fromUuid(const QUuid& uuid);
};

// Năm học "2025-2026": runs from 1 August of the first year to 31 July of the second (our rule:
// wide enough for the school calendar and its summer review).
struct SchoolYear
{
    int startYear = 0;

    static Result<SchoolYear> parse(const QString& text);
    static SchoolYear containing(QDate day);
    QString label() const;
    QDate firstDay() const { return QDate(startYear, 8, 1); }
    QDate lastDay() const { return QDate(startYear + 1, 7, 31); }
    bool contains(QDate d) const { return d >= firstDay() && d <= lastDay(); }
    bool operator==(const SchoolYear&) const = default;
};

} // namespace hocbaso
