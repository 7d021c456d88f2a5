// The Go runner of the conformance suite (tests/conformance/cases.yaml): performs each case of
// the JSON file named by its argument on the package generated from
// tests/conformance/catalog.yaml and prints one JSON line per case, {"id": N, "value": V} or
// {"id": N, "error": KIND}. The harness compares. (In testdata, which the consumer's module
// leaves out: the driver builds it in a module of its own, beside the fixture's package.)
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	pkg "example.org/conformance"
)

// A case of cases.yaml, as the harness writes it in JSON.
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

// errRefused is a case the package refused, as the cases expect: invalid-problem.
var errRefused = errors.New("invalid-problem")

// arguments are the case's args as an error carries them: text as it is, numbers as the package
// writes them (an integer by FormatInt, a float by FormatFloat, by their JSON spelling).
func arguments(c testCase) map[string]string {
	out := map[string]string{}
	for name, raw := range c.Args {
		var text string
		if json.Unmarshal(raw, &text) == nil {
			out[name] = text
		} else if n, err := strconv.ParseInt(string(raw), 10, 64); err == nil {
			out[name] = pkg.FormatInt(n)
		} else {
			x, _ := strconv.ParseFloat(string(raw), 64)
			out[name] = pkg.FormatFloat(x)
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

// marshal is JSON as encoding/json writes it (HTML characters escaped, as it does by default).
func marshal(v any) string {
	out, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(out)
}

func shop(c testCase) (any, error) {
	var n int32
	if c.Code != nil {
		if err := json.Unmarshal(c.Code, &n); err != nil {
			return nil, err
		}
	}
	code := pkg.ShopCode(n)
	e := &pkg.ShopError{Code: code, Arguments: arguments(c)}
	switch c.Op {
	case "symbol":
		return optional(code.Symbol()), nil
	case "from_symbol":
		found, ok := pkg.ShopCodeFromSymbol(c.Symbol)
		return optional(found.Code(), ok), nil
	case "message":
		return optional(code.MessageFor(c.Locale)), nil
	case "error_text":
		return e.Error(), nil
	case "error_message":
		return e.Message(pkg.ResolveLocale(c.Locale)), nil
	case "problem":
		return marshal(e.Problem(pkg.ResolveLocale(c.Locale))), nil
	case "read_problem":
		var p pkg.ShopProblem
		if json.Unmarshal([]byte(c.JSON), &p) != nil {
			return nil, errRefused
		}
		return marshal(p.Err().Problem(pkg.DefaultLocale)), nil
	case "code_json":
		written := marshal(code)
		var back pkg.ShopCode
		if err := json.Unmarshal([]byte(written), &back); err != nil || back != code {
			return nil, fmt.Errorf("%v came back as %v", code, back)
		}
		return json.RawMessage(written), nil
	}
	return nil, fmt.Errorf("unknown operation %s", c.Op)
}

func sql(c testCase) (any, error) {
	var s string
	if c.Code != nil {
		if err := json.Unmarshal(c.Code, &s); err != nil {
			return nil, err
		}
	}
	code := pkg.SqlCode(s)
	e := &pkg.SqlError{Code: code, Arguments: arguments(c)}
	switch c.Op {
	case "symbol":
		return optional(code.Symbol()), nil
	case "from_symbol":
		found, ok := pkg.SqlCodeFromSymbol(c.Symbol)
		return optional(found.Code(), ok), nil
	case "message":
		return optional(code.MessageFor(c.Locale)), nil
	case "error_text":
		return e.Error(), nil
	case "error_message":
		return e.Message(pkg.ResolveLocale(c.Locale)), nil
	case "problem":
		return marshal(e.Problem(pkg.ResolveLocale(c.Locale))), nil
	case "read_problem":
		var p pkg.SqlProblem
		if json.Unmarshal([]byte(c.JSON), &p) != nil {
			return nil, errRefused
		}
		return marshal(p.Err().Problem(pkg.DefaultLocale)), nil
	case "code_json":
		written := marshal(code)
		var back pkg.SqlCode
		if err := json.Unmarshal([]byte(written), &back); err != nil || back != code {
			return nil, fmt.Errorf("%v came back as %v", code, back)
		}
		return json.RawMessage(written), nil
	}
	return nil, fmt.Errorf("unknown operation %s", c.Op)
}

// number is an argument as the package writes it ("i:" an integer, "f:" a float).
func number(value string) string {
	kind, text, _ := strings.Cut(value, ":")
	if kind == "i" {
		n, _ := strconv.ParseInt(text, 10, 64)
		return pkg.FormatInt(n)
	}
	x, _ := strconv.ParseFloat(text, 64)
	return pkg.FormatFloat(x)
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
		switch {
		case c.Op == "number":
			value = number(c.Value)
		case c.NS == "shop":
			value, err = shop(c)
		case c.NS == "sql":
			value, err = sql(c)
		default:
			err = fmt.Errorf("no namespace %q", c.NS)
		}
		if err != nil {
			fmt.Println(marshal(map[string]any{"id": c.ID, "error": err.Error()}))
		} else {
			fmt.Println(marshal(map[string]any{"id": c.ID, "value": value}))
		}
	}
}
