# What `cpack` puts in the Debian package `baosong`: both programs, the rule sets
# and scanner rules for reference, the English translation, the desktop entry, icon, the
# .bsv file type, AppStream metainfo, the man pages, the operator guide and the threat
# model. Depends comes from the binaries (dpkg-shlibdeps), so it names libsqlcipher1 from
# bookworm-backports as the build found it.
include(GNUInstallDirs)

install(TARGETS baosong baosong-gui RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/policy/rules/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/baosong/rules FILES_MATCHING PATTERN "*.json")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/policy/scan/rules/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/baosong/scan-rules)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/baosong-gui.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/app/gui/icons/baosong.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/使用说明.md ${PROJECT_SOURCE_DIR}/deploy/THREAT_MODEL.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/deploy/baosong-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME baosong.xml)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/io.github.baosong.baosong.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Debian wants man pages compressed, reproducibly (-n: no name or time in the header).
foreach(page baosong.1 baosong-gui.1)
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
        COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/deploy/man/${page} > ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz
        DEPENDS ${PROJECT_SOURCE_DIR}/deploy/man/${page} VERBATIM)
    list(APPEND baosong_man_pages ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz)
endforeach()
# Debian's changelog (native package: changelog.gz) and copyright file; package_check.sh
# holds the changelog's version to the project's.
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/deploy/debian/changelog > ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/deploy/debian/changelog VERBATIM)
add_custom_target(man_pages ALL DEPENDS ${baosong_man_pages} ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
install(FILES ${baosong_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz ${PROJECT_SOURCE_DIR}/deploy/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME baosong)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "baosong maintainers <baosong@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "secure offline nomination submission (报送)")
# One line each: Debian wants the extended description within 80 columns.
set(CPACK_PACKAGE_DESCRIPTION
    "Keeps a defense-industry unit's nominations in an encrypted vault, checks
them against the campaign's rules, flags text that may be classified for the
security reviewer, and seals a signed, encrypted bundle for the defense
industry office, which verifies and opens it.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps alone would accept bookworm's SQLCipher 3.4.1 (SQLite 3.15.2, years of
# CVEs, and not the vault's format): 4.6 from bookworm-backports is required. Fonts, the
# SVG icon plugin and the OCR models are loaded, not linked, so shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libsqlcipher1 (>= 4.6), fonts-noto-cjk, fonts-arphic-ukai, libqt6svg6, tesseract-ocr-chi-sim, tesseract-ocr-chi-sim-vert")
# Recommends, which the offline kit carries: Qt's own dialogs in Chinese; Chinese typing
# under fcitx5, the input method of Chinese Debian, UOS and Kylin desktops (IBus's Qt 6
# plugin is already in libqt6gui6); age and minisign to check a bundle by hand.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fcitx5-frontend-qt6, age, minisign")
set(CPACK_STRIP_FILES ON)
include(CPack)
