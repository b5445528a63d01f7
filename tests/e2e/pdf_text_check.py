"""pdf_text_check.py DATA TEXT [--dehyphenated]: every paragraph of the guide DATA (YAML) occurs
in TEXT, the text an extractor gave back, exactly: an explicit space of the
data must come back as a space, and no space may appear where the data has
none. Only a line break of the extracted text may stand for a space of the
data or for nothing (a break between ideographs, after a hyphen, inside a
URL); inside an extracted line every character counts. Exits 1 and names the
paragraphs that are missing, each with the extracted line closest to it.

Two allowances, each the extractor's doing, not the layout's: a paragraph
that a page break interrupts has the page's footer and the next page's
header between its lines (up to 12 whole lines and a label that raw order
sets before the text, at a line break only); and
with --dehyphenated (pdftotext's default mode) a hyphen that ends a line may
be dropped, the two halves joined. An extracted line that starts with a
closing mark (，。、）」…) fails: the layout never starts a line so, so the
extractor split one (overlapping glyph boxes of compressed marks do that). Characters no font can show (emoji) are
printed as U+25A1, as pdf_unprintable_characters checks."""
import difflib
import re
import sys

import yaml


def is_cjk(c):
    o = ord(c)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFE30 <= o <= 0xFE4F \
        or 0xFF00 <= o <= 0xFFEF or 0x3000 <= o <= 0x303F


def join_source_lines(lines):
    """The program's split_paragraphs: a single line break of the data joins
    two CJK characters directly and anything else with one space."""
    out = ''
    for line in lines:
        line = line.strip(' \t\u3000')
        if not line:
            continue
        if out and not (is_cjk(out[-1]) and is_cjk(line[0])):
            out += ' '
        out += line
    return out


def paragraphs(text):
    return [re.sub(r'[ \t]+', ' ', p) for p in
            (join_source_lines(block.split('\n')) for block in re.split(r'\n[ \t]*\n', str(text)))
            if p]


def expected(data):
    colon = ': ' if str(data.get('language', '')).startswith('en') else '：'
    want = []

    def add(value):
        if value is not None:
            want.extend(paragraphs(value))
    for key in ('title', 'subtitle', 'intro', 'closing', 'disclaimer'):
        add(data.get(key))
    for role in data['roles']:
        for key in ('title', 'title_en', 'summary', 'salary_note', 'notes'):
            add(role.get(key))
        for skill in role.get('skills') or []:
            add(skill)
        steps = role.get('getting_started')
        for step in steps if isinstance(steps, list) else [steps]:
            if isinstance(step, dict):
                add((step['lead'] + colon if step.get('lead') else '') + step['text'])
            else:
                add(step)
        for link in role.get('links') or []:
            add(link.get('label'))
    return want


def printable(c):
    return '\u25a1' if ord(c) >= 0x1F000 else c


def pattern(paragraph, interrupted=False, dehyphenated=False):
    """A regex for `paragraph` in text whose lines are joined with '\\n': a
    space of the data is a space or a line break, and a line break may fall
    between any two other characters (interrupted: or some whole lines)."""
    # A page break: whole lines of footer and header, and pdftotext -raw may
    # set the label column (如何入门（续）) before the text on the line.
    brk = '\n(?:[^\n]*\n){0,12}?(?:[^\n]* )??' if interrupted else '\n'
    parts = []
    for i, c in enumerate(paragraph):
        if c == ' ':
            parts.append(f'(?: |{brk})')
            continue
        parts.append('-?' if c == '-' and dehyphenated else re.escape(printable(c)))
        if i + 1 < len(paragraph) and paragraph[i + 1] != ' ':
            parts.append(f'(?:{brk})?')
    return re.compile(''.join(parts))


def extracted(path):
    text = open(path, encoding='utf-8').read().replace('\f', '\n')
    lines = [line.strip(' \t\u3000') for line in text.split('\n')]
    return '\n'.join(line for line in lines if line)


def main():
    data = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))
    text = extracted(sys.argv[2])
    lines = text.split('\n')
    want = expected(data)
    dehyphenated = '--dehyphenated' in sys.argv[3:]
    missing = [w for w in want if not pattern(w, False, dehyphenated).search(text)
               and not pattern(w, True, dehyphenated).search(text)]
    for w in missing:
        near = difflib.get_close_matches(w[:40], [line[:60] for line in lines], n=1, cutoff=0)
        print(f'{sys.argv[2]}: missing: {w}\n  nearest line: {near[0] if near else ""}',
              file=sys.stderr)
    if len(want) < 5:
        print(f'{sys.argv[1]}: only {len(want)} paragraphs to check', file=sys.stderr)
    split = [line for line in lines if line[0] in '，。、；：？！）」』》〉】…']
    for line in split:
        print(f'{sys.argv[2]}: a line split before a closing mark: {line[:40]}', file=sys.stderr)
    sys.exit(1 if missing or split or len(want) < 5 else 0)


if __name__ == '__main__':
    main()
