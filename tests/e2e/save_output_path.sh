# What the save does with the output path: an existing file keeps its mode
# (and, as root, its owner); a symbolic link keeps pointing to the new PDF;
# a link to a missing file is refused; a 255-byte file name can be written;
# -o "", -o - and -o DIR/ are usage errors (exit 2) that create nothing.
source "$(dirname "$0")/lib.bash"
out="$TEST_TMP/pdfs"
mkdir -p "$out"
guide=tests/guides/save-workshop-links.yaml

# expect_stderr TEXT: stderr is exactly TEXT.
expect_stderr() {
  [[ $(cat "$TEST_TMP/err") == "$1" ]] || { cat "$TEST_TMP/err" >&2; fail "stderr is not: $1"; }
}
is_pdf() { [[ $(head -c 5 "$1") == %PDF- ]] || fail "$1 is not a PDF"; }

# Mode 0600 (a private draft) stays 0600, whatever the umask.
echo "%PDF-1.5 an older guide" >"$out/private.pdf"
chmod 600 "$out/private.pdf"
(umask 022; expect_exit 0 "$CAREERGUIDE" "$guide" -o "$out/private.pdf" --quiet)
is_pdf "$out/private.pdf"
[[ $(stat -c %a "$out/private.pdf") == 600 ]] || fail "mode became $(stat -c %a "$out/private.pdf")"
# As root, the owner stays too.
if [[ $(id -u) -eq 0 ]] && id nobody >/dev/null 2>&1; then
  echo "%PDF-1.5 their older guide" >"$out/theirs.pdf"
  chown nobody "$out/theirs.pdf"
  expect_exit 0 "$CAREERGUIDE" "$guide" -o "$out/theirs.pdf" --quiet
  [[ $(stat -c %U "$out/theirs.pdf") == nobody ]] || fail "owner became $(stat -c %U "$out/theirs.pdf")"
fi

# A symbolic link: the file it points to is replaced, the link stays.
mkdir -p "$out/shared"
echo "%PDF-1.5 an older guide" >"$out/shared/real.pdf"
ln -s shared/real.pdf "$out/link.pdf"
expect_exit 0 "$CAREERGUIDE" "$guide" -o "$out/link.pdf" --quiet
[[ -L $out/link.pdf ]] || fail "the link was replaced by a file"
is_pdf "$out/shared/real.pdf"
[[ -z $(find "$out" -name '.*.pdf.*') ]] || fail "temporary file left behind"
ln -s nowhere.pdf "$out/dangling.pdf"
expect_exit 3 "$CAREERGUIDE" "$guide" -o "$out/dangling.pdf" --quiet
expect_stderr "careerguide: error: cannot write $out/dangling.pdf: it is a symbolic link to a missing file (nowhere.pdf)"
[[ ! -e $out/nowhere.pdf ]] || fail "the link's target was created"

# The longest file name a Linux file system takes: 255 bytes.
long=$(printf 'g%.0s' $(seq 251)).pdf
expect_exit 0 "$CAREERGUIDE" "$guide" -o "$out/$long" --quiet
is_pdf "$out/$long"
[[ -z $(find "$out" -name '.careerguide.*') ]] || fail "temporary file left behind"

# Usage errors, before anything is created.
cd "$out"
before=$(ls -A | sort)
expect_exit 2 "$CAREERGUIDE" "$SOURCE_DIR/$guide" -o ""
expect_stderr $'careerguide: error: -o: expected a file name (got "")\nRun \'careerguide --help\' for the options.'
expect_exit 2 "$CAREERGUIDE" "$SOURCE_DIR/$guide" -o -
expect_stderr $'careerguide: error: -o: the PDF cannot be written to standard output (got "-"); give a file name\nRun \'careerguide --help\' for the options.'
expect_exit 2 "$CAREERGUIDE" "$SOURCE_DIR/$guide" -o newdir/
expect_stderr $'careerguide: error: -o: expected a file name, not a folder (got "newdir/"); for example -o newdir/guide.pdf\nRun \'careerguide --help\' for the options.'
[[ $before == "$(ls -A | sort)" ]] || fail "a usage error created a file or folder"
echo "output paths: modes, owners and links kept, long names written, bad -o refused"
