#!/bin/sh
# Checks that a binary was built with the hardening the project promises: position-
# independent, full RELRO (relro + bind now), a non-executable stack, the stack protector
# and FORTIFY_SOURCE. Usage: hardening_check.sh BINARY
set -eu
bin=$1
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "MISSING: $1"; fail=1; fi; }
check "PIE"                 "readelf -h '$bin' | grep -q 'DYN (Position-Independent'"
check "RELRO"               "readelf -lW '$bin' | grep -q GNU_RELRO"
check "BIND_NOW"            "readelf -d '$bin' | grep -q 'BIND_NOW'"
check "non-executable stack" "readelf -lW '$bin' | grep GNU_STACK | grep -qv RWE"
check "stack protector"     "nm -D '$bin' | grep -q __stack_chk_fail"
check "FORTIFY_SOURCE"      "nm -D '$bin' | grep -q '_chk@'"
exit $fail
