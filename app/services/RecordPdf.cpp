#include "RecordPdf.h"

#include "A4Pdf.h"
#include "core/DisplayDates.h"
#include "core/LookupCode.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace hocbaso::services {
namespace {

// The wording of the Ministry's form. It is the document itself, printed in Vietnamese whatever
// language the program speaks, so it is not translated (like the TT27 vocabulary in Tt27Content.h).
namespace form {
constexpr QStringView kCountry = u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
constexpr QStringView kMotto = u"Độc lập - Tự do - Hạnh phúc";
constexpr QStringView kTitle = u"HỌC BẠ";
constexpr QStringView kLevel = u"TIỂU HỌC";
constexpr QStringView kSchoolYear = u"Năm học %1";
constexpr QStringView kSchoolCode = u"Mã trường: %1";
constexpr QStringView kPupilName = u"Họ và tên học sinh:";
constexpr QStringView kGender = u"Giới tính:";
constexpr QStringView kMale = u"Nam";
constexpr QStringView kFemale = u"Nữ";
constexpr QStringView kBirthDate = u"Ngày sinh:";
constexpr QStringView kPersonalId = u"Số định danh cá nhân:";
constexpr QStringView kSchool = u"Trường:";
constexpr QStringView kClass = u"Lớp:";
constexpr QStringView kClassGrade = u"%1 (khối %2)";
constexpr QStringView kYear = u"Năm học:";
constexpr QStringView kHomeroom = u"Giáo viên chủ nhiệm:";
constexpr QStringView kSubjectsHeading = u"1. Các môn học và hoạt động giáo dục";
constexpr QStringView kSubjectColumn = u"Môn học và hoạt động giáo dục";
constexpr QStringView kRatingColumn = u"Mức đạt được";
constexpr QStringView kTestsColumn = u"Điểm kiểm tra định kỳ";
constexpr QStringView kMidTerm1 = u"Giữa HKI";
constexpr QStringView kEndTerm1 = u"Cuối HKI";
constexpr QStringView kMidTerm2 = u"Giữa HKII";
constexpr QStringView kEndYear = u"Cuối năm";
constexpr QStringView kCommentColumn = u"Nhận xét";
constexpr QStringView kRatingLegend = u"Mức đạt được: T - Hoàn thành tốt; H - Hoàn thành; "
                                      u"C - Chưa hoàn thành.";
constexpr QStringView kQualitiesHeading = u"2. Những phẩm chất chủ yếu";
constexpr QStringView kCompetenciesHeading = u"3. Những năng lực cốt lõi";
constexpr QStringView kGeneralHeading = u"3.1. Những năng lực chung";
constexpr QStringView kSpecificHeading = u"3.2. Những năng lực đặc thù";
constexpr QStringView kQualityColumn = u"Phẩm chất";
constexpr QStringView kCompetencyColumn = u"Năng lực";
constexpr QStringView kResult = u"4. Đánh giá kết quả giáo dục:";
constexpr QStringView kCommendation = u"5. Khen thưởng:";
constexpr QStringView kNone = u"Không";
constexpr QStringView kCompletion = u"6. Hoàn thành chương trình lớp học/chương trình tiểu học:";
constexpr QStringView kCompletedPrimary = u"Hoàn thành chương trình tiểu học";
constexpr QStringView kCompletedGrade = u"Hoàn thành chương trình lớp %1; được lên lớp %2";
constexpr QStringView kNotCompletedGrade = u"Chưa hoàn thành chương trình lớp %1";
constexpr QStringView kTeacherComment = u"7. Nhận xét của giáo viên chủ nhiệm:";
constexpr QStringView kDated = u"Ngày %1 tháng %2 năm %3";
constexpr QStringView kUndated = u"Ngày ..... tháng ..... năm ..........";
constexpr QStringView kTeacherTitle = u"GIÁO VIÊN CHỦ NHIỆM";
constexpr QStringView kPrincipalTitle = u"HIỆU TRƯỞNG";
constexpr QStringView kSealTitle = u"XÁC NHẬN CỦA NHÀ TRƯỜNG";
constexpr QStringView kPersonNote = u"(Ký số, ghi rõ họ tên)";
constexpr QStringView kSealNote = u"(Chữ ký số của đơn vị)";
constexpr QStringView kSigned = u"✓ Đã ký số";
constexpr QStringView kSignedInvalid = u"✗ Chữ ký số không hợp lệ";
constexpr QStringView kNotSigned = u"Chưa ký số";
constexpr QStringView kSignedBy = u"Ký bởi: %1";
constexpr QStringView kSignedAt = u"Thời gian ký: %1";
constexpr QStringView kApproved = u"Chứng thư đã được duyệt khi ký";
constexpr QStringView kNotApproved = u"Chứng thư CHƯA được duyệt khi ký";
constexpr QStringView kLookupCode = u"Mã tra cứu học bạ số: %1";
constexpr QStringView kVersion = u"Phiên bản %1";
constexpr QStringView kPage = u"Trang %1/%2";
constexpr QStringView kDraftMark = u"BẢN NHÁP";
constexpr QStringView kRevokedMark = u"ĐÃ THU HỒI";
constexpr QStringView kInvalidMark = u"CHỮ KÝ KHÔNG HỢP LỆ";
constexpr QStringView kDraft = u"Chưa gửi (bản nháp)";
constexpr QStringView kConfirmed = u"Đã xác nhận hoàn thành";
constexpr QStringView kSent = u"Đã gửi";
constexpr QStringView kRevoked = u"Đã thu hồi";
constexpr QStringView kUnreadable = u"Không đọc được nội dung học bạ: %1";
} // namespace form

QString s(QStringView v)
{
    return v.toString();
}

const QColor kInk(0x11, 0x11, 0x11);
const QColor kGrid(0x55, 0x55, 0x55);
const QColor kShade(0xEE, 0xEE, 0xEE);
const QColor kValid(0x2e, 0x7d, 0x32);
const QColor kInvalid(0xc6, 0x28, 0x28);
const QColor kAbsent(0x8a, 0x94, 0x9e);

QString statusText(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Draft:
        return s(form::kDraft);
    case RecordStatus::Confirmed:
        return s(form::kConfirmed);
    case RecordStatus::Sent:
        return s(form::kSent);
    case RecordStatus::Revoked:
        return s(form::kRevoked);
    }
    return {};
}

