#!/usr/bin/env bash
# Extracts the translatable strings of app/ and ui/ into translations/hocbaso_{vi,en}.ts.
# Source strings are English; Vietnamese is the default language of the program.
#   tools/update-translations.sh            # update both .ts files, then fill the English one
# Environment: LUPDATE (default /usr/lib/qt6/bin/lupdate), PYTHON (default python3).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
python="${PYTHON:-python3}"

if [[ ! -x "$lupdate" ]]; then
    echo "update-translations: lupdate not found at $lupdate (set LUPDATE)" >&2
    exit 1
fi

cd "$root"
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
# All C++ and Designer sources of app/ and ui/, without build folders; sorted so runs are stable.
find app ui \( -type d \( -name 'build' -o -name 'build-*' -o -name 'cmake-build-*' -o -name '.*' \) -prune \) \
     -o -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) -print | LC_ALL=C sort > "$list"

for lang in vi en; do
    "$lupdate" -silent -locations none -no-obsolete -source-language en -target-language "$lang" \
        "@$list" -ts "translations/hocbaso_${lang}.ts"
done

# English is the source language: its translations are the source texts.
"$python" "$root/tools/fill-en-translations.py" "translations/hocbaso_en.ts"

unfinished="$(grep -c 'type="unfinished"' translations/hocbaso_vi.ts || true)"
total="$(grep -c '<message' translations/hocbaso_vi.ts || true)"
echo "update-translations: $total messages, $unfinished unfinished in hocbaso_vi.ts"
