package entity

import "unicode/utf8"

// A Span is a half-open range [Start, End) of byte offsets into the exact
// input string that was passed to the parser (not into a normalized copy,
// and not counted in runes). The zero Span is empty and starts at offset 0.
//
// Spans produced by this module always fall on UTF-8 boundaries and satisfy
// 0 <= Start <= End <= len(src).
type Span struct {
	Start int `json:"start"` // byte offset of the first byte
	End   int `json:"end"`   // byte offset just past the last byte
}

// Len reports the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsEmpty reports whether the span covers no bytes.
func (s Span) IsEmpty() bool { return s.End <= s.Start }

// Text returns the part of src the span covers, or "" when the span does
// not fit in src.
func (s Span) Text(src string) string {
	if !s.IsValid(src) {
		return ""
	}
	return src[s.Start:s.End]
}

// IsValid reports whether the span lies within src and both of its ends
// fall on UTF-8 rune boundaries.
func (s Span) IsValid(src string) bool {
	if s.Start < 0 || s.Start > s.End || s.End > len(src) {
		return false
	}
	return runeBoundary(src, s.Start) && runeBoundary(src, s.End)
}

// Contains reports whether t lies entirely within s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

func runeBoundary(src string, i int) bool {
	return i == 0 || i == len(src) || utf8.RuneStart(src[i])
}
