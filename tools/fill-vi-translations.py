#!/usr/bin/env python3
"""Sets Vietnamese translations in translations/hocbaso_vi.ts from a tab-separated file.

Each line of the TSV is `source<TAB>vietnamese` (every context holding that source) or
`context<TAB>source<TAB>vietnamese` (that context only). Sources and translations are plain text
(the script escapes &, < and >); a literal tab or newline is written as \\t or \\n. Plural messages
(%n) get the one Vietnamese form, since Vietnamese does not inflect for number. Matching messages
lose type="unfinished". Prints what it set and what it could not find; exits 1 when a line matched
nothing, so a mistyped source is noticed.

The file is edited as text, message by message, so lupdate's layout is kept and diffs stay small.
Usage: tools/fill-vi-translations.py translations/hocbaso_vi.ts FILE.tsv
"""
import html
import pathlib
import re
import sys

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(r"(<message\b[^>]*>)(.*?)(</message>)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"<translation\b[^>]*?(?:/>|>.*?</translation>)", re.S)


def unescape_tsv(text: str) -> str:
    return text.replace("\\t", "\t").replace("\\n", "\n")


def xml_text(text: str) -> str:
    # As lupdate writes them, so that a later lupdate run leaves the file alone.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;").replace("'", "&apos;"))


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    ts_path, tsv_path = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    wanted = []  # (context or None, source, vietnamese)
    for line in tsv_path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 2:
            wanted.append((None, unescape_tsv(parts[0]), unescape_tsv(parts[1])))
        elif len(parts) == 3:
            wanted.append((parts[0], unescape_tsv(parts[1]), unescape_tsv(parts[2])))
        else:
            print(f"bad line: {line!r}", file=sys.stderr)
            return 2
    used = [0] * len(wanted)
    text = ts_path.read_text(encoding="utf-8")

    def fill_context(cm: re.Match) -> str:
        name = cm.group(1)

        def fill_message(mm: re.Match) -> str:
            head, body, tail = mm.groups()
            src = SOURCE.search(body)
            if not src:
                return mm.group(0)
            source = html.unescape(src.group(1))
            for i, (ctx, s, vi) in enumerate(wanted):
                if s != source or (ctx is not None and ctx != name):
                    continue
                used[i] += 1
                if 'numerus="yes"' in head:
                    new = "<translation>\n            <numerusform>%s</numerusform>\n        </translation>" % xml_text(vi)
                else:
                    new = "<translation>%s</translation>" % xml_text(vi)
                return head + TRANSLATION.sub(lambda _m: new, body, count=1) + tail
            return mm.group(0)

        return cm.group(0)[: cm.start(2) - cm.start(0)] + MESSAGE.sub(fill_message, cm.group(2)) + "</context>"

    text = CONTEXT.sub(fill_context, text)
    ts_path.write_text(text, encoding="utf-8")
    missing = [w for w, n in zip(wanted, used) if n == 0]
    print(f"set {sum(1 for n in used if n)} of {len(wanted)} lines")
    for ctx, s, _ in missing:
        print(f"not found: {ctx + ': ' if ctx else ''}{s!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
