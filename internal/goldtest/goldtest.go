// Package goldtest is test support shared by the tests of autonews and its
// packages that read the hand-written gold annotations (gold.jsonl files in
// the format of ../shared/devset) and score output against them.
//
// It mirrors ../shared/eval/score.py: Fold and Words normalise text as the
// scorer does, Figure.Matches is its figure rule, Pair its greedy matching
// and ScoreEntities its entity score. It is imported only by _test files.
package goldtest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Article is one line of a gold.jsonl file: one hand-annotated article,
// whose text is <ID>.txt beside the gold file.
type Article struct {
	ID             string   `json:"id"`
	Language       string   `json:"language"`
	Date           string   `json:"date"`
	Title          string   `json:"title"`
	Categories     []string `json:"categories"`
	Author         string   `json:"author"`
	BodyFirstWords string   `json:"body_first_words"`
	BodyLastWords  string   `json:"body_last_words"`
	Figures        []Figure `json:"figures"`
	Entities       []Entity `json:"entities"`
}

// Figure is a gold figure of an article.
type Figure struct {
	Kind      string   `json:"kind"`
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	Currency  string   `json:"currency"`
	Unit      string   `json:"unit"`
	Qualifier string   `json:"qualifier"`
	Min       *float64 `json:"min"`
	Max       *float64 `json:"max"`
}

// Entity is a gold entity of an article: its canonical name, kind and the
// forms it takes in the text.
type Entity struct {
	Canonical string   `json:"canonical"`
	Kind      string   `json:"kind"`
	Mentions  []string `json:"mentions"`
}

