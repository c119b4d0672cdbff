// Package entity holds the shared vocabulary of autonews: the value types
// every other package speaks and the embedded knowledge base of the auto
// industry.
//
// # Value types
//
// A [Span] is a half-open range of byte offsets into the exact text that was
// given to the parser. An [Article] is what package parse makes of a text:
// its [Language], header (date, title, author, categories), body, paragraphs
// and boilerplate. [Annotations] are what package annotate finds in an
// article's body: [Entity] values (organizations, people, places, products,
// events) and [Figure] values (money, percentages, quantities).
//
// All of them marshal to the stable JSON described in the project's design:
// kinds and qualifiers as lower-case words, spans as {"start","end"}.
//
// Offsets never point into a normalized copy. Every Text field equals the
// source sliced by its span:
//
//	e.Text == src[e.Start:e.End]
//
// # Knowledge base
//
// A [Catalog] is the knowledge base that package annotate looks names up in:
// [Record] values for the organizations, people, places, products and
// events of the auto industry, each with a canonical name, a [Kind], a
// category, the canonical names of related records (its parents: a model's
// brand, a brand's group, a plant's city) and the [Alias] values it is
// written as, in every supported language. [DefaultCatalog] returns the
// one that ships with the package; the version of its data is
// [DataVersion].
//
// The data are reviewable text files embedded from data/:
// organizations.tsv, products.tsv, people.tsv, places.tsv and events.tsv,
// with cities.tsv (world cities) and cjk.tsv (the Chinese, Japanese and
// Korean names of records of the other files).
// Countries, territories and world regions are not listed there: they come
// from CLDR (see [Places]), with their names in every supported language, and
// a places.tsv line whose name is a CLDR place's English name ("United
// States") only adds aliases ("US", "U.S.") to it.
//
// Each file is UTF-8 with one record a line and six tab-separated columns:
// name, kind (organization, person, place, product or event), category,
// parents (separated by ';'), aliases (separated by '|') and a free note.
// Only name and kind are required. Lines starting with '#' are comments;
// each file starts with a provenance header (source, checked, licence).
//
//	# columns: name, kind, category, parents, aliases, note
//	Peugeot	organization	brand	Stellantis	Peugeot SA	French brand
//	Peugeot 408	product	model	Peugeot	408?	fastback since 2022
//	Smart	organization	brand	Geely;Mercedes-Benz	=Smart?|=smart?	50/50 joint venture
//
// An alias is matched ignoring case, accents and the spaces around hyphens,
// unless it carries markers: a '=' prefix makes it case-sensitive ("=Seat"
// does not match "seat"), a '?' suffix makes it count only with context
// ("=Golf?" needs Volkswagen nearby). The canonical name is an alias too,
// unless the line gives it already, in any capitalization: "=MINI" alone
// keeps the brand Mini from matching the word "mini". Records with the same name and kind,
// in one file or several, are merged.
//
// # Your own entries
//
// [LoadCatalog] reads every *.tsv file at the root of any [io/fs.FS]
// (os.DirFS, an embed.FS, fstest.MapFS) in the same format; [ReadRecords]
// reads one file from an [io.Reader] and reports malformed lines as
// *[ParseError] with the file and line. [NewCatalog] builds a Catalog from
// records made in Go, and [Catalog.Extend] adds records to a copy of an
// existing Catalog, for example the default one:
//
//	base, err := entity.DefaultCatalog()
//	...
//	recs, err := entity.ReadRecords(f, "fleet.tsv")
//	...
//	c, err := base.Extend(recs)
//
// All of them validate: a missing name, an unknown kind, an empty alias, a
// parent that names no record and conflicting categories are errors that
// name the record. A Catalog is immutable and safe for concurrent use.
//
// DataVersion is the year and month (YYYY.MM) the data files were last
// checked; it is bumped with every change to them, and never falls behind
// their "# checked:" headers.
//
// # Stability
//
// The types and their JSON field names are stable. The values that the
// parsers and annotators put into them may improve between versions.
package entity
