# {{ header }}
"""{{ ns.ty }}: error codes of one API."""

import enum
import importlib
from collections.abc import Mapping
{%- if ns.formats.len() > 1 %}
from typing import Final, Literal, NotRequired, Self, TypedDict, cast, overload
{%- else if ns.formats.len() == 1 %}
from typing import Final, Literal, NotRequired, Self, TypedDict, cast
{%- else %}
from typing import Final, NotRequired, Self, TypedDict, cast
{%- endif %}

from ._format import fill, format_argument
from ._locale import DEFAULT_LOCALE, message_in, translation_in

DESCRIPTION: Final[str] = {{ ns.doc }}


RETIRED_CODES: Final[frozenset[{{ ns.code_py }}]] = {{ ns.retired }}
"""Codes this namespace used once and retired: never reused, so never known again."""


class {{ ns.ty }}(enum.{{ ns.base }}):
    """Every known code of this namespace. A code the server sends that is not here stays {{ ns.code_noun }}.

    Codes are unique (the generator checks it); a second name for a code is an alias, which
    ``from_symbol`` finds and iteration skips. Member names are the symbols in UPPER_SNAKE;
    ``symbol`` is the name exactly as the API spells it.
    """

{%- for e in ns.entries %}
    {{ e.constant() }} = {{ e.code() }}
{%- if let Some(note) = e.deprecated() %}
    """Deprecated: see ``deprecation``."""
{%- endif %}
{%- for (alias, _) in e.aliases() %}
    {{ alias }} = {{ e.code() }}
    """Alias of ``{{ e.constant() }}``."""
{%- endfor %}
{%- endfor %}

    @property
    def symbol(self) -> str:
        """The catalog symbol, as the API spells it."""
        return _SYMBOLS[self.value]

    @property
    def deprecation(self) -> str | None:
        """Why this code should no longer be used, or ``None``."""
        return _DEPRECATIONS.get(self.value)

    def message(self, locale: str = DEFAULT_LOCALE) -> str:
        """The message in ``locale`` (a BCP 47 tag).

        Falls back to ``DEFAULT_LOCALE`` for a locale the catalog lacks or does not translate
        this code into.
        """
        return message_in(_MESSAGES[self.value], locale)

    def translation(self, locale: str) -> str | None:
        """The message only if the catalog translates it into exactly ``locale``."""
        return translation_in(_MESSAGES[self.value], locale)

{%- for a in ns.attributes %}

    @property
    def {{ a.property }}(self) -> {{ a.ty }}:
        {{ a.doc }}
        return {{ a.table }}.get(self.value, {{ a.table }}_UNSET)
{%- endfor %}

    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: object) -> object:
        """For pydantic v2: a field of this type takes any code.

        It holds the member for a known code and the ``{{ ns.code_py }}`` itself for one the
        catalog does not list, and serializes as the bare code: type the field
        ``{{ ns.ty }} | {{ ns.code_py }}``, which is what it holds, and mypy accepts either.

        pydantic is imported only when pydantic asks, by name: the package needs nothing at run
        time, and type-checks without pydantic installed.
        """
        core_schema = importlib.import_module("pydantic_core.core_schema")

        def known_or_kept(code: {{ ns.code_py }}) -> {{ ns.code_py }}:
            member = cls.from_code(code)
            return code if member is None else member

        return core_schema.no_info_after_validator_function(
            known_or_kept,
            core_schema.{{ ns.code_py }}_schema(),
            serialization=core_schema.plain_serializer_function_ser_schema({{ ns.code_py }}),
        )

    @classmethod
    def from_code(cls, code: {{ ns.code_py }}) -> Self | None:
        """The member for ``code``, or ``None`` for a code the catalog does not list."""
        try:
            return cls(code)
        except ValueError:
            return None

    @classmethod
    def from_symbol(cls, symbol: str) -> Self | None:
        """The member with catalog symbol or alias ``symbol`` as the API spells it, or ``None``."""
        code = _BY_SYMBOL.get(symbol)
        return None if code is None else cls(code)


_SYMBOLS: Final[dict[{{ ns.code_py }}, str]] = {
{%- for e in ns.entries %}
    {{ e.code() }}: {{ e.symbol() }},
{%- endfor %}
}


_BY_SYMBOL: Final[dict[str, {{ ns.code_py }}]] = {
{%- for e in ns.entries %}
    {{ e.symbol() }}: {{ e.code() }},
{%- for (_, alias) in e.aliases() %}
    {{ alias }}: {{ e.code() }},
{%- endfor %}
{%- endfor %}
}


