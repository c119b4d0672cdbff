package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
	"github.com/autonews/autonews/internal/stopwords"
)

// The lead is where a web page's furniture at the top (site name, search
// box, newsletter link, photo caption, byline without "By", section label,
// repeated headline) gives way to the article. parseHeader reads the
// header lines it knows by their phrases; findLead then checks its result
// against language-neutral evidence, in the tradition of jusText: the
// first paragraph of running text (a full sentence of some length, with
// the stop words of some language), the headline as the line before it
// that reads as one, and the body from the first line of text after the
// headline, which may be a standfirst.

// maxLeadLines is how many non-blank lines from the top findLead reads
// while looking for the first paragraph.
const maxLeadLines = 30

// minParaStop is the share of stop words that running text has in any
// language with a list (headlines, names and labels have fewer).
const minParaStop = 0.12

// paragraph reports whether t reads as a paragraph of running text: a full
// sentence of twelve words and a hundred characters or more (longer than
// a photo caption) with the stop words of some language, or a
// long passage of CJK text.
func paragraph(t string) bool {
	st := stats(t)
	if st.cjk >= 30 && st.cjk*2 > st.runes {
		// Korean ends its sentences with ASCII stops ("…세워져 있다.").
		return strings.ContainsAny(t, "。！？") || endsSentence(t) || st.cjk >= 60
	}
	if st.words < 12 || st.runes < 100 || endsEllipsis(t) {
		return false
	}
	if !endsSentence(t) && lastRune(t) != ':' && st.words < 25 {
		return false
	}
	return stopwords.Density(t).Share() >= minParaStop
}

// leadText reports whether t can open the body after a headline: a
// paragraph, or a standfirst of eight words or more with the stop words of
// some language.
func leadText(t string) bool {
	if paragraph(t) {
		return true
	}
	st := stats(t)
	if st.cjk*2 > st.runes {
		// CJK: a sentence, however short ("沒有一個賺到大錢。" under the
		// headline), or a passage too long for a subtitle.
		return st.cjk >= 6 && endsSentence(t) && !strings.ContainsAny(t, "：:") || st.cjk >= 15 && strings.ContainsAny(t, "。！？") || st.cjk >= 60
	}
	return st.words >= 8 && st.runes >= 50 && !endsEllipsis(t) && stopwords.Density(t).Share() >= minParaStop
}

// furnitureReason says what kind of furniture the line t at the top of a
// page is; aboveTitle is set for lines above the headline, where a line
// that ends with a full stop is a photo caption.
func furnitureReason(t string, aboveTitle bool) entity.Reason {
	switch {
	case credit(t) || agencyCredit(t):
		return entity.Credit
	case aboveTitle && endsSentence(t), captionLabelLine(t):
		return entity.Caption
	case nameLike(t) && stats(t).words >= 2 && strings.ToUpper(t) != t:
		return entity.AuthorBox // a byline without "By"
	}
	return entity.OtherBoilerplate
}

// captionLabelLine reports whether t is a photo label or credit line:
// "Foto: dpa", "Photo DR", "Imagem de Destaque" (a picture word and at
// most three more words).
func captionLabelLine(t string) bool {
	st := stats(t)
	if st.words > 4 {
		return false
	}
	for _, f := range strings.Fields(strings.ToLower(t)) {
		if pictureWords[strings.Trim(f, ":()[]")] {
			return true
		}
	}
	return false
}

// pictureWords are the words for a picture in the supported languages and
// their neighbours.
var pictureWords = map[string]bool{
	"photo": true, "foto": true, "fotos": true, "photos": true, "image": true, "imagem": true, "imagen": true,
	"immagine": true, "bild": true, "bilder": true, "picture": true, "zdjęcie": true, "fot.": true, "fot": true,
	"snímek": true, "fotografie": true, "fotoğraf": true, "görsel": true, "图片": true, "照片": true, "写真": true,
	"사진": true, "illustration": true, "illustrasjon": true, "kuva": true,
}

