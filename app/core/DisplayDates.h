#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates and times as people read them (DOMAIN.md): day first, dd/MM/yyyy, and moments on the
// user's own clock (local time). Stored and exchanged dates stay ISO-8601; these are for sentences,
// tables, printouts and the command line's text output.
namespace hocbaso::text {

// For date editors (QDateEdit::setDisplayFormat).
inline const QString kDayFormat = QStringLiteral("dd/MM/yyyy");

// "06/12/2026"; empty for an invalid date.
inline QString dayText(const QDate& d)
{
    return d.toString(kDayFormat);
}

// The moment's day on the user's calendar; empty for an invalid moment.
inline QString dayText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(kDayFormat) : QString();
}

// "06/12/2026 14:05", local time; empty for an invalid moment.
inline QString dateTimeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

// "06/12/2026 14:05:09", local time (the audit log's listing).
inline QString dateTimeSecondsText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) : QString();
}

// "14:05 06/12/2026", local time: a time that matters more than its day (locked until, last sync).
inline QString timeDayText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

// "14:05", local time.
inline QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace hocbaso::text
