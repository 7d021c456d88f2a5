"""Prints what a generated package knows, for the test harness to compare with the catalog.

Lines (the harness sorts them): ``NS CODE LOCALE SYMBOL HEX`` for every message (falling back; hex
of its UTF-8 bytes), ``untranslated NS CODE LOCALE``, ``lookup NS SYMBOL CODE``, ``deprecated NS CODE
HEX``, ``attr NS CODE PROPERTY VALUE`` (each of ``$DUMP_ATTRIBUTES``: ``i:N``, ``b:BOOL``, ``s:HEX``,
``l:HEX,HEX``), ``problem NS CODE TYPE STATUS`` (after a JSON round trip), ``alias NS MEMBER CODE``, ``retired NS CODE``, ``unknown NS CODE`` (``$DUMP_UNKNOWN_NS``,
looked up and printed back).
Usage: python dump.py <import name> <namespace>=<TypeName>...
"""

import importlib
import json
import os
import sys
from typing import Any


def dumped(value: object) -> str:
    """An attribute value in the harness's form."""
    if isinstance(value, bool):
        return f"b:{str(value).lower()}"
    if isinstance(value, int):
        return f"i:{value}"
    if isinstance(value, str):
        return f"s:{value.encode().hex()}"
    if isinstance(value, tuple):
        return "l:" + ",".join(item.encode().hex() for item in value)
    raise TypeError(f"unexpected attribute value {value!r}")


def main() -> None:
    package = importlib.import_module(sys.argv[1])
    attributes = [a for a in os.environ.get("DUMP_ATTRIBUTES", "").split(",") if a]
    for arg in sys.argv[2:]:
        namespace, type_name, error_name = arg.split("=")
        codes: Any = getattr(package, type_name)
        error: Any = getattr(package, error_name)
        for member in codes:
            for locale in package.LOCALES:
                text: str = member.message(locale)
                print("\t".join([namespace, str(member.value), locale, member.symbol, text.encode().hex()]))
                if member.translation(locale) is None:
                    print("\t".join(["untranslated", namespace, str(member.value), locale]))
            problem = error(member.value).to_problem()
            back = error.from_problem(json.loads(json.dumps(problem)))
            if back.code != member.value:
                raise AssertionError(f"problem of {member.value} came back as {back.code}")
            status = str(problem["status"]) if "status" in problem else "-"
            print("\t".join(["problem", namespace, str(member.value), problem["type"], status]))
            found = codes.from_symbol(member.symbol)
            print("\t".join(["lookup", namespace, member.symbol, str(None if found is None else found.value)]))
            module = sys.modules[codes.__module__]
            for attribute in attributes:
                value = getattr(member, attribute)
                if getattr(module, f"{attribute}_of")(member.value) != value:
                    raise AssertionError(f"{attribute}_of({member.value}) differs from the property")
                print("\t".join(["attr", namespace, str(member.value), attribute, dumped(value)]))
            if member.deprecation is not None:
                print("\t".join(["deprecated", namespace, str(member.value), member.deprecation.encode().hex()]))
        for name, member in codes.__members__.items():
            if name != member.name:
                print("\t".join(["alias", namespace, name, str(member.value)]))
        unknown = os.environ["DUMP_UNKNOWN_" + namespace]
        code_type = type(next(iter(codes)).value)
        value = code_type(unknown)
        if codes.from_code(value) is not None or sys.modules[codes.__module__].symbol_of(value) is not None:
            raise AssertionError(f"unknown code {unknown} is known")
        print("\t".join(["unknown", namespace, str(value)]))
        for code in sorted(sys.modules[codes.__module__].RETIRED_CODES):
            if codes.from_code(code) is not None:
                raise AssertionError(f"retired code {code} is known")
            print("\t".join(["retired", namespace, str(code)]))


if __name__ == "__main__":
    main()
