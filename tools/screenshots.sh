#!/usr/bin/env bash
# Placeholder screenshot helper (to be extended).
#
#   tools/screenshots.sh OUTPUT.png COMMAND [ARGS...]
#
# Starts Xvfb :99 (1366x768x24) when there is no display, runs COMMAND, waits
# ${SHOT_DELAY:-3} seconds, saves the whole screen with ImageMagick's `import -window root`,
# then ends COMMAND (and Xvfb if it started it).
set -euo pipefail

if [[ $# -lt 2 ]]; then
    printf 'usage: %s OUTPUT.png COMMAND [ARGS...]\n' "$0" >&2
    exit 2
fi
out=$1
shift
command -v import >/dev/null || { echo "screenshots: 'import' missing (./dev deps installs imagemagick)" >&2; exit 1; }

xvfb_pid=""
app_pid=""
cleanup() {
    if [[ -n $app_pid ]]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

if [[ -z ${DISPLAY:-} ]]; then
    command -v Xvfb >/dev/null || { echo "screenshots: Xvfb missing (./dev deps installs xvfb)" >&2; exit 1; }
    [[ ! -e /tmp/.X99-lock ]] || { echo "screenshots: display :99 is already in use (/tmp/.X99-lock)" >&2; exit 1; }
    Xvfb :99 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:99
    for _ in $(seq 1 50); do
        [[ -e /tmp/.X11-unix/X99 ]] && break
        sleep 0.1
    done
    [[ -e /tmp/.X11-unix/X99 ]] || { echo "screenshots: Xvfb did not start" >&2; exit 1; }
fi
export QT_QPA_PLATFORM=xcb

"$@" &
app_pid=$!
sleep "${SHOT_DELAY:-3}"
kill -0 "$app_pid" 2>/dev/null || { echo "screenshots: '$1' exited before the screenshot" >&2; app_pid=""; exit 1; }
mkdir -p -- "$(dirname -- "$out")"
import -window root "$out"
echo "screenshots: saved $out" >&2
