# Copy and search give back the data's text exactly: every title, paragraph,
# skill and step of the default (Chinese) and the English guide appears in
# the text pdftotext -raw and mutool draw -F txt extract, with no space added
# between Chinese and Latin text ("2024年", "（NLP）", "$127,000 / 年").
# Needs python3 with python3-yaml to read the data independently of the
# program. Extracted lines are joined back: directly next to Chinese text,
# with one space between Latin words.
source "$(dirname "$0")/lib.bash"
"$PYTHON" -c 'import yaml' 2>/dev/null || skip "python3-yaml is not installed (scripts/setup.sh --tests)"

# check_text DATA TEXT: every paragraph of DATA occurs in the extracted TEXT.
check_text() {
  "$PYTHON" - "$1" "$2" <<'PY'
import re, sys, yaml

def is_cjk(c):
    o = ord(c)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFE30 <= o <= 0xFE4F \
        or 0xFF00 <= o <= 0xFFEF or 0x3000 <= o <= 0x303F

def join_lines(lines, space_unless_cjk_side):
    out = ''
    for line in lines:
        line = line.strip(' \t\u3000')
        if not line:
            continue
        if out:
            cjk = (is_cjk(out[-1]) and is_cjk(line[0])) if space_unless_cjk_side == 'both' \
                else (is_cjk(out[-1]) or is_cjk(line[0]))
            if not cjk:
                out += ' '
        out += line
    return out

def paragraphs(text):
    """The program's split_paragraphs: blank lines separate, single breaks join."""
    return [re.sub(r'[ \t]+', ' ', p) for p in
            (join_lines(block.split('\n'), 'both') for block in re.split(r'\n[ \t]*\n', str(text)))
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

data = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))
text = join_lines(open(sys.argv[2], encoding='utf-8').read().split('\n'), 'either')
want = expected(data)
missing = [w for w in want if w not in text]
for w in missing:
    print(f'{sys.argv[2]}: missing: {w}', file=sys.stderr)
sys.exit(1 if missing or len(want) < 20 else 0)
PY
}

for data in data/roles.yaml data/roles-en.yaml; do
  pdf="$TEST_TMP/$(basename "$data" .yaml).pdf"
  expect_exit 0 "$CAREERGUIDE" "$data" -o "$pdf"
  pdftotext -raw "$pdf" "$pdf.raw.txt"
  check_text "$data" "$pdf.raw.txt" || fail "pdftotext -raw does not give back the text of $data"
  mutool draw -F txt -o "$pdf.mutool.txt" "$pdf" 2>/dev/null
  # Tracking stays under 0.15 em, so even mupdf (which ignores /ActualText)
  # gives letter-spaced labels such as the cover kicker back unspaced.
  check_text "$data" "$pdf.mutool.txt" ||
    fail "mutool draw -F txt does not give back the text of $data"
done

# The cases the typography puts space around, exactly as written.
raw="$TEST_TMP/roles.pdf.raw.txt"
for exact in '美国市场 · 2024年' '2024年人工智能领域' '收入最高的6种工作' '（NLP）' '$127,000 / 年' 'AI深度研究员' \
             '第 4 页 / 共 10 页'; do
  expect_in "$raw" "$exact"
done
grep -q 'AI 深度' "$raw" && fail "pdftotext gives 'AI 深度' for AI深度"
exit 0
