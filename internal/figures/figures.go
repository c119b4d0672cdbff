package figures

import (
	"iter"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/currency"

	"github.com/autonews/autonews/entity"
)

// An Extractor finds money, percent and quantity figures in text. It is
// built once by [New], is immutable, and is safe for concurrent use by
// multiple goroutines. The zero Extractor (and a nil *Extractor) works
// like the one New returns.
type Extractor struct {
	langs map[string]*lexicon
	und   *lexicon
	// scratch pools the per-call buffers (*scratch); the figures returned
	// never point into them.
	scratch *sync.Pool
}

// scratch holds the buffers of one Extract call.
type scratch struct {
	toks  []token
	arena []byte
	cache []int32
}

// maxPooled is the largest buffer capacity kept for reuse, in tokens.
const maxPooled = 1 << 16

// Languages returns the ISO 639-1 codes that have their own lexicon, in a
// new slice. Other codes fall back to English.
func Languages() []string {
	return []string{"en", "nl", "de", "fr", "it", "es", "pt", "zh", "ja", "ko", "sv", "pl", "cs", "tr"}
}

//go:generate go run gen_cldr.go

// lexicons builds the built-in lexicons once. The tables are constants of
// this package, and TestLexicons keeps them valid.
var lexicons = sync.OnceValues(func() (map[string]*lexicon, error) {
	type spec struct {
		lang         string
		table        string
		commaDecimal bool
	}
	m := map[string]*lexicon{}
	for _, sp := range []spec{
		{"en", enLex, false}, {"zh", enLex + zhLex, false}, {"nl", nlLex, true}, {"de", deLex, true},
		{"fr", frLex, true}, {"it", itLex, true}, {"es", esLex, true}, {"pt", ptLex, true},
		{"sv", svLex, true}, {"pl", plLex, true}, {"cs", csLex, true}, {"tr", trLex, true},
		{"ja", enLex + jaLex, false}, {"ko", enLex + koLex, false},
	} {
		// The hand-written table first: where it and CLDR name the same
		// phrase, its reading wins.
		lx, err := buildLexicon(sharedLex, sp.table, cldrLex[sp.lang])
		if err != nil {
			return nil, err
		}
		lx.commaDecimal = sp.commaDecimal
		lx.plainSpace = true
		lx.yenCNY = sp.lang == "zh"
		lx.nounCaps = sp.lang == "de"
		lx.caseSuffix = sp.lang == "tr"
		lx.needSingle = sp.lang == "en" || sp.lang == "pl" || sp.lang == "cs"
		lx.hanWords = sp.lang == "zh"
		lx.commaGroups = sp.lang == "es"
		m[sp.lang] = lx
	}
	return m, nil
})

// New returns an Extractor with the built-in lexicons of [Languages]. The
// lexicons are built on the first call and shared by all Extractors.
func New() *Extractor {
	m, err := lexicons()
	if err != nil {
		// The tables are compiled in; TestLexicons fails on any error.
		panic(err)
	}
	return &Extractor{langs: m, und: m["en"], scratch: &sync.Pool{New: func() any { return new(scratch) }}}
}

// defaultExtractor serves the zero Extractor.
var defaultExtractor = sync.OnceValue(New)

