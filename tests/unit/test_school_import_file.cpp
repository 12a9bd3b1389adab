#include "services/CsvTable.h"
#include "services/SchoolImportFile.h"
#include "services/XlsxSheetReader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <zip.h>

#include <gtest/gtest.h>

using namespace hocbaso;
using namespace hocbaso::services;

namespace {

const QString kVietnameseHeader = QStringLiteral("Mã trường,Tên trường,Đơn vị quản lý,Loại hình,Mã số thuế,Địa chỉ");

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

QString errorsText(const SchoolImportTable& t)
{
    QStringList lines;
    for (const auto& e : t.errors)
        lines.append(QStringLiteral("%1 [%2] %3").arg(e.line).arg(e.column, e.message));
    return lines.join(u'\n');
}

// A zip written by minizip from named parts (through a temporary file). `repeat` lets a test
// stream a huge part.
struct ZipPart
{
    QString name;
    QByteArray data;
    qint64 repeat = 1; // data written this many times (a zip bomb's zeros)
};

QByteArray makeZip(const QList<ZipPart>& parts)
{
    QTemporaryDir dir;
    EXPECT_TRUE(dir.isValid());
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("test.zip")));
    zipFile zip = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    EXPECT_NE(zip, nullptr);
    if (!zip)
        return {};
    for (const ZipPart& p : parts) {
        const QByteArray name = p.name.toUtf8();
        zip_fileinfo info{};
        EXPECT_EQ(zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                        Z_DEFAULT_COMPRESSION, 1),
                  ZIP_OK);
        for (qint64 i = 0; i < p.repeat; ++i)
            EXPECT_EQ(zipWriteInFileInZip(zip, p.data.constData(), static_cast<unsigned>(p.data.size())), ZIP_OK);
        EXPECT_EQ(zipCloseFileInZip(zip), ZIP_OK);
    }
    EXPECT_EQ(zipClose(zip, nullptr), ZIP_OK);
    QFile file(QFile::decodeName(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString xmlEscape(const QString& s)
{
    return s.toHtmlEscaped();
}

// An .xlsx as Excel lays it out. The workbook's first sheet is "rId7" -> worksheets/sheet2.xml, and
// a decoy sheet1.xml exists: the reader must follow the relationships, not guess the file name.
QByteArray makeXlsx(const QByteArray& sheetXml, const QByteArray& sharedStringsXml = {})
{
    const QByteArray contentTypes =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)";
    const QByteArray rootRels =
        R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
    const QByteArray workbook =
        R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Trường" sheetId="1" r:id="rId7"/><sheet name="Khác" sheetId="2" r:id="rId1"/></sheets></workbook>)";
    QByteArray rels =
        R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>)";
    if (!sharedStringsXml.isEmpty())
        rels +=
            R"(<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
    rels += "</Relationships>";
    const QByteArray decoy =
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>decoy</t></is></c></row></sheetData></worksheet>)";
    QList<ZipPart> parts{
        {QStringLiteral("[Content_Types].xml"), contentTypes}, {QStringLiteral("_rels/.rels"), rootRels},
        {QStringLiteral("xl/workbook.xml"), workbook},         {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
        {QStringLiteral("xl/worksheets/sheet1.xml"), decoy},   {QStringLiteral("xl/worksheets/sheet2.xml"), sheetXml}};
    if (!sharedStringsXml.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml});
    return makeZip(parts);
}

QByteArray worksheet(const QByteArray& sheetData)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           sheetData + "</sheetData></worksheet>";
}

QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// Rows of text as Excel writes them: every text in the shared-string table.
QByteArray xlsxFromRows(const QList<QStringList>& rows)
{
    QStringList strings;
    QByteArray data;
    for (int r = 0; r < rows.size(); ++r) {
        data += QStringLiteral("<row r=\"%1\">").arg(r + 1).toUtf8();
        for (int c = 0; c < rows[r].size(); ++c) {
            if (rows[r][c].isEmpty())
                continue;
            strings.append(rows[r][c]);
            data += QStringLiteral("<c r=\"%1%2\" t=\"s\"><v>%3\n</v></c>")
                        .arg(columnName(c))
                        .arg(r + 1)
                        .arg(strings.size() - 1)
                        .toUtf8();
        }
        data += "</row>";
    }
    QByteArray sst =
        R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
    for (const QString& s : strings)
        sst += "<si><t xml:space=\"preserve\">" + xmlEscape(s).toUtf8() + "</t></si>";
    sst += "</sst>";
    return makeXlsx(worksheet(data), sst);
}

