#!/bin/sh
# The include rules of docs/ARCHITECTURE.md ("Who may include whom"), checked on the
# committed sources: each rule names the folders it binds and the includes they may not
# write; every breach is printed with its file and line, and fails the test.
set -u
status=0

# forbid FOLDERS PATTERN WHY: no file under FOLDERS includes a header matching PATTERN.
forbid() {
    folders=$1 pattern=$2 why=$3
    found=$(git ls-files -- $folders | grep -E '\.(h|cpp|c)$' |
        xargs -r grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($pattern)" || true)
    if [ -n "$found" ]; then
        echo "$why:"
        echo "$found" | sed 's/^/  /'
        status=1
    fi
}

app='base/|store/|intake/|bundle/|documents/|core/|cli/|gui/'
qt='Q[A-Za-z]+>|Qt[A-Za-z]*/'
forbid 'crypto' "$app|policy/" "crypto/ knows nothing of app/ or policy/"
forbid 'policy' "$app|crypto/" "policy/ knows nothing of app/ or crypto/"
forbid 'crypto policy app/base app/store app/intake app/bundle app/documents app/core app/cli' \
    "$qt" "only app/gui uses Qt"
forbid 'app/base' "store/|intake/|bundle/|documents/|core/|cli/|gui/|crypto/|policy/" \
    "app/base stands on nothing of baosong"
forbid 'app/store app/intake app/bundle app/documents' "core/|cli/|gui/" \
    "the libraries under app/core do not reach up to it or to the front ends"
forbid 'app/intake' "store/|bundle/|documents/" "app/intake is formats only"
forbid 'app/bundle app/documents' "store/" "bundle and documents hold no vault"
forbid 'app/core' "cli/|gui/" "app/core knows no front end"
forbid 'app/cli app/gui' "store/" "the front ends act through app/core, never the store"
forbid 'app/cli' "gui/" "the command line knows nothing of the desktop app"
forbid 'app/gui' "cli/" "the desktop app knows nothing of the command line"

if [ "$status" -eq 0 ]; then
    echo "every include follows docs/ARCHITECTURE.md"
fi
exit "$status"
