// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/ansiblerundialog.h"

#include "core/jobs/runapproval.h"
#include "ui/diagnostictext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

namespace {

constexpr int s_nameRole = Qt::UserRole;

QStringList splitList(const QString &text)
{
    static const QRegularExpression s_separators(QStringLiteral("[,\\s]+"));
    return text.split(s_separators, Qt::SkipEmptyParts);
}

template<typename W>
W *named(QWidget *parent, const char *name)
{
    auto *widget = new W(parent);
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

QString errorText(const core::util::Error &error)
{
    return DiagnosticText::errorText(error);
}

/** Where the dialog remembers the last run of @p playbook: one settings group per playbook path. */
QString settingsGroup(const QString &playbook)
{
    const QByteArray key
        = QCryptographicHash::hash(QFileInfo(playbook).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("runDialog/") + QString::fromLatin1(key.toHex().left(16));
}

} // namespace

AnsibleRunDialog::AnsibleRunDialog(const core::envfile::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("ansibleRunDialog"));
    setWindowTitle(tr("Run Playbook"));
    createWidgets();
    fillCombo(m_playbook, m_workspace.playbooks);
    fillCombo(m_inventory, m_workspace.inventory.empty() ? std::vector<std::string>{}
                                                         : std::vector<std::string>{m_workspace.inventory});
    connect(m_inventory, &QComboBox::currentTextChanged, this, &AnsibleRunDialog::loadInventory);
    connect(m_playbook, &QComboBox::currentTextChanged, this, &AnsibleRunDialog::restoreForPlaybook);
    connect(m_playbook, &QComboBox::currentTextChanged, this, &AnsibleRunDialog::validate);
    connect(m_limitList, &QListWidget::itemChanged, this, &AnsibleRunDialog::limitItemChanged);
    connect(m_limit, &QLineEdit::textEdited, this, &AnsibleRunDialog::limitEdited);
    connect(m_extraVars, &QPlainTextEdit::textChanged, this, &AnsibleRunDialog::validate);
    restoreForPlaybook();
    loadInventory();
    validate();
}

void AnsibleRunDialog::restoreForPlaybook()
{
    QSettings settings;
    settings.beginGroup(settingsGroup(comboPath(m_playbook)));
    if (!settings.contains(QStringLiteral("limit")))
        return; // never run from here: what is filled in stays
    m_limit->setText(settings.value(QStringLiteral("limit")).toString());
    limitEdited(m_limit->text());
    m_tags->setText(settings.value(QStringLiteral("tags")).toString());
    m_skipTags->setText(settings.value(QStringLiteral("skipTags")).toString());
    m_extraVars->setPlainText(settings.value(QStringLiteral("extraVars")).toString());
}

void AnsibleRunDialog::remember(const core::jobs::AnsibleRunOptions &options) const
{
    QSettings settings;
    settings.beginGroup(settingsGroup(options.playbook));
    settings.setValue(QStringLiteral("limit"), options.limit);
    settings.setValue(QStringLiteral("tags"), m_tags->text());
    settings.setValue(QStringLiteral("skipTags"), m_skipTags->text());
    // Extra vars with a secret-looking name (a password) are not written to the settings file.
    const bool secret = core::jobs::maskedExtraVars(options.extraVars) != options.extraVars;
    settings.setValue(QStringLiteral("extraVars"), secret ? QString() : m_extraVars->toPlainText());
}

AnsibleRunDialog::~AnsibleRunDialog() = default;

void AnsibleRunDialog::createWidgets()
{
    auto *form = new QFormLayout;
    addTargetRows(form);
    addOptionRows(form);
    m_error = named<QLabel>(this, "errorLabel");
    m_error->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *run = m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    run->setObjectName(QStringLiteral("runButton"));
    run->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnsibleRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void AnsibleRunDialog::addTargetRows(QFormLayout *form)
{
    m_playbook = named<QComboBox>(this, "playbook");
    m_inventory = named<QComboBox>(this, "inventory");
    form->addRow(tr("&Playbook:"), pathRow(m_playbook, tr("Playbooks (*.yml *.yaml);;All files (*)")));
    form->addRow(tr("&Inventory:"), pathRow(m_inventory, tr("Inventories (*.yml *.yaml *.ini *.cfg hosts);;All files (*)")));
    m_limit = named<QLineEdit>(this, "limit");
    m_limit->setPlaceholderText(tr("every host of the play"));
    m_limit->setToolTip(tr("A host pattern; tick groups and hosts below or type one (web*:!web3)"));
    form->addRow(tr("&Limit:"), m_limit);
    m_limitList = named<QListWidget>(this, "limitList");
    m_limitList->setMinimumHeight(120);
    form->addRow(QString(), m_limitList);
    m_inventoryStatus = named<QLabel>(this, "inventoryStatus");
    form->addRow(QString(), m_inventoryStatus);
}

void AnsibleRunDialog::addOptionRows(QFormLayout *form)
{
    m_tags = named<QLineEdit>(this, "tags");
    m_skipTags = named<QLineEdit>(this, "skipTags");
    m_tags->setToolTip(tr("Separated by commas"));
    m_skipTags->setToolTip(tr("Separated by commas"));
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Skip tags:"), m_skipTags);
    m_extraVars = named<QPlainTextEdit>(this, "extraVars");
    m_extraVars->setPlaceholderText(tr("KEY=VALUE, one per line (the value as written), or a JSON object"));
    m_extraVars->setTabChangesFocus(true);
    m_extraVars->setMaximumHeight(100);
    form->addRow(tr("E&xtra vars:"), m_extraVars);
    m_extraVarsError = named<QLabel>(this, "extraVarsError");
    m_extraVarsError->setWordWrap(true);
    form->addRow(QString(), m_extraVarsError);
    m_check = named<QCheckBox>(this, "checkMode");
    m_check->setText(tr("Check mode: report what would change, change nothing (--check)"));
    m_diff = named<QCheckBox>(this, "diffMode");
    m_diff->setText(tr("Show the differences (--diff)"));
    // Reviewing first is the safe default: the review view offers the real run afterwards.
    m_check->setChecked(true);
    m_diff->setChecked(true);
    form->addRow(QString(), m_check);
    form->addRow(QString(), m_diff);
    m_verbosity = named<QSpinBox>(this, "verbosity");
    m_verbosity->setRange(0, 6);
    m_verbosity->setSpecialValueText(tr("normal"));
    m_forks = named<QSpinBox>(this, "forks");
    m_forks->setRange(0, 1000);
    m_forks->setSpecialValueText(tr("Ansible's default"));
    form->addRow(tr("&Verbosity (-v):"), m_verbosity);
    form->addRow(tr("&Forks:"), m_forks);
}

QWidget *AnsibleRunDialog::pathRow(QComboBox *combo, const QString &filter)
{
    combo->setEditable(true);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(combo, 1);
    auto *browse = new QPushButton(tr("Browse…"), row);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, combo, filter] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a File"), comboPath(combo), filter);
        if (!path.isEmpty())
            combo->setCurrentText(path);
    });
    return row;
}

