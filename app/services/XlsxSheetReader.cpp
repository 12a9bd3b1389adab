#include "XlsxSheetReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <unzip.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace hocbaso::services {
namespace {

QString damaged()
{
    return QCoreApplication::translate("hocbaso::services::XlsxSheetReader",
                                       "The file is not a readable .xlsx workbook: it is damaged, cut short or of "
                                       "another kind. Open it in Excel and save it again as .xlsx, or as “CSV UTF-8 "
                                       "(Comma delimited)”.");
}

QString damagedPart(const QString& part, const QString& why)
{
    return QCoreApplication::translate("hocbaso::services::XlsxSheetReader",
                                       "The workbook is damaged: its part %1 cannot be read (%2). Open it in Excel "
                                       "and save it again.")
        .arg(part, why);
}

// minizip reads through these callbacks from the bytes in memory: the file was read (and its size
// checked) once already. minizip is the library libxlsxwriter uses for the exports, so one zip
// implementation serves both ways (QuaZip carries its own copy of minizip's symbols, which then
// clash with libxlsxwriter's in one process).
struct MemoryFile
{
    const QByteArray* bytes = nullptr;
    qint64 pos = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void*, int mode)
{
    // Reading only: minizip asks for nothing else here.
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    static_cast<MemoryFile*>(opaque)->pos = 0;
    return opaque;
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void* buf, uLong size)
{
    auto* f = static_cast<MemoryFile*>(stream);
    const qint64 left = std::max<qint64>(0, f->bytes->size() - f->pos);
    const qint64 n = std::min<qint64>(left, static_cast<qint64>(size));
    std::memcpy(buf, f->bytes->constData() + f->pos, static_cast<size_t>(n));
    f->pos += n;
    return static_cast<uLong>(n);
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return static_cast<ZPOS64_T>(static_cast<MemoryFile*>(stream)->pos);
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* f = static_cast<MemoryFile*>(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        base = 0;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = f->pos;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = f->bytes->size();
        break;
    default:
        return -1;
    }
    // A damaged archive points anywhere: a position outside the bytes is an error, never a read
    // past the end.
    if (offset > static_cast<ZPOS64_T>(std::numeric_limits<qint64>::max() - base))
        return -1;
    const qint64 target = base + static_cast<qint64>(offset);
    if (target < 0 || target > f->bytes->size())
        return -1;
    f->pos = target;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

// The zip archive of an .xlsx, read part by part under one budget of unpacked bytes for all parts
// together.
class Package
{
public:
    Package(const QByteArray& bytes, qint64 budget) : m_bytes(bytes), m_budget(budget) { m_file.bytes = &m_bytes; }
    ~Package()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Package(const Package&) = delete;
    Package& operator=(const Package&) = delete;

    bool open()
    {
        zlib_filefunc64_def io{};
        io.zopen64_file = memoryOpen;
        io.zread_file = memoryRead;
        io.zwrite_file = memoryWrite;
        io.ztell64_file = memoryTell;
        io.zseek64_file = memorySeek;
        io.zclose_file = memoryClose;
        io.zerror_file = memoryError;
        io.opaque = &m_file;
        m_zip = unzOpen2_64("workbook.xlsx", &io);
        return m_zip != nullptr;
    }

    // Part names compare without regard to case (2), as Excel writes and reads them.
    bool contains(const QString& part) { return locate(part); }

    Result<QByteArray> read(const QString& part)
    {
        if (!locate(part))
            return Error::invalid(damaged());
        // The sizes in the archive's directory are the writer's word, so they are checked first
        // (cheap) and the bytes really unpacked are counted too.
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return Error::invalid(damaged());
        if (info.uncompressed_size > static_cast<ZPOS64_T>(m_budget - m_used))
            return tooLarge();
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return Error::invalid(damaged());
        QByteArray out;
        out.reserve(static_cast<qsizetype>(info.uncompressed_size));
        char chunk[64 * 1024];
        for (;;) {
            const int n = unzReadCurrentFile(m_zip, chunk, sizeof chunk);
            if (n < 0) {
                unzCloseCurrentFile(m_zip);
                return Error::invalid(damaged());
            }
            if (n == 0)
                break;
            m_used += n;
            if (m_used > m_budget) {
                unzCloseCurrentFile(m_zip);
                return tooLarge();
            }
            out.append(chunk, n);
        }
        // A CRC mismatch shows only at close: a part whose bytes were altered or cut.
        if (unzCloseCurrentFile(m_zip) != UNZ_OK)
            return Error::invalid(damaged());
        return out;
    }

private:
    bool locate(const QString& part)
    {
        const QByteArray name = part.toUtf8();
        return m_zip && unzLocateFile(m_zip, name.constData(), 2) == UNZ_OK;
    }

    Error tooLarge() const
    {
        return Error::invalid(QCoreApplication::translate("hocbaso::services::XlsxSheetReader",
                                                          "The workbook unpacks to more than %L1 MB and is refused "
                                                          "as too large.")
                                  .arg(m_budget / (1024 * 1024)));
    }

    QByteArray m_bytes;
    MemoryFile m_file;
    unzFile m_zip = nullptr;
    qint64 m_budget;
    qint64 m_used = 0;
};

Error xmlError(const QString& part, const QXmlStreamReader& xml)
{
    return Error::invalid(damagedPart(part, xml.errorString()));
}

// The relationship id of the first <sheet> of xl/workbook.xml. Its attribute is r:id in the
// transitional namespace and in the strict one, so it is found by local name with any namespace.
Result<QString> firstSheetRelationship(const QByteArray& workbook, const QString& part)
{
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet") {
            for (const QXmlStreamAttribute& a : xml.attributes()) {
                if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    return a.value().toString();
            }
            return Error::invalid(damaged());
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return Error::invalid(
        QCoreApplication::translate("hocbaso::services::XlsxSheetReader", "The workbook has no worksheet."));
}

struct Relationship
{
    QString type;
    QString target;
};

Result<QHash<QString, Relationship>> relationships(const QByteArray& rels, const QString& part)
{
    QHash<QString, Relationship> out;
    QXmlStreamReader xml(rels);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const auto a = xml.attributes();
            out.insert(a.value(QLatin1String("Id")).toString(),
                       {a.value(QLatin1String("Type")).toString(), a.value(QLatin1String("Target")).toString()});
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return out;
}

// Targets are relative to the workbook's folder (xl/) unless they start with "/". A target that
// climbs out of the archive is damage, not a path to follow.
QString resolveTarget(const QString& target)
{
    const QString path = target.startsWith(u'/') ? target.mid(1) : QDir::cleanPath(QStringLiteral("xl/") + target);
    if (path.isEmpty() || path.startsWith(QStringLiteral("..")))
        return {};
    return path;
}

Result<QStringList> sharedStrings(const QByteArray& bytes, const QString& part)
{
    QStringList out;
    QXmlStreamReader xml(bytes);
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"si") {
                current.clear();
                inItem = true;
            } else if (xml.name() == u"rPh" || xml.name() == u"phoneticPr") {
                // Phonetic guides (furigana) are not part of the cell's text.
                xml.skipCurrentElement();
            } else if (inItem && xml.name() == u"t") {
                current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"si") {
            out.append(current);
            inItem = false;
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return out;
}

// "AB12" -> 27 (zero-based); -1 when the reference has no column letters or more than three.
int columnOf(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

QString numberText(const QString& raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    // Whole numbers as Excel shows them: a code typed as 79000701 is stored as "79000701" or
    // "7.9000701E7", and is meant as 79000701, not 79000701.0.
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 15);
}

struct CellText
{
    QString type;
    QString value;
    QString inlineText;
};

// Reads the children of the <c> element the reader is on: <v> its value, <is> an inline string
// (plain or rich text), <f> a formula (skipped: its cached value is in <v>).
CellText readCell(QXmlStreamReader& xml, const QString& type)
{
    CellText cell{type, {}, {}};
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            cell.value = xml.readElementText();
        } else if (xml.name() == u"is") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t") {
                    cell.inlineText += xml.readElementText();
                } else if (xml.name() == u"r") {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"t")
                            cell.inlineText += xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return cell;
}

