package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A line is one line of the input: the byte range of its content with
// surrounding space (including NBSP, zero-width characters, a BOM and the
// '\r' of a CRLF) trimmed. A blank line has s == e.
type line struct {
	s, e int
}

func (l line) blank() bool { return l.s == l.e }

// gapSplitMin is the length in bytes from which a line is taken for
// several lines run together, split at its wide gaps (see splitGaps).
const gapSplitMin = 160

// splitLines returns the lines of src, each trimmed. Lines end at "\n",
// "\r\n", U+0085, U+2028 and U+2029, and at a lone "\r" in a text that has
// no "\n" (old Mac files, some CMS exports); elsewhere a lone "\r" is
// space. A long line is further split at wide gaps (see splitGaps),
// so that text whose line ends were lost in copying still shows its
// header and paragraphs.
func splitLines(src string) []line {
	lines := make([]line, 0, strings.Count(src, "\n")+1)
	crEnds := strings.IndexByte(src, '\n') < 0
	start := 0
	for start <= len(src) {
		end, next := lineEnd(src, start, crEnds)
		s, e := trimSpan(src, start, end)
		if e-s >= gapSplitMin && hasGap(src[s:e]) {
			lines = splitGaps(src, s, e, lines)
		} else {
			lines = append(lines, line{s, e})
		}
		start = next
	}
	return lines
}

// lineEnd returns the end of the line that starts at byte start of src and
// the start of the next one (len(src)+1 after the last line); a lone '\r'
// ends a line when crEnds is set.
func lineEnd(src string, start int, crEnds bool) (end, next int) {
	for i := start; i < len(src); i++ {
		switch c := src[i]; c {
		case '\n':
			return i, i + 1
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				return i, i + 2
			}
			if crEnds {
				return i, i + 1
			}
		case 0xC2: // U+0085 NEXT LINE is C2 85
			if i+1 < len(src) && src[i+1] == 0x85 {
				return i, i + 2
			}
		case 0xE2: // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
			if i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9) {
				return i, i + 3
			}
		}
	}
	return len(src), len(src) + 1
}

// hasGap reports whether t may hold a wide gap: a tab or two spaces of
// any kind in a row (checked quickly, before splitGaps looks closer).
func hasGap(t string) bool {
	return strings.Contains(t, "  ") || strings.IndexByte(t, '\t') >= 0 ||
		strings.Contains(t, "\u00a0") || strings.Contains(t, "\u3000") || strings.Contains(t, "\u2009")
}

// splitGaps appends to lines the parts of the line [s, e) of src that are
// separated by wide gaps: a tab, or two or more spaces after a word that
// ends no sentence ("Categories: News  Stellantis cuts prices  Stellantis
// sold ..."), which is what a header and paragraphs become when their line
// ends are replaced by spaces. Two spaces after a full stop, a typist's
// habit inside paragraphs, do not split.
func splitGaps(src string, s, e int, lines []line) []line {
	from := s
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(src[i:e])
		if !isSpace(r) {
			i += n
			continue
		}
		j, tab, k := i, false, 0
		for j < e {
			c, w := utf8.DecodeRuneInString(src[j:e])
			if !isSpace(c) {
				break
			}
			tab = tab || c == '\t'
			j += w
			k++
		}
		if tab || k >= 2 && !endsSentence(src[from:i]) {
			if ps, pe := trimSpan(src, from, i); ps < pe {
				lines = append(lines, line{ps, pe})
			}
			from = j
		}
		i = j
	}
	if ps, pe := trimSpan(src, from, e); ps < pe {
		lines = append(lines, line{ps, pe})
	}
	return lines
}

// isSpace reports whether r counts as space for trimming: Unicode white
// space (which includes NBSP) and the zero-width characters that web text
// carries (ZWSP, ZWNJ, ZWJ, word joiner, BOM).
func isSpace(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return unicode.IsSpace(r)
}