{% for a in ns.attributes -%}
# What every known code has as {{ a.property }}, but those listed after it.
{{ a.table }}_UNSET: Final[{{ a.ty }}] = {{ a.unset }}
{{ a.table }}: Final[dict[{{ ns.code_py }}, {{ a.ty }}]] = {
{%- for (code, value) in a.values %}
    {{ code }}: {{ value }},
{%- endfor %}
{%- if !a.values.is_empty() %}
{% endif -%}
}


{% endfor -%}
_MESSAGES: Final[dict[{{ ns.code_py }}, tuple[str | None, ...]]] = {
{%- for e in ns.entries %}
    {{ e.code() }}: {{ e.messages() }},
{%- endfor %}
}


_PARAMS: Final[dict[{{ ns.code_py }}, tuple[str, ...]]] = {
{%- for e in ns.entries %}
{%- if let Some(params) = e.params() %}
    {{ e.code() }}: {{ params }},
{%- endif %}
{%- endfor %}
}


_DEPRECATIONS: Final[dict[{{ ns.code_py }}, str]] = {
{%- for e in ns.entries %}
{%- if let Some(note) = e.deprecated() %}
    {{ e.code() }}: {{ note }},
{%- endif %}
{%- endfor %}
}


def is_known(code: {{ ns.code_py }}) -> bool:
    """Whether the catalog lists ``code``."""
    return code in _MESSAGES


def symbol_of(code: {{ ns.code_py }}) -> str | None:
    """The catalog symbol of ``code``, or ``None`` for an unknown code."""
    return _SYMBOLS.get(code)


def message_of(code: {{ ns.code_py }}, locale: str = DEFAULT_LOCALE) -> str | None:
    """The message of ``code`` in ``locale`` (falling back as ``message`` does), or ``None``."""
    messages = _MESSAGES.get(code)
    return None if messages is None else message_in(messages, locale)


def translation_of(code: {{ ns.code_py }}, locale: str) -> str | None:
    """The message of ``code`` only if the catalog translates it into exactly ``locale``."""
    messages = _MESSAGES.get(code)
    return None if messages is None else translation_in(messages, locale)


def params_of(code: {{ ns.code_py }}) -> tuple[str, ...]:
    """The names of the parameters the message of ``code`` is formatted with.

    In catalog order; empty for a message without parameters and for an unknown code.
    """
    return _PARAMS.get(code, ())
{%- for a in ns.attributes %}


def {{ a.lookup }}(code: {{ ns.code_py }}) -> {{ a.ty }} | None:
    {{ a.lookup_doc }}
    if code not in _MESSAGES:
        return None
    return {{ a.table }}.get(code, {{ a.table }}_UNSET)
{%- endfor %}


{%- for signature in ns.formats %}


{% if ns.formats.len() > 1 %}@overload
{% endif -%}
def format_message(
    code: Literal[
{%- for member in signature.members %}
        {{ ns.ty }}.{{ member }},
{%- endfor %}
    ],
    locale: str = DEFAULT_LOCALE,
    /,
    *,
{%- for (name, ty) in signature.arguments %}
    {{ name }}: {{ ty }},
{%- endfor %}
) -> str:
{%- if ns.formats.len() > 1 %} ...
{%- else %}
    """The message of ``code`` in ``locale``, its parameters filled with typed arguments."""
    arguments: dict[str, str | float] = {
{%- for (name, _) in signature.arguments %}
        "{{ name }}": {{ name }},
{%- endfor %}
    }
    return {{ ns.error }}(code, arguments).message(locale)
{%- endif %}
{%- endfor %}
{%- if ns.formats.len() > 1 %}


def format_message(
    code: {{ ns.ty }},
    locale: str = DEFAULT_LOCALE,
    /,
    **arguments: str | float,
) -> str:
    """The message of ``code`` in ``locale``, its parameters filled with typed arguments.

    An overload per parameter list types the keyword arguments of the codes that have it.
    """
    return {{ ns.error }}(code, arguments).message(locale)
{%- endif %}


class {{ ns.problem }}(TypedDict):
    """RFC 9457 problem details of a {{ ns.error }}, as ``to_problem`` makes them."""

    type: str
    title: str
    status: NotRequired[int]
    detail: str
    code: {{ ns.code_py }}
    arguments: NotRequired[dict[str, str]]


