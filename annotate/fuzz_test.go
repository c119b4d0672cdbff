package annotate

import (
	"errors"
	"testing"

	"github.com/autonews/autonews/entity"
	"golang.org/x/text/language"
)

// FuzzAnnotateArticle checks Annotate on Articles a caller built, with any
// source, body and boilerplate spans: a span that does not fit is
// ErrInvalidArticle, text that is not UTF-8 an *entity.UTF8Error, and
// otherwise every entity and figure lies in the body, outside the
// boilerplate, and its Text is its bytes.
func FuzzAnnotateArticle(f *testing.F) {
	f.Add("Titel\n\nRenault verkocht 20 procent meer.\nLees ook", 7, 42, 43, 51, "nl")
	f.Add("Stellantis sold 3,000 cars for €1.2bn.", 0, 38, 5, 2, "en")
	f.Add("Citroën \xed\xa0\x80 sold 3,000 cars.", 0, 10, 0, 0, "en")
	f.Add("比亚迪销量增长30%。", 3, 20, -1, 4, "zh")
	a := testAnnotator(f)
	f.Fuzz(func(t *testing.T, src string, bs, be, ks, ke int, code string) {
		tag, err := language.Parse(code)
		if err != nil {
			tag = language.Und
		}
		art := &entity.Article{
			Source:      src,
			Language:    entity.Language{Tag: tag},
			Body:        entity.Span{Start: bs, End: be},
			Boilerplate: []entity.Boilerplate{{Span: entity.Span{Start: ks, End: ke}, Reason: entity.OtherBoilerplate}},
		}
		ann, err := a.Annotate(art)
		var ue *entity.UTF8Error
		var te *TruncatedError
		switch {
		case errors.As(err, &ue):
			return
		case errors.Is(err, ErrInvalidArticle):
			if art.Body.IsValid(src) && art.Boilerplate[0].IsValid(src) {
				t.Fatalf("Annotate refused spans that fit: body %v, boilerplate %v in %d bytes: %v", art.Body, art.Boilerplate[0].Span, len(src), err)
			}
			return
		case err != nil && !errors.As(err, &te):
			t.Fatalf("Annotate error = %v", err)
		}
		skip := art.Boilerplate[0].Span
		in := func(what string, s entity.Span, text string) {
			if s.Start < art.Body.Start || s.End > art.Body.End || s.Text(src) != text {
				t.Fatalf("%s %q at %v: outside body %v or not its bytes", what, text, s, art.Body)
			}
			if skip.Start < skip.End && s.Start < skip.End && skip.Start < s.End {
				t.Fatalf("%s %q at %v overlaps boilerplate %v", what, text, s, skip)
			}
		}
		for _, e := range ann.Entities {
			in("entity", e.Span, e.Text)
		}
		for _, fg := range ann.Figures {
			in("figure", fg.Span, fg.Text)
		}
	})
}
