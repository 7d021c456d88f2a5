"""The Python runner of the conformance suite (tests/conformance/cases.yaml).

Reads the cases as JSON from the file named by the first argument and performs each on the
package generated from tests/conformance/catalog.yaml; prints one JSON line per case:
``{"id": N, "value": V}`` or ``{"id": N, "error": KIND}``. The harness compares.
"""

import json
import sys
from types import ModuleType
from typing import Any

import conformance
from pydantic import BaseModel


class ShopBody(BaseModel):
    """A model with a code field, as a service declares one."""

    code: conformance.ShopCode | int


class SqlBody(BaseModel):
    """The same for the string namespace."""

    code: conformance.SqlCode | str


NAMESPACES: dict[str, tuple[ModuleType, Any, Any, type[BaseModel]]] = {
    "shop": (conformance.shop, conformance.ShopCode, conformance.ShopError, ShopBody),
    "sql": (conformance.sql, conformance.SqlCode, conformance.SqlError, SqlBody),
}


class RefusedError(Exception):
    """A case the package refused, as the cases expect: its kind."""


def dumps(value: object) -> str:
    """JSON as a service writes it: compact, UTF-8."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def read_problem(error: type[conformance.ShopError | conformance.SqlError], text: str) -> str:
    """The error read from a problem, produced again; refused as the cases name it."""
    try:
        read = error.from_problem(json.loads(text))
    except ValueError as e:
        raise RefusedError("invalid-problem") from e
    return dumps(read.to_problem())


def code_json(body: type[BaseModel], code: object) -> object:
    """A code through a pydantic model and back: the bare code."""
    written = body.model_validate({"code": code}).model_dump_json()
    back = body.model_validate_json(written)
    if getattr(back, "code", None) != code:
        raise AssertionError(f"{code} came back as {back}")
    return json.loads(written)["code"]


def number(value: str) -> str:
    """An argument as the package writes it (``i:`` an int, ``f:`` a float)."""
    kind, text = value.split(":", 1)
    return conformance.format_number(int(text) if kind == "i" else float(text))


# Each operation of the cases, given the namespace's (module, code type, error, model) and the case.
OPERATIONS: dict[str, Any] = {
    "symbol": lambda ns, c: ns[0].symbol_of(c["code"]),
    "from_symbol": lambda ns, c: getattr(ns[1].from_symbol(c["symbol"]), "value", None),
    "message": lambda ns, c: ns[0].message_of(c["code"], c["locale"]),
    "error_text": lambda ns, c: str(ns[2](c["code"], c["args"])),
    "error_message": lambda ns, c: ns[2](c["code"], c["args"]).message(c["locale"]),
    "problem": lambda ns, c: dumps(ns[2](c["code"], c["args"]).to_problem(c["locale"])),
    "read_problem": lambda ns, c: read_problem(ns[2], c["json"]),
    "code_json": lambda ns, c: code_json(ns[3], c["code"]),
}


def perform(case: dict[str, Any]) -> object:
    """The answer to one case."""
    if case["op"] == "number":
        return number(case["value"])
    return OPERATIONS[case["op"]](NAMESPACES[case["ns"]], case)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as file:
        cases = json.load(file)
    for case in cases:
        try:
            print(dumps({"id": case["id"], "value": perform(case)}))
        except RefusedError as e:
            print(dumps({"id": case["id"], "error": str(e)}))
        except Exception as e:  # every case answers: one run shows every failure
            print(dumps({"id": case["id"], "error": f"{type(e).__name__}: {e}"}))


if __name__ == "__main__":
    main()
