#include "RecordContentCodec.h"

#include <QFile>
#include <QMetaType>

#include "ZstdContexts.h"

#include <zstd.h>

namespace hocbaso::store {
namespace {

// Format 0 is the content as it is, after the format byte: what pack() writes when compressing
// would not make it smaller (or, should zstd ever fail, rather than lose the record).
constexpr char kFormatStored = 0x00;
// zstd's level 3, its default: 11 µs a record on this project's 2-core machine against 27 µs at
// level 6, for 18 % of the text against 15 % (README, issue 22).
constexpr int kLevel = 3;
// A record's content is a few kilobytes; a frame that says more is damaged, not a reason to
// allocate gigabytes.
constexpr unsigned long long kMostContent = 64ull << 20;

const QByteArray& dictionary1Bytes()
{
    static const QByteArray bytes = [] {
        QFile f(QStringLiteral(":/content/dictionary-1.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return bytes;
}

// The dictionary digested once for the whole program: zstd's dictionaries are read-only once made
// and may be shared by every thread (zlib would hash the dictionary again for every record).
struct Dictionaries
{
    ZSTD_CDict* compress = nullptr;
    ZSTD_DDict* decompress = nullptr;
    Dictionaries()
    {
        const QByteArray& d = dictionary1Bytes();
        if (d.isEmpty())
            return;
        compress = ZSTD_createCDict(d.constData(), size_t(d.size()), kLevel);
        decompress = ZSTD_createDDict(d.constData(), size_t(d.size()));
    }
    ~Dictionaries()
    {
        ZSTD_freeCDict(compress);
        ZSTD_freeDDict(decompress);
    }
    Dictionaries(const Dictionaries&) = delete;
    Dictionaries& operator=(const Dictionaries&) = delete;
};

const Dictionaries& dictionaries()
{
    static const Dictionaries d;
    return d;
}

// One context of each kind per thread, reused for every value: making one costs more than packing
// a record.
ZstdContexts& contexts()
{
    thread_local ZstdContexts c;
    return c;
}

QByteArray stored(QByteArrayView content)
{
    QByteArray out;
    out.reserve(content.size() + 1);
    out.append(kFormatStored);
    out.append(content);
    return out;
}

} // namespace

QByteArray RecordContentCodec::dictionary1()
{
    return dictionary1Bytes();
}

QByteArray RecordContentCodec::pack(QByteArrayView content)
{
    const Dictionaries& d = dictionaries();
    ZstdContexts& c = contexts();
    if (!d.compress || !c.compress)
        return stored(content);
    const size_t bound = ZSTD_compressBound(size_t(content.size()));
    QByteArray out(1 + qsizetype(bound), Qt::Uninitialized);
    out[0] = kFormatZstdDictionary1;
    if (!c.compressReady) {
        // Sticky settings of this thread's context. The frame states the content's size (so
        // unpacking allocates once and knows a whole value) and ends with a checksum of it: a
        // damaged value is refused instead of read as other text. The format byte already names the
        // dictionary, so the frame does not.
        if (ZSTD_isError(ZSTD_CCtx_refCDict(c.compress, d.compress)) ||
            ZSTD_isError(ZSTD_CCtx_setParameter(c.compress, ZSTD_c_contentSizeFlag, 1)) ||
            ZSTD_isError(ZSTD_CCtx_setParameter(c.compress, ZSTD_c_checksumFlag, 1)) ||
            ZSTD_isError(ZSTD_CCtx_setParameter(c.compress, ZSTD_c_dictIDFlag, 0)))
            return stored(content);
        c.compressReady = true;
    }
    const size_t written = ZSTD_compress2(c.compress, out.data() + 1, bound, content.data(), size_t(content.size()));
    if (ZSTD_isError(written) || qsizetype(written) >= content.size())
        return stored(content);
    out.truncate(1 + qsizetype(written));
    return out;
}

std::optional<QByteArray> RecordContentCodec::unpack(QByteArrayView packed)
{
    if (packed.isEmpty())
        return std::nullopt;
    if (packed.front() == kFormatStored)
        return packed.sliced(1).toByteArray();
    if (packed.front() != kFormatZstdDictionary1)
        return std::nullopt;
    const Dictionaries& d = dictionaries();
    ZstdContexts& c = contexts();
    if (!d.decompress || !c.decompress)
        return std::nullopt;
    const QByteArrayView frame = packed.sliced(1);
    // Exactly one whole frame: nothing cut off, nothing after it.
    if (ZSTD_findFrameCompressedSize(frame.data(), size_t(frame.size())) != size_t(frame.size()))
        return std::nullopt;
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR || size > kMostContent)
        return std::nullopt;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t read = ZSTD_decompress_usingDDict(c.decompress, out.data(), size_t(size), frame.data(),
                                                   size_t(frame.size()), d.decompress);
    if (ZSTD_isError(read) || read != size)
        return std::nullopt;
    return out;
}

bool RecordContentCodec::isPacked(const QVariant& stored)
{
    return stored.metaType().id() == QMetaType::QByteArray;
}

std::optional<QByteArray> RecordContentCodec::fromColumn(const QVariant& stored)
{
    if (isPacked(stored))
        return unpack(stored.toByteArray());
    return stored.toString().toUtf8();
}

QByteArray RecordContentCodec::contentOf(const QVariant& stored)
{
    if (auto content = fromColumn(stored))
        return std::move(*content);
    qWarning("hocbaso: a record version's stored content is damaged and reads as empty");
    return {};
}

} // namespace hocbaso::store
