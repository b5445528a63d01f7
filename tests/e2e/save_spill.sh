# A large PDF waits in an unnamed temporary file in the output's folder
# while libharu saves it (src/pdf/saved_file.h). The test hook
# CAREERGUIDE_SPILL_AFTER_BYTES makes a small guide spill, so that no test
# needs a guide of thousands of roles: the PDF is the same bytes spilled or
# not, tagged or not, and the folder holds nothing but the PDF afterwards.
source "$(dirname "$0")/lib.bash"
export SOURCE_DATE_EPOCH=1720742400

for guide in data/roles.yaml data/roles-en.yaml tests/guides/pages-zh-60.yaml; do
  for tags in "" --no-tags; do
    name=$(basename "$guide" .yaml)$tags
    mkdir -p "$TEST_TMP/memory" "$TEST_TMP/spilled"
    CAREERGUIDE_SPILL_AFTER_BYTES=100000000000 expect_exit 0 "$CAREERGUIDE" "$guide" $tags -q \
      -o "$TEST_TMP/memory/$name.pdf"
    # 1 byte: the file spills at libharu's first write; 65536: part way through.
    for after in 1 65536; do
      CAREERGUIDE_SPILL_AFTER_BYTES=$after expect_exit 0 "$CAREERGUIDE" "$guide" $tags -q \
        -o "$TEST_TMP/spilled/$name.pdf"
      cmp -s "$TEST_TMP/memory/$name.pdf" "$TEST_TMP/spilled/$name.pdf" ||
        fail "$guide $tags: spilling after $after bytes changed the PDF"
      qpdf --check "$TEST_TMP/spilled/$name.pdf" >/dev/null || fail "$guide $tags: qpdf rejects the spilled PDF"
    done
  done
done
# Nothing left beside the PDFs: the temporary file has no name.
leftover=$(find "$TEST_TMP/spilled" -type f ! -name '*.pdf')
[[ -z $leftover ]] || fail "left in the output folder: $leftover"

# An output folder that cannot take the temporary file (a folder that does
# not allow writing): the file stays in memory, and the save reports the
# folder as before.
if [[ $(id -u) != 0 ]]; then
  mkdir -p "$TEST_TMP/locked" && chmod 0555 "$TEST_TMP/locked"
  CAREERGUIDE_SPILL_AFTER_BYTES=1 expect_exit 3 "$CAREERGUIDE" data/roles.yaml -o "$TEST_TMP/locked/x.pdf"
  chmod 0755 "$TEST_TMP/locked"
fi

# --check writes nothing, spilled or not.
mkdir -p "$TEST_TMP/check"
CAREERGUIDE_SPILL_AFTER_BYTES=1 expect_exit 0 "$CAREERGUIDE" data/roles.yaml --check -o "$TEST_TMP/check/x.pdf"
[[ -z $(ls -A "$TEST_TMP/check") ]] || fail "--check left files: $(ls -A "$TEST_TMP/check")"
