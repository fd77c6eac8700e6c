// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/ansiblerunoptions.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace core::jobs {

namespace {

util::Error badOption(const char *option, const std::string &detail)
{
    return util::makeError(util::ErrorCode::InvalidArgument, detail, option);
}

util::Result<void> checkTags(const QStringList &tags, const char *option)
{
    for (const QString &tag : tags)
        if (tag.isEmpty() || tag.contains(QLatin1Char(',')))
            return badOption(option, "a tag may not be empty or contain ','");
    return {};
}

// Paths are made absolute so that the working directory does not matter and so that a name
// beginning with '-' cannot be taken for an option.
QString absoluteIfExists(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.absoluteFilePath() : path;
}

bool isVariableName(const QString &name)
{
    static const QRegularExpression s_name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return s_name.match(name).hasMatch();
}

} // namespace

util::Result<void> AnsibleRunOptions::validate() const
{
    if (playbook.isEmpty())
        return badOption("playbook", "no playbook given");
    if (inventory.isEmpty())
        return badOption("--inventory", "no inventory given");
    if (verbosity < 0 || verbosity > 6)
        return badOption("-v", "verbosity must be between 0 and 6");
    if (forks < 0)
        return badOption("--forks", "forks must not be negative");
    if (const util::Result<void> r = checkTags(tags, "--tags"); !r)
        return r;
    if (const util::Result<void> r = checkTags(skipTags, "--skip-tags"); !r)
        return r;
    for (auto it = extraVars.begin(); it != extraVars.end(); ++it)
        if (!isVariableName(it.key()))
            return badOption("--extra-vars", "not a variable name: '" + it.key().toStdString() + "'");
    return {};
}

QString AnsibleRunOptions::executable() const
{
    return program.isEmpty() ? QStringLiteral("ansible-playbook") : program;
}

QByteArray AnsibleRunOptions::extraVarsJson() const
{
    // Ansible would render "{{ ... }}" in a value as Jinja when the variable is used (a pipe lookup
    // runs a command): {"__ansible_unsafe": value} makes its JSON decoder mark the value as text.
    QJsonObject vars;
    for (auto it = extraVars.begin(); it != extraVars.end(); ++it)
        vars.insert(it.key(), QJsonObject{{QStringLiteral("__ansible_unsafe"), QJsonValue::fromVariant(it.value())}});
    return QJsonDocument(vars).toJson(QJsonDocument::Compact);
}

QStringList AnsibleRunOptions::arguments(const QString &extraVarsFile) const
{
    // "--option=value" keeps every value bound to its option, whatever it starts with.
    QStringList args{QStringLiteral("--inventory=") + absoluteIfExists(inventory)};
    for (const QString &more : moreInventories)
        args << QStringLiteral("--inventory=") + absoluteIfExists(more);
    if (!limit.isEmpty())
        args << QStringLiteral("--limit=") + limit;
    if (!tags.isEmpty())
        args << QStringLiteral("--tags=") + tags.join(QLatin1Char(','));
    if (!skipTags.isEmpty())
        args << QStringLiteral("--skip-tags=") + skipTags.join(QLatin1Char(','));
    if (!extraVars.isEmpty()) {
        // Ansible reads an argument starting with '{' as JSON/YAML, not as key=value pairs, and a
        // file after '@' through the same JSON decoder.
        args << QStringLiteral("--extra-vars=")
                + (extraVarsFile.isEmpty() ? QString::fromUtf8(extraVarsJson()) : QLatin1Char('@') + extraVarsFile);
    }
    if (check)
        args << QStringLiteral("--check");
    if (diff)
        args << QStringLiteral("--diff");
    if (forks > 0)
        args << QStringLiteral("--forks=%1").arg(forks);
    if (verbosity > 0)
        args << QStringLiteral("-") + QString(verbosity, QLatin1Char('v'));
    args << QStringLiteral("--") << QFileInfo(playbook).absoluteFilePath();
    return args;
}

QString AnsibleRunOptions::effectiveWorkingDirectory() const
{
    return workingDirectory.isEmpty() ? QFileInfo(playbook).absolutePath() : workingDirectory;
}

