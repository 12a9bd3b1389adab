#pragma once

#include "core/Statuses.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hocbaso::services {

// Files larger than this are refused before they are read: a list of 10,000 schools is about
// 2 MB as CSV and less as .xlsx.
constexpr qint64 kSchoolImportMaxFileBytes = 20LL * 1024 * 1024;

enum class SchoolImportFormat
{
    Unknown, // the file was refused before its kind mattered
    Csv,
    Xlsx
};

// One school as a row of the file gives it, cleaned (trimmed, names in NFC with single spaces).
// An empty taxCode or address means "not given": the import keeps what the store has.
struct SchoolImportRow
{
    int line = 0;
    QString code;
    QString name;
    QString unitCode;
    Ownership ownership = Ownership::Public;
    QString taxCode;
    QString address;
};

// A problem the user can fix in the file. `line` is 0 for the file as a whole; `column` is the
// header as the file writes it (a missing column: its Vietnamese name), empty when no one column
// is at fault.
struct SchoolImportError
{
    int line = 0;
    QString column;
    QString message;
};

// The file read and checked on its own, before the store is asked anything. A row with an error
// is not in `rows`. The import goes ahead only when `errors` is empty (all or nothing).
struct SchoolImportTable
{
    SchoolImportFormat format = SchoolImportFormat::Unknown;
    QList<SchoolImportRow> rows;
    QList<SchoolImportError> errors;

    bool ok() const { return errors.isEmpty(); }
};

// Reads a school import file (CLI.md, "School import files"): UTF-8 CSV or the first sheet of an
// .xlsx, one header row whose columns are matched without regard to case, accents and order.
SchoolImportTable readSchoolImportFile(const QString& path);

// The same for bytes already in memory. The kind is decided by the content (an .xlsx is a zip);
// `fileName` only helps to word the refusal of a file that is neither (an old .xls, an .xlsx that
// is not a zip).
SchoolImportTable readSchoolImportBytes(const QByteArray& bytes, const QString& fileName = QString());

} // namespace hocbaso::services
