package autonews

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// This file scores the pipeline's output against hand-written gold
// annotations in the format of the project's devset (one JSON object per
// article), the way ../shared/eval/score.py does.

type goldFigure struct {
	Kind      string  `json:"kind"`
	Text      string  `json:"text"`
	Value     float64 `json:"value"`
	Currency  string  `json:"currency"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier"`
}

type goldEntity struct {
	Canonical string   `json:"canonical"`
	Kind      string   `json:"kind"`
	Mentions  []string `json:"mentions"`
}

type goldArticle struct {
	ID             string       `json:"id"`
	Language       string       `json:"language"`
	Date           string       `json:"date"`
	Title          string       `json:"title"`
	Categories     []string     `json:"categories"`
	Author         string       `json:"author"`
	BodyFirstWords string       `json:"body_first_words"`
	BodyLastWords  string       `json:"body_last_words"`
	Figures        []goldFigure `json:"figures"`
	Entities       []goldEntity `json:"entities"`
}

func readGold(t *testing.T, path string) []goldArticle {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldArticle
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

var spacedHyphen = regexp.MustCompile(`\s*-\s*`)

// fold mirrors score.py's fold: NFKD, no combining marks, spaced hyphens
// joined, white space collapsed, case folded.
func fold(s string) string {
	s = norm.NFKD.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
	s = spacedHyphen.ReplaceAllString(s, "-")
	s = strings.Join(strings.Fields(s), " ")
	return cases.Fold().String(s)
}

// words mirrors score.py's words: the runs of word characters of fold(s).
func words(s string) []string {
	return strings.FieldsFunc(fold(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '_')
	})
}

func hasPrefixWords(have, want []string) bool {
	if len(want) > len(have) {
		return false
	}
	for i := range want {
		if have[i] != want[i] {
			return false
		}
	}
	return true
}

func hasSuffixWords(have, want []string) bool {
	return len(want) <= len(have) && hasPrefixWords(have[len(have)-len(want):], want)
}

func closeTo(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 0.005*math.Max(math.Abs(a), math.Abs(b))
}

// score counts matches the way score.py does, summed over articles.
type score struct {
	figTP, figPred, figGold                   int // money and percent
	qtyTP, qtyPred, qtyGold                   int // quantities
	entGoldFound, entGold, entPredOK, entPred int
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s score) figuresF1() float64 {
	return f1(ratio(s.figTP, s.figPred), ratio(s.figTP, s.figGold))
}

func (s score) quantitiesF1() float64 {
	return f1(ratio(s.qtyTP, s.qtyPred), ratio(s.qtyTP, s.qtyGold))
}

func (s score) entitiesF1() float64 {
	return f1(ratio(s.entPredOK, s.entPred), ratio(s.entGoldFound, s.entGold))
}

// scoreDoc adds doc's figures and entities, scored against g, to s, and
// logs every miss and extra.
func (s *score) add(t *testing.T, g goldArticle, doc Document) {
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
	match := func(gold []goldFigure, pred []fig, quantity bool) (tp int) {
		used := make([]bool, len(pred))
	next:
		for _, x := range gold {
			if (x.Kind == "quantity") != quantity {
				continue
			}
			for i, y := range pred {
				if !used[i] && y.kind == x.Kind && closeTo(x.Value, y.value) &&
					(x.Kind != "money" || x.Currency == "" || strings.EqualFold(x.Currency, y.cur)) {
					used[i] = true
					tp++
					continue next
				}
			}
			t.Logf("%s: missed figure %q %v %s", g.ID, x.Text, x.Value, x.Currency)
		}
		for i, y := range pred {
			if !used[i] {
				t.Logf("%s: extra figure %q %v %s", g.ID, y.text, y.value, y.cur)
			}
		}
		return tp
	}
	s.figTP += match(g.Figures, pf, false)
	s.qtyTP += match(g.Figures, pq, true)
	s.figPred += len(pf)
	s.qtyPred += len(pq)
	for _, x := range g.Figures {
		if x.Kind == "quantity" {
			s.qtyGold++
		} else {
			s.figGold++
		}
	}

	type key struct{ kind, canon string }
	pred := map[key]map[string]bool{}
	var order []key
	for _, e := range doc.Annotations.Entities {
		k := key{e.Kind.String(), fold(e.Canonical)}
		if pred[k] == nil {
			pred[k] = map[string]bool{}
			order = append(order, k)
		}
		pred[k][fold(e.Text)] = true
		pred[k][fold(e.Canonical)] = true
	}
	names := make([]map[string]bool, len(g.Entities))
	for i, x := range g.Entities {
		names[i] = map[string]bool{fold(x.Canonical): true}
		for _, m := range x.Mentions {
			names[i][fold(m)] = true
		}
	}
	meets := func(a, b map[string]bool) bool {
		for n := range a {
			if b[n] {
				return true
			}
		}
		return false
	}
	for i, x := range g.Entities {
		hit := false
		for k, ns := range pred {
			if k.kind == x.Kind && meets(ns, names[i]) {
				hit = true
				break
			}
		}
		if hit {
			s.entGoldFound++
		} else {
			t.Logf("%s: missed entity %s %q", g.ID, x.Kind, x.Canonical)
		}
	}
	for _, k := range order {
		hit := false
		for i, x := range g.Entities {
			if k.kind == x.Kind && meets(pred[k], names[i]) {
				hit = true
				break
			}
		}
		if hit {
			s.entPredOK++
		} else {
			t.Logf("%s: extra entity %s %q", g.ID, k.kind, k.canon)
		}
	}
	s.entGold += len(g.Entities)
	s.entPred += len(order)
}

