package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
	"github.com/autonews/autonews/internal/stopwords"
)

// A layout is the body of a text and the page furniture around and inside it.
type layout struct {
	body   entity.Span
	paras  []entity.Span
	boiler []entity.Boilerplate
	author entity.Span // a name found in an author box
}

// layoutBody splits the lines from the header's end into body and
// boilerplate. The body ends before the first block of page furniture
// after which no running text follows; furniture inside the body is
// reported as boilerplate and left out of the paragraphs.
func layoutBody(src string, lines []line, marks []mark, h *header) layout {
	var out layout
	n := len(lines)
	from := h.bodyLine
	if from < n && h.bodyStart > lines[from].s {
		marks[from] = mark{} // the rest of a date line is text
	}
	absorb(src, lines, marks, from)

	firstTerminal := n
	for i := from; i < n; i++ {
		if marks[i].head.terminal {
			firstTerminal = i
			break
		}
	}
	// The last line of running text before the terminal section; the
	// text's last line counts when the text was cut short in it.
	lastText := -1
	if firstTerminal == n {
		lastText = nextLineBack(lines, n-1)
	}
	lastStrong := -1
	weak := 0 // lines before a relative time are teasers, not text
	for i := firstTerminal - 1; i >= from; i-- {
		l := lines[i]
		if l.blank() {
			continue
		}
		if marks[i].relative {
			weak = 2
			continue
		}
		if weak > 0 {
			weak--
			continue
		}
		if t := src[l.s:l.e]; !marks[i].marker && strong(t) && !promo(t) {
			if bio(t, src, h) {
				// "Megan Hart covers the auto industry from Detroit. …"
				// under an article by Megan Hart: her author box.
				marks[i] = mark{reason: entity.AuthorBox, marker: true}
				continue
			}
			if selfNotice(t) || len(t) <= 400 && rightsNotice(t) {
				// "Reuters ha colaborado en la elaboración de este
				// artículo.", "This article was translated with ...", a
				// rights notice that ends like a sentence ("鄭重声明:本文
				// の著作権は…ください。"). Read here, at the end only, not
				// on every line.
				marks[i] = mark{reason: entity.Credit, marker: true}
				continue
			}
			lastStrong = i
			break
		}
	}
	if lastText > lastStrong && !marks[lastText].marker && cutShort(src[lines[lastText].s:lines[lastText].e]) {
		// Unless a name (an author box) stands between.
		named := false
		for i := max(lastStrong+1, from); i < lastText; i++ {
			if t := src[lines[i].s:lines[i].e]; !lines[i].blank() && nameLike(t) && stats(t).words >= 2 {
				named = true
			}
		}
		if !named {
			lastStrong = lastText
		}
	}
	trail := firstTerminal
	for i := max(lastStrong+1, from); i < firstTerminal; i++ {
		if marks[i].marker {
			trail = i
			break
		}
		if l := lines[i]; !l.blank() {
			if r, ok := tailFurniture(src[l.s:l.e]); ok {
				marks[i] = mark{reason: r, marker: true}
				trail = i
				break
			}
		}
	}
	// An author box at the end: a name over at most two lines, its bio.
	for i, k := trail-1, 0; i > max(lastStrong-2, from) && k < 3; i-- {
		if lines[i].blank() {
			continue
		}
		k++
		if t := src[lines[i].s:lines[i].e]; !marks[i].marker && nameLike(t) && stats(t).words >= 2 && stats(t).words <= 4 {
			marks[i] = mark{reason: entity.AuthorBox, marker: true}
			trail = i
		}
	}
	// The very last line cannot end an article when it introduces what is
	// not there ("Les alle Motors biltester:"). (A word alone under a blank
	// line may be a site's name, but as often the start of a paragraph
	// that an excerpt cut short: "Unenviable", "Hyunda".)
	if trail == n {
		if i := nextLineBack(lines, n-1); i > lastStrong && i > from && !marks[i].marker && lastLine(src[lines[i].s:lines[i].e]) {
			marks[i] = mark{reason: entity.OtherBoilerplate, marker: true}
			trail = i
		}
	}
	// Context: short lines between the last paragraph and the furniture
	// that follows it belong to the furniture ("Jetzt weiterlesen mit …
	// Plus", "Follow us on Google News", an address over a phone number):
	// a body does not end in a heading or a label.
	if trail < n {
		for i := trail - 1; i > max(lastStrong, from-1); i-- {
			if lines[i].blank() {
				continue
			}
			t := src[lines[i].s:lines[i].e]
			if marks[i].marker {
				break
			}
			// A caption over its credit may be longer ("Novo Peugeot 3008,
			// estrela da marca no Salão de SP, ..." / "Crédito: ...").
			j := nextLine(lines, i+1)
			caption := j > i && len(t) <= 300 && !endsSentence(t) && marks[j].caption
			if !caption && !shortLine(t) {
				break
			}
			marks[i] = mark{reason: entity.OtherBoilerplate, marker: true}
			trail = i
		}
	}
	if trail < n && marks[trail].relative {
		// The headline and teaser before a relative time belong to it.
		for i, k := trail-1, 0; i > lastStrong && i >= from && k < 2; i-- {
			if !lines[i].blank() {
				trail, k = i, k+1
			}
		}
	}

	// Body zone.
	prev := -1 // index of the previous body line, -1 after furniture
	for i := from; i < trail; i++ {
		l := lines[i]
		if i == from && h.bodyStart > l.s {
			l.s = h.bodyStart
		}
		if l.blank() {
			if prev >= 0 {
				prev = -2 // a blank line ends a paragraph
			}
			continue
		}
		if m := marks[i]; m.marker {
			out.addBoiler(l, m.reason)
			out.note(m)
			prev = -1
			continue
		}
		if len(out.paras) == 0 {
			out.body.Start = l.s
		}
		out.body.End = l.e
		if prev >= 0 && joins(src[lines[prev].s:lines[prev].e], src[l.s:l.e]) {
			out.paras[len(out.paras)-1].End = l.e
		} else {
			out.paras = append(out.paras, entity.Span{Start: l.s, End: l.e})
		}
		prev = i
	}
	if len(out.paras) == 0 {
		out.body = entity.Span{Start: h.bodyStart, End: h.bodyStart}
	} else {
		out.cutCredit(src)
	}

	// Trailing furniture: unmarked lines take the reason of the block they
	// follow.
	reason := entity.OtherBoilerplate
	for i := trail; i < n; i++ {
		if marks[i].marker {
			reason = marks[i].reason // for the teasers before a relative time
			break
		}
	}
	for i := trail; i < n; i++ {
		l := lines[i]
		if l.blank() {
			continue
		}
		if m := marks[i]; m.marker {
			reason = m.reason
			out.note(m)
		}
		out.addBoiler(l, reason)
	}
	return out
}

