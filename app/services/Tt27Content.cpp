#include "Tt27Content.h"

#include "NameGenerator.h"
#include "core/Grades.h"
#include "core/LookupCode.h"
#include "core/Random.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>

namespace hocbaso {
namespace {

QStringList toList(std::initializer_list<QStringView> items)
{
    QStringList list;
    list.reserve(qsizetype(items.size()));
    for (const QStringView item : items)
        list.append(item.toString());
    return list;
}

bool isOneOf(QStringView text, std::initializer_list<QStringView> items)
{
    return std::find(items.begin(), items.end(), text) != items.end();
}

} // namespace

// ---- vocabulary -------------------------------------------------------------------------------

namespace tt27 {

QStringList subjectsForGrade(int grade)
{
    // Built once per grade: generate() asks for every pupil of a million-record dataset.
    static const QStringList grades12 =
        toList({kTiengViet, kToan, kDaoDuc, kTuNhienXaHoi, kTheChat, kAmNhac, kMiThuat, kTraiNghiem});
    static const QStringList grade3 = toList({kTiengViet, kToan, kNgoaiNgu, kDaoDuc, kTuNhienXaHoi, kTinHoc, kCongNghe,
                                              kTheChat, kAmNhac, kMiThuat, kTraiNghiem});
    static const QStringList grades45 = toList({kTiengViet, kToan, kNgoaiNgu, kDaoDuc, kLichSuDiaLi, kKhoaHoc, kTinHoc,
                                                kCongNghe, kTheChat, kAmNhac, kMiThuat, kTraiNghiem});
    switch (grade) {
    case 1:
    case 2:
        return grades12;
    case 3:
        return grade3;
    case 4:
    case 5:
        return grades45;
    default:
        return {};
    }
}

bool hasPeriodicTests(QStringView subject)
{
    // Tin học và Công nghệ is one subject in TT27 with its two parts recorded on separate rows;
    // both parts carry their test scores.
    return isOneOf(subject, {kTiengViet, kToan, kNgoaiNgu, kLichSuDiaLi, kKhoaHoc, kTinHoc, kCongNghe}) ||
           subject.startsWith(u"Ngoại ngữ 1") || subject.startsWith(u"Tin học và Công nghệ");
}

bool hasMidTermTests(QStringView subject, int grade)
{
    return (grade == 4 || grade == 5) && (subject == kTiengViet || subject == kToan);
}

QStringList qualityNames()
{
    static const QStringList names = toList({u"Yêu nước", u"Nhân ái", u"Chăm chỉ", u"Trung thực", u"Trách nhiệm"});
    return names;
}

QStringList generalCompetencyNames()
{
    static const QStringList names =
        toList({u"Tự chủ và tự học", u"Giao tiếp và hợp tác", u"Giải quyết vấn đề và sáng tạo"});
    return names;
}

QStringList specificCompetencyNames()
{
    static const QStringList names =
        toList({u"Ngôn ngữ", u"Tính toán", u"Khoa học", u"Công nghệ", u"Tin học", u"Thẩm mĩ", u"Thể chất"});
    return names;
}

bool isRating(QStringView text)
{
    return isOneOf(text, {kRatingGood, kRatingDone, kRatingNotDone});
}

bool isLevel(QStringView text)
{
    return isOneOf(text, {kLevelGood, kLevelPass, kLevelNeedsEffort});
}

bool isYearEndResult(QStringView text)
{
    return isOneOf(text, {kResultExcellent, kResultGood, kResultDone, kResultNotDone});
}

} // namespace tt27

// ---- JSON -------------------------------------------------------------------------------------

namespace {

const QLatin1String kGrade("grade"), kClassName("className"), kSchoolYear("schoolYear"), kSubjects("subjects"),
    kQualities("qualities"), kGeneral("generalCompetencies"), kSpecific("specificCompetencies"),
    kYearEnd("yearEndResult"), kCommendation("commendation"), kTeacherComment("teacherComment"), kPromoted("promoted");
const QLatin1String kName("name"), kRating("rating"), kMidTerm1("midTerm1"), kEndTerm1("endTerm1"),
    kMidTerm2("midTerm2"), kEndYear("endYear"), kComment("comment"), kLevel("level");

QJsonObject assessmentToJson(const Assessment& a)
{
    return QJsonObject{{kName, a.name}, {kLevel, a.level}};
}

QJsonArray assessmentsToJson(const QList<Assessment>& list)
{
    QJsonArray array;
    for (const Assessment& a : list)
        array.append(assessmentToJson(a));
    return array;
}

QString at(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

Error invalid(const QString& sentence)
{
    return Error::invalid(sentence);
}

Status onlyKnownKeys(const QJsonObject& object, const QString& path, std::initializer_list<QLatin1String> keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
            return invalid(QCoreApplication::translate("hocbaso::Tt27Content",
                                                       "The record content is not valid: %1 is not a known field.")
                               .arg(at(path, it.key())));
    }
    return {};
}

Result<QString> readText(const QJsonObject& object, QLatin1String key, const QString& path, bool required)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return invalid(
            QCoreApplication::translate("hocbaso::Tt27Content", "The record content is not valid: %1 is missing.")
                .arg(at(path, key)));
    if (!v.isString())
        return invalid(
            QCoreApplication::translate("hocbaso::Tt27Content", "The record content is not valid: %1 must be text.")
                .arg(at(path, key)));
    if (required && v.toString().trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("hocbaso::Tt27Content", "The record content is not valid: %1 is empty.")
                .arg(at(path, key)));
    return v.toString();
}

Result<int> readInteger(const QJsonValue& v, const QString& where, int lo, int hi)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < lo || d > hi)
        return invalid(
            QCoreApplication::translate("hocbaso::Tt27Content",
                                        "The record content is not valid: %1 must be a whole number from %2 to %3.")
                .arg(where)
                .arg(lo)
                .arg(hi));
    return int(d);
}

