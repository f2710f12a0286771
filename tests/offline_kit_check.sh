#!/usr/bin/env bash
# deploy/offline-kit and the kit's install.sh on a small fake archive, with no network:
# apt is pointed at a flat repository of fake packages through APT_CONFIG, the kit must
# carry exactly the closure the baseline lacks, and install.sh must refuse a changed kit,
# refuse a machine without the baseline, and really install into a scratch dpkg root.
# deploy/prove-offline-kit does the same for real in a debootstrap root.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
fail=0
bad() {
    echo "FAIL: $*"
    fail=1
}

# fake NAME VERSION [DEPENDS]: a package whose only file is /usr/bin/NAME.
fake() {
    local d=$t/src/$1 recommends=${FAKE_RECOMMENDS:-}
    mkdir -p "$d/DEBIAN" "$d/usr/bin"
    {
        echo "Package: $1"
        echo "Version: $2"
        echo "Architecture: all"
        echo "Maintainer: test <test@localhost>"
        [ -n "${3:-}" ] && echo "Depends: $3"
        [ -n "$recommends" ] && echo "Recommends: $recommends"
        echo "Description: fake package for the offline kit test"
    } >"$d/DEBIAN/control"
    printf '#!/bin/sh\necho "%s %s (fake)"\n' "$1" "$2" >"$d/usr/bin/$1"
    chmod 0755 "$d/usr/bin/$1"
    dpkg-deb --root-owner-group --build "$d" "$t/${4:-archive}/$1_$2_all.deb" >/dev/null
}
mkdir -p "$t/archive" "$t/debs" "$t/lists/partial" "$t/cache/archives/partial" "$t/none"
fake fake-liba 1.0 fake-libc
fake fake-libc 1.0
FAKE_RECOMMENDS=fake-unrelated fake fake-libb 1.2 fake-libd
fake fake-libd 1.0
fake fake-unrelated 1.0
fake fake-rec 1.0 fake-recdep
fake fake-recdep 1.0
FAKE_RECOMMENDS="fake-rec (>= 1.0) | fake-unrelated" fake baosong 0.0.1 "fake-liba, fake-libb (>= 1.0)" debs
fake baosong 0.0.2 "fake-liba, fake-missing" debs
(cd "$t/archive" && dpkg-scanpackages . /dev/null >Packages 2>/dev/null)
echo "deb [trusted=yes] file:$t/archive ./" >"$t/sources.list"
: >"$t/empty-status"
apt_config() { # STATUS [extra lines]
    cat <<EOF
Dir::Etc::SourceList "$t/sources.list";
Dir::Etc::SourceParts "$t/none";
Dir::State::Lists "$t/lists";
Dir::Cache "$t/cache";
Dir::State::status "$1";
Dir::State::extended_states "$t/extended_states";
Acquire::Languages "none";
APT::Sandbox::User "root";
EOF
    shift
    printf '%s\n' "$@"
}
apt_config "$t/empty-status" >"$t/apt.conf"
export APT_CONFIG=$t/apt.conf
apt-get -q update >"$t/update.log" 2>&1 || { cat "$t/update.log"; exit 1; }
printf '# the fake desktop\nfake-libb\n' >"$t/baseline"

kit() { "$here/deploy/offline-kit" "$@" >"$t/out.log" 2>&1; }
leftovers() { find "$t" -maxdepth 1 -name '.offline-kit.*' | grep -q . && bad "$1: a partial kit was left"; }

