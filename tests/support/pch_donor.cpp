// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The target that compiles tests/support/pch.h once for every test to reuse; it is never run.
int main()
{
    return 0;
}
