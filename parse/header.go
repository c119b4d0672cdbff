package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
	"github.com/autonews/autonews/internal/stopwords"
)

// maxHeaderLines is how many non-blank lines at the top of a text may be
// header lines.
const maxHeaderLines = 10

// maxTitleRunes is the longest a title may be, in runes (CJK: half).
const maxTitleRunes = 200

// A header is what parseHeader recognized at the top of a text. Spans are
// byte offsets of the source.
type header struct {
	span      entity.Span
	found     bool // span is set
	bodyLine  int  // index of the line where the body zone starts
	bodyStart int  // byte offset where the body zone starts
	date      dateMatch
	dateSpan  entity.Span
	hasDate   bool
	// dateWeak is set while the date comes from an unlabelled line above
	// the headline (a site's "today"), which a labelled date line below
	// replaces.
	dateWeak bool
	// datePlain is set when the date comes from a line with no label,
	// which findLead makes weak when the headline it finds is below it.
	datePlain  bool
	title      entity.Span
	hasTitle   bool
	author     entity.Span
	categories []entity.Span
	boiler     []entity.Boilerplate
}

func (h *header) extend(s, e int) {
	if !h.found {
		h.span = entity.Span{Start: s, End: e}
		h.found = true
		return
	}
	h.span.End = e
}

func (h *header) setDate(d dateMatch, off int) {
	if h.hasDate && !h.dateWeak {
		return
	}
	h.dateWeak = false
	h.date, h.hasDate = d, true
	h.dateSpan = entity.Span{Start: off + d.start, End: off + d.end}
}

