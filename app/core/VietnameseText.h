#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace hocbaso::text {

// Folding for search (DOMAIN.md): NFD, drop combining marks, đ/Đ/Ð -> d, lower case, collapse
// spaces. "Nguyễn Văn Hoà", its NFD form, "NGUYEN VAN HÒA" and "nguyễn  văn hòa" all fold to
// "nguyen van hoa".
QString fold(QStringView text);

// Cleans a person's or school's name as typed: NFC, U+00D0 (Ð, Icelandic eth) -> Đ, trims and
// collapses spaces. Tone placement is kept as typed; folding makes both placements equal.
QString cleanName(QStringView text);

// "Nguyễn Thị Ánh Tuyết" -> family "Nguyễn", middle "Thị Ánh", given "Tuyết".
struct NameParts
{
    QString family;
    QString middle;
    QString given;
};
NameParts splitName(const QString& fullName);

// A key whose plain binary (memcmp / COLLATE "C" / SQLite BINARY) order is Vietnamese class-list
// order: given name, then middle name, then family name, each by the Vietnamese alphabet
// (a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư), with tones as a secondary difference (ngang,
// huyền, hỏi, ngã, sắc, nặng). The store keeps it beside each name so that paged, sorted
// queries need no collation support from the engine.
QString nameSortKey(const QString& fullName);

// The same ordering for any text (school names): primary letters then tones.
QString textSortKey(const QString& text);

// Compares two full names in class-list order (given, middle, family): the order of nameSortKey.
int compareNames(const QString& a, const QString& b);

// Compares two texts with Vietnamese collation (ICU through QCollator).
int compareText(const QString& a, const QString& b);

// Splits a folded query into words (no empty ones).
QStringList queryWords(const QString& query);

// The name-search rule of 6.3: every query word is the prefix of a DIFFERENT word of the folded
// name, in any order ("an nguyen" and "nguyen v an" match "nguyen van an"; "an an" does not).
// Both arguments are already folded.
bool wordsMatch(const QString& foldedName, const QStringList& foldedQueryWords);

// True when some query word is a prefix of another (or repeated): only then can a per-word index
// lookup match one name word twice, so only then is wordsMatch needed on top of it.
bool queryWordsOverlap(const QStringList& foldedQueryWords);

} // namespace hocbaso::text
