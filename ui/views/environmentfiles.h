// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"

#include <QString>
#include <QStringList>

namespace ui::environmentfiles {

/**
 * The environment files of @p workspace: those deploydeck.yml lists, and the other .yml/.yaml files
 * in their folders (so files made with New or Duplicate show up), absolute, sorted by file name.
 */
QStringList list(const core::envfile::Workspace &workspace);

/** The folder new files go to: that of @p current, else of the first listed file, else ROOT/environments. */
QString folder(const core::envfile::Workspace &workspace, const QString &current);

/**
 * The path of a new file @p name in @p folder (".yml" added unless it ends in .yml/.yaml). Empty,
 * with @p error set, when the name is empty, holds a path separator, or the file exists.
 */
QString newFilePath(const QString &folder, const QString &name, QString *error);

/** The text of a new environment called @p name using the workspace's first channel. */
QString templateText(const QString &name, const core::envfile::Workspace &workspace);

/** @p text with its top-level `name:` set to @p name (added at the top when missing). */
QString withName(const QString &text, const QString &name);

/** The environment name for file @p path: its base name ("sardana" for …/sardana.yml). */
QString nameOf(const QString &path);

} // namespace ui::environmentfiles
