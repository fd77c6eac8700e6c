// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/logging.h"

Q_LOGGING_CATEGORY(lcSpec, "deploydeck.spec", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChannel, "deploydeck.channel", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSolve, "deploydeck.solve", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEnvFile, "deploydeck.envfile", QtWarningMsg)
Q_LOGGING_CATEGORY(lcInventory, "deploydeck.inventory", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJobs, "deploydeck.jobs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "deploydeck.ui", QtWarningMsg)