// lexicon returns the lexicon for an ISO 639-1 code or a BCP 47 tag such
// as "pt-BR"; unknown codes, "und" and "" get English.
func (x *Extractor) lexicon(lang string) *lexicon {
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	if len(lang) == 2 {
		var b [2]byte
		for i := range 2 {
			c := lang[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if lx, ok := x.langs[string(b[:])]; ok {
			return lx
		}
	}
	return x.und
}

// Extract returns the figures found in src[within.Start:within.End], sorted
// by Start and not overlapping. Spans are byte offsets into src, and each
// figure's Text equals src[Start:End] and includes its qualifier ("more than
// 30 percent") or range words ("between 2 and 3 billion euros").
//
// lang is an ISO 639-1 code (one of [Languages]: "en", "nl", "de", "fr",
// ...) or a BCP 47 tag that starts with one ("pt-BR"). It decides the
// number words, scale words, currency names, units and qualifiers, and how
// an ambiguous "1.500" or "1,500" reads. Unknown codes, "und" and "" fall
// back to English, so that symbols ("€", "$", "%"), ISO 4217 codes and
// unit symbols are found in any text and "1,500" reads as 1500.
//
// A within span outside src is clipped to it, and its ends are moved inward
// to rune boundaries. Plain numbers without a currency, percent sign or unit
// are not figures, nor are years, dates, times, model names ("e-2008", "C10")
// and ordinals. Numbers with more than 18 significant digits, and figures
// whose whole part does not fit int64, are skipped.
func (x *Extractor) Extract(src string, within entity.Span, lang string) []entity.Figure {
	var out []entity.Figure
	if s, e := max(within.Start, 0), min(within.End, len(src)); s < e {
		if n := countNums(src[s:e]); n > 0 {
			out = make([]entity.Figure, 0, n/2+1)
		}
	}
	for f := range x.All(src, within, lang) {
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// All returns an iterator over the figures that [Extractor.Extract]
// returns, in the same order. Figures are found as the iteration asks for
// them: a caller that stops early (at a cap on the number of figures)
// keeps no list of its own and saves the work of finding the rest.
func (x *Extractor) All(src string, within entity.Span, lang string) iter.Seq[entity.Figure] {
	return func(yield func(entity.Figure) bool) {
		x.extract(src, within, lang, yield)
	}
}

// extract finds the figures of Extract and passes them to yield, in order,
// until yield returns false.
func (x *Extractor) extract(src string, within entity.Span, lang string, yield func(entity.Figure) bool) {
	if x == nil || x.langs == nil {
		x = defaultExtractor() // the zero Extractor works like New()
	}
	start, end := max(within.Start, 0), min(within.End, len(src))
	for start < end && !utf8.RuneStart(src[start]) {
		start++
	}
	for end > start && end < len(src) && !utf8.RuneStart(src[end]) {
		end--
	}
	if start >= end {
		return
	}
	lx := x.lexicon(lang)
	// A body longer than a window is read one window at a time, each cut
	// at a line break where it has one (see windowEnd), so that the token
	// list of text made of nothing but figures stays small.
	for start < end {
		wend := windowEnd(src, start, end)
		if !x.extractWindow(src, start, wend, lx, yield) {
			return
		}
		start = wend
	}
}

// window is the most bytes of text that extract tokenizes at once. Real
// article bodies are shorter, so for them nothing is cut.
const window = 256 << 10

// windowEnd returns where the window that starts at start ends: at end
// when that is within a window, else just after the last line break of
// the window, or after its last white space when it has no line break,
// or at the last rune boundary. A figure never spans a line break; one
// line longer than a window (no real article has one) may lose the
// figure that straddles the cut.
func windowEnd(src string, start, end int) int {
	if end-start <= window {
		return end
	}
	w := start + window
	if i := strings.LastIndexByte(src[start:w], '\n'); i > 0 {
		return start + i + 1
	}
	if i := strings.LastIndexAny(src[start+window/2:w], " \t"); i >= 0 {
		return start + window/2 + i + 1
	}
	for w > start+1 && !utf8.RuneStart(src[w]) {
		w--
	}
	return w
}

// countNums returns about how many number tokens text holds: the runs of
// ASCII digits. It sizes Extract's result.
func countNums(text string) int {
	n, in := 0, false
	for i := 0; i < len(text); i++ {
		d := text[i] >= '0' && text[i] <= '9'
		if d && !in {
			n++
		}
		in = d
	}
	return n
}

// extractWindow finds the figures of src[start:end] and passes them to
// yield; it returns false when yield did.
func (x *Extractor) extractWindow(src string, start, end int, lx *lexicon, yield func(entity.Figure) bool) bool {
	n := end - start
	sc := x.scratch.Get().(*scratch)
	if cap(sc.arena) < n {
		sc.arena = make([]byte, 0, n+16)
	}
	toks, arena := tokenize(src, start, end, lx.plainSpace, sc.toks[:0], sc.arena[:0])
	if cap(sc.cache) < len(toks) {
		sc.cache = make([]int32, len(toks), cap(toks))
	}
	cache := sc.cache[:len(toks)]
	clear(cache)
	// The arena is not changed while the scanner reads it as a string, and
	// no string from it outlives this call.
	s := scanner{src: src, lx: lx, toks: toks, fold: unsafe.String(unsafe.SliceData(arena), len(arena)), cache: cache}
	defer func() {
		if cap(toks) <= maxPooled {
			sc.toks, sc.arena, sc.cache = toks[:0], arena[:0], cache[:0]
			x.scratch.Put(sc)
		}
	}()
	if lx.caseSuffix {
		s.stemCases()
	}
	floor := 0
	for i := 0; i < len(toks); {
		if !s.mayStart(i) {
			i++
			continue
		}
		if f, next, ok := s.figure(i, floor); ok {
			if !yield(f) {
				return false
			}
			i, floor = next, next
			continue
		}
		i++
	}
	return true
}

// caseEndings are the Turkish case, possessive, plural and "-lık" endings
// as the tokenizer folds them (ü to u, ö to o), with their buffer letters,
// longest first: what a currency, scale or unit word takes when it is
// written without an apostrophe ("doların", "dolara", "lirasına",
// "milyarlık").
var caseEndings = []string{
	"ndan", "nden", "nin", "nın", "nun", "dan", "den", "tan", "ten", "nda", "nde", "yla", "yle",
	"lık", "lik", "luk", "lar", "ler", "da", "de", "ta", "te", "na", "ne", "ya", "ye", "la", "le",
	"yı", "yi", "yu", "sı", "si", "su", "ın", "in", "un", "nı", "ni", "nu", "ı", "i", "u", "a", "e",
}

// stemCases points the folded form of each word the lexicon does not know
// at its stem, when taking one or two case endings off it leaves a
// currency, scale or unit word of the lexicon: "doların" reads as "dolar".
// The token's span still covers the whole word.
func (s *scanner) stemCases() {
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tWord || t.fe-t.fs < 4 || s.info(i) != noInfo {
			continue
		}
		if n := s.stem(s.fold[t.fs:t.fe], 2); n > 0 {
			t.fe = t.fs + int32(n)
			t.hash = wordHash(s.fold[t.fs:t.fe])
			s.cache[i] = 0
		}
	}
}

// stem returns the length of the stem of w that is a currency, scale or
// unit word, after at most depth endings, or 0.
func (s *scanner) stem(w string, depth int) int {
	for _, e := range caseEndings {
		if len(w)-len(e) < 3 || w[len(w)-len(e):] != e {
			continue
		}
		st := w[:len(w)-len(e)]
		if k, ok := s.lx.info[st]; ok {
			for _, en := range s.lx.words[k].first {
				switch en.kind {
				case kCur, kScale, kUnit, kSym:
					return len(st)
				}
			}
		}
		if depth > 1 {
			if n := s.stem(st, depth-1); n > 0 {
				return n
			}
		}
	}
	return 0
}

// A scanner holds the state of one Extract call.
type scanner struct {
	src   string
	lx    *lexicon
	toks  []token
	fold  string  // the folded words and punctuation the tokens point into
	cache []int32 // per token: 0 not looked up, 1 unknown, k+2 lexicon word k
}

// noInfo stands for a token the lexicon does not know.
var noInfo = &winfo{}

// mayStart reports whether a figure may start at token i: a number, a
// currency symbol or code, or a number word.
func (s *scanner) mayStart(i int) bool {
	t := &s.toks[i]
	if t.kind == tNum {
		return true
	}
	if s.info(i).start {
		return true
	}
	if t.kind != tWord {
		return false
	}
	if t.end-t.start == 3 && s.iso(i) != "" {
		return true
	}
	return s.lx.maybeCompound(s.f(i))
}

// info returns what the lexicon knows of token i.
func (s *scanner) info(i int) *winfo {
	switch c := s.cache[i]; c {
	case 0:
	case 1:
		return noInfo
	default:
		return s.lx.words[c-2]
	}
	w, c := noInfo, int32(1)
	if t := &s.toks[i]; t.kind != tNum {
		h := t.hash & (1<<16 - 1)
		if s.lx.known[h/64]&(1<<(h%64)) != 0 {
			if k, ok := s.lx.info[s.f(i)]; ok {
				w, c = s.lx.words[k], k+2
			}
		}
	}
	s.cache[i] = c
	return w
}

// num returns the digits of number token i as ASCII: the source text, or
// its ASCII form for a number in full-width digits.
func (s *scanner) num(i int) string {
	t := &s.toks[i]
	if t.fe > t.fs {
		return s.fold[t.fs:t.fe]
	}
	return s.src[t.start:t.end]
}

// f returns the folded text of token i: "" for a number in ASCII digits,
// the ASCII form of one in full-width digits.
func (s *scanner) f(i int) string {
	t := &s.toks[i]
	return s.fold[t.fs:t.fe]
}

func bit(k ekind) uint64 { return 1 << k }

// match returns the longest entry of a kind in mask that starts at token i,
// and the index after it.
func (s *scanner) match(i int, mask uint64) (*entry, int) {
	if i >= len(s.toks) || s.toks[i].kind == tNum {
		return nil, i
	}
	for _, e := range s.info(i).first {
		if mask&bit(e.kind) == 0 {
			continue
		}
		if end, ok := s.matchAt(e, i); ok {
			return e, end
		}
	}
	return nil, i
}

// matchAt reports whether e's tokens follow from token i on one line.
func (s *scanner) matchAt(e *entry, i int) (int, bool) {
	end := i + len(e.toks)
	if end > len(s.toks) {
		return 0, false
	}
	for k := 1; k < len(e.toks); k++ {
		t := &s.toks[i+k]
		if t.kind == tNum || t.nl || (e.glued[k] && t.sp) || s.f(i+k) != e.toks[k] {
			return 0, false
		}
	}
	// A word must not continue with an elided article ("l'80%" is not "l").
	if end < len(s.toks) && s.toks[end-1].kind == tWord && !s.toks[end].sp && s.f(end) == "'" && !s.lx.caseSuffix {
		return 0, false
	}
	return end, true
}

// back returns the longest entry of a kind in mask that ends just before
// token end and starts at or after floor, and its first token.
func (s *scanner) back(end, floor int, mask uint64) (*entry, int) {
	if end-1 < floor || end > len(s.toks) || s.toks[end-1].kind == tNum {
		return nil, end
	}
	if end < len(s.toks) && s.toks[end].nl {
		return nil, end
	}
	for _, e := range s.info(end - 1).last {
		if mask&bit(e.kind) == 0 {
			continue
		}
		st := end - len(e.toks)
		if st < floor {
			continue
		}
		if _, ok := s.matchAt(e, st); ok && s.f(st) == e.toks[0] && s.toks[st].kind != tNum {
			if e.kind == kQual && st > 0 && !s.toks[st].sp && s.toks[st-1].kind == tWord && !isHan(s, st) {
				continue // the qualifier is the tail of another word
			}
			return e, st
		}
	}
	return nil, end
}

// articleBack returns the index of an article just before token i ("il"
// in "circa il 20%"), or i.
func (s *scanner) articleBack(i, floor int) int {
	if e, st := s.back(i, floor, bit(kArticle)); e != nil {
		return st
	}
	return i
}

// skipArticle returns the index after an article at token i, when a number
// follows it, or i.
func (s *scanner) skipArticle(i int) int {
	if e, k := s.match(i, bit(kArticle)); e != nil && k < len(s.toks) && s.toks[k].kind != tPunct {
		return k
	}
	return i
}

// iso returns the ISO 4217 code written at token i ("EUR", "CHF"), or "".
func (s *scanner) iso(i int) string {
	if i >= len(s.toks) || s.toks[i].kind != tWord {
		return ""
	}
	t := s.toks[i]
	w := s.src[t.start:t.end]
	if len(w) != 3 || w[0] == 'X' {
		return ""
	}
	for k := range 3 {
		if w[k] < 'A' || w[k] > 'Z' {
			return ""
		}
	}
	switch w {
	case "ALL", "TOP", "CUP", "PEN", "GEL", "MOP", "BAM", "SOS", "BOB", "ANG", "CVE", "MAD", "CAR", "FIG":
		return ""
	}
	u, err := currency.ParseISO(w)
	if err != nil {
		return ""
	}
	return u.String()
}

// symCode returns the currency code of a symbol or name entry.
func (s *scanner) symCode(e *entry) string {
	if e.code == "JPY" && s.lx.yenCNY && len(e.toks) == 1 {
		return "CNY"
	}
	return e.code
}

// An amount is a number with its currency prefix and scale words.
type amount struct {
	start, end int // tokens
	d          dec
	cur        string // currency written before the number
	scaled     bool
	scaleExp   int // the power of ten the scale words added (digits only)
	words      bool
}

// unscaled returns the number before its scale words.
func (a *amount) unscaled() dec { return dec{m: a.d.m, e: a.d.e - a.scaleExp} }

// amount reads a number at token i: an optional currency symbol or code,
// digits or number words, and scale words.
func (s *scanner) amount(i int) (amount, bool) {
	a := amount{start: i}
	if i >= len(s.toks) {
		return a, false
	}
	j := i
	if e, k := s.match(i, bit(kSym)); e != nil {
		a.cur, j = s.symCode(e), k
	} else if code := s.iso(i); code != "" {
		a.cur, j = code, i+1
	}
	if a.cur != "" {
		if j >= len(s.toks) || s.toks[j].kind != tNum || s.toks[j].nl {
			return a, false
		}
		if i > 0 && !s.toks[i].sp && s.toks[i-1].kind != tPunct && !isHan(s, i-1) {
			return a, false // glued to a word or number before: "ID$5"
		}
	}
	t := &s.toks[j]
	switch t.kind {
	case tNum:
		if !s.numberOK(j, a.cur != "") {
			return a, false
		}
		if a.cur == "" {
			if e, _ := s.back(j, 0, bit(kModel)); e != nil {
				return a, false // "Model 3 cars", "Serie 5": a model name
			}
		}
		num := s.num(j)
		if len(num) >= 2 && num[0] == '0' && isDigit(num[1]) {
			return a, false // "000", "007": a stray group or a code
		}
		comma := s.lx.commaDecimal
		if comma && s.lx.commaGroups && isCommaGroup(num) {
			// "1,470 millones": Mexico and Central America group thousands
			// with a comma, and Spain writes no three decimals before a scale.
			if e, _ := s.match(j+1, bit(kScale)); e != nil {
				comma = false
			}
		}
		d, ok := parseNumber(num, comma)
		if !ok {
			return a, false
		}
		a.d = d
		j = s.scales(j+1, &a)
		j = s.chain(j, &a)
		// A word glued to the number must be a scale or a suffix: "1st",
		// "3e" and "2nd" are ordinals, "10x" is no figure.
		// Chinese, Japanese and Korean glue every word to a number ("5.6到5.78元").
		if k := j; k < len(s.toks) && s.toks[k].kind == tWord && !s.toks[k].sp && s.toks[k-1].kind == tNum && !isHan(s, k) && !isHangul(s, k) {
			if e, _ := s.match(k, bit(kPct)|bit(kPP)|bit(kCur)|bit(kSym)|bit(kUnit)|bit(kSub)); e == nil && s.iso(k) == "" {
				return a, false
			}
		}
	case tWord:
		if a.cur != "" || (s.info(j).num == nil && !s.lx.maybeCompound(s.f(j))) || !s.wordStart(j) {
			return a, false
		}
		if e, _ := s.back(j, 0, bit(kVague)); e != nil {
			return a, false // "several hundred million euros" is no amount
		}
		if e := s.info(j).num; e != nil && e.bare && j > 0 && s.toks[j-1].kind == tNum {
			return a, false // the scale of a number that made no figure
		}
		v, k, scaled, ok := s.words(j)
		if !ok {
			return a, false
		}
		a.d, a.words, a.scaled, j = v, true, scaled, k
	default:
		return a, false
	}
	a.end = j
	return a, true
}

// isHan reports whether token i is written in Chinese or Japanese script,
// which glues words to numbers without spaces.
func isHan(s *scanner, i int) bool {
	t := s.toks[i]
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.src[t.start:t.end])
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana))
}