Result<QString> cellValue(const CellText& cell, const QStringList& shared)
{
    if (cell.type == u"s") {
        if (cell.value.trimmed().isEmpty())
            return QString(); // a styled cell with no value
        bool ok = false;
        const int index = cell.value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= shared.size())
            return Error::invalid(damaged());
        return shared.at(index);
    }
    if (cell.type == u"inlineStr")
        return cell.inlineText;
    if (cell.type == u"b")
        return cell.value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (cell.type.isEmpty() || cell.type == u"n")
        return cell.value.isEmpty() ? QString() : numberText(cell.value.trimmed());
    // "str" (a formula's text), "e" (#N/A...), "d" (an ISO date): the text as stored.
    return cell.value;
}

Result<QList<SheetRow>> sheetRows(const QByteArray& bytes, const QStringList& shared, const QString& part)
{
    QList<SheetRow> rows;
    QXmlStreamReader xml(bytes);
    SheetRow row;
    bool inRow = false;
    int lastRowNumber = 0;
    int nextColumn = 0;
    qsizetype cellCount = 0;
    const auto tooManyCells = [] {
        return Error::invalid(QCoreApplication::translate("hocbaso::services::XlsxSheetReader",
                                                          "The worksheet has more than %L1 cells. Split it into "
                                                          "smaller files.")
                                  .arg(XlsxSheetReader::kMaxCells));
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            row = SheetRow{ok && r > 0 ? r : lastRowNumber + 1, {}};
            lastRowNumber = row.line;
            nextColumn = 0;
            inRow = true;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            if (!row.cells.isEmpty())
                rows.append(row);
            inRow = false;
        } else if (inRow && xml.isStartElement() && xml.name() == u"c") {
            const auto attrs = xml.attributes();
            int column = nextColumn;
            if (attrs.hasAttribute(QLatin1String("r"))) {
                column = columnOf(attrs.value(QLatin1String("r")));
                if (column < 0)
                    return Error::invalid(damagedPart(part, attrs.value(QLatin1String("r")).toString()));
            }
            if (column >= XlsxSheetReader::kMaxColumns)
                return Error::invalid(damagedPart(part, attrs.value(QLatin1String("r")).toString()));
            nextColumn = column + 1;
            CellText cell = readCell(xml, attrs.value(QLatin1String("t")).toString());
            if (xml.hasError())
                break;
            auto value = cellValue(cell, shared);
            if (!value)
                return value.error();
            // An empty cell does not widen the row: only values are placed, gaps filled.
            if (!value->isEmpty()) {
                if (column < row.cells.size()) {
                    row.cells[column] = *value;
                } else {
                    cellCount += column + 1 - row.cells.size();
                    if (cellCount > XlsxSheetReader::kMaxCells)
                        return tooManyCells();
                    while (row.cells.size() < column)
                        row.cells.append(QString());
                    row.cells.append(*value);
                }
            }
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return rows;
}

} // namespace

