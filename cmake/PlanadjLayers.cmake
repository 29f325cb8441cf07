# One static library per folder of lib/, a "layer" (docs/architecture.md, "Layers").
#
#   planadj_layer(NAME [DEPENDS layer...] [PUBLIC_LIBS lib...] [PRIVATE_LIBS lib...]
#                 [INSTALL_HEADERS header...])
#
# builds planadj_NAME from lib/NAME/*.cpp. Its public headers live in
# lib/NAME/include/planadj/ and are seen by the layers that name NAME after DEPENDS;
# its private headers (lib/NAME/*.h, included as "NAME/x.h") are seen by NAME alone:
# its private include folder holds a single link, NAME -> lib/NAME. DEPENDS may only
# name layers declared before, so the order of the calls is the allowed direction.
# INSTALL_HEADERS names the public headers a library user gets (docs/install.md).

# The layers declared so far, lowest first.
set_property(GLOBAL PROPERTY PLANADJ_LAYERS "")
set_property(GLOBAL PROPERTY PLANADJ_INSTALLED_HEADERS "")

function(planadj_layer name)
  cmake_parse_arguments(L "" "" "DEPENDS;PUBLIC_LIBS;PRIVATE_LIBS;INSTALL_HEADERS" ${ARGN})
  get_property(declared GLOBAL PROPERTY PLANADJ_LAYERS)
  set(dir ${PROJECT_SOURCE_DIR}/lib/${name})
  if(NOT IS_DIRECTORY ${dir})
    message(FATAL_ERROR "layer '${name}': no folder lib/${name}")
  endif()
  foreach(dep IN LISTS L_DEPENDS)
    if(NOT dep IN_LIST declared)
      message(FATAL_ERROR "layer '${name}' depends on '${dep}', which is not a layer "
                          "declared before it in lib/CMakeLists.txt: a layer may only use "
                          "the layers below it")
    endif()
  endforeach()

  file(GLOB sources CONFIGURE_DEPENDS ${dir}/*.cpp)
  set(target planadj_${name})
  add_library(${target} STATIC ${sources})
  set_target_properties(${target} PROPERTIES EXPORT_NAME ${name} POSITION_INDEPENDENT_CODE ON)
  add_library(planadj::${name} ALIAS ${target})

  set(private_root ${PROJECT_BINARY_DIR}/layers/${name})
  file(MAKE_DIRECTORY ${private_root})
  file(CREATE_LINK ${dir} ${private_root}/${name} SYMBOLIC)
  target_include_directories(${target}
    PUBLIC $<BUILD_INTERFACE:${dir}/include> $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
    PRIVATE ${private_root})
  foreach(dep IN LISTS L_DEPENDS)
    target_link_libraries(${target} PUBLIC planadj_${dep})
  endforeach()
  target_link_libraries(${target} PUBLIC ${L_PUBLIC_LIBS} PRIVATE ${L_PRIVATE_LIBS})

  set_property(GLOBAL APPEND PROPERTY PLANADJ_LAYERS ${name})
  foreach(header IN LISTS L_INSTALL_HEADERS)
    if(NOT EXISTS ${dir}/include/planadj/${header})
      message(FATAL_ERROR "layer '${name}': no public header planadj/${header} to install")
    endif()
    set_property(GLOBAL APPEND PROPERTY PLANADJ_INSTALLED_HEADERS ${dir}/include/planadj/${header})
  endforeach()
endfunction()

# Fails the configure step when lib/ holds a folder that no planadj_layer() call
# declares: its sources would otherwise silently stay out of the build. The glob is
# re-checked on every build, so a new folder re-runs this check.
function(planadj_check_every_folder_is_a_layer)
  get_property(declared GLOBAL PROPERTY PLANADJ_LAYERS)
  file(GLOB entries LIST_DIRECTORIES true CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lib/*)
  foreach(entry IN LISTS entries)
    get_filename_component(folder ${entry} NAME)
    if(IS_DIRECTORY ${entry} AND NOT folder IN_LIST declared)
      message(FATAL_ERROR "lib/${folder} is not a layer: add planadj_layer(${folder} DEPENDS ...) "
                          "to lib/CMakeLists.txt at its place in the order, or move its files "
                          "into an existing layer (docs/architecture.md, \"Layers\")")
    endif()
  endforeach()
endfunction()