// furnitureLine reports whether t, between a headline and the first
// paragraph, is page furniture rather than the start of the body: a name
// (a byline without "By", a site's name), a label of up to three words
// ("ECONOMÍA", "Imagem de Destaque"), a date line, a short line that
// starts in lower case, or a line without letters.
func furnitureLine(t string) bool {
	st := stats(t)
	if st.letters == 0 || nameLike(t) || bareURL(t) || slashCredit(t) {
		return true
	}
	if st.cjk > 0 && st.cjk*2 > st.runes {
		// A short CJK line with no sentence or clause punctuation: a
		// kicker, a label, a subtitle over the text.
		return cjkLabel(t)
	}
	if st.words <= 3 && !endsSentence(t) {
		return true
	}
	if dl, ok := dateLine(t); ok && dl.runOn < 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return st.words < 8 && !endsSentence(t) && unicode.IsLower(r)
}

// headline reports whether t reads as a headline: a title-like line of
// three words or more (six CJK characters) that starts like a sentence,
// does not end with a full stop (as captions and standfirsts do), and is
// not a name, a date or a label.
func headline(t string) bool {
	if !titleLike(t) {
		return false
	}
	st := stats(t)
	if st.cjk > 0 && st.cjk*2 > st.runes {
		if st.cjk < 6 {
			return false
		}
	} else if st.words < 3 {
		return false
	}
	if r := lastRune(t); r == '。' || r == '.' && !shortName(strings.TrimSuffix(t, ".")) {
		return false // "... Audi & Co." ends with an abbreviation, not a full stop
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, "¿¡\"'“‘«„"))
	if unicode.IsLower(r) && t[0] != 0xC2 { // "¿los mayores..." starts with '¿' (C2 BF)
		return false
	}
	if nameLike(t) && st.words <= 4 {
		return false // a byline without "By", a site's name
	}
	if _, ok := findDate(t); ok && st.words <= 6 {
		return false
	}
	if _, ok := dateLine(t); ok {
		return false
	}
	if st.words <= 8 && timeOfDayRE.MatchString(t) && yearRE.MatchString(t) {
		return false // a stamp in a language whose month names we lack: "2021. szeptember 1. 06:50 Világ"
	}
	_, ok := parseByline(t)
	return !ok
}

// shortName reports whether t ends with a capitalized word of at most
// four letters ("Co", "Inc", "AG"), whose period is an abbreviation's.
func shortName(t string) bool {
	i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	w := t[i+1:]
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(t[i:])
		w = t[i+n:]
	}
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && utf8.RuneCountInString(w) <= 4 && unicode.IsUpper(r)
}

// maxCJKLabel is how many CJK characters a line between the headline and
// the first paragraph may have to be taken for furniture when it has no
// sentence or clause punctuation.
const maxCJKLabel = 20

// sourceTagRE matches a source's tag in brackets at the start of an
// article's first line: "[汽車之家 新聞] ", "【新华社北京5月3日电】".
// A Korean wire story's reporter follows its tag: "[서울=뉴시스]임철휘 기자 = ".
// So does a dateline with a wire's name between slashes: "オタワ、4月25日。
// /タス/. ", "MOSCOW, April 25. /TASS/. ".
var sourceTagRE = regexp.MustCompile(`^(?:(?:\[[^\]]{1,30}\]|【[^】]{1,40}】)[\t \p{Zs}]*(?:[^=\n]{1,24}기자[\t \p{Zs}]*=[\t \p{Zs}]*)?|[^/\n]{1,40}[.。][\t \p{Zs}]*/[^/\s]{2,12}/\.?[\t \p{Zs}]*)`)

// yearRE matches a year of this century or the last.
var yearRE = regexp.MustCompile(`(?:^|[^\p{N}])(?:19|20)\d{2}(?:[^\p{N}]|$)`)

// maxDateLine is the longest a date line under a standfirst may be, in
// bytes.
const maxDateLine = 120

// maxDateSearch is how many lines under the body's first line are read
// for the article's date when the header had none.
const maxDateSearch = 6

