// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/channelfetchpanel.h"

#include "core/channel/channelfetch.h"
#include "core/channel/shardedfetcher.h"
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
    m_loadAll = new QPushButton(tr("Load &All Packages"), this);
    m_loadAll->setObjectName(QStringLiteral("loadAll"));
    m_loadAll->setToolTip(tr("Sharded channels load a package's records when it is opened or solved for; "
                             "this loads every record of every channel (a large download)"));
    m_loadAll->setVisible(false);
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
    buttons->addWidget(m_loadAll);
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
    connect(m_loadAll, &QPushButton::clicked, this, &ChannelFetchPanel::loadEverything);
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
    connect(context, &WorkspaceContext::namesProgress, this, [this](int done, int known) {
        m_state->setText(tr("Fetching package shards… %1 of %2").arg(done).arg(known));
    });
    m_loadAll->setVisible(context->hasShardedChannels());
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

void ChannelFetchPanel::loadEverything()
{
    fetchChannels(core::channel::CacheMode::Use, Scope::Everything);
}

bool ChannelFetchPanel::fetchChannels(core::channel::CacheMode mode, Scope scope)
{
    if (m_fetcher || !m_context || m_channels.empty())
        return false;
    core::channel::FetchOptions options = m_fetchOptions;
    options.cacheMode = mode;
    options.sslVerifyOff = m_sslVerifyOff;
    m_scope = scope;
    m_fetcher = new core::channel::ChannelFetch(options, this);
    // The database holds flat channels whole, so what their records need is followed into the shards.
    m_fetcher->setFollowEveryFlatRecord(true);
    const auto requests = core::channel::RepodataFetcher::requestsFor(m_channels, m_context->platform().toStdString());
    connect(m_fetcher, &core::channel::ChannelFetch::bytesProgress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progressBar->setRange(0, 1000);
            m_progressBar->setValue(int(std::min<qint64>(1000, received * 1000 / total)));
        }
        m_state->setText(tr("Fetching repodata… %1").arg(core::util::sizeText(received, QLocale())));
    });
    connect(m_fetcher, &core::channel::ChannelFetch::shardProgress, this, [this](int done, int known) {
        m_progressBar->setRange(0, std::max(1, known));
        m_progressBar->setValue(done);
        m_state->setText(tr("Fetching package shards… %1 of %2").arg(done).arg(known));
    });
    connect(m_fetcher, &core::channel::ChannelFetch::finished, this, &ChannelFetchPanel::onFetchFinished);
    for (std::size_t i = 0; i < m_channelModel->channels().size(); ++i) {
        ChannelStatus row = m_channelModel->channels()[i];
        row.state = State::Loading;
        row.message.clear();
        m_channelModel->setChannel(int(i), std::move(row));
    }
    m_progressBar->setRange(0, 0); // busy until the first progress
    m_progressBar->setVisible(true);
    m_refresh->setEnabled(false);
    m_loadAll->setEnabled(false);
    m_cancel->setEnabled(true);
    m_state->setText(tr("Fetching repodata of %n subdir(s)…", nullptr, int(requests.size())));
    if (scope == Scope::Everything)
        m_fetcher->fetch(requests, std::nullopt);
    else
        m_fetcher->fetch(requests, std::vector<std::string> {});
    return true;
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
    m_loadAll->setEnabled(true);
    m_cancel->setEnabled(false);
}

void ChannelFetchPanel::onFetchFinished(const std::vector<SubdirResult> &results)
{
    // What the sharded path did, read before the fetcher goes.
    const std::vector<core::channel::ShardedSubdirResult> shardResults
        = m_scope == Scope::AsNeeded ? m_fetcher->shardResults() : std::vector<core::channel::ShardedSubdirResult> {};
    const std::set<std::string> followed = m_fetcher->followedNames();
    fetchEnded();

    std::vector<SubdirResult> usable; // subdirs with data; a failed one may still have its older copy
    std::vector<std::string> skipped;
    bool cancelled = false;
    for (std::size_t i = 0; i < m_channels.size(); ++i) {
        std::vector<SubdirResult> mine;
        std::size_t shardNames = 0;
        for (std::size_t k = 0; k < results.size(); ++k) {
            if (!(results[k].request.channel == m_channels[i]))
                continue;
            mine.push_back(results[k]);
            if (k < shardResults.size() && shardResults[k].sharded)
                shardNames += shardResults[k].indexNames;
        }
        ChannelStatus status
            = statusFromFetch(databaseName(m_channels[i]), QString::fromStdString(m_channels[i].url()), mine);
        if (shardNames > 0 && status.message.isEmpty())
            status.message = tr("sharded: %n package name(s); a package's records are fetched when it is opened or "
                                "solved for",
                nullptr, int(shardNames));
        m_channelModel->setChannel(int(i), std::move(status));
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
    // The sharded subdirs grow as pages ask for names; their index names are listed at once.
    std::vector<WorkspaceContext::ShardedSubdir> sharded;
    core::channel::ShardedFetcher indexReader(core::channel::shardedOptions(m_fetchOptions));
    for (std::size_t k = 0; k < shardResults.size() && k < results.size(); ++k) {
        if (!shardResults[k].sharded || results[k].jsonPath.empty())
            continue;
        const auto &request = results[k].request;
        const auto source = std::find_if(sources->begin(), sources->end(), [&](const auto &s) {
            return s.channelUrl == request.channel.url(core::channel::WithToken::Yes) && s.subdir == request.subdir;
        });
        if (source == sources->end())
            continue;
        WorkspaceContext::ShardedSubdir subdir { request, *source, {} };
        if (const auto index = indexReader.cachedIndex(request))
            for (const auto &[name, hash] : index->shards)
                subdir.indexNames.push_back(name);
        sharded.push_back(std::move(subdir));
    }
    m_loadAll->setVisible(!sharded.empty());
    if (m_context) {
        core::channel::FetchOptions options = m_fetchOptions;
        options.sslVerifyOff = m_sslVerifyOff;
        m_context->loadSources(std::move(*sources), std::move(skipped), std::move(sharded), followed, options);
    }
    Q_EMIT fetchFinished();
}

} // namespace ui
