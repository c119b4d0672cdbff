package entity

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// placeLanguages are the languages whose CLDR names become aliases of the
// places: the languages autonews reads, plus Traditional Chinese.
var placeLanguages = []language.Tag{
	language.English, language.Dutch, language.German, language.French,
	language.Italian, language.Spanish, language.Portuguese, language.Polish,
	language.Czech, language.Swedish, language.Turkish,
	language.SimplifiedChinese, language.TraditionalChinese,
	language.Japanese, language.Korean,
}

// worldRegions are the UN M.49 world and continent regions CLDR names.
var worldRegions = []string{
	"001", "002", "003", "005", "009", "011", "013", "014", "015", "017",
	"018", "019", "021", "029", "030", "034", "035", "039", "053", "054",
	"057", "061", "142", "143", "145", "150", "151", "154", "155", "202",
	"419",
}

// notPlaces are two-letter codes CLDR names that are no place: the European
// Union and the Eurozone (organizations or currencies), the United Nations
// and the unknown region.
var notPlaces = map[string]bool{"EU": true, "EZ": true, "UN": true, "ZZ": true, "QO": true}

// ambiguousPlaceNames maps CLDR place names (in any of placeLanguages) that
// are also ordinary words, adjectives or first names in a language autonews
// reads to how they must be matched. All are made case-sensitive (country
// names are capitalized in every supported language); those in the
// needsContext set also need an automotive cue nearby.
var (
	caseSensitivePlaceNames = set(
		// English: turkey, chad, jordan, georgia, guinea (pig), china (ware),
		// chile (pepper), jersey, panama (hat), japan (lacquer), man, world.
		"Turkey", "Chad", "Jordan", "Georgia", "Guinea", "Niger", "Togo",
		"Oman", "Mali", "China", "Chile", "Jersey", "Guernsey", "Panama",
		"Japan", "Cuba", "Peru", "Israel", "Malta", "Monaco", "Tonga",
		"Samoa", "Dominica", "Grenada", "Montserrat", "Brazil", "Iran",
		"Laos", "Palau", "Nauru", "Niue", "Guam", "Aruba", "Curaçao",
		"World", "Americas", "Caribbean", "Micronesia", "Melanesia",
		// Dutch, Spanish, French: chili (pepper), chine, réunion (meeting),
		// suisse/svizzera/suiza/suíça (Swiss), maurice (first name).
		"Chili", "Chine", "Réunion", "La Réunion", "Suisse", "Svizzera",
		"Suiza", "Suíça", "Maurice", "Inde", "Índia", "India", "Malte",
		// German, Swedish, Czech: Island is Iceland.
		"Island", "Katar",
		// Polish: polska (Polish), niemcy (Germans), włochy, dania (dishes),
		// indie, chiny, kuba (first name), czechy, węgry.
		"Polska", "Niemcy", "Włochy", "Dania", "Indie", "Chiny", "Kuba",
		"Czechy", "Węgry", "Rosja", "Litwa", "Łotwa",
		// Czech, Turkish, Portuguese: mali (financial), mısır (corn), sudan,
		// gana (desire), yemen, benin, çin, fas.
		"Mısır", "Sudan", "Gana", "Yemen", "Benin", "Çin", "Fas", "Irak",
		"Mali", "Umman", "Gine", "Nijer", "Çad", "Ürdün",
	)
	needsContextPlaceNames = set(
		"Chad", "Jordan", "Georgia", "Guinea", "Jersey", "Guernsey", "Man",
		"Island", "Kuba", "Maurice", "Réunion", "La Réunion", "World",
		"Mali", "Mısır", "Sudan", "Gana", "Fas", "Dania", "Niger", "Togo",
		"Benin", "Turkey", "Panama", "Israel", "Chili",
	)
)

