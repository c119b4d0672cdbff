package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tkWord   tokKind = iota // letters, possibly with digits ("Leapmotor", "C10")
	tkNum                   // digits only ("408")
	tkHyphen                // a hyphen or dash of any style
	tkPunct                 // any other single non-space character
)

// A token is one word, number or punctuation character of the source. Its
// offsets point into the source; its fold is its case- and accent-folded form,
// used only for lookups.
type token struct {
	start, end int32 // byte offsets into the source (see maxSource)
	fa, fb     int32 // the folded form is text[fa:fb] (see tokenize)
	kind       tokKind
	inArena    bool  // while tokenizing: fa, fb point into the folder's buffer
	glued      bool  // no space between the previous token and this one
	newline    bool  // a newline (or a skipped span) separates it from the previous token
	upper      bool  // the first rune is an upper-case letter
	lower      bool  // the first rune is a lower-case letter
	allCaps    bool  // a word of two or more letters, all upper case
	sent       int32 // index of its sentence
}

// fold returns the token's folded form. text is the string that tokenize's
// caller got from finish: the source followed by the folded forms that are
// not in the source.
func (t token) fold(text string) string { return text[t.fa:t.fb] }

// folder folds tokens. It holds a cases.Caser, which is stateful, so every
// call of Tag makes its own, and a buffer that the folded forms of one
// tokenize call share, so that folding a capitalized word does not allocate.
type folder struct {
	caser cases.Caser
	buf   []byte
}

func newFolder() *folder { return &folder{caser: cases.Fold()} }

// fold returns the case- and accent-folded form of a word: "Citroën" and
// "CITROEN" both give "citroen". A lower-case ASCII word is returned as it
// is (ok true); otherwise the folded form is appended to f.buf and fold
// returns ok false.
func (f *folder) fold(s string) (string, bool) {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s, true
		}
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			f.buf = append(f.buf, c)
		}
		return "", false
	}
	// Latin letters fold letter by letter through a table.
	n0 := len(f.buf)
	for _, r := range s {
		if isIdeograph(r) {
			f.buf = utf8.AppendRune(f.buf, r) // no case, no accents
			continue
		}
		if r >= latinFoldMax {
			f.buf = append(f.buf[:n0], f.foldString(s)...)
			return "", false
		}
		f.buf = append(f.buf, latinFold[r]...)
	}
	return "", false
}

// latinFoldMax bounds the runes that latinFold covers: Basic Latin, Latin-1
// and Latin Extended-A and -B.
const latinFoldMax = 0x250

// latinFold holds the folded form of every rune below latinFoldMax, computed
// by the same rules as foldString ("Ë" -> "e", "ß" -> "ss").
var latinFold = func() (t [latinFoldMax]string) {
	f := &folder{caser: cases.Fold()}
	for r := rune(0); r < latinFoldMax; r++ {
		t[r] = f.foldString(string(r))
	}
	return t
}()

// foldString folds a word with non-ASCII letters: NFD, marks dropped, a few
// letters without a decomposition spelled out, then Unicode case folding.
func (f *folder) foldString(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ø', 'Ø':
			r = 'o'
		case 'ł', 'Ł':
			r = 'l'
		case 'đ', 'Đ':
			r = 'd'
		case 'ı':
			r = 'i'
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		case 'œ', 'Œ':
			b.WriteString("oe")
			continue
		}
		b.WriteRune(r)
	}
	f.caser.Reset()
	return f.caser.String(b.String())
}

// isWordRune reports whether r belongs inside a word token.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// isIdeograph reports whether r belongs to a script written without spaces
// between words (Chinese, Japanese kana): each such character is a token of
// its own, so that names are found inside runs of them.
func isIdeograph(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r))
}

// isHyphen reports whether r is a hyphen or a dash that joins compounds and
// names ("e-2008", "e – 2008", "Jean‐Philippe").
func isHyphen(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\u00AD':
		return true
	}
	return false
}

