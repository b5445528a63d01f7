#!/usr/bin/env bash
# Quick start, part one: install what is missing, build, and write the default
# guide (data/roles.yaml) to output/roles.pdf. Extra arguments go to careerguide.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default
build/careerguide "$@"