echo "== the kit carries the closure minus the baseline, and baosong's Recommends"
if kit --out "$t/kit" --deb "$t/debs/baosong_0.0.1_all.deb" --baseline "$t/baseline"; then
    (cd "$t/kit/pool" && ls) >"$t/pool"
    printf '%s\n' baosong_0.0.1_all.deb fake-liba_1.0_all.deb fake-libc_1.0_all.deb \
        fake-rec_1.0_all.deb fake-recdep_1.0_all.deb >"$t/want"
    diff -u "$t/want" "$t/pool" || bad "the pool is not baosong, its closure and its Recommends"
    for f in install.sh README.txt 使用说明.md Packages SHA256SUMS baseline.txt; do
        [ -f "$t/kit/$f" ] || bad "the kit lacks $f"
    done
    [ -x "$t/kit/install.sh" ] || bad "install.sh is not executable"
    grep -qx 'fake-libb 1.2' "$t/kit/baseline.txt" || bad "baseline.txt lacks fake-libb"
    grep -qx 'fake-libd 1.0' "$t/kit/baseline.txt" || bad "baseline.txt lacks fake-libb's dependency fake-libd"
    [ "$(grep -c '^Package:' "$t/kit/Packages")" -eq 5 ] || bad "Packages does not index five packages"
    (cd "$t/kit" && sha256sum --check --strict --quiet SHA256SUMS) || bad "SHA256SUMS does not verify"
    [ "$(wc -l <"$t/kit/SHA256SUMS")" -eq 10 ] || bad "SHA256SUMS does not list all ten files"
    grep -q 安装步骤 "$t/kit/README.txt" || bad "README.txt is not the Chinese guide"
    tail -1 "$t/out.log" | grep -qE '^[0-9a-f]{64}$' || bad "the SHA-256 of SHA256SUMS is not printed last"
else
    cat "$t/out.log"
    bad "offline-kit failed"
fi

echo "== without a baseline the kit carries everything"
if kit --out "$t/kit-all" --deb "$t/debs/baosong_0.0.1_all.deb" --baseline none; then
    [ "$(ls "$t/kit-all/pool" | wc -l)" -eq 7 ] || bad "--baseline none does not carry all six dependencies"
    [ -f "$t/kit-all/baseline.txt" ] && bad "--baseline none wrote a baseline.txt"
else
    cat "$t/out.log"
    bad "offline-kit --baseline none failed"
fi

echo "== bad input: refused, nothing written"
before=$(sha256sum "$t/kit/SHA256SUMS")
kit --out "$t/kit" --deb "$t/debs/baosong_0.0.1_all.deb" --baseline "$t/baseline"
[ $? -eq 2 ] && grep -q out_exists "$t/out.log" || bad "an existing --out was not refused with exit 2"
[ "$(sha256sum "$t/kit/SHA256SUMS")" = "$before" ] || bad "the existing kit was changed"
printf 'fake-libb\nno-such-package\n' >"$t/baseline-bad"
kit --out "$t/k2" --deb "$t/debs/baosong_0.0.1_all.deb" --baseline "$t/baseline-bad"
[ $? -eq 1 ] && grep -q baseline_unresolved "$t/out.log" || bad "an unknown baseline package was not refused"
kit --out "$t/k3" --deb "$t/debs/baosong_0.0.2_all.deb" --baseline "$t/baseline"
[ $? -eq 1 ] && grep -q closure_unresolved "$t/out.log" || bad "an unresolvable dependency was not refused"
kit --out "$t/k4" --deb "$t/baseline" --baseline "$t/baseline"
[ $? -eq 2 ] && grep -q deb_invalid "$t/out.log" || bad "a file that is not a .deb was not refused"
kit --deb "$t/debs/baosong_0.0.1_all.deb"
[ $? -eq 2 ] || bad "a missing --out was not a usage error"
for k in k2 k3 k4; do [ -e "$t/$k" ] && bad "$k was written after a refusal"; done
leftovers "the refusals"

