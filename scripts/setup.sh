#!/usr/bin/env bash
# Installs the Debian 12 packages careerguide needs, and only those missing.
# Usage: scripts/setup.sh [--tests] [--fuzz]   (--tests adds the PDF tools the
# tests use; --fuzz adds clang for libFuzzer and libqpdf-dev for pipeline_fuzzer,
# which the product build never needs)
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libhpdf-dev libyaml-cpp-dev libfmt-dev
  libharfbuzz-dev libicu-dev libfontconfig-dev libdeflate-dev
  fonts-lxgw-wenkai
)
packages+=(doctest-dev)
for option in "$@"; do
  case $option in
    --tests) packages+=(qpdf poppler-utils mupdf-tools util-linux
                        fonts-wqy-microhei fonts-dejavu-core python3 python3-yaml
                        python3-jsonschema python3-pikepdf) ;;
    --fuzz) packages+=(clang libqpdf-dev) ;;
    *) echo "usage: scripts/setup.sh [--tests] [--fuzz]" >&2; exit 2 ;;
  esac
done

# One dpkg-query for all packages keeps the no-op case fast.
installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null |
            awk '$NF == "installed" {print $1}' || true)
missing=()
for package in "${packages[@]}"; do
  grep -qx "$package" <<<"$installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "careerguide set-up: installing ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  echo "careerguide set-up: these packages are missing and I am not root (no sudo either):" >&2
  echo "  apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "careerguide set-up: done" >&2
