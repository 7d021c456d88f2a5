"""The Python runner of the conformance suite (tests/conformance/, crates/gen/tests/conformance/).

Reads the cases as JSON from the file named by the first argument and performs each on the
generated package named by the second, whose namespaces the others name as
``namespace=TypeName=ErrorName``; prints one JSON line per case: ``{"id": N, "value": V}`` or
``{"id": N, "error": KIND}``. The harness compares.
Usage: python conformance_runner.py <cases.json> <import name> <namespace>=<TypeName>=<ErrorName>...
"""

import importlib
import json
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from pydantic import BaseModel, create_model


@dataclass
class Namespace:
    """One namespace's generated module and types, reached by name."""

    module: ModuleType
    codes: Any
    error: Any
    body: type[BaseModel]
    """A model with a code field, typed as a service types it: the code type, or the bare code."""


class RefusedError(Exception):
    """A case the package refused, as the cases expect: its kind."""


def dumps(value: object) -> str:
    """JSON as a service writes it: compact, UTF-8."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def read_problem(ns: Namespace, text: str) -> str:
    """The error read from a problem, produced again; refused as the cases name it."""
    try:
        read = ns.error.from_problem(json.loads(text))
    except ValueError as e:
        raise RefusedError("invalid-problem") from e
    return dumps(read.to_problem())


def code_json(ns: Namespace, code: object) -> object:
    """A code through a pydantic model and back: the bare code."""
    written = ns.body.model_validate({"code": code}).model_dump_json()
    back = ns.body.model_validate_json(written)
    if getattr(back, "code", None) != code:
        raise AssertionError(f"{code} came back as {back}")
    return json.loads(written)["code"]


# Each operation of the cases, given the namespace and the case.
OPERATIONS: dict[str, Any] = {
    "symbol": lambda ns, c: ns.module.symbol_of(c["code"]),
    "from_symbol": lambda ns, c: getattr(ns.codes.from_symbol(c["symbol"]), "value", None),
    "message": lambda ns, c: ns.module.message_of(c["code"], c["locale"]),
    "error_text": lambda ns, c: str(ns.error(c["code"], c["args"])),
    "error_message": lambda ns, c: ns.error(c["code"], c["args"]).message(c["locale"]),
    "problem": lambda ns, c: dumps(ns.error(c["code"], c["args"]).to_problem(c["locale"])),
    "read_problem": lambda ns, c: read_problem(ns, c["json"]),
    "code_json": lambda ns, c: code_json(ns, c["code"]),
}


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as file:
        cases = json.load(file)
    package = importlib.import_module(sys.argv[2])
    namespaces: dict[str, Namespace] = {}
    for arg in sys.argv[3:]:
        name, type_name, error_name = arg.split("=")
        codes = getattr(package, type_name)
        bare = type(next(iter(codes)).value)
        body = create_model("Body", code=(codes | bare, ...))
        namespaces[name] = Namespace(sys.modules[codes.__module__], codes, getattr(package, error_name), body)
    for case in cases:
        try:
            if case["op"] == "number":
                kind, text = case["value"].split(":", 1)
                value = package.format_number(int(text) if kind == "i" else float(text))
            else:
                value = OPERATIONS[case["op"]](namespaces[case["ns"]], case)
            print(dumps({"id": case["id"], "value": value}))
        except RefusedError as e:
            print(dumps({"id": case["id"], "error": str(e)}))
        except Exception as e:  # every case answers: one run shows every failure
            print(dumps({"id": case["id"], "error": f"{type(e).__name__}: {e}"}))


if __name__ == "__main__":
    main()
