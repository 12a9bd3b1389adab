#include "RecordLookup.h"

#include "AuthService.h"
#include "core/Grades.h"
#include "core/LookupCode.h"
#include "core/PersonalId.h"
#include "core/VietnameseText.h"
#include "store/RecordSearchRepository.h"
#include "store/VerificationRepository.h"

#include <QCoreApplication>

namespace hocbaso::services {
namespace {

bool digitsOnly(const QString& s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}
} // namespace

Status RecordLookup::validate(const LookupRequest& r)
{
    const QString pid = r.personalId.trimmed();
    if (!pid.isEmpty()) {
        if (!digitsOnly(pid))
            return Error::invalid(
                QCoreApplication::translate("hocbaso::services::RecordLookup",
                                            "The personal identification number \"%1\" may contain digits only.")
                    .arg(pid));
        if (pid.size() > 12)
            return Error::invalid(
                QCoreApplication::translate("hocbaso::services::RecordLookup",
                                            "A personal identification number has 12 digits; \"%1\" has %2.")
                    .arg(pid)
                    .arg(pid.size()));
        if (pid.size() < 6)
            return Error::invalid(
                QCoreApplication::translate(
                    "hocbaso::services::RecordLookup",
                    "Type at least 6 digits of the personal identification number to search by it; \"%1\" has %2.")
                    .arg(pid)
                    .arg(pid.size()));
        if (pid.size() == 12) {
            if (auto parsed = PersonalId::parse(pid); !parsed)
                return parsed.error();
        }
    }
    if (!r.lookupCode.trimmed().isEmpty()) {
        if (auto code = LookupCode::normalize(r.lookupCode); !code)
            return code.error();
    }
    if (r.grade != 0 && !isGrade(r.grade))
        return Error::invalid(QCoreApplication::translate("hocbaso::services::RecordLookup", "Grade must be 1 to 5."));
    if (r.limit < 1 || r.limit > 100000)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::RecordLookup", "The page size must be 1 to 100000."));
    return {};
}

namespace {

// The checked request as the store's criteria for the actor, or the refusal.
Result<store::RecordSearchRepository::Criteria> criteriaFor(const ServiceContext& ctx, const LookupRequest& r)
{
    if (auto s = RecordLookup::validate(r); !s)
        return s.error();
    // School users work in their own edition; officers, viewers and admins see their unit.
    if (auto s = permissions::canView(ctx.actor, 0); !s)
        return s.error();
    store::RecordSearchRepository::Criteria c;
    c.nameWords = text::queryWords(r.name);
    c.personalId = r.personalId.trimmed();
    if (!r.lookupCode.trimmed().isEmpty())
        c.uuid = *LookupCode::normalize(r.lookupCode);
    c.schoolCode = r.schoolCode.trimmed();
    c.unitId = ctx.actor.system ? 0 : ctx.actor.unitId;
    c.schoolYear = r.schoolYear;
    c.grade = r.grade;
    c.status = r.status;
    c.limit = r.limit;
    c.offset = r.offset;
    c.afterNameSort = r.afterNameSort;
    c.afterId = r.afterId;
    c.invalidSignature = r.invalidSignature;
    return c;
}

} // namespace

Result<LookupResult> RecordLookup::find(const LookupRequest& r)
{
    auto criteria = criteriaFor(m_ctx, r);
    if (!criteria)
        return criteria.error();
    const store::RecordSearchRepository::Criteria& c = *criteria;
    store::Database& db = readDatabase(m_ctx);
    store::RecordSearchRepository repo(db);
    LookupResult result;
    auto rows = repo.find(c);
    if (!rows)
        return rows.error();
    result.rows = *rows;
    // The receipt verification of each row's current version (6.3's badge), one query per page.
    QList<qint64> ids;
    ids.reserve(result.rows.size());
    for (const RecordListing& l : std::as_const(result.rows))
        ids.append(l.recordId);
    auto verified = store::VerificationRepository(db).currentOf(ids);
    if (!verified)
        return verified.error();
    for (RecordListing& l : result.rows) {
        if (auto it = verified->constFind(l.recordId); it != verified->cend()) {
            l.verification = it->result;
            l.verificationReason = it->reason;
        }
    }
    // The first page often holds everything: then the count is free.
    if (r.offset == 0 && r.afterNameSort.isNull() && result.rows.size() < r.limit) {
        result.total = result.rows.size();
    } else if (r.withTotal) {
        auto total = repo.count(c);
        if (!total)
            return total.error();
        result.total = *total;
    }
    return result;
}

Result<qint64> RecordLookup::count(const LookupRequest& r)
{
    auto criteria = criteriaFor(m_ctx, r);
    if (!criteria)
        return criteria.error();
    return store::RecordSearchRepository(readDatabase(m_ctx)).count(*criteria);
}

} // namespace hocbaso::services
