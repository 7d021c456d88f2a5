package bench

import (
	"testing"

	synthetic "synthetic-errors"
)

// BenchmarkLookup is a message lookup by code, known and unknown, as a service does per response.
func BenchmarkLookup(b *testing.B) {
	codes := synthetic.Service000Codes()
	for i := 0; i < b.N; i++ {
		c := codes[i%len(codes)]
		if _, ok := c.Message(synthetic.LocaleZh); !ok {
			b.Fatal("known code without message")
		}
		if synthetic.Service000Code(7 + i%7).IsKnown() {
			b.Fatal("unknown code known")
		}
	}
}

// BenchmarkFormat is a service's error path: an error of a code with parameters, its two
// arguments set, its message rendered in a locale.
func BenchmarkFormat(b *testing.B) {
	var withParams []synthetic.Service000Code
	for _, c := range synthetic.Service000Codes() {
		if len(c.Params()) > 0 {
			withParams = append(withParams, c)
		}
	}
	for i := 0; i < b.N; i++ {
		err := &synthetic.Service000Error{
			Code:      withParams[i%len(withParams)],
			Arguments: map[string]string{"name": "disk-7", "count": synthetic.FormatInt(3)},
		}
		if err.Message(synthetic.LocaleZh) == "" {
			b.Fatal("empty message")
		}
	}
}