// checkHeader reports every difference between doc's header fields and
// body and the gold's.
func checkHeader(t *testing.T, g goldArticle, doc Document) {
	t.Helper()
	art := doc.Article
	if got := art.Language.Code(); got != g.Language {
		t.Errorf("%s: language = %q, want %q", g.ID, got, g.Language)
	}
	date := ""
	if !art.Date.IsZero() {
		date = art.Date.Format("2006-01-02")
	}
	if date != g.Date {
		t.Errorf("%s: date = %q, want %q", g.ID, date, g.Date)
	}
	if fold(art.Title) != fold(g.Title) {
		t.Errorf("%s: title = %q, want %q", g.ID, art.Title, g.Title)
	}
	if g.Author != "" && fold(art.Author) != fold(g.Author) {
		t.Errorf("%s: author = %q, want %q", g.ID, art.Author, g.Author)
	}
	if g.Categories != nil && strings.Join(art.Categories, "|") != strings.Join(g.Categories, "|") {
		t.Errorf("%s: categories = %q, want %q", g.ID, art.Categories, g.Categories)
	}
	bw := words(art.BodyText())
	if !hasPrefixWords(bw, words(g.BodyFirstWords)) {
		t.Errorf("%s: body starts %q, want %q", g.ID, strings.Join(bw[:min(8, len(bw))], " "), g.BodyFirstWords)
	}
	if !hasSuffixWords(bw, words(g.BodyLastWords)) {
		t.Errorf("%s: body ends %q, want %q", g.ID, strings.Join(bw[max(0, len(bw)-8):], " "), g.BodyLastWords)
	}
}

// runGold processes every article of a gold file found in dir and checks
// it. minFigures and minEntities are the F1 floors for money+percent
// figures and for entities over the whole set.
func runGold(t *testing.T, dir string, minFigures, minQuantities, minEntities float64) {
	gold := readGold(t, filepath.Join(dir, "gold.jsonl"))
	if len(gold) == 0 {
		t.Fatalf("%s: no gold articles", dir)
	}
	p := testPipeline(t)
	var s score
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
		checkHeader(t, g, doc)
		s.add(t, g, doc)
	}
	t.Logf("figures (money+percent) F1 %.3f (%d/%d found, %d predicted)", s.figuresF1(), s.figTP, s.figGold, s.figPred)
	t.Logf("quantities F1 %.3f (%d/%d found, %d predicted)", s.quantitiesF1(), s.qtyTP, s.qtyGold, s.qtyPred)
	t.Logf("entities F1 %.3f (%d/%d found, %d/%d predicted right)", s.entitiesF1(), s.entGoldFound, s.entGold, s.entPredOK, s.entPred)
	if f := s.figuresF1(); f < minFigures {
		t.Errorf("money+percent figures F1 = %.3f, want >= %.3f", f, minFigures)
	}
	if f := s.quantitiesF1(); f < minQuantities {
		t.Errorf("quantity figures F1 = %.3f, want >= %.3f", f, minQuantities)
	}
	if f := s.entitiesF1(); f < minEntities {
		t.Errorf("entities F1 = %.3f, want >= %.3f", f, minEntities)
	}
}

func TestGoldArticles(t *testing.T) {
	runGold(t, filepath.Join("testdata", "articles"), 0.97, 0.95, 0.92)
}

// TestHoldout scores the pipeline on testdata/holdout and
// testdata/holdout2, articles written without looking at the code or the
// knowledge base, to see how it does on text nobody tuned it to. Their
// floors are lower than TestGoldArticles'. The first set has since guided
// general fixes; the second was written last and has not.
func TestHoldout(t *testing.T) {
	t.Run("holdout", func(t *testing.T) {
		runGold(t, filepath.Join("testdata", "holdout"), 0.95, 0.9, 0.85)
	})
	t.Run("holdout2", func(t *testing.T) {
		dir := filepath.Join("testdata", "holdout2")
		if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
			t.Skipf("no second hold-out set: %v", err)
		}
		runGold(t, dir, 0.85, 0.7, 0.7)
	})
}

func TestDevset(t *testing.T) {
	dir := filepath.Join("..", "shared", "devset")
	if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
		t.Skipf("no devset beside the repository: %v", err)
	}
	runGold(t, dir, 1.0, 0.8, 0.9)
}