QByteArray sampleXlsx()
{
    return xlsxFromRows({kVietnameseHeader.split(u','),
                         {"79000701", "Trường Tiểu học Kim Liên", "PGD-Q1", "Công lập", "0101234567", "1 Lê Lợi"},
                         {"79000702", "Trường Tiểu học Ánh Dương", "PGD-Q1", "Tư thục"}});
}

} // namespace

// --- CSV ---------------------------------------------------------------------------------------

TEST(CsvTable, CommaWithoutBom)
{
    const CsvTable t = CsvTable::parse("a,b,c\n1,2,3\n");
    ASSERT_TRUE(t.ok()) << t.errorString().toStdString();
    EXPECT_EQ(t.delimiter(), QLatin1Char(','));
    ASSERT_EQ(t.rows().size(), 2);
    EXPECT_EQ(t.rows()[1].cells, QStringList({"1", "2", "3"}));
    EXPECT_EQ(t.rows()[1].line, 2);
}

TEST(CsvTable, SemicolonWithBomAndCrlf)
{
    const CsvTable t = CsvTable::parse("\xEF\xBB\xBF"
                                       "a;b,x;c\r\n1;2,5;3\r\n");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.delimiter(), QLatin1Char(';'));
    ASSERT_EQ(t.rows().size(), 2);
    EXPECT_EQ(t.rows()[0].cells, QStringList({"a", "b,x", "c"})); // no BOM left in the first cell
    EXPECT_EQ(t.rows()[1].cells, QStringList({"1", "2,5", "3"}));
}

TEST(CsvTable, DelimiterCountsOnlyOutsideQuotes)
{
    // Three semicolons inside quotes, two commas outside: comma.
    const CsvTable t = CsvTable::parse("\"a;b;c;d\",x,y\n1,2,3");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.delimiter(), QLatin1Char(','));
    EXPECT_EQ(t.rows()[0].cells, QStringList({"a;b;c;d", "x", "y"}));
    EXPECT_EQ(t.rows()[1].cells, QStringList({"1", "2", "3"})); // last line without a line end
}

TEST(CsvTable, QuotesEscapesAndLineBreaksInsideCells)
{
    const CsvTable t = CsvTable::parse("code,name,address\r\n"
                                       "1,\"Trường \"\"Kim Liên\"\"\",\"12 Lê Lợi\r\nQuận 1\"\r\n"
                                       "2,\"\",\"a,b\"\n"
                                       "3,x,\n");
    ASSERT_TRUE(t.ok()) << t.errorString().toStdString();
    ASSERT_EQ(t.rows().size(), 4);
    EXPECT_EQ(t.rows()[1].cells, QStringList({"1", "Trường \"Kim Liên\"", "12 Lê Lợi\nQuận 1"}));
    EXPECT_EQ(t.rows()[1].line, 2);
    // The record after a two-line cell starts on physical line 4.
    EXPECT_EQ(t.rows()[2].line, 4);
    EXPECT_EQ(t.rows()[2].cells, QStringList({"2", "", "a,b"}));
    EXPECT_EQ(t.rows()[3].line, 5);
    EXPECT_EQ(t.rows()[3].cells, QStringList({"3", "x", ""}));
}

TEST(CsvTable, OldMacLineEndsAndBlankLines)
{
    const CsvTable t = CsvTable::parse("a,b\r\r1,2\r");
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t.rows().size(), 3);
    EXPECT_TRUE(t.rows()[1].isBlank());
    EXPECT_EQ(t.rows()[2].line, 3);
    EXPECT_EQ(t.rows()[2].cells, QStringList({"1", "2"}));
}

TEST(CsvTable, UnterminatedQuoteIsRefusedWithItsLine)
{
    const CsvTable t = CsvTable::parse("a,b\n1,2\n3,\"open\nstill open\n");
    EXPECT_FALSE(t.ok());
    EXPECT_EQ(t.errorLine(), 3);
    EXPECT_TRUE(t.errorString().contains(u'3'));
    EXPECT_TRUE(t.rows().isEmpty());
}