QString score(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QString();
}

// Draws the form on one device. The first pass runs without a painter to count the pages, so that
// every footer can say "Trang 1/2".
class FormWriter
{
public:
    FormWriter(const RecordDetails& d, QPagedPaintDevice& device, QPainter* painter, int pageCount)
        : m_d(d), m_dev(device), m_p(painter), m_pageCount(pageCount), m_pxPerMm(device.logicalDpiY() / 25.4),
          m_base(printFont(10.5)), m_bold(printFont(10.5, true)), m_small(printFont(8.5)),
          m_smallBold(printFont(8.5, true)), m_smallItalic(printFont(8.5, false, true)), m_heading(printFont(11, true))
    {
        m_width = device.width();
        // The footer keeps the last 9 mm of every page.
        m_bottom = device.height() - mm(9);
    }

    int run()
    {
        startPage();
        header();
        pupil();
        if (m_d.content) {
            subjects(*m_d.content);
            assessments(*m_d.content);
            results(*m_d.content);
        } else {
            m_y += mm(4);
            paragraph(0, m_width, m_bold, form::kUnreadable.toString().arg(m_d.contentProblem), kInvalid);
        }
        signatures();
        footer();
        return m_page;
    }

private:
    double mm(double v) const { return v * m_pxPerMm; }

    double textHeight(const QFont& f, double width, int flags, const QString& text) const
    {
        if (text.isEmpty())
            return QFontMetricsF(f, &m_dev).height();
        return QFontMetricsF(f, &m_dev).boundingRect(QRectF(0, 0, width, 1e7), flags | Qt::TextWordWrap, text).height();
    }
    double textWidth(const QFont& f, const QString& text) const
    {
        return QFontMetricsF(f, &m_dev).horizontalAdvance(text);
    }

    void draw(const QRectF& r, const QFont& f, int flags, const QString& text, const QColor& color = kInk)
    {
        if (!m_p)
            return;
        m_p->setFont(f);
        m_p->setPen(color);
        m_p->drawText(r, flags | Qt::TextWordWrap, text);
    }
    void line(double x1, double y1, double x2, double y2, const QColor& color = kInk, double widthMm = 0.2)
    {
        if (!m_p)
            return;
        m_p->setPen(QPen(color, mm(widthMm)));
        m_p->drawLine(QPointF(x1, y1), QPointF(x2, y2));
    }

