// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/inventory.h"

#include <optional>
#include <string>
#include <vector>

namespace core::inventory {

/**
 * Which inventory variables hold pins: the workspace's `pin_variables`; these are its defaults.
 * rpm: maps name -> `default` | `latest` | version (or lists of names); conda: lists of
 * {env_name, dependencies, channels, wrappers}; environment: a whole environment.yml.
 */
struct PinVariables
{
    std::vector<std::string> rpm = {"packages_stable", "packages_testing", "versions"};
    std::vector<std::string> conda = {"conda_envs"};
    std::vector<std::string> environment = {"sardana_env"};
    bool operator==(const PinVariables &) const = default;
};

enum class PinKind {
    Rpm,       ///< an RPM pin: `default`, `latest` or a version
    Conda,     ///< a conda dependency of an environment
    Pip,       ///< a pip requirement of an environment
    Channels,  ///< the channels of an environment (one pin, listed in order)
    Wrappers,  ///< the command wrappers of an environment
};

/** "rpm", "conda", "pip", "channels", "wrappers". */
const char *pinKindName(PinKind kind);

/** What a pin is about: a row of the pin matrix. */
struct PinKey
{
    PinKind kind = PinKind::Rpm;
    std::string scope;    ///< the variable ("packages_stable"), or variable/environment ("conda_envs/silx")
    std::string package;  ///< the package name; "channels" or "wrappers" for those kinds

    auto operator<=>(const PinKey &) const = default;
    bool operator==(const PinKey &) const = default;
};

/** One pin of one host. */
struct Pin
{
    PinKey key;
    std::string value;     ///< "default", "10.9", a conda constraint ("=3.9", ">=1.2"), "" for any version
    std::string spec;      ///< conda/pip: the requirement as written ("python=3.9"); rpm: the value
    Source source;         ///< where the pin is written
    bool encrypted = false;  ///< vault-encrypted: value is "encrypted"

    bool operator==(const Pin &) const = default;
};

/** A conda environment a host gets, from a conda_envs entry or a whole environment.yml variable. */
struct CondaEnvironment
{
    std::string variable;  ///< the inventory variable it came from
    std::string name;
    std::vector<std::string> channels;
    std::vector<std::string> dependencies;  ///< conda match specs, in order
    std::vector<std::string> pip;           ///< pip requirements and options, in order
    std::vector<std::string> wrappers;
    Source source;

    bool operator==(const CondaEnvironment &) const = default;
};

/** Everything a host pins. */
struct HostPins
{
    std::string host;
    std::vector<Pin> pins;  ///< in the order written
    std::vector<CondaEnvironment> environments;
    std::vector<Diagnostic> warnings;  ///< malformed pin variables, numbers that lost digits ...

    /** The pin for @p key, or nullptr. */
    [[nodiscard]] const Pin *find(const PinKey &key) const;
    bool operator==(const HostPins &) const = default;
};

/**
 * The pins in @p host's effective variables. Malformed entries are skipped with a warning; an
 * RPM version YAML read as a number whose digits changed (`1.10` became 1.1) is kept as Ansible
 * sees it, with a warning. Vault-encrypted values become pins with value "encrypted".
 */
HostPins extractPins(const Host &host, const PinVariables &variables = {});

/** extractPins() for every host of @p inventory, in inventory order. */
std::vector<HostPins> extractAllPins(const Inventory &inventory, const PinVariables &variables = {});

/**
 * Splits a conda match spec into channel-less package name and constraint ("conda-forge::numpy
 * >=1.20" -> {"numpy", ">=1.20"}); pip requirements likewise ("taurus==4.7" -> {"taurus", "==4.7"}).
 * nullopt for pip options ("--index-url ...") and empty text.
 */
std::optional<std::pair<std::string, std::string>> splitRequirement(const std::string &text, PinKind kind);

} // namespace core::inventory
