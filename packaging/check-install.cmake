# The packaging test (CTest "packaging_install", Linux): `cmake --install` of the built tree into a scratch
# prefix, then checks that the binaries, the .desktop entry, the AppStream metainfo (newest release = the
# project's version), the icons and the manual pages are there and consistent, and that desktop-file-validate
# and `appstreamcli validate` accept them.
#   cmake -DBUILD_DIR=<build> -DPREFIX=<scratch> -DVERSION=<project version> -P check-install.cmake
# Without desktop-file-validate or appstreamcli (scripts/deps installs both) it prints SKIPPED and the test is
# reported as skipped.
cmake_minimum_required(VERSION 3.21)

set(APP_ID io.github.mgrdesk.Mgrdesk)
if(NOT BUILD_DIR OR NOT PREFIX OR NOT VERSION)
  message(FATAL_ERROR "usage: cmake -DBUILD_DIR=... -DPREFIX=... -P check-install.cmake")
endif()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()

set(desktop "${PREFIX}/share/applications/${APP_ID}.desktop")
set(metainfo "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml")
set(icon "${PREFIX}/share/icons/hicolor/scalable/apps/${APP_ID}.svg")
foreach(f "${PREFIX}/bin/mgrdesk" "${PREFIX}/bin/mgrdesk-cli" "${desktop}" "${metainfo}" "${icon}"
          "${PREFIX}/share/icons/hicolor/256x256/apps/${APP_ID}.png" "${PREFIX}/share/man/man1/mgrdesk.1.gz"
          "${PREFIX}/share/man/man1/mgrdesk-cli.1.gz")
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()

# The pieces name each other: Exec = the binary, Icon = the icon's name, launchable = the .desktop file.
file(READ "${desktop}" desktop_text)
if(NOT desktop_text MATCHES "\nExec=mgrdesk[ \n]")
  message(FATAL_ERROR "${desktop}: Exec is not the installed mgrdesk binary")
endif()
if(NOT desktop_text MATCHES "\nIcon=${APP_ID}\n")
  message(FATAL_ERROR "${desktop}: Icon does not name the installed icon ${APP_ID}")
endif()
file(READ "${metainfo}" metainfo_text)
if(NOT metainfo_text MATCHES "<id>${APP_ID}</id>")
  message(FATAL_ERROR "${metainfo}: id is not ${APP_ID}")
endif()
if(NOT metainfo_text MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
  message(FATAL_ERROR "${metainfo}: launchable does not name ${APP_ID}.desktop")
endif()
string(REGEX MATCH "<release version=\"([^\"]*)\"" _first "${metainfo_text}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "${metainfo}: the newest release is not ${VERSION} (CHANGELOG.md, project(VERSION))")
endif()
if(NOT metainfo_text MATCHES "<binary>mgrdesk</binary>")
  message(FATAL_ERROR "${metainfo}: provides/binary is not mgrdesk")
endif()
file(READ "${icon}" icon_text LIMIT 4096)
if(NOT icon_text MATCHES "<svg")
  message(FATAL_ERROR "${icon}: not an SVG image")
endif()

# The installed programs run from the prefix (the app offscreen: no display needed for --version).
foreach(exe mgrdesk mgrdesk-cli)
  execute_process(COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen "${PREFIX}/bin/${exe}" --version
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "${exe} ${VERSION}")
    message(FATAL_ERROR "installed ${exe} --version failed (${rc}): ${out}${err}")
  endif()
endforeach()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
if(NOT DESKTOP_FILE_VALIDATE OR NOT APPSTREAMCLI)
  message("SKIPPED: desktop-file-validate or appstreamcli is not installed (scripts/deps installs them)")
  return()
endif()
execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${desktop}" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
  message(FATAL_ERROR "desktop-file-validate ${desktop} (${rc}):\n${out}${err}")
endif()
# --no-net: no URL checks (no network here); pedantic hints (the upper-case letter in the reverse-DNS id)
# do not fail validation.
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${metainfo}" RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "appstreamcli validate ${metainfo} (${rc}):\n${out}${err}")
endif()
message("installed and valid: ${desktop}, ${metainfo}, ${icon}, ${PREFIX}/bin/mgrdesk")
