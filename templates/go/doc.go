// {{ header }}

// Package {{ package }} holds the error codes of every API in the catalog, one type per
// namespace.
//
// Each type is an int32 with one constant per known code. Any int32 converts into it, so a code
// the catalog does not list yet survives as its integer: IsKnown tells the two apart, and
// Symbol and Message report false for it. Every code type implements error and fmt.Stringer,
// so errors.Is matches a code by value.
package {{ package }}