// editorCodeRE matches the editors' initials that German wire stories end
// with: "/men/stk", "/kel/DP/mis".
var editorCodeRE = regexp.MustCompile(`\s*/[A-Za-z]{2,4}(?:/[A-Za-z]{2,4}){1,3}$`)

// cutCredit moves a wire story's credit in brackets at the end of the
// last paragraph ("… said Johnston. (Reporting by Ann Lee; Editing by Tom
// Ortiz)", "… (con Ansa)") out of the paragraph and the body into the
// boilerplate.
func (out *layout) cutCredit(src string) {
	p := &out.paras[len(out.paras)-1]
	t := src[p.Start:p.End]
	if m := editorCodeRE.FindStringIndex(t); m != nil && m[0] > 0 && endsSentence(t[:m[0]]) {
		// "... als befürchtet./men/stk": a wire editor's code.
		out.boiler = append(out.boiler, entity.Boilerplate{Span: entity.Span{Start: p.Start + m[0], End: p.End}, Reason: entity.Credit})
		p.End = p.Start + m[0]
		out.body.End = p.End
		return
	}
	i, reason := tailCredit(t)
	if i <= 0 {
		return
	}
	s, e := trimSpan(src, p.Start, p.Start+i)
	if s == e || !endsSentence(src[s:e]) {
		return
	}
	out.boiler = append(out.boiler, entity.Boilerplate{Span: entity.Span{Start: p.Start + i, End: p.End}, Reason: reason})
	p.End, out.body.End = e, e
	if i := inlineRelated(src[p.Start:p.End]); i > 0 {
		// One more: "… veicoli. Leggi anche: …" before the credit.
		out.boiler = append(out.boiler, entity.Boilerplate{Span: entity.Span{Start: p.Start + i, End: p.End}, Reason: entity.RelatedLinks})
		_, e := trimSpan(src, p.Start, p.Start+i)
		p.End, out.body.End = e, e
	}
}

// maxTailCredit is the longest a credit at the end of a paragraph may be,
// in runes.
const maxTailCredit = 60

