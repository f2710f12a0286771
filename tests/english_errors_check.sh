#!/bin/sh
# Every error code app/ and policy/ can raise has an English sentence for LANG=en*
# readers (app/cli/english_errors.cpp). Run from the source root.
set -eu
missing=0
for code in $(grep -rhoE '(AppError|ParseError)\((ErrorKind::[A-Za-z]+, )?"[a-z_0-9]+"' app policy |
              grep -oE '"[a-z_0-9]+"' | sort -u); do
    if ! grep -q "{$code," app/cli/english_errors.cpp; then
        echo "no English sentence for $code"
        missing=1
    fi
done
exit $missing
