// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Python's shlex in POSIX mode with whitespace_split=True and '#' as the comment character: the
// tokenizer Ansible's INI plugin runs over every host line. Written after the state machine of
// CPython's shlex.read_token(), so quirks such as `a=b#c` giving `a=b` carry over.
#include "core/inventory/inivalue.h"

namespace core::inventory {

namespace {

bool isShlexSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isQuote(char c)
{
    return c == '\'' || c == '"';
}

util::Error splitError(const char *what, size_t column)
{
    return util::makeErrorAt(util::ErrorCode::ParseError, what, util::TextPosition::atColumn(int(column + 1)));
}

} // namespace

util::Result<std::vector<IniToken>> splitIniHostLine(std::string_view line)
{
    std::vector<IniToken> tokens;
    std::string token;
    int start = 0;
    bool quoted = false;
    char state = ' ';         // ' ' between words, 'a' in a word, a quote char, or '\\'
    char escapedState = ' ';  // the state to return to after an escape
    size_t openedAt = 0;

    auto emit = [&]() {
        if (!token.empty() || quoted)
            tokens.push_back(IniToken{token, start});
        token.clear();
        quoted = false;
    };

    for (size_t i = 0; i <= line.size(); ++i) {
        const bool end = i == line.size();
        const char c = end ? '\0' : line[i];
        if (state == ' ' || state == 'a') {
            if (end)
                break;
            if (isShlexSpace(c)) {
                if (state == 'a')
                    emit();
                state = ' ';
            } else if (c == '#') {
                break;  // the rest of the line is a comment
            } else if (c == '\\') {
                if (state == ' ')
                    start = static_cast<int>(i);
                escapedState = 'a';
                state = '\\';
                openedAt = i;
            } else if (isQuote(c)) {
                if (state == ' ')
                    start = static_cast<int>(i);
                state = c;
                openedAt = i;
            } else {
                if (state == ' ')
                    start = static_cast<int>(i);
                token += c;
                state = 'a';
            }
        } else if (isQuote(state)) {
            quoted = true;
            if (end)
                return splitError("no closing quotation", openedAt);
            if (c == state) {
                state = 'a';
            } else if (c == '\\' && state == '"') {
                escapedState = state;
                state = '\\';
            } else {
                token += c;
            }
        } else {  // escape
            if (end)
                return splitError("no escaped character", openedAt);
            // Inside double quotes only the quote and the backslash itself can be escaped.
            if (isQuote(escapedState) && c != escapedState && c != '\\')
                token += '\\';
            token += c;
            state = escapedState;
        }
    }
    if (state == 'a')
        emit();
    return tokens;
}

} // namespace core::inventory
