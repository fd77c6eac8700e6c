// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/inventory: group_vars/ and host_vars/ (Ansible's host_group_vars vars plugin).
#include "core/inventory/inventory.h"

namespace core::inventory::detail {

/**
 * Reads group_vars/ and host_vars/ of every folder in inventory.varsFolders into the groups' and
 * hosts' fileVars layers, finding files as Ansible's DataLoader.find_vars_files() does (NAME, then
 * NAME.yml, .yaml, .json; a folder NAME/ read recursively in sorted order). Files for groups or
 * hosts the inventory does not have are warnings; broken files are errors and are skipped.
 */
void loadVarsFiles(Inventory &inventory);

/** Every host's effective variables (Host::effective), merged with Ansible's precedence. */
void computeEffectiveVariables(Inventory &inventory);

} // namespace core::inventory::detail
