# Reproducible output: two runs with the same SOURCE_DATE_EPOCH write the
# same bytes; without it the two files differ only in the dates (the clock
# is read for CreationDate and ModDate), so replacing the date strings makes
# them identical again.
source "$(dirname "$0")/lib.bash"
first="$TEST_TMP/first.pdf"
second="$TEST_TMP/second.pdf"
SOURCE_DATE_EPOCH=1720742400 expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$first"
SOURCE_DATE_EPOCH=1720742400 expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$second"
cmp -s "$first" "$second" || fail "two runs with SOURCE_DATE_EPOCH differ"
grep -aq "/CreationDate (D:20240712000000Z00'00')" "$first" ||
  fail "CreationDate is not SOURCE_DATE_EPOCH's date"
grep -aq "<xmp:CreateDate>2024-07-12T00:00:00Z</xmp:CreateDate>" "$first" ||
  fail "the XMP metadata's CreateDate is not SOURCE_DATE_EPOCH's date"

# Another epoch changes the dates and nothing else (same length, same bytes
# once the dates are masked).
SOURCE_DATE_EPOCH=1735689599 expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$second"
# The Info dictionary's dates (D:…) and the XMP metadata's (ISO 8601).
mask_dates() {
  LC_ALL=C sed -E -e "s/D:[0-9]{14}(Z00'00'|[+-][0-9]{2}'[0-9]{2}')/D:DATE/g" \
    -e "s/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z/XMPDATE/g" "$1"
}
cmp -s <(mask_dates "$first") <(mask_dates "$second") || fail "another SOURCE_DATE_EPOCH changes more than the dates"
cmp -s "$first" "$second" && fail "SOURCE_DATE_EPOCH does not reach the dates"

# Without SOURCE_DATE_EPOCH: today's date, and otherwise the same bytes.
(unset SOURCE_DATE_EPOCH; expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$second")
cmp -s <(mask_dates "$first") <(mask_dates "$second") || fail "without SOURCE_DATE_EPOCH more than the dates differ"
today=$(date -u +%Y%m%d)
yesterday=$(date -u -d yesterday +%Y%m%d)
grep -aqE "/CreationDate \(D:($today|$yesterday)" "$second" || fail "without SOURCE_DATE_EPOCH the date is not today's"
exit 0
