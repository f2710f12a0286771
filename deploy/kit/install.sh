#!/bin/sh
# 从本目录离线安装 baosong（报送）：只使用本目录中的软件包，不访问任何网络。
# Installs baosong from this folder alone: apt is given this folder as its only source,
# with private lists and cache, so the machine's own apt sources and state are untouched.
# Recommends are installed as far as the kit carries them (baosong's own: Qt's Chinese
# dialog texts, age, minisign).
#
#   sudo sh install.sh              安装
#   sh install.sh --simulate        只检查能否安装，不作任何改动
set -eu

kit=$(cd "$(dirname "$0")" && pwd)
mode=install
case "${1:-}" in
    "") ;;
    --simulate) mode=simulate ;;
    -h | --help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install.sh: 未知参数 $1（可用 --simulate）" >&2; exit 2 ;;
esac

die() {
    echo "install.sh: $2 [$1]" >&2
    exit "${3:-1}"
}

state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT

cd "$kit"
[ -f SHA256SUMS ] || die no_sums "找不到 SHA256SUMS：这不是完整的离线安装包。" 2
# Every file must be listed and match: a changed, missing or added package stops here,
# before apt sees anything.
if ! sha256sum --check --strict --quiet SHA256SUMS; then
    die sums_mismatch "文件校验失败（见上）：安装包在拷贝中损坏或被改动。请重新拷贝，并与制作者核对 SHA256SUMS。"
fi
sed 's/^[0-9a-f]*  //' SHA256SUMS | LC_ALL=C sort >"$state/listed"
find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort >"$state/present"
extra=$(LC_ALL=C comm -23 "$state/present" "$state/listed")
[ -z "$extra" ] || die extra_files "安装包中有 SHA256SUMS 未列出的文件：$extra" 2
echo "install.sh: 全部文件校验通过"

if [ "$mode" = install ] && [ "$(id -u)" -ne 0 ]; then
    die not_root "安装需要管理员权限：请用 sudo sh install.sh 运行。" 2
fi

# A path with spaces (a USB stick's label) cannot go in a sources line: link to it.
ln -s "$kit" "$state/kit"
echo "deb [trusted=yes] file:$state/kit ./" >"$state/sources.list"
mkdir -p "$state/lists/partial" "$state/cache/archives/partial"
set -- -o "Dir::Etc::SourceList=$state/sources.list" -o "Dir::Etc::SourceParts=$state/none" \
    -o "Dir::State::Lists=$state/lists" -o "Dir::Cache=$state/cache" \
    -o Acquire::Languages=none -o APT::Sandbox::User=root
if [ "$mode" = simulate ]; then
    set -- "$@" -o Debug::NoLocking=true
fi

apt-get "$@" -q update >"$state/update.log" 2>&1 || {
    cat "$state/update.log" >&2
    die apt_update "apt 无法读取本目录的软件包索引（见上）。"
}
# A dry run first: a missing baseline package or a conflict is named before anything is
# unpacked.
if ! apt-get "$@" -s install baosong >"$state/plan.log" 2>&1; then
    cat "$state/plan.log" >&2
    die plan_failed "无法安装：本机缺少上面列出的软件包，或与已装软件冲突。本安装包假定的系统软件包见 baseline.txt；可在联网机器上用 deploy/offline-kit --baseline none 制作完整的安装包。"
fi
grep '^Inst ' "$state/plan.log" | sed 's/^Inst /  将安装 /'
if [ "$mode" = simulate ]; then
    echo "install.sh: 检查通过，可以安装（未作任何改动）"
    exit 0
fi

DEBIAN_FRONTEND=noninteractive apt-get "$@" -y install baosong
echo "install.sh: 安装完成"
baosong --version
