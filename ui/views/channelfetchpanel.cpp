// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/channelfetchpanel.h"

#include "core/solve/channelsources.h"
#include "core/sync/workspacechannels.h"
#include "core/util/qtext.h"
#include "core/util/secrets.h"
#include "ui/diagnostictext.h"
#include "ui/models/channelstatusmodel.h"
#include "ui/workspacecontext.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

using core::channel::Channel;
using core::channel::SubdirResult;
using State = ChannelStatus::State;

namespace {

/**
 * The name records of @p channel carry in the database: a local channel's folder name (as
 * WorkspaceContext loads local channels), otherwise the channel's canonical name.
 */
QString databaseName(const Channel &channel)
{
    if (channel.isLocal())
        return QFileInfo(QString::fromStdString(channel.localPath())).fileName();
    return QString::fromStdString(channel.name());
}

/** Seconds since the newest repodata.json of a local channel's subdirs changed; -1 when there is none. */
qint64 localAge(const Channel &channel, const QString &platform)
{
    const QDir folder(QString::fromStdString(channel.localPath()));
    QDateTime newest;
    for (const QString &subdir : { platform, QStringLiteral("noarch") }) {
        const QFileInfo info(folder.filePath(subdir + QStringLiteral("/repodata.json")));
        if (info.exists() && (!newest.isValid() || info.lastModified() > newest))
            newest = info.lastModified();
    }
    return newest.isValid() ? std::max<qint64>(0, newest.secsTo(QDateTime::currentDateTime())) : -1;
}

} // namespace

ChannelFetchPanel::ChannelFetchPanel(QWidget *parent)
    : QWidget(parent)
    , m_channelModel(new ChannelStatusModel(this))
{
    setObjectName(QStringLiteral("channelFetchPanel"));
    m_channelView = new QTreeView(this);
    m_channelView->setObjectName(QStringLiteral("channels"));
    m_channelView->setModel(m_channelModel);
    m_channelView->setRootIsDecorated(false);
    m_channelView->setUniformRowHeights(true);
    m_channelView->setAccessibleName(tr("Channels"));
    m_channelView->header()->setStretchLastSection(true);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setToolTip(tr("Download the repodata of remote channels again and re-read local ones (F5)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progress"));
    m_progressBar->setVisible(false);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    m_tlsWarning = new QLabel(this);
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setTextFormat(Qt::PlainText);
    m_tlsWarning->setVisible(false);
    auto *addQuetz = new QPushButton(tr("Add &Quetz…"), this);
    addQuetz->setObjectName(QStringLiteral("addQuetz"));
    addQuetz->setToolTip(tr("List the channels of a Quetz server and add one to the workspace (Ctrl+Shift+Q)"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_cancel);
    buttons->addWidget(addQuetz);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_channelView, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top, 1);
    layout->addWidget(m_tlsWarning);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_state);
    connect(m_refresh, &QPushButton::clicked, this, &ChannelFetchPanel::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &ChannelFetchPanel::cancelFetch);
    connect(addQuetz, &QPushButton::clicked, this, &ChannelFetchPanel::addQuetzRequested);
}

ChannelFetchPanel::~ChannelFetchPanel() = default;

void ChannelFetchPanel::setContext(WorkspaceContext *context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    abandonFetch();
    m_context = context;
    if (!context)
        return;
    connect(context, &WorkspaceContext::channelsLoading, this, [this] { m_state->setText(tr("Loading channels…")); });
    connect(context, &WorkspaceContext::channelsFailed, this,
        [this](const QString &, const QString &error) { onChannelsFailed(error); });
}

