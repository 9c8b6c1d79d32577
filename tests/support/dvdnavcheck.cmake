# dvdnavcheck: plays every title of a DVD-Video through libdvdnav and checks its NAV packs,
# chapter jumps and time seeks against the IFO tables libdvdread reads (tests of stream
# removal); see tests/support/dvdnavcheck.cpp. Built with every test into the tests' folder.
pkg_check_modules(DVDNAV IMPORTED_TARGET dvdnav)
if(DVDNAV_FOUND)
  add_executable(dvdnavcheck ${CMAKE_CURRENT_LIST_DIR}/dvdnavcheck.cpp)
  target_link_libraries(dvdnavcheck PRIVATE PkgConfig::DVDNAV PkgConfig::DVDREAD)
  set_target_properties(dvdnavcheck PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  add_dependencies(spindle_test_support dvdnavcheck)
endif()
