# An output path that is one of the run's inputs is refused before anything
# is written (exit 2, with the name to use instead): the data file itself,
# the same file through dir/../, an output that is a symbolic link to the
# data, a data path that is a symbolic link to the output, a hard link, and
# a font the guide reads, or any other file that is not a PDF. Each input
# stays byte for byte.
source "$(dirname "$0")/lib.bash"
work="$TEST_TMP/work"
mkdir -p "$work/sub" "$work/fonts"
cp tests/guides/save-workshop-links.yaml "$work/g.yaml"
cp "$work/g.yaml" "$TEST_TMP/g.before"
cd "$work"

# expect_refused STDERR ARGS...: exit 2, exactly STDERR, g.yaml unchanged, nothing new.
expect_refused() {
  local want=$1; shift
  local before after
  before=$(ls -A | sort)
  expect_exit 2 "$CAREERGUIDE" "$@"
  [[ $(cat "$TEST_TMP/err") == "$want" ]] || { cat "$TEST_TMP/err" >&2; fail "stderr differs for: $*"; }
  cmp -s g.yaml "$TEST_TMP/g.before" || fail "the data file was changed by: $*"
  after=$(ls -A | sort)
  [[ $before == "$after" ]] || fail "files appeared or went: $*"
}

expect_refused "careerguide: error: -o g.yaml is the data file g.yaml; writing the PDF there would destroy it (did you mean -o g.pdf?)" \
  g.yaml -o g.yaml
expect_refused "careerguide: error: -o sub/../g.yaml is the data file g.yaml; writing the PDF there would destroy it (did you mean -o sub/../g.pdf?)" \
  g.yaml -o sub/../g.yaml
ln -s g.yaml to-data.pdf
expect_refused "careerguide: error: -o to-data.pdf is the data file g.yaml; writing the PDF there would destroy it (did you mean -o g.pdf?)" \
  g.yaml -o to-data.pdf
ln -s g.yaml data-link.yaml
expect_refused "careerguide: error: -o g.yaml is the data file data-link.yaml; writing the PDF there would destroy it (did you mean -o data-link.pdf?)" \
  data-link.yaml -o g.yaml
ln g.yaml hard.yaml
expect_refused "careerguide: error: -o hard.yaml is the data file g.yaml; writing the PDF there would destroy it (did you mean -o g.pdf?)" \
  g.yaml -o hard.yaml --check

# A font of the guide's theme.
regular=$(find /usr/share/fonts -name LXGWWenKai-Regular.ttf -print -quit)
[[ -n $regular ]] || fail "LXGW WenKai Regular is not installed (fonts-lxgw-wenkai)"
cp "$regular" fonts/body.ttf
cp fonts/body.ttf "$TEST_TMP/font.before"
sed 's/^currency:/theme:\n  fonts: {regular: fonts\/body.ttf}\ncurrency:/' g.yaml >with-font.yaml
expect_refused "careerguide: error: -o fonts/body.ttf is the font theme.fonts.regular fonts/body.ttf; writing the PDF there would destroy it (did you mean -o fonts/with-font.pdf?)" \
  with-font.yaml -o fonts/body.ttf
cmp -s fonts/body.ttf "$TEST_TMP/font.before" || fail "the font was changed"

# A file that is not a PDF: another guide, or any document.
cp g.yaml other.yaml
cp other.yaml "$TEST_TMP/other.before"
expect_refused "careerguide: error: -o other.yaml is a file that is not a PDF; writing the PDF there would destroy it (did you mean -o g.pdf?)" \
  g.yaml -o other.yaml
cmp -s other.yaml "$TEST_TMP/other.before" || fail "the other guide was changed"
expect_exit 2 "$CAREERGUIDE" --lang zh-CN g.yaml -o other.yaml
[[ $(cat "$TEST_TMP/err") == "careerguide: error: -o other.yaml 是一个不是 PDF 的文件；把 PDF 写到那里会毁掉它（是否想写 -o g.pdf？）" ]] ||
  { cat "$TEST_TMP/err" >&2; fail "the Chinese message for a file that is not a PDF"; }

# The suggested name works.
expect_exit 0 "$CAREERGUIDE" g.yaml -o g.pdf --quiet
[[ $(head -c 5 g.pdf) == %PDF- ]] || fail "g.pdf is not a PDF"
echo "never overwrite: every input refused as output, with exit 2"