QVariantMap AnsibleRunOptions::toParameters() const
{
    QVariantMap parameters {
        { QStringLiteral("program"), program },
        { QStringLiteral("playbook"), playbook },
        { QStringLiteral("inventory"), inventory },
        { QStringLiteral("limit"), limit },
        { QStringLiteral("tags"), tags },
        { QStringLiteral("skipTags"), skipTags },
        { QStringLiteral("extraVars"), extraVars },
        { QStringLiteral("check"), check },
        { QStringLiteral("diff"), diff },
        { QStringLiteral("verbosity"), verbosity },
        { QStringLiteral("forks"), forks },
        { QStringLiteral("workingDirectory"), workingDirectory },
    };
    if (!approvedFrom.isEmpty())
        parameters.insert(QStringLiteral("approvedFrom"), approvedFrom);
    if (!moreInventories.isEmpty())
        parameters.insert(QStringLiteral("moreInventories"), moreInventories);
    return parameters;
}

util::Result<AnsibleRunOptions> AnsibleRunOptions::fromParameters(const QVariantMap &p)
{
    const auto text = [&](const char *key) { return p.value(QLatin1String(key)).toString(); };
    AnsibleRunOptions options;
    options.program = text("program");
    options.playbook = text("playbook");
    options.inventory = text("inventory");
    options.limit = text("limit");
    options.tags = p.value(QStringLiteral("tags")).toStringList();
    options.skipTags = p.value(QStringLiteral("skipTags")).toStringList();
    options.extraVars = p.value(QStringLiteral("extraVars")).toMap();
    options.check = p.value(QStringLiteral("check")).toBool();
    options.diff = p.value(QStringLiteral("diff")).toBool();
    options.verbosity = p.value(QStringLiteral("verbosity")).toInt();
    options.forks = p.value(QStringLiteral("forks")).toInt();
    options.workingDirectory = text("workingDirectory");
    options.approvedFrom = text("approvedFrom");
    options.moreInventories = p.value(QStringLiteral("moreInventories")).toStringList();
    if (const util::Result<void> valid = options.validate(); !valid)
        return valid.error();
    return options;
}

AnsibleRunOptions gatherRunOptions(const QString &playbook, const QStringList &inventories, const QString &limit,
    const QMap<QString, QStringList> &environments, int forks)
{
    AnsibleRunOptions options;
    options.playbook = playbook;
    options.inventory = inventories.value(0);
    options.moreInventories = inventories.mid(1);
    options.limit = limit;
    options.forks = forks;
    QVariantMap envs;
    for (auto it = environments.begin(); it != environments.end(); ++it)
        envs.insert(it.key(), it.value());
    options.extraVars.insert(QStringLiteral("deploydeck_envs"), envs);
    return options;
}

util::Result<void> addExtraVars(QVariantMap &vars, const QString &argument)
{
    if (argument.trimmed().startsWith(QLatin1Char('{'))) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(argument.toUtf8(), &error);
        if (!json.isObject())
            return util::makeError(util::ErrorCode::ParseError, error.errorString().toStdString(),
                                   "-e:column " + std::to_string(error.offset + 1));
        const QVariantMap more = json.object().toVariantMap();
        for (auto it = more.begin(); it != more.end(); ++it) {
            if (!isVariableName(it.key()))
                return badOption("-e", "not a variable name: '" + it.key().toStdString() + "'");
            vars.insert(it.key(), it.value());
        }
        return {};
    }
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (equals <= 0 || !isVariableName(argument.left(equals)))
        return badOption("-e", "expected KEY=VALUE or a JSON object, got '" + argument.toStdString() + "'");
    vars.insert(argument.left(equals), argument.mid(equals + 1));
    return {};
}

QStringList limitPatterns(const QString &limit)
{
    static const QRegularExpression separators(QStringLiteral("[,:]"));
    QStringList patterns;
    for (const QString &pattern : limit.split(separators, Qt::SkipEmptyParts))
        if (const QString trimmed = pattern.trimmed(); !trimmed.isEmpty())
            patterns << trimmed;
    return patterns;
}

AnsibleRunOptions realRunOptions(const AnsibleRunOptions &reviewed, const QStringList &hosts)
{
    AnsibleRunOptions real = reviewed;
    real.check = false;
    if (!hosts.isEmpty())
        real.limit = hosts.join(QLatin1Char(','));
    return real;
}

} // namespace core::jobs
