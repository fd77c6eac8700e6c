#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
#
# check_manpage.sh DEPLOYDECK MANPAGE: the man page formats without groff warnings, names the
# program's version, and documents every command `deploydeck --help` lists and every long option
# each `deploydeck COMMAND --help` prints, so the page cannot fall behind the program unnoticed.
set -eu
program="$1" page="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen

warnings="$(groff -man -ww -z -Tutf8 "$page" 2>&1)" || fail "groff cannot format $page"
[ -z "$warnings" ] || fail "groff warns about $page: $warnings"

# The page as plain text: font escapes removed and \- turned into -.
text="$(sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\(em/--/g' "$page")"
documents() { printf '%s\n' "$text" | grep -qF -- "$1"; }

version="$("$program" --version | sed -n 's/^deploydeck //p')"
grep -q "^\.TH DEPLOYDECK 1 .*\"deploydeck $version\"" "$page" || fail "the .TH line of $page does not name deploydeck $version"

help="$("$program" --help)" || fail "deploydeck --help failed"
commands="$(printf '%s\n' "$help" | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')"
[ -n "$commands" ] || fail "deploydeck --help lists no commands"
for option in $(printf '%s\n' "$help" | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
    documents "$option" || fail "$page does not document deploydeck $option"
done

missing=""
count=0
for command in $commands; do
    count=$((count + 1))
    printf '%s\n' "$text" | grep -Eq "^\.SS deploydeck $command( |\$)" || { missing="$missing\n  command '$command' (no '.SS deploydeck $command' section)"; continue; }
    # The command's own section: from its .SS line to the next .SS or .SH.
    section="$(printf '%s\n' "$text" | awk -v head=".SS deploydeck $command" '
        index($0, head) == 1 && (length($0) == length(head) || substr($0, length(head) + 1, 1) == " ") { on = 1; next }
        on && /^\.S[SH]/ { exit } on { print }')"
    chelp="$("$program" "$command" --help)" || fail "deploydeck $command --help failed"
    # --help-all is Qt's generic "help including Qt options"; --help is documented once for all.
    for option in $(printf '%s\n' "$chelp" | grep -o -- '--[a-z][a-z0-9-]*' | sort -u | grep -vx -e --help -e --help-all); do
        printf '%s\n' "$section" | grep -qF -- "$option" || missing="$missing\n  deploydeck $command $option"
    done
done
[ -z "$missing" ] || fail "$(printf "$page does not document:$missing")"
echo "ok: $page formats cleanly and documents all $count commands and their options"
