"""Reading .po and .pot files, for po/translate.py and tests/i18n/.

entries(path) yields each entry as a dict of its keywords (msgctxt, msgid,
msgid_plural, msgstr, msgstr[N]) with their unquoted text, and "refs": the
file:line references of its "#:" comments (present when the file was
written with locations).
"""
import re

_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$')
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def unquote(lines):
    """The text of a keyword's quoted lines, escapes resolved."""
    out = ""
    for line in lines:
        body = line[line.index('"') + 1 : line.rindex('"')]
        out += re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)
    return out


def entries(path):
    cur, key, buf = {"refs": []}, None, []
    for line in open(path, encoding="utf-8").read().split("\n") + [""]:
        m = _KEYWORD.match(line)
        if (m or not line.startswith('"')) and key:
            cur[key] = unquote(buf)
            key = None
        if m:
            key, buf = m.group(1), [m.group(2)]
        elif line.startswith('"'):
            buf.append(line)
        elif line.startswith("#:"):
            cur["refs"] += line[2:].split()
        elif line.strip() == "":
            if len(cur) > 1:
                yield cur
            cur = {"refs": []}