// parseHeader reads the header lines at the top of src: a date line
// (possibly running on into the title or the body), categories, a byline,
// navigation and share furniture, and at most one title line.
func parseHeader(src string, lines []line, marks []mark) header {
	var h header
	examined := 0
	i := 0
	// moreText reports whether a line from j on holds text that is not
	// page furniture, so that a title has a body to head.
	moreText := func(j int) bool {
		for ; j < len(lines); j++ {
			if !lines[j].blank() && !marks[j].marker {
				return true
			}
		}
		return false
	}
	for ; i < len(lines) && examined < maxHeaderLines; i++ {
		l := lines[i]
		if l.blank() {
			continue
		}
		examined++
		t := src[l.s:l.e]
		if cats, ok := categoriesLine(t, l.s); ok {
			h.categories = append(h.categories, cats...)
			h.extend(l.s, l.e)
			continue
		}
		if b, ok := parseByline(t); ok && len(t) <= 160 {
			if h.author.IsEmpty() {
				h.author = entity.Span{Start: l.s + b.nameStart, End: l.s + b.nameEnd}
			}
			if d, ok := findDate(t[b.nameEnd:]); ok {
				h.setDate(d, l.s+b.nameEnd)
			}
			h.extend(l.s, l.e)
			continue
		}
		if n := partialDatePrefix(t); n > 0 {
			// "date 2023-11 Na CIG vemos...": a stamp of month precision
			// before the body, which runs on after it when what follows
			// reads as text; otherwise the line is header ("date 2024-12
			// Photo DR", "date 2018-07 27/07/2018 | 08:01", which dates
			// the article).
			if rest := t[n:]; !leadText(rest) && moreText(i+1) {
				if dl, ok := dateLine(rest); ok && dl.runOn < 0 {
					h.setDate(dl.date, l.s+n)
				}
				h.extend(l.s, l.e)
				continue
			}
			_, e := trimSpan(src, l.s, l.s+n)
			h.extend(l.s, e)
			h.bodyLine, h.bodyStart = i, l.s+n
			return h
		}
		if marks[i].caption {
			// A photo caption, which may start with a date.
			h.boiler = append(h.boiler, entity.Boilerplate{Span: entity.Span{Start: l.s, End: l.e}, Reason: marks[i].reason})
			h.extend(l.s, l.e)
			continue
		}
		if dl, ok := dateLine(t); ok {
			if h.dateWeak && dl.labelled {
				h.hasDate = false
			}
			h.setDate(dl.date, l.s)
			if !dl.labelled && dl.runOn < 0 {
				h.datePlain = true
				h.dateWeak = !h.hasTitle
			}
			if dl.author.End > 0 && h.author.IsEmpty() {
				h.author = entity.Span{Start: l.s + dl.author.Start, End: l.s + dl.author.End}
			}
			if h.author.IsEmpty() {
				h.author = furnitureAuthor(t, l.s, marks[i]) // "来源：… 作者：王明 2025-03-18"
			}
			if dl.runOn < 0 {
				h.extend(l.s, l.e)
				continue
			}
			rs := l.s + dl.runOn
			if !h.hasTitle && titleLike(src[rs:l.e]) && moreText(i+1) {
				h.title, h.hasTitle = entity.Span{Start: rs, End: rs + cutSiteName(src[rs:l.e])}, true
				h.extend(l.s, l.e)
				continue
			}
			_, e := trimSpan(src, l.s, rs) // the date and any time after it
			h.extend(l.s, e)
			h.bodyLine, h.bodyStart = i, rs
			return h
		}
		if m := marks[i]; m.marker {
			if m.relative || m.meta { // "Updated 2 hours ago", "3 min read"
				h.extend(l.s, l.e)
				continue
			}
			if m.reason == entity.Navigation || m.reason == entity.Share || m.reason == entity.Advertisement || m.caption {
				h.boiler = append(h.boiler, entity.Boilerplate{Span: entity.Span{Start: l.s, End: l.e}, Reason: m.reason})
				h.extend(l.s, l.e)
				continue
			}
			break
		}
		if j := menuEnd(src, lines, marks, i); j > i {
			// A site menu, one item a line: navigation.
			end := lines[j-1].e
			h.boiler = append(h.boiler, entity.Boilerplate{Span: entity.Span{Start: l.s, End: end}, Reason: entity.Navigation})
			h.extend(l.s, end)
			examined--
			i = j - 1
			continue
		}
		if !h.hasTitle && navTrail(t) {
			// "Automobile > Actualités": a section trail.
			h.boiler = append(h.boiler, entity.Boilerplate{Span: entity.Span{Start: l.s, End: l.e}, Reason: entity.Navigation})
			h.extend(l.s, l.e)
			continue
		}
		if k := kicker(t); !h.hasTitle && k != noKicker {
			if j := nextLine(lines, i+1); j > 0 && headlineAfter(src, lines[j], marks[j], stats(t).words) && moreText(j+1) &&
				(k == strongKicker || headerLineAt(src, lines, nextLine(lines, j+1))) {
				// "EXCLUSIVE", "Autoindustrie": the label above a headline.
				h.extend(l.s, l.e)
				continue
			}
		}
		if !h.hasTitle && titleLike(t) && moreText(i+1) && !wrapped(src, lines, i) {
			h.title, h.hasTitle = entity.Span{Start: l.s, End: l.s + cutSiteName(t)}, true
			h.extend(l.s, l.e)
			continue
		}
		break
	}
	h.bodyLine = i
	h.bodyStart = len(src)
	if i < len(lines) {
		h.bodyStart = lines[i].s
		if h.hasTitle {
			h.afterStandfirst(src, lines, marks, i)
		}
	}
	return h
}

// siteSeps separate a headline from the site's name in an HTML <title>
// copied into the text: "Tesla cuts prices | Autoblog".
var siteSeps = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " « ", " » "}

// cutSiteName returns the length of headline t without the site-name
// suffix that page titles carry ("Tesla cuts prices | Autoblog", "VW baut
// um - DER SPIEGEL", "Toyota lève le voile – Auto Plus"): after the last
// separator, one to four words that are all capitalized or a domain
// name, not all of them stop words. A suffix after " | " may be any short
// name. The headline before it keeps at least three words.
func cutSiteName(t string) int {
	best := len(t)
	for _, sep := range siteSeps {
		i := strings.LastIndex(t, sep)
		if i <= 0 || i >= best {
			continue
		}
		head, suffix := trimText(t[:i]), trimText(t[i+len(sep):])
		if stats(head).words < 3 || !siteName(suffix, sep == " | ") {
			continue
		}
		_, e := trimSpan(t, 0, i)
		best = e
	}
	return best
}

