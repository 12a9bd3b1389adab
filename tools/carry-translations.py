#!/usr/bin/env python3
# Fill unfinished messages of a .ts from translations of the same source text found in other
# .ts files (any context): used when strings move between contexts.
import sys, xml.etree.ElementTree as ET
target = sys.argv[1]
known = {}
for src in sys.argv[2:] + [target]:
    for msg in ET.parse(src).getroot().iter('message'):
        s = msg.find('source'); t = msg.find('translation')
        if s is None or t is None or t.get('type') in ('unfinished', 'obsolete', 'vanished'):
            continue
        forms = t.findall('numerusform')
        val = [f.text or '' for f in forms] if forms else (t.text or '')
        if (forms and any(val)) or (not forms and val):
            known.setdefault(s.text, val)
tree = ET.parse(target); filled = missing = 0
for msg in tree.getroot().iter('message'):
    s = msg.find('source'); t = msg.find('translation')
    if t is None or t.get('type') != 'unfinished':
        continue
    v = known.get(s.text)
    if v is None:
        missing += 1; continue
    forms = t.findall('numerusform')
    if forms:
        vals = v if isinstance(v, list) else [v]
        for f in forms: f.text = vals[0]
    else:
        if isinstance(v, list): v = v[0]
        t.text = v
    del t.attrib['type']; filled += 1
tree.write(target, encoding='utf-8', xml_declaration=True)
print(f"filled {filled}, still missing {missing}")