func set(ss ...string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// Places returns the countries, territories and world regions that CLDR
// (golang.org/x/text/language/display) names, as place records: every
// current ISO 3166 two-letter region (deprecated and private-use codes left
// out, and the European Union, which is an organization) with Category
// "country", and the UN M.49 world and continent regions ("Europe", "Latin
// America") with Category "region". The canonical name is the English CLDR
// name, shortened where CLDR adds a qualifier ("Myanmar", "Hong Kong"); the
// aliases are the names in English, Dutch, German, French, Italian,
// Spanish, Portuguese, Polish, Czech, Swedish, Turkish, Chinese (Simplified
// and Traditional), Japanese and Korean. Names that are also ordinary words
// or first names ("Turkey", "Chad", "Island", "Polska") are case-sensitive
// and some need context. The Note gives the region code.
//
// The result is a new slice on every call. It follows the CLDR version of
// golang.org/x/text, so names may improve between versions.
func Places() []Record {
	recs := placeRecords()
	out := make([]Record, len(recs))
	for i, r := range recs {
		out[i] = r.clone()
	}
	return out
}

// placeRecords computes the CLDR places once.
var placeRecords = sync.OnceValue(func() []Record {
	namers := make([]display.Namer, 0, len(placeLanguages))
	for _, t := range placeLanguages {
		if n := display.Regions(t); n != nil {
			namers = append(namers, n)
		}
	}
	var recs []Record
	seen := map[string]int{}
	add := func(r language.Region, category string) {
		en := display.English.Regions().Name(r)
		if en == "" {
			return
		}
		name := shortPlaceName(en)
		rec := Record{Name: name, Kind: Place, Category: category, Note: "CLDR region " + r.String()}
		for _, n := range namers {
			for _, s := range placeAliases(n.Name(r)) {
				a := Alias{Text: s, CaseSensitive: caseSensitivePlaceNames[s], NeedsContext: needsContextPlaceNames[s]}
				if a.NeedsContext {
					a.CaseSensitive = true
				}
				if !containsAlias(rec.Aliases, a) {
					rec.Aliases = append(rec.Aliases, a)
				}
			}
		}
		if i, ok := seen[name]; ok { // a second code for the same place
			recs[i].Aliases = unite(recs[i].Aliases, rec.Aliases)
			return
		}
		seen[name] = len(recs)
		recs = append(recs, rec)
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || notPlaces[code] || !r.IsCountry() || r.Canonicalize() != r {
				continue
			}
			add(r, "country")
		}
	}
	for _, code := range worldRegions {
		if r, err := language.ParseRegion(code); err == nil {
			add(r, "region")
		}
	}
	return recs
})

// containsAlias reports whether as holds a's text already.
func containsAlias(as []Alias, a Alias) bool {
	for _, x := range as {
		if x.Text == a.Text {
			return true
		}
	}
	return false
}

// shortPlaceName drops CLDR's qualifiers from an English name: "Myanmar
// (Burma)" becomes "Myanmar", "Hong Kong SAR China" "Hong Kong".
func shortPlaceName(en string) string {
	if i := strings.Index(en, " ("); i > 0 {
		en = en[:i]
	}
	return strings.TrimSuffix(en, " SAR China")
}

// placeAliases returns the names to match for one CLDR name: the name
// itself, and for "X (Y)" also X and Y, for "X SAR ..." also X, for
// "A & B" also "A and B".
func placeAliases(name string) []string {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	out := []string{name}
	if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		out = append(out, name[:i], name[i+2:len(name)-1])
	}
	if i := strings.Index(name, " SAR"); i > 0 {
		out = append(out, name[:i])
	}
	if strings.Contains(name, " & ") {
		out = append(out, strings.ReplaceAll(name, " & ", " and "))
	}
	return out
}

// placeNames is the set of the canonical names of Places.
var placeNames = sync.OnceValue(func() map[string]bool {
	recs := placeRecords()
	m := make(map[string]bool, len(recs))
	for _, r := range recs {
		m[r.Name] = true
	}
	return m
})

// isPlaceName reports whether name is the canonical name of one of Places.
func isPlaceName(name string) bool { return placeNames()[name] }
