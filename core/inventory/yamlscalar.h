// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/value.h"

#include <string_view>

namespace core::inventory {

/**
 * Types an unquoted YAML scalar as PyYAML's YAML 1.1 resolver does for Ansible: booleans
 * (yes/no/on/off/true/false in three casings), ints (0b, 0x, leading-0 octal, 1:30 sexagesimal,
 * underscores), floats (a dot is required: "1e3" stays a string), .inf/.nan, dates and timestamps
 * (as the ISO text Ansible prints), null; anything else a string.
 */
Value resolveYaml11Scalar(std::string_view plain);

/** Types an unquoted scalar of a JSON document: true/false/null, integers, other numbers as floats. */
Value resolveJsonScalar(std::string_view plain);

} // namespace core::inventory
