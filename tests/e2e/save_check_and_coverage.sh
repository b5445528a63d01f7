# --check does all a render does but the save: fonts, coverage, layout and
# the PDF in memory. A font lacking more than 5 % of the characters the guide
# prints is one error (exit 3); a few gaps are one warning per character and
# value; a value reused through an alias is reported once; at most 1,000
# coverage warnings are listed, then a count of the rest.
source "$(dirname "$0")/lib.bash"
out="$TEST_TMP/pdfs"
mkdir -p "$out"

# same_as_render GUIDE CODE: --check and a render give CODE and the same stderr.
same_as_render() {
  expect_exit "$2" "$CAREERGUIDE" "$1" -o "$out/render.pdf"
  cp "$TEST_TMP/err" "$TEST_TMP/render.err"
  expect_exit "$2" "$CAREERGUIDE" "$1" --check -o "$out/check.pdf"
  cmp -s "$TEST_TMP/err" "$TEST_TMP/render.err" || { diff "$TEST_TMP/render.err" "$TEST_TMP/err" >&2; fail "--check and render differ on $1"; }
  [[ ! -e $out/check.pdf ]] || fail "--check wrote a file"
}

# A Latin-only font on a Chinese guide: one error.
same_as_render tests/guides/save-latin-font.yaml 3
[[ $(cat "$TEST_TMP/err") == "careerguide: error: the font /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf (theme.fonts.regular) lacks 152 of the 186 distinct characters the guide prints; set theme.fonts.regular to a font that has them (for Chinese, a CJK font such as LXGW WenKai), or name one in theme.fonts.fallback" ]] ||
  { cat "$TEST_TMP/err" >&2; fail "wrong message for a Latin font on a Chinese guide"; }
[[ ! -e $out/render.pdf ]] || fail "a PDF was written with the wrong font"

# Two characters of an English guide missing: a warning each, the guide written.
same_as_render tests/guides/save-english-dejavu.yaml 0
g=tests/guides/save-english-dejavu.yaml
cat >"$TEST_TMP/want" <<TEXT
$g:7:19: warning: market: 上 (U+4E0A) cannot be printed (no configured font has it; theme.fonts.fallback can name a font that does); it is shown as □
$g:7:20: warning: market: 海 (U+6D77) cannot be printed (no configured font has it; theme.fonts.fallback can name a font that does); it is shown as □
TEXT
# The guide's roles are thin on purpose: the advice pass's warnings are not counted here.
grep 'cannot be printed' "$TEST_TMP/err" >"$TEST_TMP/coverage" || true
cmp -s "$TEST_TMP/coverage" "$TEST_TMP/want" || { diff "$TEST_TMP/want" "$TEST_TMP/coverage" >&2; fail "wrong warnings"; }
expect_in "$TEST_TMP/out" "$g: OK, 3 roles"

# 20,000 distinct characters outside the BMP in one summary, reused by 100
# roles: 20,000 problems (not 2,000,000), 1,000 listed and one line for the rest.
"$PYTHON" - "$TEST_TMP/rare.yaml" <<'PY'
import sys
rare = ''.join(chr(0x20000 + i) for i in range(20000))
lines = ["format: 1", "title: 生僻字测试指南", "roles:"]
for i in range(100):
    lines += [f"  - id: role-{i}", f"    title: 职位{i}",
              f"    summary: &rare {rare}" if i == 0 else "    summary: *rare"]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
expect_exit 0 "$CAREERGUIDE" "$TEST_TMP/rare.yaml" --check
grep 'cannot be printed' "$TEST_TMP/err" >"$TEST_TMP/coverage" || true  # not the advice on thin roles
[[ $(wc -l <"$TEST_TMP/coverage") -eq 1001 ]] || fail "$(wc -l <"$TEST_TMP/coverage") lines of warnings, expected 1001"
[[ $(grep -c 'roles\[0\].summary: ' "$TEST_TMP/coverage") -eq 1000 ]] || fail "warnings for other roles than the first use"
[[ $(tail -n 1 "$TEST_TMP/coverage") == "$TEST_TMP/rare.yaml: warning: 19000 more characters that cannot be printed are not listed (only the first 1000 warnings are)" ]] ||
  fail "last line: $(tail -n 1 "$TEST_TMP/coverage")"
echo "--check renders; coverage: one error for the wrong font, warnings de-duplicated and capped"
