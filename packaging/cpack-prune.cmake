# CPACK_PRE_BUILD_SCRIPTS: runs after CPack installed the project into its staging directory and before the
# package is made. The packages hold the app and the CLI; the demo server (test/demo tool, linked to Qt
# HttpServer and needing the openssl command) stays out.
file(GLOB_RECURSE _demo "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*mgrdesk-demo-server*")
foreach(f IN LISTS _demo)
  file(REMOVE "${f}")
endforeach()