// punctFold gives the folded form of a punctuation rune s: typographic
// apostrophes fold to "'" so that "Stellantis’" and "l’Automobile" match.
func punctFold(r rune, s string) string {
	switch r {
	case '\u2019', '\u2018', '\u02BC', '`', '\u00B4':
		return "'"
	}
	return s
}

// tokenize appends the tokens of src[start:end] to toks; their folded forms
// become readable once finish has been called. The first token is
// marked as following a newline, so that no name is matched across the gap
// between two segments. Invalid UTF-8 bytes count as spaces.
func tokenize(src string, start, end int, f *folder, toks []token) []token {
	pendingSpace, pendingNL := true, true
	if f.buf == nil {
		f.buf = make([]byte, 0, (end-start)/4+16)
	}
	i := start
	for i < end {
		var r rune
		var size int
		if c := src[i]; c < utf8.RuneSelf {
			r, size = rune(c), 1
			switch c {
			case ' ', '\t', '\v', '\f':
				i++
				pendingSpace = true
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(src[i:end])
		}
		switch {
		case r == utf8.RuneError && size <= 1:
			i++
			pendingSpace = true
			continue
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			i += size
			pendingSpace, pendingNL = true, true
			continue
		case r >= utf8.RuneSelf && (unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) && r != '\u00AD'):
			i += size
			pendingSpace = true
			continue
		}
		t := token{start: int32(i), glued: !pendingSpace, newline: pendingNL}
		pendingSpace, pendingNL = false, false
		if isWordRune(r) {
			j := i + size
			digits := unicode.IsDigit(r)
			for j < end && !isIdeograph(r) {
				if c := src[j]; c < utf8.RuneSelf {
					// ASCII: no decoding.
					switch {
					case '0' <= c && c <= '9':
						j++
						continue
					case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
						digits = false
						j++
						continue
					}
					break
				}
				r2, s2 := utf8.DecodeRuneInString(src[j:end])
				if r2 == utf8.RuneError && s2 <= 1 || !isWordRune(r2) || isIdeograph(r2) {
					break
				}
				if !unicode.IsDigit(r2) {
					digits = false
				}
				j += s2
			}
			t.end = int32(j)
			w := src[i:j]
			off := len(f.buf)
			if _, ok := f.fold(w); ok {
				t.fa, t.fb = t.start, t.end
			} else {
				t.fa, t.fb, t.inArena = int32(off), int32(len(f.buf)), true
			}
			if digits {
				t.kind = tkNum
			} else {
				t.kind = tkWord
				t.upper = unicode.IsUpper(r)
				t.lower = unicode.IsLower(r)
				t.allCaps = t.upper && isAllCaps(w)
			}
			i = j
		} else {
			t.end = int32(i + size)
			t.fa, t.fb = t.start, t.end
			if isHyphen(r) {
				t.kind = tkHyphen
				if r != '-' {
					t.fa, t.fb, t.inArena = int32(len(f.buf)), int32(len(f.buf)+1), true
					f.buf = append(f.buf, '-')
				}
			} else {
				t.kind = tkPunct
				if p := punctFold(r, ""); p == "'" && r != '\'' {
					t.fa, t.fb, t.inArena = int32(len(f.buf)), int32(len(f.buf)+1), true
					f.buf = append(f.buf, '\'')
				}
			}
			i += size
		}
		toks = append(toks, t)
	}
	return toks
}

// finish returns the text the tokens' folded forms point into: src
// followed by the folder's buffer, with the tokens' offsets into the buffer
// moved accordingly. Call it once, after the last tokenize call over src.
// Spans of src are spans of the text as well.
func finish(src string, f *folder, toks []token) string {
	if len(f.buf) == 0 {
		return src
	}
	text := src + string(f.buf)
	n := int32(len(src))
	for k := range toks {
		if tk := &toks[k]; tk.inArena {
			tk.fa += n
			tk.fb += n
			tk.inArena = false
		}
	}
	f.buf = f.buf[:0]
	return text
}

// isAllCaps reports whether w has at least two letters and no lower-case
// letter.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
