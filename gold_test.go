package autonews

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/autonews/autonews/internal/goldtest"
)

// This file scores the pipeline's output against hand-written gold
// annotations in the format of the project's devset (one JSON object per
// article), the way ../shared/eval/score.py does.

// score counts matches the way score.py does, summed over articles.
type score struct {
	fig, qty goldtest.Counts // money and percent; quantities
	ent      goldtest.EntityScore
}

// add adds doc's figures and entities, scored against g, to s, and logs
// every miss and extra.
func (s *score) add(t *testing.T, g goldtest.Article, doc Document) {
	t.Helper()
	type fig struct {
		kind, cur, text string
		value           float64
	}
	var pf, pq []fig
	for _, f := range doc.Annotations.Figures {
		x := fig{f.Kind.String(), f.Currency, f.Text, f.Value}
		if x.kind == "quantity" {
			pq = append(pq, x)
		} else {
			pf = append(pf, x)
		}
	}
	var gf, gq []goldtest.Figure
	for _, x := range g.Figures {
		if x.Kind == "quantity" {
			gq = append(gq, x)
		} else {
			gf = append(gf, x)
		}
	}
	match := func(gold []goldtest.Figure, pred []fig) goldtest.Counts {
		found, used := goldtest.Pair(len(gold), len(pred), func(i, j int) bool {
			return gold[i].Matches(pred[j].kind, pred[j].value, pred[j].cur)
		})
		c := goldtest.Counts{Pred: len(pred), Gold: len(gold)}
		for i, x := range gold {
			if found[i] {
				c.TP++
			} else {
				t.Logf("%s: missed figure %q %v %s", g.ID, x.Text, x.Value, x.Currency)
			}
		}
		for i, y := range pred {
			if !used[i] {
				t.Logf("%s: extra figure %q %v %s", g.ID, y.text, y.value, y.cur)
			}
		}
		return c
	}
	s.fig.Add(match(gf, pf))
	s.qty.Add(match(gq, pq))

	var pe []goldtest.Predicted
	for _, e := range doc.Annotations.Entities {
		pe = append(pe, goldtest.Predicted{Kind: e.Kind.String(), Text: e.Text, Canonical: e.Canonical})
	}
	es := goldtest.ScoreEntities(g.Entities, pe)
	for _, x := range es.Missed {
		t.Logf("%s: missed entity %s %q", g.ID, x.Kind, x.Canonical)
	}
	for _, k := range es.Extra {
		t.Logf("%s: extra entity %s %q", g.ID, k.Kind, k.Canonical)
	}
	s.ent.Add(es)
}

// checkHeader returns every difference between doc's header fields and
// body and the gold's.
func checkHeader(g goldtest.Article, doc Document) []string {
	var bad []string
	errorf := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	art := doc.Article
	if got := art.Language.Code(); got != g.Language {
		errorf("%s: language = %q, want %q", g.ID, got, g.Language)
	}
	date := ""
	if !art.Date.IsZero() {
		date = art.Date.Format("2006-01-02")
	}
	if date != g.Date {
		errorf("%s: date = %q, want %q", g.ID, date, g.Date)
	}
	if goldtest.Fold(art.Title) != goldtest.Fold(g.Title) {
		errorf("%s: title = %q, want %q", g.ID, art.Title, g.Title)
	}
	if g.Author != "" && goldtest.Fold(art.Author) != goldtest.Fold(g.Author) {
		errorf("%s: author = %q, want %q", g.ID, art.Author, g.Author)
	}
	if g.Categories != nil && strings.Join(art.Categories, "|") != strings.Join(g.Categories, "|") {
		errorf("%s: categories = %q, want %q", g.ID, art.Categories, g.Categories)
	}
	bw := goldtest.Words(art.BodyText())
	if !goldtest.HasPrefix(bw, goldtest.Words(g.BodyFirstWords)) {
		errorf("%s: body starts %q, want %q", g.ID, strings.Join(bw[:min(8, len(bw))], " "), g.BodyFirstWords)
	}
	if !goldtest.HasSuffix(bw, goldtest.Words(g.BodyLastWords)) {
		errorf("%s: body ends %q, want %q", g.ID, strings.Join(bw[max(0, len(bw)-8):], " "), g.BodyLastWords)
	}
	return bad
}

// floors are what a gold set must reach: F1 floors for money+percent
// figures, quantities and entities over the whole set, and how many header
// differences (language, date, title, author, categories, body ends) it
// may have.
type floors struct {
	figures, quantities, entities float64
	headerMisses                  int
	// headerOnly scores the header and the body's ends only: the gold
	// lists no figures or entities.
	headerOnly bool
}

