# {{ header }}
"""{{ ns.ty }}: error codes of one API."""

import enum
from typing import Final, Self

from ._locale import DEFAULT_LOCALE, LOCALES, resolve_locale

DESCRIPTION: Final[str] = {{ ns.doc }}


RETIRED_CODES: Final[frozenset[int]] = {{ ns.retired }}
"""Codes this namespace used once and retired: never reused, so never known again."""


class {{ ns.ty }}(enum.IntEnum):
    """Every known code of this namespace. A code the server sends that is not here stays an int.

    Codes are unique (the generator checks it); a second name for a code is an alias, which
    ``from_symbol`` finds and iteration skips.
    """

{%- for e in ns.entries %}
    {{ e.symbol }} = {{ e.code }}
{%- if let Some(note) = e.deprecated %}
    """Deprecated: see ``deprecation``."""
{%- endif %}
{%- for alias in e.aliases %}
    {{ alias }} = {{ e.code }}
    """Alias of ``{{ e.symbol }}``."""
{%- endfor %}
{%- endfor %}

    @property
    def symbol(self) -> str:
        """The catalog symbol."""
        return self.name

    @property
    def deprecation(self) -> str | None:
        """Why this code should no longer be used, or ``None``."""
        return _DEPRECATIONS.get(self.value)

    def message(self, locale: str = DEFAULT_LOCALE) -> str:
        """The message in ``locale`` (a BCP 47 tag, falling back to ``DEFAULT_LOCALE``)."""
        return _MESSAGES[self.value][LOCALES.index(resolve_locale(locale))]

    @classmethod
    def from_code(cls, code: int) -> Self | None:
        """The member for ``code``, or ``None`` for a code the catalog does not list."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def from_symbol(cls, symbol: str) -> Self | None:
        """The member with catalog symbol ``symbol``, or ``None``."""
        return cls.__members__.get(symbol)


_MESSAGES: Final[dict[int, tuple[str, ...]]] = {
{%- for e in ns.entries %}
    {{ e.code }}: {{ e.messages }},
{%- endfor %}
}


_DEPRECATIONS: Final[dict[int, str]] = {
{%- for e in ns.entries %}
{%- if let Some(note) = e.deprecated %}
    {{ e.code }}: {{ note }},
{%- endif %}
{%- endfor %}
}


_BY_CODE: Final[dict[int, {{ ns.ty }}]] = {int(member): member for member in {{ ns.ty }}}


def is_known(code: int) -> bool:
    """Whether the catalog lists ``code``."""
    return code in _MESSAGES


def symbol_of(code: int) -> str | None:
    """The catalog symbol of ``code``, or ``None`` for an unknown code."""
    member = _BY_CODE.get(code)
    return None if member is None else member.name


def message_of(code: int, locale: str = DEFAULT_LOCALE) -> str | None:
    """The message of ``code`` in ``locale``, or ``None`` for an unknown code."""
    messages = _MESSAGES.get(code)
    return None if messages is None else messages[LOCALES.index(resolve_locale(locale))]
