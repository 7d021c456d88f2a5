// {{ header }}

package {{ package }}

import (
	"math"
	"strconv"
	"strings"
)

// FormatInt returns an integer argument as every language writes it: its decimal digits.
func FormatInt(v int64) string {
	return strconv.FormatInt(v, 10)
}

// FormatFloat returns a float argument as every language writes it: the shortest decimal that
// reads back as the same number, without exponent or trailing ".0" ("0.30000000000000004",
// "1000000000000000000000", "2"); "0" for both zeros; "NaN", "Infinity", "-Infinity".
func FormatFloat(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "Infinity"
	case math.IsInf(v, -1):
		return "-Infinity"
	case v == 0:
		return "0"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// fill returns template with each {name} replaced by the argument of that name (kept when
// there is none), and each doubled brace read as one.
func fill(template string, args map[string]string) string {
	var out strings.Builder
	out.Grow(len(template))
	rest := template
	for {
		i := strings.IndexAny(rest, "{}")
		if i < 0 {
			break
		}
		out.WriteString(rest[:i])
		brace, after := rest[i], rest[i+1:]
		switch end := strings.IndexByte(after, '}'); {
		case len(after) > 0 && after[0] == brace:
			out.WriteByte(brace)
			rest = after[1:]
		case brace == '{' && end >= 0:
			if value, ok := args[after[:end]]; ok {
				out.WriteString(value)
			} else {
				out.WriteString(rest[i : i+end+2])
			}
			rest = after[end+1:]
		default:
			out.WriteByte(brace)
			rest = after
		}
	}
	out.WriteString(rest)
	return out.String()
}
