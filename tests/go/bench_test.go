package consumer

import (
	"testing"

	apierrors "apierrors.dev/api-errors"
)

// BenchmarkLookup is a message lookup by code, known and unknown, as a service does per response.
func BenchmarkLookup(b *testing.B) {
	codes := apierrors.LarkeaCodes()
	for i := 0; i < b.N; i++ {
		c := codes[i%len(codes)]
		if _, ok := c.Message(apierrors.LocaleZh); !ok {
			b.Fatal("known code without message")
		}
		if apierrors.LarkeaCode(424242 + i%7).IsKnown() {
			b.Fatal("unknown code known")
		}
	}
}
