"""Prints what a generated package knows, for the test harness to compare with the catalog.

What the conformance suite does not ask, being Python's own API (conformance_runner.py asks the
rest). Lines (the harness sorts them): ``NS CODE LOCALE SYMBOL HEX`` for every message, iterating
the enum (falling back; hex of its UTF-8 bytes), ``untranslated NS CODE LOCALE``, ``deprecated NS
CODE HEX``, ``attr NS CODE PROPERTY VALUE`` (each of ``$DUMP_ATTRIBUTES``: ``i:N``, ``b:BOOL``,
``s:HEX``, ``l:HEX,HEX``), ``alias NS MEMBER CODE``, ``retired NS CODE``, ``unknown NS CODE``
(``$DUMP_UNKNOWN_NS``, looked up and printed back) and ``typed NS CODE LOCALE HEX`` (each of
``$DUMP_TYPED_NS`` through ``format_message``). Problem details with arguments must survive a JSON
round trip; that is asserted, not printed.
Usage: python dump.py <import name> <namespace>=<TypeName>=<ErrorName>...
"""

import importlib
import json
import os
import sys
from dataclasses import dataclass
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


@dataclass
class Namespace:
    """One namespace's generated types, as the dump reaches them by name."""

    name: str
    codes: Any
    error: Any
    module: Any

    def messages(self, locales: tuple[str, ...]) -> None:
        """Every message, and every missing translation, in catalog order."""
        for member in self.codes:
            for locale in locales:
                text: str = member.message(locale)
                print("\t".join([self.name, str(member.value), locale, member.symbol, text.encode().hex()]))
                if member.translation(locale) is None:
                    print("\t".join(["untranslated", self.name, str(member.value), locale]))

    def problems(self) -> None:
        """Each code's problem details, with an argument per parameter, survive a JSON round trip."""
        for member in self.codes:
            names = self.module.params_of(member.value)
            error = self.error(member.value, {n: f"<{n}> \"q\" 'q' {{x}} }}{{\n" for n in names})
            back = self.error.from_problem(json.loads(json.dumps(error.to_problem())))
            if back.code != member.value or back.arguments != error.arguments:
                raise AssertionError(f"problem of {member.value} came back as {back.code}")

    def typed(self, locales: tuple[str, ...]) -> None:
        """Each code of ``$DUMP_TYPED_NS`` through ``format_message``, with typed arguments."""
        samples = {"i": -9007199254740991, "f": 0.30000000000000004}
        for item in [i for i in os.environ.get("DUMP_TYPED_" + self.name, "").split(";") if i]:
            code_text, _, params = item.split("|")
            member = self.codes(type(next(iter(self.codes)).value)(code_text))
            arguments: dict[str, Any] = {}
            for param in params.split(","):
                name, kind = param.split(":")
                arguments[name] = samples.get(kind, f"<{name}> \"q\" 'q' {{x}} }}{{\n")
            for locale in locales:
                text = self.module.format_message(member, locale, **arguments)
                print("\t".join(["typed", self.name, code_text, locale, text.encode().hex()]))

    def attributes_and_deprecations(self, attributes: list[str]) -> None:
        """Each attribute value (checked against its lookup), and each deprecation note."""
        for member in self.codes:
            for attribute in attributes:
                value = getattr(member, attribute)
                if getattr(self.module, f"{attribute}_of")(member.value) != value:
                    raise AssertionError(f"{attribute}_of({member.value}) differs from the property")
                print("\t".join(["attr", self.name, str(member.value), attribute, dumped(value)]))
            if member.deprecation is not None:
                print("\t".join(["deprecated", self.name, str(member.value), member.deprecation.encode().hex()]))

    def aliases_unknown_and_retired(self) -> None:
        """The aliases, an unknown code looked up, and the retired codes."""
        for name, member in self.codes.__members__.items():
            if name != member.name:
                print("\t".join(["alias", self.name, name, str(member.value)]))
        unknown = os.environ["DUMP_UNKNOWN_" + self.name]
        value = type(next(iter(self.codes)).value)(unknown)
        if self.codes.from_code(value) is not None or self.module.symbol_of(value) is not None:
            raise AssertionError(f"unknown code {unknown} is known")
        print("\t".join(["unknown", self.name, str(value)]))
        for code in sorted(self.module.RETIRED_CODES):
            if self.codes.from_code(code) is not None:
                raise AssertionError(f"retired code {code} is known")
            print("\t".join(["retired", self.name, str(code)]))


def main() -> None:
    package = importlib.import_module(sys.argv[1])
    attributes = [a for a in os.environ.get("DUMP_ATTRIBUTES", "").split(",") if a]
    for arg in sys.argv[2:]:
        name, type_name, error_name = arg.split("=")
        codes: Any = getattr(package, type_name)
        ns = Namespace(name, codes, getattr(package, error_name), sys.modules[codes.__module__])
        ns.messages(package.LOCALES)
        ns.problems()
        ns.attributes_and_deprecations(attributes)
        ns.aliases_unknown_and_retired()
        ns.typed(package.LOCALES)


if __name__ == "__main__":
    main()
