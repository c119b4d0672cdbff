package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestUnionRecord checks that the European Union organization gets CLDR's
// names in every language, and that none of them makes a place.
func TestUnionRecord(t *testing.T) {
	u := unionRecord()
	if u.Name != "European Union" || u.Kind != Organization || u.Category != "" {
		t.Fatalf("unionRecord() = %q %v %q, want the organization European Union without category", u.Name, u.Kind, u.Category)
	}
	if n := len(u.Aliases); n < len(placeLanguages)-2 {
		t.Errorf("unionRecord() has %d aliases, want about one a language (%d): %v", n, len(placeLanguages), u.Aliases)
	}
	c, err := DefaultCatalog()
	if err != nil {
		t.Fatalf("DefaultCatalog() error = %v", err)
	}
	org, ok := c.Lookup("European Union", Organization)
	if !ok {
		t.Fatal(`DefaultCatalog() lacks the organization "European Union"`)
	}
	if org.Category != "public-body" {
		t.Errorf(`DefaultCatalog() "European Union" category = %q, want the data's "public-body"`, org.Category)
	}
	want := []string{
		"European Union", "Europese Unie", "Europäische Union", "Union européenne",
		"Unione Europea", "Unión Europea", "União Europeia", "Unia Europejska",
		"Evropská unie", "Europeiska unionen", "Avrupa Birliği",
		"欧盟", "歐盟", "欧州連合", "유럽 연합", "유럽연합",
	}
	for _, name := range want {
		if !hasAlias(org, name) && !hasFoldedAlias(org, name) {
			t.Errorf(`DefaultCatalog() "European Union" lacks alias %q: %v`, name, org.Aliases)
		}
	}
	// The data's markers stay: "EU" is case-sensitive there.
	for _, a := range org.Aliases {
		if a.Text == "EU" && !a.CaseSensitive {
			t.Errorf(`"European Union" alias "EU" lost its '=' marker: %v`, org.Aliases)
		}
	}
	for _, r := range c.Records() {
		if r.Kind != Place {
			continue
		}
		for _, name := range want {
			if hasAlias(r, name) {
				t.Errorf("place %q has the European Union's name %q", r.Name, name)
			}
		}
	}
	if _, ok := c.Lookup("European Union", Place); ok {
		t.Error(`DefaultCatalog() has the place "European Union"`)
	}
}

// hasFoldedAlias reports whether r has a plain alias equal to text but for
// case: such an alias matches the same text.
func hasFoldedAlias(r Record, text string) bool {
	for _, a := range r.Aliases {
		if !a.CaseSensitive && strings.EqualFold(a.Text, text) {
			return true
		}
	}
	return false
}

// TestPlacesDropped checks that CLDR names which mostly mean something else
// in articles are no aliases of any place.
func TestPlacesDropped(t *testing.T) {
	c, err := DefaultCatalog()
	if err != nil {
		t.Fatalf("DefaultCatalog() error = %v", err)
	}
	for _, r := range c.Records() {
		if r.Kind != Place {
			continue
		}
		for _, name := range []string{"中美", "中非", "金", "布", "Keeling"} {
			if hasAlias(r, name) {
				t.Errorf("place %q has alias %q", r.Name, name)
			}
		}
	}
	// What stays: the full names of the same places.
	for _, q := range []struct{ alias, place string }{
		{"中美洲", "Central America"},
		{"刚果（金）", "Congo - Kinshasa"},
		{"北美", "North America"},
	} {
		r, ok := c.Lookup(q.place, Place)
		if !ok || !hasAlias(r, q.alias) {
			t.Errorf("place %q lacks alias %q: %v", q.place, q.alias, r.Aliases)
		}
	}
}

