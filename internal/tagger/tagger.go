package tagger

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
)

// Options select the optional stages of a [Tagger]. The zero Options match
// the catalog only.
type Options struct {
	// Guess proposes names the catalog lacks (capitalized multi-word names,
	// and single-word places after a plant word) when a cue around them
	// gives their kind; they have Entity.Guessed set and the mention as
	// their Canonical.
	Guess bool
	// Prose runs the prose/v2 named-entity recognizer on English sentences
	// that hold capitalized words the catalog did not match, and keeps the
	// people it finds (Entity.Guessed set). It is slow: see PROSE.md.
	Prose bool
}

// ErrNoCatalog is returned by [New] when it is given no catalog.
var ErrNoCatalog = errors.New("tagger: no catalog")

// A Tagger finds the catalog's names in text. It is built once by [New] and
// is then immutable: a Tagger is safe for concurrent use by multiple
// goroutines.
type Tagger struct {
	opts     Options
	records  []entity.Record
	trie     *trie
	brandish []bool        // per record: an organization that makes or sells vehicles
	suffixes [][]suffixTok // legal-form suffixes swallowed after organizations
	prose    *proseNER     // nil unless Options.Prose
}

// New builds a Tagger over the aliases of all records of cat. The catalog is
// read once; later changes to it are not seen.
func New(cat *entity.Catalog, opts Options) (*Tagger, error) {
	if cat == nil {
		return nil, ErrNoCatalog
	}
	recs := cat.Records()
	t := &Tagger{
		opts:     opts,
		records:  recs,
		trie:     buildTrie(recs),
		brandish: make([]bool, len(recs)),
		suffixes: buildSuffixes(),
	}
	for i, r := range recs {
		t.brandish[i] = r.Kind == entity.Organization &&
			(r.Category == "brand" || r.Category == "automaker" || r.Category == "joint-venture")
	}
	if opts.Prose {
		p, err := newProseNER()
		if err != nil {
			return nil, err
		}
		t.prose = p
	}
	return t, nil
}

// mention is an entity found in the token stream: tokens [i, j), with the
// byte range [start, end) it covers (which may reach past token j-1 when a
// legal suffix was swallowed).
type mention struct {
	i, j       int
	start, end int
	rec        int32 // record index, or -1 for a guessed name
	kind       entity.Kind
	canonical  string
	category   string
	guessed    bool
}

// Tag returns the entities in src[within.Start:within.End], sorted by Start
// and not overlapping; their spans are byte offsets into src and their Text
// equals src[Start:End]. lang is the ISO 639-1 code of the text, or "und"
// when it is not known. Entities that overlap a span of skip (boilerplate)
// are left out.
//
// # Spans
//
// A mention covers the name as the catalog knows it, plus:
//   - a legal-form suffix after an organization: "Dongfeng Peugeot Citroën
//     Automobile Co., Ltd." is one mention;
//   - the plural "s" of an organization or product, as the whole word:
//     "Peugeots", "Citroëns".
//
// Possessives and compounds are left outside the span: "Audi" in "Audi's",
// "Stellantis" in "Stellantis’" and in "Stellantis-merk", "VW" in
// "VW-Chef" (unless the compound itself is an alias, as
// "Volkswagen-Konzern" is).
//
// A src or within that does not hold valid UTF-8 is read with its invalid
// bytes taken as spaces, except that a name directly followed by a stray
// continuation byte is not reported (no span may end there); a within that
// does not fit src is clamped to it. A src longer than 1 GiB (offsets are
// kept in 32 bits) gives no entities.
func (t *Tagger) Tag(src string, within entity.Span, skip []entity.Span, lang string) []entity.Entity {
	return t.TagSentences(src, within, Sentences(src, within, lang), skip, lang)
}

// TagSentences is Tag for a caller that has already split src[within]
// with Sentences(src, within, lang): sents is used as the sentence split
// (for context and for bare model numbers) instead of splitting again. It
// is read, not kept or modified.
func (t *Tagger) TagSentences(src string, within entity.Span, sents []entity.Span, skip []entity.Span, lang string) []entity.Entity {
	return t.TagLimit(src, within, sents, skip, lang, 0)
}

