# Bad input: every case in tests/bad_input/ runs through the real program.
# NAME.expect holds the expected exit code on its first line and, after it,
# the whole expected stderr, compared exactly ({file} stands for the data
# file's path, {pdf} for the output's); a difference is shown as a unified
# diff. NAME.zh.expect is the same for a run under a Chinese locale
# (LANG=zh_CN.UTF-8): every case has both. The data is tests/bad_input/NAME.yaml, or for the huge inputs of the
# limits a file this script generates (see generate_case). Every run
# must finish within a time limit and, unless sanitized, within 1 GiB of
# address space; every failing run must leave the previous PDF byte for byte
# and no temporary file. All failures are listed, not only the first.
source "$(dirname "$0")/lib.bash"
cases=tests/bad_input
out="$TEST_TMP/pdfs"
pdf="$out/guide.pdf"
mkdir -p "$out"
expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$pdf" --quiet
cp "$pdf" "$TEST_TMP/before.pdf"

# ASan reserves terabytes of address space, so `ulimit -v` only applies to
# plain builds; sanitized builds are also several times slower. (ldd's
# output is read whole: `ldd | grep -q` under pipefail fails at random when
# grep stops reading early and ldd dies of SIGPIPE.)
libraries=$(ldd "$CAREERGUIDE")
if [[ $libraries == *libasan* ]]; then
  seconds=120 memory_kb=unlimited
else
  seconds=30 memory_kb=$((1024 * 1024))
fi

role_lines() {  # role_lines N: N valid roles as YAML list items
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++)
    printf "  - id: role-%d\n    title: 职位%d\n    summary: 说明。\n", i, i }'
}
repeat() {  # repeat TEXT N: TEXT written N times, no line break
  head -c "$(($2 * ${#1}))" < <(yes "$1" | tr -d '\n')
}

# generate_case NAME FILE: writes the generated input NAME to FILE.
generate_case() {
  case $1 in
    deep-lists) { printf 'title: 测试指南\nroles: '; repeat '[' 100000; repeat ']' 100000; echo; } ;;
    deep-mappings) { printf 'title: 测试指南\nroles: '; repeat '{a: ' 100000; printf x;
                     repeat '}' 100000; echo; } ;;
    huge-file) { printf 'title: 测试指南\nroles:\n'; role_lines 600000; } ;;  # 53 MB
    huge-string) { printf 'title: 测试指南\nroles:\n  - id: a\n    title: 甲\n    summary: "';
                   repeat x $((10 * 1024 * 1024)); printf '"\n'; } ;;
    many-roles) { printf 'title: 测试指南\nroles:\n'; role_lines 100000; } ;;
    alias-amplified-summaries) {  # one 99 KB summary reused by 10,000 roles
      printf 'title: 测试指南\nroles:\n  - id: role-0\n    title: 职位0\n    summary: &long '
      repeat x 99000; echo
      awk 'BEGIN { for (i = 1; i < 10000; i++)
        printf "  - id: role-%d\n    title: 职位%d\n    summary: *long\n", i, i }'; } ;;
    alias-amplified-skills) {  # the same summary as 500,000 skills
      printf 'title: 测试指南\nroles:\n  - id: role-0\n    title: 职位0\n    summary: &long '
      repeat x 99000; printf '\n    skills:\n'
      awk 'BEGIN { for (i = 0; i < 500000; i++) print "      - *long" }'; } ;;
    many-skills) { printf 'title: 测试指南\nroles:\n'; role_lines 1  # 700,000 skills, 13 MB
                   printf '    skills:\n'; seq -f '      - 技能%.0f' 700000; } ;;
    long-link-url) {  # 2,001 characters: one past the URL limit
      printf 'title: 测试指南\nroles:\n  - id: a\n    title: 甲\n    summary: 说明。\n'
      printf '    links:\n      - {label: 文档, url: "https://example.com/'; repeat a 1981
      printf '"}\n'; } ;;
    long-source-url) {
      printf 'title: 测试指南\nsources:\n  - title: 来源\n    url: https://example.com/'
      repeat a 1981; printf '\nroles:\n  - id: a\n    title: 甲\n    summary: 说明。\n'; } ;;
    *) fail "no data for case $1: add tests/bad_input/$1.yaml or a generator" ;;
  esac >"$2"
}

failures=()
problem() { failures+=("$1: $2"); }

