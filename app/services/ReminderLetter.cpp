#include "ReminderLetter.h"

#include "A4Pdf.h"
#include "core/LookupCode.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace hocbaso::services {

namespace {

// The letter's own wording (see the header): Vietnamese, not translated.
constexpr QStringView kCountry = u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
constexpr QStringView kMotto = u"Độc lập - Tự do - Hạnh phúc";
constexpr QStringView kSubject = u"V/v đôn đốc hoàn thành học bạ số";
constexpr QStringView kDots = u"......";

QString s(QStringView v)
{
    return v.toString();
}

class Page
{
public:
    Page(QPainter& p, QPagedPaintDevice& dev) : m_p(p), m_dev(dev)
    {
        m_width = dev.width();
        m_mm = dev.logicalDpiX() / 25.4;
    }

    double height(const QFont& f, double width, int flags, const QString& content) const
    {
        return QFontMetricsF(f, &m_dev)
            .boundingRect(QRectF(0, 0, width, 1e7), flags | Qt::TextWordWrap, content)
            .height();
    }
    // Draws `content` in the column [x, x + width) from `y` and returns the y below it.
    double text(double x, double y, double width, const QFont& f, int flags, const QString& content)
    {
        const double h = height(f, width, flags, content);
        m_p.setFont(f);
        m_p.drawText(QRectF(x, y, width, h), flags | Qt::TextWordWrap, content);
        return y + h;
    }
    // A short rule under a heading, centred in its column.
    void rule(double x, double y, double width, double length)
    {
        QPen pen(Qt::black);
        pen.setWidthF(0.25 * m_mm);
        m_p.setPen(pen);
        const double from = x + (width - length) / 2;
        m_p.drawLine(QPointF(from, y), QPointF(from + length, y));
    }
    double textWidth(const QFont& f, const QString& t) const { return QFontMetricsF(f, &m_dev).horizontalAdvance(t); }
    double mm(double v) const { return v * m_mm; }
    double width() const { return m_width; }

private:
    QPainter& m_p;
    QPagedPaintDevice& m_dev;
    double m_width = 0;
    double m_mm = 1;
};

QString dayText(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

void paintLetter(Page& page, const ReminderLetterInput& in, const ReminderTarget& t)
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const double w = page.width();
    const double leftW = w * 0.42;
    const double rightW = w - leftW;
    const int center = Qt::AlignHCenter | Qt::AlignTop;

    // Top left: the unit above (when there is one) and the issuing unit, with a short rule.
    double yl = 0;
    if (!in.issuer.parentName.isEmpty())
        yl = page.text(0, yl, leftW, printFont(12), center, vi.toUpper(in.issuer.parentName));
    const QFont unitFont = printFont(12, true);
    const QString unit = vi.toUpper(in.issuer.unitName);
    yl = page.text(0, yl, leftW, unitFont, center, unit);
    page.rule(0, yl + page.mm(0.8), leftW, std::min(leftW * 0.4, page.textWidth(unitFont, unit)));
    // Top right: the national motto, its rule as long as the motto.
    double yr = page.text(leftW, 0, rightW, printFont(12, true), center, s(kCountry));
    const QFont mottoFont = printFont(13, true);
    yr = page.text(leftW, yr, rightW, mottoFont, center, s(kMotto));
    page.rule(leftW, yr + page.mm(0.8), rightW, page.textWidth(mottoFont, s(kMotto)));

    // Number and subject on the left; place and date on the right, on the number's line.
    double y = std::max(yl, yr) + page.mm(4);
    const QString number =
        QStringLiteral("Số: %1").arg(in.reference.isEmpty() ? s(kDots) + QStringLiteral("/") + s(kDots) : in.reference);
    yl = page.text(0, y, leftW, printFont(13), center, number);
    yl = page.text(0, yl + page.mm(1), leftW, printFont(12), center, s(kSubject));
    yr = page.text(leftW, y, rightW, printFont(13, false, true), center,
                   ReminderLetter::placeAndDate(in.place, in.date));
    y = std::max(yl, yr) + page.mm(10);

    // Kính gửi: the school.
    y = page.text(0, y, w, printFont(14), center, QStringLiteral("Kính gửi: %1").arg(t.school.name));
    y += page.mm(6);

    // The body, justified, each paragraph's first line indented.
    const QFont body = printFont(13);
    const double indent = page.mm(10);
    const int justify = Qt::AlignJustify | Qt::AlignTop;
    const auto paragraph = [&](const QString& text) {
        y = page.text(0, y, w, body, justify, QStringLiteral("\u2003\u2003") + text) + page.mm(2);
    };
    const auto item = [&](const QString& text) {
        y = page.text(indent, y, w - indent, body, justify, text) + page.mm(1);
    };
    const QString year = SchoolYear{in.schoolYear}.label();
    const QString scope = in.grade > 0 ? QStringLiteral("khối lớp %1, ").arg(in.grade) : QString();
    paragraph(QStringLiteral("Thực hiện kế hoạch triển khai học bạ số năm học %1, %2 thông báo tình hình hoàn thành "
                             "học bạ số (%3tính đến ngày %4) của %5 như sau:")
                  .arg(year, in.issuer.unitName, scope, dayText(in.date), t.school.name));
    const ProgressRow& f = t.figures;
    item(QStringLiteral("- Số học bạ phải hoàn thành: %1;").arg(vi.toString(f.expected)));
    item(QStringLiteral("- Đã xác nhận hoàn thành: %1;").arg(vi.toString(f.confirmed)));
    item(QStringLiteral("- Đã gửi về đơn vị quản lý: %1 (đạt %2%);")
             .arg(vi.toString(f.sent), vi.toString(f.percentSent(), 'f', 1)));
    item(QStringLiteral("- Chưa gửi: %1.").arg(vi.toString(f.notSent())));
    y += page.mm(1);
    if (t.receiveLock.isValid())
        paragraph(QStringLiteral("Thời hạn tiếp nhận học bạ số là ngày %1; sau thời hạn này, đơn vị không tiếp nhận "
                                 "học bạ số gửi về.")
                      .arg(dayText(t.receiveLock)));
    paragraph(QStringLiteral("Đề nghị Hiệu trưởng nhà trường chỉ đạo giáo viên khẩn trương hoàn thành, xác nhận và "
                             "gửi học bạ số về %1 đúng thời hạn. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị "
                             "nhà trường liên hệ %1 để được hướng dẫn./.")
                  .arg(in.issuer.unitName));

    // Recipients on the left, the signature block on the right.
    y += page.mm(6);
    double ys = page.text(leftW, y, rightW, printFont(13, true), center, QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ"));
    page.text(leftW, ys, rightW, printFont(12, false, true), center, QStringLiteral("(Ký, ghi rõ họ tên và đóng dấu)"));
    double yn =
        page.text(0, y, leftW, printFont(12, true, true), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Nơi nhận:"));
    yn = page.text(0, yn, leftW, printFont(11), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("- Như trên;"));
    page.text(0, yn, leftW, printFont(11), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("- Lưu: VT."));
}

} // namespace

QString ReminderLetter::placeAndDate(const QString& place, const QDate& date)
{
    const QString where = place.trimmed().isEmpty() ? s(kDots) : place.trimmed();
    if (!date.isValid())
        return QStringLiteral("%1, ngày ... tháng ... năm ...").arg(where);
    const int d = date.day();
    const int m = date.month();
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(where, d < 10 ? QStringLiteral("0%1").arg(d) : QString::number(d),
             m < 3 ? QStringLiteral("0%1").arg(m) : QString::number(m), QString::number(date.year()));
}

QString ReminderLetter::suggestedFileName(const QDate& date)
{
    return QStringLiteral("don-doc-%1.pdf").arg(date.toString(QStringLiteral("yyyy-MM-dd")));
}

int ReminderLetter::paint(const ReminderLetterInput& input, QPainter& painter, QPagedPaintDevice& device)
{
    int pages = 0;
    for (const ReminderTarget& t : input.schools) {
        if (pages > 0)
            device.newPage();
        Page page(painter, device);
        paintLetter(page, input, t);
        ++pages;
    }
    return pages;
}

Status ReminderLetter::write(const ReminderLetterInput& input, const QString& path)
{
    if (input.schools.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::ReminderLetter", "Choose at least one school."));
    // The decree's margins: 30-35 mm left, 15-20 mm right, 20-25 mm top and bottom.
    return writeA4Pdf(path, QMarginsF(30, 20, 15, 20), QStringLiteral("Công văn đôn đốc hoàn thành học bạ số"),
                      [&](QPainter& painter, QPagedPaintDevice& device) { paint(input, painter, device); });
}

} // namespace hocbaso::services
