// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace core::util {

/** What went wrong, as a code the ui turns into translated text. */
enum class ErrorCode {
    InvalidArgument,  ///< a caller passed something malformed (command-line option, empty name)
    FileNotFound,
    FileUnreadable,
    FileWriteFailed,
    ParseError,       ///< syntax error in JSON, YAML, INI, a lock file ...
    InvalidValue,     ///< well-formed, but a value of the wrong type or out of range
    UnknownKey,
    InvalidVersion,
    InvalidMatchSpec,
    InvalidRecord,
    UnknownPackage,
    UnknownChannel,
    UnsupportedFormat,
    NetworkError,
    HttpError,
    Timeout,
    ChecksumMismatch,
    UnsafePath,       ///< a file name with a path separator, "..", an absolute path or a NUL byte
    ProcessFailed,
    Cancelled,
    LimitExceeded,    ///< input beyond a safety bound (string size, nesting depth, alias expansion)
    Internal,
};

/** Stable identifier of a code ("parse-error"), for logs, JSON output and tests. */
const char *errorCodeName(ErrorCode code);

/**
 * Where in a text a problem is, as data: the ui marks it in an editor and words it in the user's
 * language; nobody parses it back out of a sentence. Line and column are 1-based, 0 when unknown.
 */
struct TextPosition
{
    std::string file; ///< the file the text came from; empty for a text of its own (one spec)
    int line = 0;
    int column = 0;
    int length = 0; ///< characters the problem spans; 0 when unknown

    /** A place in @p file; line and column 0 for the file as a whole. */
    static TextPosition in(std::string file, int line = 0, int column = 0, int length = 0)
    {
        TextPosition p;
        p.file = std::move(file);
        p.line = line;
        p.column = column;
        p.length = length;
        return p;
    }
    /** A column in a one-line text of its own (a spec). */
    static TextPosition atColumn(int column, int length = 0) { return in({}, 0, column, length); }

    bool known() const { return line > 0 || column > 0; }
    /** "file:line:column", "line:column", "column N", or the file alone (English, for logs). */
    std::string text() const;

    bool operator==(const TextPosition &) const = default;
};

/**
 * An error: a code, a detail in plain English for logs and the command line (the ui shows its own
 * translated text for the code, with the values it needs), and where it happened: a position in a
 * text when there is one, and as text ("file:line:column", a URL, a record name), possibly empty.
 */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string detail;
    std::string location;
    TextPosition position; ///< set when the error is at a place in a text
    std::vector<std::string> values; ///< what the code's sentence names (see ui/diagnostictext.cpp)

    /** "location: detail", or just the detail when there is no location. */
    [[nodiscard]] std::string message() const;

    bool operator==(const Error &) const = default;
};

/** A value or an Error. Cheap to move; check with ok() or operator bool before value(). */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/** Success without a value, or an Error. */
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, std::string detail, std::string location = {})
{
    return Error { code, std::move(detail), std::move(location), {}, {} };
}

/** An error at @p position in a text; its location is the position as text. */
inline Error makeErrorAt(
    ErrorCode code, std::string detail, TextPosition position, std::vector<std::string> values = {})
{
    std::string location = position.text();
    return Error { code, std::move(detail), std::move(location), std::move(position), std::move(values) };
}

} // namespace core::util