// isCommaGroup reports whether num is one to three digits, a comma and
// three digits ("1,470"), which reads as thousands in a language written
// with both conventions.
func isCommaGroup(num string) bool {
	i := strings.IndexByte(num, ',')
	if i < 1 || i > 3 || len(num)-i-1 != 3 {
		return false
	}
	for k := 0; k < len(num); k++ {
		if k != i && !isDigit(num[k]) {
			return false
		}
	}
	return true
}

// isHangul reports whether token i is a Korean syllable. Korean words are
// split into syllables, as Chinese ones into characters, so that the
// scales, currencies and particles glued to a number ("146조원을") are
// tokens of their own.
func isHangul(s *scanner, i int) bool {
	t := s.toks[i]
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.src[t.start:t.end])
	return r >= 0xAC00 && r <= 0xD7A3
}

// numberOK reports whether the number token j may be a figure: it is not
// glued to a word ("C10", "e-2008", "ID.3"), not part of a time ("14:30"),
// a date ("8/10/2025") or a hash tag ("#3").
func (s *scanner) numberOK(j int, prefixed bool) bool {
	t := s.toks[j]
	if j > 0 && !prefixed {
		p := s.toks[j-1]
		if !t.sp {
			switch p.kind {
			case tWord:
				if !isHan(s, j-1) {
					return false
				}
			case tNum:
				return false
			case tPunct:
				switch s.f(j - 1) {
				case "#", "@", "§", "№":
					return false
				case ".", "/", ":", "-", "_", "+", "'":
					if j >= 2 && !p.sp {
						pp := s.toks[j-2]
						if pp.kind == tWord && !isHan(s, j-2) && s.f(j-1) != "'" {
							return false
						}
						if pp.kind == tNum && s.f(j-1) != "-" {
							return false
						}
					}
				}
			}
		}
		// "e - 2008": a spaced hyphen after a short word is a model name
		// (but "by -13%" is a sign: the hyphen is glued to the number).
		if p.kind == tPunct && s.f(j-1) == "-" && t.sp && j >= 2 && s.toks[j-2].kind == tWord {
			if w := s.toks[j-2]; w.end-w.start <= 2 {
				return false
			}
		}
	}
	if j+2 < len(s.toks) {
		n, nn := s.toks[j+1], s.toks[j+2]
		if !n.sp && !nn.sp && nn.kind == tNum && n.kind == tPunct {
			switch s.f(j + 1) {
			case ":", "/":
				return false
			}
		}
	}
	return true
}

