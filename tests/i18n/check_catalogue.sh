#!/usr/bin/env bash
# The message catalogues are complete and up to date:
#  1. po/mentor.pot is what po/xgettext.sh extracts from the sources now;
#  2. every po/<lang>.po translates every message of it, none fuzzy, and
#     msgfmt --check accepts it;
#  3. every translation has the placeholders of its source (fmt's {...});
#  4. no string literal of src/ that reads as prose escapes the catalogue:
#     each is marked (tr, trf, N_...) or listed in not_messages.txt.
# A new user-facing string therefore fails this test until it is marked,
# po/update.sh has run and it is translated.
set -uo pipefail
: "${MENTOR_SRC:?set MENTOR_SRC to the source tree}"
cd "$MENTOR_SRC"
export PYTHONDONTWRITEBYTECODE=1  # nothing written into the source tree
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FAILED=0
fail() { echo "FAIL: $*"; FAILED=1; }

bash po/xgettext.sh "$TMP/fresh.pot" || fail "xgettext failed"
if ! diff -u po/mentor.pot "$TMP/fresh.pot" >"$TMP/pot.diff"; then
    fail "po/mentor.pot is out of date with the sources: run po/update.sh, then translate"
    head -40 "$TMP/pot.diff"
fi

for po in po/*.po; do
    if ! msgcmp "$po" "$TMP/fresh.pot" 2>"$TMP/msgcmp.err"; then
        fail "$po lacks translations of messages of the sources:"
        head -40 "$TMP/msgcmp.err"
    fi
    stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1) || fail "msgfmt --check rejects $po: $stats"
    echo "$po: $stats"
    case "$stats" in *untranslated*|*fuzzy*) fail "$po has untranslated or fuzzy messages: $stats" ;; esac
    python3 tests/i18n/check_placeholders.py "$po" || fail "$po: placeholders differ from their source"
done

python3 tests/i18n/check_unmarked.py "$TMP" || fail "prose string literals outside the catalogue (mark them with tr/trf/N_, or list them in tests/i18n/not_messages*.txt)"

exit $FAILED
