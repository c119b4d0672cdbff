package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
)

// Sentences splits src[within.Start:within.End] into sentence spans, byte
// offsets into src, sorted and trimmed of surrounding space. A sentence ends
// at '.', '!', '?' or '…' (with any closing quotes or brackets) followed by
// space and a word that may start a sentence, at a blank line, and at a
// single line break unless the next line starts with a lower-case letter.
// A period after a known abbreviation of lang ("Co.", "Ltd.", "Dr.",
// "z.B.", "e.g."), after a single letter ("J. Smith") or inside a number
// ("1.5") does not end a sentence. lang is an ISO 639-1 code; "und" or an
// unknown code uses the abbreviations of all languages.
//
// A span that does not fit src is clamped to it; an empty or invalid range
// gives no sentences.
func Sentences(src string, within entity.Span, lang string) []entity.Span {
	start, end, ok := clampSpan(src, within)
	if !ok {
		return nil
	}
	return sentences(src, start, end, lexiconFor(lang), make([]entity.Span, 0, (end-start)/100+1))
}

// clampSpan fits within to src and to rune boundaries.
func clampSpan(src string, within entity.Span) (int, int, bool) {
	start, end := within.Start, within.End
	if start < 0 {
		start = 0
	}
	if end > len(src) {
		end = len(src)
	}
	for start < end && !utf8.RuneStart(src[start]) {
		start++
	}
	for end < len(src) && end > start && !utf8.RuneStart(src[end]) {
		end--
	}
	if start >= end {
		return 0, 0, false
	}
	return start, end, true
}

func sentences(src string, start, end int, lex *lexicon, out []entity.Span) []entity.Span {
	s := start // start of the current sentence
	emit := func(a, b int) {
		a, b = trimSpace(src, a, b)
		// A stray continuation byte is no rune boundary: end after it.
		for b < end && !utf8.RuneStart(src[b]) {
			b++
		}
		if a < b {
			out = append(out, entity.Span{Start: a, End: b})
		}
	}
	i := start
	for i < end {
		if c := src[i]; c < utf8.RuneSelf && c != '\n' && c != '.' && c != '!' && c != '?' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:end])
		switch r {
		case '\n':
			next := skipSpaceNoNL(src, i+1, end)
			if next < end && src[next] == '\n' || next < end && src[next] == '\r' {
				emit(s, i)
				s = i + 1
			} else if next < end {
				nr, _ := utf8.DecodeRuneInString(src[next:end])
				if !unicode.IsLower(nr) {
					emit(s, i)
					s = i + 1
				}
			}
		case '.', '!', '?', '…', '。', '！', '？':
			j := i + size
			for j < end {
				c, cs := utf8.DecodeRuneInString(src[j:end])
				if !strings.ContainsRune(`"'”’»)]`, c) && !(c == '.' || c == '!' || c == '?') {
					break
				}
				j += cs
			}
			if j >= end {
				break
			}
			c, _ := utf8.DecodeRuneInString(src[j:end])
			if r == '。' || r == '！' || r == '？' {
				emit(s, j)
				s = j
				i = j
				continue
			}
			if !unicode.IsSpace(c) {
				break
			}
			k := skipSpace(src, j, end)
			if k >= end {
				break
			}
			if strings.IndexByte(src[j:k], '\n') >= 0 {
				// The newline case ends the sentence.
				break
			}
			nr, _ := utf8.DecodeRuneInString(src[k:end])
			if !startsSentence(nr) {
				break
			}
			if r == '.' && j == i+size && !periodEnds(src, start, i, lex) {
				break
			}
			emit(s, j)
			s = j
			i = j
			continue
		}
		i += size
	}
	emit(s, end)
	return out
}

// startsSentence reports whether r may open a sentence.
func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘«(¿¡•-–—[`, r) ||
		unicode.IsLetter(r) && !unicode.IsLower(r)
}

// periodEnds reports whether the period at src[i] ends a sentence, judging
// by the word before it.
func periodEnds(src string, start, i int, lex *lexicon) bool {
	w := i
	for w > start {
		r, size := utf8.DecodeLastRuneInString(src[start:w])
		if unicode.IsSpace(r) || strings.ContainsRune(`("'“‘«[`, r) {
			break
		}
		w -= size
	}
	word := src[w:i]
	if word == "" {
		return true
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) {
			return false // an initial: "J. Smith"
		}
	}
	if len(word) > 16 {
		return true
	}
	// Lower-case the word in a stack buffer: abbreviations are short and
	// mostly ASCII; a word with other upper-case letters is no abbreviation
	// of the lists anyway.
	var buf [16]byte
	for k := 0; k < len(word); k++ {
		c := word[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	_, abbr := lex.abbrev[string(buf[:len(word)])]
	return !abbr
}

func skipSpace(src string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(src[i:end])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func skipSpaceNoNL(src string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(src[i:end])
		if !unicode.IsSpace(r) || r == '\n' || r == '\r' {
			break
		}
		i += size
	}
	return i
}

func trimSpace(src string, a, b int) (int, int) {
	for a < b {
		r, size := utf8.DecodeRuneInString(src[a:b])
		if !unicode.IsSpace(r) && !(r == utf8.RuneError && size <= 1) {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(src[a:b])
		if !unicode.IsSpace(r) && !(r == utf8.RuneError && size <= 1) {
			break
		}
		b -= size
	}
	return a, b
}
