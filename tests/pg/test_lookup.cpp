#include "support/DemoStore.h"

#include "core/VietnameseText.h"
#include "services/RecordDetails.h"
#include "services/RecordLookup.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

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

INSTANTIATE_TEST_SUITE_P(Dialects, Lookup, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         hocbaso::test::dialectParamName);