TEST(CsvTable, TooManyCellsAreRefused)
{
    // Six million empty cells in 6 MB: under the file-size limit, over the cell limit (2 million).
    const CsvTable t = CsvTable::parse(QByteArray(6'000'000, ','));
    EXPECT_FALSE(t.ok());
    EXPECT_TRUE(t.rows().isEmpty());
    EXPECT_TRUE(CsvTable::parse(QByteArray(100'000, ',')).ok());
}

TEST(CsvTable, Latin1AndUtf16AreRefusedAsNotUtf8)
{
    // "Trường" cannot be Latin-1; "Hà Nội" has à = 0xE0 in Latin-1, an invalid UTF-8 lead byte here.
    const QByteArray latin1 = QStringLiteral("code,name\n1,H\u00E0 N\u00F4i\n").toLatin1();
    const CsvTable a = CsvTable::parse(latin1);
    EXPECT_FALSE(a.ok());
    EXPECT_TRUE(a.errorString().contains(QStringLiteral("UTF-8"))) << a.errorString().toStdString();

    QByteArray utf16("\xFF\xFE", 2);
    const QString text = QStringLiteral("code,name\n");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    EXPECT_FALSE(CsvTable::parse(utf16).ok());
    // Without its byte-order mark, UTF-16 of plain ASCII is "valid" UTF-8 full of NULs.
    EXPECT_FALSE(CsvTable::parse(utf16.mid(2)).ok());
    // A multi-byte sequence cut off at the very end.
    EXPECT_FALSE(CsvTable::parse(QByteArray("a,b\n1,\xE1\xBB", 8)).ok());
}

TEST(SchoolImportCsv, VietnameseHeaderWithBomAndSemicolons)
{
    QString csv = kVietnameseHeader;
    csv.replace(u',', u';');
    csv += QStringLiteral("\r\n79000701;Trường Tiểu học  Kim Liên ;PGD-Q1;Công lập;0101234567;\"1 Lê Lợi; Q1\"\r\n");
    const auto t = readSchoolImportBytes("\xEF\xBB\xBF" + utf8(csv), QStringLiteral("truong.csv"));
    ASSERT_TRUE(t.ok()) << errorsText(t).toStdString();
    EXPECT_EQ(t.format, SchoolImportFormat::Csv);
    ASSERT_EQ(t.rows.size(), 1);
    const auto& r = t.rows[0];
    EXPECT_EQ(r.line, 2);
    EXPECT_EQ(r.code, QStringLiteral("79000701"));
    EXPECT_EQ(r.name, QStringLiteral("Trường Tiểu học Kim Liên")); // spaces cleaned
    EXPECT_EQ(r.unitCode, QStringLiteral("PGD-Q1"));
    EXPECT_EQ(r.ownership, Ownership::Public);
    EXPECT_EQ(r.taxCode, QStringLiteral("0101234567")); // text stays text: the leading zero kept
    EXPECT_EQ(r.address, QStringLiteral("1 Lê Lợi; Q1"));
}

TEST(SchoolImportCsv, EnglishAndFoldedHeadersInAnyOrderAndCase)
{
    const QByteArray csv = utf8(QStringLiteral("  OWNERSHIP ,Notes,Tax_Code,ten TRUONG,ĐƠN VỊ QUẢN LÝ,CODE,Dia Chi\n"
                                               "private,x,123,Trường A,U1,S1,Hà Nội\n"));
    const auto t = readSchoolImportBytes(csv);
    ASSERT_TRUE(t.ok()) << errorsText(t).toStdString();
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].code, QStringLiteral("S1"));
    EXPECT_EQ(t.rows[0].name, QStringLiteral("Trường A"));
    EXPECT_EQ(t.rows[0].unitCode, QStringLiteral("U1"));
    EXPECT_EQ(t.rows[0].ownership, Ownership::Private);
    EXPECT_EQ(t.rows[0].taxCode, QStringLiteral("123"));
    EXPECT_EQ(t.rows[0].address, QStringLiteral("Hà Nội"));
}

TEST(SchoolImportCsv, OwnershipWordsWithoutCaseOrAccents)
{
    const QByteArray csv = utf8(QStringLiteral("code,name,unit,ownership\n"
                                               "A,n,U,CÔNG LẬP\nB,n,U,cong lap\nC,n,U,Public\n"
                                               "D,n,U,Tư Thục\nE,n,U,dan lap\nF,n,U,PRIVATE\nG,n,U,DÂN LẬP\n"));
    const auto t = readSchoolImportBytes(csv);
    ASSERT_TRUE(t.ok()) << errorsText(t).toStdString();
    ASSERT_EQ(t.rows.size(), 7);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(t.rows[i].ownership, Ownership::Public) << i;
    for (int i = 3; i < 7; ++i)
        EXPECT_EQ(t.rows[i].ownership, Ownership::Private) << i;
}

TEST(SchoolImportCsv, UnknownOwnershipIsAnErrorOnItsLineAndColumn)
{
    const auto t =
        readSchoolImportBytes(utf8(QStringLiteral("code,name,unit,Loại Hình\nA,n,U,Công lập\nB,n,U,bán công\n")));
    ASSERT_EQ(t.errors.size(), 1) << errorsText(t).toStdString();
    EXPECT_EQ(t.errors[0].line, 3);
    EXPECT_EQ(t.errors[0].column, QStringLiteral("Loại Hình")); // as the file writes it
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral("bán công")));
    ASSERT_EQ(t.rows.size(), 1); // the good row is still read, for the preview
    EXPECT_EQ(t.rows[0].code, QStringLiteral("A"));
}

