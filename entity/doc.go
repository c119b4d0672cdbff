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
// # Stability
//
// The types and their JSON field names are stable. The values that the
// parsers and annotators put into them may improve between versions.
package entity
