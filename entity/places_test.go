package entity

import (
	"strings"
	"testing"
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