TEST(SchoolImportCsv, MissingRequiredColumnIsOneErrorNamingIt)
{
    const auto t = readSchoolImportBytes(utf8(QStringLiteral("Mã trường,Tên trường,Loại hình\nA,n,public\nB,,x\n")));
    ASSERT_EQ(t.errors.size(), 1) << errorsText(t).toStdString();
    EXPECT_EQ(t.errors[0].line, 1);
    EXPECT_EQ(t.errors[0].column, QStringLiteral("Đơn vị quản lý"));
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral("Đơn vị quản lý")));
    EXPECT_TRUE(t.rows.isEmpty());
}

TEST(SchoolImportCsv, TitleRowsAboveTheHeaderAreSkipped)
{
    const auto t = readSchoolImportBytes(utf8(QStringLiteral("DANH SÁCH CÁC TRƯỜNG,,,\n"
                                                             "Năm học 2026-2027,,,\n"
                                                             ",,,\n"
                                                             "Mã trường,Tên trường,Đơn vị quản lý,Loại hình\n"
                                                             "A,Trường A,U,Công lập\n")));
    ASSERT_TRUE(t.ok()) << errorsText(t).toStdString();
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].line, 5);

    // No known column anywhere near the top: the first row is the header, and each missing column
    // is named once.
    const auto none = readSchoolImportBytes("foo,bar\n1,2\n");
    ASSERT_EQ(none.errors.size(), 4) << errorsText(none).toStdString();
    for (const auto& e : none.errors)
        EXPECT_EQ(e.line, 1);
    EXPECT_EQ(none.errors[0].column, QStringLiteral("Mã trường"));
    EXPECT_EQ(none.errors[3].column, QStringLiteral("Loại hình"));
}

TEST(SchoolImportCsv, OptionalColumnsMayBeAbsent)
{
    const auto t = readSchoolImportBytes("code,name,unit,ownership\nA,n,U,public\n");
    ASSERT_TRUE(t.ok()) << errorsText(t).toStdString();
    EXPECT_TRUE(t.rows[0].taxCode.isEmpty());
    EXPECT_TRUE(t.rows[0].address.isEmpty());
}

TEST(SchoolImportCsv, ColumnNamedTwiceIsAnError)
{
    const auto t = readSchoolImportBytes(utf8(QStringLiteral("code,Mã trường,name,unit,ownership\nA,B,n,U,public\n")));
    ASSERT_EQ(t.errors.size(), 1) << errorsText(t).toStdString();
    EXPECT_EQ(t.errors[0].line, 1);
    EXPECT_EQ(t.errors[0].column, QStringLiteral("Mã trường"));
}

TEST(SchoolImportCsv, DuplicateCodeReportedOnTheSecondLineNamingTheFirst)
{
    const auto t = readSchoolImportBytes("code,name,unit,ownership\nA,n1,U,public\nB,n2,U,public\n\nA,n3,U,private\n");
    ASSERT_EQ(t.errors.size(), 1) << errorsText(t).toStdString();
    EXPECT_EQ(t.errors[0].line, 5);
    EXPECT_EQ(t.errors[0].column, QStringLiteral("code"));
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral("2"))) << t.errors[0].message.toStdString();
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0].name, QStringLiteral("n1"));
}