Result<std::optional<int>> readScore(const QJsonObject& object, QLatin1String key, const QString& path)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return std::optional<int>();
    auto score = readInteger(v, at(path, key), 0, 10);
    if (!score)
        return score.error();
    return std::optional<int>(score.value());
}

Result<QJsonArray> readArray(const QJsonObject& object, QLatin1String key, const QString& path)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return invalid(
            QCoreApplication::translate("hocbaso::Tt27Content", "The record content is not valid: %1 is missing.")
                .arg(at(path, key)));
    if (!v.isArray())
        return invalid(
            QCoreApplication::translate("hocbaso::Tt27Content", "The record content is not valid: %1 must be a list.")
                .arg(at(path, key)));
    return v.toArray();
}

Result<QJsonObject> elementObject(const QJsonArray& array, qsizetype i, const QString& where)
{
    const QJsonValue v = array.at(i);
    if (!v.isObject())
        return invalid(QCoreApplication::translate("hocbaso::Tt27Content",
                                                   "The record content is not valid: %1 must be an object.")
                           .arg(where));
    return v.toObject();
}

QString indexed(QLatin1String key, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(key).arg(i);
}

Result<QList<Assessment>> readAssessments(const QJsonObject& json, QLatin1String key)
{
    auto array = readArray(json, key, {});
    if (!array)
        return array.error();
    QList<Assessment> list;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString where = indexed(key, i);
        auto object = elementObject(array.value(), i, where);
        if (!object)
            return object.error();
        if (const Status s = onlyKnownKeys(object.value(), where, {kName, kLevel}); !s)
            return s.error();
        auto name = readText(object.value(), kName, where, true);
        if (!name)
            return name.error();
        auto level = readText(object.value(), kLevel, where, true);
        if (!level)
            return level.error();
        if (!tt27::isLevel(level.value()))
            return invalid(QCoreApplication::translate(
                               "hocbaso::Tt27Content",
                               "The record content is not valid: %1 is \"%2\"; use Tốt, Đạt or Cần cố gắng.")
                               .arg(at(where, kLevel), level.value()));
        list.append(Assessment{name.value(), level.value()});
    }
    return list;
}

