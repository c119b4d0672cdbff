package figures

import (
	"unicode"
	"unicode/utf8"
)

// tkind is the kind of a token.
type tkind uint8

const (
	tWord  tkind = iota + 1 // a run of letters, or one Han character or Hangul syllable
	tNum                    // a run of digits with grouping and decimal separators
	tPunct                  // any other single rune
)

// A token is a piece of the scanned text. start and end are byte offsets
// into the source; fs and fe index the folded form in the scanner's arena
// (words and punctuation only).
type token struct {
	start, end int32
	fs, fe     int32
	hash       uint32 // wordHash of the folded text
	kind       tkind
	sp         bool // whitespace before the token
	nl         bool // a line break before the token
}

// foldTable maps the accented Latin letters that the supported languages
// use to their base letters, so that the lexicons match "véhicules" and
// "vehicules", "dreißig" and "dreissig".
var foldTable = func() map[rune]string {
	m := map[rune]string{}
	for base, accented := range map[string]string{
		"a": "àáâãäåāą", "c": "çćč", "e": "èéêëēėęě", "i": "ìíîïī", "n": "ñńň",
		"o": "òóôõöøō", "u": "ùúûüūů", "y": "ýÿ", "l": "ł", "s": "śšș", "z": "źżž",
		"r": "ř", "t": "ț", "d": "ď", "ss": "ß", "ae": "æ", "oe": "œ",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

// isSpace reports whether r separates tokens: Unicode white space, which
// includes NBSP (U+00A0), narrow NBSP (U+202F) and thin space (U+2009).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// groupSpace returns the byte length of a space that may group thousands
// at src[i] ("1 234", "1\u00a0234", "1\u202f234"), or 0.
func groupSpace(src string, i int, plain bool) int {
	if i >= len(src) {
		return 0
	}
	switch {
	case src[i] == ' ' && plain:
		return 1
	case src[i] == 0xC2 && i+1 < len(src) && src[i+1] == 0xA0:
		return 2
	case src[i] == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xAF || src[i+2] == 0x89):
		return 3
	}
	return 0
}

// threeDigits reports whether src[i:] starts with exactly three digits.
func threeDigits(src string, i, end int) bool {
	return i+3 <= end && isDigit(src[i]) && isDigit(src[i+1]) && isDigit(src[i+2]) &&
		(i+3 == end || !isDigit(src[i+3]))
}

// scanNumber returns the end of the number that starts at src[i] (a digit,
// or a '.' before a digit): digits joined by '.', ',' and, before groups
// of exactly three digits, apostrophes and spaces (plain spaces only when
// plainSpace is set). Which separator is the decimal one is decided later
// by parseNumber. The scan is linear in the length of the number.
func scanNumber(src string, i, end int, plainSpace bool) int {
	j := i
	group := 0 // digits in the current group
	seenPoint := false
	for j < end {
		c := src[j]
		if isDigit(c) {
			j++
			group++
			continue
		}
		if (c == '.' || c == ',') && j+1 < end && isDigit(src[j+1]) {
			seenPoint = true
			j++
			group = 0
			continue
		}
		if group > 0 && group <= 3 && !seenPoint {
			if c == '\'' && threeDigits(src, j+1, end) {
				j++
				group = 0
				continue
			}
			if c == 0xE2 && j+2 < end && src[j+1] == 0x80 && src[j+2] == 0x99 && threeDigits(src, j+3, end) {
				j += 3
				group = 0
				continue
			}
			if n := groupSpace(src, j, plainSpace); n > 0 && threeDigits(src, j+n, end) {
				j += n
				group = 0
				continue
			}
		}
		break
	}
	return j
}

// isWideDigit reports whether src[i:] starts with a full-width digit
// (U+FF10 to U+FF19), as Japanese and Chinese text writes "２７％".
func isWideDigit(src string, i, end int) bool {
	return i+2 < end && src[i] == 0xEF && src[i+1] == 0xBC && src[i+2] >= 0x90 && src[i+2] <= 0x99
}

// scanWide reads a number written in full-width digits at src[i] and
// appends its ASCII form to arena: the digits, and as separators between
// digits the full-width full stop and comma and the Japanese middle dot
// ("２７・５％" is 27.5%). It returns the arena and the end of the number.
func scanWide(src string, i, end int, arena []byte) ([]byte, int) {
	j := i
	for j < end {
		if isWideDigit(src, j, end) {
			arena = append(arena, '0'+src[j+2]-0x90)
			j += 3
			continue
		}
		if j+2 < end && j > i {
			var sep byte
			switch src[j : j+3] {
			case "\uff0e":
				sep = '.'
			case "\uff0c":
				sep = ','
			case "\u30fb":
				sep = '.'
			}
			if sep != 0 && isWideDigit(src, j+3, end) {
				arena = append(arena, sep)
				j += 3
				continue
			}
		}
		break
	}
	return arena, j
}

// tokenize splits src[start:end] into tokens, appending folded words and
// punctuation to arena. It is linear in the length of the text.
func tokenize(src string, start, end int, plainSpace bool, toks []token, arena []byte) ([]token, []byte) {
	sp, nl := true, false
	for i := start; i < end; {
		c := src[i]
		if c == ' ' {
			sp = true
			i++
			continue
		}
		if c < utf8.RuneSelf && isDigit(c) || c == '.' && i+1 < end && isDigit(src[i+1]) && (i == start || !isDigit(src[i-1])) {
			j := scanNumber(src, i, end, plainSpace)
			if c == '.' && j == i+1 {
				j = i + 1
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: tNum, sp: sp, nl: nl})
			sp, nl = false, false
			i = j
			continue
		}
		if c == 0xEF && isWideDigit(src, i, end) {
			fs := len(arena)
			var j int
			arena, j = scanWide(src, i, end, arena)
			toks = append(toks, token{start: int32(i), end: int32(j), fs: int32(fs), fe: int32(len(arena)), kind: tNum, sp: sp, nl: nl})
			sp, nl = false, false
			i = j
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(src[i:end])
		}
		if isSpace(r) {
			sp = true
			if r == '\n' {
				nl = true
			}
			i += size
			continue
		}
		fs := len(arena)
		if isLetter(r) {
			j := i
			if r >= 0x2E80 && (unicode.Is(unicode.Han, r) || isSyllable(r)) {
				arena = appendFold(arena, r)
				j += size
			} else {
				for j < end {
					c2 := src[j]
					if c2 < utf8.RuneSelf {
						if l := c2 | 0x20; 'a' <= l && l <= 'z' {
							arena = append(arena, l)
							j++
							for j < end {
								if l := src[j] | 0x20; 'a' <= l && l <= 'z' && src[j] < utf8.RuneSelf {
									arena = append(arena, l)
									j++
									continue
								}
								break
							}
							continue
						}
						break
					}
					r2, s2 := utf8.DecodeRuneInString(src[j:end])
					if !(unicode.IsLetter(r2) || unicode.IsMark(r2)) || r2 >= 0x2E80 && (unicode.Is(unicode.Han, r2) || isSyllable(r2)) {
						break
					}
					arena = appendFold(arena, r2)
					j += s2
				}
			}
			toks = append(toks, token{start: int32(i), end: int32(j), fs: int32(fs), fe: int32(len(arena)),
				hash: wordHash(arena[fs:]), kind: tWord, sp: sp, nl: nl})
			sp, nl = false, false
			i = j
			continue
		}
		switch r {
		case '\u2019', '\u2018', '`', '\u00b4', '\u02bc':
			r = '\''
		case '\u2013', '\u2212', '\u2010', '\u2011':
			r = '-'
		case '\uff05':
			r = '%'
		}
		if r == utf8.RuneError {
			arena = append(arena, '?')
		} else {
			arena = utf8.AppendRune(arena, r)
		}
		toks = append(toks, token{start: int32(i), end: int32(i + size), fs: int32(fs), fe: int32(len(arena)),
			hash: wordHash(arena[fs:]), kind: tPunct, sp: sp, nl: nl})
		sp, nl = false, false
		i += size
	}
	return toks, arena
}

// appendFold appends r lower-cased and without accents.
func appendFold(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	r = unicode.ToLower(r)
	if unicode.IsMark(r) {
		return b
	}
	if s, ok := foldTable[r]; ok {
		return append(b, s...)
	}
	return utf8.AppendRune(b, r)
}

// isSyllable reports whether r is a precomposed Hangul syllable, which the
// tokenizer makes a token of its own, as it does a Han character.
func isSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// isLetter reports whether r starts a word.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		l := r | 0x20
		return 'a' <= l && l <= 'z'
	}
	return unicode.IsLetter(r)
}

// wordHash is the FNV-1a hash of a folded token. The lexicons keep a bit
// set of the hashes of their words, so that most words of a text are
// known not to be in the lexicon without a map lookup.
func wordHash[S ~string | ~[]byte](b S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(b); i++ {
		h ^= uint32(b[i])
		h *= 16777619
	}
	return h
}
