# Third-party types stay at the edges (STYLE.md): each library's headers are
# included only in the module that wraps it, and layout never sees libharu.
source "$(dirname "$0")/lib.bash"

# only_in PATTERN FOLDER: no file of src/ outside FOLDER includes PATTERN.
only_in() {
  local found
  found=$(grep -rlE "^#include [<\"]($1)" src --include='*.h' --include='*.cpp' | grep -v "^src/$2/" || true)
  [[ -z "$found" ]] || fail "$1 included outside src/$2: $found"
}
only_in 'hpdf' pdf
only_in 'yaml-cpp' load
only_in 'harfbuzz|hb\.h|hb-' fonts
only_in 'fontconfig' fonts
only_in 'unicode/' text

# Layout is pure: no module below cli includes the PDF writer or the loader.
for folder in geom model text chart layout fonts; do
  found=$(grep -rlE '^#include "(pdf|load|cli)/' "src/$folder" || true)
  [[ -z "$found" ]] || fail "src/$folder depends on pdf, load or cli: $found"
done
