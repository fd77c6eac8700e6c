// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/checks/hostfacts.h"

#include "core/util/atomicfile.h"
#include "core/util/qtext.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <set>

namespace core::checks {

using util::qs;
using util::ss;

namespace {

constexpr int s_moduleFormat = 1;
constexpr int s_cacheFormat = 2;

/** The errors of reading one object: the first wrong field, named with its path. */
struct Reader
{
    std::string location;
    std::string problem;

    std::string text(const QJsonObject &o, const char *key, const std::string &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString())
            return ss(v.toString());
        if (v.isDouble())
            return ss(QString::number(v.toDouble(), 'g', 17));
        fail(path + key + " is not text");
        return {};
    }
    QJsonArray array(const QJsonObject &o, const char *key, const std::string &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fail(path + key + " is not a list");
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const std::string &path)
    {
        if (!v.isObject())
            fail(path + " is not an object");
        return v.toObject();
    }
    void fail(const std::string &text)
    {
        if (problem.empty())
            problem = text;
    }
    util::Error error() const { return util::makeError(util::ErrorCode::InvalidValue, problem, location); }
};

InstalledRpm readRpm(Reader &r, const QJsonObject &o, const std::string &path)
{
    InstalledRpm p;
    p.name = r.text(o, "name", path);
    p.epoch = r.text(o, "epoch", path);
    p.version = r.text(o, "version", path);
    p.release = r.text(o, "release", path);
    p.arch = r.text(o, "arch", path);
    if (p.epoch.empty() || p.epoch == "(none)")
        p.epoch = "0";
    if (p.name.empty())
        r.fail(path + "name is missing");
    return p;
}

InstalledPackage readPackage(Reader &r, const QJsonObject &o, const std::string &path)
{
    InstalledPackage p;
    p.name = r.text(o, "name", path);
    p.version = r.text(o, "version", path);
    p.build = r.text(o, "build", path);
    if (const QJsonValue n = o.value(QLatin1String("build_number")); n.isDouble() && n.toDouble() >= 0)
        p.buildNumber = static_cast<std::uint64_t>(n.toDouble());
    p.channel = r.text(o, "channel", path);
    p.subdir = r.text(o, "subdir", path);
    p.sha256 = r.text(o, "sha256", path);
    p.md5 = r.text(o, "md5", path);
    p.url = r.text(o, "url", path);
    p.fn = r.text(o, "fn", path);
    if (p.name.empty())
        r.fail(path + "name is missing");
    std::transform(p.name.begin(), p.name.end(), p.name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return p;
}

/** An environment's name, prefix, whether it exists and its unreadable files; the packages are the caller's. */
InstalledEnvironment readEnvironment(Reader &r, const QJsonObject &o, const std::string &path)
{
    InstalledEnvironment env;
    env.name = r.text(o, "name", path);
    env.prefix = r.text(o, "prefix", path);
    env.exists = o.value(QLatin1String("exists")).toBool();
    for (const QJsonValue &m : r.array(o, "errors", path))
        env.errors.push_back(ss(m.toString()));
    return env;
}

/** The module's findings into @p facts; false (with r.problem) when malformed. */
bool readData(Reader &r, const QJsonObject &data, HostFacts &facts)
{
    if (const int format = data.value(QLatin1String("format")).toInt(); format != s_moduleFormat) {
        r.fail("format " + std::to_string(format) + " is not the one this deploydeck reads ("
            + std::to_string(s_moduleFormat) + ")");
        return false;
    }
    if (data.contains(QLatin1String("rpm"))) {
        const QJsonObject rpm = r.object(data.value(QLatin1String("rpm")), "rpm");
        facts.rpmRoot = r.text(rpm, "root", "rpm.");
        facts.rpmError = r.text(rpm, "error", "rpm.");
        facts.rpmRead = rpm.contains(QLatin1String("packages")) && facts.rpmError.empty();
        for (const QJsonValue &p : r.array(rpm, "packages", "rpm."))
            facts.rpms.push_back(readRpm(r, r.object(p, "rpm.packages[]"), "rpm.packages[]."));
        std::stable_sort(facts.rpms.begin(), facts.rpms.end(),
            [](const InstalledRpm &a, const InstalledRpm &b) { return a.name < b.name; });
    } else {
        facts.rpmError = "RPMs were not gathered (deploydeck_rpm: false)";
    }
    const QJsonObject conda = r.object(data.value(QLatin1String("conda")), "conda");
    facts.condaRoot = r.text(conda, "root", "conda.");
    for (const QJsonValue &e : r.array(conda, "envs", "conda.")) {
        const QJsonObject o = r.object(e, "conda.envs[]");
        InstalledEnvironment env = readEnvironment(r, o, "conda.envs[].");
        for (const QJsonValue &p : r.array(o, "packages", "conda.envs[]."))
            env.packages.push_back(readPackage(r, r.object(p, "conda.envs[].packages[]"), "conda.envs[].packages[]."));
        std::stable_sort(env.packages.begin(), env.packages.end(),
            [](const InstalledPackage &a, const InstalledPackage &b) { return a.name < b.name; });
        facts.environments.push_back(std::move(env));
    }
    return r.problem.empty();
}

// The cache keeps packages as tab-separated lines, one per package: reading 2,000 hosts' worth of
// per-package JSON objects took seconds, lines take a fraction of that.
QString rpmLines(const std::vector<InstalledRpm> &rpms)
{
    std::string text;
    for (const InstalledRpm &p : rpms)
        text += p.name + '\t' + p.epoch + '\t' + p.version + '\t' + p.release + '\t' + p.arch + '\n';
    return qs(text);
}

QString packageLines(const std::vector<InstalledPackage> &packages)
{
    std::string text;
    for (const InstalledPackage &p : packages)
        text += p.name + '\t' + p.version + '\t' + p.build + '\t' + std::to_string(p.buildNumber) + '\t' + p.channel
            + '\t' + p.subdir + '\t' + p.sha256 + '\t' + p.md5 + '\t' + p.url + '\t' + p.fn + '\n';
    return qs(text);
}

/** Calls @p line with the fields of each line of @p text; false when a line has not @p fields fields. */
template <typename F> bool forEachLine(const QString &text, std::size_t fields, F line)
{
    const std::string utf8 = ss(text);
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < utf8.size()) {
        std::size_t end = utf8.find('\n', start);
        if (end == std::string::npos)
            end = utf8.size();
        parts.clear();
        std::size_t field = start;
        for (std::size_t tab; (tab = utf8.find('\t', field)) < end; field = tab + 1)
            parts.push_back(utf8.substr(field, tab - field));
        parts.push_back(utf8.substr(field, end - field));
        if (parts.size() != fields)
            return false;
        line(parts);
        start = end + 1;
    }
    return true;
}

QJsonObject cacheJson(const HostFacts &facts)
{
    QJsonObject rpm { { QStringLiteral("read"), facts.rpmRead }, { QStringLiteral("root"), qs(facts.rpmRoot) },
        { QStringLiteral("error"), qs(facts.rpmError) }, { QStringLiteral("packages"), rpmLines(facts.rpms) } };
    QJsonArray envs;
    for (const InstalledEnvironment &e : facts.environments) {
        QJsonArray errors;
        for (const std::string &m : e.errors)
            errors.append(qs(m));
        envs.append(QJsonObject { { QStringLiteral("name"), qs(e.name) }, { QStringLiteral("prefix"), qs(e.prefix) },
            { QStringLiteral("exists"), e.exists }, { QStringLiteral("packages"), packageLines(e.packages) },
            { QStringLiteral("errors"), errors } });
    }
    return QJsonObject { { QStringLiteral("rpm"), rpm },
        { QStringLiteral("conda"),
            QJsonObject { { QStringLiteral("root"), qs(facts.condaRoot) }, { QStringLiteral("envs"), envs } } } };
}

void readCache(Reader &r, const QJsonObject &data, HostFacts &facts)
{
    const QJsonObject rpm = r.object(data.value(QLatin1String("rpm")), "data.rpm");
    facts.rpmRead = rpm.value(QLatin1String("read")).toBool();
    facts.rpmRoot = r.text(rpm, "root", "data.rpm.");
    facts.rpmError = r.text(rpm, "error", "data.rpm.");
    const bool rpmsRead
        = forEachLine(rpm.value(QLatin1String("packages")).toString(), 5, [&](const std::vector<std::string> &f) {
              facts.rpms.push_back({ f[0], f[1], f[2], f[3], f[4] });
          });
    if (!rpmsRead)
        r.fail("data.rpm.packages has a line without 5 fields");
    const QJsonObject conda = r.object(data.value(QLatin1String("conda")), "data.conda");
    facts.condaRoot = r.text(conda, "root", "data.conda.");
    for (const QJsonValue &v : r.array(conda, "envs", "data.conda.")) {
        const QJsonObject o = r.object(v, "data.conda.envs[]");
        InstalledEnvironment env = readEnvironment(r, o, "data.conda.envs[].");
        const bool read
            = forEachLine(o.value(QLatin1String("packages")).toString(), 10, [&](const std::vector<std::string> &f) {
                  InstalledPackage p { f[0], f[1], f[2], std::strtoull(f[3].c_str(), nullptr, 10), f[4], f[5], f[6],
                      f[7], f[8], f[9] };
                  env.packages.push_back(std::move(p));
              });
        if (!read)
            r.fail("data.conda.envs[].packages has a line without 10 fields");
        facts.environments.push_back(std::move(env));
    }
}

/** 1-based line and column of byte @p offset in @p text. */
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return { line, column };
}

} // namespace

