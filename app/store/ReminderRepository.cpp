#include "ReminderRepository.h"

#include "SqlValues.h"

namespace hocbaso::store {

Result<qint64> ReminderRepository::insert(const SchoolReminder& r)
{
    return sql::insertReturningId(m_db,
                                  QStringLiteral("INSERT INTO school_reminders (school_id, school_year, sent_at, "
                                                 "sent_by, reference) VALUES (?, ?, ?, ?, ?)"),
                                  {r.schoolId, r.schoolYear, sql::timestamp(m_db, r.sentAt), r.sentBy, r.reference});
}

Result<QHash<qint64, ReminderSummary>> ReminderRepository::summaries(const QList<qint64>& schoolIds, int schoolYear)
{
    QHash<qint64, ReminderSummary> out;
    if (schoolIds.isEmpty())
        return out;
    auto q = m_db.run(QStringLiteral("SELECT school_id, count(*), max(sent_at) FROM school_reminders "
                                     "WHERE school_year = ? AND ") +
                          sql::inIds(m_db, QStringLiteral("school_id")) + QStringLiteral(" GROUP BY school_id"),
                      {schoolYear, sql::idsValue(m_db, schoolIds)});
    if (!q)
        return q.error();
    while ((*q)->next()) {
        ReminderSummary s;
        s.count = (*q)->value(1).toInt();
        s.lastSentAt = sql::toTimestamp((*q)->value(2));
        out.insert((*q)->value(0).toLongLong(), s);
    }
    (*q)->finish();
    return out;
}

Result<QList<SchoolReminder>> ReminderRepository::history(qint64 schoolId, int schoolYear)
{
    return sql::readAll<SchoolReminder>(
        m_db,
        QStringLiteral("SELECT id, school_id, school_year, sent_at, sent_by, reference FROM school_reminders "
                       "WHERE school_id = ? AND school_year = ? ORDER BY sent_at DESC, id DESC"),
        {schoolId, schoolYear}, [](const QSqlQuery& q) {
            SchoolReminder r;
            r.id = q.value(0).toLongLong();
            r.schoolId = q.value(1).toLongLong();
            r.schoolYear = q.value(2).toInt();
            r.sentAt = sql::toTimestamp(q.value(3));
            r.sentBy = q.value(4).toString();
            r.reference = q.value(5).toString();
            return r;
        });
}

} // namespace hocbaso::store
