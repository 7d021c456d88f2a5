// {{ header }}

package {{ package }}

import (
	"encoding/json"
	"errors"
	"strconv"
)

// {{ ns.ty }} is an error code of the {{ ns.name }} namespace: one of the constants below, or
// any other {{ ns.code_go }} the server sent, kept as is.
{%- if !ns.doc.is_empty() %}
//
// Namespace description: {{ ns.doc }}
{%- endif %}
type {{ ns.ty }} {{ ns.code_go }}
{% for e in ns.entries %}
// {{ e.constant() }} is code {{ e.code_doc() }}: {{ e.doc() }}
{%- if let Some(note) = e.deprecated() %}
//
// Deprecated: {{ note }}
{%- endif %}
const {{ e.constant() }} {{ ns.ty }} = {{ e.code() }}
{%- for alias in e.aliases() %}

// {{ alias }} is an alias of {{ e.constant() }}.
{%- if let Some(note) = e.deprecated() %}
//
// Deprecated: {{ note }}
{%- endif %}
const {{ alias }} {{ ns.ty }} = {{ e.code() }}
{%- endfor %}
{% endfor %}
// {{ ns.table }}Entry is one catalog entry; a message is "" where the catalog has no
// translation.
type {{ ns.table }}Entry struct {
{%- for (field, ty) in ns.fields %}
	{{ field }} {{ ty }}
{%- endfor %}
}

// {{ ns.table }}Entries lists the known codes in catalog order.
var {{ ns.table }}Entries = [...]{{ ns.table }}Entry{
{%- for e in ns.entries %}
	{code: {{ e.code() }}, symbol: {{ e.symbol_literal() }}, messages: [{{ locale_count }}]string{ {{- e.messages() -}} }, deprecation: {{ e.deprecation_literal() }}{{ e.params() -}} },
{%- endfor %}
}

// {{ ns.table }}Aliases maps each alias to its code.
var {{ ns.table }}Aliases = [...]struct {
	name string
	code {{ ns.ty }}
}{
{%- if ns.aliases.is_empty() -%} } {%- else %}
{%- for (alias, code) in ns.aliases %}
	{ {{- alias }}, {{ code -}} },
{%- endfor %}
}
{%- endif %}

var {{ ns.table }}Retired = [...]{{ ns.ty }}{ {%- for c in ns.retired %}{{ c }}{% if !loop.last %}, {% endif %}{% endfor -%} }

var (
	{{ ns.table }}ByCode   = make(map[{{ ns.ty }}]int, len({{ ns.table }}Entries))
	{{ ns.table }}BySymbol = make(map[string]{{ ns.ty }}, len({{ ns.table }}Entries)+len({{ ns.table }}Aliases))
)

func init() {
	for i, e := range {{ ns.table }}Entries {
		{{ ns.table }}ByCode[e.code] = i
		{{ ns.table }}BySymbol[e.symbol] = e.code
	}
	for _, a := range {{ ns.table }}Aliases {
		{{ ns.table }}BySymbol[a.name] = a.code
	}
}

// {{ ns.all }} returns every known code of the {{ ns.name }} namespace, in catalog order.
func {{ ns.all }}() []{{ ns.ty }} {
	out := make([]{{ ns.ty }}, len({{ ns.table }}Entries))
	for i, e := range {{ ns.table }}Entries {
		out[i] = e.code
	}
	return out
}

// {{ ns.retired_fn }} returns the codes the {{ ns.name }} namespace used once and retired: never
// reused, so never known again.
func {{ ns.retired_fn }}() []{{ ns.ty }} {
	return append([]{{ ns.ty }}(nil), {{ ns.table }}Retired[:]...)
}

// {{ ns.from_symbol }} returns the code whose catalog symbol or alias is symbol, spelled
// exactly as the API spells it.
func {{ ns.from_symbol }}(symbol string) ({{ ns.ty }}, bool) {
	c, ok := {{ ns.table }}BySymbol[symbol]
	return c, ok
}

func (c {{ ns.ty }}) entry() (*{{ ns.table }}Entry, bool) {
	i, ok := {{ ns.table }}ByCode[c]
	if !ok {
		return nil, false
	}
	return &{{ ns.table }}Entries[i], true
}

// IsKnown reports whether the catalog lists the code.
func (c {{ ns.ty }}) IsKnown() bool {
	_, ok := {{ ns.table }}ByCode[c]
	return ok
}