void ChannelFetchPanel::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_workspacePlatform = QString::fromStdString(workspace.platform);
    m_channels.clear();
    // TLS verification stays on unless the workspace turns it off for a channel; then say so.
    m_sslVerifyOff = core::sync::sslVerifyOffUrls(workspace);
    QStringList insecure;
    for (const core::envfile::WorkspaceChannel &c : workspace.channels)
        if (c.sslVerify == core::envfile::SslVerify::No)
            insecure << QString::fromStdString(core::util::maskSecrets(c.name));
    m_tlsWarning->setText(tr("⚠ TLS certificate verification is off for %1 (ssl_verify: false in deploydeck.yml): "
                             "anyone on the network path can change what these channels serve.")
                              .arg(insecure.join(QStringLiteral(", "))));
    m_tlsWarning->setVisible(!insecure.isEmpty());
    auto channels = core::channel::resolveChannels(core::sync::channelConfig(&workspace));
    if (!channels)
        m_state->setText(
            tr("The workspace's channels are not valid: %1").arg(DiagnosticText::errorText(channels.error())));
    else
        m_channels = std::move(*channels);
    resetChannelRows();
    // The workspace context loads local channels only; remote ones come from the repodata cache,
    // checked with the server as conda does (max-age, conditional requests).
    if (std::any_of(m_channels.begin(), m_channels.end(), [](const Channel &c) { return !c.isLocal(); }))
        fetchChannels(core::channel::CacheMode::Use);
}

void ChannelFetchPanel::setBrowseIndex(std::shared_ptr<const core::channel::BrowseIndex> index)
{
    m_index = std::move(index);
    updateChannelRecords();
}

void ChannelFetchPanel::setStateText(const QString &text)
{
    m_state->setText(text);
}

void ChannelFetchPanel::resetChannelRows()
{
    std::vector<ChannelStatus> rows;
    for (const Channel &c : m_channels) {
        ChannelStatus row { databaseName(c), QString::fromStdString(c.url()), State::Pending, -1, -1, {}, {} };
        if (c.isLocal() && m_context)
            row.state = m_context->isLoaded() ? State::Loaded : State::Loading;
        else if (!c.isLocal())
            row.message = tr("not fetched yet: press Refresh");
        rows.push_back(std::move(row));
    }
    m_channelModel->setChannels(std::move(rows));
    updateChannelRecords();
}

void ChannelFetchPanel::updateChannelRecords()
{
    const QString platform = m_context ? m_context->platform() : m_workspacePlatform;
    for (std::size_t i = 0; i < m_channels.size() && i < m_channelModel->channels().size(); ++i) {
        ChannelStatus row = m_channelModel->channels()[i];
        if (m_index && m_channels[i].isLocal() && (row.state == State::Loading || row.state == State::Pending)) {
            row.state = State::Loaded; // loaded by the workspace context, not fetched here
            row.ageSeconds = localAge(m_channels[i], platform);
            row.subdirs = { platform, QStringLiteral("noarch") };
        }
        if (m_index) {
            const auto &perChannel = m_index->recordsPerChannel();
            const auto found = perChannel.find(databaseName(m_channels[i]).toStdString());
            if (found != perChannel.end())
                row.records = qint64(found->second);
            else if (row.state != State::Error && row.state != State::Pending)
                row.records = 0;
        }
        m_channelModel->setChannel(int(i), std::move(row));
    }
}

void ChannelFetchPanel::onChannelsFailed(const QString &error)
{
    m_state->setText(tr("Loading the channels failed: %1").arg(error));
    for (std::size_t i = 0; i < m_channels.size(); ++i) {
        ChannelStatus row = m_channelModel->channels()[i];
        if (m_channels[i].isLocal() && row.state == State::Loading) {
            row.state = State::Error;
            row.message = error;
            m_channelModel->setChannel(int(i), std::move(row));
        }
    }
}

void ChannelFetchPanel::refresh()
{
    fetchChannels(core::channel::CacheMode::Refresh);
}

void ChannelFetchPanel::cancelFetch()
{
    if (m_fetcher)
        m_fetcher->cancel();
}