// tailCredit returns where a credit that ends t starts, and its reason,
// or 0: a credit in brackets ("(Reporting by Ann Lee)", "(dpa)", "[비즈니스
// 포스트 차화영 기자]": a short bracket with no sentence in it), an
// agency's code in capitals ("… ediyoruz.' AA"), a reporter's e-mail
// address ("… 마쳤다. /hyk@seadaily.com"), or a related link run on after
// its label ("… veicoli. Leggi anche: Fiat Grande Panda …"). The caller
// checks that a sentence ends before it.
func tailCredit(t string) (int, entity.Reason) {
	switch r, _ := utf8.DecodeLastRuneInString(t); r {
	case ')', ']', '）', '】':
		var i int
		if r == ')' {
			i = openingParen(t)
		} else {
			i = strings.LastIndexAny(t, "[（【")
		}
		if i <= 0 {
			return 0, 0
		}
		inner := t[i:]
		if credit(inner) {
			return i, entity.AuthorBox
		}
		in := strings.TrimSpace(strings.Trim(inner, "()[]（）【】"))
		if n := utf8.RuneCountInString(in); n >= 2 && n <= maxTailCredit && !endsSentence(in) &&
			!strings.ContainsAny(in, ".!?。！？") && hasLetter(in) && !isYear(in) {
			return i, entity.Credit
		}
		return 0, 0
	}
	j := strings.LastIndexAny(t, " \t")
	if j <= 0 {
		return 0, 0
	}
	last := strings.TrimLeft(t[j+1:], "/")
	switch {
	case len(last) >= 2 && len(last) <= 6 && allUpper(last):
		return j + 1, entity.Credit
	case strings.Count(last, "@") == 1 && strings.Contains(last[strings.Index(last, "@"):], ".") && len(last) <= 80:
		return j + 1, entity.Credit
	}
	if i := inlineRelated(t); i > 0 {
		return i, entity.RelatedLinks
	}
	return 0, 0
}

// inlineRelated returns where a related-links label run on into the end of
// t starts ("… veicoli. Leggi anche: Fiat Grande Panda, …", as in a page
// flattened to one line), or 0: a heading label after a sentence end,
// then a colon and at most 200 bytes.
func inlineRelated(t string) int {
	from := max(0, len(t)-260)
	for c := strings.LastIndex(t, ":"); c > from; c = strings.LastIndex(t[:c], ":") {
		if len(t)-c > 200 {
			return 0
		}
		s := strings.LastIndexAny(t[max(0, c-40):c], ".!?")
		if s < 0 {
			continue
		}
		s += max(0, c-40) + 1
		label := strings.ToLower(strings.TrimSpace(t[s:c]))
		if h, ok := headings[label]; ok && h.list && s > 0 {
			for s < c && t[s] == ' ' {
				s++
			}
			return s
		}
	}
	return 0
}

// hasLetter reports whether t holds a letter.
func hasLetter(t string) bool {
	return strings.IndexFunc(t, unicode.IsLetter) >= 0
}