// parenDate returns the length of a date in brackets that opens t, the
// first line of the body, with the space after it ("(Di lunedì 5
// febbraio 2024) Undiper i 2.260 lavoratori ..."), and the date; 0 when
// t opens with none.
func parenDate(t string) (int, dateMatch) {
	if !strings.HasPrefix(t, "(") {
		return 0, dateMatch{}
	}
	e := strings.IndexByte(t, ')')
	if e < 0 || e > 60 {
		return 0, dateMatch{}
	}
	d, ok := findDate(t[1:e])
	if !ok {
		return 0, dateMatch{}
	}
	n := e + 1
	for n < len(t) && t[n] == ' ' {
		n++
	}
	return n, d
}

// maxKickerWords and minLongHeadline bound a kicker that stands over a
// headline (a German Dachzeile, "Fünf Standorte", "Nästa artikel"): a
// line of at most maxKickerWords words right over a longer headline of at
// least minLongHeadline words. In the real-page set a short line over a
// longer headline-like line was a kicker far more often than a headline
// over its subtitle.
const (
	maxKickerWords  = 6
	minLongHeadline = 5
)

// findLead corrects the header h that parseHeader read: it moves the
// title to the headline above the first paragraph when the one found is
// none, and the body's start past furniture that stands between the
// headline and the first line of text.
func findLead(src string, lines []line, marks []mark, h *header) {
	defer h.leadDate(src, lines)
	if h.bodyLine >= len(lines) || h.bodyStart > lines[h.bodyLine].s {
		return // no body, or a date line that runs on into it
	}
	lineText := func(i int) string { return src[lines[i].s:lines[i].e] }
	// The first paragraph from the top.
	p, seen := -1, 0
	for i := 0; i < len(lines) && seen < maxLeadLines; i++ {
		if lines[i].blank() {
			continue
		}
		seen++
		if !marks[i].marker && paragraph(src[lines[i].s:lines[i].e]) && !imageAlt(lineText, lines, i) && !repeatedSoon(lineText, lines, i) {
			p = i
			break
		}
	}
	if p < 0 || p < h.bodyLine {
		return
	}
	text := lineText
	// Short lines that stand twice above the paragraph are the site's:
	// its name, an address block, a menu.
	count := map[string]int{}
	for i := 0; i < p; i++ {
		if !lines[i].blank() {
			count[text(i)]++
		}
	}
	siteLine := func(i int) bool { return count[text(i)] > 1 && stats(text(i)).words <= 4 }
	// The tests below read a line with several regexps; each line is read
	// once.
	const (
		unknown int8 = iota
		no
		yes
	)
	memo := func(cache []int8, i int, f func(int) bool) bool {
		if cache[i] == unknown {
			cache[i] = no
			if f(i) {
				cache[i] = yes
			}
		}
		return cache[i] == yes
	}
	furnCache, headCache := make([]int8, p+1), make([]int8, p+1)
	furniture := func(i int) bool {
		return memo(furnCache, i, func(i int) bool {
			return marks[i].marker || siteLine(i) || furnitureLine(text(i)) || imageAlt(text, lines, i)
		})
	}
	isHeadline := func(i int) bool { return memo(headCache, i, func(i int) bool { return headline(text(i)) }) }

	// The headline: parseHeader's title, unless it does not read as one
	// and furniture parts it from the first line above the paragraph
	// that does; that line when parseHeader found none.
	ti := -1
	if h.hasTitle {
		for i := 0; i < p; i++ {
			if lines[i].s <= h.title.Start && h.title.End <= lines[i].e {
				ti = i
				break
			}
		}
		if ti >= 0 && h.title.Start != lines[ti].s {
			ti = -2 // a title after a date on the same line: keep it
		}
	}
	if ti >= 0 && siteLine(ti) {
		ti, h.hasTitle, h.title = -1, false, entity.Span{}
	}
	cand := -1
	for i := 0; i < p; i++ {
		if !lines[i].blank() && !marks[i].marker && !siteLine(i) && isHeadline(i) {
			cand = i
			break
		}
	}
	// between reports whether furniture stands between lines i and j.
	between := func(i, j int) bool {
		for k := i + 1; k < j; k++ {
			if !lines[k].blank() && furniture(k) {
				return true
			}
		}
		return false
	}
	if ti == -2 && cand >= 0 && lines[cand].s > h.title.Start && endsSentence(h.title.Text(src)) {
		// " date 2026-02-10 Palkittu politiikan aikakauslehti.": a
		// site's slogan after the date, the headline further down.
		ti = -1
	}
	switch {
	case ti >= 0 && !isHeadline(ti) && cand > ti && (between(ti, cand) || endsSentence(text(ti))),
		ti == -1 && cand >= 0:
		// "Buscar", "Hírlevél feliratkozás" above a date line and the
		// headline; a photo caption, which ends with a full stop, right
		// above it.
		ti = cand
	}
	// The first line of the page, over a block of widgets ("Play Live
	// Radio", "0:00", "0:00 0:00", "Available On Air Stations"), is the
	// site's banner when another headline stands under the block, right
	// above the text: that one is the article's.
	if ti >= 0 && ti == nextLine(lines, 0) {
		last := -1
		for i := p - 1; i > ti; i-- {
			if !lines[i].blank() && !furniture(i) && isHeadline(i) && !repeatedSoon(text, lines, i) {
				last = i
				break
			}
		}
		if last > ti {
			// Widgets: furniture, two of them at least without letters
			// (a player's "0:00", a ticker), unlike a byline and a section
			// label under a headline.
			widgets, bare := 0, 0
			for k := ti + 1; k < last; k++ {
				if !lines[k].blank() && furniture(k) {
					widgets++
					if stats(text(k)).letters == 0 {
						bare++
					}
				}
			}
			if widgets >= minMenuItems && bare >= 2 {
				ti = last
			}
		}
	}
	// A headline-like line printed twice in a row above the paragraph is
	// the page's title and its headline, under whatever menu stands above
	// it ("SBS 뉴스 상단 메뉴").
	for i := max(ti+1, 0); i < p; i++ {
		if j := nextLine(lines, i+1); !lines[i].blank() && j > 0 && j < p && text(j) == text(i) &&
			!marks[i].marker && !siteLine(i) && isHeadline(i) {
			ti = i
			break
		}
	}
	if ti >= 0 {
		// A kicker or a paywall label ("Según un informe de Ernst &
		// Young", "Contenido exclusivo para suscriptores digitales") over
		// a much longer headline; a question is a headline of its own.
		if w := stats(text(ti)).words; w <= maxKickerWords && !strings.ContainsAny(text(ti), "?!？！") {
			if j := nextLine(lines, ti+1); j > 0 && j < p && !furniture(j) && isHeadline(j) &&
				stats(text(j)).words > w && stats(text(j)).words >= minLongHeadline {
				ti = j
			}
		}
		t := text(ti)
		h.title, h.hasTitle = entity.Span{Start: lines[ti].s, End: lines[ti].s + cutSiteName(t)}, true
		if h.hasDate && h.datePlain && h.dateSpan.End <= lines[ti].s {
			h.dateWeak = true // a site's date of the day above the headline ("logo", "27 OCAK 2026")
		}
	}

	// The body starts at the first line of text after the headline: not
	// furniture, and either text or a line that no furniture follows
	// before the paragraph (a caption is followed by its credit).
	from := h.bodyLine
	if ti >= 0 && ti+1 > from {
		from = ti + 1
	}
	start := -1
	for i := from; i <= p; i++ {
		if lines[i].blank() {
			continue
		}
		t := text(i)
		if ti >= 0 && t == text(ti) || furniture(i) || repeatedSoon(text, lines, i) {
			continue
		}
		if i < p && !leadText(t) && between(i, p) {
			continue
		}
		if j := nextLine(lines, i+1); j > 0 && j < p && marks[j].caption {
			continue // a caption over its credit line
		}
		start = i
		break
	}
	if start < 0 {
		return
	}
	if start != h.bodyLine {
		// Lines from the old start to the new one are header furniture; a
		// date line among them dates the article.
		for i := min(h.bodyLine, from); i < start; i++ {
			l := lines[i]
			if l.blank() || ti == i {
				continue
			}
			reason := furnitureReason(text(i), i < ti)
			if dl, ok := dateLine(text(i)); ok && dl.runOn < 0 {
				h.setDate(dl.date, l.s)
				reason = entity.DateStamp
			}
			if !marks[i].marker {
				marks[i] = mark{reason: reason, marker: true}
			}
			if h.author.IsEmpty() {
				// "Por Javier Morales" under a repeated headline, "来源：…
				// 作者：王明 2025-03-18": the byline among the furniture.
				h.author = furnitureAuthor(text(i), l.s, marks[i])
			}
			h.boiler = append(h.boiler, entity.Boilerplate{Span: entity.Span{Start: l.s, End: l.e}, Reason: marks[i].reason})
		}
		last := start - 1
		for last > 0 && lines[last].blank() {
			last--
		}
		h.extend(lines[0].s, lines[last].e)
	}
	h.bodyLine, h.bodyStart = start, lines[start].s
	if m := sourceTagRE.FindStringIndex(text(start)); m != nil && m[1] < len(text(start)) {
		// "[汽車之家 新聞] 日前...", "【新华社北京5月3日电】...": the source's tag.
		h.bodyStart = lines[start].s + m[1]
		h.boiler = append(h.boiler, entity.Boilerplate{Span: entity.Span{Start: lines[start].s, End: lines[start].s + m[1]}, Reason: entity.Credit})
	}
	if dl, ok := dateLine(text(start)); ok && dl.runOn > 0 {
		// "Autoroad.cz 26.07.2022 03:45 Odstupující ředitel ...": the
		// story's own date runs on into its text and beats a date line
		// of the site above the headline.
		h.hasDate = false
		h.setDate(dl.date, lines[start].s)
		h.bodyStart = lines[start].s + dl.runOn
		_, e := trimSpan(src, lines[start].s, h.bodyStart)
		h.extend(lines[0].s, e)
	}
	if !h.hasDate || h.dateWeak {
		// A paragraph follows line i when the text's last one stands
		// below it; that one is found from the end, once.
		lastPara := -1
		for j := len(lines) - 1; j > start; j-- {
			if !lines[j].blank() && !marks[j].marker && paragraph(text(j)) {
				lastPara = j
				break
			}
		}
		textAfter := func(i int) bool { return lastPara > i }
		// "09 may 2025 . Actualizado a las 05:00 h." under the standfirst;
		// a story's stamp with its time ("04.12.2020 12:38:00") under the
		// headline beats the site's date of the day above it.
		// Or a few lines further, under a repeated headline, a comments
		// link and the byline ("Pubblicato il 13 dic 2020"), but not past
		// a paragraph.
		for i, k := start+1, 0; i < len(lines) && k < maxDateSearch; i++ {
			if lines[i].blank() {
				continue
			}
			k++
			if len(text(i)) > maxDateLine {
				if k > 2 {
					break
				}
				continue
			}
			if _, by := parseByline(text(i)); by || !textAfter(i) {
				continue // an author box or a date line at the end dates nothing
			}
			if dl, ok := dateLine(text(i)); ok && dl.runOn < 0 && (!h.hasDate || !dl.labelled && timeOfDayRE.MatchString(text(i))) {
				h.setDate(dl.date, lines[i].s)
				marks[i] = mark{reason: entity.DateStamp, marker: true}
				break
			}
		}
	}
}