// runGold processes every article of a gold file found in dir and checks
// the results against min.
func runGold(t *testing.T, dir string, min floors) {
	gold, err := goldtest.Read(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) == 0 {
		t.Fatalf("%s: no gold articles", dir)
	}
	p := testPipeline(t)
	var s score
	var headerMisses []string
	for _, g := range gold {
		src, err := os.ReadFile(filepath.Join(dir, g.ID+".txt"))
		if err != nil {
			t.Errorf("%s: %v", g.ID, err)
			continue
		}
		doc, err := p.Process(string(src))
		if err != nil {
			t.Errorf("%s: Process: %v", g.ID, err)
			continue
		}
		for _, m := range checkHeader(g, doc) {
			t.Log(m)
			headerMisses = append(headerMisses, m)
		}
		if !min.headerOnly {
			s.add(t, g, doc)
		}
	}
	if min.headerOnly {
		if len(headerMisses) > min.headerMisses {
			t.Errorf("%d header differences, want at most %d:\n%s", len(headerMisses), min.headerMisses, strings.Join(headerMisses, "\n"))
		}
		return
	}
	_, _, figF := s.fig.PRF()
	_, _, qtyF := s.qty.PRF()
	_, _, entF := s.ent.PRF()
	t.Logf("figures (money+percent) F1 %.3f (%d/%d found, %d predicted)", figF, s.fig.TP, s.fig.Gold, s.fig.Pred)
	t.Logf("quantities F1 %.3f (%d/%d found, %d predicted)", qtyF, s.qty.TP, s.qty.Gold, s.qty.Pred)
	t.Logf("entities F1 %.3f (%d/%d found, %d/%d predicted right)", entF, s.ent.GoldFound, s.ent.Gold, s.ent.PredHit, s.ent.Pred)
	if len(headerMisses) > min.headerMisses {
		t.Errorf("%d header differences, want at most %d:\n%s", len(headerMisses), min.headerMisses, strings.Join(headerMisses, "\n"))
	}
	if figF < min.figures {
		t.Errorf("money+percent figures F1 = %.3f, want >= %.3f", figF, min.figures)
	}
	if qtyF < min.quantities {
		t.Errorf("quantity figures F1 = %.3f, want >= %.3f", qtyF, min.quantities)
	}
	if entF < min.entities {
		t.Errorf("entities F1 = %.3f, want >= %.3f", entF, min.entities)
	}
}

func TestGoldArticles(t *testing.T) {
	runGold(t, filepath.Join("testdata", "articles"), floors{figures: 0.98, quantities: 0.97, entities: 0.95})
}

// TestShapes checks header and body on testdata/shapes, the project's own
// articles in the shapes found on real pages (a caption and agency credits,
// a paywall line, an address block, a one-line page, CR-only line ends,
// ...). Its gold lists no figures or entities: only the header fields and
// the body's ends count, and none may differ.
func TestShapes(t *testing.T) {
	runGold(t, filepath.Join("testdata", "shapes"), floors{headerOnly: true})
}

// TestHoldout scores the pipeline on testdata/holdout, holdout2 and
// holdout3, articles written without looking at the code or the knowledge
// base, to see how it does on text nobody tuned it to. Their floors are
// lower than TestGoldArticles'. The first two sets' misses have guided
// general fixes since their blind first runs (the README keeps those
// numbers); the third was measured once and the library was not changed
// for it.
func TestHoldout(t *testing.T) {
	t.Run("holdout", func(t *testing.T) {
		runGold(t, filepath.Join("testdata", "holdout"), floors{figures: 0.97, quantities: 0.97, entities: 0.92})
	})
	t.Run("holdout2", func(t *testing.T) {
		dir := filepath.Join("testdata", "holdout2")
		if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
			t.Skipf("no second hold-out set: %v", err)
		}
		runGold(t, dir, floors{figures: 0.97, quantities: 0.93, entities: 0.90})
	})
	t.Run("holdout3", func(t *testing.T) {
		dir := filepath.Join("testdata", "holdout3")
		if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
			t.Skipf("no third hold-out set: %v", err)
		}
		// Measured once, blind, and left as it was (see the README): two
		// header differences (a dpa editor code after the last line; a
		// standfirst above the byline that this set counts as header and
		// the parser, like the devset, as body).
		runGold(t, dir, floors{figures: 0.97, quantities: 0.9, entities: 0.9, headerMisses: 2})
	})
}

func TestDevset(t *testing.T) {
	dir := filepath.Join("..", "shared", "devset")
	if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
		t.Skipf("no devset beside the repository: %v", err)
	}
	runGold(t, dir, floors{figures: 1.0, quantities: 0.9, entities: 0.95})
}
