package tagger

import (
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
)

// guess proposes names the catalog lacks: runs of capitalized words that a
// cue gives a kind. Precision comes first, so a run without a cue is
// dropped:
//   - organization: the run ends in a legal form, a company word or an
//     institution word ("Foo Motors", "Bar GmbH", "Baz University");
//   - person: two to four words after or before a job title ("CEO Jane
//     Doe", "Jane Doe, the chairman"), or starting with a common given name,
//     also at the end of a longer run ("Gobierno de Claudia Sheinbaum");
//   - place: after a plant word and a preposition ("plant in Foo",
//     "usine de Bar", "Werk in Baz").
//
// Runs that touch a catalog name ("Wuhan Economic Development Zone"), lines
// in title case or all capitals (headings), and leading function words,
// months, weekdays, nationality adjectives and titles are skipped; a name
// does not end in an initial or an abbreviation ("Hans-J.", "St.").
func (t *Tagger) guess(src string, toks []token, covered []bool, lex *lexicon, ms []mention) []mention {
	lineStart, lineHeading := -1, false
	for k := 0; k < len(toks); k++ {
		if toks[k].newline || lineStart < 0 {
			lineStart = k
			lineHeading = isHeadingLine(src, toks, k)
		}
		if lineHeading || covered[k] || !isNameWord(toks[k]) {
			continue
		}
		// Collect the run [k, e).
		e := k + 1
		for e < len(toks) {
			tk := toks[e]
			if tk.newline || covered[e] {
				break
			}
			if isNameWord(tk) && !tk.glued {
				e++
				continue
			}
			// A hyphen inside a name: "Jean-Philippe", "Jean - Philippe".
			if tk.kind == tkHyphen && e+1 < len(toks) && isNameWord(toks[e+1]) && !covered[e+1] && !toks[e+1].newline {
				e += 2
				continue
			}
			// A particle: "Luca de Meo", "Ursula von der Leyen".
			if tk.kind == tkWord && tk.lower && personConnectors.has(tk.fold(src)) {
				n := e
				for n < len(toks) && toks[n].kind == tkWord && toks[n].lower && personConnectors.has(toks[n].fold(src)) && !toks[n].newline {
					n++
				}
				if n < len(toks) && isNameWord(toks[n]) && !covered[n] && !toks[n].newline {
					e = n + 1
					continue
				}
			}
			break
		}
		next := e
		// Trim words that are not names.
		s := k
		for s < e && isStopName(src, toks[s], lex) {
			s++
		}
		for e > s && (isStopName(src, toks[e-1], lex) || toks[e-1].kind != tkWord) {
			e--
		}
		if s < e {
			m, ok := t.guessRun(src, toks, covered, lex, s, e)
			// "Gobierno de Claudia Sheinbaum": a person's name at the end
			// of a longer capitalized run.
			for p := s + 1; !ok && p < e-1; p++ {
				if givenNames.has(toks[p].fold(src)) {
					m, ok = t.guessRun(src, toks, covered, lex, p, e)
				}
			}
			if ok {
				for q := m.i; q < m.j; q++ {
					covered[q] = true
				}
				ms = append(ms, m)
			}
		}
		k = next - 1
	}
	return ms
}

// isNameWord reports whether tk may be part of a name: a capitalized word
// that is not all capitals.
func isNameWord(tk token) bool {
	return tk.kind == tkWord && tk.upper && !tk.allCaps
}

// isStopName reports whether a capitalized word is a common word rather
// than part of a name.
func isStopName(src string, tk token, lex *lexicon) bool {
	if tk.kind != tkWord {
		return false
	}
	f := tk.fold(src)
	return lex.function.has(f) || calendarWords.has(f) || nationalityWords.has(f) ||
		lex.titles.has(f)
}

// isHeadingLine reports whether the line starting at token k is a heading:
// three or more words, nearly all capitalized, and no final period.
func isHeadingLine(src string, toks []token, k int) bool {
	words, caps := 0, 0
	last := k
	for q := k; q < len(toks); q++ {
		if q > k && toks[q].newline {
			break
		}
		last = q
		tk := toks[q]
		if tk.kind != tkWord {
			continue
		}
		words++
		if tk.upper {
			caps++
		}
	}
	// A line that ends with a period is a sentence, however capitalized.
	if toks[last].fold(src) == "." {
		return false
	}
	return words >= 3 && caps*10 >= words*7
}