// currencyAt reports whether a currency symbol, name or code starts at
// token i, possibly after "de"/"di".
func (s *scanner) currencyAt(i int) bool {
	if i >= len(s.toks) || s.toks[i].nl {
		return false
	}
	if e, _ := s.match(i, bit(kSym)|bit(kCur)); e != nil || s.iso(i) != "" {
		return true
	}
	if e, k := s.match(i, bit(kOf)); e != nil {
		e2, _ := s.match(k, bit(kSym)|bit(kCur))
		return e2 != nil
	}
	return false
}

// scales reads scale words after a number at token j: "million", "Mio.",
// "mil millones", "万亿". Weak scales ("m", "k", "bn" in some languages)
// count only next to a currency.
func (s *scanner) scales(j int, a *amount) int {
	n := 0
	for j < len(s.toks) && !s.toks[j].nl {
		e, k := s.match(j, bit(kScale))
		if e == nil || (n > 0 && e.exp <= a.scaleExp) {
			break
		}
		if u, k2 := s.match(j, bit(kUnit)|bit(kCur)|bit(kSym)); u != nil && k2 > k {
			break // "1000千瓦" is kW, not thousands
		}
		if e.weak && a.cur == "" && !s.currencyAt(k) {
			break
		}
		if e.dot && k < len(s.toks) && !s.toks[k].sp && s.f(k) == "." {
			k++
		}
		a.scaleExp += e.exp
		n++
		j = k
	}
	if n > 0 {
		a.scaled = true
		a.d.e += a.scaleExp
	}
	return j
}

// chain adds the lower groups of a number written with Chinese or
// Japanese scale characters, whose groups descend: "3兆2000億" is 3.2e12,
// "1亿5000万" 1.5e8, "3万5千" 35000. A last group of three or four digits
// may go without a scale after 万 ("2万5000台" is 25000). Each group must
// be glued to the scale character before it and be less than that scale;
// Korean, which spaces its words, may also put a space between the groups
// ("2조 7000억 원"); and scale words chain the same way ("2 milyar 491
// milyon dolar" is 2.491e9), each group with a scale word of its own.
func (s *scanner) chain(j int, a *amount) int {
	if !a.scaled || j == 0 {
		return j
	}
	// Scale words (not characters) chain only groups that have a scale word
	// of their own, after a space: "2 milyar 491 milyon dolar".
	words := !isHan(s, j-1) && !isHangul(s, j-1)
	bound := a.scaleExp
	for j < len(s.toks) && bound >= 3 {
		t := &s.toks[j]
		if t.kind != tNum || t.nl || t.sp && !words && !isHangul(s, j-1) || words && !t.sp {
			break
		}
		num := s.num(j)
		if num[0] == '0' {
			break
		}
		d, ok := parseNumber(num, false)
		if !ok || d.e != 0 {
			break // a decimal inside the chain: "3万2.5" is no one number
		}
		g := amount{d: d, cur: a.cur}
		k := s.scales(j+1, &g)
		if g.scaled {
			if words != (!isHan(s, k-1) && !isHangul(s, k-1)) || g.scaleExp >= bound {
				break
			}
		} else if words || bound != 4 || len(num) < 3 {
			break
		}
		if !g.d.less(dec{m: 1, e: bound}) {
			break
		}
		sum, ok := a.d.add(g.d)
		if !ok {
			break
		}
		a.d = sum
		j = k
		if !g.scaled {
			break
		}
		bound = g.scaleExp
	}
	return j
}

// wordStart reports whether a number written in words may start at token
// j: not inside another number word ("twenty-five").
func (s *scanner) wordStart(j int) bool {
	if j >= 2 && !s.toks[j].sp && s.f(j-1) == "-" && s.toks[j-2].kind == tWord {
		if s.info(j-2).num != nil {
			return false
		}
	}
	if j >= 1 && s.toks[j-1].kind == tWord {
		if e := s.info(j - 1).num; e != nil && e.kind != kSingle {
			return false
		}
	}
	return true
}

