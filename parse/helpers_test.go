package parse

import (
	"github.com/autonews/autonews/entity"
	"sync"
	"testing"
)

var testParser = sync.OnceValues(func() (*Parser, error) { return New() })

// defaultTestParser returns a default Parser shared by the tests.
func defaultTestParser(t testing.TB) *Parser {
	t.Helper()
	p, err := testParser()
	if err != nil {
		t.Fatalf("New() error: %v", err)
	}
	return p
}

// checkInvariants reports violations of what every Article must satisfy:
// spans within src on rune boundaries, texts equal to their spans,
// paragraphs sorted within the body, boilerplate sorted and outside the
// paragraphs, the header before the body.
func checkInvariants(t testing.TB, src string, a *entity.Article) {
	t.Helper()
	if a.Source != src {
		t.Errorf("Article.Source differs from the input")
	}
	named := map[string]entity.Span{"Header": a.Header, "Body": a.Body, "DateSpan": a.DateSpan,
		"TitleSpan": a.TitleSpan, "AuthorSpan": a.AuthorSpan}
	for name, s := range named {
		if !s.IsValid(src) {
			t.Errorf("Article.%s = %+v, not a valid span of %d bytes", name, s, len(src))
		}
	}
	if a.Title != a.TitleSpan.Text(src) {
		t.Errorf("Article.Title = %q, want TitleSpan's text %q", a.Title, a.TitleSpan.Text(src))
	}
	if a.Author != a.AuthorSpan.Text(src) {
		t.Errorf("Article.Author = %q, want AuthorSpan's text %q", a.Author, a.AuthorSpan.Text(src))
	}
	if !a.Header.IsEmpty() && a.Header.End > a.Body.Start {
		t.Errorf("Article.Header %+v ends after Body %+v starts", a.Header, a.Body)
	}
	if c := a.Language.Confidence; c < 0 || c > 1 || a.Language.IsUndetermined() && c != 0 {
		t.Errorf("Article.Language = %v with confidence %v", a.Language, c)
	}
	prev := entity.Span{Start: -1, End: -1}
	for i, p := range a.Paragraphs {
		if !p.IsValid(src) || p.IsEmpty() || !a.Body.Contains(p) || p.Start < prev.End {
			t.Errorf("Article.Paragraphs[%d] = %+v: want non-empty, valid, inside Body %+v, after %+v", i, p, a.Body, prev)
		}
		prev = p
	}
	prev = entity.Span{Start: -1, End: -1}
	for i, b := range a.Boilerplate {
		if !b.IsValid(src) || b.IsEmpty() || b.Start < prev.End {
			t.Errorf("Article.Boilerplate[%d] = %+v: want non-empty, valid, after %+v", i, b, prev)
		}
		for _, p := range a.Paragraphs {
			if p.Overlaps(b.Span) {
				t.Errorf("Article.Boilerplate[%d] = %+v overlaps paragraph %+v", i, b, p)
			}
		}
		prev = b.Span
	}
}
