#include "support/DemoNames.h"

#include "core/Grades.h"
#include "core/Random.h"
#include "services/NameGenerator.h"
#include "services/Tt27Content.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <gtest/gtest.h>

using namespace hocbaso;

namespace {

const NameGenerator& names()
{
    return test::demoNames();
}

RecordContent make(int grade, std::uint64_t seed)
{
    Random rng(seed);
    return RecordContent::generate(grade, QStringLiteral("%1A2").arg(grade), QStringLiteral("2025-2026"), rng, names());
}

const SubjectResult* find(const RecordContent& c, QStringView name)
{
    for (const SubjectResult& s : c.subjects) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

// Walks compact JSON bytes and records whether every object's keys come in ascending byte order.
class KeyOrder
{
public:
    explicit KeyOrder(const QByteArray& bytes) : m_bytes(bytes) {}
    bool sorted()
    {
        value();
        return m_sorted && m_i == m_bytes.size();
    }
    int objects() const { return m_objects; }

private:
    char peek() const { return m_i < m_bytes.size() ? m_bytes.at(m_i) : '\0'; }
    QByteArray string()
    {
        const qsizetype start = ++m_i;
        while (m_i < m_bytes.size() && m_bytes.at(m_i) != '"')
            m_i += m_bytes.at(m_i) == '\\' ? 2 : 1;
        return m_bytes.mid(start, m_i++ - start);
    }
    void value()
    {
        if (peek() == '{')
            object();
        else if (peek() == '[')
            array();
        else if (peek() == '"')
            string();
        else
            while (m_i < m_bytes.size() && !QByteArray(",]}").contains(peek()))
                ++m_i;
    }
    void object()
    {
        ++m_objects;
        ++m_i;
        QByteArray previous;
        bool first = true;
        while (peek() != '}' && m_i < m_bytes.size()) {
            const QByteArray key = string();
            if (!first && !(previous < key))
                m_sorted = false;
            previous = key;
            first = false;
            ++m_i; // ':'
            value();
            if (peek() == ',')
                ++m_i;
        }
        ++m_i;
    }
    void array()
    {
        ++m_i;
        while (peek() != ']' && m_i < m_bytes.size()) {
            value();
            if (peek() == ',')
                ++m_i;
        }
        ++m_i;
    }

    const QByteArray& m_bytes;
    qsizetype m_i = 0;
    bool m_sorted = true;
    int m_objects = 0;
};

QJsonObject validJson()
{
    return make(4, 99).toJson();
}

} // namespace

TEST(Tt27, JsonRoundTripEquals)
{
    for (int grade : allGrades()) {
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            const RecordContent original = make(grade, seed * 7919 + grade);
            const auto decoded = RecordContent::fromJson(original.toJson());
            ASSERT_TRUE(decoded.ok()) << decoded.errorString().toStdString();
            EXPECT_EQ(decoded.value(), original);
            // Through the signed bytes, as a verifier would read them.
            const auto fromBytes = RecordContent::fromJson(QJsonDocument::fromJson(original.canonicalBytes()).object());
            ASSERT_TRUE(fromBytes.ok()) << fromBytes.errorString().toStdString();
            EXPECT_EQ(fromBytes.value(), original);
            EXPECT_EQ(fromBytes->canonicalBytes(), original.canonicalBytes());
            EXPECT_EQ(original.canonicalBytes(), QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact));
        }
    }
}

