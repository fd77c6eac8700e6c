// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/ansiblerunjob.h"

#include "core/jobs/filetail.h"
#include "core/jobs/jobfactory.h"
#include "core/jobs/runapproval.h"
#include "core/util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace core::jobs {

namespace {

const QString s_pluginName = QStringLiteral("deploydeck_events");

bool holdsPlugin(const QString &folder)
{
    return QFileInfo::exists(folder + QStringLiteral("/callback_plugins/") + s_pluginName + QStringLiteral(".py"));
}

} // namespace

QString AnsibleRunJob::kindName()
{
    return QStringLiteral("ansible-run");
}

AnsibleRunJob::AnsibleRunJob(const AnsibleRunOptions &options, QObject *parent)
    : ProcessJob(kindName(), titleFor(options), options.toParameters(), parent)
    , m_options(options)
{
}

AnsibleRunJob::~AnsibleRunJob() = default;

QString AnsibleRunJob::pluginFolder()
{
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/deploydeck/ansible"));
    candidates << QStringLiteral(DEPLOYDECK_ANSIBLE_SOURCE_DIR);
    for (const QString &folder : std::as_const(candidates))
        if (holdsPlugin(folder))
            return folder;
    return QString();
}

QString AnsibleRunJob::gatherPlaybook()
{
    const QString folder = pluginFolder();
    const QString playbook = folder + QStringLiteral("/gather_installed.yml");
    return !folder.isEmpty() && QFileInfo::exists(playbook) ? playbook : QString();
}

bool AnsibleRunJob::isGathering(const AnsibleRunOptions &options)
{
    return QFileInfo(options.playbook).fileName() == QLatin1String("gather_installed.yml")
        && options.extraVars.contains(QStringLiteral("deploydeck_envs"));
}

QString AnsibleRunJob::titleFor(const AnsibleRunOptions &options)
{
    QString title = QFileInfo(options.playbook).fileName();
    if (!options.limit.isEmpty())
        title += QStringLiteral(" --limit=") + options.limit;
    if (options.check)
        title += QStringLiteral(" --check");
    if (options.diff)
        title += QStringLiteral(" --diff");
    return title;
}

void AnsibleRunJob::registerKind(JobFactory &factory)
{
    factory.registerKind(kindName(), [](const QVariantMap &parameters) -> util::Result<std::unique_ptr<Job>> {
        util::Result<AnsibleRunOptions> options = AnsibleRunOptions::fromParameters(parameters);
        if (!options)
            return options.error();
        return std::unique_ptr<Job>(std::make_unique<AnsibleRunJob>(*options));
    });
}

