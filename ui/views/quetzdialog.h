// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/quetzclient.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ui {

/**
 * "Add Quetz Channel": lists the channels of a Quetz server (GET /api/channels, in the background)
 * and adds the chosen one to the workspace's deploydeck.yml (SERVER/get/CHANNEL, lowest priority),
 * editing the file in place and atomically. The API key comes from $QUETZ_API_KEY or a key file
 * only its owner can read; it is sent as X-API-Key and never shown.
 */
class QuetzDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuetzDialog)
public:
    /** @p workspaceFile: the deploydeck.yml the channel is added to. */
    explicit QuetzDialog(QString workspaceFile, QWidget *parent = nullptr);
    ~QuetzDialog() override;

    /** The channel URL that was added (after accept()). */
    const QString &addedChannel() const { return m_added; }

    // The parts, for tests.
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QPushButton *listButton() const { return m_list; }
    QTreeWidget *channelList() const { return m_channels; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *addButton() const;

public Q_SLOTS:
    /** Asks the server for its channels; channelsShown() follows. */
    void listChannels();

Q_SIGNALS:
    /** The list shows the server's answer (channels or an error in the state label). */
    void channelsShown();

private:
    void onListed(const core::channel::QuetzChannelList &result);
    void addSelected();
    void updateButtons();

    QString m_workspaceFile;
    QString m_added;
    QString m_listedServer;  ///< the server the list shows, normalised
    QPointer<core::channel::QuetzClient> m_client;
    QLineEdit *m_server;
    QLineEdit *m_keyFile;
    QPushButton *m_list;
    QTreeWidget *m_channels;
    QLabel *m_state;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
