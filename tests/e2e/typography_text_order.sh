# Long content in Chinese and English, on A4 and Letter: the text that
# pdftotext -raw extracts from the main column holds every paragraph, list
# item and step of the data, in order, across continuation pages; no
# extracted line starts with a closing or pause mark or ends with an opening
# bracket. Spaces and line ends are removed before comparing: the 0.09 em
# gaps between Chinese and Latin text stay under the 0.15 em at which poppler
# reads a space (docs/pdf-quality.md), but a word space of the text, a
# justified line stretched past the 0.14 em cap, and a line end all extract
# as white space or a line break.
source "$(dirname "$0")/lib.bash"
fixtures=tests/data/typography

# main_column_text PDF: the text inside the main column, below the compact
# title of a continuation page and above the footer, page by page, with all
# white space removed. The label column (section headings), the running
# header and the footer stay out, so a paragraph split over two pages reads
# on without a break.
main_column_text() {
  local width height
  read -r width height < <(pdfinfo "$1" | awk '/^Page size:/ { print int($3), int($5) }')
  # x from the main column (margin + 102 pt = 164.36 pt) to the right margin;
  # y from below the compact title (its baseline is at 121.37 pt) to 6 pt
  # above the footer's text. The crop applies to every page.
  # 6 pt wider on both sides: an opening bracket at a line start hangs
  # its blank half left of the column, a half-width closing mark at a line
  # end its blank half right of it (docs/design.md, Punctuation rules).
  pdftotext -raw -x 157 -y 140 -W $((width - 56 - 157)) -H $((height - 140 - 42)) "$1" - |
    LC_ALL=C tr -d ' \t\n\f'
}

# expect_in_order TEXT_FILE PARAGRAPHS_FILE: every line of PARAGRAPHS_FILE,
# white space removed, occurs in TEXT_FILE after the previous one.
expect_in_order() {
  LC_ALL=C awk -v text_file="$1" '
    BEGIN { getline text < text_file; pos = 1 }
    {
      want = $0; gsub(/[ \t]/, "", want)
      found = index(substr(text, pos), want)
      if (found == 0) { print "missing or out of order: " $0; bad = 1; exit }
      pos += found + length(want) - 1
    }
    END { exit bad }' "$2" || fail "$3: paragraphs missing or out of order"
}

# expect_clean_line_edges TEXT_FILE: no line starts with ，。、；：？！）」』》〉…
# and none ends with （「『《〈.
expect_clean_line_edges() {
  local bad
  bad=$(grep -nE '^(，|。|、|；|：|？|！|）|」|』|》|〉|…)|(（|「|『|《|〈)$' "$1" || true)
  [[ -z $bad ]] || { echo "$bad" >&2; fail "$2: a line starts or ends with a prohibited mark"; }
}

for name in long long-en forty; do
  for paper in a4 letter; do
    pdf="$TEST_TMP/$name-$paper.pdf"
    expect_exit 0 "$CAREERGUIDE" -q "$fixtures/$name.yaml" --paper "$paper" -o "$pdf"
    main_column_text "$pdf" >"$TEST_TMP/$name-$paper.body"
    expect_in_order "$TEST_TMP/$name-$paper.body" "$fixtures/$name.paragraphs.txt" "$name ($paper)"
    pdftotext -raw "$pdf" "$TEST_TMP/$name-$paper.txt"
    expect_clean_line_edges "$TEST_TMP/$name-$paper.txt" "$name ($paper)"
  done
done

# The default guide too, though it holds no list of its paragraphs: its
# line edges are checked on both papers.
for paper in a4 letter; do
  expect_exit 0 "$CAREERGUIDE" -q data/roles.yaml --paper "$paper" -o "$TEST_TMP/roles-$paper.pdf"
  pdftotext -raw "$TEST_TMP/roles-$paper.pdf" "$TEST_TMP/roles-$paper.txt"
  expect_clean_line_edges "$TEST_TMP/roles-$paper.txt" "roles.yaml ($paper)"
done
