package tagger

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
)

// edge is a transition of the alias trie: from node parent over one folded
// token. glued is true when the token must follow the previous one without
// a space ("ID.3", "Pony.ai"); spacing around hyphens never matters, so that
// "e-2008" and "e - 2008" are the same path.
type edge struct {
	parent int32
	glued  bool
	tok    string
}

// aliasEntry is one alias of one record, ending at a trie node.
type aliasEntry struct {
	rec        int32
	raw        []string // the alias's tokens as written, when cs or camel-cased
	cs         bool     // case-sensitive
	ctx        bool     // counts only with context
	upperFirst bool     // the alias starts with an upper-case letter
}

// trie is the matcher over all aliases of a catalog: a trie over folded
// tokens, stored as one map of edges, with the root's edges, the hyphen
// edges and stems of words kept apart for speed.
type trie struct {
	roots   [rootBits / 64]uint64 // bloom filter of the aliases' first tokens
	edges   map[edge]int32        // all transitions
	root    map[string]int32      // the transitions from the root, keyed by token alone
	stems   map[edge][]stemChild  // word stems for inflecting languages -> child nodes
	terms   [][]int32             // per node: indexes into entries, in priority order
	hyphen  []int32               // per node: the child over a hyphen, or 0 if none
	entries []aliasEntry
	// particles are the Korean particles that a name may carry attached.
	particles []particle
}

// rootBits is the size of the filter of first tokens. Most words of a text
// start no alias; the filter answers for them without hashing into the map.
const rootBits = 1 << 17

// rootHash is FNV-1a over the folded token, reduced to the filter's size.
func rootHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h & (rootBits - 1)
}

func (t *trie) mayStart(s string) bool {
	h := rootHash(s)
	return t.roots[h/64]&(1<<(h%64)) != 0
}

func (t *trie) addRoot(s string) {
	h := rootHash(s)
	t.roots[h/64] |= 1 << (h % 64)
}

// kindRank orders the records that share an alias: organizations first.
func kindRank(k entity.Kind) int {
	switch k {
	case entity.Organization:
		return 0
	case entity.Product:
		return 1
	case entity.Place:
		return 2
	case entity.Person:
		return 3
	case entity.Event:
		return 4
	}
	return 5
}

// buildTrie compiles the aliases of records.
func buildTrie(records []entity.Record) *trie {
	t := &trie{edges: make(map[edge]int32), root: make(map[string]int32), stems: make(map[edge][]stemChild), terms: [][]int32{nil}, hyphen: []int32{0}, particles: buildParticles()}
	f := newFolder()
	var toks []token
	type seen struct {
		rec  int32
		text string
		cs   bool
		ctx  bool
	}
	dup := make(map[seen]bool)
	for ri, r := range records {
		aliases := withName(r)
		for _, a := range aliases {
			text, cs, ctx := strings.TrimSpace(a.Text), a.CaseSensitive, a.NeedsContext
			if text == "" {
				continue
			}
			key := seen{int32(ri), text, cs, ctx}
			if dup[key] {
				continue
			}
			dup[key] = true
			toks = tokenize(text, 0, len(text), f, toks[:0])
			if len(toks) == 0 {
				continue
			}
			folded := finish(text, f, toks)
			if len(toks) == 1 {
				// A single Chinese or Japanese character is part of too
				// many words to be a name on its own.
				if r, _ := utf8.DecodeRuneInString(text[toks[0].start:]); isIdeograph(r) {
					continue
				}
			}
			node := int32(0)
			raw := make([]string, len(toks))
			for k, tk := range toks {
				raw[k] = text[tk.start:tk.end]
				e := edge{parent: node, glued: gluedKey(toks, k), tok: strings.Clone(tk.fold(folded))}
				if k == 0 {
					t.addRoot(e.tok)
					if len(e.tok) >= 3 {
						t.addRoot(e.tok + "s") // the plural
					}
				}
				c, ok := t.edges[e]
				if !ok && node == 0 {
					t.root[e.tok] = int32(len(t.terms))
				}
				if !ok {
					c = int32(len(t.terms))
					t.terms = append(t.terms, nil)
					t.hyphen = append(t.hyphen, 0)
					if e.tok == "-" {
						t.hyphen[node] = c
					}
					t.edges[e] = c
				}
				if tk.kind == tkWord && !cs {
					t.addStems(e, c)
				}
				node = c
			}
			first, _ := utf8.DecodeRuneInString(raw[0])
			ent := aliasEntry{rec: int32(ri), cs: cs, ctx: ctx, upperFirst: unicode.IsUpper(first)}
			if cs || slices.ContainsFunc(raw, isCamel) {
				ent.raw = raw
			}
			t.entries = append(t.entries, ent)
			t.terms[node] = insertEntry(t.terms[node], int32(len(t.entries)-1), t.entries, records)
		}
	}
	return t
}

