# careerguide --watch [--open]: a render at the start and after each save
# (in place, and by a new file renamed over the old one) of the data or of a
# font it uses, one line each; a
# broken file prints its error and keeps the last good PDF; Ctrl-C stops with
# exit 0 and leaves no temporary file; a watched render is byte-identical to
# a cold one; --open calls xdg-open once, or warns and watches on without it.
# In English and in Chinese. The waits are hang guards (30 s), not speed limits.
source "$(dirname "$0")/lib.bash"
export SOURCE_DATE_EPOCH=1720742400

# A watch still running when the script ends (a failed check) is stopped.
watcher=
trap '[[ -n "$watcher" ]] && kill -INT "$watcher" 2>/dev/null; true' EXIT

# start_watch DIR ARGS...: careerguide --watch ARGS in the background, its
# stderr in DIR/err; the process id in $watcher.
start_watch() {
  local dir=$1; shift
  : >"$dir/err"
  "$CAREERGUIDE" --watch "$@" >"$dir/out.txt" 2>"$dir/err" &
  watcher=$!
}

# render_lines DIR: how many render lines ("[HH:MM:SS] …") DIR/err holds.
render_lines() { grep -cE '^\[[0-9]{2}:[0-9]{2}:[0-9]{2}\] ' "$1/err" || true; }

# wait_for_line DIR N: until render line N has been printed; prints it.
wait_for_line() {
  local dir=$1 n=$2
  for ((tries = 0; tries < 300; tries++)); do
    if (( $(render_lines "$dir") >= n )); then
      grep -E '^\[[0-9]{2}:[0-9]{2}:[0-9]{2}\] ' "$dir/err" | sed -n "${n}p"
      return 0
    fi
    kill -0 "$watcher" 2>/dev/null || { cat "$dir/err" >&2; fail "the watch ended before render line $n"; }
    sleep 0.1
  done
  cat "$dir/err" >&2
  fail "no render line $n within 30 s"
}

# wait_for_file FILE: until FILE exists (xdg-open runs apart from careerguide,
# which does not wait for it).
wait_for_file() {
  for ((tries = 0; tries < 300; tries++)); do
    [[ -s "$1" ]] && return 0
    sleep 0.1
  done
  fail "$1 did not appear within 30 s"
}

# stop_watch DIR: Ctrl-C; the watch must end with exit 0.
stop_watch() {
  local rc=0
  kill -INT "$watcher"
  wait "$watcher" || rc=$?
  watcher=
  [[ $rc -eq 0 ]] || { cat "$1/err" >&2; fail "the watch exited with $rc after SIGINT, expected 0"; }
}

# expect_text PDF TEXT: the PDF's text holds TEXT.
expect_text() {
  pdftotext "$1" "$TEST_TMP/text.txt"
  grep -qF -- "$2" "$TEST_TMP/text.txt" || fail "$1 does not say $2"
}

# save_in_place FILE TEXT: truncates FILE and writes TEXT into it, as an
# editor that rewrites the file does (the shell's own printf: no pause
# between the truncation and the writes).
save_in_place() { printf '%s\n' "$2" >"$1"; }

