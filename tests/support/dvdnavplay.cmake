# dvdnavplay: plays a DVD-Video image through libdvdnav (first play, menu buttons, titles to
# their end) for tests of the DVD-Video trim; see tests/support/dvdnavplay.cpp. Built with
# every test (a dependency of the support library) into the tests' folder, where tests find it.
pkg_check_modules(DVDNAV IMPORTED_TARGET dvdnav)
if(DVDNAV_FOUND)
  add_executable(dvdnavplay ${CMAKE_CURRENT_LIST_DIR}/dvdnavplay.cpp)
  target_link_libraries(dvdnavplay PRIVATE PkgConfig::DVDNAV)
  set_target_properties(dvdnavplay PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  add_dependencies(spindle_test_support dvdnavplay)
endif()