Result<QList<SubjectResult>> readSubjects(const QJsonObject& json)
{
    auto array = readArray(json, kSubjects, {});
    if (!array)
        return array.error();
    QList<SubjectResult> list;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString where = indexed(kSubjects, i);
        auto object = elementObject(array.value(), i, where);
        if (!object)
            return object.error();
        const QJsonObject& o = object.value();
        if (const Status s =
                onlyKnownKeys(o, where, {kName, kRating, kMidTerm1, kEndTerm1, kMidTerm2, kEndYear, kComment});
            !s)
            return s.error();
        SubjectResult subject;
        auto name = readText(o, kName, where, true);
        if (!name)
            return name.error();
        subject.name = name.value();
        auto rating = readText(o, kRating, where, true);
        if (!rating)
            return rating.error();
        if (!tt27::isRating(rating.value()))
            return invalid(QCoreApplication::translate("hocbaso::Tt27Content",
                                                       "The record content is not valid: %1 is \"%2\"; use T, H or C.")
                               .arg(at(where, kRating), rating.value()));
        subject.rating = rating.value();
        const std::pair<QLatin1String, std::optional<int>*> scores[] = {{kMidTerm1, &subject.midTerm1},
                                                                        {kEndTerm1, &subject.endTerm1},
                                                                        {kMidTerm2, &subject.midTerm2},
                                                                        {kEndYear, &subject.endYear}};
        for (const auto& [key, target] : scores) {
            auto score = readScore(o, key, where);
            if (!score)
                return score.error();
            *target = score.value();
        }
        auto comment = readText(o, kComment, where, false);
        if (!comment)
            return comment.error();
        subject.comment = comment.value();
        list.append(std::move(subject));
    }
    return list;
}

} // namespace

QJsonObject RecordContent::toJson() const
{
    QJsonArray subjectArray;
    for (const SubjectResult& s : subjects) {
        QJsonObject o{{kName, s.name}, {kRating, s.rating}, {kComment, s.comment}};
        if (s.midTerm1)
            o.insert(kMidTerm1, *s.midTerm1);
        if (s.endTerm1)
            o.insert(kEndTerm1, *s.endTerm1);
        if (s.midTerm2)
            o.insert(kMidTerm2, *s.midTerm2);
        if (s.endYear)
            o.insert(kEndYear, *s.endYear);
        subjectArray.append(o);
    }
    return QJsonObject{{kGrade, grade},
                       {kClassName, className},
                       {kSchoolYear, schoolYear},
                       {kSubjects, subjectArray},
                       {kQualities, assessmentsToJson(qualities)},
                       {kGeneral, assessmentsToJson(generalCompetencies)},
                       {kSpecific, assessmentsToJson(specificCompetencies)},
                       {kYearEnd, yearEndResult},
                       {kCommendation, commendation},
                       {kTeacherComment, teacherComment},
                       {kPromoted, promoted}};
}

