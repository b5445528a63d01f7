#!/usr/bin/python3
"""pdf_struct_text_check.py DATA STRUCT_TEXT: the structure tree reads the guide
in order. STRUCT_TEXT is what `pdfinfo -struct-text` printed for the guide
DATA (YAML): every paragraph of every role (title, English title, summary,
note, notes, skills, steps, link labels) occurs in the tree's text, the
roles in the data's order and each role's texts in reading order, and every
guide-level text (title, subtitle, intro, closing, disclaimer) occurs.
Spaces and line breaks are ignored: the tree gives each line its own string.
Exits 1 and names the first text not found where it should be."""
import re
import sys

import yaml

from pdf_text_check import expected, paragraphs, printable


def squeezed(text):
    return ''.join(printable(c) for c in re.sub(r'\s+', '', text))


def tree_text(path):
    """The quoted strings of pdfinfo -struct-text, in order, joined."""
    strings = []
    for line in open(path, encoding='utf-8'):
        stripped = line.strip()
        if len(stripped) >= 2 and stripped[0] == '"' and stripped[-1] == '"':
            strings.append(stripped[1:-1])
    return squeezed(''.join(strings))


def main():
    data = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))
    text = tree_text(sys.argv[2])
    problems = []
    guide_only = dict(data, roles=[])
    for paragraph in expected(guide_only):
        if squeezed(paragraph) not in text:
            problems.append(f'missing: {paragraph[:60]}')
    at = 0
    for role in data['roles']:
        # The page's order: title block, salary card, then the sections. A
        # long salary note moves under the notes, so it is only looked for.
        note = role.get('salary_note')
        for paragraph in paragraphs(note) if note else []:
            if squeezed(paragraph) not in text:
                problems.append(f'missing: {paragraph[:60]} (role {role.get("id", "?")})')
        in_order = dict(role, salary_note=None, notes=None, links=None)
        after = dict(title=None, title_en=None, summary=None, skills=None, getting_started=None, salary_note=None,
                     notes=role.get('notes'), links=role.get('links'))
        texts = expected(dict(data, roles=[in_order]))[len(expected(guide_only)):] + \
            expected(dict(data, roles=[after]))[len(expected(guide_only)):]
        # Generated guides repeat texts from role to role, so the next role
        # is looked for after this role's first text, not after its last.
        start = at
        for i, paragraph in enumerate(texts):
            found = text.find(squeezed(paragraph), at)
            if found < 0:
                where = 'out of reading order' if squeezed(paragraph) in text else 'missing'
                problems.append(f'{where}: {paragraph[:60]} (role {role.get("id", "?")})')
                break
            at = found + len(squeezed(paragraph))
            if i == 0:
                start = at
        at = start
        if problems:
            break
    for problem in problems:
        print(f'{sys.argv[2]}: {problem}', file=sys.stderr)
    if len(text) < 100:
        print(f'{sys.argv[2]}: the tree holds almost no text', file=sys.stderr)
        return 1
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
