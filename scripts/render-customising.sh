#!/usr/bin/env bash
# Renders the pictures of docs/customising.md from the real output of the
# example guides in docs/examples/: whole pages at 50 dpi, and crops of the
# salary card and the chart at 60 dpi (pdftoppm -x -y -W -H, in pixels at that
# resolution; A4 at 60 dpi is 496 x 702). Needs only poppler-utils.
# Usage: scripts/render-customising.sh   (CAREERGUIDE=build-ci/careerguide to use another build)
set -euo pipefail
cd "$(dirname "$0")/.."
program=${CAREERGUIDE:-build/careerguide}
out=docs/img
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# picture NAME GUIDE PAGE [X Y W H]: page PAGE of GUIDE's PDF (A4) as
# docs/img/NAME.png, the whole page or the crop X Y W H.
picture() {
  local name=$1 guide=$2 page=$3
  local pdf="$tmp/$(basename "$guide" .yaml).pdf"
  [[ -f $pdf ]] || "$program" "$guide" -o "$pdf" --paper a4 --quiet
  if [[ $# -eq 3 ]]; then
    pdftoppm -r 50 -png -singlefile -f "$page" -l "$page" "$pdf" "$out/$name"
  else
    pdftoppm -r 60 -png -singlefile -f "$page" -l "$page" -x "$4" -y "$5" -W "$6" -H "$7" \
      "$pdf" "$out/$name"
  fi
}

card=(40 60 420 160)
picture salary-card docs/examples/salary.yaml 4 "${card[@]}"
picture add-remove-chart docs/examples/add-remove.yaml 3 40 140 420 240
picture range-chart docs/examples/range-no-figure.yaml 3 40 140 420 300
picture no-figure-card docs/examples/range-no-figure.yaml 7 "${card[@]}"
picture monthly-card docs/examples/monthly.yaml 4 "${card[@]}"
picture english-role docs/examples/english.yaml 4
picture colour-fonts-cover docs/examples/colour-and-fonts.yaml 1
picture colour-fonts-role docs/examples/colour-and-fonts.yaml 6
echo "rendered $(ls "$out" | wc -l) pictures into $out ($(du -sk "$out" | cut -f1) KB)"