// Read reads the gold file at path, one JSON object a line, blank lines
// skipped. An error opening the file is returned as os.Open gives it, so
// that errors.Is(err, fs.ErrNotExist) tells an absent file.
func Read(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

var spacedHyphen = regexp.MustCompile(`\s*-\s*`)

// Fold is score.py's fold: NFKD without combining marks, spaced hyphens
// joined, white space collapsed and trimmed, case folded.
func Fold(s string) string {
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

// Words is score.py's words: the runs of word characters (letters, numbers
// and '_', as Python's \w) of Fold(s).
func Words(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// HasPrefix reports whether the words have start with want.
func HasPrefix(have, want []string) bool {
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

// HasSuffix reports whether the words have end with want.
func HasSuffix(have, want []string) bool {
	return len(want) <= len(have) && HasPrefix(have[len(have)-len(want):], want)
}

// BodySpan locates a's body in its text src by the gold's first and last
// words: from the first occurrence of BodyFirstWords to the end of the
// last occurrence of BodyLastWords. ok is false when either is empty or
// not found, or the end comes before the start.
func BodySpan(src string, a Article) (start, end int, ok bool) {
	if a.BodyFirstWords == "" || a.BodyLastWords == "" {
		return 0, 0, false
	}
	i := strings.Index(src, a.BodyFirstWords)
	j := strings.LastIndex(src, a.BodyLastWords)
	if i < 0 || j < 0 || j+len(a.BodyLastWords) < i {
		return 0, 0, false
	}
	return i, j + len(a.BodyLastWords), true
}

// CloseTo is score.py's close: a and b equal, or within 0.5% of the
// larger in magnitude.
func CloseTo(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 0.005*math.Max(math.Abs(a), math.Abs(b))
}

// Matches is score.py's fig_match: a predicted figure of the given kind,
// value and currency matches g when the kind is the same, the value
// CloseTo and, for money with a gold currency, the currency the same
// regardless of case.
func (g Figure) Matches(kind string, value float64, currency string) bool {
	if g.Kind != kind || !CloseTo(g.Value, value) {
		return false
	}
	return g.Kind != "money" || g.Currency == "" || strings.EqualFold(g.Currency, currency)
}

// Pair matches nGold gold items with nPred predicted ones greedily, as
// score.py does: each gold item in order takes the first prediction not
// yet taken that match(gold index, prediction index) accepts. found[i]
// tells whether gold item i was matched, used[j] whether prediction j was.
func Pair(nGold, nPred int, match func(g, p int) bool) (found, used []bool) {
	found, used = make([]bool, nGold), make([]bool, nPred)
	for i := range nGold {
		for j := range nPred {
			if !used[j] && match(i, j) {
				found[i], used[j] = true, true
				break
			}
		}
	}
	return found, used
}

// Counts are the counts of a figure score: matches, predictions and gold
// items.
type Counts struct {
	TP, Pred, Gold int
}

// Add adds c's counts to s.
func (s *Counts) Add(c Counts) {
	s.TP += c.TP
	s.Pred += c.Pred
	s.Gold += c.Gold
}

// PRF is score.py's prf: precision (1 with no predictions and no gold, 0
// with no predictions but some gold), recall (1 with no gold) and F1.
func (s Counts) PRF() (p, r, f float64) {
	switch {
	case s.Pred > 0:
		p = float64(s.TP) / float64(s.Pred)
	case s.Gold == 0:
		p = 1
	}
	r = 1
	if s.Gold > 0 {
		r = float64(s.TP) / float64(s.Gold)
	}
	return p, r, f1(p, r)
}

// String gives the precision, recall and F1 and the counts the way
// score.py prints its figure score.
func (s Counts) String() string {
	p, r, f := s.PRF()
	return fmt.Sprintf("precision %.3f recall %.3f F1 %.3f (%d/%d gold found, %d predicted)", p, r, f, s.TP, s.Gold, s.Pred)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Names is the set of folded names an entity goes by: its canonical name
// and its mentions.
func (e Entity) Names() map[string]bool {
	ns := map[string]bool{Fold(e.Canonical): true}
	for _, m := range e.Mentions {
		ns[Fold(m)] = true
	}
	return ns
}

// Predicted is a predicted entity as score.py reads it.
type Predicted struct {
	Kind, Text, Canonical string
}

// Key is a distinct predicted entity: its kind and folded canonical name.
type Key struct {
	Kind, Canonical string
}

// EntityScore is score.py's entity score of one or more articles.
type EntityScore struct {
	GoldFound int // gold entities matched by a prediction
	Gold      int // gold entities
	PredHit   int // distinct predicted entities that match a gold entity
	Pred      int // distinct predicted entities
	// Missed are the gold entities no prediction matches and Extra the
	// distinct predictions, in order, that match no gold entity. Only
	// ScoreEntities sets them, for its one article; Add does not carry
	// them over.
	Missed []Entity
	Extra  []Key
}

// ScoreEntities scores the predicted entities of an article against its
// gold ones as score.py does. The predictions are grouped by kind and
// folded canonical name, each group going by the folded text and canonical
// name of its members; a gold entity and a group match when their kinds
// are the same and they share a name.
func ScoreEntities(gold []Entity, pred []Predicted) EntityScore {
	names := make([]map[string]bool, len(gold))
	for i, e := range gold {
		names[i] = e.Names()
	}
	groups := map[Key]map[string]bool{}
	var order []Key
	for _, e := range pred {
		k := Key{e.Kind, Fold(e.Canonical)}
		if groups[k] == nil {
			groups[k] = map[string]bool{}
			order = append(order, k)
		}
		groups[k][Fold(e.Text)] = true
		groups[k][Fold(e.Canonical)] = true
	}
	meets := func(a, b map[string]bool) bool {
		for n := range a {
			if b[n] {
				return true
			}
		}
		return false
	}
	goldHit, predHit := make([]bool, len(gold)), make([]bool, len(order))
	for i, e := range gold {
		for j, k := range order {
			if k.Kind == e.Kind && meets(groups[k], names[i]) {
				goldHit[i], predHit[j] = true, true
			}
		}
	}
	s := EntityScore{Gold: len(gold), Pred: len(order)}
	for i, e := range gold {
		if goldHit[i] {
			s.GoldFound++
		} else {
			s.Missed = append(s.Missed, e)
		}
	}
	for j, k := range order {
		if predHit[j] {
			s.PredHit++
		} else {
			s.Extra = append(s.Extra, k)
		}
	}
	return s
}

// Add adds the counts of o to s.
func (s *EntityScore) Add(o EntityScore) {
	s.GoldFound += o.GoldFound
	s.Gold += o.Gold
	s.PredHit += o.PredHit
	s.Pred += o.Pred
}

// PRF is score.py's entity precision (0 with no predictions), recall (1
// with no gold) and F1.
func (s EntityScore) PRF() (p, r, f float64) {
	if s.Pred > 0 {
		p = float64(s.PredHit) / float64(s.Pred)
	}
	r = 1
	if s.Gold > 0 {
		r = float64(s.GoldFound) / float64(s.Gold)
	}
	return p, r, f1(p, r)
}
