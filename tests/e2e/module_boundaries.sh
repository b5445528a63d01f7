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
for folder in typeface geom model utf8 text page chart money layout fonts; do
  found=$(grep -rlE '^#include "(pdf|load|cli)/' "src/$folder" || true)
  [[ -z "$found" ]] || fail "src/$folder depends on pdf, load or cli: $found"
done

# The whole module table of docs/architecture.md: a file of src/<module>/ may
# include only its own headers and those of the modules its "may include"
# column lists. The table is parsed from the document so the two cannot drift.
modules=$(ls -d src/*/ | xargs -n1 basename)
rows=$(grep -E '^\| `[a-z0-9]+/` \|' docs/architecture.md)
[[ -n "$rows" ]] || fail "docs/architecture.md has no module table"
for module in $modules; do
  row=$(grep -E "^\| \`$module/\` \|" <<<"$rows") || fail "src/$module/ has no row in docs/architecture.md"
  allowed=$(awk -F'|' '{print $4}' <<<"$row" | tr -s ', ' '\n\n')
  for other in $modules; do
    [[ "$other" == "$module" ]] && continue
    grep -qx "$other" <<<"$allowed" && continue
    found=$(grep -rlE "^#include \"$other/" "src/$module" || true)
    [[ -z "$found" ]] || fail "src/$module may not include $other/ (docs/architecture.md): $found"
  done
done

# libharu's private structures are reached only through pdf/haru_internals.h:
# no other file of src/ reads the fields it wraps.
found=$(grep -rnE -- '->(mmgr|catalog|pdf_version|ttfont_tag|base_font)\b|->attr\b|->stream\b' \
          src --include='*.h' --include='*.cpp' | grep -v '^src/pdf/haru_internals.h:' || true)
[[ -z "$found" ]] || fail "libharu's private fields used outside src/pdf/haru_internals.h: $found"
found=$(grep -rlE '^#include <hpdf_(catalog|fontdef|pages|doc|objects|streams)\.h>' src |
          grep -v '^src/pdf/haru_internals.h$' || true)
[[ -z "$found" ]] || fail "libharu's private headers included outside src/pdf/haru_internals.h: $found"
