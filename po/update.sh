#!/usr/bin/env bash
# After adding or changing a message: regenerates po/mentor.pot from the
# sources and merges it into every po/<lang>.po. New messages arrive
# untranslated (never "fuzzy": no guessing from a similar message), messages
# gone from the sources are dropped. Then translate the empty msgstr ""
# entries; `msgattrib --untranslated po/fr.po` lists them.
set -euo pipefail
po=$(cd "$(dirname "$0")" && pwd)
bash "$po/xgettext.sh" "$po/mentor.pot"
for catalogue in "$po"/*.po; do
    msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-wrap --no-location --sort-output \
        "$catalogue" "$po/mentor.pot"
    msgattrib --no-obsolete --no-wrap --no-location --sort-output -o "$catalogue" "$catalogue"
    echo "$(basename "$catalogue"): $(msgfmt --check --statistics -o /dev/null "$catalogue" 2>&1)"
done