// siteName reports whether t reads as a site's or a publisher's name.
func siteName(t string, anyCase bool) bool {
	st := stats(t)
	if st.letters == 0 || st.words > 4 || st.runes > 40 || endsSentence(t) || strings.ContainsAny(t, ",;:?!\"“”«»") {
		return false
	}
	for _, f := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(f)
		domain := strings.Contains(f, ".") && len(f) > 3
		if hasDigit(f) && !domain {
			return false
		}
		if !anyCase && !domain && !unicode.IsUpper(r) && !isCJK(r) {
			return false
		}
	}
	// A name, not a phrase: some word of it is no stop word.
	m := stopwords.Density(t)
	return m.Stop < m.Words
}

// partialDateRE matches the "date YYYY-MM " stamp of month precision that
// some exports put before the text that runs on after it.
var partialDateRE = regexp.MustCompile(`^(?i:date|datum|data|fecha)[\t \p{Zs}]+\d{4}-\d{2}[\t \p{Zs}]+`)

// partialDatePrefix returns the length of a "date YYYY-MM " stamp at the
// start of t, or 0.
func partialDatePrefix(t string) int {
	m := partialDateRE.FindStringIndex(t)
	if m == nil {
		return 0
	}
	return m[1]
}

// nextLine returns the index of the first non-blank line from i on, or -1.
func nextLine(lines []line, i int) int {
	for ; i < len(lines); i++ {
		if !lines[i].blank() {
			return i
		}
	}
	return -1
}

// maxKickerRunes is the longest a kicker may be, in runes.
const maxKickerRunes = 32

// A kickerKind says how sure a line is to be a kicker.
type kickerKind int

const (
	noKicker kickerKind = iota
	// weakKicker lines, two words in sentence case ("Auto elettriche"),
	// are kickers only when the headline under them is followed by a
	// byline or a date line.
	weakKicker
	strongKicker
)

// kicker reports whether t can be a kicker, the label that news pages
// print above a headline ("EXCLUSIVE", "Autoindustrie", "Electric
// Vehicles", "Auto elettriche"): one word, two words, or three capitalized
// ones (particles aside), of at most maxKickerRunes runes, with no final
// punctuation and no date. A short headline in sentence case ("Tesla cuts
// prices") is no kicker.
func kicker(t string) kickerKind {
	st := stats(t)
	if st.letters == 0 || st.words > 3 || st.runes > maxKickerRunes {
		return noKicker
	}
	switch lastRune(t) {
	case '.', '!', '?', ':', ',', ';', '…', '。', '！', '？', '：', '，':
		return noKicker
	}
	if _, isDate := findDate(t); isDate {
		return noKicker
	}
	if st.words > 1 && st.cjk == 0 {
		for _, f := range strings.Fields(t) {
			if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) && !nameParticles[f] {
				if st.words == 2 {
					return weakKicker
				}
				return noKicker
			}
		}
	}
	return strongKicker
}

// headerLineAt reports whether line j (-1 for none) is a byline or a
// header date line.
func headerLineAt(src string, lines []line, j int) bool {
	if j < 0 {
		return false
	}
	t := src[lines[j].s:lines[j].e]
	if _, ok := byline(t, 0); ok {
		return true
	}
	dl, ok := dateLine(t)
	return ok && dl.runOn < 0
}

// headlineAfter reports whether line l, after a kicker of kw words, is a
// headline: a title-like line of more words that is no other header line
// and does not end with a full stop (as a standfirst does).
func headlineAfter(src string, l line, m mark, kw int) bool {
	t := src[l.s:l.e]
	if m.marker || !titleLike(t) || stats(t).words < max(3, kw+2) {
		return false
	}
	if r := lastRune(t); r == '.' || r == '。' {
		return false
	}
	if _, ok := categoriesLine(t, 0); ok {
		return false
	}
	if _, ok := parseByline(t); ok {
		return false
	}
	_, ok := dateLine(t)
	return !ok
}