// TagLimit is TagSentences that stops once it has found more than limit
// entities (no limit when limit <= 0): the result then holds at least
// limit+1 entities, sorted, and every entity that starts before the
// limit+1st. It bounds the work and memory that text made of nothing but
// names ("VW " repeated to the size limit) takes.
//
// A body longer than a window (256 KiB; no real article is) is read one
// window at a time, each cut at a sentence end where it has one, so that
// the token list stays small; a name is then not linked to a mention in
// an earlier window.
func (t *Tagger) TagLimit(src string, within entity.Span, sents []entity.Span, skip []entity.Span, lang string, limit int) []entity.Entity {
	start, end, ok := clampSpan(src, within)
	if !ok || len(src) > maxSource {
		return nil
	}
	var out []entity.Entity
	for start < end {
		wend := windowEnd(src, start, end, sents)
		out = append(out, t.tagWindow(src, start, wend, sents, skip, lang)...)
		if limit > 0 && len(out) > limit {
			break
		}
		start = wend
	}
	return out
}

// window is the most bytes of text that TagLimit tokenizes at once.
const window = 256 << 10

// windowEnd returns where the window that starts at start ends: at end
// when that is within a window, else at the end of the last sentence of
// sents that ends in the window, else after its last line break or white
// space, else at its last rune boundary.
func windowEnd(src string, start, end int, sents []entity.Span) int {
	if end-start <= window {
		return end
	}
	w := start + window
	k, _ := slices.BinarySearchFunc(sents, w+1, func(s entity.Span, x int) int { return s.End - x })
	if k > 0 && sents[k-1].End > start+window/2 {
		return sents[k-1].End
	}
	if i := strings.LastIndexAny(src[start+window/2:w], "\n \t"); i >= 0 {
		return start + window/2 + i + 1
	}
	for w > start+1 && !utf8.RuneStart(src[w]) {
		w--
	}
	return w
}

// tagWindow finds the entities of src[start:end], which clampSpan has
// checked.
func (t *Tagger) tagWindow(src string, start, end int, sents []entity.Span, skip []entity.Span, lang string) []entity.Entity {
	lex := lexiconFor(lang)
	f := newFolder()

	// Tokens of within minus the skipped spans.
	toks := make([]token, 0, (end-start)/4+8)
	pos := start
	for _, s := range sortedSkips(skip, start, end) {
		if s.Start > pos {
			toks = tokenize(src, pos, s.Start, f, toks)
		}
		pos = max(pos, s.End)
	}
	if pos < end {
		toks = tokenize(src, pos, end, f, toks)
	}
	if len(toks) == 0 {
		return nil
	}
	// text is src followed by the folded forms of the tokens: offsets into
	// src are offsets into text, and the stages below read both from it.
	text := finish(src, f, toks)
	assignSentences(toks, sents)

	lower := strings.ToLower(lang)
	ms := t.matchCatalog(text, toks, lex, lower)
	covered := make([]bool, len(toks))
	for _, m := range ms {
		for k := m.i; k < m.j; k++ {
			covered[k] = true
		}
	}
	if t.opts.Guess {
		ms = t.guess(text, toks, covered, lex, ms)
	}
	if t.prose != nil && (lang == "en") {
		ms = t.proseNames(text, toks, covered, sents, ms)
	}
	ms = linkSurnames(text, toks, covered, ms, inflectOf(lower))

	if !slices.IsSortedFunc(ms, byStart) {
		slices.SortStableFunc(ms, byStart)
	}
	out := make([]entity.Entity, 0, len(ms))
	last := -1
	for _, m := range ms {
		if m.start < last || !entity.Span.IsValid(entity.Span{Start: m.start, End: m.end}, src) {
			// Overlapping, or next to a stray UTF-8 continuation byte,
			// where no span may end.
			continue
		}
		last = m.end
		out = append(out, entity.Entity{
			Span:      entity.Span{Start: m.start, End: m.end},
			Text:      src[m.start:m.end],
			Kind:      m.kind,
			Canonical: m.canonical,
			Category:  m.category,
			Guessed:   m.guessed,
		})
	}
	return out
}