// minStem is the shortest stem, in runes, that inflected matching uses.
const minStem = 4

// addStems indexes the word of edge e, and the word less its last one or
// two letters, as stems leading to node c: "europa" gives "europa", "europ"
// and "euro", so that Polish "Europie" or Czech "Evropě" find it.
func (t *trie) addStems(e edge, c int32) {
	w := e.tok
	for cut := 0; cut <= 2; cut++ {
		if utf8.RuneCountInString(w) < minStem {
			return
		}
		k := edge{e.parent, e.glued, w}
		if !slices.ContainsFunc(t.stems[k], func(sc stemChild) bool { return sc.node == c }) {
			t.stems[k] = append(t.stems[k], stemChild{c, uint8(cut)})
		}
		_, size := utf8.DecodeLastRuneInString(w)
		w = w[:len(w)-size]
	}
}

// stemChild is a node reached over a stem, with the number of letters the
// stem lacks of the alias's word.
type stemChild struct {
	node int32
	cut  uint8
}

// stemChildren calls yield for the children of node over an inflected form
// of word w: w less zero to three final letters must be the alias's word
// less at most maxCut letters.
func (t *trie) stemChildren(node int32, glued bool, w string, maxCut int, yield func(int32)) {
	if adjectiveEnding(w) {
		return
	}
	for cut := 0; cut <= 3; cut++ {
		if utf8.RuneCountInString(w) < minStem {
			return
		}
		found := false
		for _, sc := range t.stems[edge{node, glued, w}] {
			if int(sc.cut) <= maxCut {
				yield(sc.node)
				found = true
			}
		}
		if found {
			return
		}
		_, size := utf8.DecodeLastRuneInString(w)
		w = w[:len(w)-size]
	}
}

// adjectiveEndings are the folded endings of Slavic adjectives: "polski",
// "český" are not "Polska", "Česko".
var adjectiveEndings = []string{"ski", "skie", "skiego", "skich", "skim", "skimi", "skiej",
	"cki", "ckie", "ckiego", "sky", "ske", "skeho", "skem", "skych", "skou", "cky", "cke", "ckeho"}

