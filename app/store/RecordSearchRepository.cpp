#include "RecordSearchRepository.h"

#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/VietnameseText.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hocbaso::store {
namespace {

const QString kColumns =
    QStringLiteral("SELECT r.id, r.uuid, p.personal_id, p.full_name, p.birth_date, p.gender, s.code, s.name, c.name, "
                   "r.grade, r.school_year, r.status, r.version, r.name_sort ");

const QString kFrom = QStringLiteral("FROM records r JOIN pupils p ON p.id = r.pupil_id JOIN schools s ON s.id = "
                                     "r.school_id LEFT JOIN classes c ON c.id = r.class_id ");

const QString kCount = QStringLiteral(
    "SELECT count(*) FROM records r JOIN pupils p ON p.id = r.pupil_id JOIN schools s ON s.id = r.school_id ");

// A candidate's record has the status: one seek in records_school (school, year, grade, status,
// id), smaller and more often in the cache than the records themselves.
const QString kStatusCheck = QStringLiteral(
    "EXISTS (SELECT 1 FROM records rs INDEXED BY records_school WHERE rs.school_id = x.school_id AND rs.school_year = "
    "x.school_year AND rs.grade = x.grade AND rs.status = ? AND rs.id = x.record_id)");

// Document ids are bucket * 2^23 + n (007_record_search.sql).
constexpr qint64 kBucketSpan = qint64(1) << 23;

// A tag of the index: "đ" never survives folding, so no name word can look like one.
QString tag(QLatin1Char kind, const QString& value)
{
    return QStringLiteral("\"đ") + kind + value + QLatin1Char('"');
}

bool isIndexChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

RecordListing readListing(const QSqlQuery& q)
{
    RecordListing l;
    l.recordId = q.value(0).toLongLong();
    l.uuid = q.value(1).toString();
    l.personalId = q.value(2).toString();
    l.fullName = q.value(3).toString();
    l.birthDate = sql::toDay(q.value(4));
    l.gender = genderFromText(q.value(5).toString()).value_or(Gender::Male);
    l.schoolCode = q.value(6).toString();
    l.schoolName = q.value(7).toString();
    l.className = q.value(8).toString();
    l.grade = q.value(9).toInt();
    l.schoolYear = q.value(10).toInt();
    l.status = recordStatusFromText(q.value(11).toString()).value_or(RecordStatus::Draft);
    l.version = q.value(12).toInt();
    l.nameSort = q.value(13).toString();
    return l;
}

// The smallest string greater than every string that starts with `prefix` (for range scans).
QString prefixEnd(const QString& prefix)
{
    return prefix + QChar(char16_t(0xFFFF));
}

bool filtersOnly(const RecordSearchRepository::Criteria& c)
{
    return c.nameWords.isEmpty() && c.personalId.isEmpty() && c.uuid.isEmpty();
}

} // namespace

