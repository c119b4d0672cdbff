package parse

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// monthNames maps lower-case month names and abbreviations of the supported
// languages to month numbers. Polish and Czech months are listed in the
// nominative and in the genitive that dates use ("2 marca", "2. března").
var monthNames = map[string]int{
	// English
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// Dutch
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7,
	"augustus": 8, "oktober": 10, "mrt": 3, "okt": 10,
	// German
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12, "dez": 12,
	// French
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
	"juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
	"novembre": 11, "décembre": 12, "decembre": 12, "janv": 1, "févr": 2,
	"avr": 4, "juil": 7, "déc": 12,
	// Italian
	"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5,
	"giugno": 6, "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10,
	"dicembre": 12, "gen": 1, "ago": 8, "set": 9, "ott": 10, "dic": 12,
	// Spanish
	"enero": 1, "febrero": 2, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
	"diciembre": 12, "ene": 1,
	// Portuguese
	"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5,
	"junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11,
	"dezembro": 12, "fev": 2, "abr": 4, "out": 10,
	// Polish
	"styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5,
	"czerwiec": 6, "lipiec": 7, "sierpień": 8, "wrzesień": 9,
	"październik": 10, "listopad": 11, "grudzień": 12,
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5,
	"czerwca": 6, "lipca": 7, "sierpnia": 8, "września": 9,
	"października": 10, "listopada": 11, "grudnia": 12,
	// Czech
	"leden": 1, "únor": 2, "březen": 3, "duben": 4, "květen": 5, "červen": 6,
	"červenec": 7, "srpen": 8, "září": 9, "říjen": 10, "prosinec": 12,
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
	"července": 7, "srpna": 8, "října": 10, "listopadu": 11, "prosince": 12,
	// Swedish
	"augusti": 8,
	// Turkish
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6,
	"temmuz": 7, "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}

// The date patterns. sp matches any horizontal space, including NBSP.
const sp = `[\t \p{Zs}]`

var (
	monthAlt = func() string {
		names := make([]string, 0, len(monthNames))
		for n := range monthNames {
			names = append(names, regexp.QuoteMeta(n))
		}
		// Longest first, so that "marzec" wins over "mar".
		sort.Slice(names, func(i, j int) bool {
			if len(names[i]) != len(names[j]) {
				return len(names[i]) > len(names[j])
			}
			return names[i] < names[j]
		})
		return strings.Join(names, "|")
	}()
	// 2 maart 2026, 27. Februar 2026, 2nd March 2026, 2 de marzo de 2026.
	dayMonthRE = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\.?` + sp +
		`*(?:de` + sp + `+|of` + sp + `+)?(` + monthAlt + `)\.?,?` + sp + `+(?:de` + sp + `+|del` + sp + `+)?(\d{4})(?:[^\p{L}\p{N}]|$)`)
	// March 2, 2026, Mar. 2 2026.
	monthDayRE = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(` + monthAlt + `)\.?` + sp +
		`+(\d{1,2})(?:st|nd|rd|th)?,?` + sp + `+(\d{4})(?:[^\p{L}\p{N}]|$)`)
	// 2026-03-02, 2026-03-02T10:30:00Z, 2026/03/02, 2026. 3. 2.
	// spacedISORE matches a year, month and day separated by spaces that
	// stand alone on a line ("2024 07 02"); inside text such digits are
	// figures.
	spacedISORE = regexp.MustCompile(`^\s*(\d{4}) (\d{2}) (\d{2})\s*$`)
	isoRE       = regexp.MustCompile(`(?:^|[^\p{N}])(\d{4})([-/.])` + sp + `?(\d{1,2})([-/.])` + sp + `?(\d{1,2})(?:T\d|[^\p{L}\p{N}]|$)`)
	// 02/03/2026, 2.3.2026, 14. 3. 2026, 02-03-2026.
	dmyRE = regexp.MustCompile(`(?:^|[^\p{N}])(\d{1,2})([-/.])` + sp + `?(\d{1,2})([-/.])` + sp + `?(\d{4})(?:[^\p{L}\p{N}]|$)`)
	// 2026年3月2日, 2026년 3월 2일.
	cjkRE = regexp.MustCompile(`(\d{4})` + sp + `*[年년]` + sp + `*(\d{1,2})` + sp + `*[月월]` + sp + `*(\d{1,2})(?:` + sp + `*[日일])?`)
)