TEST(SchoolImportCsv, EmptyRequiredCellsAreErrorsBlankRowsAreSkipped)
{
    const auto t = readSchoolImportBytes(" code ,name,unit,ownership\n,n,U,public\n , , , \nB,,,\n\nC,n,U,public\n");
    ASSERT_EQ(t.errors.size(), 4) << errorsText(t).toStdString();
    EXPECT_EQ(t.errors[0].line, 2);
    EXPECT_EQ(t.errors[0].column, QStringLiteral("code"));
    EXPECT_EQ(t.errors[1].line, 4);
    EXPECT_EQ(t.errors[1].column, QStringLiteral("name"));
    EXPECT_EQ(t.errors[2].column, QStringLiteral("unit"));
    EXPECT_EQ(t.errors[3].column, QStringLiteral("ownership"));
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].line, 6);
}

TEST(SchoolImportCsv, Latin1FileIsRefusedWithTheUtf8Advice)
{
    const QByteArray latin1 = QStringLiteral("code,name,unit,ownership\n1,H\u00E0 N\u00F4i,U,public\n").toLatin1();
    const auto t = readSchoolImportBytes(latin1, QStringLiteral("truong.csv"));
    ASSERT_EQ(t.errors.size(), 1);
    EXPECT_EQ(t.errors[0].line, 0);
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral("UTF-8")));
    EXPECT_TRUE(t.rows.isEmpty());
}

TEST(SchoolImportCsv, UnterminatedQuoteRefusesTheFileAtItsLine)
{
    const auto t = readSchoolImportBytes("code,name,unit,ownership\nA,n,U,public\nB,\"n,U,public\n");
    ASSERT_EQ(t.errors.size(), 1);
    EXPECT_EQ(t.errors[0].line, 3);
    EXPECT_TRUE(t.rows.isEmpty());
}

TEST(SchoolImportFile, EmptyAndHeaderOnlyFilesAreRefused)
{
    const auto empty = readSchoolImportBytes({});
    ASSERT_EQ(empty.errors.size(), 1);
    EXPECT_EQ(empty.format, SchoolImportFormat::Unknown);

    const auto bomOnly = readSchoolImportBytes("\xEF\xBB\xBF\r\n\r\n");
    EXPECT_EQ(bomOnly.errors.size(), 1);

    const auto headerOnly = readSchoolImportBytes(utf8(kVietnameseHeader + QStringLiteral("\r\n\r\n")));
    ASSERT_EQ(headerOnly.errors.size(), 1) << errorsText(headerOnly).toStdString();
    EXPECT_EQ(headerOnly.errors[0].line, 1);
    EXPECT_TRUE(headerOnly.rows.isEmpty());

    const auto xlsxHeaderOnly = readSchoolImportBytes(xlsxFromRows({kVietnameseHeader.split(u',')}));
    EXPECT_EQ(xlsxHeaderOnly.format, SchoolImportFormat::Xlsx);
    EXPECT_EQ(xlsxHeaderOnly.errors.size(), 1) << errorsText(xlsxHeaderOnly).toStdString();
}

TEST(SchoolImportFile, TooLargeBytesAreRefused)
{
    QByteArray big(kSchoolImportMaxFileBytes + 1, 'a');
    const auto t = readSchoolImportBytes(big);
    ASSERT_EQ(t.errors.size(), 1);
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral("20"))) << t.errors[0].message.toStdString();
}

TEST(SchoolImportFile, FiftyMegabyteFileIsRefusedBySizeWithoutReadingIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("code,name,unit,ownership\n");
    ASSERT_TRUE(f.resize(50LL * 1024 * 1024)); // sparse: no 50 MB written
    f.close();
    const auto t = readSchoolImportFile(path);
    ASSERT_EQ(t.errors.size(), 1);
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral("20"))) << t.errors[0].message.toStdString();
    EXPECT_EQ(t.format, SchoolImportFormat::Unknown);
}

TEST(SchoolImportFile, EndlessDeviceIsRefusedAfterTheLimit)
{
    // /dev/zero reports size 0 and never ends: only a bounded read finishes at all.
    if (!QFile::exists(QStringLiteral("/dev/zero")))
        GTEST_SKIP() << "no /dev/zero here";
    const auto t = readSchoolImportFile(QStringLiteral("/dev/zero"));
    ASSERT_EQ(t.errors.size(), 1);
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral("20"))) << t.errors[0].message.toStdString();
}