TEST(Tt27, CanonicalBytesAreStableAndKeySorted)
{
    const QByteArray bytes = make(5, 12345).canonicalBytes();
    EXPECT_EQ(make(5, 12345).canonicalBytes(), bytes);
    EXPECT_NE(make(5, 12346).canonicalBytes(), bytes);
    EXPECT_FALSE(bytes.contains('\n'));
    EXPECT_TRUE(bytes.startsWith("{\"className\":\"5A2\",\"commendation\":")) << bytes.left(60).toStdString();
    // Vietnamese is written as UTF-8, not as \u escapes, and in NFC.
    EXPECT_TRUE(bytes.contains(QStringLiteral("\"name\":\"Tiếng Việt\"").toUtf8()));
    EXPECT_FALSE(bytes.contains("\\u"));
    EXPECT_EQ(QString::fromUtf8(bytes).normalized(QString::NormalizationForm_C).toUtf8(), bytes);

    KeyOrder order(bytes);
    EXPECT_TRUE(order.sorted());
    // 1 record + 12 subjects + 5 qualities + 3 general + 7 specific competencies.
    EXPECT_EQ(order.objects(), 1 + 12 + 5 + 3 + 7);

    // Keys inserted in any order still come out sorted: the property the signatures rely on.
    QJsonObject shuffled;
    shuffled.insert(QStringLiteral("zeta"), 1);
    shuffled.insert(QStringLiteral("alpha"), QJsonObject{{QStringLiteral("y"), 1}, {QStringLiteral("b"), 2}});
    shuffled.insert(QStringLiteral("mid"), QStringLiteral("Đ"));
    EXPECT_EQ(QJsonDocument(shuffled).toJson(QJsonDocument::Compact),
              QStringLiteral("{\"alpha\":{\"b\":2,\"y\":1},\"mid\":\"Đ\",\"zeta\":1}").toUtf8());
}

TEST(Tt27, CanonicalBytesMatchQtForAnyText)
{
    // canonicalBytes is written by hand for speed; it must stay what QJsonDocument writes, whatever
    // a teacher typed: quotes, backslashes, control characters, NFD, emoji, even broken UTF-16.
    const QString nfd = QStringLiteral("Nguyễn").normalized(QString::NormalizationForm_D);
    const QString awkward = QStringLiteral("a\"b\\c/d\n\r\t\b\f") + QChar(0x01) + QChar(0x1F) + QChar(0x7F) +
                            QStringLiteral("é Ð Đ ") + nfd + QString::fromUcs4(U"\U0001F600") + QChar(0xD800) +
                            QStringLiteral("x") + QChar(0xDC00) + QChar(0xFFFE) + QChar(0x2028) + QChar(0xD83D);
    RecordContent c = make(5, 8);
    c.className = awkward;
    c.teacherComment = awkward + awkward;
    c.commendation.clear();
    c.subjects[0].comment = awkward;
    c.subjects[1].name = QString();
    c.qualities[0].name = awkward;
    c.generalCompetencies.clear();
    c.grade = -3;
    c.promoted = false;
    EXPECT_EQ(c.canonicalBytes(), QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));

    RecordContent empty;
    EXPECT_EQ(empty.canonicalBytes(), QJsonDocument(empty.toJson()).toJson(QJsonDocument::Compact));
    EXPECT_TRUE(KeyOrder(empty.canonicalBytes()).sorted());
}