Result<RecordContent> RecordContent::fromJson(const QJsonObject& json)
{
    if (const Status s = onlyKnownKeys(json, {},
                                       {kGrade, kClassName, kSchoolYear, kSubjects, kQualities, kGeneral, kSpecific,
                                        kYearEnd, kCommendation, kTeacherComment, kPromoted});
        !s)
        return s.error();

    RecordContent c;
    if (!json.contains(kGrade))
        return invalid(
            QCoreApplication::translate("hocbaso::Tt27Content", "The record content is not valid: %1 is missing.")
                .arg(kGrade));
    auto grade = readInteger(json.value(kGrade), kGrade, kFirstGrade, kLastGrade);
    if (!grade)
        return grade.error();
    c.grade = grade.value();

    auto className = readText(json, kClassName, {}, true);
    if (!className)
        return className.error();
    c.className = className.value();

    auto schoolYear = readText(json, kSchoolYear, {}, true);
    if (!schoolYear)
        return schoolYear.error();
    // Only the canonical spelling: signed bytes must not have two forms of the same year.
    const auto parsedYear = SchoolYear::parse(schoolYear.value());
    if (!parsedYear || parsedYear->label() != schoolYear.value())
        return invalid(
            QCoreApplication::translate("hocbaso::Tt27Content",
                                        "The record content is not valid: schoolYear is \"%1\"; write it as 2025-2026.")
                .arg(schoolYear.value()));
    c.schoolYear = schoolYear.value();

    auto subjects = readSubjects(json);
    if (!subjects)
        return subjects.error();
    c.subjects = std::move(subjects.value());

    const std::pair<QLatin1String, QList<Assessment>*> groups[] = {
        {kQualities, &c.qualities}, {kGeneral, &c.generalCompetencies}, {kSpecific, &c.specificCompetencies}};
    for (const auto& [key, target] : groups) {
        auto list = readAssessments(json, key);
        if (!list)
            return list.error();
        *target = std::move(list.value());
    }

    auto yearEnd = readText(json, kYearEnd, {}, true);
    if (!yearEnd)
        return yearEnd.error();
    if (!tt27::isYearEndResult(yearEnd.value()))
        return invalid(QCoreApplication::translate(
                           "hocbaso::Tt27Content",
                           "The record content is not valid: yearEndResult is \"%1\"; use Hoàn thành xuất sắc, "
                           "Hoàn thành tốt, Hoàn thành or Chưa hoàn thành.")
                           .arg(yearEnd.value()));
    c.yearEndResult = yearEnd.value();

    auto commendation = readText(json, kCommendation, {}, false);
    if (!commendation)
        return commendation.error();
    c.commendation = commendation.value();

    auto teacherComment = readText(json, kTeacherComment, {}, false);
    if (!teacherComment)
        return teacherComment.error();
    c.teacherComment = teacherComment.value();

    const QJsonValue promoted = json.value(kPromoted);
    if (!promoted.isBool())
        return invalid(QCoreApplication::translate("hocbaso::Tt27Content",
                                                   "The record content is not valid: promoted must be true or false."));
    c.promoted = promoted.toBool();
    return c;
}

