// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/inventory: the inventory-file parsers (Ansible's ini and yaml plugins).
#include "core/inventory/inventorybuilder.h"

#include <string>
#include <string_view>

namespace core::inventory::detail {

/**
 * Ansible's ini plugin: sections, [g:children], [g:vars], host lines with inline variables.
 * A bad line is an error diagnostic at file:line:column and is skipped; the rest of the file loads.
 * Returns the number of errors.
 */
int parseIniInventory(std::string_view text, const std::string &file, InventoryBuilder &builder);

/**
 * Ansible's yaml plugin over an already parsed document. Returns false (adding nothing) when the
 * document is not a YAML inventory (not a mapping, empty, or an inventory-plugin configuration);
 * @p reason then says why.
 */
bool parseYamlInventory(const Value &document, const std::string &file, InventoryBuilder &builder, std::string &reason);

/** A comma-separated host list ("a,b:2222,") as Ansible's host_list plugin reads it. */
void parseHostList(const std::string &list, InventoryBuilder &builder);

} // namespace core::inventory::detail
