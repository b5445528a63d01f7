# US Letter is laid out natively, and the English edition uses English labels.
source "$(dirname "$0")/lib.bash"
expect_exit 0 "$CAREERGUIDE" data/roles.yaml --paper letter -o "$TEST_TMP/letter.pdf"
pdfinfo "$TEST_TMP/letter.pdf" >"$TEST_TMP/info"
expect_in "$TEST_TMP/info" "Page size:       612 x 792 pts (letter)"

expect_exit 0 "$CAREERGUIDE" data/roles-en.yaml -o "$TEST_TMP/en.pdf"
pdftotext -raw "$TEST_TMP/en.pdf" "$TEST_TMP/en.txt"
expect_in "$TEST_TMP/en.txt" "Page 4 of 10"
expect_in "$TEST_TMP/en.txt" "Average annual salary"
expect_in "$TEST_TMP/en.txt" "Prompt engineer"
expect_in "$TEST_TMP/en.txt" '$155,500'
