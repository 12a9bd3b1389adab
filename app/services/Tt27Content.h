#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace hocbaso {

class NameGenerator;
class Random;

// The vocabulary of a primary record under Thông tư 27/2020/TT-BGDĐT, written as it appears in the
// record. These are record data in Vietnamese, not UI text, so they are never translated.
namespace tt27 {

// Mức đạt được of a subject or activity.
inline constexpr QStringView kRatingGood = u"T";    // Hoàn thành tốt
inline constexpr QStringView kRatingDone = u"H";    // Hoàn thành
inline constexpr QStringView kRatingNotDone = u"C"; // Chưa hoàn thành

// Levels of qualities (phẩm chất) and competencies (năng lực).
inline constexpr QStringView kLevelGood = u"Tốt";
inline constexpr QStringView kLevelPass = u"Đạt";
inline constexpr QStringView kLevelNeedsEffort = u"Cần cố gắng";

// Year-end result (kết quả giáo dục).
inline constexpr QStringView kResultExcellent = u"Hoàn thành xuất sắc";
inline constexpr QStringView kResultGood = u"Hoàn thành tốt";
inline constexpr QStringView kResultDone = u"Hoàn thành";
inline constexpr QStringView kResultNotDone = u"Chưa hoàn thành";

// Commendations (khen thưởng) of TT27 art. 15 that follow from the year-end result.
inline constexpr QStringView kAwardExcellent = u"Học sinh Xuất sắc";
inline constexpr QStringView kAwardExemplary = u"Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện";

inline constexpr QStringView kTiengViet = u"Tiếng Việt";
inline constexpr QStringView kToan = u"Toán";
inline constexpr QStringView kNgoaiNgu = u"Ngoại ngữ 1 (Tiếng Anh)";
inline constexpr QStringView kDaoDuc = u"Đạo đức";
inline constexpr QStringView kTuNhienXaHoi = u"Tự nhiên và Xã hội";
inline constexpr QStringView kLichSuDiaLi = u"Lịch sử và Địa lí";
inline constexpr QStringView kKhoaHoc = u"Khoa học";
inline constexpr QStringView kTinHoc = u"Tin học và Công nghệ (Tin học)";
inline constexpr QStringView kCongNghe = u"Tin học và Công nghệ (Công nghệ)";
inline constexpr QStringView kTheChat = u"Giáo dục thể chất";
inline constexpr QStringView kAmNhac = u"Nghệ thuật (Âm nhạc)";
inline constexpr QStringView kMiThuat = u"Nghệ thuật (Mĩ thuật)";
inline constexpr QStringView kTraiNghiem = u"Hoạt động trải nghiệm";

// The subjects and activities of a grade (1-5) under the 2018 curriculum, in the order of the
// record form. Empty for any other grade.
QStringList subjectsForGrade(int grade);
// Does the subject have periodic tests scored out of 10 (end of semester 1 and end of year)?
bool hasPeriodicTests(QStringView subject);
// Does the subject also have mid-term tests in this grade? (Tiếng Việt and Toán in grades 4-5.)
bool hasMidTermTests(QStringView subject, int grade);

QStringList qualityNames();            // 5 phẩm chất
QStringList generalCompetencyNames();  // 3 năng lực chung
QStringList specificCompetencyNames(); // 7 năng lực đặc thù

bool isRating(QStringView text);
bool isLevel(QStringView text);
bool isYearEndResult(QStringView text);

} // namespace tt27

struct SubjectResult
{
    QString name;
    QString rating; // "T", "H" or "C"
    // Scores 0-10 where the subject has periodic tests; mid-terms only for Tiếng Việt and Toán in
    // grades 4-5.
    std::optional<int> midTerm1;
    std::optional<int> endTerm1;
    std::optional<int> midTerm2;
    std::optional<int> endYear;
    QString comment;

    bool operator==(const SubjectResult&) const = default;
};

struct Assessment
{
    QString name;
    QString level; // "Tốt", "Đạt" or "Cần cố gắng"

    bool operator==(const Assessment&) const = default;
};

// The content of one học bạ số for one pupil, school year and grade: what the teacher, the
// principal and the school seal sign.
struct RecordContent
{
    int grade = 1;
    QString className;
    QString schoolYear; // "2025-2026"
    QList<SubjectResult> subjects;
    QList<Assessment> qualities;
    QList<Assessment> generalCompetencies;
    QList<Assessment> specificCompetencies;
    QString yearEndResult; // one of tt27::kResult*
    QString commendation;  // may be empty
    QString teacherComment;
    bool promoted = true; // lên lớp

    bool operator==(const RecordContent&) const = default;

    // Scores are present only where they have a value; text is written as held (no normalization),
    // so canonicalBytes() of a decoded record equals the bytes that were signed.
    QJsonObject toJson() const;
    // Checks types, ranges and vocabulary; unknown keys are refused because a signature covers
    // exactly the keys we write. The curriculum (which subjects a grade has) is not enforced here.
    static Result<RecordContent> fromJson(const QJsonObject& json);
    // The bytes that get signed: compact UTF-8 JSON with object keys in ascending order, byte for
    // byte what QJsonDocument(toJson()).toJson(QJsonDocument::Compact) gives (QJsonObject keeps
    // its keys sorted), but written directly because it is several times faster.
    QByteArray canonicalBytes() const;

    // The TT27 art. 9 rule applied to this content's ratings, levels and end-of-year scores:
    // xuất sắc = every subject T, every quality and competency Tốt, every end-of-year score >= 9;
    // tốt = the same with scores >= 7; hoàn thành = no subject C, no level Cần cố gắng, scores >= 5;
    // otherwise chưa hoàn thành.
    QString expectedYearEndResult() const;

    // A coherent, plausible record for the demo and the bench dataset: scores mostly 7-10, ratings
    // that follow the scores, the year-end result by the rule above, promoted unless not completed.
    static RecordContent generate(int grade, const QString& className, const QString& schoolYear, Random& rng,
                                  const NameGenerator& names);
};

} // namespace hocbaso
