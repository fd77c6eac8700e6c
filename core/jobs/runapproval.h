// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/ansiblerunoptions.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace core::jobs {

/**
 * What a playbook run reads from disk, file by file: every file under the playbook's folder (the
 * playbook, its roles, templates and vars beside it) and the inventory (a file, or every file of
 * a folder with its group_vars and host_vars), as absolute path → sha256 (hex). Hidden folders
 * (.git) are left out; a host list given as the inventory ("web1,web2,") is kept as it is.
 * A check run records it when it starts, so that a real run can be refused when what was
 * reviewed is no longer what would run.
 */
QVariantMap runFingerprint(const AnsibleRunOptions &options);

/**
 * Why a real run with @p real may not go ahead on the strength of a check run made with
 * @p checked, whose fingerprint was @p checkedFingerprint and which reached @p reviewedHosts:
 * each file changed, added or removed since ("changed: /srv/ansible/roles/conda/tasks/main.yml"),
 * each option that differs (playbook, inventory, tags, skipped tags, extra vars), and a limit
 * that is not within the reviewed hosts. Empty when the real run is what was reviewed. No
 * fingerprint at all is a reason too. Reads the files again (small; call it on a click).
 */
QStringList approvalProblems(const AnsibleRunOptions &checked, const QVariantMap &checkedFingerprint,
    const QStringList &reviewedHosts, const AnsibleRunOptions &real);

/**
 * The command line of a run as a person would type it, each argument quoted where a shell would
 * need it, with the values of extra vars whose names look secret (password, secret, token, key,
 * vault) masked.
 */
QString displayCommandLine(const AnsibleRunOptions &options);

/** @p vars with the values of secret-looking names replaced by "********". */
QVariantMap maskedExtraVars(const QVariantMap &vars);

} // namespace core::jobs
