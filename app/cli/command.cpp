// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "app/cli/command.h"

#include <algorithm>
#include <cstring>

namespace app::cli {

static std::vector<Command> &registry()
{
    static std::vector<Command> s_commands;
    return s_commands;
}

const std::vector<Command> &commands()
{
    return registry();
}

CommandRegistrar::CommandRegistrar(Command command)
{
    auto &all = registry();
    const auto pos = std::lower_bound(all.begin(), all.end(), command,
                                      [](const Command &a, const Command &b) { return std::strcmp(a.name, b.name) < 0; });
    all.insert(pos, std::move(command));
}

} // namespace app::cli
