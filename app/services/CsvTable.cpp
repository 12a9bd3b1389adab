#include "CsvTable.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace hocbaso::services {
namespace {

constexpr char16_t kQuote = u'"';

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The header decides: the delimiter that occurs more often in it, outside quotes. A one-column
// header has neither and comma is as good as any.
QChar detectDelimiter(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == kQuote) {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (isLineEnd(c))
                break;
            if (c == u',')
                ++commas;
            else if (c == u';')
                ++semicolons;
        }
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

CsvTable CsvTable::parse(const QByteArray& bytes)
{
    CsvTable table;
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    // Stateless: a multi-byte sequence cut off at the end of the file is an error too, not a
    // character held back for a next call that never comes.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(data);
    // A NUL is not in any text file; it is how UTF-16 without a byte-order mark looks as UTF-8.
    if (decoder.hasError() || text.contains(QChar(0))) {
        table.m_error = QCoreApplication::translate("hocbaso::services::CsvTable",
                                                    "The file is not UTF-8 text. In Excel choose File › Save As › "
                                                    "“CSV UTF-8 (Comma delimited)”, or save it as .xlsx.");
        return table;
    }

    const QChar delimiter = detectDelimiter(text);
    table.m_delimiter = delimiter;

    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };
    State state = State::FieldStart;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    qsizetype cellCount = 0;
    QString field;
    QStringList cells;

    auto endField = [&] {
        cells.append(field);
        field.clear();
        ++cellCount;
    };
    auto endRow = [&] {
        table.m_rows.append(SheetRow{rowLine, cells});
        cells.clear();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool crlf = c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n';
        if (state == State::Quoted) {
            if (c == kQuote) {
                if (i + 1 < n && text.at(i + 1) == kQuote) {
                    field.append(c);
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else if (isLineEnd(c)) {
                // A line break inside a cell (an address on two lines) is kept as one "\n",
                // whatever line ends the file uses.
                field.append(u'\n');
                if (crlf)
                    ++i;
                ++line;
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == delimiter) {
            endField();
            state = State::FieldStart;
        } else if (isLineEnd(c)) {
            if (crlf)
                ++i;
            endField();
            endRow();
            ++line;
            rowLine = line;
            state = State::FieldStart;
        } else if (c == kQuote && state == State::FieldStart) {
            state = State::Quoted;
            quoteLine = line;
        } else {
            // Text after a closing quote ("a"b) or a quote inside an unquoted field (5" disk) is
            // kept as written: spreadsheet programs read it so, and refusing it helps nobody.
            field.append(c);
            if (state == State::FieldStart)
                state = State::Unquoted;
        }
        if (cellCount > kMaxCells) {
            table.m_rows.clear();
            table.m_errorLine = line;
            table.m_error = QCoreApplication::translate("hocbaso::services::CsvTable",
                                                        "The file has more than %L1 cells. Split it into smaller "
                                                        "files.")
                                .arg(kMaxCells);
            return table;
        }
    }

    if (state == State::Quoted) {
        table.m_rows.clear();
        table.m_errorLine = quoteLine;
        table.m_error = QCoreApplication::translate("hocbaso::services::CsvTable",
                                                    "Line %1: a cell starts with a quotation mark (\") that is never "
                                                    "closed.")
                            .arg(quoteLine);
        return table;
    }
    // The last record when the file does not end with a line break.
    if (state != State::FieldStart || !cells.isEmpty()) {
        endField();
        endRow();
    }
    return table;
}

} // namespace hocbaso::services
