#include "support/DemoStore.h"

#include "core/Random.h"
#include "core/VietnameseText.h"
#include "services/RecordDetails.h"
#include "services/RecordLookup.h"
#include "store/PupilRepository.h"
#include "store/RecordRepository.h"
#include "store/RecordSearchRepository.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

// An independent folding for the test: a table of Vietnamese letters, not Unicode decomposition.
QString independentFold(const QString& in)
{
    static const QHash<QChar, QChar> table = [] {
        QHash<QChar, QChar> t;
        const QString groups[][2] = {
            {QStringLiteral("aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"), QStringLiteral("a")},
            {QStringLiteral("eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ"), QStringLiteral("e")},
            {QStringLiteral("iìíỉĩịIÌÍỈĨỊ"), QStringLiteral("i")},
            {QStringLiteral("oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"), QStringLiteral("o")},
            {QStringLiteral("uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ"), QStringLiteral("u")},
            {QStringLiteral("yỳýỷỹỵYỲÝỶỸỴ"), QStringLiteral("y")},
            {QStringLiteral("dđDĐÐ"), QStringLiteral("d")},
        };
        for (const auto& g : groups) {
            for (const QChar c : g[0])
                t.insert(c, g[1].at(0));
        }
        return t;
    }();
    QString out;
    for (const QChar c : in.normalized(QString::NormalizationForm_C))
        out.append(table.value(c, c.toLower()));
    return out.simplified();
}

bool independentMatch(const QString& fullName, const QStringList& query)
{
    QStringList words = independentFold(fullName).split(QLatin1Char(' '));
    // Try every assignment (names are short): each query word takes a distinct name word it prefixes.
    std::function<bool(int)> place = [&](int qi) {
        if (qi == query.size())
            return true;
        for (QString& w : words) {
            if (!w.isEmpty() && w.startsWith(query.at(qi))) {
                const QString saved = w;
                w.clear();
                if (place(qi + 1))
                    return true;
                w = saved;
            }
        }
        return false;
    };
    return place(0);
}

// Old-style tone placement: move the mark of "oà/oá/..., uỷ" onto the first vowel.
QString oldStyleTones(const QString& s)
{
    QString r = s;
    const QPair<QString, QString> pairs[] = {
        {QStringLiteral("òa"), QStringLiteral("oà")}, {QStringLiteral("óa"), QStringLiteral("oá")},
        {QStringLiteral("ỏa"), QStringLiteral("oả")}, {QStringLiteral("õa"), QStringLiteral("oã")},
        {QStringLiteral("ọa"), QStringLiteral("oạ")}, {QStringLiteral("ủy"), QStringLiteral("uỷ")},
        {QStringLiteral("úy"), QStringLiteral("uý")}, {QStringLiteral("ùy"), QStringLiteral("uỳ")},
        {QStringLiteral("ũy"), QStringLiteral("uỹ")}, {QStringLiteral("ụy"), QStringLiteral("uỵ")}};
    for (const auto& [from, to] : pairs)
        r.replace(from, to);
    return r;
}

// Every record as the reference sees it: read raw, matched and ordered here, not by the store.
struct ReferenceRow
{
    qint64 id = 0;
    QString nameSort;
    QString fullName;
    int year = 0;
    int grade = 0;
    QString status;
    QString school;
    qint64 unitId = 0;
};

