// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"
#include "ui/widgets/documentlist.h"

#include <QString>
#include <QStringList>

#include <functional>

class QObject;
class QTextDocument;

namespace ui::environmentfiles {

/**
 * Environment files for a DocumentList: its texts, listing, template, and copies that get their
 * own `name:`. @p createDocument makes the editor's documents (EditorPane::createDocument).
 */
DocumentList::Kind documentKind(std::function<QTextDocument *(const QString &text, QObject *parent)> createDocument);

/** The file name endings of environment files; new files get the first. */
QStringList suffixes();

/**
 * The environment files of @p workspace: those deploydeck.yml lists, and the other .yml/.yaml files
 * in their folders (so files made with New or Duplicate show up), absolute, sorted by file name.
 */
QStringList list(const core::envfile::Workspace &workspace);

/** The folder new files go to: that of @p current, else of the first listed file, else ROOT/environments. */
QString folder(const core::envfile::Workspace &workspace, const QString &current);

/** The text of a new environment called @p name using the workspace's first channel. */
QString templateText(const QString &name, const core::envfile::Workspace &workspace);

/** @p text with its top-level `name:` set to @p name (added at the top when missing). */
QString withName(const QString &text, const QString &name);

/** The environment name for file @p path: its base name ("sardana" for …/sardana.yml). */
QString nameOf(const QString &path);

} // namespace ui::environmentfiles
