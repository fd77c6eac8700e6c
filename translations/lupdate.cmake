# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
#
# Runs lupdate over ui/ and app/ for the .ts files, with the options each file needs:
#   deploydeck_sv.ts  every message, to be translated
#   deploydeck_en.ts  the source language: only the plural messages (-pluralonly), whose English
#                     forms ("%n warning" / "%n warnings") the code cannot spell out itself
#
#   cmake -DLUPDATE=/usr/lib/qt6/bin/lupdate -DSOURCE_DIR=<repo> -DMODE=update -P lupdate.cmake
#       updates translations/*.ts in place (the update_translations target runs this)
#   cmake -DLUPDATE=... -DSOURCE_DIR=<repo> -DMODE=check -DWORK_DIR=<dir> -P lupdate.cmake
#       updates copies in WORK_DIR and fails, naming the source texts, when a message is new in the
#       sources (the .ts files are stale) or is not translated (type="unfinished"). The i18n test.
cmake_minimum_required(VERSION 3.21)

foreach(var LUPDATE SOURCE_DIR MODE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "lupdate.cmake: -D${var}=... is required")
    endif()
endforeach()

set(ts_names deploydeck_sv deploydeck_en)
set(deploydeck_sv_options)
set(deploydeck_en_options -pluralonly -source-language en -target-language en)
set(scanned ui app)

# Unescapes the XML entities lupdate writes, for messages people read.
function(xml_unescape var text)
    string(REPLACE "&lt;" "<" text "${text}")
    string(REPLACE "&gt;" ">" text "${text}")
    string(REPLACE "&quot;" "\"" text "${text}")
    string(REPLACE "&apos;" "'" text "${text}")
    string(REPLACE "&amp;" "&" text "${text}")
    set(${var} "${text}" PARENT_SCOPE)
endfunction()

# Reads the messages of <file>: <out_all> gets one line per message, "    <context>: “<source>”",
# <out_unfinished> the lines of those whose translation is type="unfinished". Walks the file with
# string(FIND): source texts hold ';' and brackets, which CMake lists would split.
function(read_messages file out_all out_unfinished)
    file(READ "${file}" text)
    set(all "")
    set(unfinished "")
    set(context "")
    while(TRUE)
        string(FIND "${text}" "<message" message_at)
        if(message_at EQUAL -1)
            break()
        endif()
        # The last <name> before this message names its context.
        string(SUBSTRING "${text}" 0 ${message_at} before)
        string(FIND "${before}" "<name>" name_at REVERSE)
        if(NOT name_at EQUAL -1)
            math(EXPR name_at "${name_at} + 6")
            string(SUBSTRING "${before}" ${name_at} -1 context)
            string(FIND "${context}" "</name>" name_end)
            string(SUBSTRING "${context}" 0 ${name_end} context)
        endif()
        string(SUBSTRING "${text}" ${message_at} -1 text)
        string(FIND "${text}" "</message>" end_at)
        string(SUBSTRING "${text}" 0 ${end_at} message)
        math(EXPR end_at "${end_at} + 10")
        string(SUBSTRING "${text}" ${end_at} -1 text)
        string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
        xml_unescape(source "${CMAKE_MATCH_1}")
        string(REPLACE "\n" "\\n" source "${source}")
        set(line "    ${context}: “${source}”\n")
        string(APPEND all "${line}")
        if(message MATCHES "type=\"unfinished\"")
            string(APPEND unfinished "${line}")
        endif()
    endwhile()
    set(${out_all} "${all}" PARENT_SCOPE)
    set(${out_unfinished} "${unfinished}" PARENT_SCOPE)
endfunction()