QList<ReferenceRow> referenceRows(store::Database& db)
{
    QList<ReferenceRow> rows;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(
        q.exec(QStringLiteral("SELECT r.id, r.name_sort, p.full_name, r.school_year, r.grade, r.status, s.code, "
                              "s.unit_id FROM records r JOIN pupils p ON p.id = r.pupil_id JOIN schools s ON "
                              "s.id = r.school_id")));
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toInt(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong()});
    // Class-list order: the store's key compared as code points (SQLite BINARY, PostgreSQL "C"), then id.
    std::sort(rows.begin(), rows.end(), [](const ReferenceRow& a, const ReferenceRow& b) {
        const int c = a.nameSort.compare(b.nameSort);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return rows;
}

QList<qint64> referenceIds(const QList<ReferenceRow>& rows, const services::LookupRequest& r, qint64 unitId)
{
    const QStringList words = independentFold(r.name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<qint64> ids;
    for (const ReferenceRow& row : rows) {
        if (!words.isEmpty() && !independentMatch(row.fullName, words))
            continue;
        if ((r.schoolYear && row.year != *r.schoolYear) || (r.grade > 0 && row.grade != r.grade) ||
            (r.status && row.status != toText(*r.status)) || (!r.schoolCode.isEmpty() && row.school != r.schoolCode) ||
            (unitId > 0 && row.unitId != unitId))
            continue;
        ids.append(row.id);
    }
    return ids;
}

QList<qint64> idsOf(const QList<RecordListing>& rows)
{
    QList<qint64> ids;
    for (const RecordListing& l : rows)
        ids.append(l.recordId);
    return ids;
}

// Pupils whose names make the search work: many sharing the first letters of their class-list key
// (one bucket of the SQLite index, sorted by tones and the rest of the name within it), identical
// names (sorted by record id), words with apostrophes and hyphens (which the FTS tokenizer splits
// but the rule does not), repeated words and a digit.
const QStringList kCraftedNames = {
    QStringLiteral("Nguyễn Ngọc Anh"),
    QStringLiteral("Trần Ngọc Anh"),
    QStringLiteral("Lê Ngọc Ánh"),
    QStringLiteral("Phạm Ngọc Ảnh"),
    QStringLiteral("Vũ Ngọc Anh Thư"),
    QStringLiteral("Nguyễn Ngọc Ân"),
    QStringLiteral("Đỗ Ngọc Anh"),
    QStringLiteral("Nguyễn Ngọc Anh"),
    QStringLiteral("H'Hen Niê"),
    QStringLiteral("Ksor H'Ben"),
    QStringLiteral("Y Phôn Ksor"),
    QStringLiteral("Hen Thị Lan"),
    QStringLiteral("Nguyễn Văn-An"),
    QStringLiteral("Đinh Thị Hen"),
    QStringLiteral("Nguyễn An An"),
    QStringLiteral("An Văn Nguyễn"),
    QStringLiteral("Ngô Ngô Ngọc"),
    QStringLiteral("Trần Thị 2"),
    QStringLiteral("O'Neil Ân"),
    QStringLiteral("Nguyễn Ngọc Anh"),
    QStringLiteral("Nguyễn Ngọc Anh"),
    // Words longer than the 12-character prefixes of PostgreSQL's record_search (schema 12).
    QStringLiteral("Ksor Buônmathuộtanh"),
    QStringLiteral("Ksor Buônmathuộtan"),
};

// Adds the crafted pupils, each with one to three records over the demo's schools and years.
void addCraftedPupils(TestStore& t)
{
    QSqlQuery q(t.db().connection());
    QList<qint64> schools;
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM schools ORDER BY id")));
    while (q.next())
        schools.append(q.value(0).toLongLong());
    ASSERT_FALSE(schools.isEmpty());
    store::PupilRepository pupils(t.db());
    store::RecordRepository records(t.db());
    const RecordStatus statuses[] = {RecordStatus::Draft, RecordStatus::Confirmed, RecordStatus::Sent,
                                     RecordStatus::Revoked};
    for (qsizetype i = 0; i < kCraftedNames.size(); ++i) {
        Pupil p;
        p.personalId = QStringLiteral("0012%1").arg(20000000 + i, 8, 10, QLatin1Char('0'));
        p.fullName = kCraftedNames.at(i);
        p.birthDate = QDate(2018, 1 + int(i % 12), 1 + int(i % 28));
        p.schoolId = schools.at(i % schools.size());
        auto pupilId = pupils.insert(p);
        ASSERT_TRUE(pupilId.ok()) << pupilId.errorString().toStdString();
        for (int k = 0; k <= int(i % 3); ++k) {
            Record r;
            r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.pupilId = *pupilId;
            r.schoolId = p.schoolId;
            r.schoolYear = 2025 + k % 2;
            r.grade = 1 + k;
            r.status = statuses[(i + k) % 4];
            r.nameSort = text::nameSortKey(p.fullName);
            r.updatedAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
            auto id = records.insert(r);
            ASSERT_TRUE(id.ok()) << id.errorString().toStdString();
        }
    }
}

const QStringList kQueries = {
    QString(),
    QStringLiteral("nguyen"),
    QStringLiteral("anh"),
    QStringLiteral("ngoc anh"),
    QStringLiteral("Anh Ngọc Nguyễn"),
    QStringLiteral("H'Hen"),
    QStringLiteral("hen"),
    QStringLiteral("h'h"),
    QStringLiteral("h"),
    QStringLiteral("ksor"),
    QStringLiteral("y"),
    QStringLiteral("an an"),
    QStringLiteral("an"),
    QStringLiteral("van-an"),
    QStringLiteral("van-"),
    QStringLiteral("-an"),
    QStringLiteral("n ng"),
    QStringLiteral("'"),
    QStringLiteral("nguyen an an"),
    QStringLiteral("2"),
    QStringLiteral("ngo ngo"),
    QStringLiteral("thi"),
    QStringLiteral("tr"),
    QStringLiteral("o'n"),
    QStringLiteral("ng th"),
    QStringLiteral("zz"),
    QStringLiteral("buonmathuot"),
    QStringLiteral("buonmathuota"),
    QStringLiteral("buonmathuotanh"),
    QStringLiteral("buonmathuotanx"),
    QStringLiteral("ksor buonmathuotan"),
    // Query words that begin one another, asked as tokens (PostgreSQL schema 32) or, past what the
    // tokens hold, checked by the rule.
    QStringLiteral("nguyen n"),
    QStringLiteral("n n n"),
    QStringLiteral("ngoc ng n"),
    QStringLiteral("buonmathuotan buonmathuotanh"),
};

// Each name query alone and with filters: a year, a grade and a status, a school.
QList<services::LookupRequest> lookupRequests(const QString& schoolCode)
{
    QList<services::LookupRequest> out;
    for (const QString& name : kQueries) {
        for (int f = 0; f < 4; ++f) {
            services::LookupRequest r;
            r.name = name;
            if (f == 1)
                r.schoolYear = 2025;
            if (f == 2) {
                r.grade = 1;
                r.status = RecordStatus::Draft;
            }
            if (f == 3)
                r.schoolCode = schoolCode;
            r.limit = 100000;
            out.append(r);
        }
    }
    return out;
}

QString describe(const services::LookupRequest& r)
{
    return QStringLiteral("\"%1\" year %2 grade %3 status %4 school %5")
        .arg(r.name)
        .arg(r.schoolYear.value_or(0))
        .arg(r.grade)
        .arg(r.status ? toText(*r.status) : QString(), r.schoolCode);
}

// The service's answer for `r` equals the reference: the same rows in the same order, the same
// total, and the same rows again when read in keyset pages of 7 and by offset.
void expectReferenceAnswers(services::RecordLookup& lookup, const QList<ReferenceRow>& all,
                            const services::LookupRequest& r, qint64 unitId)
{
    const QList<qint64> expected = referenceIds(all, r, unitId);
    auto found = lookup.find(r);
    ASSERT_TRUE(found.ok()) << describe(r).toStdString() << ": " << found.errorString().toStdString();
    EXPECT_EQ(idsOf(found->rows), expected) << describe(r).toStdString();
    EXPECT_EQ(found->total, expected.size()) << describe(r).toStdString();

    services::LookupRequest first = r;
    first.limit = 7;
    auto head = lookup.find(first);
    ASSERT_TRUE(head.ok());
    EXPECT_EQ(head->total, expected.size()) << describe(r).toStdString();
    QList<RecordListing> paged = head->rows;
    services::LookupRequest page = first;
    page.withTotal = false;
    while (!paged.isEmpty() && paged.size() < expected.size() + 1) {
        page.afterNameSort = paged.last().nameSort;
        page.afterId = paged.last().recordId;
        auto p = lookup.find(page);
        ASSERT_TRUE(p.ok());
        paged += p->rows;
        if (p->rows.size() < page.limit)
            break;
    }
    EXPECT_EQ(idsOf(paged), expected) << "keyset pages of " << describe(r).toStdString();

    services::LookupRequest byOffset = first;
    byOffset.offset = 5;
    auto slice = lookup.find(byOffset);
    ASSERT_TRUE(slice.ok());
    EXPECT_EQ(idsOf(slice->rows), expected.mid(5, 7)) << "offset page of " << describe(r).toStdString();
}

} // namespace

class Lookup : public ::testing::TestWithParam<store::Dialect>
{};

TEST_P(Lookup, NameQueriesInEveryFormMatchIndependentFolding)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    ASSERT_TRUE(test::fillWithDemo(*t, 3, 300, false).ok());
    // Every record with its pupil's name, the expected answer's source.
    QList<QPair<QString, QString>> all; // (uuid, full name)
    QSqlQuery q(t->db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT r.uuid, p.full_name FROM records r JOIN pupils p ON p.id = r.pupil_id")));
    while (q.next())
        all.append({q.value(0).toString(), q.value(1).toString()});
    ASSERT_GT(all.size(), 300);

    services::RecordLookup lookup(t->context());
    int checked = 0;
    for (qsizetype i = 0; i < all.size() && checked < 40; i += 17, ++checked) {
        const QString name = all.at(i).second;
        const QStringList parts = name.split(QLatin1Char(' '));
        // Query forms: full NFD, upper case, no marks, old tone placement, Ð for Đ, given + surname.
        const QString noMarks = independentFold(name);
        const QStringList queries = {name.normalized(QString::NormalizationForm_D),
                                     name.toUpper(),
                                     noMarks,
                                     oldStyleTones(name),
                                     QString(name).replace(QChar(0x0110), QChar(0x00D0)),
                                     parts.last() + QLatin1Char(' ') + parts.first(),
                                     QStringLiteral("  ") + parts.first().toLower() + QStringLiteral("   ") +
                                         parts.last().left(2)};
        for (const QString& query : queries) {
            const QStringList words = independentFold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QSet<QString> expected;
            for (const auto& [uuid, full] : all) {
                if (independentMatch(full, words))
                    expected.insert(uuid);
            }
            services::LookupRequest r;
            r.name = query;
            r.limit = 100000;
            auto found = lookup.find(r);
            ASSERT_TRUE(found.ok()) << found.errorString().toStdString();
            QSet<QString> got;
            for (const RecordListing& l : found->rows)
                got.insert(l.uuid);
            EXPECT_EQ(got, expected) << "query: " << query.toStdString();
            EXPECT_EQ(found->total, expected.size());
            EXPECT_TRUE(expected.contains(all.at(i).first));
        }
    }
}

TEST_P(Lookup, ResultsAreInClassListOrderAndPage)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    ASSERT_TRUE(test::fillWithDemo(*t, 2, 200, false).ok());
    services::RecordLookup lookup(t->context());
    services::LookupRequest r;
    r.name = QStringLiteral("nguyen");
    r.limit = 100000;
    auto all = lookup.find(r);
    ASSERT_TRUE(all.ok());
    ASSERT_GT(all->rows.size(), 20);
    for (qsizetype i = 0; i + 1 < all->rows.size(); ++i)
        EXPECT_LE(text::compareNames(all->rows.at(i).fullName, all->rows.at(i + 1).fullName), 0);
    // Keyset pages put together equal the whole list.
    QList<RecordListing> paged;
    services::LookupRequest page = r;
    page.limit = 7;
    page.withTotal = false;
    for (;;) {
        auto p = lookup.find(page);
        ASSERT_TRUE(p.ok());
        paged += p->rows;
        if (p->rows.size() < page.limit)
            break;
        page.afterNameSort = p->rows.last().nameSort;
        page.afterId = p->rows.last().recordId;
    }
    ASSERT_EQ(paged.size(), all->rows.size());
    for (qsizetype i = 0; i < paged.size(); ++i)
        EXPECT_EQ(paged.at(i).recordId, all->rows.at(i).recordId);
}