// dateWindow is how many bytes of a line the date scanner reads: header
// dates stand at the start of their line.
const dateWindow = 120

// A dateMatch is a date found in a header line. Numeric day-month orders
// are resolved only once the article's language is known.
type dateMatch struct {
	start, end int // byte offsets in the scanned string
	year       int
	a, b       int  // month and day, or for an ambiguous numeric date the first and second field
	ambiguous  bool // a and b are the first and second fields of a numeric d/m/y date
	slash      bool // the numeric date used '/' separators
}

// findDate returns the leftmost date in s, reading at most dateWindow bytes.
func findDate(s string) (dateMatch, bool) {
	if len(s) > dateWindow {
		i := dateWindow
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		s = s[:i]
	}
	if !hasYear(s) {
		// Every pattern below needs a four-digit year: most lines lack
		// one, and skip the regexps.
		return dateMatch{}, false
	}
	var best dateMatch
	found := false
	try := func(m dateMatch, ok bool) {
		if ok && (!found || m.start < best.start) {
			best, found = m, true
		}
	}
	if m := dayMonthRE.FindStringSubmatchIndex(s); m != nil {
		mon := monthNames[strings.ToLower(s[m[4]:m[5]])]
		try(named(m[2], m[7], atoi(s[m[6]:m[7]]), mon, atoi(s[m[2]:m[3]])))
	}
	if m := monthDayRE.FindStringSubmatchIndex(s); m != nil {
		mon := monthNames[strings.ToLower(s[m[2]:m[3]])]
		try(named(m[2], m[7], atoi(s[m[6]:m[7]]), mon, atoi(s[m[4]:m[5]])))
	}
	if m := spacedISORE.FindStringSubmatchIndex(s); m != nil {
		// "2024 07 02", a whole line of it.
		try(named(m[2], m[7], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])))
	}
	if m := isoRE.FindStringSubmatchIndex(s); m != nil && s[m[4]:m[5]] == s[m[8]:m[9]] {
		try(named(m[2], m[11], atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]]), atoi(s[m[10]:m[11]])))
	}
	if m := cjkRE.FindStringSubmatchIndex(s); m != nil {
		try(named(m[0], m[1], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])))
	}
	if m := dmyRE.FindStringSubmatchIndex(s); m != nil && s[m[4]:m[5]] == s[m[8]:m[9]] {
		d := dateMatch{start: m[2], end: m[11], year: atoi(s[m[10]:m[11]]),
			a: atoi(s[m[2]:m[3]]), b: atoi(s[m[6]:m[7]]), ambiguous: true, slash: s[m[4]] == '/'}
		_, ok1 := validDate(d.year, d.b, d.a)
		_, ok2 := validDate(d.year, d.a, d.b)
		try(d, ok1 || ok2)
	}
	return best, found
}

func named(start, end, y, m, d int) (dateMatch, bool) {
	_, ok := validDate(y, m, d)
	return dateMatch{start: start, end: end, year: y, a: m, b: d}, ok
}

// resolve returns the date at midnight UTC. A numeric date whose fields
// both could be the month is read day first, except in English text with
// '/' separators, which is read month first (US style: 03/02/2026 is
// March 2). A field over 12 is always the day.
func (d dateMatch) resolve(lang language.Tag) (time.Time, bool) {
	if !d.ambiguous {
		return validDate(d.year, d.a, d.b)
	}
	monthFirst := false
	switch {
	case d.a > 12:
		monthFirst = false
	case d.b > 12:
		monthFirst = true
	default:
		base, _ := lang.Base()
		monthFirst = d.slash && base.String() == "en"
	}
	if monthFirst {
		return validDate(d.year, d.a, d.b)
	}
	return validDate(d.year, d.b, d.a)
}

// validDate returns the date if y-m-d is a real calendar day between the
// years 1900 and 2199.
func validDate(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 31 April rolled over
	}
	return t, true
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// hasYear reports whether s holds a run of exactly four ASCII digits.
func hasYear(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
