#include "SchoolContacts.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "store/SchoolRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hocbaso::services {

namespace {

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// The school a code names, or why there is none.
Result<School> schoolByCode(store::Database& db, const QString& schoolCode)
{
    auto school = store::SchoolRepository(db).byCode(schoolCode.trimmed());
    if (!school)
        return school.error();
    if (!school->has_value())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::services::SchoolContacts", "There is no school %1.").arg(schoolCode));
    return **school;
}

} // namespace

Result<store::SchoolContact> SchoolContacts::get(const QString& schoolCode)
{
    auto school = schoolByCode(m_ctx.db, schoolCode);
    if (!school)
        return school.error();
    if (auto s = permissions::canView(m_ctx.actor, school->unitId); !s)
        return s.error();
    auto contacts = store::SchoolContactRepository(m_ctx.db).byIds({school->id});
    if (!contacts)
        return contacts.error();
    return contacts->value(school->id);
}

Status SchoolContacts::set(const QString& schoolCode, const store::SchoolContact& contact)
{
    if (auto s = permissions::canAdminister(m_ctx.actor); !s)
        return s;
    if (auto s = requireOnline(m_ctx); !s)
        return s;
    const store::SchoolContact wanted{contact.person.simplified(), contact.phone.simplified()};
    // A number to dial: digits with the usual separators, so that a name typed in the wrong field is
    // caught here rather than on the phone.
    static const QRegularExpression phone(QStringLiteral("^[0-9+().\\- ]*$"));
    if (!phone.match(wanted.phone).hasMatch())
        return Error::invalid(QCoreApplication::translate("hocbaso::services::SchoolContacts",
                                                          "A phone number has digits, spaces and + . - ( ) only."));
    store::Transaction tx(m_ctx.db);
    if (!tx.isOpen())
        return tx.status();
    auto school = schoolByCode(m_ctx.db, schoolCode);
    if (!school)
        return school.error();
    const School& s = *school;
    if (!m_ctx.actor.covers(s.unitId))
        return Error::refused(QCoreApplication::translate("hocbaso::services::SchoolContacts",
                                                          "%1 may only change schools of their own unit and the "
                                                          "units below it.")
                                  .arg(m_ctx.actor.username));
    if (s.closedAt.isValid())
        return Error::refused(
            QCoreApplication::translate("hocbaso::services::SchoolContacts", "The school %1 is closed.").arg(s.code));
    store::SchoolContactRepository repo(m_ctx.db);
    auto old = repo.byIds({s.id});
    if (!old)
        return old.error();
    const store::SchoolContact before = old->value(s.id);
    if (before == wanted)
        return {};
    if (auto r = repo.set(s.id, wanted); !r)
        return r;
    QJsonObject detail;
    if (before.person != wanted.person)
        detail.insert(QStringLiteral("contact_person"),
                      QJsonObject{{QStringLiteral("old"), textOrNull(before.person)},
                                  {QStringLiteral("new"), textOrNull(wanted.person)}});
    if (before.phone != wanted.phone)
        detail.insert(QStringLiteral("contact_phone"), QJsonObject{{QStringLiteral("old"), textOrNull(before.phone)},
                                                                   {QStringLiteral("new"), textOrNull(wanted.phone)}});
    if (auto a =
            AuditLog(m_ctx).append(s.unitId, QStringLiteral("school.update"), QStringLiteral("school"), s.code, detail);
        !a)
        return a;
    return tx.commit();
}

} // namespace hocbaso::services