TEST_P(Lookup, ByPersonalIdAndLookupCode)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    ASSERT_TRUE(test::fillWithDemo(*t, 2, 100, false).ok());
    QSqlQuery q(t->db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT r.uuid, p.personal_id FROM records r JOIN pupils p ON p.id = r.pupil_id "
                                      "ORDER BY r.id LIMIT 1")));
    ASSERT_TRUE(q.next());
    const QString uuid = q.value(0).toString(), pid = q.value(1).toString();
    services::RecordLookup lookup(t->context());
    services::LookupRequest byCode;
    byCode.lookupCode = QStringLiteral(" {") + uuid.toUpper() + QStringLiteral("} ");
    auto found = lookup.find(byCode);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->rows.size(), 1);
    EXPECT_EQ(found->rows.first().uuid, uuid);
    services::LookupRequest byPid;
    byPid.personalId = pid;
    found = lookup.find(byPid);
    ASSERT_TRUE(found.ok());
    ASSERT_GE(found->rows.size(), 1);
    for (const RecordListing& l : found->rows)
        EXPECT_EQ(l.personalId, pid);
    byPid.personalId = pid.left(6);
    found = lookup.find(byPid);
    ASSERT_TRUE(found.ok());
    for (const RecordListing& l : found->rows)
        EXPECT_TRUE(l.personalId.startsWith(pid.left(6)));
    // Malformed input gets a sentence, not an empty list.
    for (const QString& bad :
         {QStringLiteral("00131a123456"), QStringLiteral("0013171234567"), QStringLiteral("12345")}) {
        services::LookupRequest r;
        r.personalId = bad;
        auto refused = lookup.find(r);
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_FALSE(refused.errorString().isEmpty());
    }
    services::LookupRequest badCode;
    badCode.lookupCode = QStringLiteral("3f2b8c1e-5d4a-4e7b-9c2d");
    EXPECT_FALSE(lookup.find(badCode).ok());
}