// Code returns the integer on the wire.
func (c {{ ns.ty }}) Code() {{ ns.code_go }} {
	return {{ ns.code_go }}(c)
}

// Symbol returns the catalog symbol as the API spells it, or false for an unknown code.
func (c {{ ns.ty }}) Symbol() (string, bool) {
	e, ok := c.entry()
	if !ok {
		return "", false
	}
	return e.symbol, true
}

// Message returns the message in locale, or in DefaultLocale when the catalog has no
// translation in locale; false for an unknown code.
func (c {{ ns.ty }}) Message(locale Locale) (string, bool) {
	e, ok := c.entry()
	if !ok || locale < 0 || int(locale) >= len(e.messages) {
		return "", false
	}
	if m := e.messages[locale]; m != "" {
		return m, true
	}
	return e.messages[DefaultLocale], true
}

// Translation returns the message only if the catalog translates it into exactly locale;
// false for a missing translation and for an unknown code.
func (c {{ ns.ty }}) Translation(locale Locale) (string, bool) {
	e, ok := c.entry()
	if !ok || locale < 0 || int(locale) >= len(e.messages) || e.messages[locale] == "" {
		return "", false
	}
	return e.messages[locale], true
}

// MessageFor returns the message in the catalog locale that tag resolves to (see
// ResolveLocale), or false for an unknown code.
func (c {{ ns.ty }}) MessageFor(tag string) (string, bool) {
	return c.Message(ResolveLocale(tag))
}

// Deprecation returns why the code should no longer be used, or false when it is not
// deprecated (or unknown).
func (c {{ ns.ty }}) Deprecation() (string, bool) {
	e, ok := c.entry()
	if !ok || e.deprecation == "" {
		return "", false
	}
	return e.deprecation, true
}

{% for a in ns.attributes -%}
// {{ a.method }} returns {{ a.doc }}; false for an unknown code.
func (c {{ ns.ty }}) {{ a.method }}() ({{ a.ty }}, bool) {
	if !c.IsKnown() {
		return {{ a.zero }}, false
	}
{%- if !a.exceptions.is_empty() %}
	// The codes whose value is not the common one.
	switch c {
{%- for (code, value) in a.exceptions %}
	case {{ code }}:
		return {{ value }}, true
{%- endfor %}
	}
{%- endif %}
	return {{ a.unset }}, true
}

{% endfor -%}
// Params returns the names of the parameters the message is formatted with ({name} in it), in
// catalog order; none for a message without parameters and for an unknown code.
func (c {{ ns.ty }}) Params() []string {
{%- if ns.has_params %}
	if e, ok := c.entry(); ok {
		return append([]string(nil), e.params...)
	}
{%- endif %}
	return nil
}

// String returns the catalog symbol, or {{ ns.ty }}(N) for an unknown code.
func (c {{ ns.ty }}) String() string {
	if e, ok := c.entry(); ok {
		return e.symbol
	}
	return "{{ ns.ty }}(" + {{ ns.shown }} + ")"
}

// Error returns the symbol, the code and the message in DefaultLocale, as in
// "SYMBOL (123): message"; for an unknown code, "unknown code (N)".
func (c {{ ns.ty }}) Error() string {
	e, ok := c.entry()
	if !ok {
		return "unknown code (" + {{ ns.text }} + ")"
	}
	return e.symbol + " (" + {{ ns.text }} + "): " + e.messages[DefaultLocale]
}

// {{ ns.error }} is an error of the {{ ns.name }} namespace that a service returns: a code,
// known or not, the arguments its message is formatted with (by parameter name, as text:
// FormatInt and FormatFloat write numbers), and what caused it, if anything. errors.Is matches
// it against another {{ ns.error }} or a {{ ns.ty }} by code; errors.As finds it in a chain.
type {{ ns.error }} struct {
	Code      {{ ns.ty }}
	Arguments map[string]string
	Cause     error
}

// Error returns the error's text, the same in every language: "SYMBOL (123): message" in
// DefaultLocale, its arguments filled ("unknown code (N)" for an unknown code), and the cause's
// after a colon when there is one.
func (e *{{ ns.error }}) Error() string {
	text := e.Code.Error()
	if c := e.Code; len(c.Params()) > 0 {
		symbol, _ := c.Symbol()
		text = symbol + " (" + {{ ns.text }} + "): " + e.Message(DefaultLocale)
	}
	if e.Cause == nil {
		return text
	}
	return text + ": " + e.Cause.Error()
}

