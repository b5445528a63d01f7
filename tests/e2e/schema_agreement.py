"""The editor's schema (data/schema.json) and the program agree on the data format.

Run by schema_agreement.sh with CAREERGUIDE set. Checks, in order:
  a) every data file the program accepts validates against the schema;
  b) the corpus in tests/schema_cases/ (the file name's first word says what
     is expected of it, see docs/schema.md) and the generated limit cases;
  c) the checks only the program makes are listed in docs/schema.md;
  d) the file with every field set names exactly the schema's properties and
     loads without warnings, so a key added to the loader fails this test
     until the schema (and that file) have it;
  e) the starter guides in data/starter/ (what --init will write) load
     without warnings, validate, carry the modeline that resolves in the
     repository, and use every field of the format (one label is enough;
     theme.fonts is shown in a comment, since a font named there must exist);
     the example guides of docs/customising.md load without warnings.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

try:
    from jsonschema import Draft7Validator
except ImportError:
    sys.exit("FAIL: python3-jsonschema is missing; run scripts/setup.sh --tests")

PROGRAM = os.environ["CAREERGUIDE"]
SCRATCH = Path(os.environ["TEST_TMP"])
SCHEMA_PATH = Path("data/schema.json")
CASES = Path("tests/schema_cases")
MODELINE = "# yaml-language-server: $schema=schema.json"
STARTERS = Path("data/starter")
STARTER_MODELINE = "# yaml-language-server: $schema=../schema.json"
problems = []


class Yaml12Loader(yaml.CSafeLoader):
    """Reads values the way the program and the YAML language server do
    (YAML 1.2 core schema): `yes`/`on` and dates stay text, 1e5 is a number.
    libyaml's parser: the 10,000-role limit cases take minutes in pure Python."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp",
                           "tag:yaml.org,2002:float")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
    list("-+.0123456789"))
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)$"),
    list("-+."))


def parse(path):
    with open(path, encoding="utf-8-sig") as f:
        return yaml.load(f, Loader=Yaml12Loader)


# The advice pass's warnings (docs/data-format.md, "Warnings for likely
# mistakes") judge what a guide says, not its format: a minimal case has a
# role without skills by design. These are their English texts' openings.
ADVICE = re.compile(r"warning: ([^:]+: (the role has no (skills|getting_started);|has only one "
                    r"sentence;|has nothing but punctuation;|.* is (more than 5 times|less than a "
                    r"fifth of) the median)|\d+ more warnings not shown)")


def run_check(path):
    """(exit code, stderr without the advice pass's lines) of `careerguide --check PATH`."""
    done = subprocess.run([PROGRAM, "--check", str(path)], capture_output=True, text=True,
                          env={**os.environ, "LC_ALL": "C.UTF-8"})
    kept = [line for line in done.stderr.splitlines(keepends=True) if not ADVICE.search(line)]
    return done.returncode, "".join(kept)


def schema_errors(validator, data):
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:160]}"
            for e in validator.iter_errors(data)]


def data_files_meant_valid():
    """Every YAML file in data/, docs/examples/, tests/guides/ and tests/data/
    that the program accepts."""
    roots = [Path("data"), Path("docs/examples"), Path("tests/guides"), Path("tests/data")]
    files = sorted(p for root in roots if root.is_dir() for p in root.rglob("*.yaml"))
    return [p for p in files if run_check(p)[0] == 0]


