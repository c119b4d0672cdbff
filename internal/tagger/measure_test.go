package tagger

import (
	"flag"
	"testing"
	"time"

	"github.com/autonews/autonews/entity"
)

var measure = flag.Bool("measure", false, "print the entity scores of every Options combination (see PROSE.md)")

// catalogWithoutPeople returns the default catalog less its people, so that
// the fallbacks (Guess, Prose) have names to find.
func catalogWithoutPeople(t testing.TB) *entity.Catalog {
	t.Helper()
	cat, err := entity.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	var recs []entity.Record
	for _, r := range cat.Records() {
		if r.Kind != entity.Person {
			recs = append(recs, r)
		}
	}
	c, err := entity.NewCatalog(recs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestGuessWithoutPeople checks the fallback for unknown names where it
// matters: with no person in the catalog, Guess must win back the people
// without losing precision.
func TestGuessWithoutPeople(t *testing.T) {
	cat := catalogWithoutPeople(t)
	for _, dir := range []string{"../../testdata/articles", "../../../shared/devset"} {
		plain, err := New(cat, Options{})
		if err != nil {
			t.Fatal(err)
		}
		guess, err := New(cat, Options{Guess: true})
		if err != nil {
			t.Fatal(err)
		}
		s0, ok := scoreDir(t, plain, dir)
		if !ok {
			t.Logf("no %s/gold.jsonl", dir)
			continue
		}
		s1, _ := scoreDir(t, guess, dir)
		p0, _, f0 := s0.PRF()
		p1, _, f1 := s1.PRF()
		t.Logf("%s without people: F1 %.3f, with Guess %.3f (precision %.3f -> %.3f)", dir, f0, f1, p0, p1)
		if f1 < f0+0.02 || p1 < p0-0.01 {
			t.Errorf("%s: Guess gives F1 %.3f precision %.3f, want F1 >= %.3f and precision >= %.3f",
				dir, f1, p1, f0+0.02, p0-0.01)
		}
	}
}

// TestMeasure prints, with -measure, the scores and time of every
// combination of Options over a catalog without people: the numbers of
// PROSE.md.
func TestMeasure(t *testing.T) {
	if !*measure {
		t.Skip("run with -measure")
	}
	cat := catalogWithoutPeople(t)
	for _, o := range []Options{{}, {Prose: true}, {Guess: true}, {Guess: true, Prose: true}} {
		tg, err := New(cat, o)
		if err != nil {
			t.Fatal(err)
		}
		for _, dir := range []string{"../../testdata/articles", "../../../shared/devset"} {
			t0 := time.Now()
			s, ok := scoreDir(t, tg, dir)
			if !ok {
				continue
			}
			p, r, f := s.PRF()
			t.Logf("MEASURE %+v %s: precision %.3f recall %.3f F1 %.3f (%d/%d gold, %d predicted) in %v",
				o, dir, p, r, f, s.GoldFound, s.Gold, s.Pred, time.Since(t0).Round(time.Millisecond))
		}
	}
}
