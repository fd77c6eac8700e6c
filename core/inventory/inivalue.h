// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/value.h"
#include "core/util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace core::inventory {

/** A word of an INI host line and its 0-based offset in the line. */
struct IniToken
{
    std::string text;
    int offset = 0;
    bool operator==(const IniToken &) const = default;
};

/**
 * Cuts a host line into words exactly as Ansible does (Python's shlex.split(line, comments=True)):
 * POSIX quoting, backslash escapes, `#` starting a comment even inside a word. An unclosed quote or
 * a trailing backslash is a ParseError whose location is the 1-based column.
 */
[[nodiscard]] util::Result<std::vector<IniToken>> splitIniHostLine(std::string_view line);

/**
 * Types an INI value as Ansible does: Python's ast.literal_eval() of the text (ints in any base,
 * floats, True/False/None, quoted strings, lists, tuples, dicts), or the text itself when it is not
 * a Python literal ("yes", "true", "hello world", "1+2").
 */
Value iniValue(std::string_view text);

} // namespace core::inventory
