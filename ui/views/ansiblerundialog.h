// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"
#include "core/inventory/inventory.h"
#include "core/jobs/ansiblerunoptions.h"
#include "core/util/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace ui {

/**
 * The options of an `ansible-playbook` run: playbook and inventory (the workspace's, or any
 * file), `--limit` picked from the inventory's groups and hosts (loaded in the background) or
 * typed as a pattern, tags, skip-tags, extra vars (KEY=VALUE lines, or one JSON object), check
 * and diff mode (on by default: review first), verbosity and forks.
 *
 * "Run" emits runRequested() with the options and closes; the dialog starts nothing itself.
 */
class AnsibleRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnsibleRunDialog)
public:
    explicit AnsibleRunDialog(const core::envfile::Workspace &workspace, QWidget *parent = nullptr);
    ~AnsibleRunDialog() override;

    /** The options the widgets describe; an error names the field that is wrong. */
    [[nodiscard]] core::util::Result<core::jobs::AnsibleRunOptions> options() const;

    /**
     * Extra vars as typed: one KEY=VALUE per line (the value exactly as written, quotes and
     * spaces included; blank lines and `#` comments skipped), or a JSON object. Errors carry
     * "line N".
     */
    [[nodiscard]] static core::util::Result<QVariantMap> parseExtraVars(const QString &text);

    /** Whether the limit list shows the current inventory's groups and hosts. */
    bool isInventoryLoaded() const { return m_inventoryLoaded; }

    void accept() override;

Q_SIGNALS:
    void runRequested(const core::jobs::AnsibleRunOptions &options);
    /** The limit list was filled (or the inventory could not be read: see the status label). */
    void inventoryLoaded();

private:
    void createWidgets();
    void addTargetRows(QFormLayout *form);
    void addOptionRows(QFormLayout *form);
    QWidget *pathRow(QComboBox *combo, const QString &filter);
    void fillCombo(QComboBox *combo, const std::vector<std::string> &paths);
    QString comboPath(const QComboBox *combo) const;
    void loadInventory();
    void showInventory(const core::util::Result<core::inventory::Inventory> &inventory);
    void limitItemChanged();
    void limitEdited(const QString &text);
    void validate();
    /** Fills limit, tags and extra vars in as the last run of the chosen playbook had them. */
    void restoreForPlaybook();
    void remember(const core::jobs::AnsibleRunOptions &options) const;

    core::envfile::Workspace m_workspace;
    QComboBox *m_playbook = nullptr;
    QComboBox *m_inventory = nullptr;
    QLineEdit *m_limit = nullptr;
    QListWidget *m_limitList = nullptr;
    QLabel *m_inventoryStatus = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_skipTags = nullptr;
    QPlainTextEdit *m_extraVars = nullptr;
    QLabel *m_extraVarsError = nullptr;
    QCheckBox *m_check = nullptr;
    QCheckBox *m_diff = nullptr;
    QSpinBox *m_verbosity = nullptr;
    QSpinBox *m_forks = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_inventoryGeneration = 0;
    bool m_inventoryLoaded = false;
};

} // namespace ui
