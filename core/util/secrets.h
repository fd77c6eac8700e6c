// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <string>
#include <string_view>

namespace core::util {

/**
 * Replaces every secret a channel URL or a message about one can carry by a placeholder: anaconda.org
 * tokens (`/t/<token>/` becomes `/t/<TOKEN>/`) and passwords in the user-info part of a URL
 * (`https://user:secret@host` becomes `https://user:<PASSWORD>@host`). Every string that leaves
 * core/ for a log, an error or the screen goes through this.
 */
std::string maskSecrets(std::string_view text);

/**
 * Whether @p name is a plain file name that is safe to join to a folder: not empty, no '/' or '\\',
 * not "." or "..", no ".." component, no NUL byte.
 */
bool isSafeFileName(std::string_view name);

} // namespace core::util
