package autonews

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/autonews/autonews/entity"
	"github.com/autonews/autonews/parse"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite golden files")

var sharedPipeline = sync.OnceValues(func() (*Pipeline, error) { return New() })

// testPipeline returns a default Pipeline shared by the tests of this
// package: building one loads the knowledge base and the language models.
func testPipeline(tb testing.TB) *Pipeline {
	tb.Helper()
	p, err := sharedPipeline()
	if err != nil {
		tb.Fatalf("New() error: %v", err)
	}
	return p
}

func articleFiles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Fatal("no articles in testdata/articles")
	}
	return files
}

// TestGolden compares the JSON document of every test article with its
// golden file, testdata/articles/<name>.golden.json. Run
// go test -run TestGolden -update to rewrite them, and review the diff.
func TestGolden(t *testing.T) {
	p := testPipeline(t)
	for _, file := range articleFiles(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			if !*update {
				t.Parallel()
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := p.Process(string(src))
			if err != nil {
				t.Fatalf("Process(%s) error: %v", file, err)
			}
			doc.ID = name
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(file, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("Process(%s) mismatch (-want +got):\n%s", file, diff)
			}
		})
	}
}

// checkDocument checks the invariants every Document keeps: spans inside
// the source on rune boundaries, sorted, texts equal to their slices.
func checkDocument(t *testing.T, src string, doc Document) {
	t.Helper()
	art := doc.Article
	if art.Source != src {
		t.Fatalf("Article.Source differs from the input")
	}
	valid := func(what string, s entity.Span) {
		if !s.IsValid(src) {
			t.Errorf("%s span [%d,%d) invalid for %d bytes", what, s.Start, s.End, len(src))
		}
	}
	valid("body", art.Body)
	for i, s := range art.Paragraphs {
		valid("paragraph", s)
		if !art.Body.Contains(s) {
			t.Errorf("paragraph %d [%d,%d) outside body [%d,%d)", i, s.Start, s.End, art.Body.Start, art.Body.End)
		}
		if i > 0 && s.Start < art.Paragraphs[i-1].Start {
			t.Errorf("paragraphs not sorted at %d", i)
		}
	}
	for i, e := range doc.Annotations.Entities {
		valid("entity", e.Span)
		if e.Text != e.Span.Text(src) {
			t.Errorf("entity %q: Text differs from src[%d:%d] = %q", e.Text, e.Start, e.End, e.Span.Text(src))
		}
		if i > 0 && e.Start < doc.Annotations.Entities[i-1].End {
			t.Errorf("entities not sorted or overlapping at %d", i)
		}
	}
	for i, f := range doc.Annotations.Figures {
		valid("figure", f.Span)
		if f.Text != f.Span.Text(src) {
			t.Errorf("figure %q: Text differs from src[%d:%d]", f.Text, f.Start, f.End)
		}
		if i > 0 && f.Start < doc.Annotations.Figures[i-1].Start {
			t.Errorf("figures not sorted at %d", i)
		}
	}
}

func TestProcessInvariants(t *testing.T) {
	p := testPipeline(t)
	for _, file := range articleFiles(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := p.Process(string(src))
		if err != nil {
			t.Errorf("Process(%s) error: %v", file, err)
			continue
		}
		checkDocument(t, string(src), doc)
	}
}

func TestDocumentJSON(t *testing.T) {
	p := testPipeline(t)
	src := "date 2026-03-14 Een korte teaser over Stellantis…\n\nStellantis verloor 25 miljard euro. Leapmotor groeide met meer dan dertig procent in Europa.\n"
	doc, err := p.Process(src)
	if err != nil {
		t.Fatal(err)
	}
	doc.ID = "teaser"
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "language", "date", "title", "author", "categories", "body", "body_span", "paragraphs", "boilerplate", "entities", "figures"} {
		v, ok := m[k]
		if !ok {
			t.Errorf("JSON lacks %q: %s", k, b)
			continue
		}
		if string(v) == "null" {
			t.Errorf("JSON %q is null, want a value or []", k)
		}
	}
	var got struct {
		Date     string `json:"date"`
		Language struct {
			Code string `json:"code"`
		} `json:"language"`
		Figures []struct {
			Kind      string  `json:"kind"`
			Value     float64 `json:"value"`
			Currency  string  `json:"currency"`
			Qualifier string  `json:"qualifier"`
		} `json:"figures"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Date != "2026-03-14" || got.Language.Code != "nl" {
		t.Errorf("date, language = %q, %q, want 2026-03-14, nl", got.Date, got.Language.Code)
	}
	want := []string{"money 2.5e+10 EUR ", "percent 30  more_than"}
	var have []string
	for _, f := range got.Figures {
		have = append(have, fmt.Sprintf("%s %g %s %s", f.Kind, f.Value, f.Currency, f.Qualifier))
	}
	if diff := cmp.Diff(want, have); diff != "" {
		t.Errorf("figures mismatch (-want +got):\n%s", diff)
	}

	// A zero Document still marshals to the contract's shape.
	b, err = json.Marshal(Document{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"entities":[]`)) || !bytes.Contains(b, []byte(`"language":{"code":"und"`)) {
		t.Errorf("json.Marshal(Document{}) = %s", b)
	}
}

