// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/checks/pincheck.h"

#include "core/spec/matchspec.h"
#include "core/spec/version.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

namespace core::checks {

using namespace core::inventory;  // the types this check is made of

const char *pinCheckStatusName(PinCheckStatus status)
{
    switch (status) {
    case PinCheckStatus::Available:
        return "available";
    case PinCheckStatus::NoMatch:
        return "no-match";
    case PinCheckStatus::Missing:
        return "missing";
    case PinCheckStatus::Invalid:
        return "invalid";
    case PinCheckStatus::Unchecked:
        return "unchecked";
    }
    return "unchecked";
}

bool isPinCheckFailure(PinCheckStatus status)
{
    return status == PinCheckStatus::NoMatch || status == PinCheckStatus::Missing || status == PinCheckStatus::Invalid;
}

PackageIndex::PackageIndex(std::vector<spec::PackageRecord> records)
    : m_size(records.size())
{
    for (spec::PackageRecord &r : records) {
        std::string name = r.name;
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        m_byName[name].push_back(std::move(r));
    }
}

const std::vector<spec::PackageRecord> &PackageIndex::find(const std::string &name) const
{
    static const std::vector<spec::PackageRecord> s_none;
    const auto it = m_byName.find(name);
    return it == m_byName.end() ? s_none : it->second;
}

namespace {

/** Keeps the newest of the versions it is shown; versions that do not parse never win. */
class Newest
{
public:
    void offer(const std::string &text)
    {
        auto v = spec::Version::parse(text);
        if (!v)
            return;
        if (!m_best || *m_best < *v) {
            m_best = std::move(*v);
            m_text = text;
        }
    }
    const std::string &text() const { return m_text; }

private:
    std::optional<spec::Version> m_best;
    std::string m_text;
};

} // namespace

PinCheck checkCondaSpec(const std::string &text, const PackageIndex &index)
{
    PinCheck check;
    check.spec = text;
    auto parsed = spec::MatchSpec::parse(text);
    if (!parsed) {
        check.status = PinCheckStatus::Invalid;
        check.error = parsed.error().message();
        return check;
    }
    const spec::MatchSpec &ms = *parsed;
    if (ms.name().find_first_of("*?[") != std::string::npos) {
        check.status = PinCheckStatus::Invalid;
        check.error = "a pin must name one package, not the pattern '" + ms.name() + "'";
        return check;
    }
    const auto &records = index.find(ms.name());
    Newest newestAll, newestMatching;
    for (const spec::PackageRecord &r : records) {
        newestAll.offer(r.version);
        if (ms.matches(r)) {
            ++check.matchingBuilds;
            newestMatching.offer(r.version);
        }
    }
    check.newestAvailable = newestAll.text();
    check.newestMatching = newestMatching.text();
    check.status = records.empty()  ? PinCheckStatus::Missing
        : check.matchingBuilds == 0 ? PinCheckStatus::NoMatch
                                    : PinCheckStatus::Available;
    return check;
}

std::vector<PinCheck> checkPins(const std::vector<HostPins> &hosts, PinKind kind,
    const std::function<PinLookup(const PinKey &, const std::string &)> &lookup)
{
    // Distinct (key, spec) pairs in row order; hosts collect in inventory order.
    std::map<std::pair<PinKey, std::string>, PinCheck> distinct;
    for (const HostPins &host : hosts) {
        for (const Pin &pin : host.pins) {
            if (pin.key.kind != kind || pin.encrypted)
                continue;
            auto [it, inserted] = distinct.try_emplace({ pin.key, pin.spec });
            PinCheck &check = it->second;
            if (inserted) {
                PinLookup found = lookup(pin.key, pin.spec);
                check = PinCheck { pin.key, pin.spec, found.status, std::move(found.newestMatching),
                    std::move(found.newestAvailable), found.matchingBuilds, std::move(found.error), {}, pin.source };
            }
            if (check.hosts.empty() || check.hosts.back() != host.host)
                check.hosts.push_back(host.host);
        }
    }
    std::vector<PinCheck> out;
    out.reserve(distinct.size());
    for (auto &[key, check] : distinct)
        out.push_back(std::move(check));
    return out;
}

std::vector<PinCheck> checkCondaPins(const std::vector<HostPins> &hosts, const PackageIndex &index)
{
    return checkPins(hosts, PinKind::Conda, [&index](const PinKey &, const std::string &spec) {
        PinCheck c = checkCondaSpec(spec, index);
        return PinLookup { c.status, std::move(c.newestMatching), std::move(c.newestAvailable), c.matchingBuilds,
            std::move(c.error) };
    });
}

std::string environmentScope(const CondaEnvironment &environment, const PinVariables &variables)
{
    const auto &whole = variables.environment;
    if (std::find(whole.begin(), whole.end(), environment.variable) != whole.end())
        return environment.variable;
    return environment.variable + '/' + environment.name;
}

std::string requirementFor(const std::string &package, const std::string &value)
{
    const auto first = value.find_first_not_of(' ');
    if (first == std::string::npos)
        return package;
    const std::string trimmed = value.substr(first);
    // An operator or a glob says how to compare; a bare version means conda's fuzzy "=".
    if (std::string_view("=<>!~*").find(trimmed.front()) != std::string_view::npos)
        return package + trimmed;
    return package + '=' + trimmed;
}

std::vector<std::string> replaceRequirement(
    const std::vector<std::string> &specs, const std::string &package, const std::string &requirement)
{
    std::vector<std::string> out;
    bool replaced = false;
    for (const std::string &s : specs) {
        const auto split = splitRequirement(s, PinKind::Conda);
        if (!split || split->first != package) {
            out.push_back(s);
            continue;
        }
        if (!replaced && !requirement.empty())
            out.push_back(requirement);
        replaced = true;
    }
    if (!replaced && !requirement.empty())
        out.push_back(requirement);
    return out;
}

std::vector<EnvironmentInput> environmentInputs(const std::vector<HostPins> &hosts, const PinVariables &variables)
{
    std::vector<EnvironmentInput> inputs;
    for (const auto &host : hosts)
        for (const auto &env : host.environments)
            inputs.push_back({host.host, environmentScope(env, variables), env.dependencies});
    return inputs;
}

std::vector<PinCheck> checkRpmPins(const std::vector<HostPins> &hosts, const rpm::RpmRepositories &repositories)
{
    return checkPins(hosts, PinKind::Rpm, [&](const PinKey &key, const std::string &pin) {
        const rpm::RpmPinCheck c = repositories.check(key.package, pin);
        const PinCheckStatus status = c.status == rpm::RpmPinStatus::Available ? PinCheckStatus::Available
                                      : c.status == rpm::RpmPinStatus::NoMatch ? PinCheckStatus::NoMatch
                                                                               : PinCheckStatus::Missing;
        return PinLookup{status, c.resolved, c.newest, c.repositories.size(), {}};
    });
}

} // namespace core::checks