TEST(Tt27, SubjectsFollowTheGrade)
{
    const RecordContent g1 = make(1, 3);
    EXPECT_EQ(g1.subjects.size(), 8);
    for (const SubjectResult& s : g1.subjects) {
        EXPECT_FALSE(s.name.startsWith(QStringLiteral("Ngoại ngữ"))) << s.name.toStdString();
        EXPECT_FALSE(s.name.startsWith(QStringLiteral("Tin học"))) << s.name.toStdString();
        EXPECT_NE(s.name, tt27::kKhoaHoc);
        EXPECT_NE(s.name, tt27::kLichSuDiaLi);
    }
    ASSERT_TRUE(find(g1, tt27::kTuNhienXaHoi));
    ASSERT_TRUE(find(g1, tt27::kToan));
    EXPECT_FALSE(find(g1, tt27::kToan)->midTerm1.has_value());
    EXPECT_TRUE(find(g1, tt27::kToan)->endTerm1.has_value());
    EXPECT_TRUE(find(g1, tt27::kToan)->endYear.has_value());
    EXPECT_FALSE(find(g1, tt27::kDaoDuc)->endYear.has_value());

    const RecordContent g3 = make(3, 3);
    EXPECT_EQ(g3.subjects.size(), 11);
    EXPECT_TRUE(find(g3, tt27::kNgoaiNgu));
    EXPECT_TRUE(find(g3, tt27::kTinHoc));
    EXPECT_TRUE(find(g3, tt27::kCongNghe));
    EXPECT_TRUE(find(g3, tt27::kTuNhienXaHoi));
    EXPECT_FALSE(find(g3, tt27::kKhoaHoc));
    EXPECT_FALSE(find(g3, tt27::kToan)->midTerm1.has_value());
    EXPECT_TRUE(find(g3, tt27::kNgoaiNgu)->endYear.has_value());

    for (int grade : {4, 5}) {
        const RecordContent c = make(grade, 3);
        EXPECT_EQ(c.subjects.size(), 12);
        EXPECT_FALSE(find(c, tt27::kTuNhienXaHoi));
        for (QStringView name : {tt27::kToan, tt27::kTiengViet}) {
            const SubjectResult* s = find(c, name);
            ASSERT_TRUE(s);
            EXPECT_TRUE(s->midTerm1 && s->endTerm1 && s->midTerm2 && s->endYear);
        }
        for (QStringView name : {tt27::kKhoaHoc, tt27::kLichSuDiaLi, tt27::kNgoaiNgu, tt27::kTinHoc, tt27::kCongNghe}) {
            const SubjectResult* s = find(c, name);
            ASSERT_TRUE(s);
            EXPECT_FALSE(s->midTerm1 || s->midTerm2);
            EXPECT_TRUE(s->endTerm1 && s->endYear);
        }
        for (QStringView name : {tt27::kDaoDuc, tt27::kTheChat, tt27::kAmNhac, tt27::kMiThuat, tt27::kTraiNghiem}) {
            const SubjectResult* s = find(c, name);
            ASSERT_TRUE(s);
            EXPECT_FALSE(s->midTerm1 || s->endTerm1 || s->midTerm2 || s->endYear);
        }
    }
    EXPECT_TRUE(tt27::subjectsForGrade(0).isEmpty());
    EXPECT_TRUE(tt27::subjectsForGrade(6).isEmpty());
}

TEST(Tt27, ScoresRatingsAndLevelsInRange)
{
    int scores = 0, highScores = 0;
    for (std::uint64_t seed = 0; seed < 2000; ++seed) {
        const int grade = int(seed % 5) + 1;
        const RecordContent c = make(grade, seed);
        EXPECT_EQ(c.qualities.size(), 5);
        EXPECT_EQ(c.generalCompetencies.size(), 3);
        EXPECT_EQ(c.specificCompetencies.size(), 7);
        for (const SubjectResult& s : c.subjects) {
            EXPECT_TRUE(tt27::isRating(s.rating)) << s.rating.toStdString();
            EXPECT_FALSE(s.comment.isEmpty());
            for (const std::optional<int>& score : {s.midTerm1, s.endTerm1, s.midTerm2, s.endYear}) {
                if (!score)
                    continue;
                EXPECT_GE(*score, 0);
                EXPECT_LE(*score, 10);
                ++scores;
                highScores += *score >= 7;
            }
            // C only for a failed end-of-year test where there is one; T never below 7.
            if (s.endYear) {
                EXPECT_EQ(s.rating == tt27::kRatingNotDone, *s.endYear < 5) << s.name.toStdString();
                if (s.rating == tt27::kRatingGood) {
                    EXPECT_GE(*s.endYear, 7);
                }
            }
        }
        for (const QList<Assessment>* group : {&c.qualities, &c.generalCompetencies, &c.specificCompetencies}) {
            for (const Assessment& a : *group)
                EXPECT_TRUE(tt27::isLevel(a.level)) << a.level.toStdString();
        }
        EXPECT_TRUE(tt27::isYearEndResult(c.yearEndResult));
        EXPECT_FALSE(c.teacherComment.isEmpty());
    }
    // "Mostly 7-10".
    EXPECT_GT(double(highScores) / scores, 0.8);
}