TEST(SchoolImportFile, ReadsAFileFromDiskAndRefusesAMissingOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Danh sách.xlsx"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(sampleXlsx());
    f.close();
    const auto t = readSchoolImportFile(path);
    ASSERT_TRUE(t.ok()) << errorsText(t).toStdString();
    EXPECT_EQ(t.format, SchoolImportFormat::Xlsx);
    EXPECT_EQ(t.rows.size(), 2);

    const auto missing = readSchoolImportFile(dir.filePath(QStringLiteral("nothing.csv")));
    ASSERT_EQ(missing.errors.size(), 1);
    EXPECT_TRUE(missing.errors[0].message.contains(QStringLiteral("nothing.csv")));

    // A folder is not a file: refused, not read forever.
    const auto folder = readSchoolImportFile(dir.path());
    EXPECT_EQ(folder.errors.size(), 1);
}

TEST(SchoolImportFile, OldExcelFileIsRefusedWithAWayOut)
{
    QByteArray xls("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    xls.append(512, '\0');
    const auto t = readSchoolImportBytes(xls, QStringLiteral("truong.xls"));
    ASSERT_EQ(t.errors.size(), 1);
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral(".xlsx")));
}

// --- XLSX --------------------------------------------------------------------------------------

TEST(XlsxSheetReader, ReadsTheFirstSheetThroughItsRelationship)
{
    const auto rows = XlsxSheetReader().readFirstSheet(sampleXlsx());
    ASSERT_TRUE(rows.ok()) << rows.errorString().toStdString();
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(0).cells, kVietnameseHeader.split(u','));
    EXPECT_EQ(rows->at(1).cells.at(1), QStringLiteral("Trường Tiểu học Kim Liên"));
    EXPECT_EQ(rows->at(2).line, 3);
    EXPECT_EQ(rows->at(2).cells.size(), 4); // empty cells at the end do not widen the row
}

TEST(XlsxSheetReader, CellKindsGapsAndRowNumbers)
{
    const QByteArray sst =
        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2"><si><t>Kim Liên</t></si><si><r><rPr><b/></rPr><t>Trường </t></r><r><t xml:space="preserve">Ánh Dương</t></r><rPh><t>phonetic</t></rPh></si></sst>)";
    const QByteArray data =
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>)"
        R"(<row r="4" spans="1:5"><c r="A4"><v>101234567</v></c><c r="B4" t="n"><v>7.9000701E7</v></c>)"
        R"(<c r="C4"><v>2.5</v></c><c r="D4" t="b"><v>1</v></c><c r="E4" t="inlineStr"><is><t>inline</t></is></c></row>)"
        R"(<row r="5"><c r="AB5" t="str"><f>A1</f><v>formula text</v></c></row>)"
        R"(<row r="6"><c r="A6" t="s"/></row>)"
        R"(<row><c t="inlineStr"><is><r><t>no</t></r><r><t> refs</t></r></is></c><c><v>-3</v></c></row>)";
    const auto rows = XlsxSheetReader().readFirstSheet(makeXlsx(worksheet(data), sst));
    ASSERT_TRUE(rows.ok()) << rows.errorString().toStdString();
    ASSERT_EQ(rows->size(), 4); // row 6 has a cell without a value: no row
    EXPECT_EQ(rows->at(0).line, 1);
    EXPECT_EQ(rows->at(0).cells, QStringList({"Kim Liên", "", "Trường Ánh Dương"}));
    EXPECT_EQ(rows->at(1).line, 4);
    EXPECT_EQ(rows->at(1).cells, QStringList({"101234567", "79000701", "2.5", "TRUE", "inline"}));
    EXPECT_EQ(rows->at(2).line, 5);
    ASSERT_EQ(rows->at(2).cells.size(), 28); // AB is the 28th column
    EXPECT_EQ(rows->at(2).cells.at(27), QStringLiteral("formula text"));
    EXPECT_TRUE(rows->at(2).cells.at(0).isEmpty());
    EXPECT_EQ(rows->at(3).line, 7); // no r: the row after the previous one
    EXPECT_EQ(rows->at(3).cells, QStringList({"no refs", "-3"}));
}

