package entity

import (
	"embed"
	"io/fs"
	"slices"
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
// English name adds its aliases to that place.
//
// The Catalog is built on the first call, in a few milliseconds, and shared
// by all later calls; it is immutable and safe for concurrent use. An error
// means corrupt embedded data, which the package's tests keep from shipping.
func DefaultCatalog() (*Catalog, error) { return defaultCatalog() }

var defaultCatalog = sync.OnceValues(loadDefault)

// loadDefault builds the default Catalog.
func loadDefault() (*Catalog, error) {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		return nil, err
	}
	recs, err := readAll(sub)
	if err != nil {
		return nil, err
	}
	return NewCatalog(slices.Concat(placeRecords(), recs))
}
