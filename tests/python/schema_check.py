"""Checks catalogs against the catalog format's JSON Schema, as an editor would.

Usage: schema_check.py SCHEMA valid:CATALOG... invalid:CATALOG...
Prints each catalog whose verdict differs from the one expected, and exits 1 if any does.
"""

import json
import re
import sys
from pathlib import Path

import jsonschema
import yaml


def main() -> int:
    schema = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    wrong = 0
    for arg in sys.argv[2:]:
        expected, path = arg.split(":", 1)
        # YAML 1.2's core schema, as serde_yaml reads it: `no` and `on` stay text.
        document = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=CoreLoader)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        valid = not errors
        if valid != (expected == "valid"):
            wrong += 1
            reason = "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:3]) or "no error found"
            print(f"{path}: expected {expected}, schema says {'valid' if valid else 'invalid'} ({reason})")
    return 1 if wrong else 0


class CoreLoader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1's extra booleans (yes/no/on/off) and sexagesimal numbers."""


CoreLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)

if __name__ == "__main__":
    sys.exit(main())
