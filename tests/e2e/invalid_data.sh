# Invalid data: exit 1, FILE:LINE:COLUMN diagnostics, and the last good PDF
# is left exactly as it was.
source "$(dirname "$0")/lib.bash"
pdf="$TEST_TMP/guide.pdf"
expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$pdf" --quiet
cp "$pdf" "$TEST_TMP/before.pdf"

cat >"$TEST_TMP/bad.yaml" <<'YAML'
title: 测试指南
roles:
  - id: prompt-engineer
    title: 提示工程师
    salary: lots
    summary: 设计提示。
  - id: prompt-engineer
    title: 重复
    summary: 重复的编号。
YAML
expect_exit 1 "$CAREERGUIDE" "$TEST_TMP/bad.yaml" -o "$pdf"
expect_in "$TEST_TMP/err" "$TEST_TMP/bad.yaml:5:13: error: roles[0].salary: expected a number"
expect_in "$TEST_TMP/err" "$TEST_TMP/bad.yaml:7:9: error: roles[1].id:"
cmp -s "$pdf" "$TEST_TMP/before.pdf" || fail "the previous PDF was changed"
leftovers=$(find "$TEST_TMP" -name '.guide.pdf.*' | wc -l)
[[ $leftovers -eq 0 ]] || fail "temporary files left behind"