// furnitureAuthor returns the span of the author's name in t, a header
// line at offset off that is page furniture with mark m: the name its mark
// carries, a byline's name, or the name after 作者 or 记者 in a Chinese
// source line; the zero Span when it names none.
func furnitureAuthor(t string, off int, m mark) entity.Span {
	if m.author.End > 0 {
		return m.author
	}
	if b, ok := parseByline(t); ok && len(t) <= 160 {
		return entity.Span{Start: off + b.nameStart, End: off + b.nameEnd}
	}
	if !cjkMeta(t) {
		return entity.Span{}
	}
	for _, key := range []string{"作者", "记者", "記者"} {
		i := strings.Index(t, key)
		if i < 0 {
			continue
		}
		j := i + len(key)
		for _, sep := range []string{"：", ":", " "} {
			if strings.HasPrefix(t[j:], sep) {
				j += len(sep)
				break
			}
		}
		e := j
		for n, r := range t[j:] {
			if unicode.IsSpace(r) || strings.ContainsRune("，,、|｜/／()（）", r) {
				break
			}
			e = j + n + utf8.RuneLen(r)
		}
		if e > j && utf8.RuneCountInString(t[j:e]) <= 8 {
			return entity.Span{Start: off + j, End: off + e}
		}
	}
	return entity.Span{}
}

