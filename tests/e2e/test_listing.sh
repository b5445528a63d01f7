# Every test is listed by name in CMake (no GLOB): this check fails when a
# script in tests/e2e/ or a tests/*_test.cpp file is not in
# tests/CMakeLists.txt, so nothing drops out of the suite unnoticed.
source "$(dirname "$0")/lib.bash"
listing=tests/CMakeLists.txt
missing=()
for script in tests/e2e/*.sh; do
  name=$(basename "$script" .sh)
  grep -qxE "  $name" "$listing" || missing+=("$script")
done
for source in tests/*_test.cpp; do
  name=$(basename "$source" _test.cpp)
  # Listed as its own executable, as a layout test, or as a module of the
  # careerguide_unit_test loop.
  grep -qE "(^|[^[:alnum:]_])${name}_test\.cpp|^careerguide_layout_test\(${name} " "$listing" ||
    grep -E '^foreach\(module ' "$listing" | grep -qw "$name" || missing+=("$source")
done
! grep -nE 'GLOB|if\(EXISTS' "$listing" "$SOURCE_DIR"/CMakeLists.txt src/CMakeLists.txt src/*/CMakeLists.txt ||
  fail "CMake files must list their files by name"
[[ ${#missing[@]} -eq 0 ]] || fail "not listed in $listing: ${missing[*]}"
# ctest's discovery splits a test case's name at ';' (a CMake list
# separator) into names that match nothing (test_main.cpp also fails such a run).
! grep -nE 'TEST_CASE\("[^"]*;|^ +"[^"]*;[^"]*"\) \{$' tests/*.cpp || fail "a TEST_CASE name holds ';'"
echo "every test script and test source is listed"
