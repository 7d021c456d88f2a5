# {{ header }}
"""The catalog's locales and how a requested locale falls back."""

from typing import Final

LOCALES: Final[tuple[str, ...]] = {{ locales }}
"""Every locale the catalog has messages in."""

DEFAULT_LOCALE: Final[str] = {{ default_locale }}
"""The locale a message falls back to when the requested one is not in the catalog."""


def resolve_locale(tag: str) -> str:
    """The catalog locale for a BCP 47 tag.

    The tag itself, else the tag with its last subtag removed, repeatedly (``zh-Hans-CN``,
    ``zh-Hans``, ``zh``), case-insensitively; else ``DEFAULT_LOCALE``.
    """
    # The common case, a tag exactly as the catalog spells it, is one lookup.
    if tag in LOCALES:
        return tag
    rest = tag.lower()
    while True:
        for locale in LOCALES:
            if locale.lower() == rest:
                return locale
        cut = rest.rfind("-")
        if cut < 0:
            return DEFAULT_LOCALE
        rest = rest[:cut]
