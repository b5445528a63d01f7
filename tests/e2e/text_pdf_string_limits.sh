# A guide of 10,000 roles (the roles limit) with ordinary Chinese titles
# makes a valid PDF: the Keywords entry, which joins the role titles, is cut
# at a whole title before libharu's 65,535-byte string limit instead of
# failing in HPDF_SetInfoAttr. Not a timing test.
source "$(dirname "$0")/lib.bash"
data="$TEST_TMP/ten-thousand.yaml"
"$PYTHON" - "$data" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("title: 一万个职位的薪资参考\nroles:\n")
    for i in range(10000):
        out.write(f"  - id: role-{i}\n    title: 人工智能应用开发与数据治理工程师{i}号\n"
                  f"    salary: {50000 + i}\n    summary: 负责开发和维护数据应用。\n")
PY
pdf="$TEST_TMP/ten-thousand.pdf"
expect_exit 0 "$CAREERGUIDE" "$data" -o "$pdf"
qpdf --check "$pdf" >"$TEST_TMP/qpdf" 2>&1 || fail "qpdf --check fails: $(tail -3 "$TEST_TMP/qpdf")"
pdfinfo "$pdf" >"$TEST_TMP/info"
expect_in "$TEST_TMP/info" "Keywords:        人工智能应用开发与数据治理工程师0号，人工智能应用开发与数据治理工程师1号"
