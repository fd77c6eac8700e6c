// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Linked into every fuzz target (an OBJECT library, so libFuzzer finds LLVMFuzzerInitialize):
// Qt's messages are dropped, so a parser's warnings do not slow the fuzzer down or flood its log.
#include <QtGlobal>

namespace {
void dropMessage(QtMsgType, const QMessageLogContext &, const QString &) {}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(dropMessage);
    return 0;
}