// wacc accumulates the value of number words.
type wacc struct {
	total, cur int64
	frac       int64 // hundredths of the current group: "zweieinhalb", "two point five"
	last       int64 // value of the last word
	lastScale  int64 // value of the last scale word
	n          int
	pend       bool // a "single" ("a", "een") waits for a hundred, a scale or a fraction
	fracDone   bool // a fraction was read: only a scale may follow
	scaled     bool
}

// add adds one number word. strict checks the order of words written
// apart ("twenty five", not "five twenty"); the parts of one compound word
// are added loosely ("vierentwintig" is 4 + 20). It leaves a unchanged and
// returns false when the word does not continue the number.
func (a *wacc) add(e *entry, strict bool) bool {
	b := *a
	if b.fracDone && e.kind != kScale && (e.kind != kSingle || b.total != 0 || b.cur != 0 || b.frac == 0) {
		return false // "zweieinhalb drei"; but "half a million"
	}
	switch e.kind {
	case kSingle:
		if b.fracDone {
			break // "half a million": the article only joins the fraction to the scale
		}
		if !strict {
			b.cur++
			break
		}
		if b.n > 0 {
			return false
		}
		b.cur, b.pend = 1, true
	case kFrac:
		switch {
		case b.pend: // "a quarter million", "a half"
			b.cur, b.frac, b.pend = 0, e.val, false
		case b.cur == 0 && b.total > 0 && b.lastScale > 0:
			// "deux millions et demi": half of the scale before.
			b.total += e.val * (b.lastScale / 100)
		default: // "zweieinhalb", "two and a half", "half"
			b.frac = e.val
		}
		b.fracDone = true
	case kNum, kPiece:
		v := e.val
		if b.pend {
			return false
		}
		if strict && b.n > 0 {
			r := b.cur % 100
			switch {
			case r == 4 && v == 20 && strings.HasPrefix(e.toks[0], "vingt"):
				v = 76 // French quatre-vingt(s) is 80
			case r == 0 && (v < 100 || b.cur == 0):
			case r >= 20 && r%10 == 0 && v < 10:
			case r == 10 && v >= 7 && v <= 9:
			case (r == 60 || r == 80) && v < 20:
			default:
				return false
			}
		}
		b.cur += v
		b.last = v
	case kHundred:
		if strict && b.cur%100 == 0 && b.cur > 0 {
			return false
		}
		b.pend = false
		b.cur = max(b.cur, 1) * 100
		b.last = 100
	case kScale:
		b.pend = false
		sc := pow10[e.exp]
		if b.fracDone && b.frac == 0 {
			return false // "deux millions et demi" ends the number
		}
		switch {
		case b.frac != 0:
			// "zweieinhalb Milliarden", "half a million": the group with
			// its fraction, in hundredths, times the scale.
			c := b.cur*100 + b.frac
			if c > math.MaxInt64/(sc/100) || b.total > math.MaxInt64-c*(sc/100) {
				return false
			}
			b.total += c * (sc / 100)
			b.cur, b.frac = 0, 0
		case b.cur == 0 && b.total > 0:
			if b.total >= sc || b.total > math.MaxInt64/sc {
				return false
			}
			b.total *= sc
		default:
			c := max(b.cur, 1)
			if c > math.MaxInt64/sc || b.total > math.MaxInt64-c*sc {
				return false
			}
			b.total += c * sc
			b.cur = 0
		}
		b.scaled = true
		b.last = sc
		b.lastScale = sc
	default:
		return false
	}
	b.n++
	*a = b
	return true
}

// value returns the number read, and false when it does not fit.
func (a *wacc) value() (dec, bool) {
	v := a.total + a.cur
	if v < a.total {
		return dec{}, false
	}
	if a.frac == 0 {
		return dec{m: v}, true
	}
	if v > (math.MaxInt64-a.frac)/100 {
		return dec{}, false
	}
	return dec{m: v*100 + a.frac, e: -2}, true
}

// point reads the decimals of number words after a decimal point word at
// token j: "one point three", "zwei Komma fünf". It takes one or two digit
// words and returns the index after them, or j.
func (s *scanner) point(j int, acc *wacc) int {
	if acc.n == 0 || acc.fracDone || acc.pend || j+1 >= len(s.toks) {
		return j
	}
	if e, _ := s.match(j, bit(kPoint)); e == nil || len(e.toks) != 1 {
		return j
	}
	k, frac := j+1, int64(0)
	for place := int64(10); place > 0 && k < len(s.toks) && !s.toks[k].nl && s.toks[k].kind == tWord; place /= 10 {
		d := s.info(k).num
		if d == nil || d.kind != kNum || d.val > 9 {
			break
		}
		frac += d.val * place // tenths, then hundredths
		k++
	}
	if k == j+1 {
		return j
	}
	acc.frac, acc.fracDone = frac, true
	acc.n++
	return k
}

// words reads a number written in words from token i: "one million",
// "dertig", "vingt-cinq", "fünfundzwanzig", "treinta y cinco",
// "zweieinhalb Milliarden", "one point three". It returns the value, the
// index after the last word and whether a scale word was part of it.
func (s *scanner) words(i int) (dec, int, bool, bool) {
	var acc wacc
	end := i
	for j := i; j < len(s.toks) && j-i < 16; {
		t := &s.toks[j]
		if j > i && t.nl {
			break
		}
		if t.kind == tPunct {
			// A hyphen between number words: "twenty-five", "vingt-cinq".
			if j > i && !t.sp && s.f(j) == "-" && j+1 < len(s.toks) && !s.toks[j+1].sp && s.toks[j+1].kind == tWord {
				j++
				continue
			}
			break
		}
		if t.kind != tWord {
			break
		}
		w := s.f(j)
		if e := s.info(j).num; e != nil {
			if e.kind == kScale && acc.n == 0 && e.exp != 3 && !e.bare {
				break // "million units" alone is no number
			}
			if acc.n == 0 && s.lx.needSingle && !e.bare && (e.kind == kHundred || e.kind == kScale) {
				// English wants "a hundred", "one thousand"; Polish "pięć
				// tysięcy" is five thousand, of which the table knows
				// only the singular "tysiąc" alone.
				break
			}
			if !acc.add(e, true) {
				break
			}
			j++
			end = j
			continue
		}
		if k := s.point(j, &acc); k > j {
			j, end = k, k
			continue
		}
		if j > i && acc.n > 0 && j+1 < len(s.toks) {
			if e, _ := s.match(j, bit(kConj)); e != nil && len(e.toks) == 1 {
				next := s.info(j + 1).num
				if next != nil && s.toks[j+1].kind == tWord {
					if next.kind == kNum && conjOK(&acc, next.val) || next.kind == kFrac && !acc.fracDone {
						j++ // "vingt et un", "deux millions et demi"
						continue
					}
					if next.kind == kSingle && !acc.fracDone && j+2 < len(s.toks) {
						if f := s.info(j + 2).num; f != nil && f.kind == kFrac {
							j += 2 // "two and a half billion"
							continue
						}
					}
				}
				break
			}
		}
		var pc pieces
		if !s.lx.decompose(w, &pc) {
			break
		}
		b := acc
		good := true
		for idx, p := range pc.e[:pc.n] {
			if p.kind == kJoin {
				continue
			}
			if !b.add(p, idx == 0 && acc.n > 0) {
				good = false
				break
			}
		}
		if !good {
			break
		}
		acc = b
		j++
		end = j
	}
	if acc.n == 0 || acc.pend || end == i {
		return dec{}, i, false, false
	}
	v, ok := acc.value()
	if !ok {
		return dec{}, i, false, false
	}
	return v, end, acc.scaled, true
}

