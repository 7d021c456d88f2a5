// The Go runner of the conformance suite (tests/conformance/, crates/gen/tests/conformance/):
// performs each case of the JSON file named by its argument and prints one JSON line per case,
// {"id": N, "value": V} or {"id": N, "error": KIND}; the harness compares. The driver builds it
// per fixture in a module of its own (testdata, which the consumer's module leaves out), with a
// namespaces.go that names the fixture package's types for namespace below.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// A case, as the harness writes it in JSON.
type testCase struct {
	ID     int                        `json:"id"`
	Op     string                     `json:"op"`
	NS     string                     `json:"ns"`
	Code   json.RawMessage            `json:"code"`
	Symbol string                     `json:"symbol"`
	Locale string                     `json:"locale"`
	Args   map[string]json.RawMessage `json:"args"`
	JSON   string                     `json:"json"`
	Value  string                     `json:"value"`
}

// errRefused is a case the package refused, as the cases expect.
var errRefused = errors.New("invalid-problem")

// code is what a generated code type offers; V is its underlying type (int32 or string).
type code[V any] interface {
	comparable
	Symbol() (string, bool)
	MessageFor(tag string) (string, bool)
	Code() V
}

// errorOf is what a generated error type offers, L being the package's Locale, P its problem type.
type errorOf[L, P any] interface {
	Error() string
	Message(locale L) string
	Problem(locale L) P
}

// namespace performs the cases of one namespace, given what the package names: an error of a
// code with arguments, the lookup by symbol, locale negotiation, the default locale, and the
// error a problem describes.
func namespace[C code[V], V any, L any, P any, E errorOf[L, P]](
	newError func(C, map[string]string) E,
	fromSymbol func(string) (C, bool),
	resolve func(string) L,
	defaultLocale L,
	read func(P) E,
	formatInt func(int64) string,
	formatFloat func(float64) string,
) func(testCase) (any, error) {
	return func(c testCase) (any, error) {
		var code C
		if c.Code != nil {
			if err := json.Unmarshal(c.Code, &code); err != nil {
				return nil, err
			}
		}
		e := newError(code, arguments(c, formatInt, formatFloat))
		switch c.Op {
		case "symbol":
			return optional(code.Symbol()), nil
		case "from_symbol":
			found, ok := fromSymbol(c.Symbol)
			return optional(found.Code(), ok), nil
		case "message":
			return optional(code.MessageFor(c.Locale)), nil
		case "error_text":
			return e.Error(), nil
		case "error_message":
			return e.Message(resolve(c.Locale)), nil
		case "problem":
			return marshal(e.Problem(resolve(c.Locale))), nil
		case "read_problem":
			var p P
			if json.Unmarshal([]byte(c.JSON), &p) != nil {
				return nil, errRefused
			}
			return marshal(read(p).Problem(defaultLocale)), nil
		case "code_json":
			written := marshal(code)
			var back C
			if err := json.Unmarshal([]byte(written), &back); err != nil || back != code {
				return nil, fmt.Errorf("%v came back as %v", code, back)
			}
			return json.RawMessage(written), nil
		}
		return nil, fmt.Errorf("unknown operation %s", c.Op)
	}
}

// arguments are the case's args as an error carries them: text as it is, numbers as the package
// writes them (an integer by FormatInt, a float by FormatFloat, by their JSON spelling).
func arguments(c testCase, formatInt func(int64) string, formatFloat func(float64) string) map[string]string {
	out := map[string]string{}
	for name, raw := range c.Args {
		var text string
		if json.Unmarshal(raw, &text) == nil {
			out[name] = text
		} else if n, err := strconv.ParseInt(string(raw), 10, 64); err == nil {
			out[name] = formatInt(n)
		} else {
			x, _ := strconv.ParseFloat(string(raw), 64)
			out[name] = formatFloat(x)
		}
	}
	return out
}

// optional is a lookup's answer: the value, or null.
func optional[T any](value T, ok bool) any {
	if !ok {
		return nil
	}
	return value
}

// marshal is JSON as encoding/json writes it.
func marshal(v any) string {
	out, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(out)
}

// number is an argument as the package writes it ("i:" an integer, "f:" a float).
func number(value string) string {
	kind, text, _ := strings.Cut(value, ":")
	if kind == "i" {
		n, _ := strconv.ParseInt(text, 10, 64)
		return formatInt(n)
	}
	x, _ := strconv.ParseFloat(text, 64)
	return formatFloat(x)
}

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var cases []testCase
	if err := json.Unmarshal(data, &cases); err != nil {
		panic(err)
	}
	for _, c := range cases {
		var value any
		var err error
		if c.Op == "number" {
			value = number(c.Value)
		} else if perform, ok := namespaces[c.NS]; ok {
			value, err = perform(c)
		} else {
			err = fmt.Errorf("no namespace %q", c.NS)
		}
		if err != nil {
			fmt.Println(marshal(map[string]any{"id": c.ID, "error": err.Error()}))
		} else {
			fmt.Println(marshal(map[string]any{"id": c.ID, "value": value}))
		}
	}
}
