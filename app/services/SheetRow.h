#pragma once

#include <QStringList>

namespace hocbaso::services {

// One row of an imported spreadsheet (CSV or the first sheet of an .xlsx), before any meaning is
// given to its cells. `line` is what the user finds in their own program: the physical line where
// a CSV record starts, or the row number Excel shows.
struct SheetRow
{
    int line = 0;
    QStringList cells;

    bool isBlank() const
    {
        for (const QString& c : cells) {
            if (!c.trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

} // namespace hocbaso::services