    // Wrapped text across the given width at the current line; returns its height.
    double paragraph(double x, double width, const QFont& f, const QString& text, const QColor& color = kInk,
                     int flags = Qt::AlignLeft | Qt::AlignTop)
    {
        const double h = textHeight(f, width, flags, text);
        ensure(h);
        draw(QRectF(x, m_y, width, h), f, flags, text, color);
        m_y += h;
        return h;
    }

    // "Label: value" with the value in bold, wrapped beside the label; returns the height used.
    double labelled(double x, double y, double width, const QString& label, const QString& value)
    {
        const double labelW = textWidth(m_base, label + QLatin1Char(' '));
        const double valueW = std::max(width - labelW, width / 3);
        const double h =
            std::max(textHeight(m_base, width, Qt::AlignLeft, label), textHeight(m_bold, valueW, Qt::AlignLeft, value));
        draw(QRectF(x, y, labelW, h), m_base, Qt::AlignLeft | Qt::AlignTop, label);
        draw(QRectF(x + labelW, y, valueW, h), m_bold, Qt::AlignLeft | Qt::AlignTop, value);
        return h;
    }

    void ensure(double height)
    {
        if (m_y > 0 && m_y + height > m_bottom)
            newPage();
    }

    void newPage()
    {
        footer();
        if (m_p)
            m_dev.newPage();
        ++m_page;
        m_y = 0;
        startPage();
    }

    void startPage() { watermark(); }

    // A printout of a record that is not (or no longer) valid must not pass for one.
    void watermark()
    {
        QString mark;
        if (m_d.record.status == RecordStatus::Draft)
            mark = s(form::kDraftMark);
        else if (m_d.record.status == RecordStatus::Revoked)
            mark = s(form::kRevokedMark);
        else if (const VersionDetails* v = m_d.current(); v && !v->allValid())
            mark = s(form::kInvalidMark);
        if (mark.isEmpty() || !m_p)
            return;
        m_p->save();
        m_p->translate(m_width / 2, m_bottom / 2);
        m_p->rotate(-35);
        QFont f = printFont(54, true);
        m_p->setFont(f);
        m_p->setPen(QColor(0xc6, 0x28, 0x28, 45));
        const double w = textWidth(f, mark) + mm(10);
        const double h = QFontMetricsF(f, &m_dev).height();
        m_p->drawText(QRectF(-w / 2, -h / 2, w, h), Qt::AlignCenter, mark);
        m_p->restore();
    }

    void footer()
    {
        const double y = m_bottom + mm(3);
        line(0, y, m_width, y, kGrid, 0.15);
        const double h = QFontMetricsF(m_small, &m_dev).height();
        const VersionDetails* cur = m_d.current();
        QString left = form::kLookupCode.toString().arg(m_d.record.uuid);
        if (cur)
            left += QStringLiteral("  ·  ") + form::kVersion.toString().arg(cur->version);
        left += QStringLiteral("  ·  ") + statusText(m_d.record.status);
        const QString page = form::kPage.toString().arg(m_page).arg(std::max(m_pageCount, m_page));
        const double pageW = textWidth(m_small, page) + mm(2);
        draw(QRectF(0, y + mm(1), m_width - pageW, h), m_small, Qt::AlignLeft | Qt::AlignTop, left);
        draw(QRectF(m_width - pageW, y + mm(1), pageW, h), m_small, Qt::AlignRight | Qt::AlignTop, page);
    }

