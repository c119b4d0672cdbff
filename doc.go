// Package autonews parses and annotates auto-industry news articles.
//
// It turns the raw text of an article, in any of the languages the trade
// press writes in, into typed, offset-anchored data: the article's
// language, its header (date, title, author, categories) split from its
// body, the boilerplate around the body, the named entities in the body
// (companies and brands, people, places, vehicle models, events) and its
// figures (money, percentages, quantities).
//
// # Usage
//
// Build a [Pipeline] once and call [Pipeline.Process] for each article,
// from as many goroutines as you like:
//
//	p, err := autonews.New()
//	if err != nil { ... }
//	doc, err := p.Process(text)
//	if err != nil { ... } // parse.ErrEmpty, parse.ErrTooLarge, ...
//	fmt.Println(doc.Article.Language.Code(), doc.Article.Title)
//	for _, f := range doc.Annotations.Figures { ... }
//
// Many articles are processed concurrently, their results kept in input
// order, with [Pipeline.Stream].
//
// # Packages
//
// The stages can be used alone: package parse turns text into an
// [entity.Article], package annotate turns an Article into
// [entity.Annotations], and package entity holds the value types and the
// embedded knowledge base ([entity.DefaultCatalog]).
//
// # Offsets
//
// Every span, in every package, is a half-open range of byte offsets into
// the exact text given to Process: Text fields equal text[Start:End].
//
// # JSON
//
// A [Document] marshals to the JSON document that examples/annotate prints,
// one per line:
//
//	{"id": "...", "language": {"code": "nl", "name": "Dutch", "confidence": 0.97},
//	 "date": "2026-02-27", "title": "...", "author": "", "categories": [],
//	 "body": "...", "body_span": {"start": 17, "end": 2650},
//	 "paragraphs": [...], "boilerplate": [{"start": 0, "end": 0, "reason": "share"}],
//	 "entities": [...], "figures": [...]}
//
// Fields may be added in later versions; the ones above keep their meaning.
package autonews
