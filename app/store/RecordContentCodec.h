#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVariant>

#include <optional>

namespace hocbaso::store {

// How the SQLite store keeps a record version's content: compressed with zstd and a dictionary of
// the TT27 record's own words (its JSON keys, subjects, qualities, competencies and ratings), so
// that even a single 2 KB record finds its repeats. A province's content shrinks to about a fifth
// (README, issue 22) and an officer's offline copy with it.
//
// The stored form is a BLOB whose first byte names the format; TEXT in the same column is content
// written before migration 28, read as it is. Both live side by side while a store is converted
// (StoreCompaction), so the conversion can stop at any row and go on later.
//
// What a signature covers and what content_sha256 hashes are the record's own bytes: the codec
// gives them back byte for byte, and nothing outside the store layer sees the packed form.
// PostgreSQL keeps content as text (its TOAST compresses large values on its own).
class RecordContentCodec
{
public:
    // Format 1: one zstd frame (content size and checksum in it) made with dictionary 1
    // (resources/content/dictionary-1.json). A dictionary is never changed once shipped: a better
    // one comes as format 2, and every format stays readable.
    static constexpr char kFormatZstdDictionary1 = 0x01;

    static QByteArray pack(QByteArrayView content);
    // The content from a packed BLOB; nullopt when the bytes are not a whole value of a known format.
    static std::optional<QByteArray> unpack(QByteArrayView packed);
    // The content from what the column holds: a BLOB is packed, TEXT (older stores, PostgreSQL) is
    // the content itself.
    static std::optional<QByteArray> fromColumn(const QVariant& stored);
    static bool isPacked(const QVariant& stored);
    // For readers that fill a RecordVersion: a damaged value reads as empty content (and is logged),
    // which no content_sha256 matches, so verification reports the record as changed, never as valid.
    static QByteArray contentOf(const QVariant& stored);

    // The dictionary of format 1, for tests that check it never changes.
    static QByteArray dictionary1();
};

} // namespace hocbaso::store