bool ChannelFetchPanel::fetchChannels(core::channel::CacheMode mode)
{
    if (m_fetcher || !m_context || m_channels.empty())
        return false;
    core::channel::FetchOptions options = m_fetchOptions;
    options.cacheMode = mode;
    options.sslVerifyOff = m_sslVerifyOff;
    m_fetcher = new core::channel::RepodataFetcher(options, this);
    const auto requests = core::channel::RepodataFetcher::requestsFor(m_channels, m_context->platform().toStdString());
    m_progress.assign(requests.size(), { 0, -1 });
    connect(m_fetcher, &core::channel::RepodataFetcher::progress, this, &ChannelFetchPanel::onFetchProgress);
    connect(m_fetcher, &core::channel::RepodataFetcher::subdirFinished, this,
        [this](int index, const SubdirResult &) { onFetchProgress(index, 1, 1); });
    connect(m_fetcher, &core::channel::RepodataFetcher::finished, this, &ChannelFetchPanel::onFetchFinished);
    for (std::size_t i = 0; i < m_channelModel->channels().size(); ++i) {
        ChannelStatus row = m_channelModel->channels()[i];
        row.state = State::Loading;
        row.message.clear();
        m_channelModel->setChannel(int(i), std::move(row));
    }
    m_progressBar->setRange(0, int(requests.size()) * 1000);
    m_progressBar->setValue(0);
    m_progressBar->setVisible(true);
    m_refresh->setEnabled(false);
    m_cancel->setEnabled(true);
    m_state->setText(tr("Fetching repodata of %n subdir(s)…", nullptr, int(requests.size())));
    m_fetcher->fetch(requests);
    return true;
}

void ChannelFetchPanel::onFetchProgress(int index, qint64 received, qint64 total)
{
    if (index < 0 || std::size_t(index) >= m_progress.size())
        return;
    m_progress[std::size_t(index)] = { received, total };
    qint64 done = 0;
    qint64 bytes = 0;
    for (const auto &[r, t] : m_progress) {
        done += t > 0 ? std::min<qint64>(1000, r * 1000 / t) : 0;
        bytes += t > 1 ? r : 0;
    }
    m_progressBar->setValue(int(done));
    if (bytes > 0)
        m_state->setText(tr("Fetching repodata… %1").arg(core::util::sizeText(bytes, QLocale())));
}

void ChannelFetchPanel::abandonFetch()
{
    if (!m_fetcher)
        return;
    disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher->cancel();
    fetchEnded();
}

void ChannelFetchPanel::fetchEnded()
{
    m_fetcher->deleteLater();
    m_fetcher = nullptr;
    m_progressBar->setVisible(false);
    m_refresh->setEnabled(true);
    m_cancel->setEnabled(false);
}

void ChannelFetchPanel::onFetchFinished(const std::vector<SubdirResult> &results)
{
    fetchEnded();

    std::vector<SubdirResult> usable; // subdirs with data; a failed one may still have its older copy
    std::vector<std::string> skipped;
    bool cancelled = false;
    for (std::size_t i = 0; i < m_channels.size(); ++i) {
        std::vector<SubdirResult> mine;
        for (const SubdirResult &r : results)
            if (r.request.channel == m_channels[i])
                mine.push_back(r);
        m_channelModel->setChannel(
            int(i), statusFromFetch(databaseName(m_channels[i]), QString::fromStdString(m_channels[i].url()), mine));
        const auto before = usable.size();
        for (const SubdirResult &r : mine) {
            cancelled = cancelled || r.status == core::channel::FetchStatus::Cancelled;
            if (!r.jsonPath.empty() && r.status != core::channel::FetchStatus::Cancelled)
                usable.push_back(r);
        }
        if (usable.size() == before)
            skipped.push_back(m_channels[i].name());
    }
    if (cancelled) {
        m_state->setText(tr("Fetching was cancelled; the channels loaded before stay."));
        Q_EMIT fetchFinished();
        return;
    }
    std::vector<std::string> warnings;
    auto sources = core::solve::sourcesFromFetch(usable, warnings);
    if (!sources) {
        m_state->setText(tr("Cannot use the fetched channels: %1").arg(DiagnosticText::errorText(sources.error())));
        Q_EMIT fetchFinished();
        return;
    }
    for (auto &source : *sources) {
        if (source.channelUrl.starts_with("file://")) // name local channels as WorkspaceContext does
            source.channel
                = QFileInfo(QUrl(QString::fromStdString(source.channelUrl)).toLocalFile()).fileName().toStdString();
    }
    if (m_context)
        m_context->loadSources(std::move(*sources), std::move(skipped));
    Q_EMIT fetchFinished();
}

} // namespace ui
