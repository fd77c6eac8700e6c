// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Environments page on a sharded conda-forge-sized channel served by Python's http.server on
// 127.0.0.1: the first preview of a sardana-like environment (the shard indexes, then the shards
// its names reach), and then, name after name, the keystroke that completes a new package name
// until the preview shows it (debounce, fetch of that name's shards, append, solve). Prints
// figures; asserts nothing.
//
//   bench_envshards [CHANNEL_DIR] [NAMES]
//
// CHANNEL_DIR: a channel folder with linux-64/ and noarch/ repodata.json (default: the channel
// bench_envpreview generates). Shards are written beside them by tests/support/make_shards.py
// when missing.
#include "benchutil.h"
#include "repodatagenerator.h"

#include "core/channel/shards.h"
#include "core/envfile/workspace.h"
#include "core/util/atomicfile.h"
#include "tests/support/pythonhttpserver.h"
#include "ui/models/packagetablemodel.h"
#include "ui/views/channelfetchpanel.h"
#include "ui/views/environmentpreview.h"
#include "ui/views/environmentspage.h"
#include "ui/widgets/codeeditor.h"
#include "ui/workspacecontext.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <set>

namespace {

using bench::ms;
using bench::percentile;
using bench::spin;

int shardFiles(const QString &dir)
{
    int count = 0;
    for (QDirIterator it(dir, { QStringLiteral("*.msgpack.zst") }, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();)
        count += it.next().section(u'/', -1).size() == 64 + 12 ? 1 : 0;
    return count;
}

/** Writes shards beside the channel's repodata.json files unless they are there and newer. */
bool ensureShards(const QString &channel)
{
    bool fresh = true;
    for (const QString &subdir : { QStringLiteral("linux-64"), QStringLiteral("noarch") }) {
        const QFileInfo json(channel + u'/' + subdir + QStringLiteral("/repodata.json"));
        const QFileInfo index(channel + u'/' + subdir + u'/' + QLatin1String(core::channel::s_shardIndexFile));
        fresh = fresh && index.exists() && index.lastModified() >= json.lastModified();
    }
    if (fresh)
        return true;
    QString errors;
    QElapsedTimer t;
    t.start();
    if (testsupport::runSupportScript(QStringLiteral("make_shards.py"), { channel }, &errors).isNull()) {
        std::cerr << "make_shards.py: " << errors.toStdString() << '\n';
        return false;
    }
    std::cout << "shards written in " << int(ms(t) / 1000) << " s\n";
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString channelDir = args.size() > 1 ? args[1] : QString();
    const int names = args.size() > 2 ? args[2].toInt() : 30;
    std::vector<std::string> environment;
    if (channelDir.isEmpty()) {
        const QString root = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/deploydeck/bench/conda-forge-like");
        const auto generated = bench::generateChannel(root.toStdString());
        channelDir = QString::fromStdString(generated.root);
        environment = generated.sardanaLike;
    } else {
        environment = { "python", "numpy" };
    }
    channelDir = QDir(channelDir).absolutePath();
    if (!ensureShards(channelDir))
        return 1;

    testsupport::PythonHttpServer server(QFileInfo(channelDir).absolutePath());
    if (!server.start()) {
        std::cerr << "http.server: " << server.errorText().toStdString() << '\n';
        return 1;
    }
    const QString url = server.url() + u'/' + QFileInfo(channelDir).fileName();
    QTemporaryDir tmp, cache;
    QString env = QStringLiteral("name: bench\nchannels:\n  - %1\ndependencies:\n").arg(url);
    for (const auto &spec : environment)
        env += QStringLiteral("  - %1\n").arg(QString::fromStdString(spec));
    const QString ws = QStringLiteral("name: bench\nchannels:\n  - %1\nplatform: linux-64\nenvironments:\n"
                                      "  - ./environments/bench.yml\n")
                           .arg(url);
    QDir(tmp.path()).mkpath(QStringLiteral("environments"));
    if (!core::util::writeFileAtomically(tmp.filePath(QStringLiteral("deploydeck.yml")), ws.toUtf8())
        || !core::util::writeFileAtomically(tmp.filePath(QStringLiteral("environments/bench.yml")), env.toUtf8()))
        return 1;
    auto workspace = core::envfile::readWorkspace(tmp.path().toStdString());
    if (!workspace) {
        std::cerr << "workspace: " << workspace.error().message() << '\n';
        return 1;
    }

    QElapsedTimer t;
    t.start();
    ui::WorkspaceContext context(*workspace);
    core::channel::FetchOptions options;
    options.cacheDir = cache.path();
    options.proxy = core::channel::UseSystemProxy::No;
    ui::ChannelFetchPanel panel;
    panel.setFetchOptions(options);
    panel.setContext(&context);
    ui::EnvironmentsPage page;
    page.resize(1400, 900);
    page.show();
    QSignalSpy updated(&page, &ui::EnvironmentsPage::previewUpdated);
    page.setContext(&context);
    page.setWorkspace(*workspace);
    panel.setWorkspace(*workspace);
    while (page.preview()->state() != ui::EnvironmentPreview::State::Solved
        && page.preview()->state() != ui::EnvironmentPreview::State::Unsolvable && t.elapsed() < 300000)
        spin(5);
    std::printf("first preview (indexes + the environment's shards + solve): %.0f ms, %d packages, %d shards\n", ms(t),
        page.packageModel()->packageCount(), shardFiles(cache.path()));

    // Names the environment did not reach, spread over the index.
    std::vector<core::channel::UnloadedName> unloaded = context.unloadedNames();
    std::sort(unloaded.begin(), unloaded.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    std::vector<std::string> picked;
    for (std::size_t i = 0; i < unloaded.size() && int(picked.size()) < names;
         i += std::max<std::size_t>(1, unloaded.size() / std::size_t(names)))
        if (unloaded[i].name.size() > 1)
            picked.push_back(unloaded[i].name);
    std::printf("%zu names not loaded; typing %zu of them\n", unloaded.size(), picked.size());

    ui::CodeEditor &editor = *page.editor();
    editor.setFocus();
    QSignalSpy reloads(&context, &ui::WorkspaceContext::channelsLoaded);
    std::vector<double> latency;
    std::vector<int> fetched;
    int failures = 0;
    const auto showsName
        = [&page](const std::string &name) { return page.packageModel()->rowOf(QString::fromStdString(name)) >= 0; };
    for (const std::string &name : picked) {
        // A new line with all but the name's last letter, previewed; then the last key, timed.
        QTextCursor c(editor.document());
        c.movePosition(QTextCursor::End);
        const int start = c.position();
        editor.setTextCursor(c);
        const QString prefix = QString::fromStdString(name.substr(0, name.size() - 1));
        editor.insertPlainText((editor.document()->toPlainText().endsWith(u'\n') ? QString() : QStringLiteral("\n"))
            + QStringLiteral("  - ") + prefix);
        updated.clear();
        if (!updated.wait(30000))
            return 1;
        spin(20);
        const int before = shardFiles(cache.path());
        updated.clear();
        QElapsedTimer key;
        key.start();
        QTest::keyClick(&editor, name.back());
        // The preview that answers the whole name (an earlier one may still report a prefix).
        while (!showsName(name) && page.preview()->state() != ui::EnvironmentPreview::State::Unsolvable
            && page.preview()->state() != ui::EnvironmentPreview::State::Error && key.elapsed() < 30000) {
            updated.clear();
            updated.wait(30000);
        }
        latency.push_back(ms(key));
        fetched.push_back(shardFiles(cache.path()) - before);
        if (!showsName(name))
            ++failures;
        // Take the line away again and let the preview settle.
        QTextCursor line(editor.document());
        line.setPosition(start);
        line.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        line.removeSelectedText();
        updated.clear();
        updated.wait(30000);
        spin(20);
    }
    std::sort(fetched.begin(), fetched.end());
    std::printf("\nkeystroke completing a new name to updated preview (debounce 250 ms, shard fetch, append, solve), "
                "%zu names:\n",
        latency.size());
    std::printf("  p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (target p95 <= 400 ms)\n", percentile(latency, 0.5),
        percentile(latency, 0.95), percentile(latency, 1.0));
    if (!fetched.empty())
        std::printf("  shards fetched per name: median %d, max %d; %d of the names not in a solution\n",
            fetched[fetched.size() / 2], fetched.back(), failures);
    std::printf("  database reloads while typing: %d (records are appended)\n", int(reloads.count()));
    return 0;
}
