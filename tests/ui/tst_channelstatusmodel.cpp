// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/channelstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTextDocument>

using core::channel::FetchStatus;
using core::channel::SubdirResult;
using core::util::ErrorCode;
using ui::ChannelStatus;
using ui::ChannelStatusModel;
using State = ui::ChannelStatus::State;

using namespace Qt::Literals::StringLiterals;
namespace {

core::channel::Channel channel(const std::string &spec)
{
    auto resolved = core::channel::resolveChannel(spec, {});
    return resolved.ok() ? resolved->front() : core::channel::Channel();
}

/** A result for @p subdir of @p where; with a cached copy of @p records records when records >= 0. */
SubdirResult result(const std::string &where, const std::string &subdir, FetchStatus status, qint64 records = -1,
                    std::optional<core::util::Error> error = std::nullopt)
{
    SubdirResult r;
    r.request = {channel(where), subdir};
    r.status = status;
    r.url = where + "/" + subdir + "/repodata.json";
    if (records >= 0) {
        r.jsonPath = "/cache/" + subdir + ".json";
        r.state.records = records;
        r.ageSeconds = 7200;
    }
    r.error = std::move(error);
    return r;
}

core::util::Error httpError(const std::string &url)
{
    return core::util::makeError(ErrorCode::HttpError, "HTTP 500 Internal Server Error", url);
}

const std::string s_remote = "https://example.org/c";
const std::string s_local = "/srv/channels/local";

} // namespace

class TestChannelStatusModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusFromFetch_data();
    void statusFromFetch();
    void ageText_data();
    void ageText();
    void model();
};

void TestChannelStatusModel::statusFromFetch_data()
{
    QTest::addColumn<std::vector<SubdirResult>>("results");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("records");
    QTest::addColumn<QStringList>("subdirs");
    QTest::addColumn<QString>("message");  // a part of it

    QTest::newRow("downloaded") << std::vector{result(s_remote, "linux-64", FetchStatus::Updated, 10),
                                               result(s_remote, "noarch", FetchStatus::Updated, 5)}
                                << int(State::Loaded) << qint64(15) << QStringList{u"linux-64"_s, u"noarch"_s} << "";
    QTest::newRow("304 and max-age") << std::vector{result(s_remote, "linux-64", FetchStatus::Cached, 10),
                                                    result(s_remote, "noarch", FetchStatus::Fresh, 5)}
                                     << int(State::Cached) << qint64(15) << QStringList{u"linux-64"_s, u"noarch"_s} << "";
    QTest::newRow("mixed: the worst wins") << std::vector{result(s_remote, "linux-64", FetchStatus::Updated, 10),
                                                          result(s_remote, "noarch", FetchStatus::Offline, 5)}
                                           << int(State::Offline) << qint64(15) << QStringList{u"linux-64"_s, u"noarch"_s} << "";
    QTest::newRow("failed, older copy kept")
        << std::vector { result(s_remote, "linux-64", FetchStatus::Failed, 10,
                             httpError(s_remote + "/linux-64/repodata.json")),
               result(s_remote, "noarch", FetchStatus::Cached, 5) }
        << int(State::Error) << qint64(15) << QStringList { u"linux-64"_s, u"noarch"_s }
        << "https://example.org/c/linux-64/repodata.json: The server answered with an error (HTTP 500 Internal Server "
           "Error) "
           "(showing the copy from 2 h ago)";
    QTest::newRow("failed, no copy")
        << std::vector { result(s_remote, "linux-64", FetchStatus::Failed, -1,
                             httpError(s_remote + "/linux-64/repodata.json")),
               result(s_remote, "noarch", FetchStatus::Updated, 5) }
        << int(State::Error) << qint64(5) << QStringList { u"noarch"_s }
        << "https://example.org/c/linux-64/repodata.json: The server answered with an error (HTTP 500";
    QTest::newRow("local")
        << std::vector{result(s_local, "linux-64", FetchStatus::Local, 3), result(s_local, "noarch", FetchStatus::Local, 4)}
        << int(State::Loaded) << qint64(7) << QStringList{u"linux-64"_s, u"noarch"_s} << "";
    QTest::newRow("local without a platform subdir")
        << std::vector { result(s_local, "linux-64", FetchStatus::Failed, -1,
                             core::util::makeError(ErrorCode::FileNotFound, "no repodata.json", s_local)),
               result(s_local, "noarch", FetchStatus::Local, 4) }
        << int(State::Loaded) << qint64(4) << QStringList { u"noarch"_s } << "";
    QTest::newRow("local without any repodata")
        << std::vector { result(s_local, "linux-64", FetchStatus::Failed, -1,
               core::util::makeError(ErrorCode::FileNotFound, "no repodata.json", s_local + "/linux-64")) }
        << int(State::Error) << qint64(-1) << QStringList {} << "/srv/channels/local/linux-64: The file does not exist";
    QTest::newRow("cancelled") << std::vector { result(s_remote, "linux-64", FetchStatus::Cancelled, -1,
        core::util::makeError(ErrorCode::Cancelled, "cancelled", s_remote)) }
                               << int(State::Error) << qint64(-1) << QStringList {} << "Cancelled";
}

