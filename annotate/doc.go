// Package annotate finds the named entities and the figures in an
// article's body.
//
// It reads an [entity.Article] (made by package parse, or filled in by a
// caller who split the text some other way) and returns
// [entity.Annotations]: organizations, brands, people, places, vehicle
// models and events matched against an [entity.Catalog], and money,
// percentage and quantity figures normalized to numbers, currencies and
// units. Every span is a byte range of the article's Source.
//
// # Usage
//
// Build an [Annotator] once and use it from many goroutines:
//
//	a, err := annotate.New()
//	if err != nil { ... }
//	ann, err := a.Annotate(art)
//	for _, f := range ann.Figures {
//		fmt.Println(f.Text, f.Kind, f.Value, f.Currency)
//	}
//
// Text that was not parsed can be annotated with [Annotator.AnnotateText],
// which takes the whole text as the body.
//
// # Entities
//
// Names are matched against every alias of the catalog in one pass,
// ignoring case, accents and spaced hyphens where the alias is distinctive
// ("LEapmotor", "Citroen", "Jean - Philippe Imparato"), and exactly where
// it is also an ordinary word ("Smart", "Seat", "Golf"), which then needs
// automotive context to count. Possessives, plurals and compounds
// ("Audi's", "Peugeots", "Stellantis-merk") are recognized. With
// [WithGuesses], capitalized names the catalog lacks are proposed too, with
// Entity.Guessed set.
//
// # Figures
//
// Figures are found in English, Dutch, German, French, Italian, Spanish
// and Portuguese notation and words ("25 miljard euro", "$700 million",
// "meer dan dertig procent", "12.000 Fahrzeuge"); in other languages
// symbols, ISO codes and percent signs are still recognized. See the
// README for the forms supported in each language.
//
// # Stability
//
// The API is stable; the entities and figures found may improve between
// versions.
package annotate
