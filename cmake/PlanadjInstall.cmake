# What `cmake --install` puts where, and the Debian package (docs/install.md).
# Component "runtime": the tool, its man pages, completion and schemas (the .deb).
# Component "development": the libraries, public headers and CMake package.
include(CMakePackageConfigHelpers)

set(PLANADJ_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/planadj)

install(TARGETS plan-adjust RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)

# ---- the library ---------------------------------------------------------------------
get_property(layers GLOBAL PROPERTY PLANADJ_LAYERS)
set(library_targets planadj)
foreach(layer IN LISTS layers)
  list(APPEND library_targets planadj_${layer})
endforeach()
install(TARGETS ${library_targets} EXPORT planadjTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development)
get_property(headers GLOBAL PROPERTY PLANADJ_INSTALLED_HEADERS)
install(FILES ${headers} ${PROJECT_BINARY_DIR}/generated/include/planadj/version.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/planadj COMPONENT development)
install(EXPORT planadjTargets NAMESPACE planadj:: DESTINATION ${PLANADJ_CMAKE_DIR}
        COMPONENT development)
configure_package_config_file(cmake/planadjConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/planadjConfig.cmake
                              INSTALL_DESTINATION ${PLANADJ_CMAKE_DIR})
# 0.x: a minor version may break the API, so only the same minor version matches.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/planadjConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/planadjConfig.cmake
              ${PROJECT_BINARY_DIR}/planadjConfigVersion.cmake
        DESTINATION ${PLANADJ_CMAKE_DIR} COMPONENT development)

# ---- man pages and completion, generated from --help ---------------------------------
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(from_help ${PROJECT_SOURCE_DIR}/cmake/from_help.py)
set(help_out ${PROJECT_BINARY_DIR}/from-help)
add_custom_command(
  OUTPUT ${help_out}/stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${help_out}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${help_out}/man1 ${help_out}/bash ${help_out}/zsh
  COMMAND Python3::Interpreter ${from_help} man $<TARGET_FILE:plan-adjust> ${help_out}/man1
  COMMAND Python3::Interpreter ${from_help} bash $<TARGET_FILE:plan-adjust>
          ${help_out}/bash/plan-adjust
  COMMAND Python3::Interpreter ${from_help} zsh $<TARGET_FILE:plan-adjust>
          ${help_out}/zsh/_plan-adjust
  COMMAND ${CMAKE_COMMAND} -E touch ${help_out}/stamp
  DEPENDS plan-adjust ${from_help}
  COMMENT "Man pages and shell completion from plan-adjust --help")
add_custom_target(plan-adjust-docs ALL DEPENDS ${help_out}/stamp)
install(DIRECTORY ${help_out}/man1 DESTINATION ${CMAKE_INSTALL_MANDIR} COMPONENT runtime)
install(FILES ${help_out}/bash/plan-adjust
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions COMPONENT runtime)
install(FILES ${help_out}/zsh/_plan-adjust
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions COMPONENT runtime)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/plan-adjust/schemas
        COMPONENT runtime FILES_MATCHING PATTERN "*.json")

# ---- the Debian package: `make package` ----------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plan-adjust)
set(CPACK_PACKAGE_VENDOR "plan-adjust")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "revise running training plans around injuries, with a reason for every change")
set(CPACK_PACKAGE_CONTACT "plan-adjust maintainers <plan-adjust@localhost>")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# Depends from the shared libraries the binary really links (dpkg-shlibdeps):
# libyaml-cpp0.7, libboost-program-options1.74.0, libc6, libstdc++6, libgcc-s1.
# Boost.Date_Time's calendar code is header-only, so no libboost-date-time is needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The tool only, as one package named plan-adjust: the library is installed from source
# (docs/install.md).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL runtime)
set(CPACK_STRIP_FILES ON)
include(CPack)
