#!/usr/bin/env bash
# Screenshots of the desktop app at 1366x768 or another screen and scale, for reviews and the guide.
#
#   tools/screenshots.sh [OUTPUT_DIR]          (default: ./screenshots)
#
# What it does:
#   1. starts Xvfb :99 at $SHOT_SCREEN (default 1366x768) when there is no $DISPLAY (stops it at the end);
#   2. creates the demo database with hocbaso-cli when $HOCBASO_DB does not exist yet;
#   3. runs `hocbaso --screenshot-dir DIR --db DB --user USER --lang LANG` with the password in
#      HOCBASO_PASSWORD: the app itself grabs its windows with QWidget::grab() into
#        DIR/login.png           the sign-in window
#        DIR/login-server.png    the same with its connection settings open on a central server
#        DIR/login-refused.png   the sign-in window after a wrong password
#        DIR/tab-6.1.png ...     each tab the user may open (6.1-6.5), main window over the whole screen
#        DIR/tab-6.1-failed.png  6.1 with a certificate whose checks fail open in the detail pane
#        DIR/tab-6.1-details.png the same pane scrolled to the certificate's fields, chain and history
#        DIR/trust-anchors.png   6.1's trusted root certificates
#        DIR/users.png, DIR/settings.png   the administrator's dialogs (administrators only)
#        DIR/about.png           Help > About
#      then writes DIR/.done and waits;
#   4. takes one picture of the whole X screen with ImageMagick (`import -window root`) into
#      DIR/screen.png, and ends the app.
#   Each user of $SHOT_EXTRA_USERS gets the same set in DIR/<user>/ (e.g. SHOT_EXTRA_USERS="admin xem1"
#   shows what an administrator and a viewer see).
#
# Settings (environment):
#   HOCBASO_BUILD_DIR   build folder holding hocbaso and hocbaso-cli (default: ./build)
#   HOCBASO_DB          demo database (default: /tmp/hocbaso-screenshots.sqlite)
#   HOCBASO_PASSWORD    password of the demo users (default: Demo@2026)
#   SHOT_USER           user signing in (default: canbo1, the demo officer)
#   SHOT_EXTRA_USERS    more users, each into its own subfolder (default: none)
#   SHOT_LANG           vi or en (default: vi)
#   SHOT_SCREEN         the X screen's size in pixels (default: 1366x768)
#   SHOT_SCALE          Qt's scale factor, QT_SCALE_FACTOR (default: 1; an officer's laptop at 125 %
#                       is SHOT_SCALE=1.25, a 1920x1080 monitor at 150 % SHOT_SCREEN=1920x1080 SHOT_SCALE=1.5)
#
# The app's screenshot mode uses a throwaway settings file: your remembered username and profile
# are left alone. Needs: xvfb, imagemagick (./dev deps installs both).
set -euo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
out=${1:-$ROOT/screenshots}
build=${HOCBASO_BUILD_DIR:-$ROOT/build}
db=${HOCBASO_DB:-/tmp/hocbaso-screenshots.sqlite}
export HOCBASO_PASSWORD=${HOCBASO_PASSWORD:-Demo@2026}
user=${SHOT_USER:-canbo1}
lang=${SHOT_LANG:-vi}
screen=${SHOT_SCREEN:-1366x768}
export QT_SCALE_FACTOR=${SHOT_SCALE:-1}

die() { printf 'screenshots: %s\n' "$*" >&2; exit 1; }
[[ -x $build/hocbaso ]] || die "$build/hocbaso is missing: build it first (or set HOCBASO_BUILD_DIR)"
[[ -x $build/hocbaso-cli ]] || die "$build/hocbaso-cli is missing: build it first (or set HOCBASO_BUILD_DIR)"
command -v import >/dev/null || die "'import' is missing (./dev deps installs imagemagick)"

xvfb_pid=""
app_pid=""
cleanup() {
    if [[ -n $app_pid ]]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

if [[ -z ${DISPLAY:-} ]]; then
    command -v Xvfb >/dev/null || die "Xvfb is missing (./dev deps installs xvfb)"
    [[ ! -e /tmp/.X99-lock ]] || die "display :99 is already in use (/tmp/.X99-lock)"
    Xvfb :99 -screen 0 "${screen}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:99
    for _ in $(seq 1 50); do
        [[ -e /tmp/.X11-unix/X99 ]] && break
        sleep 0.1
    done
    [[ -e /tmp/.X11-unix/X99 ]] || die "Xvfb did not start"
fi
export QT_QPA_PLATFORM=xcb

if [[ ! -e $db ]]; then
    printf 'screenshots: creating the demo database %s\n' "$db" >&2
    "$build/hocbaso-cli" --db "$db" demo --seed 1 --password "$HOCBASO_PASSWORD" >/dev/null
fi

# One run of the app for one user into one folder.
shoot() {
    local who=$1 dir=$2
    mkdir -p -- "$dir"
    rm -f -- "$dir/.done"
    HOCBASO_SCREENSHOT_HOLD=60 "$build/hocbaso" --screenshot-dir "$dir" --db "$db" --user "$who" --lang "$lang" &
    app_pid=$!
    for _ in $(seq 1 600); do
        [[ -e $dir/.done ]] && break
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ ! -e $dir/.done ]]; then
        wait "$app_pid" 2>/dev/null || true
        app_pid=""
        die "the app did not finish its screenshots for $who"
    fi
    import -window root "$dir/screen.png"
    printf 'screenshot: %s\n' "$dir/screen.png" >&2
    rm -f -- "$dir/.done"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

shoot "$user" "$out"
for extra in ${SHOT_EXTRA_USERS:-}; do
    shoot "$extra" "$out/$extra"
done
printf 'screenshots: done, see %s\n' "$out" >&2
