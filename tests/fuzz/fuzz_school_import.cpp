// libFuzzer target: what a user can hand the school import (CLI.md, "School import files"). The
// first byte picks the reader, so that one corpus exercises the CSV parser, the .xlsx reader and
// the header and row checks above them; the rest is the file.

#include "services/CsvTable.h"
#include "services/SchoolImportFile.h"
#include "services/XlsxSheetReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0: {
        const auto csv = hocbaso::services::CsvTable::parse(input);
        (void)csv.rows().size();
        break;
    }
    case 1: {
        // A small unpack budget: the fuzzer finds bombs quickly and must not spend minutes on each.
        const auto rows = hocbaso::services::XlsxSheetReader(16 * 1024 * 1024).readFirstSheet(input);
        (void)rows.ok();
        break;
    }
    case 2:
        (void)hocbaso::services::readSchoolImportBytes(input, QStringLiteral("import.xlsx"));
        break;
    default:
        (void)hocbaso::services::readSchoolImportBytes(input);
        break;
    }
    return 0;
}
