# Every external library comes from a Debian package (deploy/install-deps).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
# SQLCipher 4.6 from bookworm-backports. Never libsqlite3: both export the same symbols.
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=3.46)
find_package(nlohmann_json 3.11 REQUIRED)
# The scanner's normalisation: ICU (NFKC, Unicode properties), OpenCC (繁→简).
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc)
pkg_check_modules(OPENCC REQUIRED IMPORTED_TARGET opencc)
# The scanner's patterns and keyword lists: RE2, linear time (never std::regex).
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
# Stable flag ids (SHA-256) without tying policy/ to crypto/.
find_package(OpenSSL 3.0 REQUIRED)
# Photo metadata read on import (what EXIF held: GPS above all) before it is stripped.
pkg_check_modules(EXIF REQUIRED IMPORTED_TARGET libexif)
# Photo checks decode JPEGs by content (policy/photo_facts.cpp).
pkg_check_modules(TURBOJPEG REQUIRED IMPORTED_TARGET libturbojpeg)
# The bag as a pax tar (app/bundle); the office's summary table as XLSX.
pkg_check_modules(LIBARCHIVE REQUIRED IMPORTED_TARGET libarchive)
# The seal writes on a second thread (app/bundle/background_sink.h).
find_package(Threads REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
# PDF attachments lose their metadata on import (app/intake/pdf_metadata.h).
pkg_check_modules(QPDF REQUIRED IMPORTED_TARGET libqpdf>=11)
# qpdf 11 asks each user to choose: plain std::shared_ptr, no PointerHolder.
set_property(TARGET PkgConfig::QPDF APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS
    POINTERHOLDER_TRANSITION=4)
# Word files are zip packages (app/documents).
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
# The XML parts of Word and Excel attachments, read for their text and rewritten without
# their authors (app/ooxml): expat, a streaming parser with billion-laughs protection.
pkg_check_modules(EXPAT REQUIRED IMPORTED_TARGET expat)
# PDFs (app/documents): Cairo's PDF surface writes subset CID fonts with exact ToUnicode
# maps and embeds JPEGs as they are; Pango shapes the text with HarfBuzz; fontconfig says
# whether the very font of each face is there (Noto CJK, AR PL UKai).
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo-pdf>=1.16)
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo>=1.50)
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
# The words inside attachments, for the scanner (app/extract): PDF text layers and pages
# drawn for OCR (poppler's C++ library), OCR (Tesseract 5, LSTM; leptonica decodes photos).
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp>=22.02)
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract>=5)
# The OpenMP runtime libtesseract is built with: extract/ocr_engine.cpp keeps its regions on
# one thread.
find_package(OpenMP REQUIRED COMPONENTS CXX)
pkg_check_modules(LEPTONICA REQUIRED IMPORTED_TARGET lept)
# The desktop app is Qt Widgets.
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Widgets Concurrent LinguistTools)
# Passphrase strength in the desktop app: zxcvbn's estimate, as KeePassXC shows it.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY zxcvbn REQUIRED)
# PDF pages drawn in the desktop app (a stamped scan, a 推荐表 before the office decides).
pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6>=22.02)
if(BAOSONG_BUILD_TESTS)
    find_package(GTest REQUIRED)
    find_package(Qt6 REQUIRED COMPONENTS Test)
    find_package(benchmark REQUIRED)
    # The age test kit ships some vectors zlib-compressed.
    find_package(ZLIB REQUIRED)
endif()
