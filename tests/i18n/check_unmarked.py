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


def unquote(lines):
    out = ""
    for line in lines:
        body = line[line.index('"') + 1 : line.rindex('"')]
        out += re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)
    return out


def occurrences(pot):
    """{(msgid): set of "file:line"} of a .pot written with locations."""
    found, refs, key, buf, cur = {}, [], None, [], {}

    def flush():
        nonlocal refs, cur
        if "msgid" in cur and cur["msgid"]:
            found.setdefault(cur["msgid"], set()).update(refs)
            # A marked message's context (tr_ctx's first argument) is marked too.
            if "msgctxt" in cur:
                found.setdefault(cur["msgctxt"], set()).update(refs)
            if "msgid_plural" in cur:
                found.setdefault(cur["msgid_plural"], set()).update(refs)
        refs, cur = [], {}

    for line in open(pot, encoding="utf-8").read().split("\n") + [""]:
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$', line)
        if (m or not line.startswith('"')) and key:
            cur[key] = unquote(buf)
            key = None
        if m:
            key, buf = m.group(1), [m.group(2)]
        elif line.startswith('"'):
            buf.append(line)
        elif line.startswith("#:"):
            refs += line[2:].split()
        elif line.strip() == "":
            flush()
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