// Unwrap returns the cause, for errors.Is and errors.As.
func (e *{{ ns.error }}) Unwrap() error {
	return e.Cause
}

// Is reports whether target is a {{ ns.error }} or a {{ ns.ty }} with the same code.
func (e *{{ ns.error }}) Is(target error) bool {
	switch t := target.(type) {
	case *{{ ns.error }}:
		return t != nil && t.Code == e.Code
	case {{ ns.ty }}:
		return t == e.Code
	}
	return false
}

// Message returns the message in locale, falling back as {{ ns.ty }}.Message does, its
// parameters filled with the arguments (one without an argument stays {name}); for a code the
// catalog does not list, "unknown code (CODE)".
func (e *{{ ns.error }}) Message(locale Locale) string {
	m, ok := e.Code.Message(locale)
	switch {
	case !ok:
		return e.Code.Error() // "unknown code (CODE)"
	case len(e.Code.Params()) > 0:
		return fill(m, e.Arguments)
	}
	return m
}

{% for c in ns.constructors -%}
// {{ c.name }} returns an error of {{ c.constant }} with these arguments: {{ c.doc }}
{%- if let Some(note) = c.deprecated %}
//
// Deprecated: {{ note }}
{%- endif %}
func {{ c.name }}({{ c.args }}) *{{ ns.error }} {
	return &{{ ns.error }}{Code: {{ c.constant }}, Arguments: map[string]string{ {{- c.entries -}} }}
}

{% endfor -%}
// {{ ns.problem }} is an error of the {{ ns.name }} namespace as RFC 9457 problem details
// (application/problem+json), its members in this order: Type from the catalog's problem base
// URI, the namespace and the symbol ("about:blank" without one), Title the message in
// DefaultLocale, Status from the http_status attribute when the catalog has one and knows the
// code, Detail the message in the locale asked for, Code, the bare code, and Arguments, the
// error's arguments (absent when it has none). encoding/json writes and reads it.
type {{ ns.problem }} struct {
{%- for line in ns.problem_fields %}
	{{ line }}
{%- endfor %}
}

// Problem returns the error as problem details, Detail in locale.
func (e *{{ ns.error }}) Problem(locale Locale) {{ ns.problem }} {
	p := {{ ns.problem }}{
		Type:      "about:blank",
		Title:     e.Message(DefaultLocale),
		Detail:    e.Message(locale),
		Code:      e.Code,
		Arguments: e.Arguments,
	}
{%- if let Some(prefix) = ns.problem_prefix %}
	if symbol, ok := e.Code.Symbol(); ok {
		p.Type = {{ prefix }} + symbol
	}
{%- endif %}
{%- if ns.status %}
	if status, ok := e.Code.HttpStatus(); ok {
		p.Status = status
	}
{%- endif %}
	return p
}

// UnmarshalJSON reads problem details as RFC 9457 asks: only code is required, {{ ns.code_noun }};
// any other member of the wrong type is ignored, and so is an argument that is not text.
func (p *{{ ns.problem }}) UnmarshalJSON(data []byte) error {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(data, &members); err != nil {
		return err
	}
	var code {{ ns.ty }}
	// null would leave code as it is, without an error.
	if raw, ok := members["code"]; !ok || string(raw) == "null" || json.Unmarshal(raw, &code) != nil {
		return errors.New("problem details without {{ ns.code_noun }}")
	}
	*p = {{ ns.problem }}{Code: code}
	// A member missing or of the wrong type leaves the field empty: the error is ignored.
	_ = json.Unmarshal(members["type"], &p.Type)
	_ = json.Unmarshal(members["title"], &p.Title)
	_ = json.Unmarshal(members["status"], &p.Status)
	_ = json.Unmarshal(members["detail"], &p.Detail)
	var arguments map[string]json.RawMessage
	if json.Unmarshal(members["arguments"], &arguments) == nil {
		for name, raw := range arguments {
			var text string
			if string(raw) != "null" && json.Unmarshal(raw, &text) == nil {
				if p.Arguments == nil {
					p.Arguments = map[string]string{}
				}
				p.Arguments[name] = text
			}
		}
	}
	return nil
}

// Err returns the error the problem describes, by its code, known or not, and its arguments.
func (p {{ ns.problem }}) Err() *{{ ns.error }} {
	return &{{ ns.error }}{Code: p.Code, Arguments: p.Arguments}
}
