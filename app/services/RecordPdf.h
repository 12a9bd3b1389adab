#pragma once

#include "RecordDetails.h"

class QPagedPaintDevice;
class QPainter;

namespace hocbaso::services {

// The printed form of one học bạ số, laid out like the Ministry's primary record template: A4
// portrait, the national header, the pupil, the subjects with ratings and periodic test scores,
// qualities and competencies, the year-end result, commendation and comments, the signature
// block (homeroom teacher, principal, school seal) with each signature's verification, and the
// lookup code on every page. The form's own wording is Vietnamese whatever the program's language,
// because the printout is the Vietnamese document itself. Drawing needs a QGuiApplication.
class RecordPdf
{
public:
    // Writes the record to `path` (replaced only when complete), fonts embedded.
    static Status write(const RecordDetails& details, const QString& path);
    // Lays the record out on a paged device that `painter` is active on: a QPdfWriter, or the
    // QPrinter of the print dialog. Returns the number of pages drawn.
    static int paint(const RecordDetails& details, QPainter& painter, QPagedPaintDevice& device);
    // "Học bạ - Nguyễn Văn An - 3A - 2025-2026": the PDF's title and a default file name.
    static QString documentTitle(const RecordDetails& details);
    static QString suggestedFileName(const RecordDetails& details);
};

} // namespace hocbaso::services