// bareURL reports whether t is a web address alone: a "copy the link"
// widget's text.
func bareURL(t string) bool {
	return len(t) <= 400 && !strings.ContainsAny(t, " \t") &&
		(hasPrefixFold(t, []string{"http://", "https://", "www."}))
}

// slashCredit reports whether t is a caption that ends with its credit
// after a slash: "… 세워져 있다. /연합", "… the Zwickau line. /AP".
func slashCredit(t string) bool {
	i := strings.LastIndex(t, " /")
	if i <= 0 || !endsSentence(t[:i]) {
		return false
	}
	name := t[i+2:]
	n := utf8.RuneCountInString(name)
	return n >= 1 && n <= 12 && !strings.ContainsAny(name, " \t@") && hasLetter(name)
}

// imageAlt reports whether line i repeats the alternative text of a
// Markdown image on the line before it: the image's caption, printed
// again under it.
func imageAlt(text func(int) string, lines []line, i int) bool {
	j := i - 1
	for j >= 0 && lines[j].blank() {
		j--
	}
	if j < 0 {
		return false
	}
	alt, ok := markdownImage(text(j))
	return ok && alt != "" && trimText(alt) == trimText(text(i))
}

// markdownImage reports whether t is a Markdown image, "![alt](url)", and
// returns its alternative text.
func markdownImage(t string) (string, bool) {
	if !strings.HasPrefix(t, "![") || !strings.HasSuffix(t, ")") {
		return "", false
	}
	k := strings.LastIndex(t, "](")
	if k < 2 {
		return "", false
	}
	return t[2:k], true
}