# cycle LANG SOURCE TITLE: start, save in place, save by rename, break, fix,
# save the same text again, Ctrl-C; messages in LANG (en or zh), the guide
# SOURCE with its line TITLE changed each time.
cycle() {
  local lang=$1 source=$2 title=$3
  local dir="$TEST_TMP/$lang" wrote failed stopped
  if [[ $lang == zh ]]; then wrote="已写入" failed="未写入：1 个错误；" stopped="已停止监视"
  else wrote="wrote" failed="not written: 1 error;" stopped="stopped watching"; fi
  mkdir -p "$dir/out"
  local guide="$dir/guide.yaml" pdf="$dir/out/guide.pdf"
  retitled() { sed "s/^    title: $title\$/    title: $1/" "$source"; }
  cp "$source" "$guide"
  start_watch "$dir" --lang "$([[ $lang == zh ]] && echo zh-CN || echo en)" "$guide" -o "$pdf"
  local line
  line=$(wait_for_line "$dir" 1)
  [[ $line == *"$wrote $pdf"* ]] || fail "first render line: $line"

  # An editor that truncates the file and writes it again.
  save_in_place "$guide" "$(retitled WatchAlpha)"
  line=$(wait_for_line "$dir" 2)
  [[ $line == *"$wrote $pdf"* ]] || fail "render line after an in-place save: $line"
  expect_text "$pdf" WatchAlpha

  # An editor that writes a new file and renames it over the old one.
  retitled WatchBravo >"$dir/.guide.yaml.new"
  mv "$dir/.guide.yaml.new" "$guide"
  line=$(wait_for_line "$dir" 3)
  [[ $line == *"$wrote $pdf"* ]] || fail "render line after a save by rename: $line"
  expect_text "$pdf" WatchBravo
  cp "$pdf" "$dir/good.pdf"

  # Broken YAML: the error with its position, and the last good PDF kept.
  printf 'format: 1\ntitle: [unclosed\nroles: []\n' >"$guide"
  line=$(wait_for_line "$dir" 4)
  [[ $line == *"$failed"*"$pdf"* ]] || fail "render line of a broken file: $line"
  grep -qE "^$guide:[0-9]+:[0-9]+: error: " "$dir/err" || { cat "$dir/err" >&2; fail "no FILE:LINE:COLUMN error"; }
  cmp -s "$pdf" "$dir/good.pdf" || fail "a failed render changed $pdf"

  # Fixed: a new render.
  save_in_place "$guide" "$(retitled WatchCharlie)"
  line=$(wait_for_line "$dir" 5)
  [[ $line == *"$wrote $pdf"* ]] || fail "render line after the fix: $line"
  expect_text "$pdf" WatchCharlie

  # The same text saved again: fonts, subsets and font programs reused, and
  # the bytes those of a cold render of the same data.
  cp "$guide" "$dir/same.yaml" && cat "$dir/same.yaml" >"$guide"
  wait_for_line "$dir" 6 >/dev/null
  "$CAREERGUIDE" --quiet "$guide" -o "$dir/cold.pdf"
  cmp "$pdf" "$dir/cold.pdf" || fail "the watched render differs from a cold render of the same data"

  stop_watch "$dir"
  expect_in "$dir/err" "$stopped $guide"
  [[ $(ls -A "$dir/out") == guide.pdf ]] || fail "the output folder holds more than the PDF: $(ls -A "$dir/out")"
}

cycle en data/roles-en.yaml "Prompt engineer"
cycle zh data/roles.yaml "提示工程师"

# A font the guide uses, replaced in place and then by a rename: each is a
# new render with the new font, the same bytes as a cold render.
dir="$TEST_TMP/font"
mkdir -p "$dir"
dejavu=/usr/share/fonts/truetype/dejavu
# uses_font PDF NAME: the PDF embeds a subset of the font NAME (the face's
# name, "DejaVuSans", "DejaVuSansCondensed").
uses_font() {
  pdffonts "$1" >"$TEST_TMP/fonts.txt"
  grep -qE "^[A-Z]{6}\+$2," "$TEST_TMP/fonts.txt"
}
cp "$dejavu/DejaVuSans.ttf" "$dir/regular.ttf"
{ cat data/roles-en.yaml
  printf 'theme:\n  fonts:\n    regular: regular.ttf\n    bold: %s\n    fallback: %s\n' \
         "$dejavu/DejaVuSans-Bold.ttf" /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf
} >"$dir/guide.yaml"
start_watch "$dir" --lang en "$dir/guide.yaml" -o "$dir/guide.pdf"
wait_for_line "$dir" 1 >/dev/null
uses_font "$dir/guide.pdf" DejaVuSans || fail "the first render does not use DejaVu Sans"
cp "$dejavu/DejaVuSansCondensed.ttf" "$dir/regular.ttf"
wait_for_line "$dir" 2 >/dev/null
uses_font "$dir/guide.pdf" DejaVuSansCondensed || fail "the font replaced in place was not taken"
cp "$dejavu/DejaVuSans.ttf" "$dir/new.ttf" && mv "$dir/new.ttf" "$dir/regular.ttf"
wait_for_line "$dir" 3 >/dev/null
uses_font "$dir/guide.pdf" DejaVuSans || fail "the font renamed into place was not taken"
"$CAREERGUIDE" --quiet "$dir/guide.yaml" -o "$dir/cold.pdf"
cmp "$dir/guide.pdf" "$dir/cold.pdf" || fail "the render after a font change differs from a cold render"
stop_watch "$dir"

# --open: a fake xdg-open first on PATH records its arguments; it is called
# once, with the PDF, however many renders follow.
dir="$TEST_TMP/open"
mkdir -p "$dir/bin"
cat >"$dir/bin/xdg-open" <<SH
#!/bin/sh
echo "\$@" >>"$dir/opened"
SH
chmod +x "$dir/bin/xdg-open"
cp data/roles-en.yaml "$dir/guide.yaml"
PATH="$dir/bin:$PATH" start_watch "$dir" --open --lang en "$dir/guide.yaml" -o "$dir/guide.pdf"
wait_for_line "$dir" 1 >/dev/null
for n in 2 3; do
  echo "# save $n" >>"$dir/guide.yaml"
  wait_for_line "$dir" "$n" >/dev/null
