// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/filechecksums.h"

#include <QFile>

#include <memory>

#include <openssl/evp.h>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

/** EVP_MD_CTX with its deleter. */
using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

DigestContext digestContext(const EVP_MD *type)
{
    DigestContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (context && EVP_DigestInit_ex(context.get(), type, nullptr) != 1)
        context.reset();
    return context;
}

QByteArray finalHex(EVP_MD_CTX *context)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace

Result<FileChecksums> fileChecksums(const QString &path, Digests digests)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString().toStdString(), path.toStdString());
    const bool withMd5 = digests == Digests::Md5AndSha256;
    const DigestContext md5 = withMd5 ? digestContext(EVP_md5()) : DigestContext(nullptr, &EVP_MD_CTX_free);
    const DigestContext sha256 = digestContext(EVP_sha256());
    if ((withMd5 && !md5) || !sha256)
        return makeError(ErrorCode::Internal, "OpenSSL offers no md5 or sha256", path.toStdString());
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    FileChecksums sums;
    qint64 n = 0;
    while ((n = file.read(buffer.data(), buffer.size())) > 0) {
        if (md5)
            EVP_DigestUpdate(md5.get(), buffer.constData(), size_t(n));
        EVP_DigestUpdate(sha256.get(), buffer.constData(), size_t(n));
        sums.size += n;
    }
    if (n < 0)
        return makeError(ErrorCode::FileUnreadable, file.errorString().toStdString(), path.toStdString());
    if (md5)
        sums.md5 = finalHex(md5.get());
    sums.sha256 = finalHex(sha256.get());
    return sums;
}

} // namespace core::channel