# install.sh runs from a stick whose label has a space and Chinese, as many do.
usb="$t/U 盘/baosong kit"
mkdir -p "$t/U 盘"
cp -a "$t/kit" "$usb"
paper=$(sha256sum "$usb/SHA256SUMS" | cut -d' ' -f1)
# kit_variant NAME: a copy of the kit to spoil.
kit_variant() {
    cp -a "$t/kit" "$t/$1"
    echo "$t/$1"
}
simulate() { # KIT [install.sh arguments]: exit code in $?, output in sim.log
    local k=$1
    shift
    sh "$k/install.sh" --simulate "$@" >"$t/sim.log" 2>&1
}

echo "== install.sh --simulate"
# A machine with the baseline (fake-libb and its dependency installed).
apt-cache show fake-libb fake-libd | awk '/^Package:/{print; print "Status: install ok installed"; next} /^(Version|Architecture|Depends|Recommends):/{print} /^$/{print}' >"$t/desktop-status"
apt_config "$t/desktop-status" >"$t/apt-desktop.conf"
if APT_CONFIG=$t/apt-desktop.conf simulate "$usb" --sha256 "$paper"; then
    grep -q '将安装 baosong' "$t/sim.log" && grep -q '将安装 fake-liba' "$t/sim.log" ||
        bad "the simulation does not plan baosong and fake-liba"
    grep -q '将安装 fake-libb' "$t/sim.log" && bad "the simulation plans the baseline's fake-libb"
    grep -q 与纸面记录一致 "$t/sim.log" || bad "the paper SHA-256 was not reported as checked"
else
    cat "$t/sim.log"
    bad "install.sh --simulate failed on a machine with the baseline"
fi
# A machine without it: stopped before anything, naming what is missing.
APT_CONFIG=$t/apt.conf simulate "$usb"
[ $? -eq 1 ] && grep -q plan_failed "$t/sim.log" && grep -q fake-libb "$t/sim.log" ||
    bad "install.sh did not stop on a machine without fake-libb"
# A machine where installing would remove something: refused, nothing removed.
cp "$t/desktop-status" "$t/conflict-status"
printf '%s\n' "Package: kylin-thing" "Status: install ok installed" "Version: 1.0" \
    "Architecture: all" "Conflicts: fake-liba" "" >>"$t/conflict-status"
apt_config "$t/conflict-status" >"$t/apt-conflict.conf"
APT_CONFIG=$t/apt-conflict.conf simulate "$usb"
[ $? -eq 1 ] && grep -q plan_failed "$t/sim.log" || bad "a plan that removes kylin-thing was not refused"

echo "== install.sh refuses a changed kit"
APT_CONFIG=$t/apt-desktop.conf simulate "$usb" --sha256 "$(printf '%064d' 0)"
[ $? -eq 1 ] && grep -q paper_mismatch "$t/sim.log" || bad "a SHA256SUMS unlike the paper was not refused"
simulate "$usb" --sha256 nothex
[ $? -eq 2 ] && grep -q usage "$t/sim.log" || bad "a malformed --sha256 was not a usage error"
k=$(kit_variant changed)
printf 'x' >>"$k/pool/fake-liba_1.0_all.deb"
simulate "$k"
[ $? -eq 1 ] && grep -q sums_mismatch "$t/sim.log" || bad "a changed package was not refused"
k=$(kit_variant extra)
cp "$t/src/fake-unrelated/usr/bin/fake-unrelated" "$k/pool/"
simulate "$k"
[ $? -eq 2 ] && grep -q extra_files "$t/sim.log" || bad "an unlisted file was not refused"
# Symlinks escape SHA256SUMS: an extra index beside Packages, or a listed file replaced.
k=$(kit_variant link-index)
ln -s "$t/archive/Packages" "$k/Packages.gz"
simulate "$k"
[ $? -eq 2 ] && grep -q extra_files "$t/sim.log" || bad "a symlinked extra index was not refused"
k=$(kit_variant link-deb)
mv "$k/pool/fake-liba_1.0_all.deb" "$t/outside.deb"
ln -s "$t/outside.deb" "$k/pool/fake-liba_1.0_all.deb"
simulate "$k"
[ $? -eq 2 ] && grep -q extra_files "$t/sim.log" || bad "a listed package replaced by a symlink was not refused"
k=$(kit_variant no-sums)
rm "$k/SHA256SUMS"
simulate "$k"
[ $? -eq 2 ] && grep -q no_sums "$t/sim.log" || bad "a kit without SHA256SUMS was not refused"
sh "$usb/install.sh" --bogus >"$t/sim.log" 2>&1
[ $? -eq 2 ] && grep -q '\[usage\]' "$t/sim.log" || bad "an unknown argument was not a usage error"
find /var/tmp -maxdepth 1 -name 'baosong-kit.*' -newer "$t/sources.list" | grep -q . &&
    bad "install.sh left its private copy in /var/tmp"

