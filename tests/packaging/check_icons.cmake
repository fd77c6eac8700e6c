# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 deploydeck authors
#
# cmake -DICONS=<resources/icons> -P check_icons.cmake: every hicolor PNG size exists, is a PNG of
# the size its folder names, and was rendered from the current deploydeck.svg (render-png.sh).
set(sizes 16 22 24 32 48 64 128 256)
set(errors "")
foreach(size IN LISTS sizes)
    set(png ${ICONS}/hicolor/${size}x${size}/apps/se.maxiv.deploydeck.png)
    if(NOT EXISTS ${png})
        list(APPEND errors "missing ${png}")
        continue()
    endif()
    # PNG signature (8 bytes), then the IHDR chunk: length, "IHDR", width and height (big endian).
    file(READ ${png} header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 24 8 chunk)
    string(SUBSTRING "${header}" 32 8 width_hex)
    string(SUBSTRING "${header}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT chunk STREQUAL "49484452")
        list(APPEND errors "${png} is not a PNG file")
    elseif(NOT width EQUAL size OR NOT height EQUAL size)
        list(APPEND errors "${png} is ${width}x${height}, expected ${size}x${size}")
    endif()
endforeach()

file(SHA256 ${ICONS}/deploydeck.svg svg_hash)
file(READ ${ICONS}/hicolor/deploydeck.svg.sha256 rendered_hash)
string(STRIP "${rendered_hash}" rendered_hash)
if(NOT svg_hash STREQUAL rendered_hash)
    list(APPEND errors "deploydeck.svg changed since the PNGs were rendered: run resources/icons/render-png.sh")
endif()

if(errors)
    list(JOIN errors "\n  " text)
    message(FATAL_ERROR "icon check failed:\n  ${text}")
endif()
list(LENGTH sizes count)
message(STATUS "ok: ${count} PNG sizes, rendered from the current deploydeck.svg")
