#!/bin/sh
# Every string the desktop app shows has its English translation: lupdate is run over
# app/gui into a copy of the committed .ts, and any message it finds without a finished
# translation fails the test, named. Usage: translations_check.sh LUPDATE (from the
# source root).
set -eu
lupdate=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp app/gui/translations/baosong_en.ts "$work/en.ts"
"$lupdate" -silent -locations none -no-obsolete app/gui -ts "$work/en.ts"
missing=$(python3 - "$work/en.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET
for message in ET.parse(sys.argv[1]).getroot().iter("message"):
    translation = message.find("translation")
    forms = translation.findall("numerusform") or [translation]
    if translation.get("type") == "unfinished" or any(not (f.text or "").strip() for f in forms):
        print(" ", message.find("source").text.replace("\n", "\\n"))
PY
)
if [ -n "$missing" ]; then
    echo "untranslated in app/gui/translations/baosong_en.ts (run the update_translations target, then translate):"
    echo "$missing"
    exit 1
fi
echo "every app/gui string has an English translation"