// trimSpan returns [s, e) with space trimmed from both ends of src[s:e].
func trimSpan(src string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(src[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(src[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func trimText(t string) string {
	s, e := trimSpan(t, 0, len(t))
	return t[s:e]
}

// isCJK reports whether r is a Han, kana or Hangul character, which carry a
// word's worth of information each.
func isCJK(r rune) bool {
	if r < 0x1100 { // below Hangul Jamo: no CJK script
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// textStats counts the runes, words and letters of t. CJK characters count
// as three letters and as one word each.
type textStats struct {
	runes, words, letters, cjk, spaces int
}

func stats(t string) textStats {
	var st textStats
	inWord := false
	for _, r := range t {
		st.runes++
		switch {
		case isCJK(r):
			st.cjk++
			st.letters += 3
			st.words++
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsLetter(r) {
				st.letters++
			}
			if !inWord {
				st.words++
				inWord = true
			}
		case r == '-' || r == '\'' || r == '’':
			// inside a word
		default:
			if isSpace(r) {
				st.spaces++
			}
			inWord = false
		}
	}
	return st
}

// lastRune returns the last rune of t after closing quotes and brackets.
func lastRune(t string) rune {
	for len(t) > 0 {
		r, n := utf8.DecodeLastRuneInString(t)
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']', '」', '』', '》', '）':
			t = t[:len(t)-n]
			continue
		}
		return r
	}
	return 0
}

// endsSentence reports whether t ends like a sentence.
func endsSentence(t string) bool {
	switch lastRune(t) {
	case '.', '!', '?', '。', '！', '？':
		return true
	}
	return false
}

// endsEllipsis reports whether t ends with "…" or "...", as teasers do.
func endsEllipsis(t string) bool {
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")
}

// sentenceBreaks counts the places inside t where one sentence ends and
// another begins: '.', '!', '?' or '…' followed by space and an upper-case
// letter, or CJK full stops followed by more text. A period after a short
// or all-capital word ("Dr.", "ID.") is not counted.
func sentenceBreaks(t string) int {
	n := 0
	for i, r := range t {
		switch r {
		case '.', '!', '?', '…':
		case '。', '！', '？':
			if strings.TrimSpace(t[i+utf8.RuneLen(r):]) != "" {
				n++
			}
			continue
		default:
			continue
		}
		rest := t[i+utf8.RuneLen(r):]
		j := 0
		for j < len(rest) {
			c, w := utf8.DecodeRuneInString(rest[j:])
			if !isSpace(c) {
				break
			}
			j += w
		}
		if j == 0 || j == len(rest) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(rest[j:])
		if !unicode.IsUpper(next) && next != '"' && next != '“' && next != '«' {
			continue
		}
		if r == '.' && abbreviation(t[:i]) {
			continue
		}
		n++
	}
	return n
}

// abbreviation reports whether the word that ends t is short or all
// capitals, so that a period after it probably does not end a sentence.
func abbreviation(t string) bool {
	letters, lower := 0, 0
	for len(t) > 0 {
		r, n := utf8.DecodeLastRuneInString(t)
		if !unicode.IsLetter(r) {
			break
		}
		letters++
		if unicode.IsLower(r) {
			lower++
		}
		t = t[:len(t)-n]
	}
	return letters < 3 || lower == 0
}

// cutBullet returns t without a leading list bullet, and whether it had one.
func cutBullet(t string) (string, bool) {
	r, n := utf8.DecodeRuneInString(t)
	switch r {
	case '•', '·', '*', '-', '–', '—', '▶', '►', '▸', '→', '>', '»', '■', '◆', '●', '○':
		rest := trimText(t[n:])
		if rest == "" || len(rest) == len(t)-n && r == '-' {
			return t, false // "-" glued to a word is a hyphen, not a bullet
		}
		return rest, true
	}
	return t, false
}

// lowerKey returns the lower-case form of a short line used to look it up
// in the marker tables: bullets, trailing colons, ellipses and space cut,
// or "" when t is too long to be a heading.
func lowerKey(t string) string {
	if len(t) > 80 {
		return ""
	}
	t, _ = cutBullet(t)
	for {
		u := strings.TrimRight(t, " \t:：.…>»|-–")
		u = trimText(u)
		if u == t {
			break
		}
		t = u
	}
	return strings.ToLower(t)
}
