// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "childprocess.h"

#include "benchutil.h"

#include <QElapsedTimer>

#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <sstream>

extern char **environ;

namespace bench {

ChildRun runMeasured(const std::vector<std::string> &argv, const std::vector<std::string> &setEnv)
{
    std::vector<std::string> args = argv;
    std::vector<char *> cargs;
    for (auto &a : args)
        cargs.push_back(a.data());
    cargs.push_back(nullptr);
    std::vector<std::string> env;
    for (char **e = environ; *e; ++e) {
        const std::string entry(*e);
        const auto name = entry.substr(0, entry.find('=') + 1);
        bool replaced = false;
        for (const auto &s : setEnv)
            replaced = replaced || s.starts_with(name);
        if (!replaced)
            env.push_back(entry);
    }
    env.insert(env.end(), setEnv.begin(), setEnv.end());
    std::vector<char *> cenv;
    for (auto &e : env)
        cenv.push_back(e.data());
    cenv.push_back(nullptr);

    ChildRun run;
    int outPipe[2], errPipe[2];
    if (::pipe(outPipe) != 0 || ::pipe(errPipe) != 0)
        return run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, outPipe[0]);
    posix_spawn_file_actions_addclose(&actions, errPipe[0]);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, cargs[0], &actions, nullptr, cargs.data(), cenv.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    pollfd fds[2] = { { outPipe[0], POLLIN, 0 }, { errPipe[0], POLLIN, 0 } };
    std::string *sinks[2] = { &run.out, &run.err };
    int open = spawned == 0 ? 2 : 0;
    char buffer[65536];
    while (open > 0 && ::poll(fds, 2, -1) > 0) {
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, std::size_t(n));
            } else {
                fds[i].fd = -1;
                --open;
            }
        }
    }
    ::close(outPipe[0]);
    ::close(errPipe[0]);
    if (spawned != 0)
        return run;
    int status = 0;
    struct rusage usage = {};
    ::wait4(pid, &status, 0, &usage);
    run.wallMs = ms(timer);
    run.peakRssMb = double(usage.ru_maxrss) / 1024;
    const auto msOf = [](const timeval &tv) { return double(tv.tv_sec) * 1000 + double(tv.tv_usec) / 1000; };
    run.cpuMs = msOf(usage.ru_utime) + msOf(usage.ru_stime);
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);)
        if (const auto eq = line.find('='); eq != std::string::npos && eq > 0)
            run.values[line.substr(0, eq)] = std::atof(line.c_str() + eq + 1);
    return run;
}

double medianOf(const std::vector<ChildRun> &runs, double ChildRun::*field)
{
    std::vector<double> values;
    for (const auto &r : runs)
        values.push_back(r.*field);
    return percentile(values, 0.5);
}

} // namespace bench
