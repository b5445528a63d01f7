# Copy and search give back the data's text exactly: every title, paragraph,
# skill and step of every guide in data/ and tests/guides/, on A4 and Letter,
# appears in the text that pdftotext (default mode and -raw) and mutool draw
# -F txt extract, with no space added where the data has none ("2024年",
# "（NLP）", "：https://…") and every space of the data kept ("Claude 和
# Llama"). Only a line break of the extracted text may stand for a space or
# for nothing (pdf_text_check.py). Needs python3 with python3-yaml to read
# the data independently of the program.
source "$(dirname "$0")/lib.bash"
"$PYTHON" -c 'import yaml' 2>/dev/null || skip "python3-yaml is not installed (scripts/setup.sh --tests)"
check=tests/e2e/pdf_text_check.py

# The checker itself: a lost space and a gained one inside a line both fail.
printf 'format: 1\ntitle: T\nroles:\n' >"$TEST_TMP/g.yaml"
for n in 1 2 3 4 5; do printf '  - {id: r%s, title: 用 Claude 和 Llama 做（NLP）%s}\n' $n $n >>"$TEST_TMP/g.yaml"; done
printf 'T\n用 Claude 和 Llama 做（NLP）1\n用 Claude\n和 Llama 做（NLP）2\n用 Claude 和 Llama 做（N\nLP）3\n用 Claude 和 Llama 做（NLP）4 用 Claude 和 Llama 做（NLP）5\n' >"$TEST_TMP/good.txt"
"$PYTHON" "$check" "$TEST_TMP/g.yaml" "$TEST_TMP/good.txt" || fail "the checker rejects exact text"
sed 's/Claude 和 Llama 做（NLP）4/Claude和 Llama 做（NLP）4/' "$TEST_TMP/good.txt" >"$TEST_TMP/lost.txt"
! "$PYTHON" "$check" "$TEST_TMP/g.yaml" "$TEST_TMP/lost.txt" 2>/dev/null || fail "the checker misses a lost space"
sed 's/（NLP）4/（ NLP）4/' "$TEST_TMP/good.txt" >"$TEST_TMP/gained.txt"
! "$PYTHON" "$check" "$TEST_TMP/g.yaml" "$TEST_TMP/gained.txt" 2>/dev/null || fail "the checker misses a gained space"
sed 's/（NLP）4/（NLP\n）4/' "$TEST_TMP/good.txt" >"$TEST_TMP/split.txt"
! "$PYTHON" "$check" "$TEST_TMP/g.yaml" "$TEST_TMP/split.txt" 2>/dev/null || fail "the checker misses a line split before ）"

# Guides that stop on purpose (a font without Chinese glyphs: exit 3).
exits_on_purpose=(tests/guides/save-latin-font.yaml)
guides=()
for guide in data/*.yaml tests/guides/*.yaml; do
  [[ " ${exits_on_purpose[*]} " == *" $guide "* ]] || guides+=("$guide")
done
[[ ${#guides[@]} -ge 20 ]] || fail "expected every test guide, found ${#guides[@]}"
failed=()
for guide in "${guides[@]}"; do
  for paper in a4 letter; do
    pdf="$TEST_TMP/$(basename "$guide" .yaml)-$paper.pdf"
    expect_exit 0 "$CAREERGUIDE" "$guide" -o "$pdf" --paper "$paper"
    pdftotext "$pdf" "$pdf.plain.txt"
    pdftotext -raw "$pdf" "$pdf.raw.txt"
    # mupdf ignores /ActualText: its text shows the gaps themselves.
    mutool draw -F txt -o "$pdf.mutool.txt" "$pdf" 2>/dev/null
    for text in "$pdf.plain.txt" "$pdf.raw.txt" "$pdf.mutool.txt"; do
      dehyphenated=(); [[ $text == *.plain.txt ]] && dehyphenated=(--dehyphenated)
      "$PYTHON" "$check" "$guide" "$text" "${dehyphenated[@]}" || failed+=("$text")
    done
  done
done
[[ ${#failed[@]} -eq 0 ]] || fail "text not given back exactly: ${failed[*]}"

# The cases the typography puts space around, exactly as written.
raw="$TEST_TMP/roles-a4.pdf.raw.txt"
for exact in '美国市场 · 2024年' '2024年人工智能领域' '收入最高的6种工作' '（NLP）' '$127,000 / 年' 'AI深度研究员' \
             '第 4 页 / 共 10 页'; do
  expect_in "$raw" "$exact"
done
grep -q 'AI 深度' "$raw" "$TEST_TMP/roles-a4.pdf.plain.txt" && fail "pdftotext gives 'AI 深度' for AI深度"
exit 0
