// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QStringList>
#include <QVariantMap>

namespace core::jobs {

/**
 * The options of one `ansible-playbook` run, as the run dialog and `deploydeck run-playbook` fill
 * them in. arguments() turns them into the argument list; nothing is ever given to a shell, and
 * extra vars travel as one JSON object, so quotes, spaces, `;` and `$(...)` reach Ansible as
 * written. (Ansible still templates `{{ ... }}` inside values, as it does for any extra var.)
 */
struct AnsibleRunOptions
{
    QString program;           ///< empty: `ansible-playbook` from PATH
    QString playbook;
    QString inventory;         ///< a file, a folder, or a host list such as "web1,web2,"
    QStringList moreInventories;  ///< further inventories, given after the first
    QString limit;             ///< a host pattern; empty: every host of the play
    QStringList tags;
    QStringList skipTags;
    QVariantMap extraVars;
    bool check = false;
    bool diff = false;
    int verbosity = 0;         ///< 0 to 6: the number of -v
    int forks = 0;             ///< 0: Ansible's default
    QString workingDirectory;  ///< empty: the playbook's folder (where Ansible looks for ansible.cfg)
    QString approvedFrom; ///< a real run: the id of the check run it was approved from

    /** InvalidArgument with the option's name for an empty playbook or inventory, a bad number or tag. */
    [[nodiscard]] util::Result<void> validate() const;

    /** The program to start: program, or "ansible-playbook". */
    QString executable() const;
    /**
     * Arguments for ansible-playbook (validate() first). Paths that exist are made absolute. The
     * extra vars are one JSON argument, or, given @p extraVarsFile (a file holding extraVarsJson()),
     * `--extra-vars=@FILE`: a single argument may not exceed 128 KiB on Linux, and the vars of a
     * gathering over thousands of hosts do.
     */
    QStringList arguments(const QString &extraVarsFile = {}) const;
    /** The extra vars as ansible-playbook reads them, each value marked as text for Ansible. */
    QByteArray extraVarsJson() const;
    /** The folder to start in. */
    QString effectiveWorkingDirectory() const;

    /** As job parameters (JSON-friendly), and back; fromParameters() validates. */
    QVariantMap toParameters() const;
    [[nodiscard]] static util::Result<AnsibleRunOptions> fromParameters(const QVariantMap &parameters);

    bool operator==(const AnsibleRunOptions &) const = default;
};

/**
 * Adds one `-e` argument to @p vars: `KEY=VALUE` sets KEY to the string VALUE exactly as given
 * (unlike Ansible's own key=value splitting), and an argument starting with `{` is a JSON object
 * merged in. InvalidArgument for a bad key, ParseError (with the column) for bad JSON.
 */
[[nodiscard]] util::Result<void> addExtraVars(QVariantMap &vars, const QString &argument);

/**
 * The run of deploydeck's gathering play (`gather_installed.yml` beside the callback plugin, see
 * AnsibleRunJob::pluginFolder()) over @p inventories: each host reads the conda environments
 * @p environments gives it (host -> names, the extra var deploydeck_envs), and its RPMs.
 */
AnsibleRunOptions gatherRunOptions(const QString &playbook, const QStringList &inventories, const QString &limit,
    const QMap<QString, QStringList> &environments, int forks = 0);

/** The patterns of an Ansible limit ("web*,!web3:db1"), split at `,` and `:`, trimmed, none empty. */
QStringList limitPatterns(const QString &limit);

/**
 * The real run after a reviewed check run: the same options without check mode, limited to
 * @p hosts (the hosts reviewed). With no hosts the limit stays as it was.
 */
AnsibleRunOptions realRunOptions(const AnsibleRunOptions &reviewed, const QStringList &hosts);

} // namespace core::jobs
