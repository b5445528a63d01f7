# The walk-through in docs/customising.md and the Chinese editing guide tell
# the truth: every line of YAML the walk-through shows is in one of the example
# guides it renders (docs/examples/), its error example is what the program
# prints for those slips, and every message the Chinese editing guide quotes
# whole is one a bad-input case expects (tests/bad_input/*.expect).
source "$(dirname "$0")/lib.bash"

# The error example: docs/examples/salary.yaml with the four slips the page names.
mkdir -p "$TEST_TMP/docs/examples"
sed -e 's/^    salary: 135000$/    salary: 135,000/' \
    -e '0,/^    title: 人工智能软件工程师$/s//    titel: 人工智能软件工程师/' \
    -e 's/^  - id: ai-product-manager$/  - id: AI product manager/' \
    -e '0,/^    skills:$/s//    skills：/' \
    docs/examples/salary.yaml >"$TEST_TMP/docs/examples/salary.yaml"
(cd "$TEST_TMP" && "$CAREERGUIDE" --check docs/examples/salary.yaml 2>"$TEST_TMP/printed" || true)

"$PYTHON" - "$TEST_TMP/printed" <<'PY'
import re, sys
from pathlib import Path

problems = []
walk = Path("docs/customising.md").read_text(encoding="utf-8")
walk = walk[walk.index("## Common edits, step by step"):]
examples = {p: p.read_text(encoding="utf-8").splitlines() for p in Path("docs/examples").glob("*.yaml")}
lines_of_examples = {line.split(" #")[0].rstrip() for lines in examples.values() for line in lines}
blocks = re.findall(r"```yaml\n(.*?)```", walk, re.S)
if len(blocks) < 6:
    problems.append(f"only {len(blocks)} YAML blocks in the walk-through")
for block in blocks:
    for line in block.splitlines():
        code = line.split(" #")[0].rstrip()
        if not code.strip() or code.strip().startswith("#") or "…" in code:
            continue
        if code not in lines_of_examples:
            problems.append(f"docs/customising.md shows {line.strip()!r}, which no docs/examples/*.yaml has")
for link in re.findall(r"\]\((examples/[^)]+\.yaml)\)", walk):
    if not Path("docs", link).is_file():
        problems.append(f"docs/customising.md links to {link}, which does not exist")

shown = re.search(r"\$ build/careerguide --check docs/examples/salary.yaml\n(.*?)```", walk, re.S).group(1)
printed = Path(sys.argv[1]).read_text(encoding="utf-8")
if shown != printed:
    problems.append(f"the error example differs from what the program prints:\n--- shown\n{shown}--- printed\n{printed}")

guide = Path("docs/zh-CN/editing-guide.md").read_text(encoding="utf-8")
expected = "".join(p.read_text(encoding="utf-8") for p in Path("tests/bad_input").glob("*.expect"))
table = guide[guide.index("## 中文输入法容易犯的错"):guide.index("## 看懂错误信息")]
quoted = [m for row in re.findall(r"^\|[^|\n]*\|([^|\n]*)\|", table, re.M)
          for m in re.findall(r"`([^`]+)`", row)]
if len(quoted) < 10:
    problems.append(f"only {len(quoted)} messages quoted in the editing guide's table")
for message in quoted:
    if "…" not in message and message not in expected:
        problems.append(f"docs/zh-CN/editing-guide.md quotes {message!r}, which no tests/bad_input/*.expect has")
print("\n".join(f"FAIL: {p}" for p in problems), file=sys.stderr)
sys.exit(1 if problems else 0)
PY