// inflectOf returns inflectCut's value for lang (lower case), or -1 when
// lang's names take no case endings.
func inflectOf(lang string) int {
	if n, ok := inflectCut[lang]; ok {
		return n
	}
	return -1
}

// maxSource is the longest source Tag reads: token offsets and folded
// forms (which follow the source in one string) must fit in an int32.
const maxSource = 1 << 30

func byStart(a, b mention) int { return a.start - b.start }

// sortedSkips returns the skip spans that meet [start, end), clipped to it
// and sorted by Start.
func sortedSkips(skip []entity.Span, start, end int) []entity.Span {
	if len(skip) == 0 {
		return nil
	}
	out := make([]entity.Span, 0, len(skip))
	for _, s := range skip {
		if s.End <= start || s.Start >= end || s.Start >= s.End {
			continue
		}
		out = append(out, entity.Span{Start: max(s.Start, start), End: min(s.End, end)})
	}
	slices.SortFunc(out, func(a, b entity.Span) int { return a.Start - b.Start })
	return out
}

// assignSentences sets each token's sentence index. Tokens between two
// sentences (only spaces are, normally) take the next sentence's index.
func assignSentences(toks []token, sents []entity.Span) {
	s := 0
	for k := range toks {
		for s < len(sents) && sents[s].End <= int(toks[k].start) {
			s++
		}
		toks[k].sent = int32(s)
	}
}

// matchCatalog finds the catalog's aliases: leftmost-longest, then the
// ambiguous aliases that their context confirms.
func (t *Tagger) matchCatalog(src string, toks []token, lex *lexicon, lang string) []mention {
	var (
		ms    = make([]mention, 0, len(toks)/32+4)
		ctxs  []match
		cands = make([]match, 0, 8)
	)
	inflect := inflectOf(lang)
	for i := 0; i < len(toks); {
		tk := toks[i]
		if tk.kind == tkHyphen {
			i++
			continue
		}
		cands = t.trie.walk(src, toks, i, cands[:0], inflect)
		var def *match
		for c := range cands {
			m := &cands[c]
			// listed: a catalog name ends right before a middle dot
			// ("トヨタ・ホンダ").
			listed := len(ms) > 0 && ms[len(ms)-1].j == m.i-1
			if !boundaryOK(src, toks, m.i, m.j, listed) || !t.shapeOK(src, toks, lex, *m) {
				continue
			}
			hasCtx := false
			for _, e := range t.trie.terms[m.node] {
				ent := t.trie.entries[e]
				if !t.entryFits(src, toks, *m, ent) {
					continue
				}
				if ent.ctx {
					hasCtx = true
					continue
				}
				m.entry = e
				def = m
				break
			}
			if def != nil {
				break
			}
			if hasCtx {
				ctxs = append(ctxs, *m)
			}
		}
		if def == nil {
			i++
			continue
		}
		ms = append(ms, t.mentionOf(src, toks, *def))
		i = def.j
	}
	mergeSentences(toks, ms)
	if len(ctxs) > 0 {
		// Twice: a model may lean on a brand that was itself ambiguous
		// ("Smart showed the #3 to dealers").
		n := len(ms)
		ms = t.resolveContext(src, toks, lex, ms, ctxs)
		if len(ms) > n {
			ms = t.resolveContext(src, toks, lex, ms, ctxs)
		}
	}
	return t.dropPlaceParts(src, toks, lex, ms)
}

// mergeSentences joins the sentences that a name spans: the period of
// "ID. Polo" or "Co. Ltd" did not end a sentence after all. It renumbers the
// tokens' sentences; the sentence spans reported by Sentences stay as they
// are.
func mergeSentences(toks []token, ms []mention) {
	shift := int32(0)
	k := 0
	for _, m := range ms {
		for ; k < m.j; k++ {
			toks[k].sent -= shift
		}
		if d := toks[m.j-1].sent - toks[m.i].sent; d > 0 {
			shift += d
			for q := m.i + 1; q < m.j; q++ {
				toks[q].sent = toks[m.i].sent
			}
		}
	}
	for ; k < len(toks); k++ {
		toks[k].sent -= shift
	}
}