TEST_P(Lookup, VerifyFindsAlteredContent)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    ASSERT_TRUE(test::fillWithDemo(*t, 2, 60, true).ok());
    QSqlQuery q(t->db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT r.uuid, r.id FROM records r WHERE r.status = 'sent' AND r.version = 1 "
                                      "ORDER BY r.id LIMIT 1")));
    ASSERT_TRUE(q.next());
    const QString uuid = q.value(0).toString();
    const qint64 id = q.value(1).toLongLong();
    services::RecordDetailsService details(t->context());
    auto d = details.load(uuid);
    ASSERT_TRUE(d.ok()) << d.errorString().toStdString();
    ASSERT_TRUE(d->current());
    EXPECT_EQ(d->current()->signatures.size(), 3);
    EXPECT_TRUE(d->current()->allValid());
    ASSERT_TRUE(d->content.has_value()) << d->contentProblem.toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE record_versions SET content = replace(content, '\"grade\":', "
                                      "'\"grade\": ') WHERE record_id = %1")
                           .arg(id)));
    d = details.load(uuid);
    ASSERT_TRUE(d.ok());
    EXPECT_FALSE(d->current()->allValid());
    for (const auto& s : d->current()->signatures) {
        EXPECT_FALSE(s.valid);
        EXPECT_FALSE(s.reason.isEmpty());
    }
}

