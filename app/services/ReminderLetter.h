#pragma once

#include "Reminders.h"

class QPagedPaintDevice;
class QPainter;

namespace hocbaso::services {

// What one run of letters says: who issues them, their number and date, and the schools.
struct ReminderLetterInput
{
    ReminderIssuer issuer;
    QString reference; // "12/PGDĐT"; empty leaves dots for the registry to fill in by hand
    QString place;     // "Hà Nội"; empty leaves dots
    QDate date;
    int schoolYear = 0;
    int grade = 0; // 0: every grade
    QList<ReminderTarget> schools;
};

// The reminder letter of 6.4's "Đôn đốc", one A4 page per school, in the layout of an official
// letter (công văn) of Nghị định 30/2020/NĐ-CP: the issuing unit top left with the letter's number
// and subject, the national motto top right with place and date, "Kính gửi:" the school, a body
// with the school's figures and the receive lock date, the recipients and the signature block. The
// wording is Vietnamese whatever the program's language, because the letter is the Vietnamese
// document itself. Needs a QGuiApplication; draws on any thread (no widgets, no store).
class ReminderLetter
{
public:
    // Writes every school's page to `path` (replaced only when complete), fonts embedded.
    static Status write(const ReminderLetterInput& input, const QString& path);
    // Lays the letters out on a paged device `painter` is active on; returns the pages drawn.
    static int paint(const ReminderLetterInput& input, QPainter& painter, QPagedPaintDevice& device);
    // "Hà Nội, ngày 07 tháng 12 năm 2026" (a day below 10 and the months January and February
    // take a leading zero, as the decree asks).
    static QString placeAndDate(const QString& place, const QDate& date);
    static QString suggestedFileName(const QDate& date);
};

} // namespace hocbaso::services