// dropPlaceParts removes the places that are part of another name: right
// after a brand they name a model ("MG Windsor", "Hyundai Santa Fe", "Seat
// Leon"); right before an institution word they name the institution
// ("Coventry University", which the fallback may then propose); after a
// given name they are a surname ("Luís Montenegro"); between two other
// capitalized words they are inside a longer name ("Advanced China
// Development Center").
func (t *Tagger) dropPlaceParts(src string, toks []token, lex *lexicon, ms []mention) []mention {
	out := ms[:0]
	prev := mention{j: -1}
	for _, m := range ms {
		p := prev
		prev = m
		if m.kind == entity.Place && m.rec >= 0 {
			if k := m.j; k < len(toks) && !toks[k].newline && !toks[k].glued && isNameWord(toks[k]) &&
				institutionWords.has(toks[k].fold(src)) {
				continue
			}
			// Not after a particle that ended the brand's name: "현대차랑
			// 서울이랑" is "Hyundai and Seoul".
			if p.j == m.i && p.rec >= 0 && t.brandish[p.rec] && !toks[m.i].glued && !toks[m.i].newline &&
				p.end == int(toks[p.j-1].end) {
				continue
			}
			// "Luís Montenegro": a given name makes it a surname.
			if k := m.i - 1; k >= 0 && p.j <= k && !toks[m.i].newline && !toks[m.i].glued &&
				isNameWord(toks[k]) && givenNames.has(toks[k].fold(src)) {
				continue
			}
			// "Advanced China Development Center": inside a longer name.
			if k, n := m.i-1, m.j; k >= 0 && n < len(toks) && p.j <= k && !toks[m.i].newline && !toks[n].newline &&
				!toks[m.i].glued && !toks[n].glued && isNameWord(toks[k]) && isNameWord(toks[n]) &&
				!isSentenceStart(toks, k) && !isStopName(src, toks[k], lex) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// shapeOK rejects candidates that the words around them show to be
// something else: an initialism before a currency sign ("US$15bn"), or a
// name whose last word is a function word of the language ("Honda e" in
// Portuguese "a Honda e a Nissan", where "e" is "and").
func (t *Tagger) shapeOK(src string, toks []token, lex *lexicon, m match) bool {
	if m.j < len(toks) && toks[m.j].fold(src) == "$" && toks[m.j-1].allCaps {
		return false
	}
	if last := toks[m.j-1]; m.j-m.i > 1 && last.kind == tkWord && last.lower && lex.function.has(last.fold(src)) {
		return false
	}
	return true
}

// mentionOf makes the mention of a decided match, swallowing a legal suffix
// after an organization's name.
func (t *Tagger) mentionOf(src string, toks []token, m match) mention {
	rec := &t.records[t.trie.entries[m.entry].rec]
	out := mention{
		i: m.i, j: m.j,
		start: int(toks[m.i].start), end: int(toks[m.j-1].end - m.trim),
		rec:       t.trie.entries[m.entry].rec,
		kind:      rec.Kind,
		canonical: rec.Name,
		category:  rec.Category,
	}
	if rec.Kind == entity.Organization && m.trim == 0 {
		if n := t.suffixAt(src, toks, m.j); n > 0 {
			out.j = m.j + n
			out.end = int(toks[out.j-1].end)
		}
	}
	return out
}

// resolveContext keeps the ambiguous candidates that their sentence
// confirms and merges them into ms: a product's alias needs its brand named
// near it in the same sentence; a person's needs the full name earlier in
// the text; other aliases need an automotive cue (a word such as "brand" or
// "dealer", or a brand's or a model's name) near it in the same sentence.
func (t *Tagger) resolveContext(src string, toks []token, lex *lexicon, ms []mention, ctxs []match) []mention {
	var added []mention
	for _, c := range ctxs {
		if followsProduct(ms, c.i) {
			// "BYD Dolphin Mini": a variant of the model just named.
			continue
		}
		for _, e := range t.trie.terms[c.node] {
			ent := t.trie.entries[e]
			if !ent.ctx || !t.entryFits(src, toks, c, ent) {
				continue
			}
			rec := &t.records[ent.rec]
			ok := false
			switch rec.Kind {
			case entity.Product:
				ok = t.brandInSentence(src, rec, ms, toks, lex, c)
			case entity.Person:
				for _, m := range ms {
					if m.i >= c.i {
						break
					}
					if m.rec == ent.rec && m.j <= c.i {
						ok = true
						break
					}
				}
			default:
				if ent.cs && toks[c.i].lower {
					// A lower-case alias ("smart") is an ordinary word
					// unless a cue stands right next to it: "smart dealers".
					ok = t.cueAdjacent(src, toks, ms, lex, c)
				} else {
					ok = t.cueInSentence(src, toks, ms, lex, c)
				}
			}
			if ok {
				c.entry = e
				added = append(added, t.mentionOf(src, toks, c))
				break
			}
		}
	}
	if len(added) == 0 {
		return ms
	}
	// Leftmost-longest among the confirmed candidates; one that contains a
	// decided mention replaces it, one that overlaps it otherwise is dropped.
	slices.SortStableFunc(added, func(a, b mention) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return b.j - a.j
	})
	// ms is sorted by token and does not overlap: binary search finds the
	// decided mentions that a candidate meets.
	n := len(ms)
	removed := false
	for _, a := range added {
		lo, _ := slices.BinarySearchFunc(ms[:n], a.i, func(m mention, i int) int { return m.j - 1 - i })
		keep := true
		for k := lo; k < n && ms[k].i < a.j; k++ {
			m := ms[k]
			if m.rec == -2 {
				continue // already replaced
			}
			if !(a.i <= m.i && m.j <= a.j && a.j-a.i > m.j-m.i) {
				keep = false
				break
			}
		}
		// a must not overlap an earlier confirmed candidate either.
		if !keep || len(ms) > n && ms[len(ms)-1].j > a.i {
			continue
		}
		for k := lo; k < n && ms[k].i < a.j; k++ {
			ms[k].rec = -2 // contained in a: replaced
			removed = true
		}
		ms = append(ms, a)
	}
	if len(ms) == n && !removed {
		return ms
	}
	// Merge the decided mentions left and the confirmed candidates, both
	// sorted by token.
	out := make([]mention, 0, len(ms))
	a, b := 0, n
	for a < n || b < len(ms) {
		if a < n && ms[a].rec == -2 {
			a++
			continue
		}
		if b == len(ms) || a < n && ms[a].i < ms[b].i {
			out = append(out, ms[a])
			a++
		} else {
			out = append(out, ms[b])
			b++
		}
	}
	return out
}

// contextWindow bounds, in tokens on each side, how far the context of an
// ambiguous alias is looked for within its sentence, so that a text without
// sentence ends costs linear time.
const contextWindow = 60

// nearby returns the mentions of ms (sorted by token) that start within
// contextWindow tokens of tokens [i, j).
func nearby(ms []mention, i, j int) []mention {
	lo, _ := slices.BinarySearchFunc(ms, i-contextWindow, func(m mention, k int) int { return m.i - k })
	hi, _ := slices.BinarySearchFunc(ms, j+contextWindow, func(m mention, k int) int { return m.i - k })
	return ms[lo:hi]
}

// followsProduct reports whether a product's mention ends right before
// token i.
func followsProduct(ms []mention, i int) bool {
	for _, m := range nearby(ms, i, i) {
		if m.j == i && m.kind == entity.Product {
			return true
		}
	}
	return false
}

// brandInSentence reports whether a parent of rec (a model's brand) is
// named near candidate c in its sentence (or, for a model's name with a cue
// in its sentence, in the sentence before in the same paragraph), directly
// or as the parent of another model.
func (t *Tagger) brandInSentence(src string, rec *entity.Record, ms []mention, toks []token, lex *lexicon, c match) bool {
	sent := toks[c.i].sent
	// A model's name may also lean on the sentence before, in the same
	// paragraph, when its own sentence has an automotive cue ("Volkswagen
	// reported. The electric Golf follows."); a bare number may not.
	named := toks[c.i].kind == tkWord
	for _, m := range nearby(ms, c.i, c.j) {
		if m.rec < 0 {
			continue
		}
		if s := toks[m.i].sent; s != sent && !(named && s == sent-1 && m.j <= c.i && !newlineBetween(toks, m.j, c.i) &&
			t.cueInSentence(src, toks, ms, lex, c)) {
			continue
		}
		for _, p := range rec.Parents {
			if p == m.canonical {
				return true
			}
			if m.kind == entity.Product && slices.Contains(t.records[m.rec].Parents, p) {
				return true
			}
		}
	}
	return false
}

// isSentenceStart reports whether token k opens its sentence or line.
func isSentenceStart(toks []token, k int) bool {
	return k == 0 || toks[k].newline || toks[k-1].sent != toks[k].sent
}

// newlineBetween reports whether a line break precedes one of the tokens
// [i, j].
func newlineBetween(toks []token, i, j int) bool {
	for k := i; k <= j && k < len(toks); k++ {
		if toks[k].newline {
			return true
		}
	}
	return false
}

// cueAdjacent reports whether a cue word, a brand or a model stands right
// before or after candidate c.
func (t *Tagger) cueAdjacent(src string, toks []token, ms []mention, lex *lexicon, c match) bool {
	for _, k := range [2]int{c.i - 1, c.j} {
		if k < 0 || k >= len(toks) || toks[k].kind != tkWord && toks[k].kind != tkNum {
			continue
		}
		if lex.cues.has(toks[k].fold(src)) {
			return true
		}
	}
	for _, m := range nearby(ms, c.i, c.j) {
		if (m.j == c.i || m.i == c.j) && m.rec >= 0 && (t.brandish[m.rec] || m.kind == entity.Product) {
			return true
		}
	}
	return false
}

// cueInSentence reports whether the sentence of candidate c holds, near it,
// an automotive cue: a cue word of the language, or a brand's or a model's
// name.
func (t *Tagger) cueInSentence(src string, toks []token, ms []mention, lex *lexicon, c match) bool {
	sent := toks[c.i].sent
	for _, m := range nearby(ms, c.i, c.j) {
		if m.rec >= 0 && toks[m.i].sent == sent && (t.brandish[m.rec] || m.kind == entity.Product) {
			return true
		}
	}
	for k := c.i - 1; k >= 0 && k >= c.i-contextWindow && toks[k].sent == sent; k-- {
		if lex.cues.has(toks[k].fold(src)) {
			return true
		}
	}
	for k := c.j; k < len(toks) && k < c.j+contextWindow && toks[k].sent == sent; k++ {
		if lex.cues.has(toks[k].fold(src)) {
			return true
		}
	}
	return false
}

// linkSurnames tags a person's surname alone ("Filosa") when it follows the
// full name ("Antonio Filosa") in the same text, with the same canonical
// name and kind. In a language whose names take case endings (inflect >=
// 0, see inflectCut) the surname may also differ from the full mention's
// by its ending: "Zellmera" after "Klaus Zellmer", "Zellmer" after "Klause
// Zellmera".
func linkSurnames(src string, toks []token, covered []bool, ms []mention, inflect int) []mention {
	type person struct {
		from int // the token after the first full mention
		m    mention
	}
	// A zero m.kind marks a surname two people share.
	var bySurname, byStem map[string]person
	for _, m := range ms {
		if m.kind != entity.Person || m.j-m.i < 2 {
			continue
		}
		last := toks[m.j-1]
		if last.kind != tkWord || !last.upper {
			continue
		}
		if bySurname == nil {
			bySurname = make(map[string]person)
		}
		add := func(set map[string]person, name string) {
			if p, ok := set[name]; !ok {
				set[name] = person{from: m.j, m: m}
			} else if p.m.canonical != m.canonical {
				set[name] = person{} // ambiguous
			}
		}
		add(bySurname, src[last.start:last.end])
		if inflect >= 0 {
			// Stems: the folded surname less at most one letter (a
			// surname is shorter than a place's name and stems of it
			// more often begin other words).
			if byStem == nil {
				byStem = make(map[string]person)
			}
			w := last.fold(src)
			for cut := 0; cut <= min(inflect, 1) && utf8.RuneCountInString(w) >= minStem; cut++ {
				add(byStem, w)
				_, size := utf8.DecodeLastRuneInString(w)
				w = w[:len(w)-size]
			}
		}
	}
	if bySurname == nil {
		return ms
	}
	for k, tk := range toks {
		if covered[k] || tk.kind != tkWord || !tk.upper {
			continue
		}
		p, ok := bySurname[src[tk.start:tk.end]]
		if !ok && inflect >= 0 && !adjectiveEnding(tk.fold(src)) {
			// The word less zero to three final letters.
			w := tk.fold(src)
			for cut := 0; cut <= 3 && !ok && utf8.RuneCountInString(w) >= minStem; cut++ {
				p, ok = byStem[w]
				_, size := utf8.DecodeLastRuneInString(w)
				w = w[:len(w)-size]
			}
		}
		if !ok || p.m.kind == entity.Unknown || k < p.from {
			continue
		}
		// Not the first word of a longer capitalized name.
		if k+1 < len(toks) && toks[k+1].kind == tkWord && toks[k+1].upper && !toks[k+1].newline {
			continue
		}
		covered[k] = true
		ms = append(ms, mention{
			i: k, j: k + 1, start: int(tk.start), end: int(tk.end),
			rec: p.m.rec, kind: p.m.kind, canonical: p.m.canonical,
			category: p.m.category, guessed: p.m.guessed,
		})
	}
	return ms
}

// suffixTok is one token of a legal-form suffix.
type suffixTok struct {
	raw   string
	glued bool
}

// legalSuffixes are swallowed into an organization's mention when they
// follow its name, written exactly so.
var legalSuffixes = []string{
	"Co., Ltd.", "Co., Ltd", "Co.,Ltd.", "Co. Ltd.", "Co Ltd", "Co., Limited", "Ltd.", "Ltd",
	"Limited", "Inc.", "Inc", "Corp.", "Corp", "Corporation", "AG", "SE", "S.p.A.", "SpA",
	"S.A.", "SA", "GmbH", "N.V.", "NV", "B.V.", "BV", "PLC", "plc", "LLC", "S.A.S.", "SAS",
	"KGaA", "AB", "ASA", "A/S", "Group", "Groupe", "Gruppe", "Groep", "Gruppo", "Grupo",
	"Group Co., Ltd.", "Holding", "Holdings",
}

func buildSuffixes() [][]suffixTok {
	f := newFolder()
	var out [][]suffixTok
	for _, s := range legalSuffixes {
		toks := tokenize(s, 0, len(s), f, nil)
		seq := make([]suffixTok, len(toks))
		for k, tk := range toks {
			seq[k] = suffixTok{raw: s[tk.start:tk.end], glued: k > 0 && tk.glued}
		}
		out = append(out, seq)
	}
	// Longest first, so that "Co., Ltd." wins over "Co.".
	slices.SortStableFunc(out, func(a, b []suffixTok) int { return len(b) - len(a) })
	return out
}

// suffixAt returns how many tokens from toks[j] form a legal suffix, or 0.
func (t *Tagger) suffixAt(src string, toks []token, j int) int {
	if j >= len(toks) || toks[j].newline || toks[j].glued || toks[j].kind != tkWord || toks[j].lower && toks[j].fold(src) != "plc" {
		return 0
	}
next:
	for _, seq := range t.suffixes {
		if j+len(seq) > len(toks) {
			continue
		}
		for k, st := range seq {
			tk := toks[j+k]
			if k > 0 && (tk.newline || tk.glued != st.glued) {
				continue next
			}
			if src[tk.start:tk.end] != st.raw {
				continue next
			}
		}
		n := len(seq)
		// The suffix must end the name: not "Group" in "Group Lotus".
		if j+n < len(toks) {
			nx := toks[j+n]
			if nx.kind == tkWord && nx.upper && !nx.glued && !nx.newline && toks[j+n-1].kind == tkWord {
				continue
			}
		}
		return n
	}
	return 0
}

// canonicalOf joins the words of tokens [i, j) as a name: single spaces
// between words, none around hyphens ("Jean - Philippe" -> "Jean-Philippe").
func canonicalOf(src string, toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		tk := toks[k]
		if k > i && tk.kind != tkHyphen && toks[k-1].kind != tkHyphen && !tk.glued {
			b.WriteByte(' ')
		}
		b.WriteString(src[tk.start:tk.end])
	}
	return b.String()
}
