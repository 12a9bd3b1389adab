#pragma once

#include <zstd.h>

namespace hocbaso::store {

// zstd's compression and decompression contexts for one thread, for the store's codecs
// (RecordContentCodec, SignatureCodec): making one costs more than packing a value, so each codec
// keeps one per thread and reuses it. compressReady says the codec's sticky settings are made.
struct ZstdContexts
{
    ZSTD_CCtx* compress = ZSTD_createCCtx();
    ZSTD_DCtx* decompress = ZSTD_createDCtx();
    bool compressReady = false;
    ZstdContexts() = default;
    ~ZstdContexts()
    {
        ZSTD_freeCCtx(compress);
        ZSTD_freeDCtx(decompress);
    }
    ZstdContexts(const ZstdContexts&) = delete;
    ZstdContexts& operator=(const ZstdContexts&) = delete;
};

} // namespace hocbaso::store
