// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/channelstatusmodel.h"

#include "ui/diagnostictext.h"
#include <QTextDocument>

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace ui {

using core::channel::FetchStatus;
using core::channel::SubdirResult;
using State = ChannelStatus::State;

namespace {

State stateOf(FetchStatus status)
{
    switch (status) {
    case FetchStatus::Updated:
    case FetchStatus::Local: return State::Loaded;
    case FetchStatus::Fresh:
    case FetchStatus::Cached: return State::Cached;
    case FetchStatus::Offline: return State::Offline;
    case FetchStatus::Failed:
    case FetchStatus::Cancelled: return State::Error;
    }
    return State::Error;
}

/** Seconds since the data of @p result was confirmed; a local file's age is that of its repodata. */
qint64 ageOf(const SubdirResult &result)
{
    if (result.status != FetchStatus::Local)
        return result.ageSeconds;
    return std::max<qint64>(0, QDateTime::currentSecsSinceEpoch() - result.state.mtimeNs / 1000000000);
}

bool isMissingLocalSubdir(const SubdirResult &result)
{
    return result.request.channel.isLocal() && result.error && result.error->code == core::util::ErrorCode::FileNotFound;
}

} // namespace

ChannelStatus statusFromFetch(const QString &name, const QString &url, const std::vector<SubdirResult> &results)
{
    ChannelStatus status{name, url, State::Pending, -1, -1, {}, {}};
    QStringList messages;
    for (const SubdirResult &r : results) {
        if (isMissingLocalSubdir(r))
            continue;
        status.state = std::max(status.state, stateOf(r.status));
        if (!r.jsonPath.empty()) {
            status.subdirs << QString::fromStdString(r.request.subdir);
            status.ageSeconds = std::max(status.ageSeconds, ageOf(r));
            if (r.state.records >= 0)
                status.records = std::max<qint64>(status.records, 0) + r.state.records;
        }
        if (r.error) {
            const QString message = DiagnosticText::errorText(*r.error);
            messages << (r.jsonPath.empty()
                             ? message
                             : ChannelStatusModel::tr("%1 (showing the copy from %2 ago)")
                                   .arg(message, ChannelStatusModel::ageText(r.ageSeconds)));
        }
    }
    if (status.state == State::Pending && !results.empty()) {
        // Every subdir is missing: a local channel folder without any repodata.
        status.state = State::Error;
        messages << DiagnosticText::errorText(*results.front().error);
    }
    status.message = messages.join(QLatin1String("; "));
    return status;
}

ChannelStatusModel::ChannelStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ChannelStatusModel::~ChannelStatusModel() = default;

void ChannelStatusModel::setChannels(std::vector<ChannelStatus> channels)
{
    beginResetModel();
    m_channels = std::move(channels);
    endResetModel();
}

void ChannelStatusModel::setChannel(int row, ChannelStatus status)
{
    if (row < 0 || row >= rowCount() || m_channels[std::size_t(row)] == status)
        return;
    m_channels[std::size_t(row)] = std::move(status);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString ChannelStatusModel::stateText(State state)
{
    switch (state) {
    case State::Pending: return tr("not loaded");
    case State::Loading: return tr("loading…");
    case State::Loaded: return tr("loaded");
    case State::Cached: return tr("cached");
    case State::Offline: return tr("offline");
    case State::Error: return tr("error");
    }
    return {};
}

QString ChannelStatusModel::ageText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n d", nullptr, int(seconds / 86400));
}

int ChannelStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChannelStatus &channel = m_channels[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(channel, index.column());
    case Qt::ToolTipRole:
        // Rich text, so that a long error wraps at the tooltip's width instead of running off the screen.
        return Qt::convertFromPlainText(
            channel.message.isEmpty() ? channel.url : channel.url + u'\n' + channel.message, Qt::WhiteSpaceNormal);
    case Qt::TextAlignmentRole:
        return index.column() == RecordsColumn || index.column() == AgeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                              : QVariant();
    case SortRole:
        if (index.column() == AgeColumn)
            return channel.ageSeconds;
        if (index.column() == RecordsColumn)
            return channel.records;
        if (index.column() == StatusColumn)
            return int(channel.state);
        return displayData(channel, index.column());
    case StateRole:
        return int(channel.state);
    case UrlRole:
        return channel.url;
    default:
        return {};
    }
}

QVariant ChannelStatusModel::displayData(const ChannelStatus &channel, int column) const
{
    switch (column) {
    case NameColumn: return channel.name;
    case StatusColumn: return stateText(channel.state);
    case AgeColumn: return ageText(channel.ageSeconds);
    case RecordsColumn: return channel.records < 0 ? QString() : QLocale().toString(channel.records);
    case SubdirsColumn: return channel.subdirs.join(QLatin1String(", "));
    case MessageColumn: return channel.message.isEmpty() ? channel.url : channel.message;
    default: return {};
    }
}

QVariant ChannelStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Channel");
    case StatusColumn: return tr("Status");
    case AgeColumn: return tr("Age");
    case RecordsColumn: return tr("Records");
    case SubdirsColumn: return tr("Subdirs");
    case MessageColumn: return tr("URL / message");
    default: return {};
    }
}

} // namespace ui
