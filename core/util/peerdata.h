// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QString>

namespace core::util {

/**
 * The folder of public peer data (conda, mamba, rattler test data ...) that tests and benchmarks
 * read in place: $DEPLOYDECK_PEER_DATA, else ../shared/data/peers beside the source tree.
 * Returns an empty string when it is not there.
 */
QString peerDataDir();

} // namespace core::util