TEST(Tt27, YearEndResultFollowsTheRule)
{
    QMap<QString, int> counts;
    const int records = 3000;
    for (std::uint64_t seed = 0; seed < std::uint64_t(records); ++seed) {
        const RecordContent c = make(int(seed % 5) + 1, seed + 1000000);
        ++counts[c.yearEndResult];
        EXPECT_EQ(c.yearEndResult, c.expectedYearEndResult());
        EXPECT_EQ(c.promoted, c.yearEndResult != tt27::kResultNotDone);

        bool allT = true, anyC = false, allTot = true, anyWeak = false;
        int lowest = 10;
        for (const SubjectResult& s : c.subjects) {
            allT = allT && s.rating == tt27::kRatingGood;
            anyC = anyC || s.rating == tt27::kRatingNotDone;
            if (s.endYear)
                lowest = std::min(lowest, *s.endYear);
        }
        for (const QList<Assessment>* group : {&c.qualities, &c.generalCompetencies, &c.specificCompetencies}) {
            for (const Assessment& a : *group) {
                allTot = allTot && a.level == tt27::kLevelGood;
                anyWeak = anyWeak || a.level == tt27::kLevelNeedsEffort;
            }
        }
        if (c.yearEndResult == tt27::kResultExcellent) {
            EXPECT_TRUE(allT && allTot && lowest >= 9);
            EXPECT_EQ(c.commendation, tt27::kAwardExcellent);
        } else if (c.yearEndResult == tt27::kResultGood) {
            EXPECT_TRUE(allT && allTot && lowest >= 7 && lowest < 9);
        } else if (c.yearEndResult == tt27::kResultDone) {
            EXPECT_TRUE(!anyC && !anyWeak && lowest >= 5);
            EXPECT_FALSE(allT && allTot && lowest >= 7);
        } else {
            EXPECT_TRUE(anyC || anyWeak || lowest < 5);
        }
    }
    // Every result occurs, in plausible shares: Chưa hoàn thành rare, xuất sắc a minority.
    for (QStringView r : {tt27::kResultExcellent, tt27::kResultGood, tt27::kResultDone, tt27::kResultNotDone})
        EXPECT_GT(counts.value(r.toString()), 0) << r.toString().toStdString();
    EXPECT_LT(counts.value(tt27::kResultNotDone.toString()), records * 3 / 100);
    EXPECT_GT(counts.value(tt27::kResultExcellent.toString()), records / 10);
    EXPECT_LT(counts.value(tt27::kResultExcellent.toString()), records / 2);
}

TEST(Tt27, RuleOnHandMadeRecords)
{
    RecordContent c;
    c.grade = 2;
    c.className = QStringLiteral("2B");
    c.schoolYear = QStringLiteral("2025-2026");
    c.subjects = {{QStringLiteral("Toán"), QStringLiteral("T"), {}, 10, {}, 9, {}},
                  {QStringLiteral("Đạo đức"), QStringLiteral("T"), {}, {}, {}, {}, {}}};
    c.qualities = {{QStringLiteral("Chăm chỉ"), QStringLiteral("Tốt")}};
    EXPECT_EQ(c.expectedYearEndResult(), tt27::kResultExcellent);
    c.subjects[0].endYear = 8;
    EXPECT_EQ(c.expectedYearEndResult(), tt27::kResultGood);
    c.subjects[0].endYear = 9;
    c.qualities[0].level = QStringLiteral("Đạt");
    EXPECT_EQ(c.expectedYearEndResult(), tt27::kResultDone);
    c.qualities[0].level = QStringLiteral("Tốt");
    c.subjects[1].rating = QStringLiteral("H");
    EXPECT_EQ(c.expectedYearEndResult(), tt27::kResultDone);
    c.subjects[1].rating = QStringLiteral("C");
    EXPECT_EQ(c.expectedYearEndResult(), tt27::kResultNotDone);
    c.subjects[1].rating = QStringLiteral("T");
    c.qualities[0].level = QStringLiteral("Cần cố gắng");
    EXPECT_EQ(c.expectedYearEndResult(), tt27::kResultNotDone);
    c.qualities[0].level = QStringLiteral("Tốt");
    c.subjects[0].endYear = 4;
    EXPECT_EQ(c.expectedYearEndResult(), tt27::kResultNotDone);
    c.subjects[0].endYear = 6;
    EXPECT_EQ(c.expectedYearEndResult(), tt27::kResultDone);
}

