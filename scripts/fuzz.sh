#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (-fsanitize=fuzzer,address,undefined)
# in build-fuzz/ and runs one of them.
#
#   scripts/fuzz.sh TARGET [SECONDS] [LIBFUZZER OPTIONS...]
#
# TARGET is load_fuzzer, layout_fuzzer, pipeline_fuzzer or paragraph_fuzzer;
# SECONDS defaults to 60. scripts/setup.sh --fuzz first installs what is missing
# of clang and libqpdf-dev (pipeline_fuzzer checks its PDFs with libqpdf).
# New inputs go to build-fuzz/corpus/TARGET/; the seeds are fuzz/seeds/load/ (the
# minimised corpus of earlier runs, see docs/reliability.md), data/,
# tests/data/ and tests/bad_input/ (YAML targets, with the dictionary
# fuzz/load.dict), fuzz/seeds/pipeline/ first for pipeline_fuzzer (whose inputs
# are capped at 16 KiB: each accepted one becomes a PDF) or fuzz/seeds/paragraph/.
# A crash, a hang (more than 10 s on one input) or a sanitizer report stops
# the run and leaves the input in build-fuzz/artifacts/TARGET/; replay it with
#   build-fuzz/fuzz/TARGET build-fuzz/artifacts/TARGET/crash-...
# and keep it as a case in tests/bad_input/ or a unit test once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo "usage: scripts/fuzz.sh load_fuzzer|layout_fuzzer|pipeline_fuzzer|paragraph_fuzzer" \
       "[SECONDS] [OPTIONS...]" >&2
  exit 2
}
[[ $# -ge 1 ]] || usage
target=$1; shift
seconds=${1:-60}; [[ $# -ge 1 ]] && shift
case $target in
  load_fuzzer|layout_fuzzer) seeds=(fuzz/seeds/load data tests/data tests/bad_input); max_len=65536
                             options=(-dict=fuzz/load.dict) ;;
  pipeline_fuzzer) seeds=(fuzz/seeds/pipeline fuzz/seeds/load data tests/data tests/bad_input)
                   max_len=16384; options=(-dict=fuzz/load.dict) ;;
  paragraph_fuzzer) seeds=(fuzz/seeds/paragraph); max_len=4096; options=() ;;
  *) usage ;;
esac
[[ $seconds =~ ^[0-9]+$ ]] || usage

scripts/setup.sh --fuzz
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCAREERGUIDE_FUZZ=ON -DCAREERGUIDE_TESTS=OFF >/dev/null
cmake --build build-fuzz --target "$target" -j2

corpus=build-fuzz/corpus/$target
artifacts=build-fuzz/artifacts/$target
mkdir -p "$corpus" "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec "build-fuzz/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len="$max_len" -artifact_prefix="$artifacts/" -print_final_stats=1 "${options[@]}" "$@" \
  "$corpus" "${seeds[@]}"
