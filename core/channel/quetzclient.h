// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>

#include <optional>
#include <string>
#include <vector>

class QNetworkAccessManager;

namespace core::channel {

/** One channel of a Quetz server, as GET /api/channels describes it. */
struct QuetzChannel
{
    std::string name;
    std::string description;
    bool isPrivate = false;
    std::string mirrorChannelUrl;  ///< empty unless a proxy/mirror channel
    std::string mirrorMode;        ///< "proxy", "mirror" or empty

    bool operator==(const QuetzChannel &) const = default;
};

/** The answer of QuetzClient::listChannels(): the channels, or the error. */
struct QuetzChannelList
{
    std::vector<QuetzChannel> channels;
    std::optional<util::Error> error;

    bool operator==(const QuetzChannelList &) const = default;
};

/** Where a Quetz API key is looked for: the environment variable first, then the file. */
struct QuetzApiKeySource
{
    std::string environmentVariable = "QUETZ_API_KEY";
    std::string file;  ///< optional; must be a regular file only its owner can read (0600 or 0400)
};

/**
 * The API key per @p source; empty when neither gives one (anonymous access). A key file readable
 * or writable by group or others is refused (InvalidValue, naming the file and its mode) before it
 * is read; a missing file is FileNotFound. The key itself is never part of an error.
 */
[[nodiscard]] util::Result<std::string> readQuetzApiKey(const QuetzApiKeySource &source);

/** "<server>/get/<channel>", the channel URL conda and deploydeck use for a Quetz channel. */
std::string quetzChannelUrl(const std::string &server, const std::string &channel);

/**
 * Parses the body of GET /api/channels: a JSON array of channel objects (or a paginated
 * {"result": [...]}). ParseError / InvalidValue carry @p location.
 */
[[nodiscard]] util::Result<std::vector<QuetzChannel>> parseQuetzChannels(const QByteArray &json,
                                                                         const std::string &location);

/**
 * A small client of a Quetz server's REST API. The API key goes only into the X-API-Key header,
 * redirects are followed only within the same origin (so the key never travels to another host),
 * and neither the key nor a token is logged. Lives in its creator's thread; never blocks it.
 */
class QuetzClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuetzClient)

public:
    /** @p server: "https://host[:port][/prefix]"; @p apiKey may be empty. */
    explicit QuetzClient(std::string server, std::string apiKey = {}, QObject *parent = nullptr);

    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    const std::string &server() const { return m_server; }

    /** Starts GET /api/channels; channelsListed() follows. */
    void listChannels();

Q_SIGNALS:
    void channelsListed(const core::channel::QuetzChannelList &result);

private:
    std::string m_server;
    std::string m_apiKey;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_network;
};

} // namespace core::channel

Q_DECLARE_METATYPE(core::channel::QuetzChannelList)
