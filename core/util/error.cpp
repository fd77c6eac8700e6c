// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/result.h"

namespace core::util {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::FileNotFound: return "file-not-found";
    case ErrorCode::FileUnreadable: return "file-unreadable";
    case ErrorCode::FileWriteFailed: return "file-write-failed";
    case ErrorCode::ParseError: return "parse-error";
    case ErrorCode::InvalidValue: return "invalid-value";
    case ErrorCode::UnknownKey: return "unknown-key";
    case ErrorCode::InvalidVersion: return "invalid-version";
    case ErrorCode::InvalidMatchSpec: return "invalid-match-spec";
    case ErrorCode::InvalidRecord: return "invalid-record";
    case ErrorCode::UnknownPackage: return "unknown-package";
    case ErrorCode::UnknownChannel: return "unknown-channel";
    case ErrorCode::UnsupportedFormat: return "unsupported-format";
    case ErrorCode::NetworkError: return "network-error";
    case ErrorCode::HttpError: return "http-error";
    case ErrorCode::Timeout: return "timeout";
    case ErrorCode::ChecksumMismatch: return "checksum-mismatch";
    case ErrorCode::UnsafePath: return "unsafe-path";
    case ErrorCode::ProcessFailed: return "process-failed";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::LimitExceeded: return "limit-exceeded";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

std::string TextPosition::text() const
{
    std::string out = file;
    if (line > 0) {
        out += (out.empty() ? "" : ":") + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    } else if (column > 0) {
        out += (out.empty() ? "column " : ": column ") + std::to_string(column);
    }
    return out;
}

std::string Error::message() const
{
    return location.empty() ? detail : location + ": " + detail;
}

} // namespace core::util