// readEmbedded reads the records of one embedded data file.
func readEmbedded(t *testing.T, name string) []Record {
	t.Helper()
	f, err := data.Open("data/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadRecords(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestCitiesData checks cities.tsv: cities only, each under a CLDR country
// (directly or through a region of the data), none of them a CLDR place.
func TestCitiesData(t *testing.T) {
	c, err := DefaultCatalog()
	if err != nil {
		t.Fatalf("DefaultCatalog() error = %v", err)
	}
	recs := readEmbedded(t, "cities.tsv")
	if len(recs) < 200 {
		t.Errorf("cities.tsv has %d records, want at least 200", len(recs))
	}
	// inCountry reports whether a place lies in a CLDR country, following
	// parents up to a few levels.
	var inCountry func(name string, depth int) bool
	inCountry = func(name string, depth int) bool {
		if isPlaceName(name) {
			return true
		}
		r, ok := c.Lookup(name, Place)
		if !ok || depth == 0 {
			return false
		}
		for _, p := range r.Parents {
			if inCountry(p, depth-1) {
				return true
			}
		}
		return false
	}
	for _, r := range recs {
		if r.Kind != Place || r.Category != "city" {
			t.Errorf("cities.tsv: %q is %v %q, want a place of category city", r.Name, r.Kind, r.Category)
		}
		if isPlaceName(r.Name) {
			t.Errorf("cities.tsv: %q is a CLDR country or region", r.Name)
		}
		if !inCountry(r.Name, 3) {
			t.Errorf("cities.tsv: %q (parents %v) lies in no CLDR country", r.Name, r.Parents)
		}
	}
	tests := []struct {
		city, alias string
		cs, ctx     bool
	}{
		{"The Hague", "Den Haag", false, false},
		{"The Hague", "La Haye", false, false},
		{"The Hague", "海牙", false, false},
		{"Athens", "Atene", false, false},
		{"Cape Town", "Kaapstad", false, false},
		{"Basel", "Basel", true, false},
		{"Nice", "Nice", true, true},
		{"Essen", "Essen", true, true},
		{"Santiago", "Santiago", true, true},
		{"Lima", "Lima", true, true},
		{"Sofia", "Sofia", true, true},
	}
	for _, tt := range tests {
		r, ok := c.Lookup(tt.city, Place)
		if !ok {
			t.Errorf("DefaultCatalog() lacks city %q", tt.city)
			continue
		}
		i := slices.IndexFunc(r.Aliases, func(a Alias) bool { return a.Text == tt.alias })
		if i < 0 {
			t.Errorf("city %q lacks alias %q: %v", tt.city, tt.alias, r.Aliases)
			continue
		}
		if a := r.Aliases[i]; a.CaseSensitive != tt.cs || a.NeedsContext != tt.ctx {
			t.Errorf("city %q alias %v, want CaseSensitive %v, NeedsContext %v", tt.city, a, tt.cs, tt.ctx)
		}
		// A name that needs context is never also matched plainly.
		if tt.ctx && slices.ContainsFunc(r.Aliases, func(a Alias) bool {
			return strings.EqualFold(a.Text, tt.alias) && !a.NeedsContext
		}) {
			t.Errorf("city %q matches %q also without context: %v", tt.city, tt.alias, r.Aliases)
		}
	}
}

// TestCJKData checks cjk.tsv: every line gives Chinese, Japanese or Korean
// names, adds them to a record the other files or CLDR define (or is a full
// record of its own), and words that are also common nouns need context.
func TestCJKData(t *testing.T) {
	c, err := DefaultCatalog()
	if err != nil {
		t.Fatalf("DefaultCatalog() error = %v", err)
	}
	var others []Record
	for _, name := range []string{"organizations.tsv", "products.tsv", "people.tsv", "places.tsv", "events.tsv"} {
		others = append(others, readEmbedded(t, name)...)
	}
	defined := map[key]bool{}
	for _, r := range others {
		defined[key{r.Name, r.Kind}] = true
	}
	recs := readEmbedded(t, "cjk.tsv")
	if len(recs) < 150 {
		t.Errorf("cjk.tsv has %d records, want at least 150", len(recs))
	}
	for _, r := range recs {
		if !slices.ContainsFunc(r.Aliases, func(a Alias) bool { return hasCJK(a.Text) }) {
			t.Errorf("cjk.tsv: %v %q has no Chinese, Japanese or Korean alias: %v", r.Kind, r.Name, r.Aliases)
		}
		if !defined[key{r.Name, r.Kind}] && !(r.Kind == Place && isPlaceName(r.Name)) && (r.Category == "" || len(r.Parents) == 0) {
			t.Errorf("cjk.tsv: %v %q is defined nowhere else and lacks a category or parents", r.Kind, r.Name)
		}
	}
	for _, tt := range []struct {
		name  string
		kind  Kind
		alias string
		ctx   bool
	}{
		{"Toyota", Organization, "豐田", false},
		{"Toyota", Organization, "도요타", false},
		{"Hyundai", Organization, "现代", true},
		{"Hyundai", Organization, "現代自動車", false},
		{"Volkswagen", Organization, "大众", true},
		{"Volkswagen", Organization, "フォルクスワーゲン", false},
		{"Xiaomi", Organization, "小米", true},
		{"Li Auto", Organization, "理想", true},
		{"Changan", Organization, "长安", true},
		{"Toyota Camry", Product, "カムリ", false},
		{"National Development and Reform Commission", Organization, "发改委", false},
		{"Akio Toyoda", Person, "丰田章男", false},
		{"United States", Place, "米国", false},
		{"Europe", Place, "欧州", false},
		{"North America", Place, "北米", false},
		{"North America", Place, "北美", false},
		{"Tokyo", Place, "東京", false},
	} {
		r, ok := c.Lookup(tt.name, tt.kind)
		if !ok {
			t.Errorf("DefaultCatalog() lacks %v %q", tt.kind, tt.name)
			continue
		}
		i := slices.IndexFunc(r.Aliases, func(a Alias) bool { return a.Text == tt.alias })
		if i < 0 || r.Aliases[i].NeedsContext != tt.ctx {
			t.Errorf("%v %q: alias %q with NeedsContext %v missing: %v", tt.kind, tt.name, tt.alias, tt.ctx, r.Aliases)
		}
	}
	// 北美 is Northern America in CLDR's Traditional Chinese; the data give
	// it to North America, where news means it.
	if r, _ := c.Lookup("Northern America", Place); hasAlias(r, "北美") {
		t.Errorf(`"Northern America" keeps CLDR's alias 北美: %v`, r.Aliases)
	}
}

// hasCJK reports whether s has a Han, kana or Hangul letter.
func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}