void AnsibleRunDialog::fillCombo(QComboBox *combo, const std::vector<std::string> &paths)
{
    const QDir root(QString::fromStdString(m_workspace.root));
    for (const std::string &path : paths) {
        const QString absolute = QString::fromStdString(path);
        // Shown relative to the workspace, started with the absolute path.
        combo->addItem(m_workspace.root.empty() ? absolute : root.relativeFilePath(absolute), absolute);
    }
}

QString AnsibleRunDialog::comboPath(const QComboBox *combo) const
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    if (index >= 0 && combo->itemData(index).isValid())
        return combo->itemData(index).toString();
    if (text.isEmpty() || QDir::isAbsolutePath(text) || m_workspace.root.empty())
        return text;
    // An inventory may also be a host list ("web1,web2,"): keep what is not a path.
    const QString inWorkspace = QDir(QString::fromStdString(m_workspace.root)).filePath(text);
    return QFileInfo::exists(inWorkspace) ? inWorkspace : text;
}

void AnsibleRunDialog::loadInventory()
{
    const int generation = ++m_inventoryGeneration;
    m_inventoryLoaded = false;
    m_limitList->clear();
    const QString inventory = comboPath(m_inventory);
    if (inventory.isEmpty()) {
        m_inventoryStatus->setText(tr("No inventory chosen."));
        validate();
        return;
    }
    m_inventoryStatus->setText(tr("Reading the inventory…"));
    core::inventory::LoadOptions loadOptions;
    if (const QString playbook = comboPath(m_playbook); !playbook.isEmpty())
        loadOptions.playbookDir = QFileInfo(playbook).absolutePath().toStdString();
    // An inventory folder can be large: read it off the GUI thread and drop stale answers.
    auto *watcher = new QFutureWatcher<core::util::Result<core::inventory::Inventory>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_inventoryGeneration)
            showInventory(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = inventory.toStdString(), loadOptions] {
        return core::inventory::loadInventory(path, loadOptions);
    }));
    validate();
}