QString RecordSearchRepository::where(const Criteria& c, QVariantList& values, bool forPage) const
{
    QStringList conditions;
    if (!c.nameWords.isEmpty()) {
        if (m_db.isSqlite()) {
            // With a personal ID or lookup code, which find a handful of rows first (and Plan::Plain).
            conditions.append(QStringLiteral("hocbaso_words_match(p.name_folded, ?)"));
            values.append(c.nameWords.join(QLatin1Char(' ')));
        } else {
            for (const QString& w : c.nameWords) {
                conditions.append(QStringLiteral("p.name_folded ~ ?"));
                values.append(QStringLiteral("(^| )") + QRegularExpression::escape(w));
            }
            if (text::queryWordsOverlap(c.nameWords)) {
                conditions.append(QStringLiteral("hocbaso_words_match(p.name_folded, ?)"));
                values.append(c.nameWords.join(QLatin1Char(' ')));
            }
        }
    }
    if (!c.personalId.isEmpty()) {
        if (c.personalId.size() == 12) {
            conditions.append(QStringLiteral("p.personal_id = ?"));
            values.append(c.personalId);
        } else {
            conditions.append(QStringLiteral("p.personal_id >= ? AND p.personal_id < ?"));
            values.append(c.personalId);
            values.append(prefixEnd(c.personalId));
        }
    }
    if (!c.uuid.isEmpty()) {
        conditions.append(QStringLiteral("r.uuid = ?"));
        values.append(c.uuid);
    }
    if (!c.schoolCode.isEmpty()) {
        conditions.append(QStringLiteral("s.code = ?"));
        values.append(c.schoolCode);
    }
    if (c.unitId > 0) {
        conditions.append(QStringLiteral("s.unit_id = ?"));
        values.append(c.unitId);
    }
    if (c.schoolYear) {
        conditions.append(QStringLiteral("r.school_year = ?"));
        values.append(*c.schoolYear);
    }
    if (c.grade > 0) {
        conditions.append(QStringLiteral("r.grade = ?"));
        values.append(c.grade);
    }
    if (c.status) {
        conditions.append(QStringLiteral("r.status = ?"));
        values.append(toText(*c.status));
    }
    if (forPage && !c.afterNameSort.isNull()) {
        conditions.append(QStringLiteral("(r.name_sort > ? OR (r.name_sort = ? AND r.id > ?))"));
        values.append(c.afterNameSort);
        values.append(c.afterNameSort);
        values.append(c.afterId);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString RecordSearchRepository::IndexQuery::candidates() const
{
    if (exact.isEmpty())
        return checked;
    if (checked.isEmpty())
        return exact;
    return QStringLiteral("(%1) OR (%2)").arg(exact, checked);
}

std::optional<RecordSearchRepository::IndexQuery> RecordSearchRepository::indexQuery(const Criteria& c)
{
    if (!m_db.isSqlite() || m_plan != Plan::Auto || !c.personalId.isEmpty() || !c.uuid.isEmpty())
        return std::nullopt;
    IndexQuery iq;
    QStringList tags;
    bool narrowed = false; // by a school or a unit
    if (!c.schoolCode.isEmpty()) {
        auto id = sql::readOne<qint64>(m_db, QStringLiteral("SELECT id FROM schools WHERE code = ?"), {c.schoolCode},
                                       [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        if (!id)
            return std::nullopt; // the plain query reports the store's error
        if (!*id)
            iq.empty = true;
        else
            tags.append(tag(QLatin1Char('c'), QString::number(**id)));
        narrowed = true;
    }
    if (c.unitId > 0) {
        // A province office usually manages every school: then the unit restricts nothing, and
        // intersecting with a tag every document carries would only cost time.
        auto others =
            sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM schools WHERE unit_id <> ?)"), {c.unitId});
        if (!others || *others) {
            tags.append(tag(QLatin1Char('u'), QString::number(c.unitId)));
            narrowed = true;
        }
    }
    if (c.schoolYear)
        tags.append(tag(QLatin1Char('y'), QString::number(*c.schoolYear)));
    if (c.grade > 0)
        tags.append(tag(QLatin1Char('g'), QString::number(c.grade)));
    // The status is not in the index (007_record_search.sql): candidates are checked for it.

    if (c.nameWords.isEmpty()) {
        if (tags.isEmpty())
            return std::nullopt; // nothing to look up: the plain query walks records in order
        iq.exact = tags.join(QStringLiteral(" AND "));
        return iq;
    }
    // `exact`: a word nothing else in the query starts with is a prefix term; a word that k query
    // words start with (itself included) needs the đ<k><word> tag of names with k such words.
    // `loose`: every word by its leading run of a-z/0-9 (the tokenizer splits words at anything
    // else, and the first token of a name word starts with that run).
    QStringList exact, loose;
    bool otherCharacters = false, inexpressible = false;
    for (const QString& w : c.nameWords) {
        qsizetype run = 0;
        while (run < w.size() && isIndexChar(w.at(run)))
            ++run;
        if (run > 0)
            loose.append(QLatin1Char('"') + w.left(run) + QStringLiteral("\"*"));
        if (run < w.size()) {
            otherCharacters = true; // only a name tagged đx can have such a word
            continue;
        }
        const auto k = std::count_if(c.nameWords.cbegin(), c.nameWords.cend(),
                                     [&](const QString& other) { return other.startsWith(w); });
        if (k == 1)
            exact.append(QLatin1Char('"') + w + QStringLiteral("\"*"));
        else if (k <= 9 && w.size() <= 12) // the tags the schema writes
            exact.append(QStringLiteral("\"đ%1%2\"").arg(k).arg(w));
        else
            inexpressible = true;
    }
    exact.removeDuplicates();
    loose.removeDuplicates();
    if (otherCharacters || inexpressible) {
        iq.checkAll = !otherCharacters;
        if (otherCharacters)
            loose.append(tag(QLatin1Char('x'), QString()));
        iq.checked = (loose + tags).join(QStringLiteral(" AND "));
        return iq;
    }
    // One word of up to six letters, no filter but the year: the maintained per-prefix totals.
    if (m_tuning.prefixCounts && c.nameWords.size() == 1 && c.nameWords.first().size() <= 6 && !narrowed && !c.grade &&
        !c.status)
        iq.countedPrefix = c.nameWords.first();
    iq.exact = (exact + tags).join(QStringLiteral(" AND "));
    iq.checked = (loose + QStringList{tag(QLatin1Char('x'), QString())} + tags).join(QStringLiteral(" AND "));
    return iq;
}

QString RecordSearchRepository::rowCheck(const Criteria& c, const IndexQuery& iq, QVariantList& values) const
{
    // What a candidate's record_search row (`x`) must pass beyond the index: its record's status,
    // and the rule on every candidate when the index cannot express the query, else on the names
    // tagged đx (whose words the tokenizer split).
    QStringList checks;
    if (c.status) {
        checks.append(kStatusCheck);
        values.append(toText(*c.status));
    }
    if (!c.nameWords.isEmpty()) {
        checks.append(iq.checkAll ? QStringLiteral("hocbaso_words_match(x.name, ?)")
                                  : QStringLiteral("(substr(x.tags, 1, 2) <> 'đx' OR hocbaso_words_match(x.name, ?))"));
        values.append(c.nameWords.join(QLatin1Char(' ')));
    }
    return checks.join(QStringLiteral(" AND "));
}

bool RecordSearchRepository::usesSearchTable(const Criteria& c) const
{
    return m_db.isPostgres() && m_plan == Plan::Auto && !c.nameWords.isEmpty() && c.personalId.isEmpty() &&
           c.uuid.isEmpty();
}

QString RecordSearchRepository::searchTableArguments(const Criteria& c, QVariantList& values) const
{
    // record_search.words holds the prefixes of each name word up to this length (schema 12); a
    // longer query word is looked up by its first 12 characters and checked on the name.
    constexpr qsizetype kPrefixLength = 12;
    QStringList words, longWords;
    for (qsizetype i = 0; i < c.nameWords.size(); ++i) {
        // A word that another query word begins with adds nothing the index can use (its posting
        // list is the longer one's and more: "t" of "nguyen t trang"); hocbaso_words_match, which
        // such a query needs anyway, checks that both have a name word of their own.
        const QString& w = c.nameWords.at(i);
        bool implied = false;
        for (qsizetype j = 0; j < c.nameWords.size() && !implied; ++j)
            implied = j != i && c.nameWords.at(j).startsWith(w) && (c.nameWords.at(j) != w || j < i);
        if (implied)
            continue;
        words.append(QStringLiteral("?"));
        values.append(w.left(kPrefixLength));
    }
    // Words longer than the indexed prefixes go whole; the function matches them literally.
    for (const QString& w : c.nameWords) {
        if (w.size() > kPrefixLength) {
            longWords.append(QStringLiteral("?"));
            values.append(w);
        }
    }
    // Each word must begin a different name word: checked when one query word begins another.
    values.append(text::queryWordsOverlap(c.nameWords) ? QVariant(c.nameWords.join(QLatin1Char(' '))) : QVariant());
    values.append(c.schoolCode.isEmpty() ? QVariant() : QVariant(c.schoolCode));
    values.append(c.unitId > 0 ? QVariant(c.unitId) : QVariant());
    values.append(c.schoolYear ? QVariant(*c.schoolYear) : QVariant());
    values.append(c.grade > 0 ? QVariant(c.grade) : QVariant());
    values.append(c.status ? QVariant(toText(*c.status)) : QVariant());
    return QStringLiteral("ARRAY[%1]::text[], ARRAY[%2]::text[], ?::text, ?::text, ?::bigint, ?::integer, "
                          "?::integer, ?::text")
        .arg(words.join(QStringLiteral(", ")), longWords.join(QStringLiteral(", ")));
}

Result<QList<RecordListing>> RecordSearchRepository::findInSearchTable(const Criteria& c)
{
    // hocbaso_name_search chooses the page on the narrow rows, as the owner (row-level security
    // would keep the GIN index out, schema 12) and within the caller's schools; only the page's
    // rows are joined here (and pass the policies of records, pupils and schools). A first page
    // comes with its exact total, which count() then takes instead of counting again.
    QVariantList values;
    const QString arguments = searchTableArguments(c, values);
    const QString totalKey = searchTableKey(values);
    const bool keyset = !c.afterNameSort.isNull();
    values << (keyset ? QVariant(c.afterNameSort) : QVariant()) << (keyset ? QVariant(c.afterId) : QVariant())
           << c.limit << (keyset ? 0 : c.offset);
    const QString sqlText = kColumns + QStringLiteral(", t.total FROM hocbaso_name_search(") + arguments +
                            QStringLiteral(", ?::text, ?::bigint, ?::integer, ?::integer) t JOIN records r ON r.id = "
                                           "t.record_id JOIN pupils p ON p.id = r.pupil_id JOIN schools s ON s.id = "
                                           "r.school_id LEFT JOIN classes c ON c.id = r.class_id ORDER BY t.name_sort "
                                           "COLLATE \"C\", t.record_id");
    QVariant total;
    auto rows = sql::readAll<RecordListing>(m_db, sqlText, values, [&total](const QSqlQuery& q) {
        total = q.value(14);
        return readListing(q);
    });
    if (!rows)
        return rows.error();
    const bool firstPage = !keyset && c.offset == 0;
    if (firstPage && (rows->isEmpty() || !total.isNull()))
        m_knownTotal = qMakePair(totalKey, rows->isEmpty() ? qint64(0) : total.toLongLong());
    return rows;
}

Result<qint64> RecordSearchRepository::countInSearchTable(const Criteria& c)
{
    QVariantList values;
    const QString arguments = searchTableArguments(c, values);
    if (m_knownTotal && m_knownTotal->first == searchTableKey(values))
        return m_knownTotal->second;
    return sql::scalar(m_db, QStringLiteral("SELECT hocbaso_name_count(") + arguments + QLatin1Char(')'), values);
}

QString RecordSearchRepository::searchTableKey(const QVariantList& values)
{
    QStringList parts;
    for (const QVariant& v : values)
        parts.append(v.isNull() ? QStringLiteral("\x01") : v.toString());
    return parts.join(QChar(0x1F));
}

Result<QList<RecordListing>> RecordSearchRepository::find(const Criteria& c)
{
    if (usesSearchTable(c))
        return findInSearchTable(c);
    if (auto iq = indexQuery(c))
        return findIndexed(c, *iq);
    return findPlain(c);
}

Result<qint64> RecordSearchRepository::count(const Criteria& c)
{
    if (m_plan == Plan::Auto && filtersOnly(c))
        return countFromCounters(c);
    if (usesSearchTable(c))
        return countInSearchTable(c);
    if (auto iq = indexQuery(c))
        return countIndexed(c, *iq);
    return countPlain(c);
}

Result<QList<RecordListing>> RecordSearchRepository::findPlain(const Criteria& c)
{
    QVariantList values;
    QString sqlText = kColumns + kFrom + where(c, values, true);
    // name_sort is a binary-ordered key (COLLATE "C" in the PostgreSQL schema).
    sqlText += QStringLiteral(" ORDER BY r.name_sort, r.id LIMIT ? OFFSET ?");
    values.append(c.limit);
    values.append(c.afterNameSort.isNull() ? c.offset : 0);
    return sql::readAll<RecordListing>(m_db, sqlText, values, readListing);
}

Result<qint64> RecordSearchRepository::countPlain(const Criteria& c)
{
    QVariantList values;
    return sql::scalar(m_db, kCount + where(c, values, false), values);
}

Result<qint64> RecordSearchRepository::countFromCounters(const Criteria& c)
{
    // Exact: the counters are kept by triggers on records (schema 2).
    QStringList conditions;
    QVariantList values;
    if (!c.schoolCode.isEmpty()) {
        conditions.append(QStringLiteral("s.code = ?"));
        values.append(c.schoolCode);
    }
    if (c.unitId > 0) {
        conditions.append(QStringLiteral("s.unit_id = ?"));
        values.append(c.unitId);
    }
    if (c.schoolYear) {
        conditions.append(QStringLiteral("rc.school_year = ?"));
        values.append(*c.schoolYear);
    }
    if (c.grade > 0) {
        conditions.append(QStringLiteral("rc.grade = ?"));
        values.append(c.grade);
    }
    if (c.status) {
        conditions.append(QStringLiteral("rc.status = ?"));
        values.append(toText(*c.status));
    }
    QString sqlText =
        QStringLiteral("SELECT COALESCE(SUM(rc.n), 0) FROM record_counts rc JOIN schools s ON s.id = rc.school_id");
    if (!conditions.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql::scalar(m_db, sqlText, values);
}

Result<qint64> RecordSearchRepository::countIndexed(const Criteria& c, const IndexQuery& iq)
{
    if (iq.empty)
        return qint64(0);
    if (!iq.countedPrefix.isEmpty()) {
        QString sqlText = QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM search_prefix_counts WHERE prefix = ?");
        QVariantList values{iq.countedPrefix};
        if (c.schoolYear) {
            sqlText += QStringLiteral(" AND school_year = ?");
            values.append(*c.schoolYear);
        }
        return sql::scalar(m_db, sqlText, values);
    }
    const QString checkedCount = QStringLiteral("SELECT count(*) FROM records_fts f CROSS JOIN record_search x ON "
                                                "x.sort_rowid = f.rowid WHERE records_fts MATCH ? AND ");
    if (iq.checkAll || iq.exact.isEmpty() || c.status || c.nameWords.isEmpty()) {
        // A status, a query the index cannot express, or one only names tagged đx can match: each
        // candidate checked.
        QVariantList values{iq.candidates()};
        const QString check = rowCheck(c, iq, values);
        if (check.isEmpty())
            return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM records_fts WHERE records_fts MATCH ?"),
                               values);
        return sql::scalar(m_db, checkedCount + check, values);
    }
    // Names of a-z/0-9 words are counted in the index alone; the few tagged đx are checked.
    QVariantList values{QLatin1Char('(') + iq.exact + QStringLiteral(") NOT ") + tag(QLatin1Char('x'), QString()),
                        iq.checked};
    const QString check = rowCheck(c, iq, values);
    return sql::scalar(m_db,
                       QStringLiteral("SELECT (SELECT count(*) FROM records_fts WHERE records_fts MATCH ?) + (") +
                           checkedCount + check + QLatin1Char(')'),
                       values);
}

Result<QList<RecordListing>> RecordSearchRepository::findIndexed(const Criteria& c, const IndexQuery& iq)
{
    QList<RecordListing> rows;
    if (iq.empty)
        return rows;
    const bool keyset = !c.afterNameSort.isNull();
    const qint64 wanted = qint64(c.limit) + (keyset ? 0 : c.offset);

    // Rows after the keyset row are in its bucket or later ones. Buckets grow with their prefixes,
    // so the bucket of the greatest known prefix not above the row's is never too far.
    qint64 from = 0;
    if (keyset) {
        auto bucket = sql::readOne<qint64>(
            m_db,
            QStringLiteral(
                "SELECT bucket FROM record_sort_buckets WHERE prefix <= substr(?, 1, 7) ORDER BY prefix DESC "
                "LIMIT 1"),
            {c.afterNameSort}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        if (!bucket)
            return bucket.error();
        if (*bucket)
            from = **bucket * kBucketSpan;
    }

    const QString match = iq.candidates();
    // Candidates come from the index in document order, which is class-list order bucket by
    // bucket: reading on to the end of the bucket of the `missing`-th candidate gives every row
    // that can sort among the first `missing`. Those are sorted and checked on their record_search
    // rows (stored side by side), and only the page's rows are joined to their records.
    const QString scan =
        c.status
            ? QStringLiteral("SELECT f.rowid FROM records_fts f CROSS JOIN record_search x ON x.sort_rowid = "
                             "f.rowid WHERE records_fts MATCH ? AND f.rowid >= ? AND ") +
                  kStatusCheck + QStringLiteral(" ORDER BY f.rowid")
            : QStringLiteral("SELECT rowid FROM records_fts WHERE records_fts MATCH ? AND rowid >= ? ORDER BY rowid");
    QString top =
        QStringLiteral("SELECT x.record_id AS id, x.name_sort AS k FROM record_search x WHERE x.sort_rowid IN "
                       "(SELECT value FROM json_each(?))");
    if (keyset)
        top += QStringLiteral(" AND (x.name_sort > ? OR (x.name_sort = ? AND x.record_id > ?))");
    QVariantList checkValues;
    if (const QString check = rowCheck(c, iq, checkValues); !check.isEmpty())
        top += QStringLiteral(" AND ") + check;
    top += QStringLiteral(" ORDER BY x.name_sort, x.record_id LIMIT ?");
    const QString page = kColumns + QStringLiteral("FROM (") + top +
                         QStringLiteral(") t CROSS JOIN records r ON r.id = t.id JOIN pupils p ON p.id = r.pupil_id "
                                        "JOIN schools s ON s.id = r.school_id LEFT JOIN classes c ON c.id = "
                                        "r.class_id ORDER BY t.k, t.id");

    while (rows.size() < wanted) {
        const qint64 missing = wanted - rows.size();
        QVariantList scanValues{match, from};
        if (c.status)
            scanValues.append(toText(*c.status));
        auto q = m_db.run(scan, scanValues);
        if (!q)
            return q.error();
        QStringList candidates;
        qint64 boundary = -1; // the bucket of the `missing`-th candidate
        bool exhausted = true;
        while ((*q)->next()) {
            const qint64 id = (*q)->value(0).toLongLong();
            if (boundary >= 0 && id / kBucketSpan != boundary) {
                exhausted = false;
                break;
            }
            candidates.append(QString::number(id));
            if (boundary < 0 && candidates.size() == missing)
                boundary = id / kBucketSpan;
        }
        (*q)->finish();
        if (candidates.isEmpty())
            break;
        QVariantList values{QLatin1Char('[') + candidates.join(QLatin1Char(',')) + QLatin1Char(']')};
        if (keyset)
            values << c.afterNameSort << c.afterNameSort << c.afterId;
        values << checkValues << missing;
        auto part = sql::readAll<RecordListing>(m_db, page, values, readListing);
        if (!part)
            return part.error();
        rows += *part;
        if (exhausted)
            break;
        from = (boundary + 1) * kBucketSpan;
    }
    if (!keyset && c.offset > 0)
        rows = rows.mid(c.offset);
    return rows;
}

namespace {

// The schema's statement that adds the tags and word prefixes of the pupils' names not yet in
// search_names (search_name_source, pure SQL so that any client of the file keeps the index
// right). The program computes the same with SearchName::of.
constexpr const char* kFillSearchNames =
    "INSERT INTO search_names (name, tags, prefixes) SELECT v.name, v.tags, v.prefixes FROM search_name_source v "
    "WHERE v.pupil_id IN (SELECT min(id) FROM pupils GROUP BY name_folded) AND NOT EXISTS (SELECT 1 FROM "
    "search_names n WHERE n.name = v.name)";

// SQLite's substr(text, 1, n) on UTF-8 text: n characters, where a byte from 0xC0 up takes the
// continuation bytes after it and any other byte stands alone (SQLITE_SKIP_UTF8), up to a NUL.
std::string_view leadingChars(std::string_view s, int n)
{
    std::size_t i = 0;
    for (int k = 0; k < n && i < s.size() && s[i] != '\0'; ++k) {
        if (static_cast<unsigned char>(s[i++]) >= 0xC0) {
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
                ++i;
        }
    }
    return s.substr(0, i);
}

struct TextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <typename V> using TextMap = std::unordered_map<std::string, V, TextHash, std::equal_to<>>;

// SQLite's length() of UTF-8 text: its characters as leadingChars counts them.
int charCount(std::string_view s)
{
    int n = 0;
    for (std::size_t i = 0; i < s.size() && s[i] != '\0'; ++n) {
        if (static_cast<unsigned char>(s[i++]) >= 0xC0) {
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
                ++i;
        }
    }
    return n;
}

// A JSON string as SQLite's JSON functions write it: '"' and '\\' escaped, control characters as
// \b \t \n \f \r or \u00XX, everything else (UTF-8 included) as it is.
void appendJsonString(std::string& out, std::string_view s)
{
    static const char special[32] = {0, 0, 0, 0, 0, 0, 0, 0, 'b', 't', 'n', 0, 'f', 'r', 0, 0,
                                     0, 0, 0, 0, 0, 0, 0, 0, 0,   0,   0,   0, 0,   0,   0, 0};
    out.push_back('"');
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(ch);
        } else if (c <= 0x1f) {
            out.push_back('\\');
            if (special[c]) {
                out.push_back(special[c]);
            } else {
                out.append("u00");
                out.push_back(char('0' + (c >> 4)));
                out.push_back("0123456789abcdef"[c & 0xf]);
            }
        } else {
            out.push_back(ch);
        }
    }
    out.push_back('"');
}

std::vector<std::string_view> splitAtSpaces(std::string_view s)
{
    // As replace(name, ' ', '","') in the schema: every space splits, empty words included.
    std::vector<std::string_view> words;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == ' ') {
            words.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return words;
}

struct SearchName
{
    std::string name;
    std::string tags;
    std::vector<std::string> prefixes;

    // What search_name_source (007_record_search.sql) computes for a name, in the order its query
    // plan gives: tags by prefix in BINARY order and k ascending within a prefix; prefixes word by
    // word, shortest first, each the first time it comes. The bulk-load test compares both.
    static SearchName of(std::string_view name)
    {
        SearchName n;
        n.name = std::string(name);
        const std::vector<std::string_view> words = splitAtSpaces(name);
        const bool otherCharacters = std::any_of(name.begin(), name.end(), [](char c) {
            return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ');
        });
        if (otherCharacters) {
            n.tags = "đx";
        } else {
            std::map<std::string_view, int> shared; // prefix (up to 12 letters) -> words with it
            for (const std::string_view w : words) {
                for (std::size_t l = 1; l <= std::min<std::size_t>(12, w.size()); ++l)
                    ++shared[w.substr(0, l)];
            }
            for (const auto& [prefix, count] : shared) {
                for (int k = 2; k <= std::min(9, count); ++k) {
                    if (!n.tags.empty())
                        n.tags.push_back(' ');
                    n.tags.append("đ").append(std::to_string(k)).append(prefix);
                }
            }
        }
        for (const std::string_view w : words) {
            const int length = charCount(w);
            for (int l = 1; l <= std::min(6, length); ++l) {
                const std::string_view prefix = leadingChars(w, l);
                if (std::find(n.prefixes.begin(), n.prefixes.end(), prefix) == n.prefixes.end())
                    n.prefixes.emplace_back(prefix);
            }
        }
        return n;
    }

    std::string prefixesJson() const
    {
        std::string json = "[";
        for (const std::string& p : prefixes) {
            if (json.size() > 1)
                json.push_back(',');
            appendJsonString(json, p);
        }
        json.push_back(']');
        return json;
    }
};

// One record to index. Its sort key lives in a shared buffer (a million small strings would
// cost more to allocate than to sort).
struct Doc
{
    qint64 recordId;
    qint64 schoolId;
    qint64 bucket; // of the sort prefix, once known
    quint32 sortOffset;
    quint32 sortSize;
    int prefix; // index of the sort prefix
    int name;   // index in the search names
    int year;
    int grade;
};

} // namespace

Status RecordSearchRepository::rebuildIndex(Database& db, Timings* timings)
{
    if (!db.isSqlite())
        return {};
    QElapsedTimer clock;
    clock.start();
    const auto lap = [&](const char* step) {
        if (timings)
            timings->append({QString::fromLatin1(step), double(clock.nsecsElapsed()) / 1e9});
        clock.restart();
    };
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.status();
    for (const char* step : {"DELETE FROM record_search", "DELETE FROM search_prefix_counts",
                             "INSERT INTO records_fts (records_fts) VALUES ('delete-all')"}) {
        if (auto s = db.execDirect(QString::fromUtf8(step)); !s)
            return s;
    }

    std::vector<SearchName> names;
    TextMap<int> nameIndex;
    {
        SqliteStatement q(db, QStringLiteral("SELECT name, tags, prefixes FROM search_names"));
        if (auto read = q.forEachRow([&] {
                SearchName n;
                n.name = std::string(q.columnUtf8(0));
                n.tags = std::string(q.columnUtf8(1));
                const std::string_view json = q.columnUtf8(2);
                const QJsonArray prefixes =
                    QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size()))).array();
                for (const QJsonValue& v : prefixes)
                    n.prefixes.push_back(v.toString().toStdString());
                nameIndex.emplace(n.name, int(names.size()));
                names.push_back(std::move(n));
            });
            !read)
            return read;
    }
    // Every pupil's name, those not yet in search_names added.
    std::unordered_map<qint64, int> pupilName;
    {
        SqliteStatement q(db, QStringLiteral("SELECT id, name_folded FROM pupils"));
        SqliteStatement insert(db, QStringLiteral("INSERT INTO search_names (name, tags, prefixes) VALUES (?, ?, ?)"));
        if (auto read = q.forEachRow([&]() -> Status {
                if (q.columnIsNull(1))
                    return {};
                const std::string_view name = q.columnUtf8(1);
                auto it = nameIndex.find(name);
                if (it == nameIndex.end()) {
                    SearchName n = SearchName::of(name);
                    const std::string json = n.prefixesJson();
                    insert.bindUtf8Static(0, n.name.data(), int(n.name.size()));
                    insert.bindUtf8Static(1, n.tags.data(), int(n.tags.size()));
                    insert.bindUtf8Static(2, json.data(), int(json.size()));
                    if (auto s = insert.exec(); !s)
                        return s;
                    it = nameIndex.emplace(n.name, int(names.size())).first;
                    names.push_back(std::move(n));
                }
                pupilName.emplace(q.columnInt64(0), it->second);
                return {};
            });
            !read)
            return read;
    }
    std::unordered_map<qint64, qint64> schoolUnit;
    {
        SqliteStatement q(db, QStringLiteral("SELECT id, unit_id FROM schools"));
        if (auto read = q.forEachRow([&] { schoolUnit.emplace(q.columnInt64(0), q.columnInt64(1)); }); !read)
            return read;
    }
    lap("search names");

    // The records, as record_search_source joins them (a record without its pupil or school has
    // no document), with the distinct prefixes of their sort keys.
    std::string sortKeys;
    std::vector<Doc> docs;
    std::vector<std::string> prefixes;
    TextMap<int> prefixIndex;
    {
        SqliteStatement q(db,
                          QStringLiteral("SELECT id, pupil_id, school_id, school_year, grade, name_sort FROM records"));
        if (auto read = q.forEachRow([&] {
                const std::string_view key = q.columnUtf8(5);
                const std::string_view prefix = leadingChars(key, 7);
                auto p = prefixIndex.find(prefix);
                if (p == prefixIndex.end()) {
                    p = prefixIndex.emplace(std::string(prefix), int(prefixes.size())).first;
                    prefixes.emplace_back(prefix);
                }
                const auto pupil = pupilName.find(q.columnInt64(1));
                if (pupil == pupilName.end() || !schoolUnit.contains(q.columnInt64(2)))
                    return;
                docs.push_back(Doc{q.columnInt64(0), q.columnInt64(2), 0, quint32(sortKeys.size()), quint32(key.size()),
                                   p->second, pupil->second, int(q.columnInt64(3)), int(q.columnInt64(4))});
                sortKeys.append(key);
            });
            !read)
            return read;
    }
    lap("records read");

    // Their buckets, as the schema computes them.
    std::vector<qint64> buckets(prefixes.size(), 0);
    {
        SqliteStatement insert(db, QStringLiteral("INSERT OR IGNORE INTO record_sort_buckets (prefix) VALUES (?)"));
        for (const std::string& prefix : prefixes) {
            insert.bindUtf8Static(0, prefix.data(), int(prefix.size()));
            if (auto s = insert.exec(); !s)
                return s;
        }
        SqliteStatement q(db, QStringLiteral("SELECT prefix, bucket FROM record_sort_buckets"));
        if (auto read = q.forEachRow([&] {
                if (auto p = prefixIndex.find(q.columnUtf8(0)); p != prefixIndex.end())
                    buckets[std::size_t(p->second)] = q.columnInt64(1);
            });
            !read)
            return read;
    }
    for (Doc& d : docs)
        d.bucket = buckets[std::size_t(d.prefix)];
    const auto keyOf = [&](const Doc& d) { return std::string_view(sortKeys).substr(d.sortOffset, d.sortSize); };
    // Document order: bucket, then exact class-list order (BINARY: bytes as unsigned), then id.
    std::sort(docs.begin(), docs.end(), [&](const Doc& a, const Doc& b) {
        if (a.bucket != b.bucket)
            return a.bucket < b.bucket;
        if (const int c = keyOf(a).compare(keyOf(b)); c != 0)
            return c < 0;
        return a.recordId < b.recordId;
    });
    lap("sorted");

    // Each document's tags: its name's, then year, grade, school and unit (ltrim'med as in SQL).
    const auto tagsOf = [&](const Doc& d, std::string& out) {
        out.clear();
        out.append(names[std::size_t(d.name)].tags);
        out.append(" đy").append(std::to_string(d.year));
        out.append(" đg").append(std::to_string(d.grade));
        out.append(" đc").append(std::to_string(d.schoolId));
        out.append(" đu").append(std::to_string(schoolUnit.at(d.schoolId)));
        out.erase(0, std::min(out.find_first_not_of(' '), out.size()));
    };
    std::vector<qint64> rowids(docs.size());
    {
        SqliteStatement insert(db, QStringLiteral("INSERT INTO record_search (sort_rowid, record_id, name_sort, "
                                                  "school_id, school_year, grade, name, tags) VALUES (?, ?, ?, ?, ?, "
                                                  "?, ?, ?)"));
        std::string tags;
        qint64 n = 0;
        for (std::size_t i = 0; i < docs.size(); ++i) {
            const Doc& d = docs[i];
            n = (i > 0 && docs[i - 1].bucket == d.bucket) ? n + 1 : 0;
            rowids[i] = d.bucket * kBucketSpan + n;
            const std::string_view key = keyOf(d);
            const std::string& name = names[std::size_t(d.name)].name;
            tagsOf(d, tags);
            insert.bind(0, rowids[i]);
            insert.bind(1, d.recordId);
            insert.bindUtf8Static(2, key.data(), int(key.size()));
            insert.bind(3, d.schoolId);
            insert.bind(4, d.year);
            insert.bind(5, d.grade);
            insert.bindUtf8Static(6, name.data(), int(name.size()));
            insert.bindUtf8Static(7, tags.data(), int(tags.size()));
            if (auto s = insert.exec(); !s)
                return s;
        }
    }
    lap("record_search");

    // FTS5 keeps new documents in memory up to `hashsize` bytes (1 MB by default), writes them out
    // as a segment and merges segments as they pile up (`automerge`). For a whole index at once a
    // large buffer and no merging before the one 'optimize' take half the time. The settings are
    // put back as they were (by default records_fts_config has no row for them), so that later
    // changes are indexed as before.
    struct FtsSetting
    {
        const char* key;
        qint64 forLoad;
        qint64 byDefault;
        std::optional<qint64> before;
    };
    // About 64 bytes of buffer per document (the whole province in two or three segments), but
    // no more than the load needs: a replica's download runs inside the desktop program.
    const qint64 buffer = std::clamp<qint64>(qint64(docs.size()) * 64, 1 << 20, 64 << 20);
    FtsSetting ftsSettings[] = {{"automerge", 0, 4, {}}, {"hashsize", buffer, 1 << 20, {}}};
    const auto setFts = [&](const char* key, qint64 value) {
        return db.execDirect(QStringLiteral("INSERT INTO records_fts (records_fts, rank) VALUES ('%1', %2)")
                                 .arg(QLatin1String(key))
                                 .arg(value));
    };
    {
        SqliteStatement q(db, QStringLiteral("SELECT k, v FROM records_fts_config"));
        if (auto read = q.forEachRow([&] {
                for (FtsSetting& setting : ftsSettings) {
                    if (q.columnUtf8(0) == setting.key)
                        setting.before = q.columnInt64(1);
                }
            });
            !read)
            return read;
    }
    for (const FtsSetting& setting : ftsSettings) {
        if (auto s = setFts(setting.key, setting.forLoad); !s)
            return s;
    }
    {
        SqliteStatement insert(db, QStringLiteral("INSERT INTO records_fts (rowid, name, tags) VALUES (?, ?, ?)"));
        std::string tags;
        for (std::size_t i = 0; i < docs.size(); ++i) {
            const Doc& d = docs[i];
            const std::string& name = names[std::size_t(d.name)].name;
            tagsOf(d, tags);
            insert.bind(0, rowids[i]);
            insert.bindUtf8Static(1, name.data(), int(name.size()));
            insert.bindUtf8Static(2, tags.data(), int(tags.size()));
            if (auto s = insert.exec(); !s)
                return s;
        }
    }
    lap("records_fts");
    if (auto s = db.execDirect(QStringLiteral("INSERT INTO records_fts (records_fts) VALUES ('optimize')")); !s)
        return s;
    for (const FtsSetting& setting : ftsSettings) {
        // Through FTS5 (which then holds the value in memory and tells other connections to
        // reread), then the row removed where there was none.
        if (auto s = setFts(setting.key, setting.before.value_or(setting.byDefault)); !s)
            return s;
        if (!setting.before) {
            if (auto s = db.execDirect(
                    QStringLiteral("DELETE FROM records_fts_config WHERE k = '%1'").arg(QLatin1String(setting.key)));
                !s)
                return s;
        }
    }
    lap("optimize");

    // Per school year, how many records have a name word starting with each prefix.
    std::unordered_map<qint64, qint64> perNameYear;
    for (const Doc& d : docs)
        ++perNameYear[(qint64(d.name) << 32) | quint32(d.year)];
    std::map<std::pair<std::string_view, int>, qint64> perPrefix;
    for (const auto& [key, n] : perNameYear) {
        const int year = int(quint32(key & 0xffffffff));
        for (const std::string& prefix : names[std::size_t(key >> 32)].prefixes)
            perPrefix[{prefix, year}] += n;
    }
    {
        SqliteStatement insert(
            db, QStringLiteral("INSERT INTO search_prefix_counts (prefix, school_year, n) VALUES (?, ?, ?)"));
        for (const auto& [key, n] : perPrefix) {
            insert.bindUtf8Static(0, key.first.data(), int(key.first.size()));
            insert.bind(1, key.second);
            insert.bind(2, n);
            if (auto s = insert.exec(); !s)
                return s;
        }
    }
    lap("search_prefix_counts");
    auto committed = tx.commit();
    lap("commit");
    return committed;
}

