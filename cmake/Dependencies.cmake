# Every external library comes from a Debian package (deploy/install-deps).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
# SQLCipher 4.6 from bookworm-backports. Never libsqlite3: both export the same symbols.
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=3.46)
find_package(nlohmann_json 3.11 REQUIRED)
# The scanner's normalisation: ICU (NFKC, Unicode properties), OpenCC (繁→简).
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc)
pkg_check_modules(OPENCC REQUIRED IMPORTED_TARGET opencc)
# Photo checks decode JPEGs by content (policy/photo_facts.cpp).
pkg_check_modules(TURBOJPEG REQUIRED IMPORTED_TARGET libturbojpeg)
if(BAOSONG_BUILD_TESTS)
    find_package(GTest REQUIRED)
    find_package(benchmark REQUIRED)
endif()