// navTrail reports whether t is a section trail without a home link
// ("Automobile > Actualités", "Auto › Elektro"): two to six segments of
// one to three words each, every one capitalized, separated by '>', '›'
// or '»'.
func navTrail(t string) bool {
	if len(t) > 160 || !strings.ContainsAny(t, ">›»") || strings.ContainsAny(t, ":;!?\"“”«„") {
		return false
	}
	n := 0
	for seg := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '>' || r == '›' || r == '»' }) {
		seg = trimText(seg)
		st := stats(seg)
		r, _ := utf8.DecodeRuneInString(seg)
		if st.letters == 0 || st.words > 3 || st.runes > 30 || unicode.IsLower(r) || endsSentence(seg) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// maxStandfirstRunes is the longest a standfirst may be, in runes.
const maxStandfirstRunes = 400

// afterStandfirst reads the header lines that some pages print after the
// standfirst, the one-line summary under the title that starts the body:
// a byline, a date line, a reading time. They become boilerplate inside
// the body, and their author and date those of the article.
func (h *header) afterStandfirst(src string, lines []line, marks []mark, i int) {
	l := lines[i]
	t := src[l.s:l.e]
	if marks[i].marker || utf8.RuneCountInString(t) > maxStandfirstRunes {
		return
	}
	if _, ok := dateLine(t); ok {
		return
	}
	// First see whether header lines follow, with text after them, and
	// only then take their author and date.
	end := i // the last header line
	for j, k := i+1, 0; k < 4; j, k = j+1, k+1 {
		j = nextLine(lines, j)
		if j < 0 {
			return // no text after the header lines
		}
		t := src[lines[j].s:lines[j].e]
		if _, ok := byline(t, 0); !ok && !marks[j].meta && !marks[j].relative {
			if dl, ok := dateLine(t); !ok || dl.runOn >= 0 {
				break
			}
		}
		end = j
	}
	if end == i || nextLine(lines, end+1) < 0 {
		return
	}
	for j := i + 1; j <= end; j++ {
		l := lines[j]
		if l.blank() {
			continue
		}
		t := src[l.s:l.e]
		reason := entity.OtherBoilerplate
		if b, ok := byline(t, l.s); ok {
			reason = entity.AuthorBox
			if h.author.IsEmpty() {
				h.author = b
			}
			if d, ok := findDate(t[b.End-l.s:]); ok {
				h.setDate(d, b.End)
			}
		} else if dl, ok := dateLine(t); ok {
			h.setDate(dl.date, l.s)
			if dl.author.End > 0 && h.author.IsEmpty() {
				h.author = entity.Span{Start: l.s + dl.author.Start, End: l.s + dl.author.End}
			}
		}
		marks[j] = mark{reason: reason, marker: true}
	}
}

// minMenuItems is how many short lines in a row make a site menu.
const minMenuItems = 4

// menuEnd returns the index after a run of at least minMenuItems
// consecutive menu-like lines that starts at line i ("Home", "News",
// "Electric", "Reviews"), or i when there is none.
func menuEnd(src string, lines []line, marks []mark, i int) int {
	j := i
	for ; j < len(lines); j++ {
		l := lines[j]
		if l.blank() || marks[j].marker {
			break
		}
		t := src[l.s:l.e]
		st := stats(t)
		if st.runes > 24 || st.words > 3 || st.letters == 0 || strings.ContainsAny(t, ".!?:;,。") {
			break
		}
		if _, ok := findDate(t); ok {
			break
		}
	}
	if j-i < minMenuItems {
		return i
	}
	return j
}

// titleLike reports whether t can be a headline: not longer than
// maxTitleRunes (120 runes when it ends with a full stop), not a lead-in
// ending in a colon, and one sentence or none; a headline of two short
// clauses ("X beats a record. Y leads") passes when it has no final
// period.
func titleLike(t string) bool {
	st := stats(t)
	if st.letters == 0 || st.runes > maxTitleRunes || st.cjk*2 > st.runes && st.runes > maxTitleRunes/2 {
		return false
	}
	switch lastRune(t) {
	case ':', '：', ',', ';':
		return false
	case '。':
		// Chinese and Japanese headlines do not end with a full stop; a
		// sentence of some length that does is the lead.
		return st.cjk < 30 && sentenceBreaks(t) == 0
	case '.':
		// A long single sentence with a full stop is more often a lead
		// paragraph than a headline; a Korean headline never ends with one
		// (its sentences do: "…공시했다.").
		return sentenceBreaks(t) == 0 && st.runes <= maxTitleRunes*3/5 && !(hasHangul(t) && (st.cjk*2 > st.runes || strings.HasSuffix(t, "다.")))
	case '!', '?', '！', '？':
		// "Stellantis i Volvo tracą miliardy. Koniec ery elektryków?"
		return sentenceBreaks(t) == 0 || sentenceBreaks(t) == 1 && st.words <= 14
	}
	return sentenceBreaks(t) <= 1 && st.runes <= maxTitleRunes*3/4
}

// categoriesLine reads a "Categories: News, Electric" line in any of the
// supported languages and returns the spans of the category names.
func categoriesLine(t string, off int) ([]entity.Span, bool) {
	i := labelEnd(t)
	if i <= 0 || len(t) > 300 || !categoryLabels[strings.ToLower(trimText(t[:i]))] {
		return nil, false
	}
	_, n := utf8.DecodeRuneInString(t[i:])
	var spans []entity.Span
	start := i + n
	for j := start; j <= len(t); {
		r, w := utf8.DecodeRuneInString(t[j:])
		if j == len(t) || r == ',' || r == '|' || r == ';' || r == '/' || r == '·' || r == '•' || r == '、' || r == '，' {
			s, e := trimSpan(t, start, j)
			if s < e {
				if utf8.RuneCountInString(t[s:e]) > 60 {
					return nil, false
				}
				spans = append(spans, entity.Span{Start: off + s, End: off + e})
			}
			if j == len(t) {
				break
			}
			start = j + w
		}
		j += w
	}
	return spans, len(spans) > 0
}

// bylineWords are the words that introduce an author's name, longest
// first. Those ending in a colon need it.
var bylineWords = func() []string {
	ws := []string{
		"published by", "posted by", "written by", "gepubliceerd door", "geschreven door",
		"publié par", "écrit par", "rédigé par", "veröffentlicht von", "geschrieben von",
		"pubblicato da", "scritto da", "publicado por", "escrito por", "opublikowane przez",
		"napisane przez", "publicerad av", "skriven av",
		"by", "door", "par", "von", "di", "por", "przez", "av",
		"author:", "auteur:", "autor:", "autorin:", "autore:", "autorka:", "yazar:", "yazan:",
		"text:", "tekst:", "texte:", "skribent:", "作者:", "作者：", "文:", "文：", "記者:", "記者：", "기자:",
	}
	// longest first
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && len(ws[j]) > len(ws[j-1]); j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
	return ws
}()

// nameParticles may stand lower-case inside a person's name.
var nameParticles = map[string]bool{
	"van": true, "de": true, "der": true, "den": true, "het": true, "ten": true, "ter": true, "von": true, "zu": true,
	"di": true, "da": true, "del": true, "della": true, "du": true, "des": true, "le": true, "la": true,
	"dos": true, "das": true, "do": true, "y": true, "e": true, "i": true, "et": true, "and": true, "en": true,
	"und": true, "och": true, "ve": true, "a": true, "&": true, "bin": true, "al": true,
}

type bylineMatch struct {
	nameStart, nameEnd int
}

// parseByline reads a byline ("By Jane Doe", "Door Jan de Vries | 2 maart
// 2026", "Autor: Jan Novák") and returns where the name is in t.
func parseByline(t string) (bylineMatch, bool) {
	for _, w := range bylineWords {
		if len(t) <= len(w) || !strings.EqualFold(t[:len(w)], w) {
			continue
		}
		start := len(w)
		if !strings.HasSuffix(w, ":") && !strings.HasSuffix(w, "：") {
			r, n := utf8.DecodeRuneInString(t[start:])
			switch {
			case r == ':' || r == '：': // "Geschreven door: Jan"
				start += n
			case !isSpace(r):
				continue
			}
		}
		s, e := trimSpan(t, start, len(t))
		ne := s + nameEnd(t[s:e])
		ns, ne := trimSpan(t, s, ne)
		if ns == ne || !nameLike(t[ns:ne]) {
			return bylineMatch{}, false
		}
		ne = moreNames(t, ne)
		if len(t)-ne > 80 {
			return bylineMatch{}, false
		}
		return bylineMatch{nameStart: ns, nameEnd: ne}, true
	}
	if m := koreanBylineRE.FindStringSubmatchIndex(t); m != nil && len(t) <= 120 {
		return bylineMatch{nameStart: m[2], nameEnd: m[3]}, true
	}
	return bylineMatch{}, false
}

// conjunctions join the last two names of a byline.
var conjunctions = []string{" and ", " und ", " en ", " et ", " e ", " y ", " i ", " och ", " ve ", " a ", " & "}

// moreNames extends a byline's name that ends at byte ne of t over a list
// of further names that ends with a conjunction: "By Ann Lee, Tom Ortiz
// and Eva Berg, Reuters" reads "Ann Lee, Tom Ortiz and Eva Berg". It
// returns the new end.
func moreNames(t string, ne int) int {
	end := ne
	for k := 0; k < 4 && strings.HasPrefix(t[end:], ", "); k++ {
		s := end + 2
		s, e := trimSpan(t, s, s+nameEnd(t[s:]))
		if s == e || !nameLike(t[s:e]) {
			break
		}
		for _, c := range conjunctions {
			if strings.Contains(t[s:e], c) {
				return e
			}
		}
		end = e
	}
	// Only a list that ends in "X and Y" is a list of names: "Ann Lee,
	// Detroit" is a name and a place.
	return ne
}

// koreanBylineRE matches a Korean byline, where the title follows the
// name: "홍길동 기자", "(서울=연합뉴스) 홍길동 기자 = ...".
var koreanBylineRE = regexp.MustCompile(`^(?:\([^)]{1,30}\)\s*)?(\p{Hangul}{2,4})\s*(?:기자|특파원)(?:\s|$|[=(])`)

// nameSeps end the name part of a byline.
var nameSeps = []string{"|", ",", " - ", " – ", " — ", "·", "•", "(", "/", " on ", " op ", " le ", " am ", " il ", " el ", " em ", " w ", " v ", " den ", "\t", "  "}

func nameEnd(t string) int {
	end := len(t)
	for _, sep := range nameSeps {
		if i := strings.Index(t, sep); i >= 0 && i < end {
			end = i
		}
	}
	if d, ok := findDate(t[:end]); ok && d.start < end {
		end = d.start
	}
	return end
}

// nameLike reports whether t looks like a person's or a desk's name: one
// to six words, capitalized except for particles, no digits.
func nameLike(t string) bool {
	if utf8.RuneCountInString(t) > 60 {
		return false
	}
	fs := strings.Fields(t)
	if len(fs) == 0 || len(fs) > 6 {
		return false
	}
	capital := false
	for _, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case hasDigit(f):
			return false
		case isCJK(r):
			if len(fs) > 2 || utf8.RuneCountInString(f) > 10 {
				return false
			}
			capital = true
		case unicode.IsUpper(r):
			capital = true
		case nameParticles[f]:
		default:
			return false
		}
	}
	if r := lastRune(t); r == ',' || r == ':' || r == ';' {
		return false // a clause cut short ("V Indii,"), not a name
	}
	return capital && !endsSentence(t)
}