# Sets <out_var> to the lines of <lines> that <known> does not have, and <out_count> to their number.
function(lines_missing lines known out_var out_count)
    set(missing "")
    set(count 0)
    while(NOT lines STREQUAL "")
        string(FIND "${lines}" "\n" end_at)
        string(SUBSTRING "${lines}" 0 ${end_at} line)
        math(EXPR end_at "${end_at} + 1")
        string(SUBSTRING "${lines}" ${end_at} -1 lines)
        string(FIND "\n${known}" "\n${line}\n" found)
        if(found EQUAL -1)
            string(APPEND missing "${line}\n")
            math(EXPR count "${count} + 1")
        endif()
    endwhile()
    set(${out_var} "${missing}" PARENT_SCOPE)
    set(${out_count} ${count} PARENT_SCOPE)
endfunction()

# Counts the lines of <lines>.
function(count_lines lines out_count)
    string(REGEX REPLACE "[^\n]" "" newlines "${lines}")
    string(LENGTH "${newlines}" count)
    set(${out_count} ${count} PARENT_SCOPE)
endfunction()

# Runs lupdate on <ts> with the options of <name>; leaves lupdate's summary in <out_var>.
function(run_lupdate name ts out_var)
    execute_process(
        COMMAND "${LUPDATE}" -I "${SOURCE_DIR}" -locations relative -no-obsolete ${${name}_options}
            ${scanned} -ts "${ts}"
        WORKING_DIRECTORY "${SOURCE_DIR}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${ts} (${rc}):\n${out}${err}")
    endif()
    # lupdate warns about what it cannot parse; those warnings hide real problems, so they fail too.
    string(REGEX MATCHALL "[^\n]*: [^\n]*(Qualifying with unknown|Cannot invoke tr|Discarding unconsumed)[^\n]*"
        warnings "${err}")
    if(warnings)
        list(JOIN warnings "\n    " warnings)
        message(FATAL_ERROR "lupdate does not understand some tr() calls:\n    ${warnings}")
    endif()
    string(REGEX MATCH "Found [^\n]*" summary "${out}")
    set(${out_var} "${summary}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "update")
    foreach(name IN LISTS ts_names)
        run_lupdate(${name} "${SOURCE_DIR}/translations/${name}.ts" summary)
        read_messages("${SOURCE_DIR}/translations/${name}.ts" all unfinished)
        count_lines("${all}" total)
        count_lines("${unfinished}" count)
        message(STATUS "${name}.ts: ${total} messages, ${count} to translate")
    endforeach()
elseif(MODE STREQUAL "check")
    if(NOT DEFINED WORK_DIR)
        message(FATAL_ERROR "lupdate.cmake: MODE=check needs -DWORK_DIR=...")
    endif()
    file(MAKE_DIRECTORY "${WORK_DIR}")
    set(failures "")
    foreach(name IN LISTS ts_names)
        set(committed "${SOURCE_DIR}/translations/${name}.ts")
        set(copy "${WORK_DIR}/${name}.ts")
        file(COPY_FILE "${committed}" "${copy}")
        read_messages("${committed}" old_all old_unfinished)
        run_lupdate(${name} "${copy}" summary)
        read_messages("${copy}" new_all new_unfinished)
        count_lines("${new_all}" total)
        # Messages of the sources that the committed file lacks: it is stale.
        lines_missing("${new_all}" "${old_all}" new_messages new_count)
        if(new_count GREATER 0)
            string(APPEND failures "translations/${name}.ts is stale: ${new_count} message(s) of ui/ and app/ are "
                "not in it (run `cmake --build <build> --target update_translations` and translate them):\n"
                "${new_messages}")
        endif()
        # Messages without a translation, whether the file has them already or not.
        count_lines("${new_unfinished}" unfinished_count)
        if(unfinished_count GREATER 0)
            string(APPEND failures "translations/${name}.ts has ${unfinished_count} unfinished message(s) "
                "(type=\"unfinished\", once updated from the sources):\n${new_unfinished}")
        endif()
        message(STATUS "${name}.ts: ${total} messages, ${new_count} new in the sources, ${unfinished_count} unfinished")
    endforeach()
    if(failures)
        message(FATAL_ERROR "${failures}")
    endif()
else()
    message(FATAL_ERROR "lupdate.cmake: MODE is update or check, not '${MODE}'")
endif()
