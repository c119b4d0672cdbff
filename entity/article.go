package entity

import "time"

// An Article is a text split into its parts: language, header, body,
// paragraphs and boilerplate. Package parse makes Articles; callers who split
// articles some other way (an HTML extractor, a feed) may fill one in
// themselves: package annotate reads only Source, Language, Body and
// Boilerplate.
//
// Every Span in an Article is a byte range of Source. Absent parts are zero
// values: an article with no date has a zero Date and an empty DateSpan.
type Article struct {
	// Source is the exact text that was parsed. All spans point into it.
	Source string
	// Language is the language of the body, or undetermined.
	Language Language
	// Date is the publication date read from the header, at midnight UTC,
	// or the zero time when the header has none.
	Date time.Time
	// DateSpan is where the date was read.
	DateSpan Span
	// Title is the headline or teaser, with surrounding space trimmed.
	Title string
	// TitleSpan is where the title was read.
	TitleSpan Span
	// Author is the byline's name ("Redaction"), or "".
	Author string
	// AuthorSpan is where the author's name was read, which may lie in the
	// header or in boilerplate after the body.
	AuthorSpan Span
	// Categories are the header's category names ("News"), in order.
	Categories []string
	// Header is the span of everything before the body that the parser
	// recognized as header: date line, categories, title, byline.
	Header Span
	// Body is the span of the article's running text, from its first word
	// to its last, with header and trailing boilerplate left out.
	Body Span
	// Paragraphs are the body's paragraphs, sorted by Start, each within
	// Body. Interleaved boilerplate is not part of any paragraph.
	Paragraphs []Span
	// Boilerplate lists the stretches recognized as page furniture, sorted
	// by Start: they are reported, not deleted from Source.
	Boilerplate []Boilerplate
}

// BodyText returns the text of the body, Source[Body.Start:Body.End].
func (a *Article) BodyText() string { return a.Body.Text(a.Source) }

// A Boilerplate is a stretch of an article recognized as page furniture
// (link lists, share buttons, author boxes, recent posts) with the reason it
// was recognized.
type Boilerplate struct {
	Span
	// Reason says what kind of furniture it is.
	Reason Reason `json:"reason"`
}