std::string InstalledRpm::evr() const
{
    std::string text = version + '-' + release;
    return epoch.empty() || epoch == "0" ? text : epoch + ':' + text;
}

spec::PackageRecord InstalledPackage::record() const
{
    spec::PackageRecord r;
    r.name = name;
    r.version = version;
    r.build = build;
    r.buildNumber = buildNumber;
    r.channel = channel;
    r.subdir = subdir;
    r.sha256 = sha256;
    r.md5 = md5;
    r.url = url;
    r.fn = fn;
    return r;
}

const InstalledPackage *InstalledEnvironment::find(const std::string &packageName) const
{
    const auto it = std::lower_bound(packages.begin(), packages.end(), packageName,
        [](const InstalledPackage &p, const std::string &n) { return p.name < n; });
    return it != packages.end() && it->name == packageName ? &*it : nullptr;
}

std::vector<const InstalledRpm *> HostFacts::rpmsNamed(const std::string &packageName) const
{
    std::vector<const InstalledRpm *> found;
    auto it = std::lower_bound(
        rpms.begin(), rpms.end(), packageName, [](const InstalledRpm &p, const std::string &n) { return p.name < n; });
    for (; it != rpms.end() && it->name == packageName; ++it)
        found.push_back(&*it);
    return found;
}

