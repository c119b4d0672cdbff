package entity

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
// World (001) is left out: its names (Welt, monde, mundo, świat) are
// everyday words that articles rarely mean as a place.
var worldRegions = []string{
	"002", "003", "005", "009", "011", "013", "014", "015", "017",
	"018", "019", "021", "029", "030", "034", "035", "039", "053", "054",
	"057", "061", "142", "143", "145", "150", "151", "154", "155", "202",
	"419",
}

// notPlaces are two-letter codes CLDR names that are no place: the European
// Union and the Eurozone (organizations or currencies), the United Nations
// and the unknown region.
var notPlaces = map[string]bool{"EU": true, "EZ": true, "UN": true, "ZZ": true, "QO": true}

// caseSensitivePlaceNames are CLDR place names (in any of placeLanguages)
// whose lower-case form is an ordinary word or adjective in a language
// autonews reads: they match only as written, capitalized. The list was
// checked against the Hunspell dictionaries of the supported languages.
// Polish, Czech and Turkish names are left out on purpose: those languages
// inflect place names ("w Polsce", "v Německu"), and a case-sensitive alias
// matches no inflected form; a tagger that keeps capitalized aliases from
// matching lower-case words protects them well enough.
//
// needsContextPlaceNames are names that are also first names or ordinary
// capitalized words (a meeting, a holiday, a US state): they count only
// with an automotive cue nearby.
var (
	caseSensitivePlaceNames = set(
		// English: turkey, chad, jordan, georgia, guinea (pig), china (ware),
		// chile and chili (pepper), jersey, panama (hat), japan (lacquer),
		// morocco (leather), reunion, ascension, brazil (nut), island.
		"Turkey", "Chad", "Jordan", "Georgia", "Guinea", "Niger", "Togo",
		"Oman", "Mali", "China", "Chile", "Jersey", "Guernsey", "Panama",
		"Japan", "Cuba", "Peru", "Israel", "Malta", "Monaco", "Tonga",
		"Samoa", "Dominica", "Grenada", "Montserrat", "Brazil", "Iran",
		"Laos", "Palau", "Nauru", "Niue", "Guam", "Aruba", "Curaçao",
		"Reunion", "Norfolk", "Americas", "Caribbean", "Micronesia",
		"Melanesia", "Morocco", "Ascension", "Ascension Island",
		// Dutch and German: chili, polen (poles), indien (if), ungern
		// (reluctantly), malte (painted); Island is Iceland in German and
		// Swedish.
		"Chili", "Polen", "Indien", "Ungern", "Malte", "Island", "Katar",
		// French: chine, réunion (meeting), suisse (Swiss), maurice (first
		// name), bénin (benign), équateur (equator), grenade, suède (suede),
		// argentine, antarctique, caraïbes, and German country names that
		// are French adjectives: italien, australien, indien, syrien ...
		"Chine", "Réunion", "La Réunion", "Suisse", "Maurice", "Inde",
		"Bénin", "Équateur", "Grenade", "Guinée", "Suède", "Argentine",
		"Antarctique", "Caraïbes", "Soudan", "Somalie", "Italien",
		"Australien", "Bolivien", "Jordanien", "Libyen", "Syrien",
		"Tunesien", "Brasilien", "Kolumbien", "Indonesien", "Spanien",
		"Kroatien", "Slowenien", "Serbien", "Rumänien", "Albanien",
		"Georgien", "Armenien", "Algerien", "Nigerien", "Kambodscha",
		// Italian: svizzera (Swiss), monaco (monk), riunione (meeting),
		// argentina (silvery), macedonia (fruit salad), mali, malta.
		"Svizzera", "Riunione", "Argentina", "Macedonia", "Cina",
		// Spanish and Portuguese: suiza, suíça (Swiss), reunión, reunião
		// (meeting), ecuador, equador (equator), catar (to taste), noruega
		// (Norwegian), holanda (linen), peru (turkey), camarões (shrimps),
		// gana (wins, desire), granada (grenade), salvador (saviour), india.
		"Suiza", "Suíça", "Reunión", "Reunião", "Ecuador", "Equador",
		"Catar", "Noruega", "Holanda", "Camarões", "Gana", "Granada",
		"Salvador", "Índia", "India", "Caribe", "Canarias", "Honduras",
		"Marruecos", "Fas",
	)
	needsContextPlaceNames = set(
		"Chad", "Jordan", "Georgia", "Guinea", "Jersey", "Guernsey",
		"Island", "Maurice", "Réunion", "La Réunion", "Reunion", "Riunione",
		"Reunión", "Reunião", "Ascension", "Salvador", "Granada", "Gana",
		"Fas", "Niger", "Togo", "Norfolk", "Indien",
	)
	// droppedPlaceNames are CLDR names left out: "Amerika" names the
	// Americas in CLDR but mostly the United States in Dutch, German and
	// Polish articles; "Keeling" alone is a surname. In Chinese, "中美"
	// (Traditional for Central America) and "中非" (Middle Africa) mostly
	// mean "China and the US" and "China and Africa" (中美贸易, 中非合作),
	// and "金" and "布", the qualifiers of the two Congos (刚果（金）), are
	// single characters meaning gold and cloth.
	droppedPlaceNames = set("Amerika", "Ameryka", "Keeling", "中美", "中非", "金", "布")
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
// "country", and the UN M.49 continent and world regions ("Europe", "Latin
// America"; not "World") with Category "region". The canonical name is the
// English CLDR name ("United States", "Hong Kong SAR China"). The aliases
// are the names in English, Dutch, German, French, Italian, Spanish,
// Portuguese, Polish, Czech, Swedish, Turkish, Chinese (Simplified and
// Traditional), Japanese and Korean, each also without CLDR's qualifier
// ("Hong Kong", "Myanmar", "Burma") and with an ASCII apostrophe ("Côte
// d'Ivoire"). Names whose lower-case form is an ordinary word ("Turkey",
// "Suisse", "Italien") are case-sensitive, and names that are also first
// names or capitalized words ("Chad", "Jordan", "Réunion") need context. A
// name is given to one place only. The Note gives the region code.
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
var placeRecords = sync.OnceValue(computePlaces)

// computePlaces builds the place records from the CLDR tables.
func computePlaces() []Record {
	namers := make([]display.Namer, 0, len(placeLanguages))
	for _, t := range placeLanguages {
		if n := display.Regions(t); n != nil {
			namers = append(namers, n)
		}
	}
	var (
		recs      []Record
		secondary []map[string]bool // per record: names from inside parentheses
		seen      = make(map[string]int, 320)
		primary   = make(map[string]int, 6000) // full names and their heads -> record
	)
	add := func(r language.Region, category string) {
		en := display.English.Regions().Name(r)
		if en == "" {
			return
		}
		name := en
		i, ok := seen[name]
		if !ok { // else a second code for the same place (UK, GB)
			i = len(recs)
			seen[name] = i
			recs = append(recs, Record{Name: name, Kind: Place, Category: category,
				Aliases: []Alias{placeAlias(name)}, Note: "CLDR region " + r.String()})
			secondary = append(secondary, map[string]bool{})
		}
		has := make(map[string]bool, 2*len(namers))
		for _, a := range recs[i].Aliases {
			has[a.Text] = true
		}
		for _, n := range namers {
			full := n.Name(r)
			head, inner := splitPlaceName(full)
			for _, s := range []string{full, head, inner, andForm(full), asciiApostrophe(full), asciiApostrophe(head)} {
				if s == "" || droppedPlaceNames[s] {
					continue
				}
				if s == inner {
					secondary[i][s] = true
				} else {
					primary[s] = i
				}
				if !has[s] {
					has[s] = true
					recs[i].Aliases = append(recs[i].Aliases, placeAlias(s))
				}
			}
		}
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
	// Each name belongs to one place: the first that has it, countries
	// before regions ("Mikronésie" is the country, not the Micronesian
	// Region). A name from parentheses that another place has as its own
	// name, or that several places have in parentheses, is a qualifier,
	// not an alias: "RAE de Hong Kong (China)".
	innerCount := map[string]int{}
	for _, m := range secondary {
		for s := range m {
			innerCount[s]++
		}
	}
	owner := make(map[string]int, len(primary)+len(innerCount))
	for i := range recs {
		recs[i].Aliases = slices.DeleteFunc(recs[i].Aliases, func(a Alias) bool {
			if secondary[i][a.Text] {
				if j, ok := primary[a.Text]; ok && j != i || innerCount[a.Text] > 1 {
					return true
				}
			}
			if j, ok := owner[a.Text]; ok && j != i {
				return true
			}
			owner[a.Text] = i
			return false
		})
	}
	return recs
}

// placeAlias returns the alias for a CLDR name, case-sensitive if the name
// is also a word or an initialism.
func placeAlias(s string) Alias {
	return Alias{
		Text:          s,
		CaseSensitive: caseSensitivePlaceNames[s] || isInitialism(s),
		NeedsContext:  needsContextPlaceNames[s],
	}
}

// isInitialism reports whether s is a short all-capitals word such as "USA",
// which must not match the lower-case word ("usa" is Italian and Spanish).
func isInitialism(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for _, c := range s {
		if (c < 'A' || c > 'Z') && c != '.' {
			return false
		}
	}
	return true
}

// splitPlaceName splits a CLDR name with a qualifier into its head and the
// name in parentheses: "Myanmar (Burma)" into "Myanmar" and "Burma",
// "Hongkong SAR van China" into "Hongkong" and "". A qualifier that starts
// in lower case ("(oblast)") is not a name and is dropped. Names without a
// qualifier give "", "".
func splitPlaceName(s string) (head, inner string) {
	if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "）") {
		if i := strings.Index(s, " SAR"); i > 0 {
			return s[:i], ""
		}
		return "", ""
	}
	i := strings.IndexAny(s, "(（")
	if i <= 0 {
		return "", ""
	}
	_, open := utf8.DecodeRuneInString(s[i:])
	_, closing := utf8.DecodeLastRuneInString(s)
	head = strings.TrimSpace(s[:i])
	inner = strings.TrimSpace(s[i+open : max(i+open, len(s)-closing)])
	if r, _ := utf8.DecodeRuneInString(inner); unicode.IsLower(r) || strings.ContainsAny(inner, ",、") {
		inner = ""
	}
	return head, inner
}

// asciiApostrophe returns s with CLDR's typographic apostrophe (U+2019) as
// the ASCII one that most texts type, or "" if s has none: "Côte d'Ivoire".
func asciiApostrophe(s string) string {
	if !strings.Contains(s, "’") {
		return ""
	}
	return strings.ReplaceAll(s, "’", "'")
}

// andForm returns "A and B" for the English CLDR form "A & B", or "".
func andForm(s string) string {
	if !strings.Contains(s, " & ") {
		return ""
	}
	return strings.ReplaceAll(s, " & ", " and ")
}

// unionName is the canonical name of the organization record that gets
// CLDR's names of the European Union.
const unionName = "European Union"

// unionRecord returns the European Union as the organization record of
// the data files (see organizations.tsv), with CLDR's names of the region
// EU in every language of placeLanguages as its aliases: "Europese Unie",
// "Unia Europejska", "欧盟", "欧州連合", "유럽 연합", each also without the
// space for Korean, which writes the name both ways ("유럽연합"). It is no
// place: [Places] leaves EU out. The record has no category, so that it
// merges with the data's record of the same name, whose category stays.
func unionRecord() Record {
	eu := language.MustParseRegion("EU")
	r := Record{Name: unionName, Kind: Organization, Note: "names from CLDR region EU"}
	add := func(s string) {
		if s != "" && !slices.ContainsFunc(r.Aliases, func(a Alias) bool { return a.Text == s }) {
			r.Aliases = append(r.Aliases, Alias{Text: s})
		}
	}
	for _, t := range placeLanguages {
		n := display.Regions(t)
		if n == nil {
			continue
		}
		name := n.Name(eu)
		add(name)
		if t == language.Korean {
			add(strings.ReplaceAll(name, " ", ""))
		}
	}
	return r
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