// A dateLineMatch is a header line that holds a date.
type dateLineMatch struct {
	date dateMatch
	// runOn is the byte offset in the line where text that runs on after
	// the date starts (a title or the body's first paragraph), or -1.
	runOn int
	// author is the span of a byline name after the date, if any.
	author entity.Span
	// labelled is set when a label ("Published", "发布时间") stands before
	// the date.
	labelled bool
}

// timeRE matches a time of day and separators after a header date.
var timeRE = regexp.MustCompile(`(?i)^[\t \p{Zs},|·•–—-]*(?:(?:om|at|à|um|alle|ore|a las|às|kl\.?|saat|godz\.?|v|o)[\t \p{Zs}]+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[\t \p{Zs}]*(?:uur|uhr|h|am|pm|a\.m\.|p\.m\.))?` +
	`(?:[\t \p{Zs}]*\(?(?:et|pt|ct|mt|est|edt|cst|cdt|pst|pdt|bst|ist|jst|kst|cet|cest|mez|mesz|utc|gmt)(?:[+-]\d{1,2})?\)?(?:[^\p{L}]|$))?`)

// weekdayAfterRE matches a weekday written after a date: "星期六", "周六",
// "(土)", "土曜日", "토요일", "(토)", and the European ones after a comma.
var weekdayAfterRE = regexp.MustCompile(`^[\t \p{Zs},|·]*(?:星期[一二三四五六日天]|周[一二三四五六日]|[（(]?[月火水木金土日]曜?日?[)）]|[月火水木金土日]曜日|` +
	`[월화수목금토일]요일|[（(][월화수목금토일][)）])`)

