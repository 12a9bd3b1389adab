#!/usr/bin/env python3
"""Fills translations/hocbaso_en.ts: English is the source language, so every message's
translation is its source text. Messages already finished are left alone (a deliberate English
wording stays); unfinished or empty ones get the source text and lose type="unfinished".
Plural messages (%n) get a singular and a plural form: "(s)" is dropped, then replaced by "s".

The file is edited as text, message by message, so lupdate's layout is kept and diffs stay small.
Usage: tools/fill-en-translations.py [translations/hocbaso_en.ts ...]
"""
import pathlib
import re
import sys

MESSAGE = re.compile(r"(<message\b[^>]*>)(.*?)(</message>)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"<translation\b([^>]*?)(/>|>(.*?)</translation>)", re.S)
NUMERUS_FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)


def fill_message(match: re.Match) -> str:
    head, body, tail = match.group(1), match.group(2), match.group(3)
    src = SOURCE.search(body)
    tr = TRANSLATION.search(body)
    if not src or not tr:
        return match.group(0)
    attrs = tr.group(1)
    inner = tr.group(3) or ""
    numerus = 'numerus="yes"' in head
    if "vanished" in attrs or "obsolete" in attrs:
        return match.group(0)
    if numerus:
        forms = NUMERUS_FORM.findall(inner)
        empty = not forms or any(not f.strip() for f in forms)
    else:
        empty = not inner.strip()
    if 'type="unfinished"' not in attrs and not empty:
        return match.group(0)
    text = src.group(1)
    if numerus:
        # English has two forms: "%n day(s)" becomes "%n day" and "%n days".
        forms = [re.sub(r"\(s\)", "", text), re.sub(r"\(s\)", "s", text)]
        indent = re.search(r"\n([ \t]*)<numerusform>", inner)
        pad = indent.group(1) if indent else "            "
        outer = re.search(r"\n([ \t]*)<translation", body)
        outer_pad = outer.group(1) if outer else "        "
        new_inner = "".join(f"\n{pad}<numerusform>{f}</numerusform>" for f in forms) + f"\n{outer_pad}"
    else:
        new_inner = text
    new_attrs = re.sub(r'\s*type="unfinished"', "", attrs)
    new_tr = f"<translation{new_attrs}>{new_inner}</translation>"
    body = body[: tr.start()] + new_tr + body[tr.end():]
    return head + body + tail


def main(argv: list[str]) -> int:
    root = pathlib.Path(__file__).resolve().parent.parent
    paths = [pathlib.Path(a) for a in argv[1:]] or [root / "translations" / "hocbaso_en.ts"]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        filled = MESSAGE.sub(fill_message, text)
        if filled != text:
            path.write_text(filled, encoding="utf-8")
        left = filled.count('type="unfinished"')
        print(f"fill-en-translations: {path.name}: {filled.count('<message')} messages, {left} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