TEST(Tt27, FromJsonRefusesMalformedInput)
{
    ASSERT_TRUE(RecordContent::fromJson(validJson()).ok());

    auto expectInvalid = [](const QJsonObject& json, const char* what) {
        const auto r = RecordContent::fromJson(json);
        EXPECT_FALSE(r.ok()) << what;
        if (!r.ok()) {
            EXPECT_EQ(r.error().kind, ErrorKind::Invalid) << what;
            EXPECT_FALSE(r.errorString().isEmpty()) << what;
        }
    };
    auto with = [](const QString& key, const QJsonValue& value) {
        QJsonObject o = validJson();
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    };
    auto withSubject = [](const QString& key, const QJsonValue& value) {
        QJsonObject o = validJson();
        QJsonArray subjects = o.value(QStringLiteral("subjects")).toArray();
        QJsonObject first = subjects.at(0).toObject();
        if (value.isUndefined())
            first.remove(key);
        else
            first.insert(key, value);
        subjects.replace(0, first);
        o.insert(QStringLiteral("subjects"), subjects);
        return o;
    };

    expectInvalid({}, "empty object");
    expectInvalid(QJsonDocument::fromJson("not json at all").object(), "garbage bytes");
    expectInvalid(QJsonDocument::fromJson("[1,2,3]").object(), "an array");
    expectInvalid(with(QStringLiteral("grade"), QStringLiteral("4")), "grade as text");
    expectInvalid(with(QStringLiteral("grade"), 6), "grade 6");
    expectInvalid(with(QStringLiteral("grade"), 3.5), "grade 3.5");
    expectInvalid(with(QStringLiteral("grade"), QJsonValue::Undefined), "no grade");
    expectInvalid(with(QStringLiteral("className"), QJsonValue::Undefined), "no class");
    expectInvalid(with(QStringLiteral("className"), QString()), "empty class");
    expectInvalid(with(QStringLiteral("schoolYear"), QStringLiteral("2025 - 2026")), "spaced year");
    expectInvalid(with(QStringLiteral("schoolYear"), QStringLiteral("2025-2027")), "two-year span");
    expectInvalid(with(QStringLiteral("subjects"), QStringLiteral("Toán")), "subjects as text");
    expectInvalid(with(QStringLiteral("subjects"), QJsonArray{1, 2}), "subjects of numbers");
    expectInvalid(with(QStringLiteral("qualities"), QJsonArray{QJsonObject{{QStringLiteral("name"), 1}}}),
                  "quality without level");
    const QJsonObject badLevel{{QStringLiteral("name"), QStringLiteral("Chăm chỉ")},
                               {QStringLiteral("level"), QStringLiteral("Giỏi")}};
    expectInvalid(with(QStringLiteral("qualities"), QJsonArray{badLevel}), "unknown level");
    expectInvalid(with(QStringLiteral("yearEndResult"), QStringLiteral("Giỏi")), "unknown result");
    expectInvalid(with(QStringLiteral("promoted"), QStringLiteral("yes")), "promoted as text");
    expectInvalid(with(QStringLiteral("teacherComment"), QJsonValue::Null), "null comment");
    expectInvalid(with(QStringLiteral("extra"), 1), "unknown key");
    expectInvalid(withSubject(QStringLiteral("endYear"), 11), "score 11");
    expectInvalid(withSubject(QStringLiteral("endYear"), -1), "score -1");
    expectInvalid(withSubject(QStringLiteral("endYear"), 7.5), "score 7.5");
    expectInvalid(withSubject(QStringLiteral("endYear"), QStringLiteral("8")), "score as text");
    expectInvalid(withSubject(QStringLiteral("endYear"), QJsonValue::Null), "score null");
    expectInvalid(withSubject(QStringLiteral("endYear"), 1e300), "huge score");
    expectInvalid(withSubject(QStringLiteral("rating"), QStringLiteral("A")), "rating A");
    expectInvalid(withSubject(QStringLiteral("name"), QJsonValue::Undefined), "subject without name");
    expectInvalid(withSubject(QStringLiteral("grade"), 1), "unknown subject key");

    // Scores may be absent: a subject without periodic tests.
    const auto noScore = RecordContent::fromJson(withSubject(QStringLiteral("endYear"), QJsonValue::Undefined));
    ASSERT_TRUE(noScore.ok()) << noScore.errorString().toStdString();
    EXPECT_FALSE(noScore->subjects.at(0).endYear.has_value());
}