TEST(XlsxSheetReader, NumbersStoredCodesBecomeTextWithoutDecimals)
{
    const QByteArray data =
        R"(<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c><c r="C1" t="inlineStr"><is><t>unit</t></is></c><c r="D1" t="inlineStr"><is><t>ownership</t></is></c><c r="E1" t="inlineStr"><is><t>tax_code</t></is></c></row>)"
        R"(<row r="2"><c r="A2"><v>79000701</v></c><c r="B2" t="inlineStr"><is><t>Trường A</t></is></c><c r="C2"><v>12</v></c><c r="D2" t="inlineStr"><is><t>public</t></is></c><c r="E2"><v>101234567</v></c></row>)";
    const auto t = readSchoolImportBytes(makeXlsx(worksheet(data)));
    ASSERT_TRUE(t.ok()) << errorsText(t).toStdString();
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].code, QStringLiteral("79000701"));
    EXPECT_EQ(t.rows[0].unitCode, QStringLiteral("12"));
    EXPECT_EQ(t.rows[0].taxCode, QStringLiteral("101234567"));
}

TEST(XlsxSheetReader, SchoolImportErrorsCarryExcelRowNumbers)
{
    const auto t = readSchoolImportBytes(xlsxFromRows({{}, // an empty first row: the header is row 2
                                                       {"Mã trường", "Tên trường", "Đơn vị quản lý", "Loại hình"},
                                                       {"A", "n", "U", "Công lập"},
                                                       {"A", "n", "U", "Không rõ"}}));
    EXPECT_EQ(t.format, SchoolImportFormat::Xlsx);
    ASSERT_EQ(t.errors.size(), 2) << errorsText(t).toStdString();
    EXPECT_EQ(t.errors[0].line, 4);
    EXPECT_EQ(t.errors[0].column, QStringLiteral("Mã trường"));
    EXPECT_TRUE(t.errors[0].message.contains(u'3'));
    EXPECT_EQ(t.errors[1].column, QStringLiteral("Loại hình"));
}

TEST(XlsxSheetReader, TruncatedWorkbookIsRefusedAtEveryCut)
{
    const QByteArray whole = sampleXlsx();
    const auto half = readSchoolImportBytes(whole.left(whole.size() / 2), QStringLiteral("truong.xlsx"));
    ASSERT_EQ(half.errors.size(), 1);
    EXPECT_EQ(half.format, SchoolImportFormat::Xlsx);
    EXPECT_TRUE(half.rows.isEmpty());
    // Every cut, not just one: no crash, and never a partial list of schools.
    for (qsizetype cut = 1; cut < whole.size(); cut += 7) {
        const auto rows = XlsxSheetReader().readFirstSheet(whole.left(cut));
        EXPECT_FALSE(rows.ok()) << "cut at " << cut;
    }
}

TEST(XlsxSheetReader, CorruptedBytesNeverCrash)
{
    const QByteArray whole = sampleXlsx();
    QRandomGenerator random(20261206);
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        QByteArray bad = whole;
        for (int k = 0; k < 4; ++k)
            bad[random.bounded(static_cast<int>(bad.size()))] = static_cast<char>(random.bounded(256));
        const auto t = readSchoolImportBytes(bad, QStringLiteral("truong.xlsx"));
        if (!t.ok())
            ++refused;
        for (const auto& row : t.rows)
            EXPECT_FALSE(row.code.isEmpty());
    }
    EXPECT_GT(refused, 0);
}

TEST(XlsxSheetReader, RandomBytesAreRefused)
{
    QRandomGenerator random(42);
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    for (char& c : noise)
        c = static_cast<char>(random.bounded(256));
    EXPECT_FALSE(XlsxSheetReader().readFirstSheet(noise).ok());
    // Named .xlsx, it is refused as a damaged workbook; unnamed, as text that is not UTF-8.
    const auto named = readSchoolImportBytes(noise, QStringLiteral("truong.xlsx"));
    ASSERT_EQ(named.errors.size(), 1);
    EXPECT_EQ(named.format, SchoolImportFormat::Xlsx);
    const auto unnamed = readSchoolImportBytes(noise);
    ASSERT_EQ(unnamed.errors.size(), 1);
    EXPECT_TRUE(unnamed.errors[0].message.contains(QStringLiteral("UTF-8")));
    // A zip's magic followed by noise.
    const auto fakeZip = readSchoolImportBytes(QByteArray("PK\x03\x04", 4) + noise);
    ASSERT_EQ(fakeZip.errors.size(), 1);
    EXPECT_EQ(fakeZip.format, SchoolImportFormat::Xlsx);
}