// conjOK reports whether a conjunction may join the number so far to a
// number word worth v: "hundred and five", "vingt et un", "treinta y cinco".
func conjOK(a *wacc, v int64) bool {
	l := a.last
	switch {
	case l >= 100 && l < 1000 && v < 100:
		return true
	case l >= 20 && l < 100 && l%10 == 0 && v < 20:
		return true
	}
	return false
}

// pieces holds the parts of a compound number word.
type pieces struct {
	e [8]*entry
	n int
}

// decompose splits a compound number word into lexicon parts:
// "vierentwintig" = vier + en + twintig, "duecento" = due + cento. It
// returns false when w is not such a word.
func (lx *lexicon) decompose(w string, out *pieces) bool {
	if !lx.maybeCompound(w) {
		return false
	}
	budget := 64
	return lx.decomp(w, 0, out, &budget)
}

func (lx *lexicon) decomp(w string, p int, out *pieces, budget *int) bool {
	if p == len(w) {
		return out.n >= 2 && out.e[out.n-1].kind != kJoin
	}
	if out.n == len(out.e) || *budget <= 0 {
		return false
	}
	*budget--
	for l := min(lx.maxPart, len(w)-p); l >= 2; l-- {
		e, ok := lx.parts[w[p:p+l]]
		if !ok || (e.kind == kJoin && (out.n == 0 || out.e[out.n-1].kind == kJoin)) {
			continue
		}
		if e.kind == kScale && e.exp > 3 {
			continue
		}
		out.e[out.n] = e
		out.n++
		if lx.decomp(w, p+l, out, budget) {
			return true
		}
		out.n--
	}
	return false
}

// A suffix is what a number counts: a currency, percent or unit.
type suffix struct {
	kind entity.FigureKind
	cur  string
	unit string
	end  int
	mul  int  // powers of ten to multiply by: 5割 is 50%, 34 cents $0.34
	sub  bool // the amount is in hundredths: "34 cents"
	// needQual: the figure counts only with a qualifier ("超过一年")
	needQual bool
}

// suffix reads what follows an amount at token j.
func (s *scanner) suffix(j int, a *amount) (suffix, bool) {
	if a.cur != "" {
		end := a.end
		// The currency named again after the number: "港幣100元" (HK$100),
		// "US$ 5 dollars"; 元 is the unit of every yuan and dollar in Chinese.
		if e, k := s.match(end, bit(kCur)|bit(kSym)); e != nil && end < len(s.toks) && !s.toks[end].nl &&
			(s.symCode(e) == a.cur || len(e.toks) == 1 && e.toks[0] == "元") {
			end = k
		}
		return suffix{kind: entity.MoneyFigure, cur: a.cur, end: end}, true
	}
	if j >= len(s.toks) || s.toks[j].nl {
		return suffix{}, false
	}
	k := j
	// "a 20-percent stake", "5-Prozent-Hürde"
	if s.f(k) == "-" && !s.toks[k].sp && k+1 < len(s.toks) && !s.toks[k+1].sp {
		if e, _ := s.match(k+1, bit(kPct)); e != nil {
			k++
		}
	}
	e, end := s.match(k, bit(kPct)|bit(kPP)|bit(kCur)|bit(kSym)|bit(kUnit)|bit(kAdj)|bit(kSub))
	if e == nil {
		if code := s.iso(k); code != "" {
			return suffix{kind: entity.MoneyFigure, cur: code, end: k + 1}, true
		}
		if !a.scaled {
			return suffix{}, false
		}
		of, k2 := s.match(k, bit(kOf))
		if of == nil {
			return suffix{}, false
		}
		if e, end = s.match(k2, bit(kCur)|bit(kSym)|bit(kUnit)|bit(kAdj)); e == nil {
			return suffix{}, false
		}
	}
	if e.kind == kAdj {
		u, end2 := s.match(end, bit(kUnit))
		if u == nil || u.code != "unit" {
			return suffix{}, false
		}
		e, end = u, end2
	}
	if a.words && s.lx.hanWords && (e.kind == kCur || e.kind == kSym) {
		return suffix{}, false // "三元锂电池" is a battery chemistry, not 3 yuan
	}
	switch e.kind {
	case kPct:
		return suffix{kind: entity.PercentFigure, end: end, mul: e.exp}, true
	case kPP:
		return suffix{kind: entity.PercentFigure, unit: "pp", end: end}, true
	case kCur, kSym:
		return suffix{kind: entity.MoneyFigure, cur: s.symCode(e), end: end}, true
	case kSub:
		if a.scaled || a.words && s.lx.hanWords || len(e.toks[0]) == 1 && s.toks[k].sp {
			return suffix{}, false // "5 million cents", and "20 p" is no "20p"
		}
		return suffix{kind: entity.MoneyFigure, cur: e.code, end: end, mul: -2, sub: true}, true
	case kUnit:
		needQual := false
		if a.words && e.code != "unit" {
			if !e.time || !s.lx.hanWords {
				return suffix{}, false // "two years later", "five kilometres": words count vehicles only
			}
			needQual = true // "超过一年" (more than a year), but not "一年来" (over the past year)
		}
		if e.code == "year" && a.d.e == 0 && a.d.m >= 1800 && a.d.m <= 2200 {
			return suffix{}, false // "2030年度" is a year, not 2030 years
		}
		return suffix{kind: entity.QuantityFigure, unit: e.code, end: end, needQual: needQual}, true
	}
	return suffix{}, false
}