Status RecordSearchRepository::rebuildIndexInSql(Database& db)
{
    if (!db.isSqlite())
        return {};
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.status();
    // As in 007_record_search.sql: each bucket numbered in exact class-list order.
    for (const char* step : {
             "DELETE FROM record_search",
             "DELETE FROM search_prefix_counts",
             "INSERT INTO records_fts (records_fts) VALUES ('delete-all')",
             kFillSearchNames,
             "INSERT OR IGNORE INTO record_sort_buckets (prefix) SELECT DISTINCT substr(name_sort, 1, 7) FROM records",
             "INSERT INTO record_search (sort_rowid, record_id, name_sort, school_id, school_year, grade, name, tags) "
             "SELECT b.bucket * 8388608 + row_number() OVER (PARTITION BY b.bucket ORDER BY v.name_sort, "
             "v.record_id) - 1, v.record_id, v.name_sort, v.school_id, v.school_year, v.grade, v.name, v.tags FROM "
             "record_search_source v JOIN record_sort_buckets b ON b.prefix = v.sort_prefix ORDER BY 1",
             "INSERT INTO records_fts (rowid, name, tags) SELECT sort_rowid, name, tags FROM record_search",
             "INSERT INTO records_fts (records_fts) VALUES ('optimize')",
             "INSERT INTO search_prefix_counts (prefix, school_year, n) SELECT j.value, g.school_year, sum(g.n) FROM "
             "(SELECT name, school_year, count(*) AS n FROM record_search GROUP BY 1, 2) g JOIN search_names n ON "
             "n.name = g.name, json_each(n.prefixes) j GROUP BY 1, 2",
         }) {
        if (auto s = db.execDirect(QString::fromUtf8(step)); !s)
            return s;
    }
    return tx.commit();
}

} // namespace hocbaso::store
