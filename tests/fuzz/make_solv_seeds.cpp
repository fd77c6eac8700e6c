// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// fuzz_make_solv_seeds JSON_DIR OUT_DIR: writes the `.solv` seed corpus of fuzz_repodata_solv from
// the repodata JSON seeds (binary seeds are made, not committed), with writeSolvCache as the
// Database writes its caches, stamped fuzz::kSolvStamp.
#include "repodatafuzz.h"

#include "core/solve/repodataloader.h"
#include "core/solve/solvcache.h"

#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    using namespace core::solve;
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s JSON_DIR OUT_DIR\n", argv[0]);
        return 2;
    }
    const QDir in(QString::fromLocal8Bit(argv[1]));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    if (!QDir().mkpath(out.absolutePath()))
        return 1;
    int written = 0;
    for (const QString &name : in.entryList(QDir::Files, QDir::Name)) {
        QFile file(in.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray json = file.readAll();
        Database db;
        const RepodataSource source = fuzz::fuzzSource();
        Repo *repo = fuzz::addFuzzRepo(db, source);
        LoadStats stats;
        std::string &baseUrl = db.d()->repos.back().baseUrl;
        if (!detail::loadRepodataJson(repo, db.d()->noarchKey, std::string_view(json.constData(), std::size_t(json.size())),
                                      source, PipAsPythonDependency::No, baseUrl, stats))
            continue;  // seeds that are meant to fail make no cache
        detail::writeSolvCache(repo, out.filePath(name + QStringLiteral(".solv")).toStdString(), fuzz::kSolvStamp,
                               detail::SolvCacheInfo{baseUrl, stats.skipped, stats.replacedByConda, stats.warnings});
        ++written;
    }
    std::printf("%d .solv seeds in %s\n", written, qPrintable(out.absolutePath()));
    return written > 0 ? 0 : 1;
}
