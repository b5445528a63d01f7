# Every word box that pdftotext -bbox reports lies inside the 10 mm safe
# area of its page, and every body word (10.5 pt type) inside the text
# block (margins of 22 mm, content from C = 28 mm down to 22 mm above the
# bottom edge), for the default guides, the long-content fixtures and a
# guide with every length-limited text at its limit (docs/reliability.md,
# "Limits"; with 600-word salary notes), in Chinese and English, on A4 and
# Letter.
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

# write_limits_guide FILE zh|en: titles, author, currency symbol, page
# footer, continued mark, every label and URLs at their limits (the
# schema's maxLength numbers, which the loader shares), a 1,000-word source
# title and a 300-word credit on the cover; role 1 (no figure) and
# roles 2 and 4 (with one) have 600-word salary notes.
write_limits_guide() {
  "$PYTHON" - "$1" "$2" <<'PY'
import json, sys
out, lang = sys.argv[1], sys.argv[2]
zh = lang == "zh"
schema = json.load(open("data/schema.json", encoding="utf-8"))
def limit(node):  # the field's maxLength, its own or in its allOf
    return node.get("maxLength") or next(p["maxLength"] for p in node["allOf"] if "maxLength" in p)
top, defs = schema["properties"], schema["definitions"]
TITLE, AUTHOR = limit(top["title"]), limit(top["author"])
ROLE_TITLE, TITLE_EN = limit(defs["role"]["properties"]["title"]), limit(defs["role"]["properties"]["title_en"])
SYMBOL = limit(top["currency"]["properties"]["symbol"])
FOOTER = limit(top["labels"]["properties"]["page_footer"])
CONTINUED = limit(top["labels"]["properties"]["continued"])
URL = limit(defs["url"])
def chars(n, zh_unit, en_unit):  # n characters of repeated text
    unit = zh_unit if zh else en_unit
    return (unit * (n // len(unit) + 1))[:n].strip().ljust(n, "x")
def words(n, zh_word, en_word):  # n words (Chinese: n two-character words)
    return ("".join([zh_word] * n)) if zh else " ".join([en_word] * n)
q = lambda s: '"' + s.replace('"', '\\"') + '"'
url = "https://example.com/" + "a" * (URL - len("https://example.com/"))
lines = [f"title: {q(chars(TITLE, '职业指南标题', 'WWWWWWW '))}",
         f"author: {q(chars(AUTHOR, '作者名称', 'MMMMMM '))}",
         "language: zh-CN" if zh else "language: en",
         f"currency: {{code: USD, symbol: {q('W' * SYMBOL)}}}",
         "labels:",
         f"  page_footer: {q(chars(FOOTER - 14, '页', 'W') + ' {n} / {total}')}",
         f"  continued: {q(chars(CONTINUED, '续', 'W'))}",
         *(f"  {key}: {q(chars(limit(node), '标', 'W'))}" for key, node in top["labels"]["properties"].items()
           if key not in ("page_footer", "continued", "date_format")),
         "sources:",
         f"  - {{title: {q(words(1000, '来源', 'Source'))}, credit: {q(words(300, '整理', 'Credit'))}, url: {q(url)}}}",
         "roles:"]
for i in range(12):
    title = chars(ROLE_TITLE, "人工智能岗位", "Wide Engineer ") if i < 3 else ("职位" if zh else "Role") + str(i)
    lines.append(f"  - id: r{i}\n    title: {q(title)}")
    if i == 0: lines.append(f"    title_en: {q(chars(TITLE_EN, 'W', 'WWWWWWW '))}")
    if i != 1: lines.append(f"    salary: {999999 * (i + 1)}")
    if i in (1, 2, 4): lines.append(f"    salary_note: {q(words(600, '备注', 'remark'))}")
    lines.append(f"    summary: {q(words(900, '说明', 'summary'))}")
    lines.append(f"    links:\n      - {{url: {q(url)}}}\n      - {{label: {q(chars(80, '链接', 'Link '))}, url: https://example.com/}}")
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
}
write_limits_guide "$TEST_TMP/limits-zh.yaml" zh
write_limits_guide "$TEST_TMP/limits-en.yaml" en

for paper in a4 letter; do
  for data in data/roles.yaml data/roles-en.yaml "$fixtures/long.yaml" "$fixtures/long-en.yaml" \
              "$fixtures/forty.yaml" "$TEST_TMP/limits-zh.yaml" "$TEST_TMP/limits-en.yaml"; do
    name=$(basename "$data" .yaml)-$paper
    expect_exit 0 "$CAREERGUIDE" -q "$data" --paper "$paper" -o "$TEST_TMP/$name.pdf"
    check_boxes "$TEST_TMP/$name.pdf" "$name"
  done
done