class {{ ns.error }}(Exception):
    """An error of this namespace that a service raises: a code, known or not, and arguments.

    ``arguments`` fill the parameters of its message (text or numbers, kept as text).
    ``str()`` gives its text, ``SYMBOL (CODE): message`` in ``DEFAULT_LOCALE`` (``unknown code
    (CODE)`` for a code the catalog does not list); chain a cause with ``raise {{ ns.error }}(code)
    from cause``.
    """

    code: {{ ns.code_py }}
    """The code, known or not."""

    arguments: dict[str, str]
    """The arguments by name, as text (numbers as ``format_number`` writes them)."""

    def __init__(
        self,
        code: {{ ns.code_py }},
        arguments: Mapping[str, str | float] | None = None,
    ) -> None:
        """An error with ``code`` and the ``arguments`` its message is formatted with."""
        self.code = code
        self.arguments = {
            name: format_argument(value) for name, value in (arguments or {}).items()
        }
        super().__init__(self.text())

    def text(self) -> str:
        """The error's text, which ``str()`` gives, the same in every language.

        ``SYMBOL (CODE): message`` in ``DEFAULT_LOCALE``, its arguments filled; ``unknown code
        (CODE)`` for a code the catalog does not list.
        """
        symbol = symbol_of(self.code)
        if symbol is None:
            return f"unknown code ({self.code})"
        return f"{symbol} ({self.code}): {self.message(DEFAULT_LOCALE)}"

    @property
    def known(self) -> {{ ns.ty }} | None:
        """The member for the code, or ``None`` for a code the catalog does not list."""
        return {{ ns.ty }}.from_code(self.code)

    def message(self, locale: str = DEFAULT_LOCALE) -> str:
        """The message in ``locale`` (a BCP 47 tag, falling back as ``message_of`` does).

        Its parameters are filled with the arguments; one without an argument stays ``{name}``.
        """
        found = message_of(self.code, locale)
        if found is None:
            return f"unknown code ({self.code})"
        return fill(found, self.arguments) if params_of(self.code) else found

    def to_problem(self, locale: str = DEFAULT_LOCALE) -> {{ ns.problem }}:
        """The error as RFC 9457 problem details (``application/problem+json``).

        Members in this order: ``type`` from the catalog's problem base URI, the namespace and
        the symbol (``about:blank`` without one), ``title`` the message in ``DEFAULT_LOCALE``,
        ``status`` from the ``http_status`` attribute when the catalog has one and knows the
        code, ``detail`` the message in ``locale``, ``code``, the bare code, and ``arguments``
        (sorted by name) when there are any.
        """
{%- if let Some(prefix) = ns.problem_prefix %}
        symbol = symbol_of(self.code)
        problem: dict[str, object] = {
            "type": "about:blank" if symbol is None else {{ prefix }} + symbol,
{%- else %}
        problem: dict[str, object] = {
            "type": "about:blank",
{%- endif %}
            "title": self.message(DEFAULT_LOCALE),
        }
{%- if ns.status %}
        status = http_status_of(self.code)
        if status is not None:
            problem["status"] = status
{%- endif %}
        problem["detail"] = self.message(locale)
        problem["code"] = self.code
        if self.arguments:
            problem["arguments"] = dict(sorted(self.arguments.items()))
        # Built member by member, in the order above (a dict keeps it), then typed.
        return cast("{{ ns.problem }}", problem)

    @classmethod
    def from_problem(cls, problem: Mapping[str, object]) -> Self:
        """The error a problem describes, by its ``code``, known or not, and ``arguments``.

        Only ``code`` is required, a ``{{ ns.code_py }}``{% if !ns.string_codes %} of 32 bits{% endif %}.
        Any other member of the wrong type is ignored, as RFC 9457 asks, and so is an argument
        that is not text.

        Raises:
            ValueError: ``problem`` is not a mapping, or its ``code`` is missing or not a
                ``{{ ns.code_py }}``{% if !ns.string_codes %} of 32 bits{% endif %}.
        """
        code = problem.get("code") if isinstance(problem, Mapping) else None
{%- if ns.string_codes %}
        if isinstance(code, str):
{%- else %}
        # bool is an int in Python, and not a code in JSON.
        if isinstance(code, int) and not isinstance(code, bool) and -(2**31) <= code < 2**31:
{%- endif %}
            given = problem.get("arguments")
            arguments: dict[str, str | float] = {}
            if isinstance(given, Mapping):
                arguments = {str(name): value for name, value in given.items() if isinstance(value, str)}
            return cls(code, arguments)
        raise ValueError(f"problem details without {{ ns.code_noun }} code{% if !ns.string_codes %} of 32 bits{% endif %}: {problem!r}")
