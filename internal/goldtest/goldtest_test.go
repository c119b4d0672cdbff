package goldtest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestFoldWords(t *testing.T) {
	for _, tc := range []struct {
		in    string
		fold  string
		words []string
	}{
		{"Jean - Philippe", "jean-philippe", []string{"jean", "philippe"}},
		{"Citroën", "citroen", []string{"citroen"}},
		{"  Škoda   Auto\tČR ", "skoda auto cr", []string{"skoda", "auto", "cr"}},
		{"STRASSE Straße", "strasse strasse", []string{"strasse", "strasse"}},
		{"1,5 Mrd. €", "1,5 mrd. €", []string{"1", "5", "mrd"}},
		{"x² snake_case", "x2 snake_case", []string{"x2", "snake_case"}},
		{"比亚迪 销量", "比亚迪 销量", []string{"比亚迪", "销量"}},
		{"", "", nil},
	} {
		if got := Fold(tc.in); got != tc.fold {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.fold)
		}
		if got := Words(tc.in); !slices.Equal(got, tc.words) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.words)
		}
	}
}

func TestBodySpan(t *testing.T) {
	src := "Title\n\nThe body starts here. More text. It ends here.\nFooter"
	for _, tc := range []struct {
		first, last string
		want        string
		ok          bool
	}{
		{"The body starts", "ends here.", "The body starts here. More text. It ends here.", true},
		{"The body starts", "nowhere", "", false},
		{"", "ends here.", "", false},
		{"Footer", "Title", "", false},
	} {
		i, j, ok := BodySpan(src, Article{BodyFirstWords: tc.first, BodyLastWords: tc.last})
		if ok != tc.ok || ok && src[i:j] != tc.want {
			t.Errorf("BodySpan(%q, %q) = %d, %d, %v, want %q, %v", tc.first, tc.last, i, j, ok, tc.want, tc.ok)
		}
	}
}

func TestFigureMatches(t *testing.T) {
	eur := Figure{Kind: "money", Value: 1000, Currency: "EUR"}
	for _, tc := range []struct {
		g     Figure
		kind  string
		value float64
		cur   string
		want  bool
	}{
		{eur, "money", 1000, "eur", true},
		{eur, "money", 1004, "EUR", true},
		{eur, "money", 1006, "EUR", false},
		{eur, "money", 1000, "USD", false},
		{eur, "percent", 1000, "EUR", false},
		{Figure{Kind: "money", Value: 5}, "money", 5, "USD", true},
		{Figure{Kind: "percent", Value: 5, Currency: "EUR"}, "percent", 5, "", true},
	} {
		if got := tc.g.Matches(tc.kind, tc.value, tc.cur); got != tc.want {
			t.Errorf("%+v.Matches(%q, %v, %q) = %v, want %v", tc.g, tc.kind, tc.value, tc.cur, got, tc.want)
		}
	}
}

func TestPair(t *testing.T) {
	gold := []int{1, 2, 2, 3}
	pred := []int{2, 4, 1, 2}
	found, used := Pair(len(gold), len(pred), func(g, p int) bool { return gold[g] == pred[p] })
	if want := []bool{true, true, true, false}; !slices.Equal(found, want) {
		t.Errorf("found = %v, want %v", found, want)
	}
	if want := []bool{true, false, true, true}; !slices.Equal(used, want) {
		t.Errorf("used = %v, want %v", used, want)
	}
}

func TestScoreEntities(t *testing.T) {
	gold := []Entity{
		{Canonical: "Stellantis", Kind: "company"},
		{Canonical: "Carlos Tavares", Kind: "person", Mentions: []string{"Tavares"}},
		{Canonical: "Citroën", Kind: "brand"},
	}
	pred := []Predicted{
		{Kind: "company", Text: "STELLANTIS", Canonical: "Stellantis N.V."},
		{Kind: "company", Text: "Stellantis", Canonical: "Stellantis N.V."},
		{Kind: "person", Text: "Tavares", Canonical: "Tavares"},
		{Kind: "company", Text: "Citroen", Canonical: "Citroen"},
	}
	s := ScoreEntities(gold, pred)
	if s.GoldFound != 2 || s.Gold != 3 || s.PredHit != 2 || s.Pred != 3 {
		t.Errorf("counts = %d/%d found, %d/%d predicted right, want 2/3, 2/3", s.GoldFound, s.Gold, s.PredHit, s.Pred)
	}
	if len(s.Missed) != 1 || s.Missed[0].Canonical != "Citroën" {
		t.Errorf("Missed = %v, want Citroën", s.Missed)
	}
	if want := []Key{{"company", "citroen"}}; !slices.Equal(s.Extra, want) {
		t.Errorf("Extra = %v, want %v", s.Extra, want)
	}
	if _, _, f := (EntityScore{}).PRF(); f != 0 {
		t.Errorf("F1 with nothing = %v, want 0 as score.py", f)
	}
}

func TestCountsPRF(t *testing.T) {
	for _, tc := range []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{}, 1, 1, 1},
		{Counts{Gold: 2}, 0, 0, 0},
		{Counts{Pred: 2}, 0, 1, 0},
		{Counts{TP: 1, Pred: 2, Gold: 1}, 0.5, 1, 2.0 / 3},
	} {
		if p, r, f := tc.c.PRF(); p != tc.p || r != tc.r || f != tc.f {
			t.Errorf("%+v.PRF() = %v, %v, %v, want %v, %v, %v", tc.c, p, r, f, tc.p, tc.r, tc.f)
		}
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gold.jsonl")
	if _, err := Read(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Read(absent) error = %v, want fs.ErrNotExist", err)
	}
	line := `{"id":"a","language":"de","figures":[{"kind":"money","value":1.5e9,"currency":"EUR","min":1}],"entities":[{"canonical":"BMW","kind":"company","mentions":["BMW"]}]}`
	if err := os.WriteFile(path, []byte(line+"\n\n"+line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].ID != "a" || arts[0].Figures[0].Value != 1.5e9 || *arts[0].Figures[0].Min != 1 || arts[1].Entities[0].Canonical != "BMW" {
		t.Errorf("Read = %+v", arts)
	}
	if err := os.WriteFile(path, []byte(line+"\n{\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(path); err == nil {
		t.Error("Read(bad line) error = nil")
	}
}