// allUpper reports whether t is all upper-case letters.
func allUpper(t string) bool {
	for _, r := range t {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return t != ""
}

// isYear reports whether t is a year or a span of years ("2024",
// "2019-2024").
func isYear(t string) bool {
	return strings.Trim(t, "0123456789-–/ ") == ""
}

// shortLine reports whether t, a line between the last paragraph and the
// furniture after it, is too short to end an article: under 80 runes
// (40 CJK) without a sentence's final stop, or a "label: value" line ("To
// be continued." is a short last line; "Wydawca: Moto Media sp. z o.o."
// heads an address). A bullet is not: a list ends many articles.
func shortLine(t string) bool {
	if _, bullet := cutBullet(trimText(t)); bullet {
		return false // a list the text introduces ("… enligt följande:")
	}
	n := utf8.RuneCountInString(t)
	if stats(t).cjk > 0 {
		n *= 2
	}
	return n < 80 && (!endsSentence(t) || labelEnd(t) > 0)
}

// bio reports whether t, a paragraph at the end, is the author's bio: it
// starts with the name of the article's author (two words at least).
func bio(t, src string, h *header) bool {
	if h.author.IsEmpty() {
		return false
	}
	name := src[h.author.Start:h.author.End]
	return strings.Count(name, " ") >= 1 && len(t) > len(name) && strings.HasPrefix(t, name) && t[len(name)] == ' '
}

// note records the author that an author-box line carries.
func (out *layout) note(m mark) {
	if m.author.End > 0 && out.author.IsEmpty() {
		out.author = m.author
	}
}

// addBoiler reports line l as furniture, merging it into the previous
// block when that has the same reason and only blank lines lie between.
func (out *layout) addBoiler(l line, r entity.Reason) {
	if k := len(out.boiler); k > 0 {
		last := &out.boiler[k-1]
		if last.Reason == r && (len(out.paras) == 0 || out.paras[len(out.paras)-1].End <= last.Start) {
			last.End = l.e
			return
		}
	}
	out.boiler = append(out.boiler, entity.Boilerplate{Span: entity.Span{Start: l.s, End: l.e}, Reason: r})
}

// absorb marks the lines that furniture headings own: the short lines and
// bullets after "Read also", the name after "Published by", the paragraph
// after "About the author".
func absorb(src string, lines []line, marks []mark, from int) {
	n := len(lines)
	for i := from; i < n; i++ {
		h := marks[i].head
		switch {
		case h.list:
			blank := false
			for j := i + 1; j < n; j++ {
				l := lines[j]
				if l.blank() {
					blank = true
					continue
				}
				if marks[j].marker {
					break
				}
				t := src[l.s:l.e]
				_, bullet := cutBullet(t)
				if !bullet && (blank || utf8.RuneCountInString(t) > 150) {
					break
				}
				marks[j] = mark{reason: h.reason, marker: true}
				i = j
			}
		case h.byline || h.bio:
			j := i + 1
			for j < n && lines[j].blank() {
				j++
			}
			if j == n || marks[j].marker {
				continue
			}
			l := lines[j]
			t := src[l.s:l.e]
			if h.byline && nameLike(t) {
				marks[j] = mark{reason: h.reason, marker: true, author: entity.Span{Start: l.s, End: l.e}}
			} else if h.bio {
				marks[j] = mark{reason: h.reason, marker: true}
			}
			i = j
		}
	}
}

// strong reports whether t reads as running text: a full sentence of some
// length that is not a teaser cut off with an ellipsis.
func strong(t string) bool {
	if !endsSentence(t) || endsEllipsis(t) {
		return false
	}
	st := stats(t)
	return st.words >= 6 && st.runes >= 40 || st.cjk >= 15
}

// joins reports whether line b continues the paragraph of line a, as in
// hard-wrapped text: a stops mid-sentence and b starts in lower case.
func joins(a, b string) bool {
	switch lastRune(a) {
	case '.', '!', '?', ':', ';', '…', '。', '！', '？', '：':
		return false
	}
	r, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLower(r)
}

// platforms are the names of the apps, messengers and channels that pages
// promote after an article; they are written the same in every language.
var platforms = []string{"whatsapp", "telegram", "youtube", "instagram", "facebook", "tiktok", "linkedin",
	"twitter", "threads", "bluesky", "mastodon", "google news", "google noticias", "google notícias",
	"dailymotion", "spotify", "apple podcasts", "app store", "google play", "wechat", "微信", "微博",
	"kakaotalk", "카카오톡", "line公式", "podcast"}

// promo reports whether t, a short line, points readers to an app, a
// messenger or a channel ("Follow us on WhatsApp", "Confira os vídeos no
// YouTube", "Apúntese a nuestro canal de Whatsapp").
func promo(t string) bool {
	return len(t) <= 300 && containsAny(t, platforms)
}

// counterRE matches a position counter: "article 6 of 11", "6/11",
// "artículo 3 de 12", "Bild 2 von 8".
var counterRE = regexp.MustCompile(`(?i)^\p{L}*[\t \p{Zs}]*\d{1,3}[\t \p{Zs}]*(?:/|of|de|di|van|von|sur|z|ze|av|из)[\t \p{Zs}]*\d{1,3}$`)

// tailFurniture reports whether t, a line after the last full sentence of
// an article, is furniture, and why: a promotion, a position counter, a
// lone name of two to four words (a byline or the name over an author
// bio; one capitalized word may be the last word of a text cut short), a
// date line, or a credit.
func tailFurniture(t string) (entity.Reason, bool) {
	switch {
	case promo(t):
		return entity.Promo, true
	case len(t) <= 40 && counterRE.MatchString(t):
		return entity.Counter, true
	case nameLike(t) && stats(t).words >= 2 && stats(t).words <= 4:
		return entity.AuthorBox, true
	case credit(t) || agencyCredit(t):
		return entity.Credit, true
	case contactLine(t):
		return entity.Contact, true
	case len(t) <= 400 && rightsNotice(t):
		return entity.OtherBoilerplate, true
	}
	if u, _ := cutBullet(t); cjkLabel(u) && strings.ContainsAny(u, " \u3000") {
		// "• 股票名称 最新价 涨跌幅": a widget's labels, spaced apart (a
		// sub-heading is not).
		return entity.OtherBoilerplate, true
	}
	if dl, ok := dateLine(t); ok && dl.runOn < 0 {
		return entity.DateStamp, true
	}
	return 0, false
}

// phoneRE matches a telephone number: an optional country code and three
// or more groups of digits separated by spaces, dots, dashes or slashes,
// eight digits in all at least ("+49 30 1234 5678", "0800 123 456").
var phoneRE = regexp.MustCompile(`(?:^|[^\p{N}])(?:\+\d{1,3}[ .\-/]?)?(?:\(\d{1,5}\)[ .\-/]?)?\d{2,5}(?:[ .\-/]\d{2,5}){2,4}(?:[^\p{N}]|$)`)

// hoursRE matches opening hours: a range of days or of times of day
// ("Mo–Fr 8–18 Uhr", "8:00-20:00", "9h-18h").
var hoursRE = regexp.MustCompile(`\d{1,2}(?:[:.h]\d{2}|h)?\s*[-–]\s*\d{1,2}(?:[:.h]\d{2}|h)(?:[^\p{N}]|$)|\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:uhr|h|u)\b`)

// contactLine reports whether t, a short line after an article, is a
// customer-service number, an address with one, or opening hours: a
// line of at most 160 bytes with a telephone number or opening hours and
// few words besides.
func contactLine(t string) bool {
	if len(t) > 160 || stats(t).words > 16 {
		return false
	}
	if m := phoneRE.FindString(t); m != "" {
		digits := 0
		for _, r := range m {
			if r >= '0' && r <= '9' {
				digits++
			}
		}
		if digits >= 8 {
			return true
		}
	}
	return hoursRE.MatchString(strings.ToLower(t))
}

// nextLineBack returns the index of the last non-blank line at or before
// i, or -1.
func nextLineBack(lines []line, i int) int {
	for ; i >= 0; i-- {
		if !lines[i].blank() {
			return i
		}
	}
	return -1
}

// minCutWords is how many words a last line cut off mid-sentence must have
// to be taken for running text: teasers and link titles are shorter.
const minCutWords = 16

// cutShort reports whether t, the last line of a text, is running text
// cut off mid-sentence (an excerpt, a truncated feed item): minCutWords
// words and a hundred characters or more with the stop words of some language, ending in a word or a comma,
// not in an ellipsis.
func cutShort(t string) bool {
	if st := stats(t); endsSentence(t) || endsEllipsis(t) || st.words < minCutWords || st.runes < 100 {
		return false
	}
	r := lastRune(t)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ',' {
		return false
	}
	return stopwords.Density(t).Share() >= minParaStop
}

// cjkLabel reports whether t is a short line of CJK words with no sentence
// or clause punctuation: a label, a table header, a link.
func cjkLabel(t string) bool {
	st := stats(t)
	return st.cjk > 0 && st.cjk*2 > st.runes && st.cjk < maxCJKLabel && !strings.ContainsAny(t, "。！？，、,")
}

// openingParen returns the index of the '(' that the ')' ending t closes,
// counting nested pairs ("(文/汽車(chē)之家 周宇軒)"), or -1.
func openingParen(t string) int {
	depth := 0
	for i := len(t) - 1; i >= 0; i-- {
		switch t[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// selfWords are "this article" in the supported languages: a paragraph at
// the end that speaks of the article itself is a note on how it was made.
var selfWords = []string{"this article", "this story", "dit artikel", "dit bericht", "dieser artikel", "diesen artikel", "diesem artikel",
	"dieses artikels", "cet article", "questo articolo", "este artículo", "este artigo", "esta matéria", "ten artykuł",
	"tego artykułu", "tento článek", "tohoto článku", "denna artikel", "bu makale", "bu haber", "本文", "この記事", "이 기사"}

// selfNotice reports whether t, a paragraph at the end of the text, is a
// note on the article itself: who helped write it, how it was translated.
func selfNotice(t string) bool {
	return len(t) <= 400 && containsAny(t, selfWords)
}

// lastLine reports whether t, the last line of a text, is furniture: a
// short line that ends with a colon.
func lastLine(t string) bool {
	switch r, _ := utf8.DecodeLastRuneInString(t); r {
	case ':', '：':
		return shortLine(t)
	}
	return false
}