void TestChannelStatusModel::statusFromFetch()
{
    QFETCH(std::vector<SubdirResult>, results);
    QFETCH(int, state);
    QFETCH(qint64, records);
    QFETCH(QStringList, subdirs);
    QFETCH(QString, message);
    const ChannelStatus status = ui::statusFromFetch(QStringLiteral("c"), QStringLiteral("https://example.org/c"), results);
    QCOMPARE(status.name, QStringLiteral("c"));
    QCOMPARE(int(status.state), state);
    QCOMPARE(status.records, records);
    QCOMPARE(status.subdirs, subdirs);
    QVERIFY2(status.message.contains(message), qPrintable(status.message));
    QCOMPARE(status.message.isEmpty(), message.isEmpty());
}

void TestChannelStatusModel::ageText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(-1) << "";
    QTest::newRow("now") << qint64(5) << "just now";
    QTest::newRow("minutes") << qint64(300) << "5 min";
    QTest::newRow("hours") << qint64(3 * 3600 + 10) << "3 h";
    QTest::newRow("days") << qint64(3 * 86400) << "3 d";
}

void TestChannelStatusModel::ageText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ChannelStatusModel::ageText(seconds), text);
}

void TestChannelStatusModel::model()
{
    ChannelStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannels({
        ChannelStatus{QStringLiteral("mini-conda-forge"), QStringLiteral("file:///srv/mini"), State::Loaded, 120, 386,
                      {QStringLiteral("linux-64"), QStringLiteral("noarch")}, {}},
        ChannelStatus{QStringLiteral("remote"), QStringLiteral("https://example.org/c"), State::Error, -1, -1, {},
                      QStringLiteral("https://example.org/c/linux-64/repodata.json: HTTP 500")},
    });
    QCOMPARE(model.rowCount(), 2);
    const auto at = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(at(0, ChannelStatusModel::StatusColumn).toString(), QStringLiteral("loaded"));
    QCOMPARE(at(0, ChannelStatusModel::AgeColumn).toString(), QStringLiteral("2 min"));
    QCOMPARE(at(0, ChannelStatusModel::RecordsColumn, ChannelStatusModel::SortRole).toLongLong(), 386);
    QCOMPARE(at(0, ChannelStatusModel::SubdirsColumn).toString(), QStringLiteral("linux-64, noarch"));
    QCOMPARE(at(0, ChannelStatusModel::MessageColumn).toString(), QStringLiteral("file:///srv/mini"));
    QCOMPARE(at(1, ChannelStatusModel::StatusColumn).toString(), QStringLiteral("error"));
    QCOMPARE(at(1, 0, ChannelStatusModel::StateRole).toInt(), int(State::Error));
    QCOMPARE(at(1, ChannelStatusModel::RecordsColumn).toString(), QString());
    QVERIFY(at(1, ChannelStatusModel::MessageColumn).toString().contains(QLatin1String("HTTP 500")));
    QVERIFY(at(1, 0, Qt::ToolTipRole).toString().contains(QLatin1String("https://example.org/c")));
    // Rich text with normal white space: a long error wraps in the tooltip instead of running off the screen.
    QVERIFY(Qt::mightBeRichText(at(1, 0, Qt::ToolTipRole).toString()));
    QVERIFY(at(1, 0, Qt::ToolTipRole).toString().contains(QLatin1String("HTTP 500")));

    ChannelStatus updated = model.channels()[1];
    updated.state = State::Cached;
    updated.message.clear();
    model.setChannel(1, updated);
    QCOMPARE(at(1, ChannelStatusModel::StatusColumn).toString(), QStringLiteral("cached"));
    model.setChannel(7, updated);  // out of range: ignored
    QCOMPARE(model.rowCount(), 2);
}

QTEST_MAIN(TestChannelStatusModel)
#include "tst_channelstatusmodel.moc"
