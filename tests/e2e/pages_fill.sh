# Every pagination test guide (tests/guides/pages-*.yaml: 9, 14, 20 and 60
# roles, Chinese and English), the punctuation stress guides, the starter
# guides (data/starter/) and the guides of docs/customising.md (docs/examples/)
# on A4 and Letter: no page between the cover and the closing page is less
# than a quarter full, no line starts with a closing mark or ends with an
# opening one, and the contents takes at most two pages.
# The checks are our own (the same measure as ../shared/tools/pagecheck.py,
# which a clean clone may not have); pagecheck also runs when it is present.
source "$(dirname "$0")/lib.bash"

check_pages() {
  "$PYTHON" - "$1" <<'PY'
import re, subprocess, sys
mm = 72 / 25.4
closing, opening = "，。、；：？！）」』》〉】〕…—·～％", "（「『《〈【〔"
xml = subprocess.run(["pdftotext", "-bbox-layout", sys.argv[1], "-"], capture_output=True,
                     text=True, check=True).stdout
pages = re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', xml, re.S)
bad, contents = [], 0
for n, (h, body) in enumerate(pages, 1):
    top, bottom = 28 * mm, float(h) - 22 * mm
    ys = [float(y) for y in re.findall(r'<word xMin="[-\d.]+" yMin="[-\d.]+" xMax="[-\d.]+" yMax="([-\d.]+)">', body)]
    ys = [y for y in ys if top - 8 < y < bottom]
    fill = (max(ys) - top) / (bottom - top) if ys else 0
    if 1 < n < len(pages) and fill < 0.25: bad.append(f"page {n} only {fill:.0%} full")
    words = re.findall(r">([^<]*)</word>", body)
    if words[:8] and any(w in ("目录", "Contents") for w in words[:8]): contents += 1
    for line in re.findall(r"<line[^>]*>(.*?)</line>", body, re.S):
        text = "".join(re.findall(r">([^<]*)</word>", line))
        if text and text[0] in closing: bad.append(f"page {n}: line starts with {text[:12]!r}")
        if text and text[-1] in opening: bad.append(f"page {n}: line ends with {text[-12:]!r}")
if contents > 2: bad.append(f"{contents} contents pages")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
}

shopt -s nullglob
guides=(tests/guides/pages-*.yaml)
[[ ${#guides[@]} -ge 7 ]] || fail "expected the pagination test guides, found ${#guides[@]}"
# The punctuation and mixed-script stress guides: every line edge on both papers.
guides+=(tests/guides/text-punctuation-stress.yaml tests/guides/text-mixed-scripts.yaml
         tests/guides/text-mixed-scripts-en.yaml)
# What --init will write, and the walk-through's pictures, must look right too.
starters=(data/starter/*.yaml)
[[ ${#starters[@]} -eq 2 ]] || fail "expected the two starter guides, found ${#starters[@]}"
guides+=("${starters[@]}" docs/examples/*.yaml)
# ../shared beside the checkout, or beside the folder of worktrees.
pagecheck=
for candidate in ../shared/tools/pagecheck.py ../../shared/tools/pagecheck.py; do
  [[ -n $pagecheck || ! -f $candidate ]] || pagecheck=$candidate
done
for guide in "${guides[@]}"; do
  for paper in a4 letter; do
    pdf="$TEST_TMP/$(basename "$guide" .yaml)-$paper.pdf"
    expect_exit 0 "$CAREERGUIDE" "$guide" -o "$pdf" --paper "$paper"
    check_pages "$pdf" >"$TEST_TMP/report" || { cat "$TEST_TMP/report" >&2; fail "$guide on $paper"; }
    if [[ -f $pagecheck ]]; then
      "$PYTHON" "$pagecheck" "$pdf" >"$TEST_TMP/report" || { cat "$TEST_TMP/report" >&2; fail "pagecheck: $guide on $paper"; }
    fi
  done
done