if [ "$(id -u)" -eq 0 ]; then
    echo "== install.sh as an ordinary user: simulates, refuses to install"
    chmod 0755 "$t"
    if runuser -u nobody -- env APT_CONFIG="$t/apt-desktop.conf" sh "$usb/install.sh" --simulate \
        >"$t/sim.log" 2>&1; then
        grep -q 检查通过 "$t/sim.log" || bad "the ordinary user's simulation did not pass"
    else
        cat "$t/sim.log"
        bad "install.sh --simulate failed for an ordinary user"
    fi
    runuser -u nobody -- sh "$usb/install.sh" >"$t/sim.log" 2>&1
    [ $? -eq 2 ] && grep -q not_root "$t/sim.log" || bad "an ordinary user's install was not refused"
    chmod 0700 "$t"

    echo "== install.sh installs into a scratch dpkg root"
    r=$t/root
    mkdir -p "$r/var/lib/dpkg/info" "$r/var/lib/dpkg/updates" "$r/var/lib/dpkg/triggers"
    cp "$t/desktop-status" "$r/var/lib/dpkg/status"
    apt_config "$r/var/lib/dpkg/status" \
        "DPkg::Options { \"--root=$r\"; \"--force-script-chrootless\"; };" >"$t/apt-root.conf"
    if APT_CONFIG=$t/apt-root.conf PATH=$r/usr/bin:$PATH sh "$usb/install.sh" --sha256 "$paper" \
        >"$t/install.log" 2>&1; then
        grep -q 'baosong 0.0.1 (fake)' "$t/install.log" || bad "install.sh did not end with baosong --version"
        for p in baosong fake-liba fake-libc fake-rec fake-recdep; do
            [ -x "$r/usr/bin/$p" ] || bad "$p was not installed"
        done
        [ -e "$r/usr/bin/fake-libb" ] && bad "the baseline's fake-libb was installed from the kit"
        [ -e "$r/usr/bin/fake-unrelated" ] && bad "fake-unrelated was installed"
    else
        cat "$t/install.log"
        bad "install.sh failed"
    fi
    # apt failing midway is named, with a code.
    r=$t/root-fail
    mkdir -p "$r/var/lib/dpkg/info" "$r/var/lib/dpkg/updates" "$r/var/lib/dpkg/triggers"
    cp "$t/desktop-status" "$r/var/lib/dpkg/status"
    apt_config "$r/var/lib/dpkg/status" "DPkg::Options { \"--root=$r\"; };" \
        "DPkg::Pre-Invoke { \"false\"; };" >"$t/apt-fail.conf"
    APT_CONFIG=$t/apt-fail.conf sh "$usb/install.sh" >"$t/install.log" 2>&1
    [ $? -eq 1 ] && grep -q install_failed "$t/install.log" || bad "a failed apt run was not named"
else
    echo "SKIP: the ordinary-user and real-install checks need root"
    skipped=1
fi

[ $fail -eq 0 ] || exit $fail
# Every check that ran passed; the root-only ones could not run: ctest reports a skip.
[ "${skipped:-0}" -eq 1 ] && exit 77
echo "offline kit: all checks passed"
exit 0
