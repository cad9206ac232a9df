#!/usr/bin/env bash
# Writes the message template of every translatable string in src/ and
# include/ to $1 (po/update.sh and tests/i18n/check_catalogue.sh share it).
# The keywords are the calls of include/mentor/core/i18n.hpp. No file
# positions (--no-location) and sorted: the template changes only when a
# message does, so two branches that add messages merge cleanly.
# With --all-strings as $2, every string literal, with its file and line;
# with --with-locations, the marked ones with theirs (tests/i18n/check_unmarked.py).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
out=$1
mode=${2:-}
cd "$src"
if [ "$mode" = --all-strings ]; then
    location=(--extract-all)
elif [ "$mode" = --with-locations ]; then
    location=()
else
    location=(--no-location)
fi
find src include -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort >"$out.files"
xgettext --language=C++ --from-code=UTF-8 "${location[@]}" --sort-output --no-wrap \
    --add-comments=TRANSLATORS: \
    --keyword=tr --keyword=tr_ctx:1c,2 --keyword=tr_n:1,2 --keyword=trf --keyword=trf_ctx:1c,2 \
    --keyword=trnf:1,2 --keyword=N_ --keyword=NC_:1c,2 --keyword=date_from_pattern:1c,2 \
    --package-name=mentor --msgid-bugs-address="see README.md" \
    --files-from="$out.files" --output="$out.tmp" 2>"$out.log" || { cat "$out.log" >&2; exit 1; }
# The warnings of --extract-all are about literals that are not messages.
[ -n "$mode" ] || cat "$out.log" >&2
rm -f "$out.log"
rm -f "$out.files"
# The creation date would differ on every run.
sed '/^"POT-Creation-Date:/d' "$out.tmp" >"$out"
rm -f "$out.tmp"