def check_data_files(validator):
    files = data_files_meant_valid()
    if len(files) < 10:
        problems.append(f"only {len(files)} valid data files found: {files}")
    for path in files:
        for error in schema_errors(validator, parse(path)):
            problems.append(f"{path}: the program accepts it, the schema does not: {error}")
    for path in sorted(Path("data").glob("*.yaml")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        if first != MODELINE:
            problems.append(f"{path}: first line is {first!r}, not the modeline {MODELINE!r}")
    return len(files)


def expect(name, path, validator, schema_valid, program_exit, no_warnings):
    try:
        errors = schema_errors(validator, parse(path))
    except yaml.YAMLError as error:  # the editor shows a syntax error before any schema check
        errors = [f"not YAML: {str(error).splitlines()[0]}"]
    code, stderr = run_check(path)
    if (not errors) != schema_valid:
        says = "accepts it" if not errors else f"rejects it ({errors[0]})"
        problems.append(f"{name}: the schema {says}, expected the opposite")
    if code != program_exit:
        problems.append(f"{name}: the program exits {code}, expected {program_exit}:\n{stderr}")
    if no_warnings and "warning:" in stderr:
        problems.append(f"{name}: the program warns:\n{stderr}")
    if not no_warnings and program_exit == 0 and "unknown key" not in stderr:
        problems.append(f"{name}: expected an unknown-key warning, got:\n{stderr}")


# What the first word of a case's name promises: (schema accepts, program's exit, no warnings).
KINDS = {
    "accept": (True, 0, True),         # both accept, without warnings
    "reject": (False, 1, False),       # both reject
    "program": (True, 1, False),       # program-only-*: a check the schema cannot express
    "warn": (False, 0, False),         # the program only warns (unknown keys); the editor flags it
    "syntax": (False, 1, False),       # not YAML at all: both parsers refuse it
}
REJECT_KINDS = ("type", "enum", "pattern", "required", "length", "range")


def check_corpus(validator):
    names = sorted(p.stem for p in CASES.glob("*.yaml"))
    for name in names:
        kind = name.split("-", 1)[0]
        if kind not in KINDS:
            problems.append(f"{CASES}/{name}.yaml: the name must start with one of {list(KINDS)}")
            continue
        expect(name, CASES / f"{name}.yaml", validator, *KINDS[kind])
    for sub in REJECT_KINDS:
        if not any(n.startswith(f"reject-{sub}-") for n in names):
            problems.append(f"no reject-{sub}-* case in {CASES}")
    return names


def limit_cases(schema):
    """Cases at and just past each limit, built from the schema's own numbers."""
    text_limit = schema["definitions"]["text"]["maxLength"]
    role_limit = schema["properties"]["roles"]["maxItems"]
    role = "  - {id: r%d, title: t, summary: s}\n"
    yield "length-text-at-limit", f"title: t\nroles:\n  - id: a\n    title: t\n    summary: {'x' * text_limit}\n", True
    yield "length-text-past-limit", f"title: t\nroles:\n  - id: a\n    title: t\n    summary: {'x' * (text_limit + 1)}\n", False
    yield "length-roles-at-limit", "title: t\nroles:\n" + "".join(role % i for i in range(role_limit)), True
    yield "length-roles-past-limit", "title: t\nroles:\n" + "".join(role % i for i in range(role_limit + 1)), False


def length_limit(node):
    """The maxLength of a field: its own, or in its allOf (draft-07 ignores
    keywords beside $ref, so a limited field holds its $ref in allOf)."""
    if "maxLength" in node:
        return node["maxLength"]
    return next(part["maxLength"] for part in node["allOf"] if "maxLength" in part)


def field_length_cases(schema):
    """At and one past each field's own length limit, counted in characters
    (职 is 3 bytes of UTF-8 and one character for both)."""
    top, defs = schema["properties"], schema["definitions"]
    role = defs["role"]["properties"]
    host = "https://example.com/"
    fields = [  # (name, limit, data file with TEXT where the text goes)
        ("title", length_limit(top["title"]), "title: TEXT\nroles:\n  - {id: a, title: t, summary: s}\n", "职"),
        ("author", length_limit(top["author"]), "title: t\nauthor: TEXT\nroles:\n  - {id: a, title: t, summary: s}\n", "职"),
        ("role-title", length_limit(role["title"]), "title: t\nroles:\n  - {id: a, title: TEXT, summary: s}\n", "职"),
        ("title-en", length_limit(role["title_en"]), "title: t\nroles:\n  - {id: a, title: t, title_en: TEXT, summary: s}\n", "x"),
        ("symbol", length_limit(top["currency"]["properties"]["symbol"]), 'title: t\ncurrency: {symbol: "TEXT"}\nroles:\n  - {id: a, title: t, summary: s}\n', "¥"),
        ("link-url", length_limit(defs["url"]), "title: t\nroles:\n  - {id: a, title: t, summary: s, links: [{url: HOSTTEXT}]}\n", "a"),
        ("source-url", length_limit(defs["source"]["properties"]["url"]), "title: t\nsources: [{title: s, url: HOSTTEXT}]\nroles:\n  - {id: a, title: t, summary: s}\n", "a"),
    ]
    for key, node in top["labels"]["properties"].items():  # every label has a limit
        fields.append((f"label-{key}", length_limit(node),
                       f"title: t\nlabels: {{{key}: TEXT}}\nroles:\n  - {{id: a, title: t, summary: s}}\n", "标"))
    for name, limit, template, unit in fields:
        for length, valid, where in ((limit, True, "at"), (limit + 1, False, "past")):
            text = (unit * length) if "HOST" not in template else host + unit * (length - len(host))
            yield f"length-{name}-{where}-limit", template.replace("HOSTTEXT", text).replace("TEXT", text), valid


def check_limits(validator, schema):
    for name, text, valid in [*limit_cases(schema), *field_length_cases(schema)]:
        path = SCRATCH / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        expect(name, path, validator, valid, 0 if valid else 1, valid)


def check_program_only_documented(names):
    doc = Path("docs/schema.md").read_text(encoding="utf-8")
    for name in names:
        if name.startswith("program-only-") and f"`{name}.yaml`" not in doc:
            problems.append(f"docs/schema.md does not list the program-only case `{name}.yaml`")


def schema_paths(node, schema, path, out):
    """Every key path the schema describes, lists written as []."""
    if "$ref" in node:
        schema_paths(schema["definitions"][node["$ref"].split("/")[-1]], schema, path, out)
    for alternative in node.get("oneOf", []):
        schema_paths(alternative, schema, path, out)
    if "items" in node:
        schema_paths(node["items"], schema, path + "[]", out)
    for key, sub in node.get("properties", {}).items():
        child = f"{path}.{key}" if path else key
        out.add(child)
        schema_paths(sub, schema, child, out)
    return out


def data_paths(value, path, out):
    if isinstance(value, dict):
        for key, sub in value.items():
            child = f"{path}.{key}" if path else key
            out.add(child)
            data_paths(sub, child, out)
    elif isinstance(value, list):
        for item in value:
            data_paths(item, path + "[]", out)
    return out


def check_every_field(schema):
    every = CASES / "accept-every-field.yaml"
    in_schema = schema_paths(schema, schema, "", set())
    in_file = data_paths(parse(every), "", set())
    for key in sorted(in_schema - in_file):
        problems.append(f"{every} does not set {key}, which the schema describes")
    for key in sorted(in_file - in_schema):
        problems.append(f"the schema does not describe {key}, which {every} sets")


def loader_key_names():
    """Every key name the loader knows, read from its key tables: the
    `kSomethingKeys{...}` arrays in src/load/ and the label table."""
    names = set()
    for source in sorted(Path("src/load").glob("*.cpp")):
        text = source.read_text(encoding="utf-8")
        for table in re.finditer(r"\bk[A-Za-z]*Keys\{([^}]*)\}", text):
            names.update(re.findall(r'"([a-z_]+)"', table.group(1)))
    labels = Path("src/model/labels.cpp").read_text(encoding="utf-8")
    # The table's entries; the macro's own #define line is not one.
    names.update(re.findall(r"CAREERGUIDE_LABEL\(([a-z_]+)\)(?!\s*LabelKey)", labels))
    names.update(re.findall(r"CAREERGUIDE_LABEL_WITH\(([a-z_]+), \"", labels))
    return names


def check_loader_keys(schema):
    in_schema = {path.split(".")[-1].removesuffix("[]")
                 for path in schema_paths(schema, schema, "", set())}
    in_loader = loader_key_names()
    if len(in_loader) < 60:
        problems.append(f"only {len(in_loader)} key names found in the loader's tables")
    for key in sorted(in_loader - in_schema):
        problems.append(f"the loader knows the key {key}, data/schema.json does not describe it")
    for key in sorted(in_schema - in_loader):
        problems.append(f"data/schema.json describes {key}, which no key table of the loader has")


def check_starters(validator, schema):
    starters = sorted(STARTERS.glob("*.yaml"))
    names = [p.name for p in starters]
    if names != ["guide.en.yaml", "guide.zh.yaml"]:
        problems.append(f"{STARTERS}: expected guide.en.yaml and guide.zh.yaml, found {names}")
    # Every field, except: one label stands for all, and theme.fonts is a comment.
    wanted = {key for key in schema_paths(schema, schema, "", set())
              if not key.startswith(("labels.", "theme.fonts"))}
    for path in starters:
        text = path.read_text(encoding="utf-8")
        first = text.split("\n", 1)[0]
        if first != STARTER_MODELINE:
            problems.append(f"{path}: first line is {first!r}, not {STARTER_MODELINE!r}")
        elif not (path.parent / first.split("=", 1)[1]).is_file():
            problems.append(f"{path}: the modeline's schema does not exist")
        code, stderr = run_check(path)
        if code != 0 or "warning:" in stderr:
            problems.append(f"{path}: --check exits {code}, expected 0 without warnings:\n{stderr}")
        data = parse(path)
        for error in schema_errors(validator, data):
            problems.append(f"{path}: the schema rejects it: {error}")
        used = data_paths(data, "", set())
        for key in sorted(wanted - used):
            problems.append(f"{path} does not show {key}")
        if not any(key.startswith("labels.") for key in used):
            problems.append(f"{path} overrides no label")
        if not re.search(r"^ *# *fonts:\n(?: *#.*\n)*? *# +fallback:", text, re.M):
            problems.append(f"{path}: theme.fonts (regular, bold, fallback) is not shown in a comment")
        if (data.get("language") == "en") != path.name.endswith(".en.yaml"):
            problems.append(f"{path}: its language is {data.get('language')!r}")


def check_examples():
    examples = sorted(Path("docs/examples").glob("*.yaml"))
    if len(examples) < 6:
        problems.append(f"only {len(examples)} example guides in docs/examples/")
    for path in examples:
        code, stderr = run_check(path)
        if code != 0 or "warning:" in stderr:
            problems.append(f"{path}: --check exits {code}, expected 0 without warnings:\n{stderr}")


def main():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    validator = Draft7Validator(schema)
    files = check_data_files(validator)
    names = check_corpus(validator)
    check_limits(validator, schema)
    check_program_only_documented(names)
    check_every_field(schema)
    check_loader_keys(schema)
    check_starters(validator, schema)
    check_examples()
    if problems:
        print("\n".join(f"FAIL: {p}" for p in problems), file=sys.stderr)
        sys.exit(1)
    print(f"schema and program agree on {files} data files and "
          f"{len(names) + 4 + len(list(field_length_cases(schema)))} cases")


main()
