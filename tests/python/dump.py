"""Prints every message of a generated package for the test harness to compare byte for byte.

One line per code and locale: namespace, code, locale, symbol, hex of the UTF-8 bytes.
Usage: python dump.py <import name> <namespace>=<TypeName>...
"""

import importlib
import sys
from typing import Any


def main() -> None:
    package = importlib.import_module(sys.argv[1])
    for arg in sys.argv[2:]:
        namespace, type_name = arg.split("=")
        codes: Any = getattr(package, type_name)
        for member in codes:
            for locale in package.LOCALES:
                text: str = member.message(locale)
                print("\t".join([namespace, str(int(member)), locale, member.name, text.encode().hex()]))


if __name__ == "__main__":
    main()
