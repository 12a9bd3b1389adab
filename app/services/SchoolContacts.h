#pragma once

#include "ServiceContext.h"
#include "store/SchoolContactRepository.h"

namespace hocbaso::services {

// A school's contact person and phone (6.4's "Đôn đốc" calls them), school data: administrators
// write it for the open schools of their unit and the units below it, as the rest of a school's
// data (UnitAdmin); every change is audited.
class SchoolContacts
{
public:
    explicit SchoolContacts(ServiceContext& ctx) : m_ctx(ctx) {}
    Result<store::SchoolContact> get(const QString& schoolCode);
    // Stores the contact (spaces tidied; a phone is digits with the usual separators). Unchanged: nothing
    // is written.
    Status set(const QString& schoolCode, const store::SchoolContact& contact);

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