util::Result<void> AnsibleRunJob::prepareStart()
{
    if (const util::Result<void> valid = m_options.validate(); !valid)
        return valid;
    if (!QFileInfo(m_options.playbook).isFile())
        return util::makeError(util::ErrorCode::FileNotFound, "no such playbook", m_options.playbook.toStdString());
    const QString plugins = pluginFolder();
    if (plugins.isEmpty())
        return util::makeError(util::ErrorCode::FileNotFound, "deploydeck's Ansible callback plugin is not installed",
                               "share/deploydeck/ansible/callback_plugins");
    if (const util::Result<void> events = prepareEventsFile(); !events)
        return events;

    setProgram(m_options.executable());
    // Extra vars go in a file of the run's own (owner only): no argument length limit, and no
    // value of them in the process list.
    QString extraVarsFile;
    if (!m_options.extraVars.isEmpty()) {
        if (const util::Result<void> folder = ensureTemporaryFolder(); !folder)
            return folder;
        extraVarsFile = m_temporaryFolder->filePath(QStringLiteral("extra-vars.json"));
        if (auto written = util::writeFileAtomically(
                extraVarsFile, m_options.extraVarsJson(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            !written)
            return written;
    }
    setArguments(m_options.arguments(extraVarsFile));
    // The record says what ran and, for a real run, which check run approved it (secrets masked).
    appendLog(QStringLiteral("deploydeck: ") + displayCommandLine(m_options));
    if (!m_options.approvedFrom.isEmpty())
        appendLog(QStringLiteral("deploydeck: approved from check run %1").arg(m_options.approvedFrom));
    // A check run notes what it read, so that a real run can be refused once that has changed.
    if (m_options.check)
        m_fingerprint = runFingerprint(m_options);
    setWorkingDirectory(m_options.effectiveWorkingDirectory());
    setEnvironment(ansibleEnvironment(plugins));

    m_tail = std::make_unique<FileTail>(m_eventsFile, &m_parser);
    connect(m_tail.get(), &FileTail::linesRead, this, &AnsibleRunJob::reviewChanged);
    // Also when the program never started and processEnded() is not called.
    connect(this, &Job::finished, m_tail.get(), &FileTail::stop);
    m_tail->start();
    return {};
}

util::Result<void> AnsibleRunJob::ensureTemporaryFolder()
{
    if (m_temporaryFolder && m_temporaryFolder->isValid())
        return {};
    m_temporaryFolder = std::make_unique<QTemporaryDir>();
    if (!m_temporaryFolder->isValid())
        return util::makeError(util::ErrorCode::FileWriteFailed, "cannot create a temporary folder",
                               m_temporaryFolder->errorString().toStdString());
    return {};
}

util::Result<void> AnsibleRunJob::prepareEventsFile()
{
    if (m_eventsFile.isEmpty()) {
        if (const util::Result<void> folder = ensureTemporaryFolder(); !folder)
            return folder;
        m_eventsFile = m_temporaryFolder->filePath(QStringLiteral("events.jsonl"));
    }
    // Start empty: the plugin appends, and old events must not be read as this run's.
    QFile file(m_eventsFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return util::makeError(util::ErrorCode::FileWriteFailed, file.errorString().toStdString(), m_eventsFile.toStdString());
    m_parser = AnsibleEventParser(QFileInfo(m_eventsFile).fileName());
    return {};
}

QProcessEnvironment AnsibleRunJob::ansibleEnvironment(const QString &plugins) const
{
    QProcessEnvironment env = minimalEnvironment();
    // ansible-core refuses to run without a UTF-8 locale; C.UTF-8 keeps the C locale's messages.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("ANSIBLE_CALLBACK_PLUGINS"), plugins + QStringLiteral("/callback_plugins"));
    env.insert(QStringLiteral("ANSIBLE_CALLBACKS_ENABLED"), s_pluginName);
    // The default stdout callback keeps the plain log readable whatever ansible.cfg says.
    env.insert(QStringLiteral("ANSIBLE_STDOUT_CALLBACK"), QStringLiteral("default"));
    env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("ANSIBLE_FORCE_COLOR"), QStringLiteral("0"));
    env.insert(QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("0"));
    // Unbuffered, so the log shows each task as it happens rather than in 4 KiB blocks.
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    // The plugin folder may be read-only (installed) or the source tree: leave no __pycache__ there.
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("DEPLOYDECK_EVENTS"), m_eventsFile);
    return env;
}

void AnsibleRunJob::processEnded(JobState &, QVariantMap &summary)
{
    if (m_tail && m_tail->finish() > 0)
        Q_EMIT reviewChanged();
    for (const util::Error &problem : m_parser.problems())
        appendLog(QStringLiteral("deploydeck: unreadable event at ") + QString::fromStdString(problem.message()));
    const AnsibleReview &r = m_parser.review();
    const HostStats totals = r.totals();
    summary.insert(QStringLiteral("hosts"), int(r.recap.size()));
    summary.insert(QStringLiteral("ok"), totals.ok);
    summary.insert(QStringLiteral("changed"), totals.changed);
    summary.insert(QStringLiteral("failed"), totals.failed);
    summary.insert(QStringLiteral("unreachable"), totals.unreachable);
    summary.insert(QStringLiteral("skipped"), totals.skipped);
    summary.insert(QStringLiteral("checkMode"), m_options.check);
    if (m_options.check)
        summary.insert(QStringLiteral("fingerprint"), m_fingerprint);
    if (!m_options.approvedFrom.isEmpty())
        summary.insert(QStringLiteral("approvedFrom"), m_options.approvedFrom);
}

} // namespace core::jobs
