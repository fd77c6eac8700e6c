# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
#
# cmake -DFUZZER=path -DSEEDS=dir -DWORK=dir -DSECONDS=n -P runfuzz.cmake
# Fuzzes for SECONDS, writing new inputs to WORK (emptied first) and only reading SEEDS.
# The seed of libFuzzer's random choices is fixed (SEED, default 1), so that a CI failure can be
# replayed with the same command; `./deploydeck.sh fuzz` and dedicated runs pick random seeds.
if(NOT DEFINED SEED)
    set(SEED 1)
endif()
file(REMOVE_RECURSE ${WORK} ${WORK}.artifacts)
file(MAKE_DIRECTORY ${WORK} ${WORK}.artifacts)
execute_process(COMMAND ${FUZZER} -seed=${SEED} -max_total_time=${SECONDS} -timeout=10 -max_len=4096 -print_final_stats=1
        -artifact_prefix=${WORK}.artifacts/ ${WORK} ${SEEDS}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${rc}); the input is in ${WORK}.artifacts/")
endif()
