#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace hocbaso::store {

// One reminder letter sent to a school (6.4's "Đôn đốc"): the log only grows.
struct SchoolReminder
{
    qint64 id = 0;
    qint64 schoolId = 0;
    int schoolYear = 0;
    QDateTime sentAt;
    QString sentBy;
    QString reference; // the letter's number, "12/PGDĐT"; empty when left for the registry to fill
};

// How often a school was reminded in a school year, and when last.
struct ReminderSummary
{
    int count = 0;
    QDateTime lastSentAt;
};

class ReminderRepository
{
public:
    explicit ReminderRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const SchoolReminder& reminder);
    // Per school of `schoolIds` that was reminded in the year; the others are absent.
    Result<QHash<qint64, ReminderSummary>> summaries(const QList<qint64>& schoolIds, int schoolYear);
    // A school's reminders of the year, the latest first.
    Result<QList<SchoolReminder>> history(qint64 schoolId, int schoolYear);

private:
    Database& m_db;
};

} // namespace hocbaso::store