const InstalledEnvironment *HostFacts::environment(const std::string &environmentName) const
{
    for (const InstalledEnvironment &e : environments)
        if (e.name == environmentName)
            return &e;
    return nullptr;
}

util::Result<HostFacts> parseGathered(const std::string &host, const QJsonObject &data, const std::string &time)
{
    HostFacts facts;
    facts.host = host;
    facts.reachable = true;
    facts.gathered = time;
    facts.attempted = time;
    Reader r { host, {} };
    if (!readData(r, data, facts))
        return r.error();
    return facts;
}

HostFacts applyOutcome(const HostFacts *previous, const GatherOutcome &outcome, const std::string &time)
{
    std::string error = outcome.error;
    if (outcome.reachable && error.empty()) {
        auto facts = parseGathered(outcome.host, outcome.data, time);
        if (facts)
            return std::move(*facts);
        error = "the gathered facts cannot be read: " + facts.error().detail;
    }
    HostFacts kept = previous ? *previous : HostFacts {};
    kept.host = outcome.host;
    kept.reachable = outcome.reachable; // reached but not read, or not reached at all
    kept.attempted = time;
    kept.error = error.empty() ? std::string("the host gave no facts") : error;
    return kept;
}

std::string nowText()
{
    return ss(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

QJsonObject factsToJson(const HostFacts &facts)
{
    QJsonObject o { { QStringLiteral("format"), s_cacheFormat }, { QStringLiteral("host"), qs(facts.host) },
        { QStringLiteral("reachable"), facts.reachable }, { QStringLiteral("gathered"), qs(facts.gathered) },
        { QStringLiteral("attempted"), qs(facts.attempted) } };
    if (!facts.error.empty())
        o.insert(QStringLiteral("error"), qs(facts.error));
    if (facts.hasFacts())
        o.insert(QStringLiteral("data"), cacheJson(facts));
    return o;
}

util::Result<HostFacts> factsFromJson(const QJsonObject &object, const std::string &location)
{
    Reader r { location, {} };
    if (object.value(QLatin1String("format")).toInt() != s_cacheFormat)
        return util::makeError(util::ErrorCode::UnsupportedFormat,
            "not a deploydeck facts file of format " + std::to_string(s_cacheFormat), location);
    HostFacts facts;
    facts.host = r.text(object, "host", "");
    facts.reachable = object.value(QLatin1String("reachable")).toBool();
    facts.gathered = r.text(object, "gathered", "");
    facts.attempted = r.text(object, "attempted", "");
    facts.error = r.text(object, "error", "");
    if (facts.host.empty())
        r.fail("host is missing");
    if (facts.hasFacts())
        readCache(r, r.object(object.value(QLatin1String("data")), "data"), facts);
    if (!r.problem.empty())
        return r.error();
    return facts;
}

std::string factsFolder(const std::string &workspaceRoot)
{
    return workspaceRoot + "/.deploydeck/facts";
}

std::string factsFile(const std::string &folder, const std::string &host)
{
    // Host names are names or addresses; anything else (a slash, a leading dot) is escaped as %XX.
    std::string name;
    for (const unsigned char c : host) {
        const bool safe = std::isalnum(c) || c == '-' || c == '_' || c == ':' || (c == '.' && !name.empty());
        if (safe) {
            name += char(c);
        } else {
            static const char *hex = "0123456789ABCDEF";
            name += '%';
            name += hex[c >> 4];
            name += hex[c & 15];
        }
    }
    return folder + '/' + name + ".json";
}

util::Result<void> writeFacts(const std::string &folder, const HostFacts &facts)
{
    return util::writeFileAtomically(
        qs(factsFile(folder, facts.host)), QJsonDocument(factsToJson(facts)).toJson(QJsonDocument::Compact) + '\n');
}

namespace {

/** One host's cache file read: its facts, an error, or neither (no file). */
struct FactsRead
{
    std::optional<HostFacts> facts;
    std::optional<util::Error> problem;
};

FactsRead readOne(const std::string &folder, const std::string &host)
{
    const std::string path = factsFile(folder, host);
    if (!QFile::exists(qs(path)))
        return {};
    auto bytes = util::readFile(qs(path));
    if (!bytes)
        return { {}, bytes.error() };
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const auto [line, column] = lineColumn(*bytes, parseError.offset);
        const std::string detail = parseError.error != QJsonParseError::NoError ? ss(parseError.errorString())
                                                                                : std::string("not a JSON object");
        return { {},
            util::makeErrorAt(util::ErrorCode::ParseError, detail, util::TextPosition::in(path, line, column)) };
    }
    auto facts = factsFromJson(document.object(), path);
    if (!facts)
        return { {}, facts.error() };
    if (facts->host != host)
        return { {},
            util::makeError(
                util::ErrorCode::InvalidValue, "holds the facts of " + facts->host + ", not of " + host, path) };
    return { std::move(*facts), {} };
}

} // namespace

FactsCache readFacts(const std::string &folder, const std::vector<std::string> &hosts)
{
    // Hosts are read in parallel: with thousands of hosts, parsing is most of the time.
    const QList<FactsRead> reads = QtConcurrent::blockingMapped<QList<FactsRead>>(
        hosts, [&folder](const std::string &host) { return readOne(folder, host); });
    FactsCache cache;
    for (qsizetype i = 0; i < reads.size(); ++i) {
        if (reads[i].problem)
            cache.problems.push_back(*reads[i].problem);
        else if (reads[i].facts)
            cache.hosts.emplace(hosts[std::size_t(i)], std::move(*reads[i].facts));
    }
    return cache;
}

std::string unreportedReason(bool cancelled)
{
    return cancelled ? "the gathering was cancelled before this host reported"
                     : "the gathering play gave no result for this host";
}

GatheringRecord recordGathering(const std::string &folder, const std::vector<std::string> &selected,
    const std::vector<GatherOutcome> &outcomes, const std::string &started, const std::string &unreported)
{
    std::vector<GatherOutcome> all = outcomes;
    std::set<std::string> reported;
    for (const GatherOutcome &o : outcomes)
        reported.insert(o.host);
    for (const std::string &host : selected)
        if (reported.insert(host).second)
            all.push_back({ host, false, unreported, {} });
    std::vector<std::string> hosts(reported.begin(), reported.end());
    const FactsCache previous = readFacts(folder, hosts);
    std::set<std::string> unreadable;
    for (const util::Error &e : previous.problems)
        unreadable.insert(e.position.file.empty() ? e.location : e.position.file);
    GatheringRecord record;
    for (const GatherOutcome &o : all) {
        const auto before = previous.hosts.find(o.host);
        const HostFacts *last = before == previous.hosts.end() ? nullptr : &before->second;
        // ISO 8601 UTC texts of one format sort as the times they name.
        if (last && (last->gathered > started || last->attempted > started)) {
            record.keptNewer.push_back(o.host);
            continue;
        }
        if (!last && !o.reachable && unreadable.contains(factsFile(folder, o.host)))
            continue;
        if (auto written = writeFacts(folder, applyOutcome(last, o, started)); written)
            record.written.push_back(o.host);
        else
            record.failures.push_back(written.error());
    }
    return record;
}

} // namespace core::checks
