// Package stopwords holds the stop lists of the languages that parse
// detects, generated from the stopwords-iso collection (see tables.go),
// and measures how much of a text is made of them: the stop-word density
// that jusText-style boilerplate classifiers use to tell running text from
// page furniture, in any language, without knowing which.
package stopwords

//go:generate go run gen.go

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A mask has one bit per language of codes.
type mask uint64

// tables are the stop words of every language as bit masks, built on
// first use and read-only after.
type tables struct {
	words map[string]mask // lower-cased words
	runes map[rune]mask   // one-rune entries of the Han and kana lists
}

var load = sync.OnceValue(func() *tables {
	t := &tables{words: make(map[string]mask, 16000), runes: make(map[rune]mask, 512)}
	for i, list := range lists {
		bit := mask(1) << i
		for w := range strings.FieldsSeq(list) {
			if r, n := utf8.DecodeRuneInString(w); n == len(w) && hanOrKana(r) {
				t.runes[r] |= bit
				continue
			}
			t.words[w] |= bit
		}
	}
	return t
})

// Languages returns the ISO 639-1 codes of the languages with a stop list.
func Languages() []string {
	var out []string
	for i, c := range codes {
		if lists[i] != "" {
			out = append(out, c)
		}
	}
	return out
}

// IsStop reports whether word, in any case, is a stop word of language
// code (ISO 639-1).
func IsStop(word, code string) bool {
	for i, c := range codes {
		if c == code {
			return load().words[strings.ToLower(word)]&(1<<i) != 0
		}
	}
	return false
}

// A Measure is what Density found in a text.
type Measure struct {
	// Words is the number of words: runs of letters and digits, and each
	// Han or kana character on its own.
	Words int
	// Stop is the number of those words that are stop words of Lang.
	Stop int
	// Lang is the ISO 639-1 code of the language whose stop words cover
	// most words, or "" when none does.
	Lang string
}

// Share returns Stop/Words, or 0 for a text without words.
func (m Measure) Share() float64 {
	if m.Words == 0 {
		return 0
	}
	return float64(m.Stop) / float64(m.Words)
}

// maxWordBytes is the longest word looked up; longer ones are no stop
// words in any list.
const maxWordBytes = 48

// Density counts the words of t and the stop words among them of the
// language whose list covers most of them. It allocates nothing.
func Density(t string) Measure {
	tb := load()
	var counts [len(codes)]int
	var m Measure
	var buf [maxWordBytes]byte
	n := 0 // bytes of the current word in buf
	long := false
	flush := func() {
		if n > 0 || long {
			m.Words++
			if !long {
				bits := tb.words[string(buf[:n])]
				for bits != 0 {
					i := trailingZeros(bits)
					counts[i]++
					bits &= bits - 1
				}
			}
		}
		n, long = 0, false
	}
	for i, r := range t {
		switch {
		case hanOrKana(r):
			flush()
			m.Words++
			bits := tb.runes[r]
			for bits != 0 {
				i := trailingZeros(bits)
				counts[i]++
				bits &= bits - 1
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			r = unicode.ToLower(r)
			if !long && n+utf8.RuneLen(r) <= maxWordBytes {
				n += utf8.EncodeRune(buf[n:], r)
			} else {
				long = true
			}
		case (r == '\'' || r == '’' || r == '-') && n > 0 && i+1 < len(t):
			// inside a word ("l'usine", "don't", "joint-venture")
			if r == '’' {
				r = '\''
			}
			if !long && n+1 <= maxWordBytes {
				n += utf8.EncodeRune(buf[n:], r)
			}
		default:
			flush()
		}
	}
	flush()
	best := -1
	for i, c := range counts {
		if c > 0 && (best < 0 || c > counts[best]) {
			best = i
		}
	}
	if best >= 0 {
		m.Stop, m.Lang = counts[best], codes[best]
	}
	return m
}

func trailingZeros(x mask) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// hanOrKana reports whether r is a Han ideograph or a kana, which Chinese
// and Japanese write without spaces between words.
func hanOrKana(r rune) bool {
	if r < 0x3040 { // below Hiragana: neither Han nor kana
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}
