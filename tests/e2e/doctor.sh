# careerguide --doctor [DATA]: one line per check ("✓ " or "✗ ", each
# failure with its fix), exiting as a render of the same data would: the
# default guide, a missing font, characters no font covers, an output folder
# that cannot exist, broken YAML, and the same report in Chinese.
source "$(dirname "$0")/lib.bash"

# The default guide: every section, the fonts named, exit 0; no PDF written.
expect_exit 0 "$CAREERGUIDE" --doctor -o "$TEST_TMP/default/guide.pdf"
out="$TEST_TMP/out"
expect_in "$out" "✓ data data/roles.yaml: loads (roles: 6, diagnostics: 0)"
for key in regular bold; do
  grep -qE "^✓ $key font: .*LXGWWenKai-(Regular|Bold)\.ttf \((from the fonts/ folder|from the Debian package fonts-lxgw-wenkai|found by fontconfig)\), TrueType outlines$" "$out" ||
    { cat "$out" >&2; fail "the $key face is not named with its origin"; }
done
grep -qE "^✓ coverage: the fonts draw all [0-9]+ distinct characters of the data$" "$out" || { cat "$out" >&2; fail "no coverage line"; }
expect_in "$out" "✓ output folder $TEST_TMP/default: writable"
expect_in "$out" "✓ paper A4, messages in English"
grep -qE "^✓ careerguide [0-9.]+; libharu [0-9.]+, yaml-cpp [0-9.]+, fmt [0-9.]+, HarfBuzz [0-9.]+, libdeflate [0-9.]+, fontconfig [0-9.]+$" "$out" ||
  { cat "$out" >&2; fail "no versions line"; }
grep -q "^✗" "$out" && { cat "$out" >&2; fail "the default guide has a failed check"; }
[[ ! -e "$TEST_TMP/default" ]] || fail "--doctor created the output folder"
[[ -z "$(ls -A "$TEST_TMP" | grep -v '^out$\|^err$')" ]] || fail "--doctor left a file in $TEST_TMP: $(ls -A "$TEST_TMP")"

# An existing PDF in the output folder is never touched.
mkdir -p "$TEST_TMP/kept" && echo "not a pdf" >"$TEST_TMP/kept/guide.pdf"
expect_exit 0 "$CAREERGUIDE" --doctor -o "$TEST_TMP/kept/guide.pdf"
[[ $(cat "$TEST_TMP/kept/guide.pdf") == "not a pdf" ]] || fail "--doctor touched an existing PDF"
[[ $(ls -A "$TEST_TMP/kept") == guide.pdf ]] || fail "--doctor left a file in the output folder"

# theme.fonts.regular names a missing file: exit 3, the face and the fix.
missing="$TEST_TMP/missing-font.yaml"
cat >"$missing" <<'YAML'
format: 1
title: 职业指南
theme:
  fonts:
    regular: no-such-font.ttf
roles:
  - id: prompt-engineer
    title: 提示工程师
    summary: 负责设计提示词。
YAML
expect_exit 3 "$CAREERGUIDE" --doctor "$missing" -o "$TEST_TMP/m/guide.pdf"
expect_in "$out" "✗ regular font: $TEST_TMP/no-such-font.ttf (from the data file's theme.fonts) cannot be used: the file cannot be read"
expect_in "$out" "  fix: set theme.fonts.regular to a TrueType font file (.ttf, glyf outlines, not CFF)"
grep -qE "^✓ bold font: " "$out" || { cat "$out" >&2; fail "the bold face is not checked on its own"; }

# Characters no font covers: each with its U+ code and position, at most 10.
data=tests/data/coverage/unprintable.yaml
expect_exit 0 "$CAREERGUIDE" --doctor "$data" -o "$TEST_TMP/u/guide.pdf"
expect_in "$out" "✗ coverage: 11 characters of the data cannot be printed:"
expect_in "$out" "  $data:5:12: warning: title: 😀 (U+1F600) cannot be printed"
expect_in "$out" "  $data:9:27: warning: roles[0].summary: ก (U+0E01) cannot be printed"
[[ $(grep -c "^  $data:.* cannot be printed" "$out") -eq 10 ]] || { cat "$out" >&2; fail "expected 10 characters listed"; }
expect_in "$out" "  and 1 more"
expect_in "$out" "  fix: set theme.fonts.fallback to a font that has them"

# An output folder below a regular file cannot be made: exit 3.
echo plain >"$TEST_TMP/plain"
expect_exit 3 "$CAREERGUIDE" --doctor -o "$TEST_TMP/plain/x.pdf"
expect_in "$out" "✗ output folder $TEST_TMP/plain: cannot write there"
expect_in "$out" "  fix: choose another -o OUT.pdf"
[[ $(cat "$TEST_TMP/plain") == plain ]] || fail "--doctor changed the regular file"

# Broken YAML: exit 1, the position printed, the other checks still made.
broken="$TEST_TMP/broken.yaml"
printf 'format: 1\ntitle: [unclosed\nroles: []\n' >"$broken"
expect_exit 1 "$CAREERGUIDE" --doctor "$broken" -o "$TEST_TMP/b/guide.pdf"
grep -qE "^$broken:[0-9]+:[0-9]+: error: " "$out" || { cat "$out" >&2; fail "no FILE:LINE:COLUMN for the broken YAML"; }
expect_in "$out" "✗ data $broken: "
expect_in "$out" "✓ output folder $TEST_TMP/b: writable"

# Chinese, from the locale.
expect_exit 3 env -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 "$CAREERGUIDE" --doctor "$missing" -o "$TEST_TMP/plain/x.pdf"
expect_in "$out" "✗ regular 字体：$TEST_TMP/no-such-font.ttf（来自数据文件的 theme.fonts）无法使用：无法读取该文件"
expect_in "$out" "  修复：把 theme.fonts.regular 设为 TrueType 字体文件（.ttf，glyf 轮廓，不是 CFF）"
expect_in "$out" "✗ 输出文件夹 $TEST_TMP/plain：无法写入"
expect_in "$out" "✓ 纸张 A4，消息语言 中文"
