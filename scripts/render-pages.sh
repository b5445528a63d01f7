#!/usr/bin/env bash
# Renders the README's pictures from the real output: one PNG per kind of
# page of the default guide, and a contact sheet of the English edition.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/images
mkdir -p "$out"
build/careerguide data/roles.yaml -o output/roles.pdf --quiet
build/careerguide data/roles-en.yaml -o output/roles-en.pdf --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pdftoppm -r 40 -png output/roles.pdf "$tmp/zh"
pdftoppm -r 40 -png -f 4 -l 4 output/roles-en.pdf "$tmp/en"
cp "$tmp/zh-01.png" "$out/cover.png"
cp "$tmp/zh-02.png" "$out/contents.png"
cp "$tmp/zh-03.png" "$out/chart.png"
cp "$tmp/zh-04.png" "$out/role.png"
cp "$tmp/zh-09.png" "$out/role-no-figure.png"
cp "$tmp/zh-10.png" "$out/closing.png"
cp "$tmp/en-04.png" "$out/role-english.png"
echo "rendered $(ls "$out" | wc -l) pictures into $out"
