// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/inventory.h"
#include "core/inventory/value.h"
#include "core/util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace core::inventory {

/** Most values one document may expand to (aliases included) before it is refused. */
inline constexpr size_t kMaxYamlValues = 2'000'000;
/** Deepest nesting of lists and maps accepted. */
inline constexpr int kMaxYamlDepth = 256;

/**
 * Reads a YAML or JSON document the way Ansible's loader does: text that is valid JSON is read with
 * JSON's rules, anything else as YAML 1.1 (PyYAML's typing: yes/no/on/off booleans, 0777 octal,
 * 1:30 sexagesimal, "1e3" a string, dates), with merge keys (`<<`), `!unsafe` and `!vault`.
 *
 * A syntax error is a ParseError at file:line:column; a document beyond kMaxYamlValues or
 * kMaxYamlDepth is LimitExceeded. Duplicate keys (the last wins) and unknown tags (read as strings)
 * are added to @p warnings when given. An empty document is Null.
 */
[[nodiscard]] util::Result<Value> parseYamlDocument(std::string_view text, const std::string &file,
                                                    std::vector<Diagnostic> *warnings = nullptr);

/** Whether @p text is a whole file encrypted with ansible-vault ("$ANSIBLE_VAULT;..."). */
bool isVaultFile(std::string_view text);

} // namespace core::inventory
