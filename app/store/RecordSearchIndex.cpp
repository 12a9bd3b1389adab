#include "RecordSearchRepository.h"

// Filling SQLite's record search index (schema 7, resources/sql/sqlite/007_record_search.sql) from
// the records: the program's fast rebuild and the schema's own statements it is checked against.

#include "SqliteStatement.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hocbaso::store {

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