done
stop_watch "$dir"
wait_for_file "$dir/opened"
[[ $(cat "$dir/opened") == "$dir/guide.pdf" ]] || fail "xdg-open was called other than once with the PDF: $(cat "$dir/opened")"

# --open on a single render: opened once, after the PDF is written.
rm -f "$dir/opened"
PATH="$dir/bin:$PATH" expect_exit 0 "$CAREERGUIDE" --open "$dir/guide.yaml" -o "$dir/once.pdf"
wait_for_file "$dir/opened"
sleep 0.2  # a second call, were there one, would be as quick
[[ $(cat "$dir/opened") == "$dir/once.pdf" ]] || fail "--open on a single render: $(cat "$dir/opened")"

# --open without xdg-open on PATH: a warning, and the watch goes on.
for lang in en zh; do
  dir="$TEST_TMP/no-launcher-$lang"
  mkdir -p "$dir/bin"
  cp data/roles-en.yaml "$dir/guide.yaml"
  PATH="$dir/bin" start_watch "$dir" --open --lang "$lang" "$dir/guide.yaml" -o "$dir/guide.pdf"
  wait_for_line "$dir" 1 >/dev/null
  echo "# saved" >>"$dir/guide.yaml"
  wait_for_line "$dir" 2 >/dev/null
  stop_watch "$dir"
  if [[ $lang == zh ]]; then
    expect_in "$dir/err" "careerguide: warning: 无法打开 $dir/guide.pdf：找不到 xdg-open（Debian 软件包 xdg-utils）"
  else
    expect_in "$dir/err" "careerguide: warning: cannot open $dir/guide.pdf: xdg-open was not found (Debian package xdg-utils)"
  fi
done

# Nonsense combinations are refused before anything is watched.
expect_exit 2 "$CAREERGUIDE" --watch --check
expect_in "$TEST_TMP/err" "careerguide: error: --watch and --check cannot be used together"
expect_exit 2 "$CAREERGUIDE" --lang zh-CN --dump-layout --watch
expect_in "$TEST_TMP/err" "careerguide: error: --dump-layout 和 --watch 不能同时使用"
expect_exit 2 "$CAREERGUIDE" --watch --init "$TEST_TMP/starter"
expect_in "$TEST_TMP/err" "careerguide: error: --watch and --init cannot be used together"
expect_exit 2 "$CAREERGUIDE" --open --check
expect_in "$TEST_TMP/err" "careerguide: error: --open opens the PDF a render writes, and --check writes none"
expect_exit 2 "$CAREERGUIDE" --lang zh-CN --open --doctor
expect_in "$TEST_TMP/err" "careerguide: error: --open 用于打开生成的 PDF，而 --doctor 不生成 PDF"

# A data path that names no file, a folder or a device is said at once
# (exit 3): a typo in the name would otherwise wait for ever.
expect_exit 3 "$CAREERGUIDE" --watch "$TEST_TMP/no-such-guide.yaml" -o "$TEST_TMP/x.pdf"
expect_in "$TEST_TMP/err" "careerguide: error: cannot read $TEST_TMP/no-such-guide.yaml: No such file or directory"
mkdir -p "$TEST_TMP/a-folder"
expect_exit 3 "$CAREERGUIDE" --lang zh-CN --watch "$TEST_TMP/a-folder" -o "$TEST_TMP/x.pdf"
expect_in "$TEST_TMP/err" "careerguide: error: 无法读取 $TEST_TMP/a-folder"
expect_exit 3 "$CAREERGUIDE" --watch /dev/null -o "$TEST_TMP/x.pdf"
expect_in "$TEST_TMP/err" "careerguide: error: cannot read /dev/null: it is"
[[ ! -e "$TEST_TMP/x.pdf" ]] || fail "a refused watch wrote a PDF"

# --help lists both options, in both languages.
for lang in en zh-CN; do
  expect_exit 0 "$CAREERGUIDE" --lang "$lang" --help
  expect_in "$TEST_TMP/out" "careerguide --watch [--open] [DATA.yaml]"
  expect_in "$TEST_TMP/out" "  --watch  "
  expect_in "$TEST_TMP/out" "  --open  "
done
