# The document information, language, bookmarks and page labels read back
# correctly: Title and Author from the data in UTF-8, Creator and Producer
# naming careerguide and its version, CreationDate from SOURCE_DATE_EPOCH,
# /Lang from the data's language, one bookmark per page with the Chinese
# titles qpdf --json decodes, the bookmarks panel open, and page labels that
# leave the cover unnumbered and number the rest from 2 as printed.
source "$(dirname "$0")/lib.bash"
data="$TEST_TMP/roles.yaml"
cp data/roles.yaml "$data"
printf '\nauthor: 职业规划工作坊\n' >>"$data"
pdf="$TEST_TMP/roles.pdf"
SOURCE_DATE_EPOCH=1720742400 expect_exit 0 "$CAREERGUIDE" "$data" -o "$pdf"
version=$(sed -n 's/^project(careerguide VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[[ -n $version ]] || fail "no version in CMakeLists.txt"

pdfinfo -isodates "$pdf" >"$TEST_TMP/info"
expect_in "$TEST_TMP/info" "Title:           2024年人工智能领域收入最高的6种工作"
expect_in "$TEST_TMP/info" "Author:          职业规划工作坊"
expect_in "$TEST_TMP/info" "Subject:         职业指南手册"
expect_in "$TEST_TMP/info" "Creator:         careerguide $version"
grep -q "^Producer: *careerguide $version" "$TEST_TMP/info" || fail "Producer does not name careerguide $version"
expect_in "$TEST_TMP/info" "CreationDate:    2024-07-12T00:00:00Z"
expect_in "$TEST_TMP/info" "PDF version:     1.5"

[[ $(mutool show "$pdf" trailer/Root/Lang) == "(zh-CN)" ]] || fail "/Lang is not zh-CN"
[[ $(mutool show "$pdf" trailer/Root/PageMode) == "/UseOutlines" ]] || fail "bookmarks panel not open"

qpdf --json --json-key=outlines --json-key=pagelabels "$pdf" >"$TEST_TMP/structure.json"
"$PYTHON" - "$TEST_TMP/structure.json" <<'PY' || fail "bookmarks or page labels are wrong"
import json, sys
doc = json.load(open(sys.argv[1], encoding='utf-8'))
got = [(o['destpageposfrom1'], o['title']) for o in doc['outlines']]
want = [(1, '封面'), (2, '目录'), (3, '薪资概览'), (4, '提示工程师'), (5, '人工智能研究科学家'),
        (6, '人工智能软件工程师'), (7, '人工智能产品经理'), (8, '人工智能顾问'),
        (9, '人工智能初创公司创始人'), (10, '结语与资料来源')]
labels = doc['pagelabels']
want_labels = [{'index': 0, 'label': {'/St': 1}}, {'index': 1, 'label': {'/S': '/D', '/St': 2}}]
if got != want:
    print('bookmarks:', got, file=sys.stderr)
if labels != want_labels:
    print('page labels:', labels, file=sys.stderr)
sys.exit(0 if got == want and labels == want_labels else 1)
PY

# The English edition declares its language too.
expect_exit 0 "$CAREERGUIDE" data/roles-en.yaml -o "$TEST_TMP/en.pdf"
[[ $(mutool show "$TEST_TMP/en.pdf" trailer/Root/Lang) == "(en)" ]] ||
  fail "/Lang of the English guide is $(mutool show "$TEST_TMP/en.pdf" trailer/Root/Lang)"
exit 0
