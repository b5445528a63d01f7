# Money figures print whole (issue 10): the money-* test guides (monthly CNY
# with ranges, hourly USD with decimals, extreme-but-valid figures with a
# long currency symbol) on A4 and Letter. Every figure the guide implies is
# in the extracted text, exactly formatted, and no figure ends in "…". When
# the shared page checker is present its cut-figure check runs too.
source "$(dirname "$0")/lib.bash"
command -v pdftotext >/dev/null || skip "pdftotext (poppler-utils) is not installed"
# The checker lives beside the checkout (../shared/tools), or two levels up
# for a worktree; PAGECHECK overrides.
pagecheck=${PAGECHECK:-}
for candidate in "$SOURCE_DIR/../shared/tools/pagecheck.py" "$SOURCE_DIR/../../shared/tools/pagecheck.py"; do
  [[ -n $pagecheck || ! -f $candidate ]] || pagecheck=$candidate
done

# check GUIDE PAPER FIGURE...: renders GUIDE and checks each FIGURE is printed.
check() {
  local guide=tests/guides/$1.yaml paper=$2 pdf="$TEST_TMP/$1-$2.pdf" figure
  shift 2
  expect_exit 0 "$CAREERGUIDE" "$guide" -o "$pdf" --paper "$paper" --quiet
  pdftotext -raw "$pdf" "$TEST_TMP/text"
  for figure in "$@"; do
    # A range broken after its dash reads back as two lines.
    tr '\n' ' ' <"$TEST_TMP/text" | sed 's/– /–/g' | grep -qF -- "$figure" ||
      fail "$guide on $paper: $figure is not printed whole"
  done
  if grep -nE '(\$|¥|CHF )[0-9][0-9,.]*(–[^ ]*)?…' "$TEST_TMP/text"; then
    fail "$guide on $paper: a figure is cut"
  fi
  if [[ -f $pagecheck ]] && "$PYTHON" "$pagecheck" "$pdf" | grep 'cut figures'; then
    fail "$guide on $paper: pagecheck.py found a cut figure"
  fi
}

for paper in a4 letter; do
  check money-monthly-cny-9 "$paper" '¥28,000–¥45,000' '¥9,501' '¥21,313' '¥15,000–¥25,000'
  check money-hourly-usd "$paper" '$15.50–$17.25' '$41.38' '$15.50' '$22.00–$28.75' '$19.40'
  check money-extreme-letter "$paper" 'CHF 1,000,000,000,000' \
    'CHF 999,999,999,999–CHF 1,000,000,000,000' 'CHF 31,000–CHF 37,000' 'CHF 0'
done
echo "every money figure printed whole"