// dateLine recognizes a line that is a header date: a date near the start
// of the line, after nothing or a label ("date", "Published on",
// "Gepubliceerd op", a weekday), followed by nothing, a time, a byline or
// text that runs on.
func dateLine(t string) (dateLineMatch, bool) {
	return dateLineN(t, true)
}

// dateLineN is dateLine; with second, a second date line may follow the
// first on the same line.
func dateLineN(t string, second bool) (dateLineMatch, bool) {
	d, ok := findDate(t)
	if !ok || d.start > 60 {
		return dateLineMatch{}, false
	}
	pre := trimText(t[:d.start])
	after := d.end
	if m := weekdayAfterRE.FindStringIndex(t[after:]); m != nil {
		after += m[1]
	}
	if m := timeRE.FindStringIndex(t[after:]); m != nil {
		after += m[1]
	}
	if m := weekdayAfterRE.FindStringIndex(t[after:]); m != nil {
		after += m[1]
	}
	for after < len(t) {
		r, n := utf8.DecodeRuneInString(t[after:])
		if !isSpace(r) && !strings.ContainsRune(",|·•–—-", r) {
			break
		}
		after += n
	}
	rest := t[after:]
	out := dateLineMatch{date: d, runOn: -1, labelled: pre != "" && labelOnly(pre)}
	if rest != "" && cjkMeta(rest) {
		// "发布时间:2015-05-28 14:06:22  来源:京华时报  作者:佚名", " date
		// 2025-11-09 實習編輯藍子瑄／台北報導": source and byline, no text.
		return out, true
	}
	short := len(pre) <= 60 && len(strings.Fields(pre)) <= 6 && !endsSentence(pre) && sentenceBreaks(pre) == 0
	if short && rest != "" && len(rest) <= 48 && hasDigit(rest) {
		// "Nov 20, 2026 · 4 min read", "… | Updated 2 hours ago",
		// "… Updated 9:12 a.m."
		k := lowerKey(rest)
		if readingCandidate(k) && readingTimeRE.MatchString(k) || relativeTimeRE.MatchString(k) || stampLine(rest) {
			return out, true
		}
	}
	if second && short && rest != "" && len(rest) <= 100 && hasDigit(rest) {
		// "Publié le 30/07/2026 à 08h15 - Mis à jour le 30/07/2026 à
		// 10h02": a second date, of the last update, on the same line.
		if dl, ok := dateLineN(rest, false); ok && dl.runOn < 0 {
			if dl.author.End > 0 {
				out.author = entity.Span{Start: after + dl.author.Start, End: after + dl.author.End}
			}
			return out, true
		}
	}
	switch {
	case rest == "":
		return out, short
	case (labelOnly(pre) || domainName(pre)) && runOnStart(rest) && stats(rest).words >= 3:
		if b, ok := parseByline(rest); ok {
			out.author = entity.Span{Start: after + b.nameStart, End: after + b.nameEnd}
			return out, true
		}
		out.runOn = after
		return out, true
	case short:
		if b, ok := parseByline(rest); ok {
			out.author = entity.Span{Start: after + b.nameStart, End: after + b.nameEnd}
			return out, true
		}
		return out, len(rest) <= 30
	}
	return dateLineMatch{}, false
}