func TestProcessErrors(t *testing.T) {
	p := testPipeline(t)
	for _, tc := range []struct {
		name string
		in   string
		want error
	}{
		{"empty", "", parse.ErrEmpty},
		{"blank", " \n\t\u00a0\n", parse.ErrEmpty},
		{"huge", strings.Repeat("Stellantis verkoopt auto's. ", 1<<20), parse.ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := p.Process(tc.in)
			if !errors.Is(err, tc.want) {
				t.Errorf("Process(%s) error = %v, want %v", tc.name, err, tc.want)
			}
		})
	}
}

func TestNewOptions(t *testing.T) {
	if _, err := New(nil); err == nil {
		t.Error("New(nil) error = nil, want an error")
	}
	pp, err := parse.New()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(WithParser(pp), WithParseOptions(parse.WithMaxSize(10))); err == nil {
		t.Error("New(WithParser, WithParseOptions) error = nil, want an error")
	}
	p, err := New(WithParseOptions(parse.WithMaxSize(64)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Process(strings.Repeat("a", 65)); !errors.Is(err, parse.ErrTooLarge) {
		t.Errorf("Process(65 bytes) with WithMaxSize(64) error = %v, want ErrTooLarge", err)
	}
}

func TestProcessAs(t *testing.T) {
	p := testPipeline(t)
	doc, err := p.ProcessAs("Kort.", language.German)
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Article.Language.Code(); got != "de" {
		t.Errorf("ProcessAs(_, German) language = %q, want de", got)
	}
}

func TestStream(t *testing.T) {
	p := testPipeline(t)
	const n = 40
	in := make(chan Input)
	go func() {
		defer close(in)
		for i := 0; i < n; i++ {
			text := fmt.Sprintf("Stellantis sold %d,000 cars in Europe last year, up %d%%.", i+1, i+2)
			if i%7 == 3 {
				text = "   " // fails with ErrEmpty
			}
			in <- Input{ID: fmt.Sprint("a", i), Text: text}
		}
	}()
	i := 0
	for r := range p.Stream(context.Background(), in, 3) {
		if r.Index != i || r.ID != fmt.Sprint("a", i) {
			t.Fatalf("result %d has Index %d, ID %q: out of order", i, r.Index, r.ID)
		}
		if i%7 == 3 {
			if !errors.Is(r.Err, parse.ErrEmpty) {
				t.Errorf("result %d error = %v, want ErrEmpty", i, r.Err)
			}
		} else if r.Err != nil {
			t.Errorf("result %d error = %v", i, r.Err)
		} else if r.Document.ID != r.ID {
			t.Errorf("result %d Document.ID = %q, want %q", i, r.Document.ID, r.ID)
		}
		i++
	}
	if i != n {
		t.Errorf("Stream sent %d results, want %d", i, n)
	}
}

func TestStreamCancel(t *testing.T) {
	p := testPipeline(t)
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan Input) // never closed: only cancellation ends the stream
	out := p.Stream(ctx, in, 2)
	in <- Input{ID: "x", Text: "Leapmotor grows."}
	<-out
	cancel()
	for range out { // must be closed after cancel
	}
}

func FuzzProcess(f *testing.F) {
	for _, file := range articleFiles(f) {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("date 2026-02-27 Kort…\n\nStellantis.")
	f.Add("\xff\xfe invalid")
	f.Add("99999999999999999999999999999 % € $ 1e999 miljard")
	p := testPipeline(f)
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := p.Process(src)
		if err != nil {
			return
		}
		checkDocument(t, src, doc)
		again, err := p.Process(src)
		if err != nil {
			t.Fatalf("second Process error: %v", err)
		}
		a, _ := json.Marshal(doc)
		b, _ := json.Marshal(again)
		if !bytes.Equal(a, b) {
			t.Errorf("Process is not deterministic")
		}
	})
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProcess(b *testing.B) {
	p := testPipeline(b)
	var texts []string
	size := 0
	for _, file := range articleFiles(b) {
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(src))
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			if _, err := p.Process(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}
