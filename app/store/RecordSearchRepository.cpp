#include "RecordSearchRepository.h"

#include "SqlValues.h"
#include "core/VietnameseText.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace hocbaso::store {
namespace {

// Both schemas index each name word's prefixes up to this length, and tag or token a prefix that
// k name words share for k up to kMaxSharedWords (SQLite schema 7, PostgreSQL schemas 12 and 32).
constexpr qsizetype kPrefixLength = 12;
constexpr qsizetype kMaxSharedWords = 9;

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
        conditions.append(sql::inUnitsUnder(QStringLiteral("s.unit_id")));
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
    if (c.invalidSignature) {
        conditions.append(QStringLiteral("(r.id, r.version) IN (SELECT x.record_id, x.version FROM "
                                         "record_verifications x WHERE x.result <> 'valid' AND x.result = 'invalid')"));
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
    if (!m_db.isSqlite() || m_plan != Plan::Auto || !c.personalId.isEmpty() || !c.uuid.isEmpty() || c.invalidSignature)
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
        // intersecting with tags every document carries would only cost time. Otherwise the
        // documents of any unit of the subtree that has schools (a commune: its own tag).
        auto others = sql::scalar(m_db,
                                  QStringLiteral("SELECT EXISTS (SELECT 1 FROM schools WHERE NOT ") +
                                      sql::inUnitsUnder(QStringLiteral("unit_id")) + QLatin1Char(')'),
                                  {c.unitId});
        if (!others || *others) {
            auto units = sql::readAll<qint64>(m_db,
                                              QStringLiteral("SELECT DISTINCT unit_id FROM schools WHERE ") +
                                                  sql::inUnitsUnder(QStringLiteral("unit_id")) +
                                                  QStringLiteral(" ORDER BY unit_id"),
                                              {c.unitId}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
            if (!units)
                return std::nullopt; // the plain query reports the store's error
            QStringList unitTags;
            for (qint64 u : *units)
                unitTags.append(tag(QLatin1Char('u'), QString::number(u)));
            if (unitTags.isEmpty())
                iq.empty = true;
            else if (unitTags.size() == 1)
                tags.append(unitTags.first());
            else
                tags.append(QLatin1Char('(') + unitTags.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
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
        else if (k <= kMaxSharedWords && w.size() <= kPrefixLength) // the tags the schema writes
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
           c.uuid.isEmpty() && !c.invalidSignature;
}

RecordSearchRepository::SearchTerms RecordSearchRepository::searchTerms(const QStringList& foldedWords)
{
    // Prefix sets of query words are nested or disjoint, so every query word begins a different
    // name word exactly when, for each query word q, the name has as many words beginning with q
    // as the query has: "nguyen n" asks for nguyen and đ2n.
    SearchTerms out;
    QStringList asked;
    for (const QString& w : foldedWords) {
        if (asked.contains(w))
            continue;
        asked.append(w);
        const auto k = std::count_if(foldedWords.cbegin(), foldedWords.cend(),
                                     [&w](const QString& other) { return other.startsWith(w); });
        if (k == 1) {
            out.terms.append(w.left(kPrefixLength));
            continue;
        }
        // Beyond the tokens the schema writes, a token asks for less and the rule checks the rest.
        out.exact = out.exact && k <= kMaxSharedWords && w.size() <= kPrefixLength;
        out.terms.append(
            QStringLiteral("đ%1%2").arg(std::min<qsizetype>(k, kMaxSharedWords)).arg(w.left(kPrefixLength)));
    }
    return out;
}

QString RecordSearchRepository::searchTableArguments(const Criteria& c, QVariantList& values) const
{
    // A query word longer than the indexed prefixes is looked up by its first kPrefixLength
    // characters and checked on the name.
    const SearchTerms terms = searchTerms(c.nameWords);
    QStringList words, longWords;
    for (const QString& term : terms.terms) {
        words.append(QStringLiteral("?"));
        values.append(term);
    }
    // Words longer than the indexed prefixes go whole; the function matches them literally.
    for (const QString& w : c.nameWords) {
        if (w.size() > kPrefixLength) {
            longWords.append(QStringLiteral("?"));
            values.append(w);
        }
    }
    values.append(terms.exact ? QVariant() : QVariant(c.nameWords.join(QLatin1Char(' '))));
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
    if (m_plan == Plan::Auto && filtersOnly(c) && !c.invalidSignature)
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
        conditions.append(sql::inUnitsUnder(QStringLiteral("s.unit_id")));
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

} // namespace hocbaso::store