    void header()
    {
        const double leftW = m_width * 0.42;
        const double rightW = m_width - leftW;
        const QString school = m_d.school.name.toUpper();
        const QFont schoolFont = printFont(10, true);
        double hl = textHeight(schoolFont, leftW, Qt::AlignHCenter, school);
        draw(QRectF(0, m_y, leftW, hl), schoolFont, Qt::AlignHCenter | Qt::AlignTop, school);
        line(leftW * 0.35, m_y + hl + mm(1), leftW * 0.65, m_y + hl + mm(1));
        const QString code = form::kSchoolCode.toString().arg(m_d.school.code);
        const double hc = textHeight(m_small, leftW, Qt::AlignHCenter, code);
        draw(QRectF(0, m_y + hl + mm(2), leftW, hc), m_small, Qt::AlignHCenter | Qt::AlignTop, code);
        hl += mm(2) + hc;

        const QFont countryFont = printFont(10, true);
        const QFont mottoFont = printFont(11, true);
        const double h1 = textHeight(countryFont, rightW, Qt::AlignHCenter, s(form::kCountry));
        draw(QRectF(leftW, m_y, rightW, h1), countryFont, Qt::AlignHCenter | Qt::AlignTop, s(form::kCountry));
        const double h2 = textHeight(mottoFont, rightW, Qt::AlignHCenter, s(form::kMotto));
        draw(QRectF(leftW, m_y + h1, rightW, h2), mottoFont, Qt::AlignHCenter | Qt::AlignTop, s(form::kMotto));
        const double mottoW = textWidth(mottoFont, s(form::kMotto));
        const double mx = leftW + (rightW - mottoW) / 2;
        line(mx, m_y + h1 + h2 + mm(0.6), mx + mottoW, m_y + h1 + h2 + mm(0.6));
        m_y += std::max(hl, h1 + h2 + mm(1)) + mm(9);

        const QFont titleFont = printFont(24, true);
        const double ht = textHeight(titleFont, m_width, Qt::AlignHCenter, s(form::kTitle));
        draw(QRectF(0, m_y, m_width, ht), titleFont, Qt::AlignHCenter | Qt::AlignTop, s(form::kTitle));
        m_y += ht;
        const QFont levelFont = printFont(13, true);
        const double hv = textHeight(levelFont, m_width, Qt::AlignHCenter, s(form::kLevel));
        draw(QRectF(0, m_y, m_width, hv), levelFont, Qt::AlignHCenter | Qt::AlignTop, s(form::kLevel));
        m_y += hv;
        const QString year = form::kSchoolYear.toString().arg(SchoolYear{m_d.record.schoolYear}.label());
        const QFont yearFont = printFont(11, false, true);
        const double hy = textHeight(yearFont, m_width, Qt::AlignHCenter, year);
        draw(QRectF(0, m_y, m_width, hy), yearFont, Qt::AlignHCenter | Qt::AlignTop, year);
        m_y += hy + mm(7);
    }

    void pupil()
    {
        const double gap = mm(4);
        const double leftW = m_width * 0.58;
        const double rightX = leftW + gap;
        const double rightW = m_width - rightX;
        const double spacing = mm(1.2);
        const QString gender = m_d.pupil.gender == Gender::Female ? s(form::kFemale) : s(form::kMale);
        auto pair = [&](const QString& l1, const QString& v1, const QString& l2, const QString& v2) {
            const double h =
                std::max(labelled(0, m_y, leftW, l1, v1), l2.isEmpty() ? 0.0 : labelled(rightX, m_y, rightW, l2, v2));
            m_y += h + spacing;
        };
        pair(s(form::kPupilName), m_d.pupil.fullName, s(form::kGender), gender);
        pair(s(form::kBirthDate), text::dayText(m_d.pupil.birthDate), s(form::kPersonalId), m_d.pupil.personalId);
        pair(s(form::kSchool), m_d.school.name, {}, {});
        const QString cls =
            m_d.schoolClass.name.isEmpty() && m_d.content ? m_d.content->className : m_d.schoolClass.name;
        pair(s(form::kClass), form::kClassGrade.toString().arg(cls).arg(m_d.record.grade), s(form::kYear),
             SchoolYear{m_d.record.schoolYear}.label());
        if (!m_d.schoolClass.homeroomTeacher.isEmpty())
            pair(s(form::kHomeroom), m_d.schoolClass.homeroomTeacher, {}, {});
        m_y += mm(3);
    }

    void heading(const QString& text, double keepWithNext)
    {
        const double h = textHeight(m_heading, m_width, Qt::AlignLeft, text);
        ensure(h + mm(2) + keepWithNext);
        m_y += mm(2);
        draw(QRectF(0, m_y, m_width, h), m_heading, Qt::AlignLeft | Qt::AlignTop, text);
        m_y += h + mm(1.5);
    }

