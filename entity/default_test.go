package entity

import (
	"bufio"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// categories are the categories the data may use, by kind.
var categories = map[Kind][]string{
	Organization: {"automaker", "brand", "supplier", "battery-maker", "technology", "joint-venture",
		"media", "public-body", "financial", "dealer", "other"},
	Product: {"model", "powertrain", "platform", "battery"},
	Person:  {"executive", "official", "analyst", "other"},
	Place:   {"country", "region", "city", "plant"},
	Event:   {"motor-show", "trade-fair"},
}

// TestDefaultCatalog keeps corrupt or incomplete data from shipping.
func TestDefaultCatalog(t *testing.T) {
	c, err := DefaultCatalog()
	if err != nil {
		t.Fatalf("DefaultCatalog() error = %v", err)
	}
	if c2, err := DefaultCatalog(); c2 != c || err != nil {
		t.Errorf("second DefaultCatalog() = %p, %v, want the same Catalog %p", c2, err, c)
	}
	for kind, min := range map[Kind]int{Organization: 250, Product: 400, Person: 80, Place: 250, Event: 5} {
		if n := c.Count(kind); n < min {
			t.Errorf("DefaultCatalog().Count(%v) = %d, want at least %d", kind, n, min)
		}
	}
	names := map[string]bool{}
	for _, r := range c.Records() {
		names[r.Name] = true
	}
	for _, r := range c.Records() {
		if len(r.Aliases) == 0 {
			t.Errorf("%v %q has no alias", r.Kind, r.Name)
		}
		for _, p := range r.Parents {
			if !names[p] {
				t.Errorf("%v %q: parent %q is no record", r.Kind, r.Name, p)
			}
		}
		if r.Kind == Place && r.Category == "country" && !isPlaceName(r.Name) {
			t.Errorf("place %q is a country but no CLDR country has that English name: use the CLDR name, or make it a region", r.Name)
		}
		if r.Category == "" {
			t.Errorf("%v %q has no category", r.Kind, r.Name)
		} else if !slices.Contains(categories[r.Kind], r.Category) {
			t.Errorf("%v %q: category %q is not one of %v", r.Kind, r.Name, r.Category, categories[r.Kind])
		}
	}

	// Every country with its Dutch, German and French names.
	nl, de, fr := display.Dutch.Regions(), display.German.Regions(), display.French.Regions()
	countries := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			reg, err := language.ParseRegion(code)
			if err != nil || notPlaces[code] || !reg.IsCountry() || reg.Canonicalize() != reg {
				continue
			}
			en := display.English.Regions().Name(reg)
			if en == "" {
				continue
			}
			countries++
			r, ok := c.Lookup(en, Place)
			if !ok {
				t.Errorf("DefaultCatalog() lacks country %s %q", code, en)
				continue
			}
			for _, n := range []display.Namer{nl, de, fr} {
				if name := n.Name(reg); !hasAlias(r, name) && !hasAlias(r, cutQualifier(name)) {
					t.Errorf("country %q lacks alias %q", r.Name, name)
				}
			}
		}
	}
	if countries < 240 {
		t.Errorf("checked %d countries, want at least 240", countries)
	}
	for _, q := range []struct {
		alias, name string
		kind        Kind
	}{
		{"Verenigde Staten", "United States", Place},
		{"Vereinigte Staaten", "United States", Place},
		{"États-Unis", "United States", Place},
		{"Rusland", "Russia", Place},
		{"Europa", "Europe", Place},
	} {
		if r, ok := c.Lookup(q.name, q.kind); !ok || !hasAlias(r, q.alias) {
			t.Errorf("DefaultCatalog(): %v %q lacks alias %q", q.kind, q.name, q.alias)
		}
	}
	// The shared CLDR table is not changed by the data merged into it.
	for _, p := range placeRecords() {
		if p.Name == "United States" && hasAlias(p, "U.S.") {
			t.Errorf("building DefaultCatalog changed the CLDR places: %v", p.Aliases)
		}
	}
	if us, _ := c.Lookup("United States", Place); !hasAlias(us, "U.S.") {
		t.Errorf(`DefaultCatalog(): "United States" lacks places.tsv's alias "U.S.": %v`, us.Aliases)
	}
	if _, ok := c.Lookup("European Union", Place); ok {
		t.Error(`DefaultCatalog() has the place "European Union"; it is an organization`)
	}
	for _, r := range c.Records() {
		if r.Kind == Place && (hasAlias(r, "Europese Unie") || hasAlias(r, "EU")) {
			t.Errorf("place %q has the European Union's names", r.Name)
		}
	}
}

