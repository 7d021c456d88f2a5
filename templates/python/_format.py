# {{ header }}
"""Message arguments, written the same way in every language the catalog generates."""

import math
import re
from collections.abc import Mapping
from decimal import Decimal

_PLACEHOLDER: re.Pattern[str] = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")


def format_number(value: float) -> str:
    """A number argument as every language writes it.

    An ``int`` in decimal digits; a ``float`` as the shortest decimal that reads back as the same
    number, without exponent or trailing ``.0`` (``0.30000000000000004``,
    ``1000000000000000000000``, ``2``); ``0`` for both zeros; ``NaN``, ``Infinity``,
    ``-Infinity``.
    """
    if isinstance(value, int):
        return str(int(value))
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    # repr is the shortest round trip; Decimal writes its exponent out.
    text = format(Decimal(repr(value)), "f")
    return text.removesuffix(".0")


def format_argument(value: str | float) -> str:
    """An argument as text: a ``str`` as it is, a number as ``format_number`` writes it."""
    return value if isinstance(value, str) else format_number(value)


def fill(template: str, arguments: Mapping[str, str]) -> str:
    """``template`` with each ``{name}`` replaced by the argument of that name.

    A placeholder without an argument is kept; each doubled brace is read as one.
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group(0)[0]
        return arguments.get(name, match.group(0))

    return _PLACEHOLDER.sub(replace, template)
