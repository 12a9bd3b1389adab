#include "RecordContentCodec.h"

#include <QFile>
#include <QMetaType>
#include <QtEndian>

#include <zlib.h>

namespace hocbaso::store {
namespace {

// Format 0 is the content as it is, after the format byte: what pack() writes when deflate would
// not make it smaller (or, should zlib ever fail, rather than lose the record).
constexpr char kFormatStored = 0x00;
constexpr qsizetype kLengthBytes = 4;
constexpr qsizetype kHeaderBytes = 1 + kLengthBytes;

const QByteArray& dictionary1Bytes()
{
    static const QByteArray bytes = [] {
        QFile f(QStringLiteral(":/content/dictionary-1.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return bytes;
}

// One deflate and one inflate state per thread, reset for each value: setting them up costs more
// than packing a 2 KB record, and a province's store packs a million of them.
struct Deflater
{
    z_stream z{};
    bool ready = false;
    Deflater()
    {
        // -15: raw deflate, no zlib header or Adler-32 (content_sha256 already guards the bytes).
        ready = deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater()
    {
        if (ready)
            deflateEnd(&z);
    }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;
};

struct Inflater
{
    z_stream z{};
    bool ready = false;
    Inflater() { ready = inflateInit2(&z, -15) == Z_OK; }
    ~Inflater()
    {
        if (ready)
            inflateEnd(&z);
    }
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;
};

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
    thread_local Deflater d;
    const QByteArray& dict = dictionary1Bytes();
    if (!d.ready || dict.isEmpty() || content.size() > std::numeric_limits<quint32>::max() ||
        deflateReset(&d.z) != Z_OK ||
        deflateSetDictionary(&d.z, reinterpret_cast<const Bytef*>(dict.constData()), uInt(dict.size())) != Z_OK)
        return stored(content);
    const uLong bound = deflateBound(&d.z, uLong(content.size()));
    QByteArray out(kHeaderBytes + qsizetype(bound), Qt::Uninitialized);
    out[0] = kFormatDeflateDictionary1;
    qToLittleEndian<quint32>(quint32(content.size()), out.data() + 1);
    d.z.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(content.data()));
    d.z.avail_in = uInt(content.size());
    d.z.next_out = reinterpret_cast<Bytef*>(out.data() + kHeaderBytes);
    d.z.avail_out = uInt(bound);
    if (deflate(&d.z, Z_FINISH) != Z_STREAM_END || qsizetype(d.z.total_out) >= content.size())
        return stored(content);
    out.truncate(kHeaderBytes + qsizetype(d.z.total_out));
    return out;
}

std::optional<QByteArray> RecordContentCodec::unpack(QByteArrayView packed)
{
    if (packed.isEmpty())
        return std::nullopt;
    if (packed.front() == kFormatStored)
        return packed.sliced(1).toByteArray();
    if (packed.front() != kFormatDeflateDictionary1 || packed.size() < kHeaderBytes)
        return std::nullopt;
    thread_local Inflater f;
    const QByteArray& dict = dictionary1Bytes();
    if (!f.ready || dict.isEmpty() || inflateReset(&f.z) != Z_OK ||
        inflateSetDictionary(&f.z, reinterpret_cast<const Bytef*>(dict.constData()), uInt(dict.size())) != Z_OK)
        return std::nullopt;
    const quint32 length = qFromLittleEndian<quint32>(packed.data() + 1);
    // A record's content is a few kilobytes; a length beyond any content is a damaged value, not a
    // reason to allocate gigabytes.
    constexpr quint32 kMostContent = 64u << 20;
    if (length > kMostContent)
        return std::nullopt;
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    f.z.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(packed.data() + kHeaderBytes));
    f.z.avail_in = uInt(packed.size() - kHeaderBytes);
    f.z.next_out = reinterpret_cast<Bytef*>(out.data());
    f.z.avail_out = uInt(length);
    // Whole means: the stream ends, exactly at the stated length, with no bytes after it.
    if (inflate(&f.z, Z_FINISH) != Z_STREAM_END || f.z.total_out != length || f.z.avail_in != 0)
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