    // One table row: cells with borders, text wrapped inside a padding.
    double rowHeight(const QList<double>& widths, const QStringList& cells, const QList<QFont>& fonts) const
    {
        const double pad = mm(1.1);
        double h = 0;
        for (int c = 0; c < cells.size(); ++c)
            h = std::max(h, textHeight(fonts.at(c), widths.at(c) - 2 * pad, Qt::AlignLeft, cells.at(c)));
        return h + 2 * pad;
    }
    void drawRow(double x, double y, double h, const QList<double>& widths, const QStringList& cells,
                 const QList<QFont>& fonts, const QList<int>& aligns, bool shaded)
    {
        const double pad = mm(1.1);
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF cell(x, y, widths.at(c), h);
            if (m_p) {
                if (shaded)
                    m_p->fillRect(cell, kShade);
                m_p->setPen(QPen(kGrid, mm(0.15)));
                m_p->setBrush(Qt::NoBrush);
                m_p->drawRect(cell);
            }
            draw(cell.adjusted(pad, pad, -pad, -pad), fonts.at(c), aligns.at(c), cells.at(c));
            x += widths.at(c);
        }
    }

    void subjects(const RecordContent& c)
    {
        const QList<double> f{0.25, 0.085, 0.075, 0.075, 0.075, 0.075, 0.365};
        QList<double> w;
        for (double v : f)
            w.append(v * m_width);
        const int center = Qt::AlignCenter;
        const int left = Qt::AlignLeft | Qt::AlignVCenter;
        const double pad = mm(1.1);

        // Two header rows: "Điểm kiểm tra định kỳ" spans the four score columns.
        const QStringList sub{s(form::kMidTerm1), s(form::kEndTerm1), s(form::kMidTerm2), s(form::kEndYear)};
        double subH = 0;
        for (int i = 0; i < 4; ++i)
            subH = std::max(subH, textHeight(m_smallBold, w.at(2 + i) - 2 * pad, center, sub.at(i)));
        subH += 2 * pad;
        const double testsW = w.at(2) + w.at(3) + w.at(4) + w.at(5);
        const double topH =
            std::max({textHeight(m_smallBold, testsW - 2 * pad, center, s(form::kTestsColumn)) + 2 * pad,
                      textHeight(m_smallBold, w.at(0) - 2 * pad, center, s(form::kSubjectColumn)) + 2 * pad - subH,
                      textHeight(m_smallBold, w.at(1) - 2 * pad, center, s(form::kRatingColumn)) + 2 * pad - subH});
        const double headerH = topH + subH;
        auto drawHeader = [&] {
            auto cell = [&](const QRectF& r, const QString& text) {
                if (m_p) {
                    m_p->fillRect(r, kShade);
                    m_p->setPen(QPen(kGrid, mm(0.15)));
                    m_p->setBrush(Qt::NoBrush);
                    m_p->drawRect(r);
                }
                draw(r.adjusted(pad, pad, -pad, -pad), m_smallBold, center, text);
            };
            const double y = m_y;
            cell(QRectF(0, y, w.at(0), headerH), s(form::kSubjectColumn));
            cell(QRectF(w.at(0), y, w.at(1), headerH), s(form::kRatingColumn));
            const double tx = w.at(0) + w.at(1);
            cell(QRectF(tx, y, testsW, topH), s(form::kTestsColumn));
            double x = tx;
            for (int i = 0; i < 4; ++i) {
                cell(QRectF(x, y + topH, w.at(2 + i), subH), sub.at(i));
                x += w.at(2 + i);
            }
            cell(QRectF(x, y, w.at(6), headerH), s(form::kCommentColumn));
            m_y += headerH;
        };

        const QList<QFont> fonts{m_base, m_bold, m_base, m_base, m_base, m_base, m_small};
        const QList<int> aligns{left, center, center, center, center, center, left};
        QList<QStringList> rows;
        for (const SubjectResult& r : c.subjects)
            rows.append({r.name, r.rating, score(r.midTerm1), score(r.endTerm1), score(r.midTerm2), score(r.endYear),
                         r.comment});
        const double firstH = rows.isEmpty() ? 0 : rowHeight(w, rows.first(), fonts);
        heading(s(form::kSubjectsHeading), headerH + firstH);
        drawHeader();
        for (const QStringList& cells : rows) {
            const double h = rowHeight(w, cells, fonts);
            if (m_y + h > m_bottom) {
                newPage();
                drawHeader();
            }
            drawRow(0, m_y, h, w, cells, fonts, aligns, false);
            m_y += h;
        }
        m_y += mm(1);
        paragraph(0, m_width, m_smallItalic, s(form::kRatingLegend));
    }

    struct Pairs
    {
        QList<double> widths;
        QStringList header;
        QList<QStringList> rows;
    };

    // Assessments as (name, level) pairs, `perLine` pairs to a table row.
    Pairs pairs(const QList<Assessment>& items, const QString& nameHeader, double width, int perLine) const
    {
        Pairs t;
        const double pairW = width / perLine;
        for (int i = 0; i < perLine; ++i) {
            t.widths << pairW * 0.64 << pairW * 0.36;
            t.header << nameHeader << s(form::kRatingColumn);
        }
        for (qsizetype i = 0; i < items.size(); i += perLine) {
            QStringList cells;
            for (int k = 0; k < perLine; ++k) {
                const qsizetype at = i + k;
                cells << (at < items.size() ? items.at(at).name : QString())
                      << (at < items.size() ? items.at(at).level : QString());
            }
            t.rows.append(cells);
        }
        return t;
    }
    double pairsHeight(const Pairs& t) const
    {
        double h = rowHeight(t.widths, t.header, QList<QFont>(t.header.size(), m_smallBold));
        for (const QStringList& r : t.rows)
            h += rowHeight(t.widths, r, cellFonts(r.size()));
        return h;
    }
    QList<QFont> cellFonts(qsizetype n) const
    {
        QList<QFont> f;
        for (qsizetype i = 0; i < n; ++i)
            f.append(i % 2 ? m_bold : m_base);
        return f;
    }
    QList<int> cellAligns(qsizetype n) const
    {
        QList<int> a;
        for (qsizetype i = 0; i < n; ++i)
            a.append(i % 2 ? int(Qt::AlignCenter) : int(Qt::AlignLeft | Qt::AlignVCenter));
        return a;
    }
    void drawPairs(double x, double y, const Pairs& t)
    {
        const double hh = rowHeight(t.widths, t.header, QList<QFont>(t.header.size(), m_smallBold));
        drawRow(x, y, hh, t.widths, t.header, QList<QFont>(t.header.size(), m_smallBold),
                QList<int>(t.header.size(), int(Qt::AlignCenter)), true);
        y += hh;
        for (const QStringList& r : t.rows) {
            const double h = rowHeight(t.widths, r, cellFonts(r.size()));
            drawRow(x, y, h, t.widths, r, cellFonts(r.size()), cellAligns(r.size()), false);
            y += h;
        }
    }

    void assessments(const RecordContent& c)
    {
        // Qualities beside the general competencies, the specific competencies below: the three
        // tables of the template, kept on one page.
        const double gap = mm(6);
        const double halfW = (m_width - gap) / 2;
        const Pairs qualities = pairs(c.qualities, s(form::kQualityColumn), halfW, 1);
        const Pairs general = pairs(c.generalCompetencies, s(form::kCompetencyColumn), halfW, 1);
        const double headH = textHeight(m_heading, halfW, Qt::AlignLeft, s(form::kQualitiesHeading));
        const double subHeadH = textHeight(m_bold, halfW, Qt::AlignLeft, s(form::kGeneralHeading));
        const double blockH =
            std::max(headH + mm(1.5) + pairsHeight(qualities), headH + subHeadH + mm(1.5) + pairsHeight(general));
        ensure(blockH + mm(2));
        m_y += mm(2);
        const double y = m_y;
        draw(QRectF(0, y, halfW, headH), m_heading, Qt::AlignLeft | Qt::AlignTop, s(form::kQualitiesHeading));
        drawPairs(0, y + headH + mm(1.5), qualities);
        const double rx = halfW + gap;
        draw(QRectF(rx, y, halfW, headH), m_heading, Qt::AlignLeft | Qt::AlignTop, s(form::kCompetenciesHeading));
        draw(QRectF(rx, y + headH, halfW, subHeadH), m_bold, Qt::AlignLeft | Qt::AlignTop, s(form::kGeneralHeading));
        drawPairs(rx, y + headH + subHeadH + mm(1.5), general);
        m_y += blockH + mm(2);

        const Pairs specific = pairs(c.specificCompetencies, s(form::kCompetencyColumn), m_width, 2);
        const double specificH = subHeadH + mm(1.5) + pairsHeight(specific);
        ensure(specificH);
        draw(QRectF(0, m_y, m_width, subHeadH), m_bold, Qt::AlignLeft | Qt::AlignTop, s(form::kSpecificHeading));
        drawPairs(0, m_y + subHeadH + mm(1.5), specific);
        m_y += specificH + mm(2);
    }

    // "4. ...: value", the value in bold beside its label, or on the next line when it would not fit.
    void statement(const QString& label, const QString& value)
    {
        const double labelW = textWidth(m_heading, label + QLatin1Char(' '));
        const double labelH = textHeight(m_heading, m_width, Qt::AlignLeft, label);
        const bool beside = labelW + textWidth(m_bold, value) <= m_width;
        const double indent = mm(6);
        const double valueH = textHeight(m_bold, beside ? m_width - labelW : m_width - indent, Qt::AlignLeft, value);
        const double h = beside ? std::max(labelH, valueH) : labelH + valueH;
        ensure(h + mm(2));
        m_y += mm(2);
        draw(QRectF(0, m_y, beside ? labelW : m_width, labelH), m_heading, Qt::AlignLeft | Qt::AlignTop, label);
        if (beside)
            draw(QRectF(labelW, m_y, m_width - labelW, valueH), m_bold, Qt::AlignLeft | Qt::AlignTop, value);
        else
            draw(QRectF(indent, m_y + labelH, m_width - indent, valueH), m_bold, Qt::AlignLeft | Qt::AlignTop, value);
        m_y += h;
    }

    void results(const RecordContent& c)
    {
        statement(s(form::kResult), c.yearEndResult);
        statement(s(form::kCommendation), c.commendation.isEmpty() ? s(form::kNone) : c.commendation);
        QString completion;
        if (!c.promoted)
            completion = form::kNotCompletedGrade.toString().arg(c.grade);
        else if (c.grade >= 5)
            completion = s(form::kCompletedPrimary);
        else
            completion = form::kCompletedGrade.toString().arg(c.grade).arg(c.grade + 1);
        statement(s(form::kCompletion), completion);
        const QFont commentFont = printFont(10.5, false, true);
        const double h = textHeight(commentFont, m_width - mm(6), Qt::AlignLeft, c.teacherComment);
        heading(s(form::kTeacherComment), h);
        draw(QRectF(mm(6), m_y, m_width - mm(6), h), commentFont, Qt::AlignLeft | Qt::AlignTop, c.teacherComment);
        m_y += h + mm(3);
    }

    struct SignatureBox
    {
        QString title;
        QString note;
        const SignatureCheck* check = nullptr;
        QString name; // printed under the box
    };

    QStringList boxLines(const SignatureBox& b) const
    {
        if (!b.check)
            return {s(form::kNotSigned)};
        QStringList lines{b.check->valid ? s(form::kSigned) : s(form::kSignedInvalid),
                          form::kSignedBy.toString().arg(b.check->signer),
                          form::kSignedAt.toString().arg(text::dateTimeText(b.check->signedAt))};
        if (!b.check->valid && !b.check->reason.isEmpty())
            lines.append(b.check->reason);
        if (b.check->approvedAtSigning)
            lines.append(*b.check->approvedAtSigning ? s(form::kApproved) : s(form::kNotApproved));
        return lines;
    }

    void signatures()
    {
        const VersionDetails* cur = m_d.current();
        auto find = [&](SignatureRole role) -> const SignatureCheck* {
            if (!cur)
                return nullptr;
            for (const SignatureCheck& c : cur->signatures) {
                if (c.role == role)
                    return &c;
            }
            return nullptr;
        };
        QList<SignatureBox> boxes{
            {s(form::kTeacherTitle), s(form::kPersonNote), find(SignatureRole::Teacher), {}},
            {s(form::kPrincipalTitle), s(form::kPersonNote), find(SignatureRole::Principal), {}},
            {s(form::kSealTitle), s(form::kSealNote), find(SignatureRole::Seal), m_d.school.name}};
        if (boxes[0].check)
            boxes[0].name = boxes[0].check->signer;
        else
            boxes[0].name = m_d.schoolClass.homeroomTeacher;
        if (boxes[1].check)
            boxes[1].name = boxes[1].check->signer;

        const double colW = m_width / 3;
        const double boxW = colW * 0.9;
        const double pad = mm(1.5);
        double titleH = 0, noteH = 0, linesH = 0, nameH = 0;
        for (const SignatureBox& b : boxes) {
            titleH = std::max(titleH, textHeight(m_smallBold, colW, Qt::AlignHCenter, b.title));
            noteH = std::max(noteH, textHeight(m_smallItalic, colW, Qt::AlignHCenter, b.note));
            linesH = std::max(linesH, textHeight(m_small, boxW - 2 * pad, Qt::AlignLeft, boxLines(b).join(u'\n')));
            nameH = std::max(nameH, textHeight(m_bold, colW, Qt::AlignHCenter, b.name));
        }
        const double boxH = linesH + 2 * pad;
        const QString dated = cur && cur->confirmedAt.isValid()
                                  ? form::kDated.toString()
                                        .arg(cur->confirmedAt.toLocalTime().date().day(), 2, 10, QLatin1Char('0'))
                                        .arg(cur->confirmedAt.toLocalTime().date().month(), 2, 10, QLatin1Char('0'))
                                        .arg(cur->confirmedAt.toLocalTime().date().year())
                                  : s(form::kUndated);
        const QFont datedFont = printFont(10.5, false, true);
        const double datedH = textHeight(datedFont, colW * 2, Qt::AlignHCenter, dated);
        ensure(mm(4) + datedH + mm(2) + titleH + noteH + mm(2) + boxH + mm(2) + nameH);
        m_y += mm(4);
        draw(QRectF(colW, m_y, colW * 2, datedH), datedFont, Qt::AlignHCenter | Qt::AlignTop, dated);
        m_y += datedH + mm(2);
        for (int i = 0; i < boxes.size(); ++i) {
            const SignatureBox& b = boxes.at(i);
            const double x = colW * i;
            double y = m_y;
            draw(QRectF(x, y, colW, titleH), m_smallBold, Qt::AlignHCenter | Qt::AlignTop, b.title);
            y += titleH;
            draw(QRectF(x, y, colW, noteH), m_smallItalic, Qt::AlignHCenter | Qt::AlignTop, b.note);
            y += noteH + mm(2);
            const QColor color = !b.check ? kAbsent : b.check->valid ? kValid : kInvalid;
            const QRectF box(x + (colW - boxW) / 2, y, boxW, boxH);
            if (m_p) {
                m_p->setPen(QPen(color, mm(0.4)));
                m_p->setBrush(Qt::NoBrush);
                m_p->drawRoundedRect(box, mm(1.2), mm(1.2));
            }
            const QStringList lines = boxLines(b);
            double ly = box.top() + pad;
            for (int k = 0; k < lines.size(); ++k) {
                const QFont& f = k == 0 ? m_smallBold : m_small;
                const double lh = textHeight(f, boxW - 2 * pad, Qt::AlignLeft, lines.at(k));
                draw(QRectF(box.left() + pad, ly, boxW - 2 * pad, lh), f, Qt::AlignLeft | Qt::AlignTop, lines.at(k),
                     k == 0 ? color : kInk);
                ly += lh;
            }
            y += boxH + mm(2);
            draw(QRectF(x, y, colW, nameH), m_bold, Qt::AlignHCenter | Qt::AlignTop, b.name);
        }
        m_y += titleH + noteH + mm(2) + boxH + mm(2) + nameH;
    }

    const RecordDetails& m_d;
    QPagedPaintDevice& m_dev;
    QPainter* m_p; // null: the counting pass
    int m_pageCount;
    double m_pxPerMm;
    double m_width = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 1;
    QFont m_base, m_bold, m_small, m_smallBold, m_smallItalic, m_heading;
};

} // namespace

QString RecordPdf::documentTitle(const RecordDetails& d)
{
    QStringList parts{QStringLiteral("Học bạ"), d.pupil.fullName};
    if (!d.schoolClass.name.isEmpty())
        parts.append(d.schoolClass.name);
    parts.append(SchoolYear{d.record.schoolYear}.label());
    return parts.join(QStringLiteral(" - "));
}

QString RecordPdf::suggestedFileName(const RecordDetails& d)
{
    // The title without characters that file systems refuse.
    QString name = documentTitle(d);
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : name) {
        if (bad.contains(c))
            c = QLatin1Char('_');
    }
    return name + QStringLiteral(".pdf");
}

int RecordPdf::paint(const RecordDetails& details, QPainter& painter, QPagedPaintDevice& device)
{
    const int pages = FormWriter(details, device, nullptr, 0).run();
    return FormWriter(details, device, &painter, pages).run();
}

Status RecordPdf::write(const RecordDetails& details, const QString& path)
{
    return writeA4Pdf(path, QMarginsF(20, 15, 15, 12), documentTitle(details),
                      [&](QPainter& painter, QPagedPaintDevice& device) { paint(details, painter, device); });
}

} // namespace hocbaso::services
