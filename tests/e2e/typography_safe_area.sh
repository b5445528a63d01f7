# Every word box that pdftotext -bbox reports lies inside the 10 mm safe
# area of its page, and every body word (10.5 pt type) inside the text
# block (margins of 22 mm, content from C = 28 mm down to 22 mm above the
# bottom edge), for the default guides and the long-content fixtures, on A4
# and Letter.
source "$(dirname "$0")/lib.bash"
fixtures=tests/data/typography

# check_boxes PDF NAME: fails with the offending words listed.
# poppler's word box runs from 0.928 em above the baseline to 0.256 em below
# it (LXGW WenKai's font box), so its height is 1.184 times the type size.
check_boxes() {
  pdftotext -bbox "$1" - | awk -v name="$2" '
    function attr(key,   m) { return match($0, key "=\"[^\"]*\"") ? substr($0, RSTART + length(key) + 2, RLENGTH - length(key) - 3) + 0 : 0 }
    function report(what) { print name " page " page ": " what ": " $0; bad = 1 }
    /<page / { page++; width = attr("width"); height = attr("height") }
    /<word / {
      x0 = attr("xMin"); y0 = attr("yMin"); x1 = attr("xMax"); y1 = attr("yMax")
      safe = 28.35; tol = 0.02
      if (x0 < safe - tol || y0 < safe - tol || x1 > width - safe + tol || y1 > height - safe + tol)
        report("outside the 10 mm safe area")
      size = (y1 - y0) / 1.184
      if (page > 1 && size > 10.45 && size < 10.55) {
        baseline = y1 - 0.256 * size
        margin = 62.36; top = 79.37; bottom = height - 62.36
        # CLREQ compression: an opening bracket that starts a line hangs its
        # blank half (0.5 em) into the left margin, a closing mark that ends
        # one may stand half-width, its blank half in the right margin.
        hang_left = ($0 ~ /">(（|「|『|《|〈|【|“|‘)/) ? 0.5 * size : 0
        hang_right = ($0 ~ /(，|。|、|：|；|）|」|』|》|〉|】|”|’)<\/word>/) ? 0.5 * size : 0
        if (x0 < margin - hang_left - tol || x1 > width - margin + hang_right + tol || y0 < top - tol || baseline > bottom + tol)
          report("body word outside the text block")
        body++
      }
    }
    END { if (body == 0) { print name ": no body words found"; bad = 1 } exit bad }' ||
    fail "$2: word boxes outside their area"
}

for paper in a4 letter; do
  for data in data/roles.yaml data/roles-en.yaml "$fixtures/long.yaml" "$fixtures/long-en.yaml" \
              "$fixtures/forty.yaml"; do
    name=$(basename "$data" .yaml)-$paper
    expect_exit 0 "$CAREERGUIDE" -q "$data" --paper "$paper" -o "$TEST_TMP/$name.pdf"
    check_boxes "$TEST_TMP/$name.pdf" "$name"
  done
done
