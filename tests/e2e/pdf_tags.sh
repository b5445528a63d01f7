# The tagged PDF: pdfinfo says Tagged: yes; every piece of page content is
# tagged content the structure tree maps back, or an artifact
# (pdf_tags_check.py); the tree reads every text of the data in reading
# order (pdf_struct_text_check.py over pdfinfo -struct-text); qpdf finds no
# error; the XMP metadata matches the Info dictionary. --no-tags writes no
# structure (Tagged: no), the same bookmarks (nested by the H1/H2 outline,
# read back by mutool and pikepdf) and the tags cost at most a fifth of the file.
source "$(dirname "$0")/lib.bash"
command -v pdfinfo >/dev/null && command -v qpdf >/dev/null || skip "pdfinfo or qpdf missing"
$PYTHON -c 'import pikepdf' 2>/dev/null || skip "python3-pikepdf missing"
check_tagged() {  # check_tagged DATA PDF [--other-language TAG]
  pdfinfo "$2" >"$TEST_TMP/info" || fail "pdfinfo cannot read $2"
  expect_in "$TEST_TMP/info" "Tagged:          yes"
  qpdf --check "$2" >"$TEST_TMP/qpdf" 2>&1 || { cat "$TEST_TMP/qpdf" >&2; fail "qpdf --check: $2"; }
  $PYTHON tests/e2e/pdf_tags_check.py "$2" "${@:3}" || fail "untagged or unmapped content in $2 ($1)"
  pdfinfo -struct-text "$2" >"$TEST_TMP/struct" || fail "pdfinfo -struct-text: $2"
  (cd tests/e2e && $PYTHON pdf_struct_text_check.py "$SOURCE_DIR/$1" "$TEST_TMP/struct") ||
    fail "the structure tree does not read $1 in order"
}
n=0
for data in data/roles.yaml data/roles-en.yaml tests/guides/pages-zh-60.yaml tests/guides/pages-en-14.yaml \
            tests/guides/text-no-optional-fields.yaml tests/guides/text-punctuation-stress.yaml; do
  for paper in a4 letter; do
    out="$TEST_TMP/tagged-$n.pdf"; n=$((n + 1))
    SOURCE_DATE_EPOCH=0 expect_exit 0 "$CAREERGUIDE" "$data" --paper "$paper" -o "$out" --quiet
    # A Chinese guide's English second titles are marked as English.
    case $data in
      data/roles.yaml|*-zh-*) check_tagged "$data" "$out" --other-language en ;;
      *) check_tagged "$data" "$out" ;;
    esac
  done
done

# The XMP packet and the Info dictionary say the same.
tagged="$TEST_TMP/tagged-0.pdf"
pdfinfo -meta "$tagged" >"$TEST_TMP/xmp"
expect_in "$TEST_TMP/xmp" "<rdf:li xml:lang=\"x-default\">$(pdfinfo "$tagged" | sed -n 's/^Title: *//p')</rdf:li>"
expect_in "$TEST_TMP/xmp" "<rdf:li>zh-CN</rdf:li>"
expect_in "$TEST_TMP/xmp" "<pdf:Producer>$(pdfinfo "$tagged" | sed -n 's/^Producer: *//p')</pdf:Producer>"
expect_in "$TEST_TMP/xmp" "<xmp:CreateDate>1970-01-01T00:00:00Z</xmp:CreateDate>"

# --no-tags: no structure, the same bookmarks (in an object stream too), a
# fifth smaller at most.
untagged="$TEST_TMP/untagged.pdf"
SOURCE_DATE_EPOCH=0 expect_exit 0 "$CAREERGUIDE" data/roles.yaml --no-tags -o "$untagged" --quiet
pdfinfo "$untagged" >"$TEST_TMP/info"
expect_in "$TEST_TMP/info" "Tagged:          no"
grep -aq "/StructTreeRoot\|/MarkInfo\|/StructParents" "$untagged" && fail "--no-tags still wrote a structure tree"
qpdf --check "$untagged" >"$TEST_TMP/qpdf" 2>&1 || { cat "$TEST_TMP/qpdf" >&2; fail "qpdf --check: $untagged"; }
if command -v mutool >/dev/null; then
  mutool show "$tagged" outline >"$TEST_TMP/outline-tagged" 2>/dev/null
  mutool show "$untagged" outline >"$TEST_TMP/outline-untagged" 2>/dev/null
  cmp -s "$TEST_TMP/outline-tagged" "$TEST_TMP/outline-untagged" ||
    fail "--no-tags has other bookmarks than the tagged file"
  # H1 items closed at the top level ("+"), sections under them, a tab further in.
  grep -q '^+	"' "$TEST_TMP/outline-tagged" && grep -q '^|		"' "$TEST_TMP/outline-tagged" ||
    { cat "$TEST_TMP/outline-tagged" >&2; fail "mutool does not read nested, closed bookmarks"; }
  # poppler reads as many bookmarks, nested as deep.
  if command -v pdftohtml >/dev/null; then
    pdftohtml -xml -stdout -i -q "$untagged" >"$TEST_TMP/poppler.xml" 2>/dev/null
    [[ $(grep -c '<item ' "$TEST_TMP/poppler.xml") == $(wc -l <"$TEST_TMP/outline-tagged") ]] &&
      (( $(grep -c '^<outline>$' "$TEST_TMP/poppler.xml") > 1 )) ||
      fail "poppler reads other bookmarks than mutool"
  fi
fi
tagged_size=$(stat -c %s "$tagged")
untagged_size=$(stat -c %s "$untagged")
(( tagged_size * 100 <= untagged_size * 120 )) ||
  fail "tags add more than 20 %: $untagged_size bytes untagged, $tagged_size tagged"
exit 0