Result<QList<SheetRow>> XlsxSheetReader::readFirstSheet(const QByteArray& xlsx) const
{
    Package package(xlsx, m_maxUnpackedBytes);
    if (!package.open())
        return Error::invalid(damaged());

    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (!package.contains(workbookPart) || !package.contains(relsPart))
        return Error::invalid(damaged());
    auto workbook = package.read(workbookPart);
    if (!workbook)
        return workbook.error();
    auto sheetId = firstSheetRelationship(*workbook, workbookPart);
    if (!sheetId)
        return sheetId.error();
    auto relsBytes = package.read(relsPart);
    if (!relsBytes)
        return relsBytes.error();
    auto rels = relationships(*relsBytes, relsPart);
    if (!rels)
        return rels.error();

    const QString sheetPart = resolveTarget(rels->value(*sheetId).target);
    if (sheetPart.isEmpty() || !package.contains(sheetPart))
        return Error::invalid(damaged());

    // Shared strings are optional: a workbook of numbers or inline strings has none.
    QString stringsPart;
    for (const Relationship& r : std::as_const(*rels)) {
        if (r.type.endsWith(QStringLiteral("/sharedStrings")))
            stringsPart = resolveTarget(r.target);
    }
    if (stringsPart.isEmpty() && package.contains(QStringLiteral("xl/sharedStrings.xml")))
        stringsPart = QStringLiteral("xl/sharedStrings.xml");
    QStringList strings;
    if (!stringsPart.isEmpty()) {
        auto bytes = package.read(stringsPart);
        if (!bytes)
            return bytes.error();
        auto parsed = sharedStrings(*bytes, stringsPart);
        if (!parsed)
            return parsed.error();
        strings = std::move(parsed).value();
    }

    auto sheet = package.read(sheetPart);
    if (!sheet)
        return sheet.error();
    return sheetRows(*sheet, strings, sheetPart);
}

} // namespace hocbaso::services
