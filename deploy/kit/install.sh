#!/bin/sh
# 从本目录离线安装 baosong（报送）：只使用本目录中的软件包，不访问任何网络。
#
#   sudo sh install.sh [--sha256 值]             安装
#   sh install.sh --simulate [--sha256 值]       只检查能否安装，不作任何改动
#
# --sha256：纸面记录的 SHA256SUMS 自身的 SHA-256 值，给出时由脚本核对。
#
# The kit is first copied into a private folder, and only the copy is checked and given
# to apt: files on a stick can change after they were checked (anything running as the
# desktop user may write to it), and a symlink there could point anywhere. apt gets that
# copy as its only source, with private lists and cache, so the machine's own apt sources
# and state are untouched; it may not remove any installed package. Recommends are
# installed as far as the kit carries them (baosong's own: Qt's Chinese dialog texts, age,
# minisign).
set -eu

say() { printf '%s\n' "$*"; }
die() {
    printf 'install.sh: %s [%s]\n' "$2" "$1" >&2
    exit "${3:-1}"
}

mode=install
paper=""
while [ $# -gt 0 ]; do
    case $1 in
        --simulate) mode=simulate; shift ;;
        --sha256)
            [ $# -ge 2 ] || die usage "--sha256 后面须给出 64 位十六进制值。" 2
            paper=$(printf '%s' "$2" | tr -d ' ' | tr 'A-F' 'a-f')
            printf '%s' "$paper" | grep -Eqx '[0-9a-f]{64}' ||
                die usage "--sha256 的值应为 64 位十六进制数字。" 2
            shift 2
            ;;
        -h | --help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) die usage "未知参数 $1（可用 --simulate、--sha256 值）。" 2 ;;
    esac
done
if [ "$mode" = install ] && [ "$(id -u)" -ne 0 ]; then
    die not_root "安装需要管理员权限：请用 sudo sh install.sh 运行。" 2
fi

kit=$(cd "$(dirname "$0")" && pwd)
[ -f "$kit/SHA256SUMS" ] || die no_sums "找不到 SHA256SUMS：这不是完整的离线安装包。" 2

# A fixed, space-free place (apt's sources line cannot hold a space), mode 0700.
state=$(mktemp -d /var/tmp/baosong-kit.XXXXXX) || die no_temp "无法在 /var/tmp 中建立临时目录。"
trap 'rm -rf "$state"' EXIT
copy=$state/kit
cp -R "$kit" "$copy" 2>"$state/cp.log" || {
    cat "$state/cp.log" >&2
    die copy_failed "无法把安装包复制到 $state（见上；/var/tmp 需约 100 MB 空间）。"
}
cd "$copy"

if [ -n "$paper" ]; then
    actual=$(sha256sum SHA256SUMS | cut -d' ' -f1)
    [ "$actual" = "$paper" ] ||
        die paper_mismatch "SHA256SUMS 的 SHA-256 是 $actual，与纸面记录不符：安装包已被改动或不是同一份，不要安装。"
    say "install.sh: SHA256SUMS 与纸面记录一致"
fi
# Only plain files and folders: a symlink or device would escape what SHA256SUMS vouches for.
odd=$(find . ! -type f ! -type d) || die copy_failed "无法读取复制的安装包。"
[ -z "$odd" ] || die extra_files "安装包中有不是普通文件的项（如符号链接）：$odd" 2
# Every file must be listed and match: a changed, missing or added file stops here.
sha256sum --check --strict --quiet SHA256SUMS >"$state/check.log" 2>&1 || {
    cat "$state/check.log" >&2
    die sums_mismatch "文件校验失败（见上）：安装包在拷贝中损坏或被改动。请重新拷贝，并与制作者核对 SHA256SUMS。"
}
sed 's/^[0-9a-f]*  //' SHA256SUMS | LC_ALL=C sort >"$state/listed"
find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort >"$state/present" ||
    die copy_failed "无法读取复制的安装包。"
extra=$(LC_ALL=C comm -23 "$state/present" "$state/listed")
[ -z "$extra" ] || die extra_files "安装包中有 SHA256SUMS 未列出的文件：$extra" 2
say "install.sh: 全部文件校验通过"

say "deb [trusted=yes] file:$copy ./" >"$state/sources.list"
mkdir -p "$state/lists/partial" "$state/cache/archives/partial"
set -- -o "Dir::Etc::SourceList=$state/sources.list" -o "Dir::Etc::SourceParts=$state/none" \
    -o "Dir::State::Lists=$state/lists" -o "Dir::Cache=$state/cache" \
    -o Acquire::Languages=none -o APT::Sandbox::User=root -o APT::Get::Remove=false
if [ "$mode" = simulate ]; then
    set -- "$@" -o Debug::NoLocking=true
fi

apt-get "$@" -q update >"$state/update.log" 2>&1 || {
    cat "$state/update.log" >&2
    die apt_update "apt 无法读取安装包中的软件包索引（见上）。"
}
# A dry run first: a missing baseline package, a conflict or a removal is named before
# anything is unpacked.
if ! apt-get "$@" -s install baosong >"$state/plan.log" 2>&1; then
    cat "$state/plan.log" >&2
    die plan_failed "无法安装：本机缺少上面列出的软件包，或与已装软件冲突（本脚本不会删除任何已装软件）。本安装包假定的系统软件包见 baseline.txt；可在联网机器上用 deploy/offline-kit --baseline none 制作完整的安装包。"
fi
grep '^Inst ' "$state/plan.log" | sed 's/^Inst /  将安装 /' || true
if [ "$mode" = simulate ]; then
    say "install.sh: 检查通过，可以安装（未作任何改动）"
    exit 0
fi

DEBIAN_FRONTEND=noninteractive apt-get "$@" -y install baosong ||
    die install_failed "安装中途失败（见上）。请记下全部输出交给制作者；可运行 sudo apt-get -f install 检查系统状态。"
version=$(baosong --version) || die version_failed "已安装，但 baosong --version 运行失败（见上）。"
say "$version"
say "install.sh: 安装完成"