// figure reads the figure whose number starts at token i, with its
// qualifier or range words, none of them before token floor.
func (s *scanner) figure(i, floor int) (entity.Figure, int, bool) {
	a1, ok := s.amount(i)
	if !ok {
		return entity.Figure{}, 0, false
	}
	sf1, has1 := s.suffix(a1.end, &a1)
	if has1 && sf1.kind == entity.QuantityFigure && s.yearAfterPrep(&a1, floor) {
		return entity.Figure{}, 0, false // "In 2024 registrations rose": a year
	}
	q := entity.Exact
	if !has1 {
		// A qualifier between the number and what it counts: Turkish
		// "700 binden fazla araç" (more than 700 thousand vehicles).
		if e, k := s.match(a1.end, bit(kPost)); e != nil {
			if sf, ok := s.suffix(k, &a1); ok {
				sf1, has1, q = sf, true, e.q
			}
		}
	}
	start := a1.start
	if !has1 && a1.cur == "" {
		// A percent word or sign before the number: "yüzde 17", "%80".
		if e, st := s.back(a1.start, floor, bit(kPre)); e != nil {
			sf1, has1, start = suffix{kind: entity.PercentFigure, end: a1.end}, true, st
		}
	}
	end1 := a1.end
	if has1 {
		end1 = sf1.end
	}
	// A range: "between 2 and 3 billion euros", "2-3%", "van 20 tot 30 procent".
	open, openAt := s.back(s.articleBack(a1.start, floor), floor, bit(kOpen)|bit(kFrom))
	if open != nil && open.kind == kFrom && s.lx.nounCaps && openAt > 0 && s.toks[openAt-1].kind == tWord {
		if r, _ := utf8.DecodeRuneInString(s.src[s.toks[openAt-1].start:]); unicode.IsUpper(r) {
			open = nil // "eine Rendite von 4 bis 5 Prozent": "von" is "of"
		}
	}
	mask := bit(kTo)
	if open != nil && open.kind == kOpen {
		mask |= bit(kAnd)
	}
	if sep, k := s.match(end1, mask); sep != nil && end1 < len(s.toks) && !s.toks[end1].nl {
		if a2, ok := s.amount(s.skipArticle(k)); ok {
			sf2, has2 := s.suffix(a2.end, &a2)
			at := a1.start
			if open != nil {
				at = openAt
			}
			change, _ := s.back(s.articleBack(at, floor), floor, bit(kChange))
			if change != nil && !has1 && has2 && sep.toks[0] != "-" {
				// "passe de 30 000 à 35 000 euros", "rose from 5 to 7
				// percent": a change between two figures. The first takes
				// the unit and scale of the second; the second is read next.
				d := a1.d
				if !a1.scaled && a2.scaled && !a1.words && !a2.words && !a2.unscaled().less(d) {
					d.e += a2.scaleExp
				}
				sf := sf2
				sf.end = a1.end
				if f, ok := s.build(a1.start, a1.end, sf, d, entity.Exact); ok && (sf.kind != entity.QuantityFigure || !a1.words) {
					return f, k, true // the separator is no qualifier of the second
				}
			}
			if f, end, ok := s.rangeFigure(a1, sf1, has1, a2, sf2, has2, open, sep, openAt, change != nil); ok {
				return f, end, true
			}
		}
	}
	if !has1 {
		if a1.cur != "" || a1.words {
			return entity.Figure{}, 0, false
		}
		// A list that shares its unit: "3 or 4 percent", "2, 3 and 5
		// million units". The first number takes the unit (and scale) of the
		// last; the others are read next.
		sf, d, next, ok := s.listSuffix(a1)
		if !ok {
			return entity.Figure{}, 0, false
		}
		f, ok := s.build(a1.start, a1.end, sf, d, entity.Exact)
		return f, next, ok
	}
	d := a1.d
	// A shared scale in a list: "€3 and €4 billion".
	if a1.cur != "" && !a1.scaled {
		if e, k := s.match(a1.end, bit(kList)|bit(kAnd)); e != nil {
			if a2, ok := s.amount(k); ok && a2.cur == a1.cur && a2.scaled && !a2.words && !a2.unscaled().less(d) {
				d.e += a2.scaleExp
			}
		}
	}
	if sf1.kind == entity.PercentFigure && start == a1.start {
		// A sign: "-13%", "−0,3 %", "minus five percent".
		if st, ok := s.sign(a1.start, floor); ok {
			start, d.m = st, -d.m
		}
	}
	if e, st := s.back(start, floor, bit(kQual)); e != nil && q == entity.Exact {
		if !s.changeTo(e, st, floor) {
			q, start = e.q, st
			q, start = s.negate(q, start, floor)
		}
	} else if art := s.articleBack(start, floor); art != start && q == entity.Exact {
		if e, st := s.back(art, floor, bit(kQual)); e != nil {
			q, start = e.q, st
			q, start = s.negate(q, start, floor)
		}
	}
	if sf1.kind == entity.MoneyFigure && !sf1.sub && !a1.scaled && d.e <= 0 {
		// The hundredths after the main amount: "3 euros con 99 céntimos",
		// "15 dollars and 50 cents", "$20 and 43c".
		if cents, k, ok := s.cents(end1); ok {
			if sum, ok := d.add(cents); ok {
				d, end1 = sum, k
			}
		}
	}
	post := end1
	if s.lx.caseSuffix && end1+1 < len(s.toks) && !s.toks[end1].sp && s.f(end1) == "'" &&
		!s.toks[end1+1].sp && s.toks[end1+1].kind == tWord {
		post += 2 // a case ending before a post qualifier: "600 km'ye kadar"
	}
	if e, k := s.match(post, bit(kPost)); e != nil && q == entity.Exact {
		q, end1 = e.q, k
	}
	if sf1.needQual && (q == entity.Exact || q == entity.Approximately) {
		// "近两年" is "in the last two years" more often than "nearly two".
		return entity.Figure{}, 0, false
	}
	f, ok := s.build(start, end1, sf1, d, q)
	return f, end1, ok
}

// cents reads "and 50 cents" at token j: a conjunction, a whole number
// below 100 in digits or words and a currency's hundredths. It returns the
// hundredths as a decimal and the index after them.
func (s *scanner) cents(j int) (dec, int, bool) {
	if j >= len(s.toks) || s.toks[j].nl {
		return dec{}, j, false
	}
	e, k := s.match(j, bit(kPlus))
	if e == nil {
		return dec{}, j, false
	}
	a, ok := s.amount(k)
	if !ok || a.cur != "" || a.scaled || a.d.e != 0 || a.d.m <= 0 || a.d.m >= 100 {
		return dec{}, j, false
	}
	sf, ok := s.suffix(a.end, &a)
	if !ok || !sf.sub {
		return dec{}, j, false
	}
	return dec{m: a.d.m, e: -2}, sf.end, true
}

