# careerguide --init DIR: a starter guide and its schema in a new folder,
# which checks clean, validates against the schema and renders; it never
# replaces a file, and says why it cannot write, in English and Chinese.
source "$(dirname "$0")/lib.bash"

command -v pdftotext >/dev/null || skip "pdftotext (poppler-utils) is missing"

validate() {  # validate GUIDE SCHEMA: the schema accepts the guide
  "$PYTHON" - "$1" "$2" <<'PY'
import json, sys, yaml
from jsonschema import Draft7Validator
guide, schema = sys.argv[1], sys.argv[2]
class Yaml12(yaml.CSafeLoader):
    """Dates stay text, as for the program (YAML 1.2 has no timestamp type)."""
Yaml12.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
with open(guide, encoding="utf-8") as f:
    data = yaml.load(f, Loader=Yaml12)
errors = sorted(Draft7Validator(json.load(open(schema, encoding="utf-8"))).iter_errors(data), key=str)
for e in errors:
    print(f"{guide}: {'/'.join(map(str, e.path))}: {e.message}", file=sys.stderr)
sys.exit(1 if errors else 0)
PY
}

for lang in zh en; do
  dir="$TEST_TMP/new/$lang/guide"          # parents are created too
  args=(--init "$dir")
  [[ $lang == en ]] && args+=(--guide-language en)
  expect_exit 0 "$CAREERGUIDE" "${args[@]}"
  expect_in "$TEST_TMP/out" "wrote $dir/guide.yaml and $dir/schema.json"
  expect_in "$TEST_TMP/out" "careerguide --check $dir/guide.yaml"
  [[ $(head -1 "$dir/guide.yaml") == '# yaml-language-server: $schema=schema.json' ]] ||
    fail "$lang: the modeline is $(head -1 "$dir/guide.yaml")"
  cmp -s "$dir/schema.json" data/schema.json || fail "$lang: schema.json differs from data/schema.json"
  # The body is the starter of data/starter/, only the modeline changed.
  diff <(tail -n +2 "$dir/guide.yaml") <(tail -n +2 "data/starter/guide.$lang.yaml") >/dev/null ||
    fail "$lang: guide.yaml is not data/starter/guide.$lang.yaml"
  validate "$dir/guide.yaml" "$dir/schema.json" || fail "$lang: the schema rejects the starter"
  # --guide-language picks the guide's language; --lang only the messages'.
  want=$([[ $lang == en ]] && echo en || echo zh-CN)
  grep -q "^language: $want " "$dir/guide.yaml" || fail "$lang: the guide's language is not $want"

  expect_exit 0 "$CAREERGUIDE" --check "$dir/guide.yaml"
  expect_in "$TEST_TMP/out" "no problems found"
  [[ ! -s "$TEST_TMP/err" ]] || fail "$lang: --check printed: $(cat "$TEST_TMP/err")"
  expect_exit 0 "$CAREERGUIDE" "$dir/guide.yaml" -o "$TEST_TMP/$lang.pdf"
  pdftotext "$TEST_TMP/$lang.pdf" "$TEST_TMP/$lang.txt"
  title=$("$PYTHON" -c 'import sys,yaml; print(yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["title"])' "$dir/guide.yaml")
  expect_in "$TEST_TMP/$lang.txt" "$title"

  # A second --init into the same folder refuses and changes nothing, even
  # when only one of the two files is there.
  before=$(sha256sum "$dir/guide.yaml" "$dir/schema.json")
  expect_exit 2 "$CAREERGUIDE" "${args[@]}"
  expect_in "$TEST_TMP/err" "$dir/guide.yaml already exists; --init never replaces a file"
  [[ $(sha256sum "$dir/guide.yaml" "$dir/schema.json") == "$before" ]] || fail "$lang: a refused --init changed a file"
  rm "$dir/guide.yaml"
  expect_exit 2 "$CAREERGUIDE" "${args[@]}"
  expect_in "$TEST_TMP/err" "$dir/schema.json already exists"
  [[ ! -e "$dir/guide.yaml" ]] || fail "$lang: a refused --init wrote guide.yaml"
done

# Where nothing can be written: below a regular file (fails even for root).
touch "$TEST_TMP/plain"
expect_exit 3 "$CAREERGUIDE" --init "$TEST_TMP/plain/guide"
expect_in "$TEST_TMP/err" "careerguide: error: cannot create the folder $TEST_TMP/plain/guide ("
expect_in "$TEST_TMP/err" "choose a folder you can write to"
[[ -f "$TEST_TMP/plain" && ! -s "$TEST_TMP/plain" ]] || fail "the plain file was changed"

# A link named guide.yaml, even a dangling one, is a file --init would replace.
mkdir "$TEST_TMP/linked" && ln -s "$TEST_TMP/nowhere" "$TEST_TMP/linked/guide.yaml"
expect_exit 2 "$CAREERGUIDE" --init "$TEST_TMP/linked"
[[ ! -e "$TEST_TMP/linked/schema.json" && ! -e "$TEST_TMP/nowhere" ]] || fail "--init wrote through a dangling link"

# Usage errors.
expect_exit 2 "$CAREERGUIDE" --init
expect_in "$TEST_TMP/err" "--init: expected a folder name after it"
expect_exit 2 "$CAREERGUIDE" --guide-language en
expect_in "$TEST_TMP/err" "--guide-language only goes with --init DIR"
expect_exit 2 "$CAREERGUIDE" --init "$TEST_TMP/x" --guide-language fr
expect_in "$TEST_TMP/err" '--guide-language: expected zh-CN, zh or en (got "fr")'
expect_exit 2 "$CAREERGUIDE" --init "$TEST_TMP/x" data/roles.yaml
expect_in "$TEST_TMP/err" '--init writes a new guide and reads no data file (got "data/roles.yaml")'
[[ ! -e "$TEST_TMP/x" ]] || fail "a refused command line created the folder"

# The same in Chinese (the locale's language, or --lang).
zh="$TEST_TMP/zh-messages"
expect_exit 0 env LC_ALL= LANG=zh_CN.UTF-8 "$CAREERGUIDE" --init "$zh"
expect_in "$TEST_TMP/out" "已写入 $zh/guide.yaml 和 $zh/schema.json"
expect_in "$TEST_TMP/out" "下一步："
expect_exit 2 "$CAREERGUIDE" --lang zh-CN --init "$zh"
expect_in "$TEST_TMP/err" "$zh/guide.yaml 已经存在；--init 不会覆盖任何文件"
expect_exit 3 "$CAREERGUIDE" --lang zh --init "$TEST_TMP/plain/guide"
expect_in "$TEST_TMP/err" "无法创建文件夹 $TEST_TMP/plain/guide（"
expect_exit 0 "$CAREERGUIDE" --quiet --init "$TEST_TMP/quiet"
[[ ! -s "$TEST_TMP/out" && ! -s "$TEST_TMP/err" ]] || fail "--quiet --init printed something"
echo "ok: --init"
