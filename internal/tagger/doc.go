// Package tagger finds named entities in auto-industry news: the
// organizations, brands, people, places, vehicle models and events of an
// [entity.Catalog], in any language the catalog has aliases for, with a
// cautious fallback for names the catalog lacks.
//
// # Matching
//
// [New] compiles every alias of the catalog into one trie over folded
// tokens (lower case, accents removed with golang.org/x/text, typographic
// apostrophes and dashes unified). [Tagger.Tag] tokenizes the text once and
// walks the trie from each word; offsets always point into the original
// text, never into a folded copy. Matching is
//
//   - case- and accent-tolerant for plain aliases ("LEapmotor", "Citroen"),
//     but a capitalized alias never matches a lower-case word ("china");
//   - exact for case-sensitive aliases ("Smart", "Seat", "Mini", "Ford");
//   - tolerant of spaced hyphens ("Jean - Philippe Imparato", "Peugeot e -
//     2008") while other punctuation must be spaced as in the alias
//     ("Pony.ai");
//   - leftmost-longest: "Dongfeng Peugeot Citroën Automobile" wins over
//     "Dongfeng", "Peugeot e-2008" over "Peugeot";
//   - context-aware for ambiguous aliases: a bare model name or number
//     ("408", "Capri") needs its brand in the same sentence, a person's
//     short alias the full name earlier, and other ambiguous names an
//     automotive cue (a brand or model, or a word such as "dealers",
//     "merk", "Marke") in the same sentence.
//
// # Spans
//
// A mention covers the name itself. Legal suffixes after an organization
// are swallowed ("Dongfeng Peugeot Citroën Automobile Co., Ltd."); plurals
// of organizations and products cover the whole word ("Peugeots"). In
// possessives and compounds the span stops at the name: "Audi" in "Audi's",
// "Stellantis" in "Stellantis-merk" and "Stellantis-producten", "VW" in
// "VW-Chef", unless the compound is itself an alias ("Volkswagen-Konzern").
// Canonical, Kind and Category are the catalog record's.
//
// A person's surname alone ("Filosa") is tagged as that person when it
// follows the full name ("Antonio Filosa") in the same text.
//
// # Names the catalog lacks
//
// With [Options].Guess, runs of capitalized words that a cue gives a kind
// are proposed with Entity.Guessed set: a legal form or company word at the
// end for organizations ("Foo Motors", "Bar GmbH"), a job title next to
// the name ("CEO Jane Doe", "Jane Doe, the chairman") or a common given name
// for people, a plant word and preposition before places ("plant in",
// "fabriek in", "Werk in", "usine de"). Sentence-initial function words,
// months, weekdays, nationality adjectives and heading lines are never
// proposed. With [Options].Prose, prose/v2's recognizer adds people in
// English sentences; it is off by default (see PROSE.md for why).
//
// # Sentences
//
// [Sentences] splits text into sentences, aware of abbreviations ("Co.",
// "Dr.", "z.B."), decimals and line breaks.
//
// A Tagger is immutable and safe for concurrent use. Its output may improve
// between versions.
package tagger
