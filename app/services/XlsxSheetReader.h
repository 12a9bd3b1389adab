#pragma once

#include "SheetRow.h"

#include "core/Result.h"

#include <QByteArray>
#include <QList>

namespace hocbaso::services {

// Reads the cells of the first worksheet of an .xlsx workbook (Office Open XML) as text: shared
// and inline strings (rich text joined), numbers (whole numbers without ".0"), booleans as
// TRUE/FALSE, formulas by their cached value. Styles and dates are not interpreted: a school list
// holds codes and names.
//
// Every input from outside gets an answer and no crash: a file that is not a zip, a truncated or
// damaged one, or a zip bomb (a few kilobytes that unpack to gigabytes) is refused with a sentence
// in the user's language.
class XlsxSheetReader
{
public:
    // Far above a real sheet of 10,000 schools (a few MB), far below what hurts the machine.
    static constexpr qint64 kDefaultMaxUnpackedBytes = 200LL * 1024 * 1024;
    // Excel's own limit (column XFD).
    static constexpr int kMaxColumns = 16384;
    // Cells kept in memory, gaps included: a sparse sheet with a value in column XFD on every row
    // would otherwise cost gigabytes of empty strings.
    static constexpr qsizetype kMaxCells = 2'000'000;

    explicit XlsxSheetReader(qint64 maxUnpackedBytes = kDefaultMaxUnpackedBytes) : m_maxUnpackedBytes(maxUnpackedBytes)
    {}

    // Rows in sheet order, each with its Excel row number and its cells from column A, gaps filled
    // with empty strings. Rows without any cell are left out.
    Result<QList<SheetRow>> readFirstSheet(const QByteArray& xlsx) const;

private:
    qint64 m_maxUnpackedBytes;
};

} // namespace hocbaso::services
