// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The in-process YAML inventory reader on arbitrary text: parseYamlDocument (YAML 1.1 / JSON as
// Ansible's loader reads them, with its size and depth limits), then Ansible's yaml plugin, then
// what loadInventory() does after reading: reconcile and variable precedence.
#include "core/inventory/inventory.h"
#include "core/inventory/parsers.h"
#include "core/inventory/varsfiles.h"
#include "core/inventory/yamldocument.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace core::inventory;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    (void)isVaultFile(text);
    std::vector<Diagnostic> warnings;
    auto document = parseYamlDocument(text, "fuzz/hosts.yml", &warnings);
    if (!document)
        return 0;
    // Small bounds: the same refusals as the defaults' (a thousand hosts a pattern, five thousand
    // entries), but an input no longer spends seconds expanding 200,000 legitimate host names.
    detail::InventoryBuilder builder(HostLimits{1000, 5000});
    std::string reason;
    if (!detail::parseYamlInventory(*document, "fuzz/hosts.yml", builder, reason))
        return 0;
    builder.reconcile();
    Inventory inventory = builder.take();
    detail::computeEffectiveVariables(inventory);
    (void)inventory.hostsOf("all");
    return 0;
}
