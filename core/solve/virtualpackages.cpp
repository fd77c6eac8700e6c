// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/virtualpackages.h"

#include "core/spec/platform.h"

#include <QString>
#include <QSysInfo>
#include <QtGlobal>

#include <algorithm>
#include <gnu/libc-version.h>

using core::util::ErrorCode;
using core::util::makeError;

namespace core::solve {

namespace {

void setOrRemove(std::vector<VirtualPackage> &packages, const std::string &name, const std::map<std::string, std::string> &env,
                 const std::string &variable, const std::string &build = "0")
{
    const auto it = env.find(variable);
    if (it == env.end())
        return;
    packages.erase(std::remove_if(packages.begin(), packages.end(), [&](const auto &v) { return v.name == name; }),
                   packages.end());
    if (!it->second.empty())
        packages.push_back({name, it->second, build});
}

std::string machinePlatform()
{
    const QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == QLatin1String("x86_64"))
        return "linux-64";
    if (arch == QLatin1String("arm64"))
        return "linux-aarch64";
    return {};
}

/** "5.15.0-91-generic" -> "5.15.0" */
std::string kernelVersion()
{
    std::string v = QSysInfo::kernelVersion().toStdString();
    const auto end = v.find_first_not_of("0123456789.");
    return end == std::string::npos ? v : v.substr(0, end);
}

} // namespace

std::map<std::string, std::string> condaOverridesFromEnvironment()
{
    std::map<std::string, std::string> env;
    for (const char *name : {"CONDA_OVERRIDE_CUDA", "CONDA_OVERRIDE_GLIBC", "CONDA_OVERRIDE_OSX", "CONDA_OVERRIDE_LINUX"})
        if (qEnvironmentVariableIsSet(name))
            env[name] = qEnvironmentVariable(name).toStdString();
    return env;
}

std::vector<VirtualPackage> defaultVirtualPackages(const std::string &platform,
                                                   const std::map<std::string, std::string> &environment)
{
    std::vector<VirtualPackage> packages;
    const std::string family = spec::platformFamily(platform);
    const bool native = platform == machinePlatform();
    if (family == "linux" || family == "osx")
        packages.push_back({"__unix", "0", "0"});
    if (family == "linux") {
        packages.push_back({"__linux", native ? kernelVersion() : std::string("5.10"), "0"});
        packages.push_back({"__glibc", native ? std::string(gnu_get_libc_version()) : std::string("2.17"), "0"});
    } else if (family == "osx") {
        packages.push_back({"__osx", "11.0", "0"});
    } else if (family == "win") {
        packages.push_back({"__win", "0", "0"});
    }
    if (const std::string arch = spec::platformArch(platform); !arch.empty())
        packages.push_back({"__archspec", "1", arch});
    setOrRemove(packages, "__glibc", environment, "CONDA_OVERRIDE_GLIBC");
    setOrRemove(packages, "__linux", environment, "CONDA_OVERRIDE_LINUX");
    setOrRemove(packages, "__osx", environment, "CONDA_OVERRIDE_OSX");
    setOrRemove(packages, "__cuda", environment, "CONDA_OVERRIDE_CUDA");
    return packages;
}

util::Result<VirtualPackage> parseVirtualPackage(const std::string &text)
{
    VirtualPackage v;
    const auto first = text.find('=');
    v.name = text.substr(0, first);
    if (v.name.empty() || v.name.find_first_of(" \t,<>") != std::string::npos)
        return makeError(ErrorCode::InvalidArgument, "expected NAME=VERSION[=BUILD], e.g. __cuda=12.2", text);
    if (first == std::string::npos)
        return makeError(ErrorCode::InvalidArgument, "no version: expected NAME=VERSION[=BUILD]", text);
    const auto second = text.find('=', first + 1);
    v.version = text.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
    if (second != std::string::npos)
        v.build = text.substr(second + 1);
    if (v.version.empty())
        return makeError(ErrorCode::InvalidArgument, "empty version: expected NAME=VERSION[=BUILD]", text);
    return v;
}

bool virtualPackageAppliesTo(const std::string &name, const std::string &platform)
{
    const bool linux = platform.starts_with("linux-");
    const bool osx = platform.starts_with("osx-");
    if (name == "__linux" || name == "__glibc")
        return linux;
    if (name == "__osx")
        return osx;
    if (name == "__win")
        return platform.starts_with("win-");
    if (name == "__unix")
        return linux || osx;
    return true;
}

ConfiguredVirtualPackages withConfiguredVirtualPackages(std::vector<VirtualPackage> defaults,
                                                        const std::map<std::string, std::string> &configured,
                                                        const std::string &platform)
{
    ConfiguredVirtualPackages result{std::move(defaults), {}};
    for (const auto &[name, value] : configured) {
        if (!virtualPackageAppliesTo(name, platform))
            continue;
        auto parsed = parseVirtualPackage(name + '=' + value);
        if (!parsed) {
            result.refused.push_back(parsed.error());
            continue;
        }
        std::erase_if(result.packages, [&key = name](const VirtualPackage &v) { return v.name == key; });
        result.packages.push_back(std::move(*parsed));
    }
    return result;
}

} // namespace core::solve