// TestDefaultCatalogConventions checks the canonical names that the tagger
// and the gold files rely on.
func TestDefaultCatalogConventions(t *testing.T) {
	c, err := DefaultCatalog()
	if err != nil {
		t.Fatalf("DefaultCatalog() error = %v", err)
	}
	tests := []struct {
		name    string
		kind    Kind
		aliases []string
	}{
		{"Stellantis", Organization, nil},
		{"Volkswagen", Organization, []string{"Volkswagen Group", "Volkswagen AG"}},
		{"Dongfeng", Organization, []string{"Dongfeng Motor"}},
		{"Leapmotor", Organization, nil},
		{"Citroën", Organization, nil},
		{"European Union", Organization, []string{"Europese Unie"}},
		{"Bloomberg", Organization, nil},
		{"Leapmotor C10", Product, nil},
		{"Peugeot e-2008", Product, nil},
		{"PureTech", Product, nil},
		{"Carlos Tavares", Person, nil},
		{"Jean-Philippe Imparato", Person, nil},
		{"Milan", Place, []string{"Milaan"}},
		{"Mirafiori", Place, nil},
		{"Asia-Pacific", Place, nil},
		{"Paris Motor Show", Event, nil},
		{"IAA Mobility", Event, nil},
	}
	for _, tt := range tests {
		r, ok := c.Lookup(tt.name, tt.kind)
		if !ok {
			t.Errorf("DefaultCatalog() lacks %v %q", tt.kind, tt.name)
			continue
		}
		for _, a := range tt.aliases {
			if !hasAlias(r, a) {
				t.Errorf("%v %q lacks alias %q", tt.kind, tt.name, a)
			}
		}
	}
}

// cutQualifier returns a CLDR name without the qualifier splitPlaceName
// removes, or the name itself.
func cutQualifier(s string) string {
	if head, _ := splitPlaceName(s); head != "" {
		return head
	}
	return s
}

var checkedRE = regexp.MustCompile(`^# checked: (\d{4})-(\d{2})\b`)

// TestDataFiles checks the embedded files' provenance headers and that
// DataVersion is not older than the newest check.
func TestDataFiles(t *testing.T) {
	files, err := fs.Glob(data, "data/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("embedded data: %v, %d files", err, len(files))
	}
	newest := ""
	for _, name := range files {
		f, err := data.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		header := map[string]bool{}
		sc := bufio.NewScanner(f)
		for sc.Scan() && strings.HasPrefix(sc.Text(), "#") {
			line := sc.Text()
			for _, field := range []string{"# autonews knowledge base:", "# source:", "# checked:", "# licence:", "# columns:"} {
				if strings.HasPrefix(line, field) {
					header[field] = true
				}
			}
			if m := checkedRE.FindStringSubmatch(line); m != nil && m[1]+"."+m[2] > newest {
				newest = m[1] + "." + m[2]
			}
		}
		f.Close()
		for _, field := range []string{"# autonews knowledge base:", "# source:", "# checked:", "# licence:", "# columns:"} {
			if !header[field] {
				t.Errorf("%s: provenance header lacks %q", path.Base(name), field)
			}
		}
	}
	if newest > DataVersion {
		t.Errorf("DataVersion = %q, older than the newest check %q: bump it", DataVersion, newest)
	}
	if !regexp.MustCompile(`^\d{4}\.\d{2}$`).MatchString(DataVersion) {
		t.Errorf("DataVersion = %q, want YYYY.MM", DataVersion)
	}
}

// TestDefaultCatalogAliases reports names that the tagger could not tell
// apart: one alias, as it matches, on two records of the same kind without
// a '?' to ask for context.
func TestDefaultCatalogAliases(t *testing.T) {
	c, err := DefaultCatalog()
	if err != nil {
		t.Fatalf("DefaultCatalog() error = %v", err)
	}
	type matchKey struct {
		text string
		kind Kind
	}
	owner := map[matchKey]string{}
	for _, r := range c.Records() {
		for _, a := range r.Aliases {
			if a.NeedsContext {
				continue
			}
			k := matchKey{a.Text, r.Kind}
			if !a.CaseSensitive {
				k.text = strings.ToLower(a.Text)
			}
			if o, ok := owner[k]; ok && o != r.Name {
				t.Errorf("alias %q of %v %q is also an alias of %q: mark it '?' or drop one", a, r.Kind, r.Name, o)
			}
			owner[k] = r.Name
		}
	}
}

// TestDefaultCatalogConcurrent runs the first DefaultCatalog call and reads
// from many goroutines; run it with -race.
func TestDefaultCatalogConcurrent(t *testing.T) {
	done := make(chan int)
	for range 8 {
		go func() {
			n := 0
			if c, err := DefaultCatalog(); err == nil {
				if _, ok := c.Lookup("Germany", Place); ok {
					n = len(c.Records()) + c.Count(Place)
				}
			}
			done <- n
		}()
	}
	first := <-done
	for range 7 {
		if n := <-done; n != first || n == 0 {
			t.Errorf("concurrent DefaultCatalog readers saw %d and %d", first, n)
		}
	}
}