namespace {

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// A JSON string as QJsonDocument writes it: ", \ and control characters escaped (short forms where
// JSON has them, else \u00xx), everything else as UTF-8, and an unpaired surrogate as \uxxxx.
void appendJsonString(QByteArray& out, QStringView s)
{
    // Room for the worst case (6 bytes a code unit, plus quotes), written through a pointer and
    // trimmed after: appending byte by byte was the slowest part of building the dataset.
    const qsizetype start = out.size();
    out.resize(start + 6 * s.size() + 2);
    char* p = out.data() + start;
    *p++ = '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            *p++ = char(u);
        } else if (u < 0x80) {
            *p++ = '\\';
            switch (u) {
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case u'\b':
                *p++ = 'b';
                break;
            case u'\f':
                *p++ = 'f';
                break;
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hexDigit(u >> 4);
                *p++ = hexDigit(u & 0xF);
            }
        } else if (u < 0x800) {
            *p++ = char(0xC0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
            const char32_t c = QChar::surrogateToUcs4(u, s[++i].unicode());
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            *p++ = '\\';
            *p++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *p++ = hexDigit((u >> shift) & 0xF);
        } else {
            *p++ = char(0xE0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

void appendAssessments(QByteArray& out, const QList<Assessment>& list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        out += i ? ",{\"level\":" : "{\"level\":";
        appendJsonString(out, list.at(i).level);
        out += ",\"name\":";
        appendJsonString(out, list.at(i).name);
        out += '}';
    }
    out += ']';
}

void appendScore(QByteArray& out, const char* key, const std::optional<int>& score)
{
    if (score) {
        out += key;
        out += QByteArray::number(*score);
    }
}

} // namespace

QByteArray RecordContent::canonicalBytes() const
{
    // Written by hand with the keys in sorted order: building a QJsonObject first costs about five
    // times more, which a million-record dataset feels. The tests compare against QJsonDocument.
    QByteArray out;
    out.reserve(3072);
    out += "{\"className\":";
    appendJsonString(out, className);
    out += ",\"commendation\":";
    appendJsonString(out, commendation);
    out += ",\"generalCompetencies\":";
    appendAssessments(out, generalCompetencies);
    out += ",\"grade\":";
    out += QByteArray::number(grade);
    out += promoted ? ",\"promoted\":true" : ",\"promoted\":false";
    out += ",\"qualities\":";
    appendAssessments(out, qualities);
    out += ",\"schoolYear\":";
    appendJsonString(out, schoolYear);
    out += ",\"specificCompetencies\":";
    appendAssessments(out, specificCompetencies);
    out += ",\"subjects\":[";
    for (qsizetype i = 0; i < subjects.size(); ++i) {
        const SubjectResult& s = subjects.at(i);
        out += i ? ",{\"comment\":" : "{\"comment\":";
        appendJsonString(out, s.comment);
        appendScore(out, ",\"endTerm1\":", s.endTerm1);
        appendScore(out, ",\"endYear\":", s.endYear);
        appendScore(out, ",\"midTerm1\":", s.midTerm1);
        appendScore(out, ",\"midTerm2\":", s.midTerm2);
        out += ",\"name\":";
        appendJsonString(out, s.name);
        out += ",\"rating\":";
        appendJsonString(out, s.rating);
        out += '}';
    }
    out += "],\"teacherComment\":";
    appendJsonString(out, teacherComment);
    out += ",\"yearEndResult\":";
    appendJsonString(out, yearEndResult);
    out += '}';
    return out;
}

// ---- the TT27 year-end rule -------------------------------------------------------------------

QString RecordContent::expectedYearEndResult() const
{
    bool allGood = true, noneNotDone = true;
    for (const SubjectResult& s : subjects) {
        allGood = allGood && s.rating == tt27::kRatingGood;
        noneNotDone = noneNotDone && s.rating != tt27::kRatingNotDone;
    }
    for (const QList<Assessment>* group : {&qualities, &generalCompetencies, &specificCompetencies}) {
        for (const Assessment& a : *group) {
            allGood = allGood && a.level == tt27::kLevelGood;
            noneNotDone = noneNotDone && a.level != tt27::kLevelNeedsEffort;
        }
    }
    // The lowest end-of-year score decides; a record without scores (none is due) passes on them.
    int lowest = 10;
    for (const SubjectResult& s : subjects) {
        if (s.endYear)
            lowest = std::min(lowest, *s.endYear);
    }
    if (allGood && lowest >= 9)
        return tt27::kResultExcellent.toString();
    if (allGood && lowest >= 7)
        return tt27::kResultGood.toString();
    if (noneNotDone && lowest >= 5)
        return tt27::kResultDone.toString();
    return tt27::kResultNotDone.toString();
}

// ---- generation -------------------------------------------------------------------------------

namespace {

struct SubjectComment
{
    QStringView subject; // empty: any subject
    QStringView rating;
    QStringView text;
};

// Short subject comments as teachers write them on the record form. Subject-specific ones are
// mixed with the general ones so that a class does not read like one template.
constexpr SubjectComment kSubjectComments[] = {
    {tt27::kTiengViet, tt27::kRatingGood, u"Đọc lưu loát, diễn cảm; viết đúng chính tả, chữ viết đẹp."},
    {tt27::kTiengViet, tt27::kRatingGood, u"Đọc hiểu tốt; viết đoạn văn mạch lạc, giàu hình ảnh."},
    {tt27::kTiengViet, tt27::kRatingGood, u"Nói, viết câu đúng ngữ pháp; vốn từ phong phú."},
    {tt27::kTiengViet, tt27::kRatingDone, u"Đọc khá rõ ràng; cần rèn thêm chữ viết."},
    {tt27::kTiengViet, tt27::kRatingDone, u"Viết còn mắc lỗi chính tả; cần đọc thêm để mở rộng vốn từ."},
    {tt27::kTiengViet, tt27::kRatingNotDone, u"Đọc còn chậm, viết sai nhiều lỗi chính tả; cần luyện thêm hằng ngày."},
    {tt27::kToan, tt27::kRatingGood, u"Tính toán nhanh, chính xác; giải toán có lời văn tốt."},
    {tt27::kToan, tt27::kRatingGood, u"Nắm chắc kiến thức; vận dụng linh hoạt vào bài tập."},
    {tt27::kToan, tt27::kRatingDone, u"Thực hiện được các phép tính; cần cẩn thận hơn khi làm bài."},
    {tt27::kToan, tt27::kRatingDone, u"Giải toán có lời văn còn lúng túng; cần luyện tập thêm."},
    {tt27::kToan, tt27::kRatingNotDone, u"Chưa thuộc bảng cộng, trừ, nhân, chia; cần luyện tập thêm."},
    {tt27::kNgoaiNgu, tt27::kRatingGood, u"Nghe, nói tiếng Anh tốt; phát âm chuẩn."},
    {tt27::kNgoaiNgu, tt27::kRatingGood, u"Thuộc nhiều từ vựng; giao tiếp tự tin."},
    {tt27::kNgoaiNgu, tt27::kRatingDone, u"Nắm được từ vựng cơ bản; cần mạnh dạn giao tiếp hơn."},
    {tt27::kTheChat, tt27::kRatingGood, u"Thực hiện đúng, đẹp các động tác; tích cực rèn luyện."},
    {tt27::kAmNhac, tt27::kRatingGood, u"Hát đúng giai điệu, biểu diễn tự tin."},
    {tt27::kMiThuat, tt27::kRatingGood, u"Vẽ đẹp, phối màu hài hòa, có ý tưởng sáng tạo."},
    {tt27::kTinHoc, tt27::kRatingGood, u"Sử dụng máy tính thành thạo; hoàn thành tốt bài thực hành."},
    {{}, tt27::kRatingGood, u"Hoàn thành tốt nội dung môn học."},
    {{}, tt27::kRatingGood, u"Nắm vững kiến thức, kĩ năng; vận dụng tốt."},
    {{}, tt27::kRatingGood, u"Tích cực, hứng thú trong giờ học; hoàn thành tốt các nhiệm vụ."},
    {{}, tt27::kRatingDone, u"Hoàn thành nội dung môn học."},
    {{}, tt27::kRatingDone, u"Nắm được kiến thức cơ bản; cần luyện tập thêm."},
    {{}, tt27::kRatingDone, u"Có cố gắng; cần tích cực hơn trong giờ học."},
    {{}, tt27::kRatingNotDone, u"Chưa hoàn thành nội dung môn học; cần được hỗ trợ thêm."},
};

constexpr QStringView kSpecialAwards[] = {
    u"Khen thưởng đột xuất: đạt giải Nhất Hội khỏe Phù Đổng cấp trường",
    u"Khen thưởng đột xuất: đạt giải Ba cuộc thi Viết chữ đẹp cấp trường",
    u"Khen thưởng đột xuất: nhặt được của rơi trả lại người đánh mất",
};

QString subjectComment(QStringView subject, QStringView rating, Random& rng)
{
    // Count, then walk to the drawn one: no allocation for the millions of rows of the bench dataset.
    auto fits = [&](const SubjectComment& c) {
        return c.rating == rating && (c.subject.isEmpty() || c.subject == subject);
    };
    const int count = int(std::count_if(std::begin(kSubjectComments), std::end(kSubjectComments), fits));
    if (count == 0)
        return {};
    int index = rng.between(0, count - 1);
    for (const SubjectComment& c : kSubjectComments) {
        if (fits(c) && index-- == 0)
            return c.text.toString();
    }
    return {};
}

// Tenths of a point, all integer arithmetic so that every platform draws the same record.
int toScore(int tenths)
{
    return std::clamp((tenths + 5) / 10, 1, 10);
}

QString levelFor(int tenths)
{
    if (tenths >= 78)
        return tt27::kLevelGood.toString();
    if (tenths >= 45)
        return tt27::kLevelPass.toString();
    return tt27::kLevelNeedsEffort.toString();
}

QList<Assessment> assess(const QStringList& names, int conduct, Random& rng)
{
    QList<Assessment> list;
    list.reserve(names.size());
    for (const QString& name : names)
        list.append(Assessment{name, levelFor(conduct + rng.between(-6, 6))});
    return list;
}

} // namespace

RecordContent RecordContent::generate(int grade, const QString& className, const QString& schoolYear, Random& rng,
                                      const NameGenerator& names)
{
    RecordContent c;
    c.grade = std::clamp(grade, kFirstGrade, kLastGrade);
    c.className = className;
    c.schoolYear = schoolYear;

    // One ability per pupil (tenths of a point) drives every score, so a record is coherent:
    // about 2% weak pupils, a quarter fair, the rest good or excellent, as in reported results.
    const int band = rng.between(0, 999);
    int ability;
    if (band < 20)
        ability = rng.between(42, 64);
    else if (band < 280)
        ability = rng.between(64, 80);
    else if (band < 680)
        ability = rng.between(80, 91);
    else
        ability = rng.between(91, 99);
    // Qualities follow ability loosely: most pupils are rated Tốt in conduct whatever their scores.
    const int conduct = std::min(100, ability + rng.between(-4, 16));

    const QStringList subjectNames = tt27::subjectsForGrade(c.grade);
    c.subjects.reserve(subjectNames.size());
    for (const QString& name : subjectNames) {
        SubjectResult s;
        s.name = name;
        const int aptitude = ability + rng.between(-6, 6); // better at some subjects than others
        if (tt27::hasPeriodicTests(name)) {
            auto test = [&] { return toScore(aptitude + rng.between(-7, 7)); };
            if (tt27::hasMidTermTests(name, c.grade))
                s.midTerm1 = test();
            s.endTerm1 = test();
            if (tt27::hasMidTermTests(name, c.grade))
                s.midTerm2 = test();
            s.endYear = test();
            // The rating follows the end-of-year test; between 7 and 8 the teacher's view of the
            // whole year decides.
            const int last = *s.endYear;
            if (last < 5)
                s.rating = tt27::kRatingNotDone.toString();
            else if (last >= 9 || (last >= 7 && aptitude >= 80))
                s.rating = tt27::kRatingGood.toString();
            else
                s.rating = tt27::kRatingDone.toString();
        } else {
            // Arts, sport and activities depend less on academic ability.
            const int level = ability * 6 / 10 + 40 + (aptitude - ability) + rng.between(-6, 6);
            s.rating = level >= 80   ? tt27::kRatingGood.toString()
                       : level >= 50 ? tt27::kRatingDone.toString()
                                     : tt27::kRatingNotDone.toString();
        }
        s.comment = subjectComment(name, s.rating, rng);
        c.subjects.append(std::move(s));
    }

    c.qualities = assess(tt27::qualityNames(), conduct, rng);
    c.generalCompetencies = assess(tt27::generalCompetencyNames(), (ability + conduct) / 2, rng);
    c.specificCompetencies = assess(tt27::specificCompetencyNames(), (ability + conduct) / 2, rng);

    c.yearEndResult = c.expectedYearEndResult();
    c.promoted = c.yearEndResult != tt27::kResultNotDone;
    if (c.yearEndResult == tt27::kResultExcellent) {
        c.commendation = tt27::kAwardExcellent.toString();
        c.teacherComment = names.teacherComment(CommentLevel::Good, rng);
    } else if (c.yearEndResult == tt27::kResultGood) {
        // Schools commend the outstanding part of the Hoàn thành tốt pupils, not all of them.
        if (rng.chance(0.4))
            c.commendation = tt27::kAwardExemplary.toString();
        c.teacherComment = names.teacherComment(CommentLevel::Good, rng);
    } else if (c.yearEndResult == tt27::kResultDone) {
        c.teacherComment = names.teacherComment(CommentLevel::Fair, rng);
    } else {
        c.teacherComment = names.teacherComment(CommentLevel::NeedsEffort, rng);
    }
    if (c.commendation.isEmpty() && c.promoted && rng.chance(0.02))
        c.commendation = kSpecialAwards[rng.between(0, int(std::size(kSpecialAwards)) - 1)].toString();
    return c;
}

} // namespace hocbaso