# expand_expected FILE DATA: FILE's exit code into $expected_exit and its
# stderr, with {file} and {pdf} filled in, into $TEST_TMP/expected.
expand_expected() {
  { read -r expected_exit; cat; } <"$1" >"$TEST_TMP/expected.raw"
  data_path=$2 pdf_path=$pdf "$PYTHON" -c 'import os, sys
text = sys.stdin.read().replace("{file}", os.environ["data_path"])
sys.stdout.write(text.replace("{pdf}", os.environ["pdf_path"]))' \
    <"$TEST_TMP/expected.raw" >"$TEST_TMP/expected"
}

# run_chinese NAME DATA EXIT: the same case under a Chinese locale gives the
# same exit code and the whole stderr of NAME.zh.expect.
run_chinese() {
  local name=$1 data=$2 rc=0 zh="$cases/$1.zh.expect"
  if [[ ! -f $zh ]]; then
    problem "$name" "has no $zh (the messages under LANG=zh_CN.UTF-8)"
    return
  fi
  expand_expected "$zh" "$data"
  [[ $expected_exit -eq $3 ]] || problem "$name" "$zh expects exit $expected_exit, $name.expect $3"
  (ulimit -v "$memory_kb"; exec env -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 \
     timeout "$seconds" "$CAREERGUIDE" "$data" -o "$pdf") \
    >"$TEST_TMP/stdout" 2>"$TEST_TMP/stderr" || rc=$?
  [[ $rc -eq $expected_exit ]] || problem "$name" "in Chinese: exit $rc, expected $expected_exit"
  if ! cmp -s "$TEST_TMP/expected" "$TEST_TMP/stderr"; then
    problem "$name" "in Chinese: stderr differs from $zh:
$(diff -u --label expected --label actual "$TEST_TMP/expected" "$TEST_TMP/stderr" | head -40)"
  fi
  if [[ $expected_exit -eq 0 ]]; then
    cp "$pdf" "$TEST_TMP/before.pdf"
  elif ! cmp -s "$pdf" "$TEST_TMP/before.pdf"; then
    problem "$name" "in Chinese: the previous PDF was changed"
  fi
}

# run_case NAME: runs one case and records every way it misbehaves.
run_case() {
  local name=$1 data="$cases/$1.yaml" rc=0 start elapsed want
  if [[ ! -f $data ]]; then
    data="$TEST_TMP/$name.yaml"
    generate_case "$name" "$data"
  fi
  expand_expected "$cases/$name.expect" "$data"
  want=$expected_exit
  start=$(date +%s%N)
  (ulimit -v "$memory_kb"; exec timeout "$seconds" "$CAREERGUIDE" "$data" -o "$pdf") \
    >"$TEST_TMP/stdout" 2>"$TEST_TMP/stderr" || rc=$?
  elapsed=$((($(date +%s%N) - start) / 1000000))
  [[ $rc -ne 124 ]] || problem "$name" "took more than $seconds s"
  [[ $rc -eq $want ]] || problem "$name" "exit $rc, expected $want"
  if ! cmp -s "$TEST_TMP/expected" "$TEST_TMP/stderr"; then
    problem "$name" "stderr differs from $cases/$name.expect:
$(diff -u --label expected --label actual "$TEST_TMP/expected" "$TEST_TMP/stderr" | head -40)"
  fi
  if grep -qE 'internal error|Sanitizer|runtime error|out of memory' "$TEST_TMP/stderr"; then
    problem "$name" "crashed: $(head -c 300 "$TEST_TMP/stderr")"
  fi
  if [[ $want -eq 0 ]]; then
    cp "$pdf" "$TEST_TMP/before.pdf"  # an accepted file replaces the PDF, as it should
  elif ! cmp -s "$pdf" "$TEST_TMP/before.pdf"; then
    problem "$name" "the previous PDF was changed"
  fi
  [[ -z $(find "$out" -name '.guide.pdf.*') ]] || problem "$name" "a temporary file was left"
  [[ $(find "$out" -type f | wc -l) -eq 1 ]] || problem "$name" "wrote a file besides the PDF"
  run_chinese "$name" "$data" "$want"
  rm -f "$TEST_TMP/$name.yaml"
  echo "$name: exit $rc in $elapsed ms"
}

for data in "$cases"/*.yaml; do
  [[ -f ${data%.yaml}.expect ]] || problem "$(basename "$data" .yaml)" "has no .expect file"
done
count=0
for expect in "$cases"/*.expect; do
  [[ $expect != *.zh.expect ]] || continue
  run_case "$(basename "$expect" .expect)"
  count=$((count + 1))
done
[[ $count -ge 30 ]] || problem "tests/bad_input" "only $count cases found"
if [[ ${#failures[@]} -gt 0 ]]; then
  printf 'FAIL: %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "all $count bad-input cases behaved"
