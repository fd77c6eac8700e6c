// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/inventory: one Python string literal, for the INI value typing.
#include <string>
#include <string_view>

namespace core::inventory::detail {

/**
 * Reads the quoted part of a Python string literal starting at @p pos (at the opening quote; the
 * prefix is already consumed) into @p out and moves @p pos past the closing quote. @p raw keeps
 * backslashes; @p bytes refuses non-ASCII text. False when it is not a valid literal.
 */
bool readPythonString(std::string_view text, size_t &pos, std::string &out, bool raw, bool bytes);

} // namespace core::inventory::detail
