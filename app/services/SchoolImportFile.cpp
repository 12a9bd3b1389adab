#include "SchoolImportFile.h"

#include "CsvTable.h"
#include "XlsxSheetReader.h"

#include "core/VietnameseText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <optional>

namespace hocbaso::services {
namespace {

enum class Column
{
    Code,
    Name,
    Unit,
    Ownership,
    TaxCode,
    Address
};

struct ColumnSpec
{
    Column column;
    const char* vietnamese; // UTF-8, as CLI.md names the column
    const char* foldedVietnamese;
    const char* english;
    bool required;
};

constexpr std::array<ColumnSpec, 6> kColumns{{
    {Column::Code, "Mã trường", "ma truong", "code", true},
    {Column::Name, "Tên trường", "ten truong", "name", true},
    {Column::Unit, "Đơn vị quản lý", "don vi quan ly", "unit", true},
    {Column::Ownership, "Loại hình", "loai hinh", "ownership", true},
    {Column::TaxCode, "Mã số thuế", "ma so thue", "tax code", false},
    {Column::Address, "Địa chỉ", "dia chi", "address", false},
}};

// How far down a title may push the header row.
constexpr qsizetype kHeaderSearchRows = 10;

// Header and ownership words compare folded (no case, no accents, single spaces); "tax_code" and
// "tax-code" are the same words as "tax code".
QString key(const QString& text)
{
    QString folded = text::fold(text);
    folded.replace(u'_', u' ').replace(u'-', u' ');
    return folded.simplified();
}

std::optional<Column> columnOfHeader(const QString& header)
{
    const QString k = key(header);
    for (const ColumnSpec& spec : kColumns) {
        if (k == QLatin1String(spec.foldedVietnamese) || k == QLatin1String(spec.english))
            return spec.column;
    }
    return std::nullopt;
}

std::optional<Ownership> ownershipOf(const QString& word)
{
    const QString k = key(word);
    if (k == u"cong lap" || k == u"public")
        return Ownership::Public;
    if (k == u"tu thuc" || k == u"dan lap" || k == u"private")
        return Ownership::Private;
    return std::nullopt;
}

SchoolImportTable refused(SchoolImportFormat format, QString message, int line = 0)
{
    SchoolImportTable table;
    table.format = format;
    table.errors.append({line, {}, std::move(message)});
    return table;
}

QString tooLargeMessage()
{
    return QCoreApplication::translate("hocbaso::services::SchoolImportFile",
                                       "The file is larger than %L1 MB. A list of schools is much smaller; check that "
                                       "this is the right file.")
        .arg(kSchoolImportMaxFileBytes / (1024 * 1024));
}

// The header row and the rows below it, checked row by row. Every problem is collected, so that
// the user fixes the file in one pass.
void interpret(const QList<SheetRow>& sheet, SchoolImportTable& table)
{
    qsizetype headerIndex = 0;
    while (headerIndex < sheet.size() && sheet.at(headerIndex).isBlank())
        ++headerIndex;
    if (headerIndex == sheet.size()) {
        table.errors.append({0,
                             {},
                             QCoreApplication::translate("hocbaso::services::SchoolImportFile",
                                                         "The file has no header row and no schools.")});
        return;
    }
    // Lists made for printing often start with a title ("DANH SÁCH CÁC TRƯỜNG") above the header:
    // the header is the first of the top rows that names a known column. When none does, the
    // first row is taken, and its missing columns are what the user is told.
    const qsizetype searchEnd = std::min<qsizetype>(sheet.size(), headerIndex + kHeaderSearchRows);
    for (qsizetype i = headerIndex; i < searchEnd; ++i) {
        const QStringList& cells = sheet.at(i).cells;
        if (std::any_of(cells.cbegin(), cells.cend(), [](const QString& c) { return columnOfHeader(c).has_value(); })) {
            headerIndex = i;
            break;
        }
    }
    const SheetRow& header = sheet.at(headerIndex);

    QHash<Column, qsizetype> where;
    QHash<Column, QString> headerText;
    for (qsizetype i = 0; i < header.cells.size(); ++i) {
        const QString written = header.cells.at(i).trimmed();
        const auto column = columnOfHeader(written);
        if (!column)
            continue; // other columns (notes, a row number) are the user's business
        if (where.contains(*column)) {
            table.errors.append({header.line, written,
                                 QCoreApplication::translate("hocbaso::services::SchoolImportFile",
                                                             "The column “%1” appears twice in the header row; keep "
                                                             "one of them.")
                                     .arg(written)});
            continue;
        }
        where.insert(*column, i);
        headerText.insert(*column, written);
    }
    for (const ColumnSpec& spec : kColumns) {
        if (spec.required && !where.contains(spec.column)) {
            const QString name = QString::fromUtf8(spec.vietnamese);
            table.errors.append(
                {header.line, name,
                 QCoreApplication::translate("hocbaso::services::SchoolImportFile",
                                             "The header row has no column “%1” (or “%2”). The columns needed are "
                                             "Mã trường, Tên trường, Đơn vị quản lý and Loại hình.")
                     .arg(name, QLatin1String(spec.english))});
        }
    }
    if (!table.errors.isEmpty())
        return;

    QHash<QString, int> firstLineOfCode;
    bool anyRow = false;
    for (qsizetype r = headerIndex + 1; r < sheet.size(); ++r) {
        const SheetRow& row = sheet.at(r);
        if (row.isBlank())
            continue;
        anyRow = true;
        const auto cell = [&](Column c) {
            const qsizetype i = where.value(c, -1);
            return i >= 0 && i < row.cells.size() ? row.cells.at(i).trimmed() : QString();
        };
        const qsizetype errorsBefore = table.errors.size();
        const auto fail = [&](Column c, QString message) {
            table.errors.append({row.line, headerText.value(c), std::move(message)});
        };

        SchoolImportRow school;
        school.line = row.line;
        school.code = cell(Column::Code);
        school.name = text::cleanName(cell(Column::Name));
        school.unitCode = cell(Column::Unit);
        school.taxCode = cell(Column::TaxCode);
        school.address = text::cleanName(cell(Column::Address));

        if (school.code.isEmpty()) {
            fail(Column::Code,
                 QCoreApplication::translate("hocbaso::services::SchoolImportFile", "The school code is empty."));
        } else if (const auto first = firstLineOfCode.constFind(school.code); first != firstLineOfCode.constEnd()) {
            fail(Column::Code, QCoreApplication::translate("hocbaso::services::SchoolImportFile",
                                                           "The school code %1 is already on line %2.")
                                   .arg(school.code)
                                   .arg(*first));
        } else {
            firstLineOfCode.insert(school.code, row.line);
        }
        if (school.name.isEmpty())
            fail(Column::Name,
                 QCoreApplication::translate("hocbaso::services::SchoolImportFile", "The school name is empty."));
        if (school.unitCode.isEmpty())
            fail(Column::Unit, QCoreApplication::translate("hocbaso::services::SchoolImportFile",
                                                           "The managing unit's code is empty."));
        const QString ownershipWord = cell(Column::Ownership);
        if (ownershipWord.isEmpty()) {
            fail(Column::Ownership,
                 QCoreApplication::translate("hocbaso::services::SchoolImportFile",
                                             "The ownership type is empty. Write Công lập or Tư thục."));
        } else if (const auto ownership = ownershipOf(ownershipWord)) {
            school.ownership = *ownership;
        } else {
            fail(Column::Ownership, QCoreApplication::translate("hocbaso::services::SchoolImportFile",
                                                                "“%1” is not an ownership type. Write Công lập, Tư "
                                                                "thục or Dân lập (or public, private).")
                                        .arg(ownershipWord));
        }
        if (table.errors.size() == errorsBefore)
            table.rows.append(school);
    }
    if (!anyRow)
        table.errors.append({header.line,
                             {},
                             QCoreApplication::translate("hocbaso::services::SchoolImportFile",
                                                         "The file has a header row but no schools below it.")});
}

bool isZip(const QByteArray& bytes)
{
    // A local file header, or the end record of an archive with no files at all.
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

bool isOldExcel(const QByteArray& bytes)
{
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

} // namespace

SchoolImportTable readSchoolImportBytes(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.isEmpty())
        return refused(SchoolImportFormat::Unknown,
                       QCoreApplication::translate("hocbaso::services::SchoolImportFile", "The file is empty."));
    if (bytes.size() > kSchoolImportMaxFileBytes)
        return refused(SchoolImportFormat::Unknown, tooLargeMessage());
    // An .xls saved by Excel 97-2003 is a compound document, not text: refused with the way out,
    // rather than as "not UTF-8".
    if (isOldExcel(bytes)) {
        return refused(SchoolImportFormat::Unknown,
                       QCoreApplication::translate("hocbaso::services::SchoolImportFile",
                                                   "This is an Excel 97-2003 workbook (.xls), which cannot be read. "
                                                   "In Excel choose File › Save As › “Excel Workbook (*.xlsx)” or "
                                                   "“CSV UTF-8 (Comma delimited)”."));
    }

    const QString suffix = QFileInfo(fileName).suffix().toLower();
    SchoolImportTable table;
    if (isZip(bytes) || suffix == u"xlsx" || suffix == u"xlsm") {
        table.format = SchoolImportFormat::Xlsx;
        auto rows = XlsxSheetReader().readFirstSheet(bytes);
        if (!rows)
            return refused(SchoolImportFormat::Xlsx, rows.errorString());
        interpret(*rows, table);
        return table;
    }

    table.format = SchoolImportFormat::Csv;
    const CsvTable csv = CsvTable::parse(bytes);
    if (!csv.ok())
        return refused(SchoolImportFormat::Csv, csv.errorString(), csv.errorLine());
    interpret(csv.rows(), table);
    return table;
}

SchoolImportTable readSchoolImportFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refused(SchoolImportFormat::Unknown,
                       QCoreApplication::translate("hocbaso::services::SchoolImportFile", "Cannot open %1: %2.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    // The size is checked before reading, and the read stops one byte past the limit: a pipe or a
    // device reports no size, and a file may grow while it is read.
    if (file.size() > kSchoolImportMaxFileBytes)
        return refused(SchoolImportFormat::Unknown, tooLargeMessage());
    const QByteArray bytes = file.read(kSchoolImportMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return refused(SchoolImportFormat::Unknown,
                       QCoreApplication::translate("hocbaso::services::SchoolImportFile", "Cannot read %1: %2.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return readSchoolImportBytes(bytes, QFileInfo(path).fileName());
}

} // namespace hocbaso::services
