#include "RecordSearchRepository.h"

#include "SqlValues.h"
#include "core/VietnameseText.h"

#include <QRegularExpression>

namespace hocbaso::store {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.uuid, p.personal_id, p.full_name, p.birth_date, p.gender, s.code, s.name, c.name, r.grade, "
    "r.school_year, r.status, r.version, r.name_sort "
    "FROM records r JOIN pupils p ON p.id = r.pupil_id JOIN schools s ON s.id = r.school_id "
    "LEFT JOIN classes c ON c.id = r.class_id ");

const QString kCount = QStringLiteral(
    "SELECT count(*) FROM records r JOIN pupils p ON p.id = r.pupil_id JOIN schools s ON s.id = r.school_id ");

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

// An FTS5 query: every word as a quoted prefix term.
QString ftsQuery(const QStringList& words)
{
    QStringList terms;
    for (QString w : words) {
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + w + QStringLiteral("\"*"));
    }
    return terms.join(QStringLiteral(" AND "));
}

// The smallest string greater than every string that starts with `prefix` (for range scans).
QString prefixEnd(const QString& prefix)
{
    return prefix + QChar(char16_t(0xFFFF));
}

} // namespace

QString RecordSearchRepository::where(const Criteria& c, QVariantList& values, bool forPage) const
{
    QStringList conditions;
    if (!c.nameWords.isEmpty()) {
        if (m_db.isSqlite()) {
            conditions.append(QStringLiteral("r.pupil_id IN (SELECT rowid FROM pupils_fts WHERE pupils_fts MATCH ?)"));
            values.append(ftsQuery(c.nameWords));
            if (text::queryWordsOverlap(c.nameWords)) {
                conditions.append(QStringLiteral("hocbaso_words_match(p.name_folded, ?)"));
                values.append(c.nameWords.join(QLatin1Char(' ')));
            }
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

Result<QList<RecordListing>> RecordSearchRepository::find(const Criteria& c)
{
    QVariantList values;
    QString sqlText = kSelect + where(c, values, true);
    // name_sort is a binary-ordered key (COLLATE "C" in the PostgreSQL schema).
    sqlText += QStringLiteral(" ORDER BY r.name_sort, r.id LIMIT ? OFFSET ?");
    values.append(c.limit);
    values.append(c.afterNameSort.isNull() ? c.offset : 0);
    return sql::readAll<RecordListing>(m_db, sqlText, values, readListing);
}

Result<qint64> RecordSearchRepository::count(const Criteria& c)
{
    QVariantList values;
    return sql::scalar(m_db, kCount + where(c, values, false), values);
}

} // namespace hocbaso::store