// Whatever way the store answers (the SQLite search index in class-list buckets, the record
// counters, the plain queries, PostgreSQL's regular expressions), names, filters, order, totals and
// pages equal an independent reference, also for an officer whose unit has only some schools.
TEST_P(Lookup, EveryPlanEqualsTheReference)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    ASSERT_TRUE(test::fillWithDemo(*t, 3, 200, false).ok());
    addCraftedPupils(*t);
    QSqlQuery q(t->db().connection());
    // A second unit takes the last school (re-tagging its records in the SQLite index).
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO units (code, name, level) VALUES ('U2', 'Phòng thứ hai', 'phong')")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM units WHERE code = 'U2'")) && q.next());
    const qint64 unit2 = q.value(0).toLongLong();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, code FROM schools ORDER BY id DESC LIMIT 1")) && q.next());
    const qint64 movedSchool = q.value(0).toLongLong();
    const QString schoolCode = q.value(1).toString();
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE schools SET unit_id = %1 WHERE id = %2").arg(unit2).arg(movedSchool)));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT unit_id FROM schools ORDER BY id LIMIT 1")) && q.next());
    const qint64 unit1 = q.value(0).toLongLong();

    const QList<ReferenceRow> all = referenceRows(t->db());
    services::RecordLookup lookup(t->context());
    services::ServiceContext officerCtx{t->db(), t->clock(), t->context().actor, {}};
    officerCtx.actor.system = false;
    officerCtx.actor.role = Role::Officer;
    officerCtx.actor.unitId = unit2;
    services::RecordLookup officerLookup(officerCtx);
    services::ServiceContext officer1Ctx = officerCtx;
    officer1Ctx.actor.unitId = unit1;
    services::RecordLookup officer1Lookup(officer1Ctx);
    for (const services::LookupRequest& r : lookupRequests(schoolCode)) {
        expectReferenceAnswers(lookup, all, r, 0);
        expectReferenceAnswers(officerLookup, all, r, unit2);
        expectReferenceAnswers(officer1Lookup, all, r, unit1);
        if (HasFatalFailure())
            return;
    }

    // The store's other ways to the same answers: in SQLite the index without the per-prefix
    // totals, in PostgreSQL the search table of schema 12 (what Auto uses); and the plain queries
    // (the trigram-backed regular expressions in PostgreSQL).
    store::RecordSearchRepository counting(t->db()), plain(t->db());
    counting.setTuning({false});
    plain.setPlan(store::RecordSearchRepository::Plan::Plain);
    for (store::RecordSearchRepository* repo : {&counting, &plain}) {
        const char* way = repo == &plain ? "plain" : "counting in the index";
        for (const services::LookupRequest& r : lookupRequests(schoolCode)) {
            for (const qint64 unitId : {qint64(0), unit1, unit2}) {
                store::RecordSearchRepository::Criteria c;
                c.nameWords = text::queryWords(r.name);
                c.schoolYear = r.schoolYear;
                c.grade = r.grade;
                c.status = r.status;
                c.schoolCode = r.schoolCode;
                c.unitId = unitId;
                c.limit = 100000;
                const QList<qint64> expected = referenceIds(all, r, unitId);
                auto rows = repo->find(c);
                ASSERT_TRUE(rows.ok()) << rows.errorString().toStdString();
                auto n = repo->count(c);
                ASSERT_TRUE(n.ok());
                EXPECT_EQ(idsOf(*rows), expected) << way << " " << describe(r).toStdString() << " unit " << unitId;
                EXPECT_EQ(*n, expected.size()) << way << " " << describe(r).toStdString() << " unit " << unitId;
                // Keyset pages of 5.
                c.limit = 5;
                QList<qint64> paged;
                for (;;) {
                    auto page = repo->find(c);
                    ASSERT_TRUE(page.ok());
                    paged += idsOf(*page);
                    if (page->size() < c.limit || paged.size() > expected.size())
                        break;
                    c.afterNameSort = page->last().nameSort;
                    c.afterId = page->last().recordId;
                }
                EXPECT_EQ(paged, expected) << way << " pages of " << describe(r).toStdString() << " unit " << unitId;
            }
        }
    }
}