func adjectiveEnding(w string) bool {
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// inflectCut gives, for the languages whose names take case endings, how
// many final letters of an alias's word an inflected form may replace:
// Slavic and Baltic endings replace the nominative's ("Europa" ->
// "Europie"), Turkish, Hungarian, Finnish and Estonian ones are appended.
var inflectCut = map[string]int{
	"cs": 2, "sk": 2, "pl": 2, "sl": 2, "hr": 2, "sr": 2, "bs": 2, "ru": 2, "uk": 2, "be": 2,
	"bg": 2, "lt": 2, "lv": 2, "tr": 0, "hu": 0, "fi": 0, "et": 0,
}

// withName returns the aliases of r, with its canonical name added as a
// plain alias unless an alias is written exactly as the name (with or
// without markers): "Reuters" with only "=REUTERS" among its aliases still
// matches as "Reuters", while "Smart" given as "=Smart?" stays ambiguous.
func withName(r entity.Record) []entity.Alias {
	for _, a := range r.Aliases {
		if strings.TrimSpace(a.Text) == r.Name {
			return r.Aliases
		}
	}
	return append(slices.Clip(r.Aliases), entity.Alias{Text: r.Name})
}

// insertEntry adds entry e to the list keeping priority order: aliases that
// need no context first, then by kind, then by record order.
func insertEntry(list []int32, e int32, entries []aliasEntry, records []entity.Record) []int32 {
	less := func(a, b int32) bool {
		ea, eb := entries[a], entries[b]
		if ea.ctx != eb.ctx {
			return !ea.ctx
		}
		ka, kb := kindRank(records[ea.rec].Kind), kindRank(records[eb.rec].Kind)
		if ka != kb {
			return ka < kb
		}
		return ea.rec < eb.rec
	}
	i := len(list)
	for i > 0 && less(e, list[i-1]) {
		i--
	}
	list = append(list, 0)
	copy(list[i+1:], list[i:])
	list[i] = e
	return list
}

// gluedKey reports whether token k must be glued to token k-1 for a match:
// spacing matters between words and punctuation, except around hyphens.
func gluedKey(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	return toks[k].glued && toks[k].kind != tkHyphen && toks[k-1].kind != tkHyphen
}

// match is a candidate mention: tokens [i, j) of the text.
type match struct {
	i, j   int
	node   int32 // trie node whose entries apply
	plural bool  // the last token is the alias plus a plural "s"
	// inflected is true when a word matched only as an inflected form of
	// the alias's word ("Europie" for "Europa").
	inflected bool
	entry     int32 // the chosen entry, or -1 while undecided
	// trim is the length in bytes of a Korean particle at the end of the
	// last token, which is not part of the name ("기아" in "기아는").
	trim int32
}

// child returns the node reached from node over token tok.
func (t *trie) child(node int32, glued bool, tok string) (int32, bool) {
	if node == 0 {
		c, ok := t.root[tok]
		return c, ok
	}
	c, ok := t.edges[edge{node, glued, tok}]
	return c, ok
}

// walk returns the candidate matches starting at token i, longest first.
// Matches never cross a newline. Where the text has a hyphen and the alias
// a space ("GAC - Fiat Chrysler" for "GAC Fiat Chrysler"), or the other way
// round ("Mercedes Benz"), both readings are tried.
//
// inflect is -1 for languages whose names do not inflect; otherwise words
// may also match as inflected forms, with the alias's word cut by at most
// inflect letters.
func (t *trie) walk(src string, toks []token, i int, out []match, inflect int) []match {
	if inflect < 0 && !t.mayStart(toks[i].fold(src)) && !endsInHangul(src[toks[i].start:toks[i].end]) {
		return out
	}
	n0 := len(out)
	out = t.walkFrom(src, toks, i, i, 0, out, inflect, false)
	// Longest first; stable, so that among equal lengths the order of
	// discovery stays. The list is short.
	c := out[n0:]
	for a := 1; a < len(c); a++ {
		for b := a; b > 0 && c[b].j > c[b-1].j; b-- {
			c[b], c[b-1] = c[b-1], c[b]
		}
	}
	return out
}

func (t *trie) walkFrom(src string, toks []token, i, j int, node int32, out []match, inflect int, inflected bool) []match {
	for ; j < len(toks); j++ {
		tk := toks[j]
		if j > i && tk.newline {
			break
		}
		g := j > i && gluedKey(toks, j)
		if tk.kind == tkWord && !tk.lower && len(tk.fold(src)) >= 4 && tk.fold(src)[len(tk.fold(src))-1] == 's' {
			if c, ok := t.child(node, g, tk.fold(src)[:len(tk.fold(src))-1]); ok && len(t.terms[c]) > 0 {
				out = append(out, match{i: i, j: j + 1, node: c, plural: true, entry: -1})
			}
		}
		if j > i {
			if tk.kind == tkHyphen {
				// A hyphen where the alias has a space.
				if j+1 < len(toks) && (toks[j+1].kind == tkWord || toks[j+1].kind == tkNum) && !toks[j+1].newline {
					out = t.walkFrom(src, toks, i, j+1, node, out, inflect, inflected)
				}
			} else if !g {
				// A space where the alias has a hyphen.
				if h := t.hyphen[node]; h != 0 {
					if c, ok := t.edges[edge{h, false, tk.fold(src)}]; ok {
						if len(t.terms[c]) > 0 {
							out = append(out, match{i: i, j: j + 1, node: c, entry: -1})
						}
						out = t.walkFrom(src, toks, i, j+1, c, out, inflect, inflected)
					}
				}
			}
		}
		c, ok := t.child(node, g, tk.fold(src))
		if (!ok || len(t.terms[c]) == 0) && tk.kind == tkWord {
			out = t.particleMatches(src, tk, i, j, node, g, out)
		}
		if !ok && inflect >= 0 && tk.kind == tkWord {
			t.stemChildren(node, g, tk.fold(src), inflect, func(c int32) {
				if len(t.terms[c]) > 0 {
					out = append(out, match{i: i, j: j + 1, node: c, entry: -1, inflected: true})
				}
				out = t.walkFrom(src, toks, i, j+1, c, out, inflect, true)
			})
			break
		}
		if !ok {
			break
		}
		node = c
		if len(t.terms[node]) > 0 {
			out = append(out, match{i: i, j: j + 1, node: node, entry: -1, inflected: inflected})
		}
	}
	return out
}

// particleMatches appends the matches that end in token j, the word tk,
// when a Korean particle is cut from its end: "기아는" is "기아" and the
// particle "는". The particle must leave at least one letter.
func (t *trie) particleMatches(src string, tk token, i, j int, node int32, glued bool, out []match) []match {
	w := src[tk.start:tk.end]
	if !endsInHangul(w) {
		return out
	}
	f := tk.fold(src)
	for _, p := range t.particles {
		if len(p.raw) >= len(w) || !strings.HasSuffix(w, p.raw) || !strings.HasSuffix(f, p.fold) {
			continue
		}
		c, ok := t.child(node, glued, f[:len(f)-len(p.fold)])
		if ok && len(t.terms[c]) > 0 {
			out = append(out, match{i: i, j: j + 1, node: c, entry: -1, trim: int32(len(p.raw))})
		}
	}
	return out
}

// entryFits reports whether alias entry e may stand for tokens [i, j) as
// written: case-sensitive aliases must match exactly, other aliases that
// start with a capital must not match a lower-case word, and only names of
// organizations and products take a plural.
func (tg *Tagger) entryFits(src string, toks []token, m match, e aliasEntry) bool {
	rec := &tg.records[e.rec]
	if m.plural && rec.Kind != entity.Organization && rec.Kind != entity.Product {
		return false
	}
	// A product's name inflects only as a whole, brand and model ("Jeepa
	// Avengera", "Fiata 600"): a one-word model in a case ending is too
	// often another word.
	if m.inflected && (e.cs || e.ctx || rec.Kind == entity.Event || rec.Kind == entity.Product && m.j-m.i < 2) {
		return false
	}
	if e.cs {
		if len(e.raw) != m.j-m.i {
			return false
		}
		for k := m.i; k < m.j; k++ {
			tk := toks[k]
			if tk.kind == tkHyphen || tk.kind == tkPunct {
				continue
			}
			w := src[tk.start:tk.end]
			if m.plural && k == m.j-1 {
				w = w[:len(w)-1]
			}
			if k == m.j-1 {
				w = w[:len(w)-int(m.trim)]
			}
			if w != e.raw[k-m.i] {
				return false
			}
		}
		return true
	}
	first := toks[m.i]
	if e.upperFirst && first.lower {
		return false
	}
	if e.raw != nil && len(e.raw) == m.j-m.i {
		// A word the alias writes in camel case ("ProCeed", "eActros")
		// must be written so, or in capitals: "Proceed" is a verb.
		for k, r := range e.raw {
			tk := toks[m.i+k]
			if isCamel(r) && !tk.allCaps {
				w := src[tk.start:tk.end]
				if m.plural && k == len(e.raw)-1 {
					w = w[:len(w)-1]
				}
				if k == len(e.raw)-1 {
					w = w[:len(w)-int(m.trim)]
				}
				if w != r {
					return false
				}
			}
		}
	}
	return true
}

// isCamel reports whether word w has an upper-case letter after a
// lower-case one: "ProCeed", "eActros", "iX".
func isCamel(w string) bool {
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && lower:
			return true
		}
	}
	return false
}

// boundaryOK rejects matches that are part of a larger token-glued unit such
// as a web address ("stellantis.com") or a decimal number ("1.408"), or
// part of a longer word of a script without spaces (see katakanaEdgesOK,
// whose listed it passes on, and hanWordOK).
func boundaryOK(src string, toks []token, i, j int, listed bool) bool {
	if !katakanaEdgesOK(src, toks, i, j, listed) || !hanWordOK(src, toks, i, j) {
		return false
	}
	if i >= 2 {
		p := toks[i-1]
		if toks[i].glued && p.kind == tkPunct && isJoiner(p.fold(src)) && p.glued {
			return false
		}
	}
	if j+1 < len(toks) {
		n := toks[j]
		if n.glued && n.kind == tkPunct && isJoiner(n.fold(src)) && toks[j+1].glued &&
			(toks[j+1].kind == tkWord || toks[j+1].kind == tkNum) {
			return false
		}
	}
	return true
}

func isJoiner(s string) bool {
	switch s {
	case ".", ",", "/", "@", "_", "\\":
		return true
	}
	return false
}