TEST(XlsxSheetReader, ZipWithoutWorkbookIsRefused)
{
    const QByteArray zip = makeZip({{QStringLiteral("hello.txt"), "hello"}});
    const auto rows = XlsxSheetReader().readFirstSheet(zip);
    EXPECT_FALSE(rows.ok());
    const QByteArray badXml = makeXlsx("<worksheet><sheetData><row><c><v>1</v></row>");
    const auto broken = XlsxSheetReader().readFirstSheet(badXml);
    EXPECT_FALSE(broken.ok());
    const QByteArray badIndex = makeXlsx(worksheet(R"(<row r="1"><c r="A1" t="s"><v>5</v></c></row>)"),
                                         R"(<sst><si><t>only one</t></si></sst>)");
    EXPECT_FALSE(XlsxSheetReader().readFirstSheet(badIndex).ok());
    const QByteArray badRef = makeXlsx(worksheet(R"(<row r="1"><c r="ZZZZ1"><v>1</v></c></row>)"));
    EXPECT_FALSE(XlsxSheetReader().readFirstSheet(badRef).ok());
}

TEST(XlsxSheetReader, ColumnsStopAtExcelsLastColumn)
{
    const auto last =
        XlsxSheetReader().readFirstSheet(makeXlsx(worksheet(R"(<row r="1"><c r="XFD1"><v>1</v></c></row>)")));
    ASSERT_TRUE(last.ok()) << last.errorString().toStdString();
    EXPECT_EQ(last->at(0).cells.size(), XlsxSheetReader::kMaxColumns);
    EXPECT_FALSE(
        XlsxSheetReader().readFirstSheet(makeXlsx(worksheet(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)"))).ok());
    // A value in the last column of many rows: refused by the cell limit, not paid for in memory.
    QByteArray sparse;
    for (int r = 1; r <= 400; ++r)
        sparse += QStringLiteral(R"(<row r="%1"><c r="XFD%1"><v>1</v></c></row>)").arg(r).toUtf8();
    EXPECT_FALSE(XlsxSheetReader().readFirstSheet(makeXlsx(worksheet(sparse))).ok());
}

TEST(XlsxSheetReader, ZipBombIsRefused)
{
    // 210 MB of spaces inside a valid sheet compress to a few hundred kilobytes.
    const QByteArray chunk(1024 * 1024, ' ');
    QByteArray head = worksheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)");
    const QList<ZipPart> parts{
        {QStringLiteral("xl/workbook.xml"),
         R"(<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         R"(<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), head},
        {QStringLiteral("xl/sharedStrings.xml"), chunk, 210}};
    const QByteArray bomb = makeZip(parts);
    ASSERT_LT(bomb.size(), kSchoolImportMaxFileBytes); // small enough to pass the file-size check
    const auto t = readSchoolImportBytes(bomb);
    ASSERT_EQ(t.errors.size(), 1);
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral("200"))) << t.errors[0].message.toStdString();
}

TEST(XlsxSheetReader, UnpackBudgetCoversAllPartsTogether)
{
    const QByteArray xlsx = sampleXlsx();
    ASSERT_TRUE(XlsxSheetReader(1024 * 1024).readFirstSheet(xlsx).ok());
    EXPECT_FALSE(XlsxSheetReader(600).readFirstSheet(xlsx).ok());
}

TEST(XlsxSheetReader, LyingSizesInTheArchiveAreRefused)
{
    // The sheet's directory entries claim 10 bytes unpacked: reading must not trust them.
    QByteArray xlsx = makeXlsx(worksheet(QByteArray(R"(<row r="1"><c r="A1"><v>1</v></c></row>)").repeated(500)));
    const QByteArray name = "xl/worksheets/sheet2.xml";
    int patched = 0;
    for (qsizetype at = xlsx.indexOf("PK\x01\x02"); at >= 0; at = xlsx.indexOf("PK\x01\x02", at + 4)) {
        if (xlsx.mid(at + 46, name.size()) == name) {
            xlsx[at + 24] = 10; // uncompressed size, little-endian
            xlsx[at + 25] = 0;
            xlsx[at + 26] = 0;
            xlsx[at + 27] = 0;
            ++patched;
        }
    }
    ASSERT_EQ(patched, 1);
    EXPECT_FALSE(XlsxSheetReader().readFirstSheet(xlsx).ok());
}
