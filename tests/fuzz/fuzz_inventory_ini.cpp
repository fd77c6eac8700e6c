// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The in-process INI inventory reader (Ansible's ini plugin: sections, :children, :vars, host
// lines with inline variables) on arbitrary text, then what loadInventory() does after reading:
// reconcile and variable precedence. (Writing `--list` JSON is left out: it cost most of the time
// of each run and reads nothing the operator wrote.)
#include "core/inventory/inventory.h"
#include "core/inventory/parsers.h"
#include "core/inventory/varsfiles.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace core::inventory;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    // Small bounds: the same refusals as the defaults' (a thousand hosts a pattern, five thousand
    // entries), but an input no longer spends seconds expanding 200,000 legitimate host names.
    detail::InventoryBuilder builder(HostLimits{1000, 5000});
    detail::parseIniInventory(text, "fuzz/hosts.ini", builder);
    builder.reconcile();
    Inventory inventory = builder.take();
    detail::computeEffectiveVariables(inventory);
    (void)inventory.hostsOf("all");
    return 0;
}
