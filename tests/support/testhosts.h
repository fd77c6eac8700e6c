// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once
// Test hosts with real installed state: an RPM database made by the real rpm (packages built with
// rpmbuild, installed with `rpm --root DIR -i --justdb --nodeps`) and conda environments whose
// conda-meta records are written in the format conda writes them.
#include <QString>
#include <QStringList>

#include <vector>

namespace testsupport {

/** An RPM to build and install into a test host's database. */
struct TestRpm
{
    QString name;
    QString version;
    QString release = QStringLiteral("1.el7");
    int epoch = 0;
};

/**
 * Builds @p packages with rpmbuild (empty noarch packages, in @p workFolder) and installs them into
 * a new RPM database under @p root. Empty when it worked, else what failed (with rpm's output).
 */
QString makeRpmDatabase(const QString &root, const std::vector<TestRpm> &packages, const QString &workFolder);

/** A package record of a conda environment. */
struct TestCondaPackage
{
    QString name;
    QString version;
    QString build;
    int buildNumber = 0;
};

/**
 * Writes `<prefix>/conda-meta/<name>-<version>-<build>.json` for each of @p packages as conda does
 * (name, version, build, build_number, channel, subdir, fn, url, md5, sha256, depends, files,
 * paths_data, requested_spec, link), plus conda's `history` file. False when a file cannot be written.
 */
bool writeCondaEnvironment(const QString &prefix, const std::vector<TestCondaPackage> &packages,
    const QString &channel = QStringLiteral("https://conda.anaconda.org/conda-forge"));

} // namespace testsupport