// guessRun decides the kind of the run [s, e), or rejects it.
func (t *Tagger) guessRun(src string, toks []token, covered []bool, lex *lexicon, s, e int) (mention, bool) {
	nwords := 0
	for q := s; q < e; q++ {
		if toks[q].kind == tkWord && !personConnectors.has(toks[q].fold(src)) {
			nwords++
		}
		if calendarWords.has(toks[q].fold(src)) || lex.titles.has(toks[q].fold(src)) {
			return mention{}, false
		}
	}
	// A run that touches a catalog name extends it in a way the catalog
	// does not know: leave it.
	if s > 0 && covered[s-1] && !toks[s].newline {
		return mention{}, false
	}
	if e < len(toks) && covered[e] && !toks[e].newline && (toks[e].kind == tkWord || !toks[e].glued) {
		return mention{}, false
	}
	// "Hans-J. Boehm", "Robert St. Simon": a name does not end in an
	// initial or an abbreviation.
	if last := toks[e-1]; utf8.RuneCountInString(src[last.start:last.end]) == 1 ||
		e < len(toks) && toks[e].glued && toks[e].fold(src) == "." && lex.abbrev.has(last.fold(src)) {
		return mention{}, false
	}
	m := mention{
		i: s, j: e, start: int(toks[s].start), end: int(toks[e-1].end),
		rec: -1, guessed: true,
	}
	m.canonical = canonicalOf(src, toks, s, e)
	switch {
	case nwords >= 2 && orgSuffixWords.has(toks[e-1].fold(src)):
		m.kind = entity.Organization
	case nwords >= 2 && nwords <= 4 && (titleBefore(src, toks, lex, s) || titleAfter(src, toks, lex, e) || givenNames.has(toks[s].fold(src))) &&
		!hasOrgWord(src, toks, s, e):
		m.kind = entity.Person
	case nwords <= 3 && placeCueBefore(src, toks, lex, s):
		m.kind = entity.Place
	default:
		return mention{}, false
	}
	return m, true
}

func hasOrgWord(src string, toks []token, s, e int) bool {
	for q := s; q < e; q++ {
		if orgSuffixWords.has(toks[q].fold(src)) {
			return true
		}
	}
	return false
}

// titleBefore reports whether a job title stands just before token s:
// "CEO Jane Doe", "chairman, Jane Doe", "the new CEO, Jane Doe".
func titleBefore(src string, toks []token, lex *lexicon, s int) bool {
	for q, n := s-1, 0; q >= 0 && n < 3; q, n = q-1, n+1 {
		tk := toks[q]
		if tk.newline && q < s-1 {
			return false
		}
		if tk.kind == tkPunct && tk.fold(src) == "," {
			continue
		}
		if tk.kind != tkWord {
			return false
		}
		if lex.titles.has(tk.fold(src)) {
			return true
		}
		if !lex.function.has(tk.fold(src)) {
			return false
		}
	}
	return false
}

// titleAfter reports whether a job title follows the run ending before
// token e: "Jane Doe, the CEO of", "Jane Doe, chairman of", "Jane Doe, the
// group's chief executive", "Jane Doe, who became managing director".
func titleAfter(src string, toks []token, lex *lexicon, e int) bool {
	if e >= len(toks) || toks[e].fold(src) != "," {
		return false
	}
	for q, n := e+1, 0; q < len(toks) && n < 6; q, n = q+1, n+1 {
		tk := toks[q]
		if tk.newline {
			return false
		}
		f := tk.fold(src)
		switch {
		case tk.kind == tkWord && lex.titles.has(f):
			return true
		case tk.kind == tkWord && (lex.function.has(f) || formerWords.has(f)):
		case tk.kind == tkPunct && f == "'":
		case tk.kind == tkWord && q+1 < len(toks) && toks[q+1].fold(src) == "'" && toks[q+1].glued:
			// a possessor: "the group's"
		default:
			return false
		}
	}
	return false
}

// formerWords may stand between a name and its title: "the former CEO",
// "who became managing director".
var formerWords = setOf(`former new current then ex interim global voormalig nieuwe huidige
	ehemalige neue ancien nouveau nouvel nuovo attuale antiguo nuevo actual novo atual
	managing general deputy senior vice acting executive regional group company who became
	is was has been s`)

// placeCueBefore reports whether "plant in", "fabriek in", "Werk in",
// "usine de" and the like stands just before token s.
func placeCueBefore(src string, toks []token, lex *lexicon, s int) bool {
	if s < 2 {
		return false
	}
	p, w := toks[s-1], toks[s-2]
	return p.kind == tkWord && placePrepositions.has(p.fold(src)) && w.kind == tkWord && lex.places.has(w.fold(src))
}