// leadDate moves the body's start past a date in brackets that opens it
// ("(Di lunedì 5 febbraio 2024) Undiper i 2.260 lavoratori ..."), which
// dates the article when the header did not.
func (h *header) leadDate(src string, lines []line) {
	if h.bodyLine >= len(lines) {
		return
	}
	l := lines[h.bodyLine]
	t := src[h.bodyStart:l.e]
	n, d := parenDate(t)
	if n == 0 || n == len(t) {
		return
	}
	if !h.hasDate {
		h.setDate(d, h.bodyStart)
	}
	h.boiler = append(h.boiler, entity.Boilerplate{Span: entity.Span{Start: h.bodyStart, End: h.bodyStart + n}, Reason: entity.DateStamp})
	h.bodyStart += n
}

// maxRepeatGap is how many lines apart a caption and its copy may stand.
const maxRepeatGap = 8

// repeatedSoon reports whether line i is printed again a few lines below
// or above: a photo caption, once as the image's text and once under it, with the
// credit between ("Chevrolet Equinox EVs are shown ..." / "Bill Pugliano
// / Getty Images" / "Chevrolet Equinox EVs are shown ..."): a sentence
// with only short lines between the two.
func repeatedSoon(text func(int) string, lines []line, i int) bool {
	if !endsSentence(text(i)) {
		return false // a standfirst printed again under the byline
	}
	return repeatedAt(text, lines, i, 1) || repeatedAt(text, lines, i, -1)
}

// repeatedAt looks for the copy of line i in direction dir (1 down, -1
// up) for repeatedSoon.
func repeatedAt(text func(int) string, lines []line, i, dir int) bool {
	t := text(i)
	for j, k := i+dir, 0; j >= 0 && j < len(lines) && k < maxRepeatGap; j += dir {
		if lines[j].blank() {
			continue
		}
		k++
		if text(j) == t {
			return k > 1 // with the credit between
		}
		if utf8.RuneCountInString(text(j)) > maxCreditName {
			return false
		}
	}
	return false
}
