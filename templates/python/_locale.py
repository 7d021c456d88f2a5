# {{ header }}
"""The catalog's locales and how a requested locale falls back."""

import string
from typing import Final

LOCALES: Final[tuple[str, ...]] = {{ locales }}
"""Every locale the catalog has messages in."""

DEFAULT_LOCALE: Final[str] = {{ default_locale }}
"""The locale a message falls back to when the requested one is not in the catalog."""


_ASCII_LOWER: Final = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
"""Lowers ASCII letters only: BCP 47 tags are ASCII, and ``str.lower`` would also turn the Kelvin
sign into ``k``, which no other language's package does."""


def resolve_locale(tag: str) -> str:
    """The catalog locale for a BCP 47 tag.

    The tag itself, else the tag with its last subtag removed, repeatedly (``zh-Hans-CN``,
    ``zh-Hans``, ``zh``), ASCII case-insensitively; else ``DEFAULT_LOCALE``.
    """
    # The common case, a tag exactly as the catalog spells it, is one lookup.
    if tag in LOCALES:
        return tag
    rest = tag.translate(_ASCII_LOWER)
    while True:
        for locale in LOCALES:
            if locale.translate(_ASCII_LOWER) == rest:
                return locale
        cut = rest.rfind("-")
        if cut < 0:
            return DEFAULT_LOCALE
        rest = rest[:cut]


def message_in(translations: tuple[str | None, ...], locale: str) -> str:
    """The translation for ``locale`` (resolved as ``resolve_locale`` does), else the default."""
    found = translations[LOCALES.index(resolve_locale(locale))]
    # The default locale's translation is always there; `or ""` only tells mypy so.
    return found or translations[LOCALES.index(DEFAULT_LOCALE)] or ""


def translation_in(translations: tuple[str | None, ...], locale: str) -> str | None:
    """The translation for exactly ``locale`` (as ``LOCALES`` spells it), or ``None``."""
    return translations[LOCALES.index(locale)] if locale in LOCALES else None
