# The □ substitution changes only what is drawn: a link whose address holds
# a character the fonts cannot draw keeps its address in the link annotation
# (percent-encoded, as an IRI becomes a URI), while the printed text shows □.
source "$(dirname "$0")/lib.bash"
pdf="$TEST_TMP/links.pdf"
expect_exit 0 "$CAREERGUIDE" tests/guides/save-workshop-links.yaml -o "$pdf" --quiet
qpdf --qdf --object-streams=disable "$pdf" "$TEST_TMP/qdf.pdf"
grep -a '/URI (' "$TEST_TMP/qdf.pdf" | sed 's/^ *//' >"$TEST_TMP/uris"
cat >"$TEST_TMP/want" <<'TEXT'
/URI (https://%F0%9F%98%80.example/start)
/URI (https://www.coursera.org/learn/ai-for-everyone)
TEXT
cmp -s "$TEST_TMP/uris" "$TEST_TMP/want" || { diff "$TEST_TMP/want" "$TEST_TMP/uris" >&2; fail "link addresses changed"; }
pdftotext "$pdf" - | grep -qF 'https://□.example/start' || fail "the drawn address does not show □"
echo "link targets: addresses kept, only the drawn text substituted"
