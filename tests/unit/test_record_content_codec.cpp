// The SQLite store's packed record content (issue 22): what is packed comes back byte for byte,
// damaged values are refused rather than misread, and the shipped dictionary never changes. (That
// the store writes it packed: tests/pg/test_repositories.cpp, RecordsVersionsAndCounters.)

#include "support/DemoNames.h"

#include "core/Random.h"
#include "services/NameGenerator.h"
#include "services/Tt27Content.h"
#include "store/RecordContentCodec.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace hocbaso;
using store::RecordContentCodec;

namespace {

const NameGenerator& names()
{
    return test::demoNames();
}

QByteArray recordBytes(int grade, std::uint64_t seed)
{
    Random rng(seed);
    return RecordContent::generate(grade, QStringLiteral("%1A1").arg(grade), QStringLiteral("2025-2026"), rng, names())
        .canonicalBytes();
}

} // namespace

TEST(RecordContentCodec, RecordsComeBackByteForByte)
{
    for (int grade = 1; grade <= 5; ++grade) {
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            const QByteArray content = recordBytes(grade, seed * 7919 + grade);
            const QByteArray packed = RecordContentCodec::pack(content);
            ASSERT_EQ(packed.at(0), RecordContentCodec::kFormatZstdDictionary1);
            const auto back = RecordContentCodec::unpack(packed);
            ASSERT_TRUE(back.has_value()) << "grade " << grade << " seed " << seed;
            ASSERT_EQ(*back, content) << "grade " << grade << " seed " << seed;
        }
    }
}

TEST(RecordContentCodec, AnyBytesComeBackIncludingThoseThatDoNotShrink)
{
    Random rng(42);
    QByteArray noise(3000, Qt::Uninitialized);
    for (char& c : noise)
        c = char(rng.between(0, 255));
    const QByteArray vietnamese =
        QStringLiteral("Em Nguyễn Thị Hương chăm chỉ, tiến bộ rõ rệt trong học tập.").toUtf8();
    for (const QByteArray& content : {QByteArray(), QByteArray("{}"), vietnamese, noise, noise + vietnamese}) {
        const auto back = RecordContentCodec::unpack(RecordContentCodec::pack(content));
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(*back, content);
    }
    // Random bytes do not compress: they are kept as they are, one format byte longer.
    EXPECT_EQ(RecordContentCodec::pack(noise).size(), noise.size() + 1);
}

TEST(RecordContentCodec, ARecordTakesAFractionOfItsText)
{
    qint64 text = 0, packed = 0;
    for (int grade = 1; grade <= 5; ++grade) {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            const QByteArray content = recordBytes(grade, seed);
            text += content.size();
            packed += RecordContentCodec::pack(content).size();
        }
    }
    // The dictionary holds the record's fixed words, so even one record finds them: a quarter of
    // the text at most (plain compression of a single record keeps about 35 %).
    EXPECT_LT(packed * 4, text) << packed << " of " << text << " bytes";
}

TEST(RecordContentCodec, DamagedValuesAreRefusedNotMisread)
{
    const QByteArray content = recordBytes(4, 99);
    const QByteArray packed = RecordContentCodec::pack(content);
    ASSERT_GT(packed.size(), 20);
    EXPECT_FALSE(RecordContentCodec::unpack(QByteArray()).has_value());
    EXPECT_FALSE(RecordContentCodec::unpack(packed.left(packed.size() - 3)).has_value()) << "cut short";
    EXPECT_FALSE(RecordContentCodec::unpack(packed + QByteArray("xyz")).has_value()) << "bytes after the end";
    QByteArray unknown = packed;
    unknown[0] = char(0x7f);
    EXPECT_FALSE(RecordContentCodec::unpack(unknown).has_value()) << "unknown format";
    // Any one byte changed in the compressed body: the frame's checksum (or its structure) refuses
    // it, where a compressor without one could hand back other text.
    for (qsizetype at = 8; at < packed.size() - 4; ++at) {
        QByteArray flipped = packed;
        flipped[at] = char(flipped.at(at) ^ 0x10);
        const auto read = RecordContentCodec::unpack(flipped);
        EXPECT_TRUE(!read.has_value() || *read == content) << "byte " << at << " changed and read as other text";
    }
    // A reader that fills a version gets empty content, which no content_sha256 matches.
    EXPECT_TRUE(RecordContentCodec::contentOf(QVariant(unknown)).isEmpty());
}

TEST(RecordContentCodec, TextInTheColumnIsContentFromBeforePacking)
{
    const QByteArray content = recordBytes(2, 5);
    const QVariant text(QString::fromUtf8(content));
    const QVariant blob(RecordContentCodec::pack(content));
    EXPECT_FALSE(RecordContentCodec::isPacked(text));
    EXPECT_TRUE(RecordContentCodec::isPacked(blob));
    EXPECT_EQ(RecordContentCodec::fromColumn(text), content);
    EXPECT_EQ(RecordContentCodec::fromColumn(blob), content);
}

// Stores packed with dictionary 1 must stay readable for ever: its bytes may never change. A better
// dictionary is a new format beside it.
TEST(RecordContentCodec, DictionaryOneNeverChanges)
{
    const QByteArray dict = RecordContentCodec::dictionary1();
    ASSERT_FALSE(dict.isEmpty()) << "the dictionary resource is missing";
    EXPECT_EQ(QCryptographicHash::hash(dict, QCryptographicHash::Sha256).toHex(),
              QByteArray("bdd56eef8c5863859163ac4da20eb5b9834ca69a1038d7aef7505f7164a95395"));
}
