package entity

import (
	"embed"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

// data holds the knowledge-base files, reviewable text with a provenance
// header each.
//
//go:embed data/*.tsv
var data embed.FS

// DefaultCatalog returns the knowledge base that ships with autonews: the
// records of the embedded data files (organizations, products, people,
// places and events; see DataVersion) merged with the CLDR countries and
// world regions of [Places]. A places.tsv line whose name is a CLDR place's
// English name adds its aliases to that place; a name that the data files
// give to one place and CLDR to another stays with the data's. The
// European Union, an organization and no place, gets CLDR's names of it in
// every language of [Places] as aliases ("Unia Europejska", "欧州連合").
//
// The Catalog is built on the first call, in some 15 to 25 milliseconds
// and about 1.5 MB of heap (BenchmarkDefaultCatalog), and shared by all
// later calls; it is immutable and safe for concurrent use. An error means
// corrupt embedded data, which the package's tests keep from shipping.
func DefaultCatalog() (*Catalog, error) { return defaultCatalog() }

var defaultCatalog = sync.OnceValues(func() (*Catalog, error) {
	return loadDefault(placeRecords())
})

// loadDefault builds the default Catalog from the embedded data and places.
func loadDefault(places []Record) (*Catalog, error) {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		return nil, err
	}
	recs, err := readAll(sub)
	if err != nil {
		return nil, err
	}
	return build(nil, slices.Concat(yieldNames(places, recs), recs, []Record{unionRecord()}), false, true)
}

// yieldNames returns places without the aliases that the data gives to
// another place: the data files, reviewed by people, win over CLDR
// ("America del Nord" is North America in places.tsv, Northern America in
// CLDR's Italian). The places themselves are not changed.
func yieldNames(places, data []Record) []Record {
	claimed := map[string]string{}
	for _, r := range data {
		if r.Kind == Place {
			for _, a := range r.Aliases {
				claimed[strings.ToLower(a.Text)] = r.Name
			}
		}
	}
	out := make([]Record, len(places))
	for i, p := range places {
		out[i] = p
		keep := func(a Alias) bool {
			o, ok := claimed[strings.ToLower(a.Text)]
			return !ok || o == p.Name
		}
		if !all(p.Aliases, keep) {
			out[i].Aliases = nil
			for _, a := range p.Aliases {
				if keep(a) {
					out[i].Aliases = append(out[i].Aliases, a)
				}
			}
		}
	}
	return out
}

// all reports whether f holds for every element of s.
func all[T any](s []T, f func(T) bool) bool {
	for _, x := range s {
		if !f(x) {
			return false
		}
	}
	return true
}
