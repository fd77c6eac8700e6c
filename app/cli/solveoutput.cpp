// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "app/cli/solveoutput.h"
#include "core/util/qtext.h"

#include "app/cli/output.h"
#include "core/util/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace core;

namespace app::cli {

namespace {

using core::util::qs;

QJsonArray strings(const std::vector<std::string> &list)
{
    QJsonArray a;
    for (const auto &s : list)
        a.append(qs(s));
    return a;
}

QJsonObject packageJson(const spec::PackageRecord &r)
{
    return QJsonObject{
        {QStringLiteral("name"), qs(r.name)},
        {QStringLiteral("version"), qs(r.version)},
        {QStringLiteral("build"), qs(r.build)},
        {QStringLiteral("build_string"), qs(r.build)},
        {QStringLiteral("build_number"), qint64(r.buildNumber)},
        {QStringLiteral("channel"), qs(r.channel)},
        {QStringLiteral("subdir"), qs(r.subdir)},
        {QStringLiteral("fn"), qs(r.fn)},
        {QStringLiteral("url"), qs(util::maskSecrets(r.url))},  // the output may be saved or shared
        {QStringLiteral("size"), qint64(r.size)},
        {QStringLiteral("md5"), qs(r.md5)},
        {QStringLiteral("sha256"), qs(r.sha256)},
        {QStringLiteral("depends"), strings(r.depends)},
        {QStringLiteral("constrains"), strings(r.constrains)},
        {QStringLiteral("license"), qs(r.license)},
        {QStringLiteral("timestamp"), qint64(r.timestamp)},
    };
}

} // namespace

void printSolveTable(const solve::SolveOutcome &outcome, const std::string &platform, qint64 milliseconds)
{
    QTextStream &o = out();
    if (const auto *u = std::get_if<solve::Unsolvable>(&outcome)) {
        o << "Could not solve for environment specs (" << qs(platform) << ")\n"
          << qs(solve::renderProblemsText(solve::compressProblems(u->graph)));
        o.flush();
        return;
    }
    const auto &solution = std::get<solve::Solution>(outcome);
    int nameWidth = 7, versionWidth = 7, buildWidth = 5, channelWidth = 7;
    for (const auto &p : solution.packages) {
        nameWidth = std::max(nameWidth, int(p.record.name.size()));
        versionWidth = std::max(versionWidth, int(p.record.version.size()));
        buildWidth = std::max(buildWidth, int(p.record.build.size()));
        channelWidth = std::max(channelWidth, int(p.record.channel.size() + p.record.subdir.size() + 1));
    }
    const auto row = [&](const QString &mark, const QString &n, const QString &v, const QString &b, const QString &c,
                         const QString &s) {
        o << "  " << mark << ' ' << n.leftJustified(nameWidth) << "  " << v.leftJustified(versionWidth) << "  "
          << b.leftJustified(buildWidth) << "  " << c.leftJustified(channelWidth) << "  " << s.rightJustified(9) << '\n';
    };
    const QString rule(nameWidth + versionWidth + buildWidth + channelWidth + 22, QChar(0x2500));
    if (milliseconds < 0)
        o << "Transaction (" << qs(platform) << ", as locked: not solved)\n\n";
    else
        o << "Transaction (" << qs(platform) << ", solved in " << milliseconds << " ms)\n\n";
    row(QStringLiteral(" "), QStringLiteral("Package"), QStringLiteral("Version"), QStringLiteral("Build"),
        QStringLiteral("Channel"), QStringLiteral("Size"));
    o << rule << "\n  Install:\n" << rule << "\n\n";
    for (const auto &p : solution.packages)
        row(QStringLiteral("+"), qs(p.record.name), qs(p.record.version), qs(p.record.build),
            qs(p.record.channel + '/' + p.record.subdir), core::util::sizeText(p.record.size));
    o << "\n  Summary:\n\n  Install: " << solution.packages.size()
      << " packages\n\n  Total download: " << core::util::sizeText(solution.downloadSize)
      << "\n\nDry run: nothing was installed.\n";
    o.flush();
}

QJsonObject solveJson(const solve::SolveOutcome &outcome)
{
    QJsonObject root{{QStringLiteral("dry_run"), true}, {QStringLiteral("prefix"), QString()}};
    if (const auto *u = std::get_if<solve::Unsolvable>(&outcome)) {
        root[QStringLiteral("success")] = false;
        root[QStringLiteral("solver_problems")] = strings(u->problems);
        return root;
    }
    QJsonArray fetch, link;
    for (const auto &p : std::get<solve::Solution>(outcome).packages) {
        fetch.append(packageJson(p.record));
        link.append(packageJson(p.record));
    }
    root[QStringLiteral("success")] = true;
    root[QStringLiteral("actions")] = QJsonObject{{QStringLiteral("FETCH"), fetch},
                                                   {QStringLiteral("LINK"), link},
                                                   {QStringLiteral("PREFIX"), QString()}};
    return root;
}

void printSolveJson(const solve::SolveOutcome &outcome)
{
    out() << QString::fromUtf8(QJsonDocument(solveJson(outcome)).toJson(QJsonDocument::Indented));
    out().flush();
}

} // namespace app::cli