// domainName reports whether t is a site's domain name ("Autoroad.cz"),
// which some pages print before the date of a story they carry.
func domainName(t string) bool {
	i := strings.LastIndexByte(t, '.')
	if len(t) > 40 || i <= 0 || len(t)-i < 3 || strings.ContainsAny(t, " \t/:") {
		return false
	}
	for _, r := range t[i+1:] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// runOnStart reports whether t can start a title or paragraph that runs on
// after a header date: it starts with a capital, digit, quote or CJK.
func runOnStart(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isCJK(r) || strings.ContainsRune("\"'“‘«„", r) ||
		unicode.IsLetter(r) && !unicode.IsLower(r)
}

// dateLabels are the words that may stand before a header date. The weak
// ones (prepositions) only count together with a strong one.
var dateLabels = map[string]bool{
	"date": true, "datum": true, "data": true, "fecha": true, "tarih": true, "dato": true, "datum:": true,
	"published": true, "posted": true, "updated": true, "gepubliceerd": true, "geplaatst": true, "bijgewerkt": true,
	"publié": true, "publiée": true, "publication": true, "veröffentlicht": true, "aktualisiert": true, "stand": true,
	"pubblicato": true, "aggiornato": true, "publicado": true, "actualizado": true, "atualizado": true,
	"opublikowano": true, "zaktualizowano": true, "publikováno": true, "aktualizováno": true,
	"publicerad": true, "publicerat": true, "uppdaterad": true, "yayınlanma": true, "yayınlandı": true,
	"güncellendi": true, "güncelleme": true, "发布时间": true, "发布于": true, "日期": true, "公開日": true,
	"更新日": true, "게시일": true, "작성일": true, "입력": true, "수정": true,
	// weekdays
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"segunda-feira": true, "terça-feira": true, "quarta-feira": true, "quinta-feira": true, "sexta-feira": true,
	"poniedziałek": true, "wtorek": true, "środa": true, "czwartek": true, "piątek": true, "sobota": true, "niedziela": true,
	"pondělí": true, "úterý": true, "středa": true, "čtvrtek": true, "pátek": true, "neděle": true,
	"måndag": true, "tisdag": true, "onsdag": true, "torsdag": true, "fredag": true, "lördag": true, "söndag": true,
	"pazartesi": true, "salı": true, "çarşamba": true, "perşembe": true, "cuma": true, "cumartesi": true, "pazar": true,
}

// weakDateLabels are prepositions and articles that stand before dates.
var weakDateLabels = map[string]bool{
	"on": true, "op": true, "le": true, "am": true, "il": true, "el": true, "em": true, "vom": true, "à": true,
	"at": true, "de": true, "mis": true, "jour": true, "in": true, "w": true, "dne": true, "den": true, "the": true,
}

// labelOnly reports whether pre is empty or made only of date labels, at
// least one of them strong.
func labelOnly(pre string) bool {
	if pre == "" {
		return true
	}
	strong := false
	for _, f := range strings.Fields(strings.ToLower(pre)) {
		f = strings.TrimRight(f, ":：,")
		switch {
		case f == "":
		case dateLabels[f]:
			strong = true
		case weakDateLabels[f]:
		default:
			return false
		}
	}
	return strong
}

// byline returns the span of the name on a short byline line that starts
// at byte offset off.
func byline(t string, off int) (entity.Span, bool) {
	if len(t) > 160 {
		return entity.Span{}, false
	}
	b, ok := parseByline(t)
	if !ok {
		return entity.Span{}, false
	}
	return entity.Span{Start: off + b.nameStart, End: off + b.nameEnd}, true
}

// hasHangul reports whether t holds a Hangul syllable.
func hasHangul(t string) bool {
	for _, r := range t {
		if r >= 0xAC00 && r <= 0xD7A3 {
			return true
		}
	}
	return false
}

// wrapped reports whether line i is hard-wrapped text, not a headline: the
// very next line continues its sentence ("Bu rakam Türk otomotiv
// sanayiinde bir" / "model için bugüne kadar ..."). Every supported
// language with letter case starts a sentence, and a text under its
// headline, in upper case.
func wrapped(src string, lines []line, i int) bool {
	if i+1 >= len(lines) || lines[i+1].blank() {
		return false
	}
	return joins(src[lines[i].s:lines[i].e], src[lines[i+1].s:lines[i+1].e])
}