// The SQLite index follows every change of what it holds: new records, status changes, a renamed
// pupil, a deleted record; and a rebuild (what a bulk load ends with) gives the same answers.
TEST_P(Lookup, SearchFollowsChanges)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    ASSERT_TRUE(test::fillWithDemo(*t, 2, 120, false).ok());
    addCraftedPupils(*t);
    QSqlQuery q(t->db().connection());
    // Statuses move on; one pupil is renamed (as a correction would do it, key included).
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE records SET status = 'sent' WHERE status = 'confirmed'")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM pupils WHERE full_name = 'H''Hen Niê'")) && q.next());
    const qint64 renamed = q.value(0).toLongLong();
    const QString newName = QStringLiteral("Nguyễn Thị Hen");
    q.prepare(QStringLiteral("UPDATE pupils SET full_name = ?, name_folded = ?, name_sort = ? WHERE id = ?"));
    q.addBindValue(newName);
    q.addBindValue(text::fold(newName));
    q.addBindValue(text::nameSortKey(newName));
    q.addBindValue(renamed);
    ASSERT_TRUE(q.exec());
    q.prepare(QStringLiteral("UPDATE records SET name_sort = ? WHERE pupil_id = ?"));
    q.addBindValue(text::nameSortKey(newName));
    q.addBindValue(renamed);
    ASSERT_TRUE(q.exec());
    // A record without versions goes away.
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM records WHERE id = (SELECT max(id) FROM records)")));
    // A record of the renamed pupil is corrected to another grade and year (the year and grade
    // tokens of PostgreSQL's words, schema 33, follow).
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE records SET grade = 5, school_year = 2020 WHERE id = (SELECT min(id) "
                                      "FROM records WHERE pupil_id = %1)")
                           .arg(renamed)));
    ASSERT_EQ(q.numRowsAffected(), 1);

    auto check = [&](const char* when) {
        const QList<ReferenceRow> all = referenceRows(t->db());
        services::RecordLookup lookup(t->context());
        for (const QString& name :
             {QStringLiteral("hen"), QStringLiteral("nguyen"), QStringLiteral("anh"), QStringLiteral("nguyen thi"),
              QStringLiteral("h'h"), QStringLiteral("ngoc anh"), QStringLiteral("an an"), QString()}) {
            for (int f = 0; f < 4; ++f) {
                services::LookupRequest r;
                r.name = name;
                if (f == 1)
                    r.status = RecordStatus::Sent;
                if (f == 2)
                    r.schoolYear = 2025;
                if (f == 3) {
                    r.schoolYear = 2020;
                    r.grade = 5;
                }
                r.limit = 100000;
                SCOPED_TRACE(when);
                expectReferenceAnswers(lookup, all, r, 0);
            }
        }
    };
    check("after the changes");
    if (t->dialect() == store::Dialect::Postgres) {
        // What the triggers of schema 12 kept equals what the schema computes from the records.
        QSqlQuery s(t->db().connection());
        ASSERT_TRUE(s.exec(QStringLiteral(
            "SELECT count(*) FROM record_search x FULL JOIN (SELECT r.id, r.school_id, r.school_year, r.grade, "
            "r.status, r.name_sort, p.name_folded, hocbaso_search_words(p.name_folded, r.school_year, r.grade) AS "
            "words FROM records r JOIN "
            "pupils p ON p.id = r.pupil_id) v ON v.id = x.record_id WHERE x.record_id IS NULL OR v.id IS NULL OR "
            "(x.school_id, x.school_year, x.grade, x.status, x.name_sort, x.name, x.words) IS DISTINCT FROM "
            "(v.school_id, v.school_year, v.grade, v.status, v.name_sort, v.name_folded, v.words)")))
            << s.lastError().text().toStdString();
        ASSERT_TRUE(s.next());
        EXPECT_EQ(s.value(0).toLongLong(), 0);
        // And the per-prefix totals what the table holds.
        ASSERT_TRUE(s.exec(QStringLiteral(
            "SELECT count(*) FROM (SELECT w, x.school_year, x.school_id, count(*) AS n FROM record_search x, "
            "unnest(x.words) AS w GROUP BY 1, 2, 3) v FULL JOIN (SELECT * FROM record_search_counts WHERE n <> 0) c "
            "ON c.prefix = v.w AND c.school_year = v.school_year AND c.school_id = v.school_id WHERE c.prefix IS NULL "
            "OR v.w IS NULL OR c.n <> v.n")))
            << s.lastError().text().toStdString();
        ASSERT_TRUE(s.next());
        EXPECT_EQ(s.value(0).toLongLong(), 0);
        ASSERT_TRUE(s.exec(QStringLiteral("SELECT hocbaso_name_prefixes('ngo van-an')::text")) && s.next());
        EXPECT_EQ(s.value(0).toString(), QStringLiteral("{n,ng,ngo,v,va,van,van-,van-a,van-an}"));
        return;
    }
    // What the triggers kept equals what a rebuild computes from the records.
    auto snapshot = [&] {
        QStringList rows;
        QSqlQuery s(t->db().connection());
        EXPECT_TRUE(s.exec(QStringLiteral("SELECT record_id, sort_rowid / 8388608, name_sort, school_id, school_year, "
                                          "grade, name, tags FROM record_search ORDER BY record_id")));
        while (s.next()) {
            QStringList row;
            for (int i = 0; i < 8; ++i)
                row.append(s.value(i).toString());
            rows.append(row.join(QLatin1Char('|')));
        }
        EXPECT_TRUE(s.exec(QStringLiteral("SELECT prefix, school_year, n FROM search_prefix_counts WHERE n <> 0 "
                                          "ORDER BY prefix, school_year")));
        while (s.next())
            rows.append(
                QStringLiteral("%1|%2|%3").arg(s.value(0).toString(), s.value(1).toString(), s.value(2).toString()));
        return rows;
    };
    const QStringList kept = snapshot();
    ASSERT_TRUE(store::RecordSearchRepository::rebuildIndex(t->db()).ok());
    EXPECT_EQ(snapshot(), kept);
    check("after a rebuild");
}

