// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck run-playbook: runs ansible-playbook as a job (no shell, explicit environment, the
// event plugin enabled), prints its log live and a recap table at the end.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/jobs/ansiblerunjob.h"

#include <QCommandLineParser>
#include <QFileInfo>


using namespace app::cli;
using namespace core::jobs;

namespace {

const char *s_name = "run-playbook";

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Runs ansible-playbook as a deploydeck job: prints Ansible's log as it comes and a recap table at the end.\n"
        "Extra vars reach Ansible literally: KEY=VALUE keeps the whole VALUE as one string.\n"
        "Ctrl-C cancels the run and everything it started. Exit codes: 0 success, 1 the run failed\n"
        "(failed or unreachable hosts, cancelled), 2 bad input."));
    parser.addPositionalArgument(QStringLiteral("PLAYBOOK"), QStringLiteral("The playbook to run."));
    parser.addOption({{QStringLiteral("i"), QStringLiteral("inventory")},
                      QStringLiteral("Inventory file, folder or comma-separated host list."), QStringLiteral("INVENTORY")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("limit")}, QStringLiteral("Host pattern to limit the run to."),
                      QStringLiteral("PATTERN")});
    parser.addOption({{QStringLiteral("t"), QStringLiteral("tags")}, QStringLiteral("Only tasks with these tags (comma-separated, repeatable)."),
                      QStringLiteral("TAGS")});
    parser.addOption({QStringLiteral("skip-tags"), QStringLiteral("Skip tasks with these tags (comma-separated, repeatable)."),
                      QStringLiteral("TAGS")});
    parser.addOption({{QStringLiteral("e"), QStringLiteral("extra-vars")},
                      QStringLiteral("KEY=VALUE or a JSON object (repeatable; later ones win)."), QStringLiteral("VARS")});
    parser.addOption({{QStringLiteral("C"), QStringLiteral("check")}, QStringLiteral("Check mode: change nothing.")});
    parser.addOption({{QStringLiteral("D"), QStringLiteral("diff")}, QStringLiteral("Show the differences in changed files.")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("forks")}, QStringLiteral("Parallel processes."), QStringLiteral("N")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, QStringLiteral("More output (up to -vvvvvv).")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("Keep the JSON event stream in FILE."), QStringLiteral("FILE")});
    parser.addHelpOption();
}

QStringList splitTags(const QStringList &values)
{
    QStringList tags;
    for (const QString &value : values)
        for (const QString &tag : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            tags << tag.trimmed();
    return tags;
}

/** The options from the command line, or the message for a usage error. */
core::util::Result<AnsibleRunOptions> readOptions(const QCommandLineParser &parser)
{
    const auto bad = [](const QString &text) { return core::util::makeError(core::util::ErrorCode::InvalidArgument, text.toStdString()); };
    if (parser.positionalArguments().size() != 1)
        return bad(QStringLiteral("give exactly one PLAYBOOK"));
    AnsibleRunOptions o;
    o.playbook = parser.positionalArguments().constFirst();
    o.inventory = parser.value(QStringLiteral("inventory"));
    o.limit = parser.value(QStringLiteral("limit"));
    o.tags = splitTags(parser.values(QStringLiteral("tags")));
    o.skipTags = splitTags(parser.values(QStringLiteral("skip-tags")));
    o.check = parser.isSet(QStringLiteral("check"));
    o.diff = parser.isSet(QStringLiteral("diff"));
    o.verbosity = int(parser.optionNames().count(QStringLiteral("v")) + parser.optionNames().count(QStringLiteral("verbose")));
    if (parser.isSet(QStringLiteral("forks"))) {
        bool ok = false;
        o.forks = parser.value(QStringLiteral("forks")).toInt(&ok);
        if (!ok || o.forks < 1)
            return bad(QStringLiteral("--forks needs a positive number"));
    }
    for (const QString &vars : parser.values(QStringLiteral("extra-vars")))
        if (const auto added = addExtraVars(o.extraVars, vars); !added)
            return added.error();
    if (const auto valid = o.validate(); !valid)
        return valid.error();
    if (!QFileInfo(o.playbook).isFile())
        return bad(QStringLiteral("no such playbook: %1").arg(o.playbook));
    if (!o.inventory.contains(QLatin1Char(',')) && !QFileInfo::exists(o.inventory))
        return bad(QStringLiteral("no such inventory: %1").arg(o.inventory));
    return o;
}

void printRecap(const AnsibleRunJob &job)
{
    const AnsibleReview &review = job.review();
    QTextStream &o = out();
    o << "\ndeploydeck: " << jobStateName(job.state()) << '\n';
    if (review.recap.isEmpty()) {
        o.flush();
        return;
    }
    qsizetype width = 4;
    for (const QString &host : review.recap.keys())
        width = std::max(width, host.size());
    o << QStringLiteral("HOST").leftJustified(width) << "      OK  CHANGED  UNREACHABLE  FAILED  SKIPPED  RESCUED  IGNORED\n";
    for (auto it = review.recap.begin(); it != review.recap.end(); ++it) {
        const HostStats &s = it.value();
        o << it.key().leftJustified(width) << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                                                 .arg(s.ok, 8).arg(s.changed, 8).arg(s.unreachable, 12).arg(s.failed, 7)
                                                 .arg(s.skipped, 8).arg(s.rescued, 8).arg(s.ignored, 8);
    }
    if (review.checkMode && !review.changedHosts().isEmpty())
        o << "check mode: " << review.count(TaskStatus::Changed) << " task result(s) would change "
          << review.changedHosts().size() << " host(s): " << review.changedHosts().join(QStringLiteral(", ")) << '\n';
    o.flush();
}

int runPlaybook(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(QStringList{QStringLiteral("deploydeck run-playbook")} + arguments))
        return usageError(s_name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    const core::util::Result<AnsibleRunOptions> options = readOptions(parser);
    if (!options)
        return usageError(s_name, QString::fromStdString(options.error().message()));

    AnsibleRunJob job(*options);
    if (parser.isSet(QStringLiteral("events")))
        job.setEventsFile(QFileInfo(parser.value(QStringLiteral("events"))).absoluteFilePath());
    QObject::connect(&job, &Job::logLineAdded, [](const QString &line) {
        out() << line << '\n';
        out().flush();
    });
    runToEnd(job);
    printRecap(job);
    return job.state() == JobState::Succeeded ? ExitOk : ExitFailure;
}

} // namespace

DEPLOYDECK_COMMAND("run-playbook", "run an Ansible playbook as a job, with a recap", &runPlaybook);
