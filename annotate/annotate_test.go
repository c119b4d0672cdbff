package annotate

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var shared = sync.OnceValues(func() (*Annotator, error) { return New() })

// annotateText is a.AnnotateText for text that must annotate without an
// error.
func annotateText(tb testing.TB, a *Annotator, text string, lang language.Tag) entity.Annotations {
	tb.Helper()
	ann, err := a.AnnotateText(text, lang)
	if err != nil {
		tb.Fatalf("AnnotateText(%.40q) error = %v", text, err)
	}
	return ann
}

func testAnnotator(tb testing.TB) *Annotator {
	tb.Helper()
	a, err := shared()
	if err != nil {
		tb.Fatalf("New() error: %v", err)
	}
	return a
}

func TestAnnotateInvalidArticle(t *testing.T) {
	a := testAnnotator(t)
	src := "Citroën bouwt in Sochaux."
	for _, tc := range []struct {
		name string
		art  *entity.Article
	}{
		{"nil", nil},
		{"body past end", &entity.Article{Source: src, Body: entity.Span{Start: 0, End: len(src) + 1}}},
		{"body reversed", &entity.Article{Source: src, Body: entity.Span{Start: 5, End: 2}}},
		{"body negative", &entity.Article{Source: src, Body: entity.Span{Start: -1, End: 3}}},
		{"body inside a rune", &entity.Article{Source: src, Body: entity.Span{Start: 0, End: 6}}},
		{"boilerplate past end", &entity.Article{Source: src, Body: entity.Span{Start: 0, End: len(src)},
			Boilerplate: []entity.Boilerplate{{Span: entity.Span{Start: 3, End: 99}}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := a.Annotate(tc.art)
			if !errors.Is(err, ErrInvalidArticle) {
				t.Errorf("Annotate(%s) error = %v, want ErrInvalidArticle", tc.name, err)
			}
		})
	}
}

func TestAnnotateSkipsBoilerplate(t *testing.T) {
	a := testAnnotator(t)
	body := "Renault verkocht 20 procent meer auto's in Frankrijk."
	tail := "\n\nLees ook: Peugeot verhoogt prijzen met 5 procent"
	src := body + tail
	art := &entity.Article{
		Source:      src,
		Language:    entity.Language{Tag: language.Dutch, Confidence: 1},
		Body:        entity.Span{Start: 0, End: len(src)},
		Boilerplate: []entity.Boilerplate{{Span: entity.Span{Start: len(body) + 2, End: len(src)}, Reason: entity.RelatedLinks}},
	}
	ann, err := a.Annotate(art)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ann.Entities {
		got = append(got, e.Text)
	}
	for _, f := range ann.Figures {
		got = append(got, f.Text)
	}
	want := []string{"Renault", "Frankrijk", "20 procent"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Annotate with boilerplate (-want +got):\n%s", diff)
	}
	for _, s := range ann.Sentences {
		if s.Start >= len(body)+2 {
			t.Errorf("sentence %q lies in boilerplate", s.Text(src))
		}
	}
	if art.Source != src || len(art.Boilerplate) != 1 {
		t.Errorf("Annotate modified its argument")
	}
}

func TestOptions(t *testing.T) {
	if _, err := New(nil); err == nil {
		t.Error("New(nil) error = nil, want an error")
	}
	text := "Volkswagen investeert 700 miljoen dollar in Xpeng."
	noFig, err := New(WithFigures(false))
	if err != nil {
		t.Fatal(err)
	}
	if ann := annotateText(t, noFig, text, language.Dutch); len(ann.Figures) != 0 || len(ann.Entities) == 0 {
		t.Errorf("WithFigures(false): %d figures, %d entities; want 0 figures and some entities", len(ann.Figures), len(ann.Entities))
	}
	noEnt, err := New(WithEntities(false))
	if err != nil {
		t.Fatal(err)
	}
	if ann := annotateText(t, noEnt, text, language.Dutch); len(ann.Entities) != 0 || len(ann.Figures) != 1 {
		t.Errorf("WithEntities(false): %d entities, %d figures; want 0 and 1", len(ann.Entities), len(ann.Figures))
	}

	// A caller's own catalog replaces the default one.
	cat, err := entity.NewCatalog([]entity.Record{{
		Name: "Acme Motors", Kind: entity.Organization, Category: "automaker",
		Aliases: []entity.Alias{{Text: "Acme Motors"}, {Text: "Acme"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	own, err := New(WithCatalog(cat), WithGuesses(false))
	if err != nil {
		t.Fatal(err)
	}
	ann := annotateText(t, own, "Acme bouwt een fabriek; Volkswagen niet.", language.Dutch)
	var got []string
	for _, e := range ann.Entities {
		got = append(got, e.Canonical+"/"+e.Category)
	}
	if diff := cmp.Diff([]string{"Acme Motors/automaker"}, got); diff != "" {
		t.Errorf("WithCatalog entities (-want +got):\n%s", diff)
	}
}

func TestAnnotateTextUndetermined(t *testing.T) {
	a := testAnnotator(t)
	ann := annotateText(t, a, "BYD: €16,000, 21%, Stellantis.", language.Und)
	if len(ann.Figures) != 2 {
		t.Errorf("AnnotateText(und) figures = %+v, want €16,000 and 21%%", ann.Figures)
	}
}

func articleTexts(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no test articles: %v", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func FuzzAnnotate(f *testing.F) {
	for _, s := range articleTexts(f) {
		f.Add(s, "en")
	}
	f.Add("Stellantis-merk Leapmotor: 25 miljard euro, meer dan dertig procent", "nl")
	f.Add("\xff€9999999999999999999999999 % % %", "")
	a := testAnnotator(f)
	f.Fuzz(func(t *testing.T, src, lang string) {
		tag, err := language.Parse(lang)
		if err != nil {
			tag = language.Und
		}
		ann, err := a.AnnotateText(src, tag)
		if err != nil {
			var ue *entity.UTF8Error
			var te *TruncatedError
			switch {
			case errors.As(err, &ue):
				if ue.Offset < 0 || ue.Offset >= len(src) || utf8.ValidString(src) || !utf8.ValidString(src[:ue.Offset]) {
					t.Fatalf("AnnotateText(%q) = %v, wrong offset", src, err)
				}
				return
			case errors.As(err, &te):
			default:
				t.Fatalf("AnnotateText(%q) error = %v", src, err)
			}
		} else if !utf8.ValidString(src) {
			t.Fatalf("AnnotateText(%q): invalid UTF-8 accepted", src)
		}
		check := func(what string, s entity.Span, text string) {
			if !s.IsValid(src) {
				t.Fatalf("%s span [%d,%d) invalid for %d bytes", what, s.Start, s.End, len(src))
			}
			if text != src[s.Start:s.End] {
				t.Fatalf("%s Text %q != src[%d:%d]", what, text, s.Start, s.End)
			}
		}
		for i, e := range ann.Entities {
			check("entity", e.Span, e.Text)
			if i > 0 && e.Start < ann.Entities[i-1].End {
				t.Fatalf("entities overlap or unsorted at %d", i)
			}
		}
		for i, x := range ann.Figures {
			check("figure", x.Span, x.Text)
			if i > 0 && x.Start < ann.Figures[i-1].Start {
				t.Fatalf("figures unsorted at %d", i)
			}
		}
		for _, s := range ann.Sentences {
			check("sentence", s, s.Text(src))
		}
		if again, _ := a.AnnotateText(src, tag); !reflect.DeepEqual(ann, again) {
			t.Fatalf("AnnotateText is not deterministic")
		}
	})
}

// heapAfter reports the live heap held by an Annotator built from scratch,
// its catalog (embedded data plus CLDR places) included, in bytes.
func heapAfter(tb testing.TB) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	data, err := entity.LoadCatalog(entityData())
	if err != nil {
		tb.Fatal(err)
	}
	cat, err := data.Extend(entity.Places())
	if err != nil {
		tb.Fatal(err)
	}
	a, err := New(WithCatalog(cat))
	if err != nil {
		tb.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(a)
	if after.HeapAlloc < before.HeapAlloc {
		return 0
	}
	return after.HeapAlloc - before.HeapAlloc
}

func entityData() fs.FS {
	return os.DirFS(filepath.Join("..", "entity", "data"))
}

// BenchmarkNew measures building an Annotator with the default settings;
// the default catalog is built once per process, so this is the matcher.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(heapAfter(b))/(1<<20), "heap-MB")
}

func BenchmarkAnnotate(b *testing.B) {
	a := testAnnotator(b)
	texts := articleTexts(b)
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			annotateText(b, a, s, language.English)
		}
	}
}

func TestSortedSkip(t *testing.T) {
	skip := []entity.Span{{Start: 10, End: 20}, {Start: 30, End: 40}}
	for _, tc := range []struct {
		s    entity.Span
		want bool
	}{
		{entity.Span{Start: 0, End: 10}, false},
		{entity.Span{Start: 5, End: 11}, true},
		{entity.Span{Start: 20, End: 30}, false},
		{entity.Span{Start: 39, End: 45}, true},
		{entity.Span{Start: 40, End: 45}, false},
	} {
		if got := inAny(tc.s, skip); got != tc.want {
			t.Errorf("inAny(%v) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestLexiconFor(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "pt-BR": "pt", "ca": "es", "gl": "pt", "da": "sv", "nb": "sv", "sk": "cs",
		"hu": "und", "ro": "und", "und": "und", "": "und", "ZH": "zh",
	} {
		if got := LexiconFor(in); got != want {
			t.Errorf("LexiconFor(%q) = %q, want %q", in, got, want)
		}
	}
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ann := annotateText(t, a, "La planta de Martorell invertirà 100 milions d'euros.", language.Catalan)
	if ann.Lexicon != "es" {
		t.Errorf("AnnotateText(Catalan).Lexicon = %q, want es", ann.Lexicon)
	}
}

// TestAnnotateInvalidUTF8 checks that a caller's Source that is not valid
// UTF-8 is refused as package parse refuses it: with an *entity.UTF8Error
// at the first bad byte, wrapping entity.ErrInvalidUTF8.
func TestAnnotateInvalidUTF8(t *testing.T) {
	a := testAnnotator(t)
	for _, tc := range []struct {
		name, src string
		off       int
	}{
		{"stray byte in the body", "Renault verkocht \xff 20 procent meer.", 17},
		{"surrogate half", "Citroën \xed\xa0\x80 sold 3,000 cars.", 9},
		{"truncated rune at the end", "Peugeot 208 €", 12},
		{"bad byte outside the body", "\x80\n\nRenault verkocht 20 procent meer.", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := tc.src
			if tc.name == "truncated rune at the end" {
				src = src[:len(src)-1]
			}
			body := entity.Span{Start: 0, End: len(src)}
			if tc.off == 0 {
				body.Start = 3
			}
			for name, call := range map[string]func() (entity.Annotations, error){
				"Annotate": func() (entity.Annotations, error) {
					return a.Annotate(&entity.Article{Source: src, Body: body})
				},
				"AnnotateText": func() (entity.Annotations, error) { return a.AnnotateText(src, language.Und) },
			} {
				ann, err := call()
				var ue *entity.UTF8Error
				if !errors.As(err, &ue) || ue.Offset != tc.off || !errors.Is(err, entity.ErrInvalidUTF8) {
					t.Fatalf("%s(%q) error = %v, want an *entity.UTF8Error at byte offset %d", name, src, err, tc.off)
				}
				if want := fmt.Sprintf("annotate: invalid UTF-8 at byte offset %d", tc.off); err.Error() != want {
					t.Errorf("%s(%q) error = %q, want %q", name, src, err, want)
				}
				if len(ann.Entities)+len(ann.Figures)+len(ann.Sentences) != 0 {
					t.Errorf("%s(%q) annotated invalid text: %+v", name, src, ann)
				}
			}
		})
	}
}

// TestAnnotateCaps checks that figures and entities stop at their caps
// with a *TruncatedError that says where, and that what is returned is
// the first of them, complete up to the offset.
func TestAnnotateCaps(t *testing.T) {
	a := testAnnotator(t)
	figs := strings.Repeat("1% ", MaxFigures+50)
	names := strings.Repeat("Renault, ", MaxEntities+50)
	for _, tc := range []struct {
		name, src          string
		figures, entities  bool
		nFigures, nEntites int
		offset             int
	}{
		{"figures", figs, true, false, MaxFigures, 0, 3 * MaxFigures},
		{"entities", names, false, true, 0, MaxEntities, 9 * MaxEntities},
		{"both", names[:9*(MaxEntities+1)] + figs, true, true, MaxFigures, MaxEntities, 9 * MaxEntities},
		{"figures at the cap", figs[:3*MaxFigures], false, false, MaxFigures, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ann, err := a.AnnotateText(tc.src, language.English)
			if len(ann.Figures) != tc.nFigures || len(ann.Entities) != tc.nEntites {
				t.Errorf("AnnotateText() = %d figures and %d entities, want %d and %d",
					len(ann.Figures), len(ann.Entities), tc.nFigures, tc.nEntites)
			}
			if !tc.figures && !tc.entities {
				if err != nil {
					t.Fatalf("AnnotateText() error = %v, want nil", err)
				}
				return
			}
			var te *TruncatedError
			if !errors.As(err, &te) || !errors.Is(err, ErrTruncated) {
				t.Fatalf("AnnotateText() error = %v, want a *TruncatedError", err)
			}
			if want := (TruncatedError{Figures: tc.figures, Entities: tc.entities, Offset: tc.offset}); *te != want {
				t.Errorf("AnnotateText() error = %+v, want %+v", *te, want)
			}
			for _, f := range ann.Figures {
				if f.Start >= te.Offset && tc.figures && !tc.entities {
					t.Fatalf("figure %v at or after the cut at %d", f.Span, te.Offset)
				}
			}
			if tc.figures && ann.Figures[0].Text != "1%" || tc.entities && ann.Entities[0].Canonical != "Renault" {
				t.Errorf("AnnotateText() kept %v ..., %v ..., want the first figures and entities", ann.Figures[:min(1, len(ann.Figures))], ann.Entities[:min(1, len(ann.Entities))])
			}
			// Annotate on an article says the same.
			_, err2 := a.Annotate(&entity.Article{Source: tc.src, Body: entity.Span{Start: 0, End: len(tc.src)}, Language: entity.Language{Tag: language.English}})
			if err2 == nil || err2.Error() != err.Error() {
				t.Errorf("Annotate() error = %v, want %v", err2, err)
			}
		})
	}
}
