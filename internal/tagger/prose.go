package tagger

import (
	"fmt"
	"strings"

	"github.com/autonews/autonews/entity"
	"github.com/jdkato/prose/v2"
)

// proseNER wraps prose's English tagger and entity extracter. The model is
// decoded once, in New (prose itself decodes it again for every document
// unless it is given one); prose only reads it afterwards.
type proseNER struct {
	model *prose.Model
}

func newProseNER() (p *proseNER, err error) {
	defer func() {
		// prose panics on corrupt embedded model data; report it instead.
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("tagger: loading the prose model: %v", r)
		}
	}()
	return &proseNER{model: prose.ModelFromData("autonews")}, nil
}

// people returns the texts prose labels PERSON in sentence s, each as the
// list of its tokens.
func (p *proseNER) people(s string) (out [][]string) {
	defer func() {
		if recover() != nil {
			out = nil // a prose failure costs its candidates, nothing more
		}
	}()
	doc, err := prose.NewDocument(s, prose.UsingModel(p.model), prose.WithSegmentation(false))
	if err != nil {
		return nil
	}
	for _, e := range doc.Entities() {
		if e.Label != "PERSON" {
			continue
		}
		out = append(out, strings.Fields(e.Text))
	}
	return out
}

// proseNames adds the people prose finds in English sentences that hold a
// capitalized word the catalog did not match. prose's labels are filtered:
// a candidate must be two to four capitalized words, none of them a
// function word, month, nationality, title or company word, not touching a
// catalog name.
func (t *Tagger) proseNames(src string, toks []token, covered []bool, sents []entity.Span, ms []mention) []mention {
	lex := lexiconFor("en")
	k := 0
	for _, s := range sents {
		// The tokens of sentence s: [a, b).
		for k < len(toks) && int(toks[k].start) < s.Start {
			k++
		}
		a := k
		b := a
		for b < len(toks) && int(toks[b].start) < s.End {
			b++
		}
		if !hasUnmatchedName(src, toks, covered, lex, a, b) {
			continue
		}
		for _, cand := range t.prose.people(src[s.Start:s.End]) {
			if len(cand) < 2 || len(cand) > 4 {
				continue
			}
			if i, ok := findWords(src, toks, covered, a, b, cand); ok {
				j := i + len(cand)
				// prose splits "Jean - Philippe": take the first part back.
				for i-2 >= a && toks[i-1].kind == tkHyphen && isNameWord(toks[i-2]) && !covered[i-2] && !covered[i-1] {
					i -= 2
				}
				if !acceptableName(src, toks, covered, lex, i, j) {
					continue
				}
				for q := i; q < j; q++ {
					covered[q] = true
				}
				ms = append(ms, mention{
					i: i, j: j, start: int(toks[i].start), end: int(toks[j-1].end), rec: -1,
					kind: entity.Person, canonical: canonicalOf(src, toks, i, j), guessed: true,
				})
			}
		}
	}
	return ms
}

// hasUnmatchedName reports whether tokens [a, b) hold a capitalized word,
// not the sentence's first, that no mention covers.
func hasUnmatchedName(src string, toks []token, covered []bool, lex *lexicon, a, b int) bool {
	for q := a + 1; q < b; q++ {
		if !covered[q] && isNameWord(toks[q]) && !isStopName(src, toks[q], lex) {
			return true
		}
	}
	return false
}

// findWords finds the words of cand as consecutive word tokens in [a, b),
// none of them covered.
func findWords(src string, toks []token, covered []bool, a, b int, cand []string) (int, bool) {
outer:
	for i := a; i+len(cand) <= b; i++ {
		for n, w := range cand {
			tk := toks[i+n]
			if covered[i+n] || tk.kind != tkWord || src[tk.start:tk.end] != w {
				continue outer
			}
		}
		return i, true
	}
	return 0, false
}

// acceptableName filters prose's candidates: all words capitalized names,
// no stop words or company words, not touching a catalog name.
func acceptableName(src string, toks []token, covered []bool, lex *lexicon, i, j int) bool {
	for q := i; q < j; q++ {
		if !isNameWord(toks[q]) || isStopName(src, toks[q], lex) || orgSuffixWords.has(toks[q].fold(src)) {
			return false
		}
		if q > i && (toks[q].newline || toks[q].glued) {
			return false
		}
	}
	if i > 0 && covered[i-1] && !toks[i].newline {
		return false
	}
	if j < len(toks) && covered[j] && !toks[j].newline {
		return false
	}
	return true
}
