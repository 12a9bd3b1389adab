#pragma once

#include <QString>

namespace hocbaso {

// Whom a unit calls at a school about its records (6.4's reminders): kept with the school, edited
// by administrators.
struct SchoolContact
{
    QString person;
    QString phone;
    bool operator==(const SchoolContact&) const = default;
};

} // namespace hocbaso
