#!/usr/bin/env python3
"""Lists the string literals of src/ and include/ that read as prose but are
not marked for translation.

xgettext extracts every literal (--extract-all) and the marked ones (the
keywords of po/xgettext.sh); a literal at a file:line of the first list and
not of the second is unmarked. It reads as prose when it has a word next to
a space ("no such pair", " sessions") or is a capitalised word ("Goals").
Literals that are not messages (YAML keys, CSS, formats, commands) are listed
in tests/i18n/not_messages*.txt (one file per module), exactly or as a /regex/.

    check_unmarked.py TMPDIR
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(SRC, "po"))
from pofile import entries  # noqa: E402


def occurrences(pot):
    """{msgid or msgctxt: set of "file:line"} of a .pot written with locations.
    A marked message's context (tr_ctx's first argument) counts as marked."""
    found = {}
    for e in entries(pot):
        if not e.get("msgid"):
            continue
        for key in ("msgid", "msgid_plural", "msgctxt"):
            if key in e:
                found.setdefault(e[key], set()).update(e["refs"])
    return found


def allowlist():
    """(exact, patterns, scoped): a line "src/x.cpp: TEXT" allows TEXT in that file only."""
    exact, patterns, scoped = set(), [], set()
    import glob
    lines = []
    for path in sorted(glob.glob(os.path.join(HERE, "not_messages*.txt"))):
        lines += open(path, encoding="utf-8").read().split("\n")
    for line in lines:
        if not line or line.startswith("# "):
            continue
        m = re.match(r"^((?:src|include)/\S+): (.*)$", line)
        if m:
            scoped.add((m.group(1), m.group(2).replace("\\n", "\n")))
        elif len(line) > 2 and line.startswith("/") and line.endswith("/"):
            patterns.append(re.compile(line[1:-1]))
        else:
            exact.add(line.replace("\\n", "\n"))
    return exact, patterns, scoped


def prose(s):
    return bool(re.search(r"[A-Za-z]{2,}[ ]|[ ][A-Za-z]{2,}", s) or re.fullmatch(r"[A-Z][a-z]+[.:]?", s))


def main():
    tmp = sys.argv[1]
    script = os.path.join(SRC, "po", "xgettext.sh")
    subprocess.run(["bash", script, os.path.join(tmp, "all.pot"), "--all-strings"], check=True)
    subprocess.run(["bash", script, os.path.join(tmp, "marked.pot"), "--with-locations"], check=True)
    everything = occurrences(os.path.join(tmp, "all.pot"))
    marked = occurrences(os.path.join(tmp, "marked.pot"))
    exact, patterns, scoped = allowlist()
    bad = []
    for msgid, refs in everything.items():
        unmarked = refs - marked.get(msgid, set())
        if not unmarked or not prose(msgid) or msgid in exact or any(p.search(msgid) for p in patterns):
            continue
        for ref in sorted(unmarked):
            if (ref.rsplit(":", 1)[0], msgid) in scoped:
                continue
            bad.append(f"  {ref}: {msgid!r}")
    for line in sorted(bad):
        print(line)
    if bad:
        print(f"{len(bad)} unmarked prose literals")
    sys.exit(1 if bad else 0)


main()
