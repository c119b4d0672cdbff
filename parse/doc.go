// Package parse turns the plain text of an auto-industry news article into
// an [entity.Article]: its language, its header (date, title, author,
// categories), its body and paragraphs, and the page furniture
// (boilerplate) around and inside the body.
//
//	p, err := parse.New()
//	if err != nil { ... }
//	a, err := p.Parse(text)
//	fmt.Println(a.Language.Code(), a.Date, a.Title, a.BodyText())
//
// [Article] does the same with a default [Parser] built on first use.
//
// # Offsets
//
// Every span of the Article is a half-open range of byte offsets into the
// exact string that was parsed, never into a normalized copy, and falls on
// UTF-8 boundaries: a.Title == a.TitleSpan.Text(src). Nothing is deleted:
// boilerplate is reported as [entity.Boilerplate] spans with a reason.
//
// # Header
//
// The header is recognized at the top of the text, in any order, in all
// the supported languages:
//
//   - a date line: "2 maart 2026", "27. Februar 2026", "Publié le lundi 2
//     mars 2026 à 08h15", "March 2, 2026", "2026-03-02", "14. 3. 2026",
//     "2026年3月2日", with a time, a publication or update word and a
//     second, update date ("Publié le 30/07/2026 à 08h15 - Mis à jour le
//     30/07/2026 à 10h02", "Updated Nov 20, 2026 at 9:12 a.m. ET"): the
//     first date is the article's. A date after a label ("date 2026-02-27
//     …") may run on into text on the same line: a short teaser of one
//     sentence is the title, a longer paragraph is the start of the body.
//   - publication lines without a full date ("Updated 9:12 a.m. ET"),
//     reading times ("4 min read", "Lesezeit: 4 Minuten") and audio-player
//     lines ("Listen to this article");
//   - a categories line: "Categories: News, Electric", "Kategorien: …",
//     "Catégories : …", "分类：…" (comma, pipe or slash separated);
//   - a byline: "By Jane Doe", "Door Jan de Vries | 2 maart 2026", "Von …",
//     "Par …, le 14 mars 2026", "Autor: …", "Av …";
//   - navigation: breadcrumb trails ("Home > News", and above the title
//     "Automobile > Actualités"), site menus (four or more short lines in
//     a row), and share buttons; photo captions and credits ("Foto: dpa");
//   - a kicker, the label above the headline ("EXCLUSIVE", "Autoindustrie",
//     "Electric Vehicles"): one word, or two or three capitalized ones,
//     followed by a longer headline; two words in sentence case ("Auto
//     elettriche") only when a byline or date line follows the headline;
//   - at most one title: a line of one sentence (or none) up to 200
//     characters followed by more text. A standfirst after the title
//     belongs to the body; a byline, date line or reading time right after
//     the standfirst is reported as boilerplate inside the body, and gives
//     the article its author and date.
//
// Numeric dates whose fields could both be the month are read day first
// (02/03/2026 is 2 March), except in English text with '/' separators,
// which is read month first as in the United States (02/03/2026 is
// February 3). A field over 12 is always the day. Dates in the body never
// become the publication date; [entity.Article.Date] is midnight UTC, or
// the zero time when the header has no date (a date in an author box after
// the body, "Pubblicato da Marco Rossi il 12 marzo 2026", is not used).
//
// # Body and boilerplate
//
// The body runs from the first line after the header to the last line of
// running text before the trailing page furniture: "Read also" link lists
// (with the short lines and bullets after them), share buttons, author
// boxes ("Published by" and the name after it, which becomes the Author
// when the header has no byline), the credit lines of wire stories
// ("Reporting by …; Editing by …", "Mit Material von dpa", "(con Ansa)",
// also in brackets at the end of the last paragraph),
// recent-posts sections ("Most read", "Trending", "More from Reuters") and
// teasers with relative times ("51 mins ago", "vor 2 Stunden"), comment
// sections, cookie, newsletter, tag and advertisement lines, photo credits,
// captions and gallery counters, reading times, notes on where a story was
// first published, and copyright and trust notices. Furniture between
// paragraphs is reported too and left out of the paragraphs; short
// sub-headings stay in the body. Paragraphs are separated by line breaks;
// hard-wrapped lines (a line that stops mid-sentence followed by one that
// starts in lower case) are joined.
//
// # Language
//
// The language is detected with lingua-go in its low-accuracy (trigram)
// mode over 14 languages by default (see [WithLanguages]), from a sample
// of the body's running text rather than the header: the first 200 bytes,
// and up to 900 bytes when lingua is less than 95% sure of the short
// sample. lingua's confidence is relative to the other candidate
// languages (they sum to 1). The language is undetermined
// ([golang.org/x/text/language.Und]) when the sample has fewer than 12
// letters, is mostly digits, or when the confidence is below
// [WithMinConfidence] (default [DefaultMinConfidence]); samples of fewer
// than 120 letters, on which the trigram mode guesses poorly, must reach
// 0.95. High-accuracy mode is not used: for samples of 120 characters and
// more lingua uses trigrams only in either mode, and its other models cost
// about 2 s and 250 MB to load. [Parser.ParseAs] skips detection for
// callers who know the language.
//
// # Input
//
// Input must be valid UTF-8 ([ErrInvalidUTF8] otherwise, with the offset
// of the first bad byte) and at most [DefaultMaxSize] bytes unless set
// with [WithMaxSize] ([ErrTooLarge]); empty or blank input is [ErrEmpty].
// CRLF line ends, a byte order mark, no-break spaces and zero-width
// characters are tolerated and kept out of the spans' ends. Text with no
// header and no boilerplate is all body. Parsing time is linear in the
// input.
//
// # Stability
//
// The API is stable. What the parser recognizes may improve between
// versions, which can change the spans it reports for a given text.
package parse
