// Package tagger finds named entities in auto-industry news: the
// organizations, brands, people, places, vehicle models and events of an
// [entity.Catalog], in any language the catalog has aliases for, with a
// cautious fallback for names the catalog lacks.
//
// Build a [Tagger] once with [New] and call [Tagger.Tag] for each article
// body; [Sentences] splits a body into sentences.
//
//	tg, err := tagger.New(cat, tagger.Options{Guess: true})
//	...
//	ents := tg.Tag(src, body, boilerplate, "nl")
//
// # Matching
//
// New compiles every alias of the catalog into one trie over folded tokens
// (lower case, accents removed with golang.org/x/text, typographic
// apostrophes and dashes unified). Tag tokenizes the text once and walks the
// trie from each word; offsets always point into the original text, never
// into a folded copy. Matching is
//
//   - case- and accent-tolerant for plain aliases ("LEapmotor", "Citroen"),
//     but a capitalized alias never matches a lower-case word ("china");
//   - exact for case-sensitive aliases ("Smart", "Seat", "Mini", "Ford");
//   - tolerant of spaced hyphens ("Jean - Philippe Imparato", "Peugeot e -
//     2008") and of a hyphen for a space or the reverse ("GAC - Fiat
//     Chrysler", "Mercedes Benz"), while other punctuation must be spaced
//     as in the alias ("Pony.ai");
//   - leftmost-longest: "Dongfeng Peugeot Citroën Automobile" wins over
//     "Dongfeng", "Peugeot e-2008" over "Peugeot";
//   - inside runs of Chinese or Japanese characters, which are matched one
//     character at a time (single-character aliases are ignored), but not
//     inside longer words: a katakana name must stand at the edges of its
//     katakana run (no フォード in オックスフォード, no ソウル in ソウルフード),
//     and a name of two Han characters is not read where its neighbour
//     makes a common word of it (日产 in 日产量 "daily output", 大众 in 大众化
//     "popularize", 理想 in 不理想 "not ideal");
//   - tolerant of Korean particles written attached to a name (현대자동차와,
//     기아는, 서울에서, "BYD는"): a closed list of common particles is cut off,
//     and the mention covers the name only;
//   - tolerant of case endings in Slavic, Baltic, Turkish, Hungarian,
//     Finnish and Estonian text ("w Polsce", "v Evropě", "Klause
//     Zellmera"), for plain aliases of places, organizations and people,
//     and of products whose brand and model inflect together ("Jeepa
//     Avengera", "Fiata 600"; a one-word model in a case ending is not
//     matched).
//
// # Context
//
// Ambiguous aliases (entity.Alias.NeedsContext) count only with context:
//
//   - a bare model name or number ("408", "Capri", "Golf") needs its brand
//     (or another model of that brand) near it in the same sentence; a
//     model's name may also lean on the sentence before, in the same
//     paragraph, when its own sentence holds an automotive cue;
//   - a person's short alias needs the full name earlier in the text;
//   - other ambiguous names need an automotive cue near them in the same
//     sentence: a brand, a model, or a word such as "dealers", "merk",
//     "Marke", "marque"; a lower-case alias ("smart") needs the cue right
//     next to it.
//
// A catalog place that is part of another name is dropped: after a brand
// ("MG Windsor"), before an institution word ("Coventry University"), after
// a given name ("Luís Montenegro") or between two other capitalized words.
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
// follows the full name ("Antonio Filosa") in the same text, unless two
// people of the text share it; in a language with case endings, also in
// another case ("Zellmera" after "Klaus Zellmer").
//
// # Names the catalog lacks
//
// With [Options].Guess, runs of capitalized words that a cue gives a kind
// are proposed with Entity.Guessed set and the mention as Canonical: a legal
// form or company word at the end for organizations ("Foo Motors", "Bar
// GmbH", "Baz University"), a job title next to the name ("CEO Jane Doe",
// "Jane Doe, the group's chief executive") or a common given name for
// people, a plant word and preposition before places ("plant in", "fabriek
// in", "Werk in", "usine de"). Sentence-initial function words, months,
// weekdays, nationality adjectives, titles and heading lines are never
// proposed. With [Options].Prose, prose/v2's recognizer adds people in
// English sentences; it is off by default, being about thirty times slower
// for almost no gain (see PROSE.md).
//
// # Sentences
//
// [Sentences] splits text into sentences, aware of abbreviations ("Co.",
// "Dr.", "z.B."), initials, decimals and line breaks. Within Tag, a name
// that spans a sentence split ("ID. Polo") joins the two sentences.
//
// A Tagger is immutable and safe for concurrent use. Its output may improve
// between versions.
package tagger
