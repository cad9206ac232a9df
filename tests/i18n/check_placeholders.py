#!/usr/bin/env python3
"""Every msgstr of a .po file uses the fmt placeholders of its msgid.

A translation may reorder them ("{0}", "{1}", named ones), but it may neither
add one the source lacks (fmt would fail; i18n.cpp then falls back to English)
nor drop one (the user would lose a figure or a name). Plural forms may drop
the count when the language says "un" instead of "1".
"""
import re
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po"))
from pofile import entries  # noqa: E402



def fields(text):
    """The placeholders of a fmt string, without their format spec; {{ }} are literal."""
    text = text.replace("{{", "").replace("}}", "")
    names, auto = [], 0
    for m in re.finditer(r"\{([^{}:]*)(:[^{}]*)?\}", text):
        name = m.group(1)
        if name == "":
            name, auto = str(auto), auto + 1
        names.append(name)
    return sorted(set(names))


# Date patterns pick among the parts core/i18n.cpp offers, whatever the source uses.
DATE_PARTS = {"iso", "year", "month", "month_short", "mm", "day", "dd", "weekday", "weekday_short"}

bad = 0
for e in entries(sys.argv[1]):
    if not e.get("msgid"):
        continue
    if e.get("msgctxt", "").endswith(" date"):
        extra = set(fields(e.get("msgstr", ""))) - DATE_PARTS
        if extra:
            print(f"  {e['msgid']!r} ({e['msgctxt']}): no date part {sorted(extra)}")
            bad += 1
        continue
    source = fields(e["msgid"])
    if "msgid_plural" in e:
        source = sorted(set(source) | set(fields(e["msgid_plural"])))
        targets = [v for k, v in e.items() if k.startswith("msgstr[")]
        for t in targets:
            extra = set(fields(t)) - set(source)
            if extra:
                print(f"  {e['msgid']!r}: translation {t!r} adds {sorted(extra)}")
                bad += 1
        if targets and set(source) - set().union(*(set(fields(t)) for t in targets)):
            print(f"  {e['msgid']!r}: translations drop {sorted(set(source) - set().union(*(set(fields(t)) for t in targets)))}")
            bad += 1
    else:
        t = e.get("msgstr", "")
        if t and fields(t) != source:
            print(f"  {e['msgid']!r}: source has {source}, translation {t!r} has {fields(t)}")
            bad += 1
sys.exit(1 if bad else 0)
