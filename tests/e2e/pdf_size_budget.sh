# The default guide stays within 15 % of its floor: the compressed subset
# font programs (FontFile2 streams) plus the compressed page contents are
# what the guide cannot do without; everything else (the ToUnicode and
# CIDToGIDMap streams, widths, outlines, cross-reference table) must fit in
# the other 15 %. Prints the figures recorded in README.md, "PDF quality".
source "$(dirname "$0")/lib.bash"
pdf="$TEST_TMP/roles.pdf"
SOURCE_DATE_EPOCH=1720742400 expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$pdf"
qpdf --json --json-key=qpdf "$pdf" >"$TEST_TMP/objects.json"
"$PYTHON" - "$TEST_TMP/objects.json" "$(stat -c %s "$pdf")" <<'PY' ||
import json, sys
objects = json.load(open(sys.argv[1], encoding='utf-8'))['qpdf'][1]
size = int(sys.argv[2])

def obj(ref):
    return objects['obj:' + ref]

def stream_length(ref):
    length = obj(ref)['stream']['dict']['/Length']
    return length if isinstance(length, int) else obj(length)['value']

fonts = contents = 0
for entry in objects.values():
    value = entry.get('value')
    if not isinstance(value, dict):
        continue
    if value.get('/Type') == '/FontDescriptor' and '/FontFile2' in value:
        fonts += stream_length(value['/FontFile2'])
    if value.get('/Type') == '/Page':
        refs = value['/Contents']
        contents += sum(stream_length(r) for r in (refs if isinstance(refs, list) else [refs]))
floor = fonts + contents
print(f'fonts {fonts} B + page contents {contents} B = floor {floor} B; '
      f'file {size} B = {100 * size / floor:.1f} % of the floor')
sys.exit(0 if fonts > 0 and contents > 0 and size <= 1.15 * floor else 1)
PY
  fail "the PDF is more than 15 % above its floor (or a part is missing)"
