# Compiler warnings and hardening shared by every target of the project.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(baosong_build_flags INTERFACE)
target_compile_options(baosong_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Wformat=2 -Wimplicit-fallthrough
    -fstack-protector-strong -fstack-clash-protection -fcf-protection
    $<$<BOOL:${BAOSONG_WERROR}>:-Werror>)
# FORTIFY_SOURCE's checked copies hide the accesses AddressSanitizer instruments.
target_compile_definitions(baosong_build_flags INTERFACE
    $<$<NOT:$<BOOL:${BAOSONG_SANITIZE}>>:_FORTIFY_SOURCE=2> _GLIBCXX_ASSERTIONS)
target_link_options(baosong_build_flags INTERFACE
    -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)
