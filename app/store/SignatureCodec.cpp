#include "SignatureCodec.h"

#include "ZstdContexts.h"

#include <zstd.h>

namespace hocbaso::store {
namespace {

// zstd's default level: a CMS is a kilobyte, packed in a few microseconds.
constexpr int kLevel = 3;
// A CMS of this project is a few kilobytes; a frame that says more is damaged.
constexpr unsigned long long kMostCms = 1ull << 20;

// One context of each kind per thread, reused: the certificate is referenced per frame (a prefix is
// forgotten after each one), the other settings stay.
ZstdContexts& contexts()
{
    thread_local ZstdContexts c;
    return c;
}

} // namespace

QByteArray SignatureCodec::pack(QByteArrayView cms, QByteArrayView certificateDer)
{
    ZstdContexts& c = contexts();
    if (certificateDer.isEmpty() || cms.isEmpty() || !c.compress)
        return cms.toByteArray();
    if (!c.compressReady) {
        // The frame states the CMS's size and ends with a checksum of it: a damaged value, or one
        // unpacked with another certificate, is refused instead of read as another CMS.
        if (ZSTD_isError(ZSTD_CCtx_setParameter(c.compress, ZSTD_c_compressionLevel, kLevel)) ||
            ZSTD_isError(ZSTD_CCtx_setParameter(c.compress, ZSTD_c_contentSizeFlag, 1)) ||
            ZSTD_isError(ZSTD_CCtx_setParameter(c.compress, ZSTD_c_checksumFlag, 1)))
            return cms.toByteArray();
        c.compressReady = true;
    }
    const size_t bound = ZSTD_compressBound(size_t(cms.size()));
    QByteArray out(1 + qsizetype(bound), Qt::Uninitialized);
    out[0] = kFormatZstdCertificate;
    if (ZSTD_isError(ZSTD_CCtx_refPrefix(c.compress, certificateDer.data(), size_t(certificateDer.size()))))
        return cms.toByteArray();
    const size_t written = ZSTD_compress2(c.compress, out.data() + 1, bound, cms.data(), size_t(cms.size()));
    if (ZSTD_isError(written) || qsizetype(written) + 1 >= cms.size())
        return cms.toByteArray();
    out.truncate(1 + qsizetype(written));
    return out;
}

bool SignatureCodec::isPacked(QByteArrayView stored)
{
    return !stored.isEmpty() && stored.front() == kFormatZstdCertificate;
}

std::optional<QByteArray> SignatureCodec::unpack(QByteArrayView stored, QByteArrayView certificateDer)
{
    if (stored.isEmpty())
        return std::nullopt;
    // Anything else is a CMS as it was given (DER begins with 0x30; no DER begins with 0x02).
    if (stored.front() != kFormatZstdCertificate)
        return stored.toByteArray();
    if (certificateDer.isEmpty())
        return std::nullopt;
    ZstdContexts& c = contexts();
    if (!c.decompress)
        return std::nullopt;
    const QByteArrayView frame = stored.sliced(1);
    // Exactly one whole frame: nothing cut off, nothing after it.
    if (ZSTD_findFrameCompressedSize(frame.data(), size_t(frame.size())) != size_t(frame.size()))
        return std::nullopt;
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR || size > kMostCms)
        return std::nullopt;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (ZSTD_isError(ZSTD_DCtx_reset(c.decompress, ZSTD_reset_session_only)) ||
        ZSTD_isError(ZSTD_DCtx_refPrefix(c.decompress, certificateDer.data(), size_t(certificateDer.size()))))
        return std::nullopt;
    const size_t read = ZSTD_decompressDCtx(c.decompress, out.data(), size_t(size), frame.data(), size_t(frame.size()));
    if (ZSTD_isError(read) || read != size)
        return std::nullopt;
    return out;
}

QByteArray SignatureCodec::cmsOf(QByteArrayView stored, QByteArrayView certificateDer)
{
    if (auto cms = unpack(stored, certificateDer))
        return std::move(*cms);
    qWarning("hocbaso: a signature's stored CMS is damaged or its certificate is missing; it reads as empty");
    return {};
}

} // namespace hocbaso::store