// The store's own check of the rule (hocbaso_words_match: C on UTF-8 bytes in SQLite, PL/pgSQL
// in PostgreSQL) agrees with text::wordsMatch on names and queries with shared prefixes, repeated
// words, other characters and letters beyond ASCII.
TEST_P(Lookup, StoreRuleEqualsTheDomainRule)
{
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    QStringList names = {QStringLiteral("nguyen ngoc anh"),
                         QStringLiteral("nguyen an an"),
                         QStringLiteral("h'hen nie"),
                         QStringLiteral("ngo ngo ngoc"),
                         QStringLiteral("tran thi thanh thao"),
                         QStringLiteral("zoë o'neil"),
                         QStringLiteral("an"),
                         QStringLiteral("van-an nguyen"),
                         QStringLiteral("đ x")};
    for (const QString& n : kCraftedNames)
        names.append(text::fold(n));
    Random rng(11);
    QSqlQuery q(t->db().connection());
    ASSERT_TRUE(q.prepare(QStringLiteral("SELECT hocbaso_words_match(?, ?)")));
    int matches = 0, checked = 0;
    for (const QString& name : names) {
        const QStringList words = name.split(QLatin1Char(' '));
        for (int k = 0; k < 60; ++k) {
            // Prefixes of the name's words (some repeated, some of the same word), now and then a
            // word that is no prefix at all.
            QStringList query;
            const int n = rng.between(1, 4);
            for (int i = 0; i < n; ++i) {
                const QString& w = rng.pick(words);
                query.append(rng.chance(0.1) ? w + QStringLiteral("x") : w.left(rng.between(1, int(w.size()))));
            }
            const QString joined = query.join(QLatin1Char(' '));
            q.addBindValue(name);
            q.addBindValue(joined);
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
            ASSERT_TRUE(q.next());
            const bool expected = text::wordsMatch(name, query);
            EXPECT_EQ(q.value(0).toBool(), expected) << name.toStdString() << " / " << joined.toStdString();
            matches += expected ? 1 : 0;
            ++checked;
        }
    }
    // Both answers came up often.
    EXPECT_GT(matches, checked / 5);
    EXPECT_LT(matches, checked * 4 / 5);
}

