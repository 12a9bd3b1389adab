#pragma once

#include "SheetRow.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>

namespace hocbaso::services {

// A CSV file as spreadsheet programs write it (RFC 4180 with the usual variations): UTF-8 with or
// without a byte-order mark, comma or semicolon between fields (Excel in a Vietnamese locale writes
// semicolons), fields in double quotes with "" for a quote and line breaks inside, CRLF, LF or CR
// line ends. Anything else is refused with a sentence telling the user what to do, never guessed:
// a Latin-1 or UTF-16 file read as UTF-8 would import wrong names silently.
class CsvTable
{
public:
    // Limits what a hostile file can make us allocate: a 20 MB file of commas is 20 million empty
    // cells. Far above any real list of schools (10,000 schools x 6 columns).
    static constexpr qsizetype kMaxCells = 2'000'000;

    // Parses the whole file. On failure ok() is false, errorString() says why in the user's
    // language and errorLine() where (0 when it is about the whole file).
    static CsvTable parse(const QByteArray& bytes);

    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    // The delimiter found in the header line: ',' or ';'.
    QChar delimiter() const { return m_delimiter; }
    // Every record, blank ones included (the caller decides what a blank row means); a line end at
    // the end of the file does not make an extra record.
    const QList<SheetRow>& rows() const { return m_rows; }

private:
    QChar m_delimiter = QLatin1Char(',');
    QList<SheetRow> m_rows;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace hocbaso::services
