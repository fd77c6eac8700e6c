// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/atomicfile.h"

#include <QString>

namespace testsupport {

/** Copies every file under @p from to the same place under @p to (a workspace to edit, say). */
inline bool copyTree(const QString &from, const QString &to)
{
    return core::util::copyTree(from, to);
}

} // namespace testsupport
