# The editor's schema (data/schema.json) and the program agree: every valid
# data file validates, and the corpus in tests/schema_cases/ is accepted or
# rejected by both alike (docs/schema.md lists the few checks only the
# program makes). The checks are in schema_agreement.py.
source "$(dirname "$0")/lib.bash"
"$PYTHON" tests/e2e/schema_agreement.py
