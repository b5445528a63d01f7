# The documents agree with the tree: every "design §N" in src/ names a heading
# of docs/design.md, every relative link and image in every *.md resolves, and
# every path docs/architecture.md names exists.
source "$(dirname "$0")/lib.bash"

# Cited design sections: "## 8. …" or "### 8.3 …" must exist.
for number in $(grep -rhoE 'design §[0-9]+(\.[0-9]+)*' src | sed 's/design §//' | sort -u); do
  grep -qE "^#{2,3} ${number//./\\.}\.? " docs/design.md ||
    fail "src/ cites design §$number but docs/design.md has no such heading"
done

# Relative links and images: [text](target) and ![alt](target).
while IFS= read -r md; do
  dir=$(dirname "$md")
  while IFS= read -r target; do
    target=${target%% *}             # drop a "title"
    case "$target" in http://*|https://*|mailto:*|'#'*|'') continue ;; esac
    file=${target%%#*}
    [[ -e "$dir/$file" ]] || fail "$md links to $target, which does not exist"
  done < <(grep -oE '\]\([^)]+\)' "$md" | sed -E 's/^\]\((.*)\)$/\1/')
done < <(git ls-files '*.md' 2>/dev/null || find . -name '*.md' -not -path './build*')

# Paths named in docs/architecture.md (in backticks, starting with src/, tests/,
# scripts/, bench/ or docs/) exist.
while IFS= read -r path; do
  [[ "$path" == *"<"* ]] && continue   # a placeholder such as src/<module>/
  compgen -G "$path" >/dev/null || fail "docs/architecture.md names $path, which does not exist"
done < <(grep -oE '`(src|tests|scripts|bench|docs)/[^` ]*`' docs/architecture.md | tr -d '`' | sort -u)
