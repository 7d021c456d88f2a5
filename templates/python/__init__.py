# {{ header }}
"""Error codes of every API in the catalog, one enum per namespace.

A code the catalog does not list stays a plain ``int`` (or ``str``): ``from_code`` returns ``None`` for it,
and ``symbol_of`` and ``message_of`` in each namespace module do too.
"""

from . import {% for ns in namespaces %}{{ ns.module }}{% if !loop.last %}, {% endif %}{% endfor %}
from ._format import format_argument, format_number
from ._locale import DEFAULT_LOCALE, LOCALES, resolve_locale
{%- for ns in namespaces %}
from .{{ ns.module }} import {{ ns.imports }}
{%- endfor %}

__all__ = [
{%- for name in exports %}
    "{{ name }}",
{%- endfor %}
]
