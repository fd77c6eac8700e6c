// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/zstdcodec.h"

#include <zstd.h>

#include <algorithm>
#include <memory>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

bool isZstdFrame(const QByteArray &data)
{
    static const char magic[] = {'\x28', '\xB5', '\x2F', '\xFD'};
    return data.size() >= 4 && std::equal(magic, magic + 4, data.constData());
}

Result<QByteArray> zstdDecompress(const QByteArray &data, qint64 maxOutput)
{
    const std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    QByteArray out;
    // Start from the declared size when the frame has one, else a guess; grow as needed.
    const unsigned long long declared = ZSTD_getFrameContentSize(data.constData(), size_t(data.size()));
    const bool known = declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR;
    out.resize(qsizetype(std::min<qint64>(known ? qint64(declared) + 1 : data.size() * 8 + 1024, maxOutput + 1)));
    ZSTD_inBuffer in{data.constData(), size_t(data.size()), 0};
    ZSTD_outBuffer dst{out.data(), size_t(out.size()), 0};
    size_t ret = 1;
    while (in.pos < in.size || ret != 0) {
        if (dst.pos == dst.size) {
            if (qint64(dst.size) > maxOutput)
                return makeError(ErrorCode::LimitExceeded, "zstd data expands beyond the size limit");
            out.resize(qsizetype(std::min<qint64>(qint64(dst.size) * 2, maxOutput + 1)));
            dst.dst = out.data();
            dst.size = size_t(out.size());
        }
        const size_t before = in.pos + dst.pos;
        ret = ZSTD_decompressStream(ctx.get(), &dst, &in);
        if (ZSTD_isError(ret))
            return makeError(ErrorCode::ParseError, std::string("corrupt zstd data: ") + ZSTD_getErrorName(ret));
        // No input consumed and no output produced with room left: the input ended inside a frame.
        if (in.pos == in.size && ret != 0 && dst.pos < dst.size && in.pos + dst.pos == before)
            return makeError(ErrorCode::ParseError, "truncated zstd data");
    }
    if (qint64(dst.pos) > maxOutput)
        return makeError(ErrorCode::LimitExceeded, "zstd data expands beyond the size limit");
    out.resize(qsizetype(dst.pos));
    return out;
}

Result<QByteArray> zstdCompress(const QByteArray &data, int level)
{
    QByteArray out;
    out.resize(qsizetype(ZSTD_compressBound(size_t(data.size()))));
    const size_t n = ZSTD_compress(out.data(), size_t(out.size()), data.constData(), size_t(data.size()), level);
    if (ZSTD_isError(n))
        return makeError(ErrorCode::Internal, std::string("zstd compression failed: ") + ZSTD_getErrorName(n));
    out.resize(qsizetype(n));
    return out;
}

} // namespace core::channel
