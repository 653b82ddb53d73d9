# CPack: one configuration for every platform. `cmake --build build --target package` (or `cpack` in the build
# directory) makes DEB and RPM on Linux, a WiX MSI on Windows, a DMG on macOS. The demo server (a test and demo
# tool with its own dependencies) is installed by `cmake --install` but left out of the packages.
set(CPACK_PACKAGE_NAME mgrdesk)
set(CPACK_PACKAGE_VENDOR "The mgrdesk developers")
set(CPACK_PACKAGE_CONTACT "The mgrdesk developers <mgrdesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "mgrdesk is a native desktop client for the BILLmanager billing platform and the other ISPsystem panels that\n"
    "share its API: saved accounts for many servers with passwords in the system keychain, lists and forms built\n"
    "from what each server describes, actions as another user (su), every server certificate verified with\n"
    "per-account pinning. Includes mgrdesk-cli, a command-line client on the same core.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY mgrdesk)
set(CPACK_PACKAGE_EXECUTABLES mgrdesk mgrdesk)
set(CPACK_PACKAGE_ICON ${CMAKE_SOURCE_DIR}/resources/icons/mgrdesk.svg)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_SOURCE_DIR}/cpack-prune.cmake)

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB RPM)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

  # Debian: library dependencies from dpkg-shlibdeps; what Qt and QtKeychain load at run time added by hand:
  # the SVG icon/image plugins (libqt6svg6; the TLS plugin is in libqt6network6, which shlibdeps finds, and it
  # loads libssl3, a dependency of libqt6network6), libsecret (QtKeychain loads it at run time) and a Secret
  # Service to keep the passwords in (recommended: without one mgrdesk asks for passwords each session).
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libsecret-1-0")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, qt6-wayland")
  set(CPACK_DEBIAN_PACKAGE_SECTION net)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
  set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

  # RPM: rpmbuild's automatic requirements (AutoReq) name the shared libraries; the run-time plugins and
  # libsecret by their Fedora/openSUSE package names.
  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
  set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
  set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
  set(CPACK_RPM_PACKAGE_AUTOREQ ON)
  set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg, libsecret")
  set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
      /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
      /usr/share/man /usr/share/man/man1)
  foreach(s scalable ${MGRDESK_ICON_SIZES})
    if(s STREQUAL "scalable")
      set(d /usr/share/icons/hicolor/scalable)
    else()
      set(d /usr/share/icons/hicolor/${s}x${s})
    endif()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${d} ${d}/apps)
  endforeach()
elseif(WIN32)
  # WiX MSI. The upgrade code never changes: a newer MSI replaces the installed version.
  set(CPACK_GENERATOR WIX)
  set(CPACK_WIX_UPGRADE_GUID "6B1C1E0E-4D0B-4A55-9C51-8B9E3C2A7F14")
  set(CPACK_WIX_PRODUCT_ICON ${CMAKE_BINARY_DIR}/packaging/icons/mgrdesk.ico)
  set(CPACK_WIX_PROGRAM_MENU_FOLDER mgrdesk)
  set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
  set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/windows/license.rtf)
  # The mgrdesk: URL scheme (HKCR\mgrdesk → mgrdesk.exe "%1").
  set(CPACK_WIX_PATCH_FILE ${CMAKE_CURRENT_SOURCE_DIR}/windows/urlscheme.wxs)
  set(CPACK_PACKAGE_INSTALL_DIRECTORY mgrdesk)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME "mgrdesk ${PROJECT_VERSION}")
  set(CPACK_DMG_FORMAT UDZO)
  set(CPACK_PACKAGE_ICON ${CMAKE_BINARY_DIR}/packaging/mgrdesk.icns)
endif()

include(CPack)
