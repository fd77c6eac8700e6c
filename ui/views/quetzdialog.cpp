// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/quetzdialog.h"
#include "core/util/qtext.h"
#include "ui/diagnostictext.h"

#include "core/envfile/workspaceedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

using core::util::qs;

QString normalisedServer(QString server)
{
    server = server.trimmed();
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    return server;
}

} // namespace

QuetzDialog::QuetzDialog(QString workspaceFile, QWidget *parent)
    : QDialog(parent)
    , m_workspaceFile(std::move(workspaceFile))
    , m_server(new QLineEdit(this))
    , m_keyFile(new QLineEdit(this))
    , m_list(new QPushButton(tr("&List Channels"), this))
    , m_channels(new QTreeWidget(this))
    , m_state(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Quetz Channel"));
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(tr("https://quetz.example.org"));
    m_server->setAccessibleName(tr("Quetz server"));
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setPlaceholderText(tr("optional; else $QUETZ_API_KEY"));
    m_keyFile->setAccessibleName(tr("API key file"));
    m_keyFile->setToolTip(tr("A file holding the API key, readable only by you (mode 0600)"));
    m_list->setObjectName(QStringLiteral("list"));
    m_channels->setObjectName(QStringLiteral("quetzChannels"));
    m_channels->setAccessibleName(tr("Channels of the server"));
    m_channels->setRootIsDecorated(false);
    m_channels->setHeaderLabels({tr("Channel"), tr("Access"), tr("Description")});
    m_channels->header()->setStretchLastSection(true);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *add = m_buttons->addButton(tr("&Add to Workspace"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("add"));

    auto *form = new QFormLayout;
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_list);
    form->addRow(tr("&Server:"), serverRow);
    form->addRow(tr("API &key file:"), m_keyFile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_channels, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_buttons);
    resize(560, 380);

    connect(m_list, &QPushButton::clicked, this, &QuetzDialog::listChannels);
    connect(m_server, &QLineEdit::returnPressed, this, &QuetzDialog::listChannels);
    connect(m_server, &QLineEdit::textChanged, this, &QuetzDialog::updateButtons);
    connect(m_channels, &QTreeWidget::currentItemChanged, this, &QuetzDialog::updateButtons);
    connect(m_channels, &QTreeWidget::itemActivated, this, &QuetzDialog::addSelected);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QuetzDialog::addSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QuetzDialog::~QuetzDialog() = default;

QPushButton *QuetzDialog::addButton() const
{
    return m_buttons->findChild<QPushButton *>(QStringLiteral("add"));
}

void QuetzDialog::listChannels()
{
    const QString server = normalisedServer(m_server->text());
    if (!server.startsWith(QLatin1String("http://")) && !server.startsWith(QLatin1String("https://"))) {
        m_state->setText(tr("The server must be an http:// or https:// URL."));
        Q_EMIT channelsShown();
        return;
    }
    core::channel::QuetzApiKeySource source;
    source.file = m_keyFile->text().trimmed().toStdString();
    auto key = core::channel::readQuetzApiKey(source);
    if (!key) {
        m_state->setText(tr("Cannot use the API key: %1").arg(DiagnosticText::errorText(key.error())));
        Q_EMIT channelsShown();
        return;
    }
    if (m_client)
        m_client->deleteLater();  // its answer, if any, is no longer wanted
    m_channels->clear();
    m_listedServer = server;
    m_client = new core::channel::QuetzClient(server.toStdString(), *key, this);
    connect(m_client, &core::channel::QuetzClient::channelsListed, this, &QuetzDialog::onListed);
    m_state->setText(tr("Asking %1 for its channels…").arg(server));
    m_list->setEnabled(false);
    m_client->listChannels();
}

void QuetzDialog::onListed(const core::channel::QuetzChannelList &result)
{
    if (sender() != m_client)
        return;
    m_client->deleteLater();
    m_client.clear();
    if (result.error) {
        m_state->setText(tr("Could not list the channels: %1").arg(DiagnosticText::errorText(*result.error)));
    } else {
        for (const auto &c : result.channels) {
            auto *item = new QTreeWidgetItem(m_channels);
            item->setText(0, qs(c.name));
            item->setText(1, c.isPrivate ? tr("private") : tr("public"));
            item->setText(2, c.mirrorMode.empty() ? qs(c.description)
                                                  : tr("%1 (%2 of %3)").arg(qs(c.description), qs(c.mirrorMode),
                                                                             qs(c.mirrorChannelUrl)));
        }
        if (m_channels->topLevelItemCount() > 0)
            m_channels->setCurrentItem(m_channels->topLevelItem(0));
        m_state->setText(tr("%n channel(s) on %1", nullptr, int(result.channels.size())).arg(m_listedServer));
    }
    updateButtons();
    Q_EMIT channelsShown();
}

void QuetzDialog::addSelected()
{
    const QTreeWidgetItem *item = m_channels->currentItem();
    if (!item)
        return;
    const std::string url = core::channel::quetzChannelUrl(m_listedServer.toStdString(), item->text(0).toStdString());
    auto ws = core::envfile::addWorkspaceChannel(m_workspaceFile.toStdString(), url);
    if (!ws) {
        m_state->setText(tr("Could not add the channel: %1").arg(DiagnosticText::errorText(ws.error())));
        return;
    }
    m_added = qs(url);
    accept();
}

void QuetzDialog::updateButtons()
{
    if (QPushButton *add = addButton())
        add->setEnabled(m_channels->currentItem() != nullptr);
    m_list->setEnabled(!m_server->text().trimmed().isEmpty() && !m_client);
}

} // namespace ui
