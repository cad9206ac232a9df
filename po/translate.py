#!/usr/bin/env python3
"""Fills translations into a .po file from a table of msgid -> msgstr.

    po/translate.py po/fr.po TABLE.tsv

TABLE.tsv: one message per line, tab-separated: context (or empty), msgid,
msgstr; for a plural message, msgid and msgstr are "singular\\|plural" (a
plain | is a bar of the text), \\n and \\t for newline and tab. Only entries that are
untranslated in the catalogue are filled; the rest are left as they are.
Lists the untranslated entries that remain (po/update.sh first).
"""
import re
import sys

from pofile import unquote as po_unquote


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\|", "\x00")


def po_quote(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + s + '"'




def parse(path):
    """Entries as lists of lines, keeping everything the file has."""
    entries, cur = [], []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.strip() == "":
            if cur:
                entries.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        entries.append(cur)
    return entries


def fields(entry):
    """{'msgctxt': str, 'msgid': str, 'msgid_plural': str, 'msgstr': str, 'msgstr[0]':...}"""
    out, key, buf = {}, None, []
    for line in entry:
        if line.startswith("#"):
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$', line)
        if m:
            if key:
                out[key] = po_unquote(buf)
            key, buf = m.group(1), [m.group(2)]
        elif line.startswith('"'):
            buf.append(line)
    if key:
        out[key] = po_unquote(buf)
    return out


def main():
    po_path, table_path = sys.argv[1], sys.argv[2]
    table = {}
    for n, line in enumerate(open(table_path, encoding="utf-8").read().split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{table_path}:{n}: expected 3 tab-separated columns, got {len(parts)}")
        ctx, msgid, msgstr = (unescape(p) for p in parts)
        table[(ctx, msgid)] = msgstr
    entries = parse(po_path)
    remaining = []
    for i, e in enumerate(entries):
        f = fields(e)
        if f.get("msgid", "") == "" and "msgctxt" not in f:
            continue
        ctx, msgid = f.get("msgctxt", ""), f["msgid"]
        plural = "msgid_plural" in f
        key = (ctx, msgid + ("\x00" + f["msgid_plural"] if plural else ""))
        done = all(f[k] for k in f if k.startswith("msgstr"))
        if done and not any(l.startswith("#,") and "fuzzy" in l for l in e):
            continue
        if key not in table:
            remaining.append((ctx, key[1]))
            continue
        head = [l for l in e if l.startswith("#") and not (l.startswith("#,") and "fuzzy" in l)]
        head += [l for l in e if l.startswith("#,") and "fuzzy" in l and l.replace("fuzzy", "").strip("#, ")] and []
        body = []
        if "msgctxt" in f:
            body.append("msgctxt " + po_quote(ctx))
        if plural:
            sing, plur = key[1].split("\x00")
            strs = table[key].split("\x00")
            body += ["msgid " + po_quote(sing), "msgid_plural " + po_quote(plur)]
            body += [f"msgstr[{k}] " + po_quote(s.replace("\x00", "|")) for k, s in enumerate(strs)]
        else:
            body += ["msgid " + po_quote(msgid), "msgstr " + po_quote(table[key].replace("\x00", "|"))]
        entries[i] = head + body
    with open(po_path, "w", encoding="utf-8") as out:
        out.write("\n\n".join("\n".join(e) for e in entries) + "\n")
    for ctx, msgid in remaining:
        show = msgid.replace("\n", "\\n").replace("\t", "\\t").replace("\x00", "\\|")
        print(f"{ctx}\t{show}\t")
    if remaining:
        print(f"{len(remaining)} untranslated", file=sys.stderr)


main()
