#pragma once

#include "ServiceContext.h"
#include "Statistics.h"
#include "store/ReminderRepository.h"
#include "store/SchoolContactRepository.h"

namespace hocbaso::services {

// A school 6.4's "Đôn đốc" reminds: whom to call (the school's contact, school data kept by
// administrators), its figures as the page showed them, the receive lock date that applies (the
// earliest of the grades in question; invalid when none is set), and its reminders of the year.
struct ReminderTarget
{
    School school;
    store::SchoolContact contact;
    ProgressRow figures;
    QDate receiveLock;
    int reminders = 0;
    QDateTime lastSentAt;
};

// The unit that issues the letters: the actor's unit (the school's for a store-wide administrator)
// under its parent unit, as the letter's top-left names them.
struct ReminderIssuer
{
    QString parentName; // empty at the top of the tree
    QString unitName;
};

// Following up lagging schools (issue #23, item 9): who they are and how to reach them, and a log
// of the reminder letters the unit sent, one row per school and letter. Reading needs the right to
// see the schools (6.4); logging is a decision of the managing unit (officers and administrators
// of the school's unit or a unit above it), audited, and only on the server or a local store: an
// offline copy takes only decisions and lock dates along.
class Reminders
{
public:
    explicit Reminders(ServiceContext& ctx) : m_ctx(ctx) {}

    // Whether the actor may send reminders at all (the dialog's button says why not).
    Status canSend() const;
    // The schools of `rows` (lines of schools; unit lines are skipped) with contact, lock date and
    // reminders of `schoolYear`; `grade` 0 means every grade.
    Result<QList<ReminderTarget>> targets(const QList<ProgressRow>& rows, int schoolYear, int grade);
    // The reminders of the year, refreshed after a letter.
    Status refreshLog(QList<ReminderTarget>& targets, int schoolYear);
    Result<ReminderIssuer> issuer(const QList<ReminderTarget>& targets);
    // Logs one reminder per target at the clock's now, in the actor's name, with the letter's number,
    // and an audit event per school, in one transaction: all or none.
    Result<QList<store::SchoolReminder>> log(const QList<ReminderTarget>& targets, int schoolYear,
                                             const QString& reference);

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
