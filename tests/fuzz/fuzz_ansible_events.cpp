// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Ansible event-stream parser (one JSON event per line, from the callback plugin) on
// arbitrary bytes, fed the way a run feeds it: through a LineSplitter in two chunks.
#include "core/jobs/ansibleeventparser.h"
#include "core/jobs/linesplitter.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace core::jobs;
    AnsibleEventParser parser(QStringLiteral("fuzz/events.jsonl"));
    LineSplitter splitter(4096);
    const auto bytes = reinterpret_cast<const char *>(data);
    // Split where the first byte says, so chunk boundaries inside lines are tried too.
    const std::size_t cut = size == 0 ? 0 : data[0] % (size + 1);
    for (const QString &line : splitter.push(QByteArrayView(bytes, qsizetype(cut))))
        parser.parseLine(line);
    for (const QString &line : splitter.push(QByteArrayView(bytes + cut, qsizetype(size - cut))))
        parser.parseLine(line);
    for (const QString &line : splitter.finish())
        parser.parseLine(line);
    (void)parser.review();
    (void)parser.problems();
    (void)parser.eventCount();
    (void)parser.review().totals();
    (void)parser.review().changedHosts();
    return 0;
}
