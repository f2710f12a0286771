#!/bin/sh
# The include rules of docs/ARCHITECTURE.md ("Who may include whom"), checked on the
# committed sources: each rule names the folders it binds and what their files may not
# include (or, for the front ends, name); every breach is printed with its file and line,
# and fails the test. Run from the source root of a git checkout.
set -u
status=0

sources=$(git ls-files -- '*.h' '*.hh' '*.hpp' '*.c' '*.cc' '*.cpp') || {
    echo "cannot list the sources (not a git checkout?): nothing was checked"
    exit 1
}
if [ -z "$sources" ]; then
    echo "no source files listed: nothing was checked"
    exit 1
fi

# files FOLDERS: the sources under any of FOLDERS, one a line.
files() {
    for folder in $1; do
        printf '%s\n' "$sources" | grep -E "^$folder/" || true
    done
}

# breach FOLDERS REGEX WHY: no line of a file under FOLDERS matches REGEX.
breach() {
    found=$(files "$1" | tr '\n' '\0' | xargs -0 -r grep -nE "$2" || true)
    if [ -n "$found" ]; then
        echo "$3:"
        printf '%s\n' "$found" | sed 's/^/  /'
        status=1
    fi
}

# forbid FOLDERS PATTERN WHY: no file under FOLDERS includes a header matching PATTERN,
# written from the repository root, from its own library's root or with ../ before it.
forbid() {
    breach "$1" "^[[:space:]]*#[[:space:]]*include(_next)?[[:space:]]*[<\"](\.\./)*(app/)?($2)" "$3"
}

app='base/|store/|ooxml/|intake/|extract/|bundle/|documents/|core/|cli/|gui/'
qt='Q[A-Za-z]+>|Qt[A-Za-z]*/|q[a-z]+\.h>'
breach 'app crypto policy tests' '^[[:space:]]*#[[:space:]]*include[[:space:]]*"\.\./' \
    "includes name their folder from a library root, never with ../"
forbid 'crypto' "$app|policy/" "crypto/ knows nothing of app/ or policy/"
forbid 'policy' "$app|crypto/" "policy/ knows nothing of app/ or crypto/"
forbid 'crypto policy app/base app/store app/ooxml app/intake app/extract app/bundle app/documents app/core app/cli' \
    "$qt" "only app/gui uses Qt"
# (grep -E has no look-ahead: "any policy/ header but placeholders.h" is spelled out.)
forbid 'app/base' "store/|ooxml/|intake/|extract/|bundle/|documents/|core/|cli/|gui/|crypto/|policy/(scan/|[a-oq-z]|p[^l])" \
    "app/base stands on nothing of baosong but policy's placeholder filler"
forbid 'app/store' "ooxml/|intake/|extract/|bundle/|documents/|core/|cli/|gui/" \
    "app/store stands on base, crypto and policy only"
forbid 'app/ooxml' "store/|intake/|extract/|bundle/|documents/|core/|cli/|gui/" \
    "app/ooxml is the zip and XML of Office files: it stands on app/base alone"
forbid 'app/intake' "store/|extract/|bundle/|documents/|core/|cli/|gui/" \
    "app/intake is formats only: no vault, no app library but app/ooxml"
forbid 'app/extract' "store/|intake/|bundle/|documents/|core/|cli/|gui/" \
    "app/extract reads words out of files: no vault, no app library but app/ooxml"
forbid 'app/bundle' "store/|ooxml/|intake/|extract/|documents/|core/|cli/|gui/" \
    "app/bundle holds no vault and knows no other app library"
forbid 'app/documents' "store/|intake/|extract/|bundle/|core/|cli/|gui/" \
    "app/documents holds no vault and knows no app library but app/ooxml"
forbid 'app/core' "cli/|gui/" "app/core knows no front end"
forbid 'app/cli app/gui' "store/|ooxml/|intake/|extract/|bundle/|documents/" \
    "the front ends act through app/core, never the libraries under it"
forbid 'app/cli' "gui/" "the command line knows nothing of the desktop app"
forbid 'app/gui' "cli/" "the desktop app knows nothing of the command line"
# Core's headers bring the store's types with them; the front ends still may not use them.
breach 'app/cli app/gui' \
    '\b(SqliteDatabase|SqliteTransaction|AuditLog|VaultKeys|VaultHeader|VaultWriterLock|[A-Za-z]*Store)\b|\.db\(\)' \
    "the front ends use no store class and no database handle: ask app/core"

if [ "$status" -eq 0 ]; then
    echo "every include follows docs/ARCHITECTURE.md"
fi
exit "$status"
