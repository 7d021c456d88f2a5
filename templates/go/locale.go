// {{ header }}

package {{ package }}

import "strings"

// Locale is a locale the catalog has messages in.
type Locale int

// The catalog's locales, in declared order.
const (
{%- for l in locales %}
	// {{ l.name }} is the locale {{ l.tag }}.
	{{ l.name }}{% if loop.first %} Locale = iota{% endif %}
{%- endfor %}
)

// DefaultLocale is the locale a message falls back to when the requested one is not in the
// catalog.
const DefaultLocale = {{ default_locale }}

var localeTags = [...]string{ {%- for l in locales %}{{ l.tag }}{% if !loop.last %}, {% endif %}{% endfor -%} }

// Locales returns every locale of the catalog, in declared order.
func Locales() []Locale {
	out := make([]Locale, len(localeTags))
	for i := range out {
		out[i] = Locale(i)
	}
	return out
}

// Tag returns the locale's BCP 47 tag as the catalog spells it.
func (l Locale) Tag() string {
	if l < 0 || int(l) >= len(localeTags) {
		return ""
	}
	return localeTags[l]
}

// String returns the locale's tag.
func (l Locale) String() string {
	return l.Tag()
}

// ParseLocale returns the catalog locale whose tag is exactly tag, compared ASCII
// case-insensitively.
func ParseLocale(tag string) (Locale, bool) {
	for i, t := range localeTags {
		if asciiEqualFold(t, tag) {
			return Locale(i), true
		}
	}
	return 0, false
}

// asciiEqualFold reports whether a and b are equal with ASCII letters compared
// case-insensitively. BCP 47 tags are ASCII; strings.EqualFold would also take "ſ" for "s" and
// the Kelvin sign for "k", which no other language's package does.
func asciiEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// ResolveLocale returns the catalog locale for a BCP 47 tag: the tag itself, else the tag with
// its last subtag removed, repeatedly (zh-Hans-CN, zh-Hans, zh), ASCII case-insensitively; else
// DefaultLocale.
func ResolveLocale(tag string) Locale {
	for {
		if l, ok := ParseLocale(tag); ok {
			return l
		}
		cut := strings.LastIndexByte(tag, '-')
		if cut < 0 {
			return DefaultLocale
		}
		tag = tag[:cut]
	}
}
