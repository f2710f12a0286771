#!/bin/sh
# Every error code app/, policy/ and crypto/ can raise has an English sentence for LANG=en*
# readers (app/core/english_errors.cpp). Run from the source root.
set -eu
missing=0
# -z reads each file whole, so a call that clang-format broke across lines still matches.
for code in $(grep -rhozP '(AppError|ParseError|CryptoError|problem)\(\s*(ErrorKind::[A-Za-z]+,\s*)?"[a-z_0-9]+"' app policy crypto |
              tr '\0' '\n' | grep -oE '"[a-z_0-9]+"' | sort -u); do
    if ! grep -q "{$code," app/core/english_errors.cpp; then
        echo "no English sentence for $code"
        missing=1
    fi
done
exit $missing
