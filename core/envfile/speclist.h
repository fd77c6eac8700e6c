// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <string>
#include <vector>

namespace core::envfile {

/**
 * One spec of a spec-list line, as written (quotes removed), and where it starts.
 * Columns are 1-based byte offsets in the UTF-8 line text.
 */
struct SpecToken
{
    std::string text;  ///< e.g. "python=3.9", "numpy[version='>=1.6']", "numpy >=1.6" (was quoted)
    int column = 0;    ///< first character of the spec (for a quoted spec: of the opening quote)
    int length = 0;    ///< bytes the spec takes in the line, quotes included
    bool operator==(const SpecToken &) const = default;
};

/** A problem on one line of a spec list. */
struct SpecListDiagnostic
{
    enum class Severity { Error, Warning };
    /** What is wrong; the ui words each kind in the user's language with the values below. */
    enum class Kind {
        UnterminatedQuote, ///< values: the quote character
        InvalidSpec, ///< values: the spec, the parser's reason (English)
        SplitVersion, ///< a version split from its name ("numpy >=1.6" unquoted); values: the spec
        RepeatedName, ///< values: the package name
    };
    Severity severity = Severity::Error;
    int column = 0;          ///< 1-based byte column in the line
    int length = 0;          ///< bytes to underline (at least 1)
    std::string message;     ///< plain English, e.g. "invalid match spec 'numpy>=': expected a version"
    std::string location;    ///< "file:line:column" (just "line:column" when the list has no path)
    Kind kind = Kind::InvalidSpec;
    std::vector<std::string> values;
    bool operator==(const SpecListDiagnostic &) const = default;
};

/**
 * One physical line of a spec list. Blank and comment-only lines are kept (so an editor maps
 * lines 1:1 and writing gives the text back); they have no specs.
 */
struct SpecListLine
{
    int lineNumber = 0;          ///< 1-based
    std::string text;            ///< the whole line as written, without the line break
    std::string comment;         ///< the text after '#' (without the '#'), "" when none
    std::vector<SpecToken> specs;
    std::vector<SpecListDiagnostic> diagnostics;

    /** Whether the line asks for a solve (it has at least one spec). */
    bool hasSpecs() const { return !specs.empty(); }
    /** Whether a diagnostic of severity Error is present: such a line is not solved. */
    bool hasErrors() const;
    /** The spec texts, in order. */
    std::vector<std::string> specTexts() const;
    bool operator==(const SpecListLine &) const = default;
};

/**
 * A spec list in the MAX IV format (maxiv_packages_specs.txt): one solve per non-empty line;
 * `#` starts a comment (whole-line or trailing, outside quotes and brackets); specs are separated
 * by whitespace. A spec with spaces of its own must be quoted ('numpy >=1.6' or "numpy >=1.6") or
 * use brackets (numpy[version='>=1.6']). Each spec is checked with spec::MatchSpec::parse.
 */
struct SpecList
{
    std::string path;                 ///< where it was read from ("" for text)
    std::vector<SpecListLine> lines;  ///< every physical line, in order
    bool endsWithNewline = true;      ///< whether the text ended with a line break

    /** The lines that ask for a solve (hasSpecs()), in order. */
    std::vector<SpecListLine> specLines() const;
    /** Every diagnostic of every line, in order. */
    std::vector<SpecListDiagnostic> diagnostics() const;
    bool operator==(const SpecList &) const = default;
};

/**
 * Parses spec-list text. Never fails: problems are per-line diagnostics. @p path is used in
 * diagnostic locations only. "\r\n" line ends are accepted.
 */
SpecList parseSpecList(const std::string &text, const std::string &path = {});

/** Parses one line (the editor re-parses the line being typed); @p lineNumber is 1-based. */
SpecListLine parseSpecListLine(const std::string &text, int lineNumber, const std::string &path = {});

/** Reads and parses a spec-list file; only an unreadable file is an error (FileNotFound/FileUnreadable). */
[[nodiscard]] util::Result<SpecList> readSpecList(const std::string &path);

/**
 * The text of a spec list: each line's `text` joined with '\n' (plus a final '\n' when
 * endsWithNewline). parseSpecList(formatSpecList(l)) gives @p l back.
 */
std::string formatSpecList(const SpecList &list);

/**
 * The text of one line for @p specs and an optional @p comment: specs joined by one space, a
 * spec containing whitespace written in double quotes, then "  # comment".
 */
std::string formatSpecLine(const std::vector<std::string> &specs, const std::string &comment = {});

/** Writes formatSpecList(@p list) to @p path atomically (the old file stays intact on failure). */
[[nodiscard]] util::Result<void> writeSpecList(const std::string &path, const SpecList &list);

} // namespace core::envfile