// PostgreSQL's record_search answers the rule from its index (schema 32): the terms asked for a
// query (prefixes, and đ<k><word> tokens where query words begin one another) are contained in a
// name's words exactly when text::wordsMatch says the name matches, whenever the terms say they
// are the whole rule.
TEST_P(Lookup, StoreTokensEqualTheDomainRule)
{
    if (GetParam() != store::Dialect::Postgres)
        GTEST_SKIP() << "record_search.words is PostgreSQL's";
    HOCBASO_MAKE_TEST_STORE(t, GetParam());
    QStringList names = {QStringLiteral("nguyen ngoc nhi"),
                         QStringLiteral("nguyen an an"),
                         QStringLiteral("ngo ngo ngoc"),
                         QStringLiteral("tran thi thanh thao"),
                         QStringLiteral("an"),
                         QStringLiteral("n n n n n n n n n n n"),
                         QStringLiteral("h'hen nie")};
    for (const QString& n : kCraftedNames)
        names.append(text::fold(n));
    Random rng(12);
    QSqlQuery q(t->db().connection());
    ASSERT_TRUE(q.prepare(QStringLiteral(
        "SELECT hocbaso_name_prefixes(?) @> string_to_array(?, ' ') AND NOT EXISTS (SELECT 1 FROM "
        "unnest(string_to_array(?, ' ')) AS w WHERE length(w) > 12 AND strpos(' ' || ?, ' ' || w) = 0)")));
    int matches = 0, overlapping = 0, checked = 0;
    for (const QString& name : names) {
        const QStringList words = name.split(QLatin1Char(' '));
        for (int k = 0; k < 80; ++k) {
            QStringList query;
            const int n = rng.between(1, 4);
            for (int i = 0; i < n; ++i) {
                const QString& w = rng.pick(words);
                query.append(rng.chance(0.1) ? w + QStringLiteral("x") : w.left(rng.between(1, int(w.size()))));
            }
            const auto terms = store::RecordSearchRepository::searchTerms(query);
            if (!terms.exact)
                continue;
            q.addBindValue(name);
            q.addBindValue(terms.terms.join(QLatin1Char(' ')));
            q.addBindValue(query.join(QLatin1Char(' ')));
            q.addBindValue(name);
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
            ASSERT_TRUE(q.next());
            const bool expected = text::wordsMatch(name, query);
            EXPECT_EQ(q.value(0).toBool(), expected)
                << name.toStdString() << " / " << query.join(QLatin1Char(' ')).toStdString() << " asked as "
                << terms.terms.join(QLatin1Char(' ')).toStdString();
            matches += expected ? 1 : 0;
            overlapping += text::queryWordsOverlap(query) ? 1 : 0;
            ++checked;
        }
    }
    EXPECT_GT(overlapping, checked / 5);
    EXPECT_GT(matches, checked / 5);
    EXPECT_LT(matches, checked * 4 / 5);
    // Ten words beginning with one another ask for more than the tokens hold.
    EXPECT_FALSE(store::RecordSearchRepository::searchTerms(QStringList(10, QStringLiteral("n"))).exact);
    EXPECT_FALSE(
        store::RecordSearchRepository::searchTerms({QStringLiteral("buonmathuotan"), QStringLiteral("buonmathuotanh")})
            .exact);
}

INSTANTIATE_TEST_SUITE_P(Dialects, Lookup, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);
