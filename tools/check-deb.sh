#!/usr/bin/env bash
# Builds the .deb from an existing build folder and checks it as a user would meet it: fields and
# file list, then a real install (dpkg -i, apt-get -f install where needed), `hocbaso-cli --version`
# and an offscreen start of /usr/bin/hocbaso, then removes the package.
#
#   tools/check-deb.sh [BUILD_DIR]      (default: build; needs root or sudo for the install)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
say() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'check-deb: FAILED: %s\n' "$*" >&2; exit 1; }

say "building the package"
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack"
deb=$(ls -t "$build"/hocbaso_*.deb | head -n 1)
[ -f "$deb" ] || fail "no .deb in $build"

say "checking $deb"
info=$(dpkg-deb -I "$deb")
for field in Package Version Architecture Maintainer Depends Section Description; do
    grep -q "^ $field:" <<<"$info" || fail "control field $field missing"
done
for dep in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libsodium23 libxlsxwriter; do
    grep -q "$dep" <<<"$(grep '^ Depends:' <<<"$info")" || fail "Depends lacks $dep"
done
files=$(dpkg-deb -c "$deb")
for f in ./usr/bin/hocbaso ./usr/bin/hocbaso-cli ./usr/share/applications/hocbaso.desktop \
         ./usr/share/metainfo/vn.edu.hocbaso.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/hocbaso.svg \
         ./usr/share/icons/hicolor/16x16/apps/hocbaso.png ./usr/share/icons/hicolor/256x256/apps/hocbaso.png \
         ./usr/share/man/man1/hocbaso-cli.1.gz; do
    grep -q " $f\$" <<<"$files" || fail "file $f missing from the package"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate installer/hocbaso.desktop || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net installer/vn.edu.hocbaso.metainfo.xml >/dev/null || fail "appstreamcli validate"
fi

say "installing"
if ! "${sudo_cmd[@]}" dpkg -i "$deb" >/dev/null 2>&1; then
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq >/dev/null || fail "apt-get -f install"
fi
trap '"${sudo_cmd[@]}" dpkg -r hocbaso >/dev/null 2>&1 || true' EXIT
version=$(/usr/bin/hocbaso-cli --version) || fail "hocbaso-cli --version"
[[ "$version" == "hocbaso-cli "* ]] || fail "unexpected version line: $version"
tmp=$(mktemp -d)
HOME="$tmp" XDG_DATA_HOME="$tmp/data" /usr/bin/hocbaso-cli --db "$tmp/x.sqlite" init >/dev/null || fail "installed CLI cannot create a store"
# The GUI must start from the installed files alone: offscreen, it stays up until killed.
set +e
HOME="$tmp" QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/hocbaso --db "$tmp/x.sqlite" >/dev/null 2>&1
rc=$?
set -e
rm -rf "$tmp"
[ "$rc" -eq 124 ] || fail "hocbaso exited with $rc instead of running"
"${sudo_cmd[@]}" dpkg -r hocbaso >/dev/null || fail "dpkg -r"
trap - EXIT
say "package check passed: $(basename "$deb")"