// negate turns qualifier q, which starts at token start, around when a
// negation stands before it: "no less than" is at least, "nicht mehr als"
// at most, "不低于" at least. The negation joins the figure's text. A
// qualifier with no opposite (about, up to) is left as it is.
func (s *scanner) negate(q entity.Qualifier, start, floor int) (entity.Qualifier, int) {
	var opp entity.Qualifier
	switch q {
	case entity.MoreThan:
		opp = entity.AtMost
	case entity.LessThan:
		opp = entity.AtLeast
	case entity.AtLeast:
		opp = entity.LessThan
	case entity.AtMost:
		opp = entity.MoreThan
	default:
		return q, start
	}
	if e, st := s.back(start, floor, bit(kNeg)); e != nil {
		return opp, st
	}
	return q, start
}

// sign returns the token of a minus sign right before the number at token
// i: a hyphen or minus glued to the number and not to a word or number
// before it ("-13%", "(−0,3 %)", but not "2-3%" or "Covid-19"), or a sign
// word ("minus", "moins").
func (s *scanner) sign(i, floor int) (int, bool) {
	if i-1 < floor {
		return 0, false
	}
	if e, st := s.back(i, floor, bit(kMinus)); e != nil {
		return st, true
	}
	t := &s.toks[i-1]
	if t.kind != tPunct || s.toks[i].sp {
		return 0, false
	}
	if s.f(i-1) != "-" { // hyphen, en dash and minus sign fold to "-"
		return 0, false
	}
	if i-2 >= 0 && !t.sp && s.toks[i-2].kind != tPunct {
		return 0, false // "2-3%", "Covid-19"
	}
	return i - 1, true
}

// yearAfterPrep reports whether a is a year after a preposition of time:
// four plain digits from 1900 to 2100 right after "in", "since", "seit",
// "depuis" and the like.
func (s *scanner) yearAfterPrep(a *amount, floor int) bool {
	if a.cur != "" || a.scaled || a.words || a.end != a.start+1 {
		return false
	}
	if len(s.num(a.start)) != 4 || a.d.e != 0 || a.d.m < 1900 || a.d.m > 2100 {
		return false
	}
	e, _ := s.back(a.start, floor, bit(kYearPrep))
	return e != nil
}

// changeTo reports whether the qualifier e at token st is the "to" of a
// change rather than "up to": a word that is both ("tot", "do", "até")
// right after the figure before it ("steeg met 20 procent tot 98 miljoen
// euro": 98 million is where it got to). The figure then has no
// qualifier, and the word stays out of its text.
func (s *scanner) changeTo(e *entry, st, floor int) bool {
	if e.q != entity.UpTo || len(e.toks) != 1 || st != floor || floor == 0 {
		return false
	}
	to, k := s.match(st, bit(kTo))
	return to != nil && k == st+1
}

// listSuffix looks for the unit of a list of bare numbers that starts with
// a1: "3, 4 or 5 percent". It returns the unit, a1's value with the last
// number's scale when a1 has none, and the token after the separator that
// follows a1. The numbers must rise, so that years ("2023 and 5 percent")
// stay out.
func (s *scanner) listSuffix(a1 amount) (suffix, dec, int, bool) {
	j, prev, next := a1.end, a1.d, -1
	for range 6 {
		e, k := s.match(j, bit(kList)|bit(kAnd))
		if e == nil || s.toks[j].nl {
			break
		}
		if next < 0 {
			next = k
		}
		a, ok := s.amount(k)
		if !ok || a.cur != "" || a.words || !prev.less(a.unscaled()) {
			break
		}
		if sf, has := s.suffix(a.end, &a); has {
			d := a1.d
			if !a1.scaled && a.scaled {
				d.e += a.scaleExp
			}
			sf.end = a1.end
			return sf, d, next, true
		}
		if a.scaled {
			break
		}
		j, prev = a.end, a.d
	}
	return suffix{}, dec{}, 0, false
}

// rangeFigure builds the figure of a range "A sep B", or returns false when
// the two amounts do not make one.
func (s *scanner) rangeFigure(a1 amount, sf1 suffix, has1 bool, a2 amount, sf2 suffix, has2 bool, open, sep *entry, openAt int, change bool) (entity.Figure, int, bool) {
	var sf suffix
	switch {
	case has1 && has2:
		if sf1.kind != sf2.kind || sf1.cur != sf2.cur || sf1.unit != sf2.unit || sf1.sub != sf2.sub {
			return entity.Figure{}, 0, false
		}
		// "from 5% to 7%" and "fell $0.50 to $12.25" are changes, not
		// ranges; "between 5% and 7%", "5%-7%" and "60 kW to 120 kW" are
		// ranges.
		if (open != nil && open.kind == kFrom || change) && sep.toks[0] != "-" {
			return entity.Figure{}, 0, false
		}
		sf = sf2
	case has2:
		sf = sf2
	case has1 && a1.cur != "":
		sf = sf1
		sf.end = a2.end
	default:
		return entity.Figure{}, 0, false
	}
	if sf.needQual {
		return entity.Figure{}, 0, false
	}
	d1 := a1.d
	if !a1.scaled && a2.scaled && !a1.words && !a2.words && !a2.unscaled().less(d1) {
		d1.e += a2.scaleExp
	}
	if !d1.less(a2.d) || d1.m == 0 {
		return entity.Figure{}, 0, false // "0-100 km/h" is an acceleration, not a range
	}
	start := a1.start
	if open != nil && (open.kind == kOpen || sep.toks[0] != "-") {
		start = openAt // "van 2-3%": "van" is "of" here
	}
	end := max(sf.end, a2.end)
	f, ok := s.build(start, end, sf, d1, entity.Exact)
	if !ok {
		return entity.Figure{}, 0, false
	}
	if _, ok := a2.d.money(""); !ok {
		return entity.Figure{}, 0, false
	}
	lo, hi := f.Value, dec{m: a2.d.m, e: a2.d.e + sf.mul}.float()
	f.Min, f.Max = &lo, &hi
	return f, end, true
}

// build makes the figure covering tokens [start, end).
func (s *scanner) build(start, end int, sf suffix, d dec, q entity.Qualifier) (entity.Figure, bool) {
	d.e += sf.mul
	m, ok := d.money(sf.cur)
	if !ok {
		return entity.Figure{}, false
	}
	sp := entity.Span{Start: int(s.toks[start].start), End: int(s.toks[end-1].end)}
	if !sp.IsValid(s.src) {
		return entity.Figure{}, false // next to stray bytes of invalid UTF-8
	}
	f := entity.Figure{Span: sp, Text: s.src[sp.Start:sp.End], Kind: sf.kind, Qualifier: q}
	switch sf.kind {
	case entity.MoneyFigure:
		f.Currency = sf.cur
		f.Amount = &m
		f.Value = m.Float()
	default:
		f.Value = d.float()
		f.Unit = sf.unit
	}
	if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
		return entity.Figure{}, false
	}
	return f, true
}
