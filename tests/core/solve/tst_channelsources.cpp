// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/channelsources.h"

#include <QTest>

using namespace core;

namespace {

channel::SubdirResult result(const channel::Channel &c, const std::string &subdir, const std::string &json,
                             channel::FetchStatus status = channel::FetchStatus::Updated)
{
    channel::SubdirResult r;
    r.request = {c, subdir};
    r.status = status;
    r.jsonPath = json;
    r.url = c.subdirUrl(subdir) + "/repodata.json";
    return r;
}

channel::Channel resolved(const std::string &spec)
{
    auto channels = channel::resolveChannel(spec, {});
    return channels && !channels->empty() ? channels->front() : channel::Channel{};
}

} // namespace

class TestChannelSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prioritiesFollowChannelOrderAndTokensStayInUrls()
    {
        const auto first = resolved("https://conda.example.invalid/t/SECRET123/facility");
        const auto second = resolved("https://conda.example.invalid/conda-forge");
        std::vector<std::string> warnings;
        auto sources = solve::sourcesFromFetch({result(first, "linux-64", "/c/1.json"), result(first, "noarch", "/c/2.json"),
                                                result(second, "linux-64", "/c/3.json"), result(second, "noarch", "/c/4.json")},
                                               warnings);
        QVERIFY(sources.ok());
        QCOMPARE(sources->size(), std::size_t(4));
        QCOMPARE((*sources)[0].priority, 2);
        QCOMPARE((*sources)[1].priority, 2);
        QCOMPARE((*sources)[2].priority, 1);
        QCOMPARE((*sources)[1].subdir, std::string("noarch"));
        QCOMPARE((*sources)[3].path, std::string("/c/4.json"));
        // The token is needed to download packages, so the base URL keeps it; the name never does.
        QVERIFY((*sources)[0].channelUrl.find("SECRET123") != std::string::npos);
        QVERIFY((*sources)[0].channel.find("SECRET123") == std::string::npos);
        QVERIFY(warnings.empty());
    }

    void failureWithoutCacheIsAnError()
    {
        const auto c = resolved("https://conda.example.invalid/conda-forge");
        auto failed = result(c, "linux-64", "", channel::FetchStatus::Failed);
        failed.error = util::makeError(util::ErrorCode::HttpError, "HTTP 500", failed.url);
        std::vector<std::string> warnings;
        auto sources = solve::sourcesFromFetch({failed, result(c, "noarch", "/c/n.json")}, warnings);
        QVERIFY(!sources.ok());
        QCOMPARE(sources.error().code, util::ErrorCode::HttpError);
        QVERIFY(QString::fromStdString(sources.error().location).contains(QLatin1String("linux-64")));
    }

    void failureWithCacheIsAWarning()
    {
        const auto c = resolved("https://conda.example.invalid/conda-forge");
        auto stale = result(c, "linux-64", "/cache/old.json", channel::FetchStatus::Failed);
        stale.error = util::makeError(util::ErrorCode::NetworkError, "connection refused", stale.url);
        stale.ageSeconds = 3600;
        std::vector<std::string> warnings;
        auto sources = solve::sourcesFromFetch({stale}, warnings);
        QVERIFY(sources.ok());
        QCOMPARE(sources->size(), std::size_t(1));
        QCOMPARE(warnings.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(warnings[0]).contains(QLatin1String("using the cached copy from ")));
        QVERIFY(QString::fromStdString(warnings[0]).contains(QLatin1String("(60 minutes old)")));
    }

    void localChannelWithoutSubdirIsEmpty()
    {
        const auto c = resolved("file:///srv/channel");
        std::vector<std::string> warnings;
        auto sources = solve::sourcesFromFetch({result(c, "linux-64", "", channel::FetchStatus::Local),
                                                result(c, "noarch", "/srv/channel/noarch/repodata.json", channel::FetchStatus::Local)},
                                               warnings);
        QVERIFY(sources.ok());
        QCOMPARE(sources->size(), std::size_t(1));
        QCOMPARE(sources->front().subdir, std::string("noarch"));
    }
};

QTEST_GUILESS_MAIN(TestChannelSources)
#include "tst_channelsources.moc"
