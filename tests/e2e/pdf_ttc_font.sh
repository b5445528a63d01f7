# A TrueType collection works by face index: a guide set in WenQuanYi Micro
# Hei (fonts-wqy-microhei ships it as a .ttc whose composite glyphs point
# above glyph id 32767, which libharu's own subsetting drops, leaving blank
# hanzi) embeds both faces as subsets and draws ink where its words are.
# Skipped (exit 77) when the package is not installed.
source "$(dirname "$0")/lib.bash"
ttc=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
[[ -f $ttc ]] || skip "$ttc missing (Debian package fonts-wqy-microhei)"
data="$TEST_TMP/ttc.yaml"
cat >"$data" <<YAML
format: 1
title: 文泉驿微米黑测试
theme:
  fonts:
    regular: {file: $ttc, index: 0}
    bold: {file: $ttc, index: 1}
roles:
  - id: writer
    title: 微米黑写作者
    summary: 文泉驿微米黑是一款开源中文字体，每一个汉字都应当清楚地印出来。
YAML
pdf="$TEST_TMP/ttc.pdf"
expect_exit 0 "$CAREERGUIDE" "$data" -o "$pdf"
# (The one thin role gets the advice pass's warnings; none is about fonts.)
! grep -qE 'cannot be printed|careerguide: warning|theme\.fonts' "$TEST_TMP/err" ||
  { cat "$TEST_TMP/err" >&2; fail "warnings for a font that has every character"; }
pdffonts "$pdf" >"$TEST_TMP/fonts"
grep -q '^[A-Z]\{6\}+WenQuanYiMicroHei .* yes yes yes' "$TEST_TMP/fonts" ||
  { cat "$TEST_TMP/fonts" >&2; fail "face 0 (WenQuanYiMicroHei) is not embedded as a subset"; }
grep -q '^[A-Z]\{6\}+WenQuanYiMicroHeiMono.* yes yes yes' "$TEST_TMP/fonts" ||
  { cat "$TEST_TMP/fonts" >&2; fail "face 1 (WenQuanYiMicroHeiMono) is not embedded as a subset"; }

# ink_in PAGE WORD: renders the box pdftotext -bbox gives WORD on PAGE at 72
# dpi (1 px = 1 pt) in grey and prints the share of dark pixels, in percent.
# WORD's tallest box is used: the page title rather than the running header.
ink_in() {
  local page=$1 word=$2 box
  pdftotext -f "$page" -l "$page" -bbox "$pdf" "$TEST_TMP/bbox.html"
  box=$(grep ">$word</word>" "$TEST_TMP/bbox.html" |
        sed -E 's/.*xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)".*/\1 \2 \3 \4/' |
        awk '{ print $4 - $2, $0 }' | sort -rn | head -n 1 | cut -d' ' -f2-)
  [[ -n $box ]] || fail "no word $word on page $page"
  read -r x0 y0 x1 y1 <<<"$box"
  pdftoppm -f "$page" -l "$page" -r 72 -gray -x "${x0%.*}" -y "${y0%.*}" \
    -W $(( ${x1%.*} - ${x0%.*} + 1 )) -H $(( ${y1%.*} - ${y0%.*} + 1 )) "$pdf" "$TEST_TMP/crop"
  "$PYTHON" - "$TEST_TMP"/crop*.pgm <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
fields, pos = [], 0
while len(fields) < 4:  # P5 width height maxval, separated by white space
    while data[pos:pos + 1].isspace():
        pos += 1
    end = pos
    while not data[end:end + 1].isspace():
        end += 1
    fields.append(data[pos:end])
    pos = end
pixels = data[pos + 1:]
print(100 * sum(1 for p in pixels if p < 128) // max(1, len(pixels)))
PY
  rm -f "$TEST_TMP"/crop*.pgm
}

# The role page (4): the Bold title (face 1) and the Regular summary (face 0).
# The role is on page 2: without a figure the guide has no salary overview,
# and one role without an intro has no contents page.
title_ink=$(ink_in 2 微米黑写作者)
summary_ink=$(ink_in 2 文泉驿微米黑是一款开源中文字体，每一个汉字都应当清楚地印出来。)
(( title_ink >= 5 )) || fail "the Bold title is blank: $title_ink % dark"
(( summary_ink >= 5 )) || fail "the Regular summary is blank: $summary_ink % dark"
exit 0