void AnsibleRunDialog::showInventory(const core::util::Result<core::inventory::Inventory> &inventory)
{
    m_inventoryLoaded = true;
    if (!inventory) {
        m_inventoryStatus->setText(tr("Cannot read the inventory: %1").arg(errorText(inventory.error())));
        Q_EMIT inventoryLoaded();
        return;
    }
    const QSignalBlocker blocker(m_limitList);
    for (const core::inventory::Group &group : inventory->groups) {
        const std::vector<std::string> hosts = inventory->hostsOf(group.name);
        // `all` is what no limit means; an empty `ungrouped` is noise.
        if (group.name == "all" || hosts.empty())
            continue;
        auto *item = new QListWidgetItem(QString::fromStdString(group.name), m_limitList);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        item->setToolTip(tr("Group of %n host(s)", nullptr, int(hosts.size())));
    }
    for (const core::inventory::Host &host : inventory->hosts)
        new QListWidgetItem(QString::fromStdString(host.name), m_limitList);
    for (int row = 0; row < m_limitList->count(); ++row) {
        QListWidgetItem *item = m_limitList->item(row);
        item->setData(s_nameRole, item->text());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    limitEdited(m_limit->text());  // tick what is typed already
    m_inventoryStatus->setText(tr("%n host(s)", nullptr, int(inventory->hosts.size()))
                               + (inventory->diagnostics.empty()
                                      ? QString()
                                      : tr(", %n problem(s) reading it", nullptr, int(inventory->diagnostics.size()))));
    Q_EMIT inventoryLoaded();
}

void AnsibleRunDialog::limitItemChanged()
{
    // Patterns typed by hand (web*, !b303a-ws01) stay; listed names follow their tick boxes.
    QSet<QString> listed;
    QStringList checked;
    for (int row = 0; row < m_limitList->count(); ++row) {
        const QListWidgetItem *item = m_limitList->item(row);
        listed.insert(item->data(s_nameRole).toString());
        if (item->checkState() == Qt::Checked)
            checked << item->data(s_nameRole).toString();
    }
    QStringList tokens;
    for (const QString &token : core::jobs::limitPatterns(m_limit->text()))
        if (!listed.contains(token))
            tokens << token;
    m_limit->setText((tokens + checked).join(QLatin1Char(',')));
}

void AnsibleRunDialog::limitEdited(const QString &text)
{
    const QStringList tokens = core::jobs::limitPatterns(text);
    const QSet<QString> names(tokens.begin(), tokens.end());
    const QSignalBlocker blocker(m_limitList);
    for (int row = 0; row < m_limitList->count(); ++row) {
        QListWidgetItem *item = m_limitList->item(row);
        item->setCheckState(names.contains(item->data(s_nameRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

core::util::Result<QVariantMap> AnsibleRunDialog::parseExtraVars(const QString &text)
{
    QVariantMap vars;
    if (text.trimmed().startsWith(QLatin1Char('{'))) {
        if (const core::util::Result<void> added = core::jobs::addExtraVars(vars, text.trimmed()); !added)
            return added.error();
        return vars;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // Only the left side is trimmed: the value is taken exactly as written.
        const qsizetype start = std::find_if(line.cbegin(), line.cend(), [](QChar c) { return !c.isSpace(); }) - line.cbegin();
        line = line.mid(start);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (const core::util::Result<void> added = core::jobs::addExtraVars(vars, line); !added)
            return core::util::makeErrorAt(
                added.error().code, added.error().detail, core::util::TextPosition::in({}, int(i + 1)));
    }
    return vars;
}

core::util::Result<core::jobs::AnsibleRunOptions> AnsibleRunDialog::options() const
{
    core::jobs::AnsibleRunOptions options;
    options.playbook = comboPath(m_playbook);
    options.inventory = comboPath(m_inventory);
    options.limit = m_limit->text().trimmed();
    options.tags = splitList(m_tags->text());
    options.skipTags = splitList(m_skipTags->text());
    core::util::Result<QVariantMap> vars = parseExtraVars(m_extraVars->toPlainText());
    if (!vars) {
        core::util::TextPosition where = vars.error().position;
        where.file = tr("extra vars").toStdString(); // the text's name, worded like a file's
        return core::util::makeErrorAt(vars.error().code, vars.error().detail, where);
    }
    options.extraVars = *vars;
    options.check = m_check->isChecked();
    options.diff = m_diff->isChecked();
    options.verbosity = m_verbosity->value();
    options.forks = m_forks->value();
    if (const core::util::Result<void> valid = options.validate(); !valid)
        return valid.error();
    return options;
}

void AnsibleRunDialog::validate()
{
    const core::util::Result<QVariantMap> vars = parseExtraVars(m_extraVars->toPlainText());
    m_extraVarsError->setText(vars ? QString() : errorText(vars.error()));
    m_extraVarsError->setVisible(!vars);
    const bool complete = !comboPath(m_playbook).isEmpty() && !comboPath(m_inventory).isEmpty();
    m_buttons->findChild<QPushButton *>(QStringLiteral("runButton"))->setEnabled(vars.ok() && complete);
    m_error->clear();
}

void AnsibleRunDialog::accept()
{
    const core::util::Result<core::jobs::AnsibleRunOptions> chosen = options();
    if (!chosen) {
        m_error->setText(errorText(chosen.error()));
        return;
    }
    remember(*chosen);
    Q_EMIT runRequested(*chosen);
    QDialog::accept();
}

} // namespace ui
