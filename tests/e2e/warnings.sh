# Warnings for likely mistakes (the advice pass, src/advice/): every case in
# tests/warnings/ runs through the real program. NAME.expect holds the exit
# code on its first line and the whole expected stderr after it ({file} for
# the data file's path); NAME.zh.expect the same under a Chinese locale.
# Warnings never fail a render: the PDF is written, --quiet silences them.
# The default guides, on both papers, give no warning at all.
source "$(dirname "$0")/lib.bash"
cases=tests/warnings
pdf="$TEST_TMP/guide.pdf"
failures=()
problem() { failures+=("$1: $2"); }

# compare NAME EXPECT STDERR RC: the run's exit code and stderr against EXPECT.
compare() {
  local want
  { read -r want; cat; } <"$2" >"$TEST_TMP/expected.raw"
  sed "s|{file}|$cases/$1.yaml|g" "$TEST_TMP/expected.raw" >"$TEST_TMP/expected"
  [[ $4 -eq $want ]] || problem "$1" "exit $4, expected $want"
  cmp -s "$TEST_TMP/expected" "$3" ||
    problem "$1" "stderr differs from $2:
$(diff -u --label expected --label actual "$TEST_TMP/expected" "$3" | head -30)"
}

count=0
for data in "$cases"/*.yaml; do
  name=$(basename "$data" .yaml)
  for expect in "$cases/$name.expect" "$cases/$name.zh.expect"; do
    [[ -f $expect ]] || { problem "$name" "has no $(basename "$expect")"; continue; }
  done
  rm -f "$pdf"
  rc=0; "$CAREERGUIDE" "$data" -o "$pdf" >/dev/null 2>"$TEST_TMP/stderr" || rc=$?
  compare "$name" "$cases/$name.expect" "$TEST_TMP/stderr" "$rc"
  [[ $rc -ne 0 || -s $pdf ]] || problem "$name" "no PDF was written"
  rc=0; env -u LC_ALL LANG=zh_CN.UTF-8 "$CAREERGUIDE" "$data" -o "$pdf" >/dev/null 2>"$TEST_TMP/stderr" || rc=$?
  [[ -f $cases/$name.zh.expect ]] && compare "$name" "$cases/$name.zh.expect" "$TEST_TMP/stderr" "$rc"
  rc=0; "$CAREERGUIDE" --quiet "$data" -o "$pdf" >/dev/null 2>"$TEST_TMP/stderr" || rc=$?
  [[ ! -s $TEST_TMP/stderr ]] || problem "$name" "--quiet still prints: $(head -c 300 "$TEST_TMP/stderr")"
  count=$((count + 1))
done
[[ $count -ge 4 ]] || problem "$cases" "only $count cases found"

for guide in data/roles.yaml data/roles-en.yaml; do
  for paper in a4 letter; do
    rc=0; "$CAREERGUIDE" "$guide" --paper "$paper" -o "$pdf" >/dev/null 2>"$TEST_TMP/stderr" || rc=$?
    [[ $rc -eq 0 && ! -s $TEST_TMP/stderr ]] ||
      problem "$guide on $paper" "exit $rc, stderr: $(head -c 300 "$TEST_TMP/stderr")"
  done
done

if [[ ${#failures[@]} -gt 0 ]]; then
  printf 'FAIL: %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "all $count warning cases behaved; the default guides give no warning"
