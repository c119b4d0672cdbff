package parse

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/autonews/autonews/entity"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestNewOptions(t *testing.T) {
	for _, tc := range []struct {
		name    string
		opts    []Option
		wantErr bool
	}{
		{"default", nil, false},
		{"nil option", []Option{nil}, false},
		{"two languages", []Option{WithLanguages(language.English, language.Dutch)}, false},
		{"duplicate languages", []Option{WithLanguages(language.English, language.AmericanEnglish, language.Dutch)}, false},
		{"no languages", []Option{WithLanguages()}, true},
		{"undetermined", []Option{WithLanguages(language.Und, language.English)}, true},
		{"unknown to lingua", []Option{WithLanguages(language.English, language.MustParse("tlh"))}, true},
		{"confidence 0", []Option{WithMinConfidence(0)}, false},
		{"confidence 1", []Option{WithMinConfidence(1)}, false},
		{"confidence above 1", []Option{WithMinConfidence(1.5)}, true},
		{"confidence negative", []Option{WithMinConfidence(-0.1)}, true},
		{"confidence NaN", []Option{WithMinConfidence(math.NaN())}, true},
		{"size", []Option{WithMaxSize(1 << 10)}, false},
		{"size zero", []Option{WithMaxSize(0)}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(tc.opts...)
			if (err != nil) != tc.wantErr {
				t.Fatalf("New(%s) error = %v, want error %v", tc.name, err, tc.wantErr)
			}
			if err == nil && p == nil {
				t.Fatalf("New(%s) = nil, nil", tc.name)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	small, err := New(WithMaxSize(64))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		src    string
		want   error
		detail string // a substring of the error's text
	}{
		{"empty", "", ErrEmpty, ""},
		{"spaces", " \n\t\r\n ", ErrEmpty, ""},
		{"NBSP, zero width and BOM", "\u00a0\u200b\ufeff\u2060\n", ErrEmpty, ""},
		{"too large", strings.Repeat("word ", 13), ErrTooLarge, "65 bytes"},
		{"invalid UTF-8", "Stellantis\xff says", ErrInvalidUTF8, "offset 10"},
		{"truncated rune", "Citro\xc3", ErrInvalidUTF8, "offset 5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := small.Parse(tc.src)
			if !errors.Is(err, tc.want) || a != nil {
				t.Fatalf("Parse(%q) = %v, %v, want nil, %v", tc.src, a, err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.detail) {
				t.Errorf("Parse(%q) error %q, want it to mention %q", tc.src, err, tc.detail)
			}
			// Invalid UTF-8 is the error value package annotate uses too,
			// with the offset as a field.
			var ue *entity.UTF8Error
			if tc.want == ErrInvalidUTF8 && (!errors.Is(err, entity.ErrInvalidUTF8) || !errors.As(err, &ue) ||
				!strings.HasSuffix(tc.detail, fmt.Sprint(ue.Offset))) {
				t.Errorf("Parse(%q) error %v, want an *entity.UTF8Error (%s)", tc.src, err, tc.detail)
			}
		})
	}
}

func TestParseHygiene(t *testing.T) {
	const para = "Leapmotor will assemble the B10 at Zaragoza from the second quarter. The plant has spare capacity."
	for _, tc := range []struct {
		name      string
		src       string
		wantTitle string
		wantBody  string
		wantDate  string
	}{
		{"CRLF", "Leapmotor picks Zaragoza\r\n\r\n" + para + "\r\n\r\n" + para + "\r\n",
			"Leapmotor picks Zaragoza", para + "\r\n\r\n" + para, ""},
		{"BOM", "\ufeffLeapmotor picks Zaragoza\n\n" + para, "Leapmotor picks Zaragoza", para, ""},
		{"NBSP and zero width", "\u00a0Leapmotor picks Zaragoza\u200b\n\u00a0\n" + para + "\u00a0",
			"Leapmotor picks Zaragoza", para, ""},
		{"inline date with NBSP", "date\u00a02026-03-14\u00a0" + para + " " + para, "", para + " " + para, "2026-03-14"},
		{"no header, no boilerplate", para + "\n\n" + para, "", para + "\n\n" + para, ""},
		{"only a title-like line", "Leapmotor picks Zaragoza", "", "Leapmotor picks Zaragoza", ""},
		{"lone CR inside a line", "Leapmotor picks\rZaragoza\n\n" + para, "Leapmotor picks\rZaragoza", para, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := defaultTestParser(t).ParseAs(tc.src, language.English)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tc.src, err)
			}
			checkInvariants(t, tc.src, a)
			if a.Title != tc.wantTitle || a.BodyText() != tc.wantBody || dateOnly(a.Date) != tc.wantDate {
				t.Errorf("Parse(%q) = title %q, body %q, date %q; want %q, %q, %q",
					tc.src, a.Title, a.BodyText(), dateOnly(a.Date), tc.wantTitle, tc.wantBody, tc.wantDate)
			}
		})
	}
}

func TestParseHugeLines(t *testing.T) {
	// One 1 MiB line, a million blank lines and a thousand tiny lines must
	// parse in linear time; the test would time out otherwise.
	for _, src := range []string{
		strings.Repeat("Stellantis builds cars. ", 1<<20/24),
		"Title\n" + strings.Repeat("\n", 1<<20) + "Body text.",
		strings.Repeat("Share\n", 1000) + strings.Repeat("a\n", 1000),
		strings.Repeat("Lees ook:\n", 5000),
		strings.Repeat("2026-03-02 ", 1<<16),
	} {
		a, err := defaultTestParser(t).ParseAs(src, language.English)
		if err != nil {
			t.Fatalf("Parse(%d bytes) error: %v", len(src), err)
		}
		checkInvariants(t, src, a)
	}
}

func TestArticle(t *testing.T) {
	a, err := Article(languageSamples[1].text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Language.Code() != "nl" || a.BodyText() != languageSamples[1].text {
		t.Errorf("Article(dutch) = %v, %q; want nl and the whole text as body", a.Language, a.BodyText())
	}
	if _, err := Article(" "); !errors.Is(err, ErrEmpty) {
		t.Errorf("Article(blank) error = %v, want ErrEmpty", err)
	}
}

func TestParseConcurrent(t *testing.T) {
	p := defaultTestParser(t)
	want := make([]*entity.Article, len(languageSamples))
	for i, s := range languageSamples {
		a, err := p.Parse(s.text)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = a
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range languageSamples {
				k := (i + g) % len(languageSamples)
				a, err := p.Parse(languageSamples[k].text)
				if err != nil || a.Language != want[k].Language || a.Body != want[k].Body {
					t.Errorf("concurrent Parse(%s) = %v %v, want %v", languageSamples[k].code, a, err, want[k].Language)
				}
			}
		})
	}
	wg.Wait()
}

func TestSizes(t *testing.T) {
	// The per-line structs stay small: there is one of each per input line.
	if n := unsafe.Sizeof(line{}); n > 16 {
		t.Errorf("sizeof(line) = %d, want <= 16", n)
	}
	if n := unsafe.Sizeof(mark{}); n > 48 {
		t.Errorf("sizeof(mark) = %d, want <= 48", n)
	}
}

// TestLineEnds checks that an article keeps its header, body and
// paragraphs whatever its line ends are: CR-only line ends (old Mac files,
// some CMS exports), U+2028, and line ends replaced by spaces when the
// text was copied into one line.
func TestLineEnds(t *testing.T) {
	src := readArticle(t, "en-newspage-leapmotor")
	want, err := Article(src)
	if err != nil {
		t.Fatal(err)
	}
	wantBody := strings.Fields(want.Body.Text(src))
	for _, tc := range []struct {
		name, nl  string
		sameParas bool
	}{
		{"CR", "\r", true},
		{"CRLF", "\r\n", true},
		{"LS", "\u2028", true},
		{"spaces", " ", false}, // blank lines become two spaces
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.ReplaceAll(src, "\n", tc.nl)
			a, err := Article(in)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != want.Title {
				t.Errorf("Title = %q, want %q", a.Title, want.Title)
			}
			if diff := cmp.Diff(want.Categories, a.Categories); diff != "" {
				t.Errorf("Categories (-want +got):\n%s", diff)
			}
			if !a.Date.Equal(want.Date) {
				t.Errorf("Date = %v, want %v", a.Date, want.Date)
			}
			got := strings.Fields(a.Body.Text(in))
			if len(got) < len(wantBody)*9/10 || got[0] != wantBody[0] {
				t.Errorf("body has %d words starting %q, want %d starting %q", len(got), got[:min(len(got), 3)], len(wantBody), wantBody[:3])
			}
			if tc.sameParas && len(a.Paragraphs) != len(want.Paragraphs) {
				t.Errorf("%d paragraphs, want %d", len(a.Paragraphs), len(want.Paragraphs))
			}
		})
	}
}

// TestRunOnLabels checks that a furniture label at the start of a text
// whose line ends were lost takes only what belongs to it, not the
// running text after it.
func TestRunOnLabels(t *testing.T) {
	body := "Stellantis sold 3,000 cars in Italy last month, the group said on Monday, and it expects the new Leapmotor models to add to that figure before the summer. " +
		"Dealers in Milan and Turin reported long waiting lists for the smaller electric models, while demand for the larger ones stayed flat."
	for _, prefix := range []string{"Categories: News", "Read also: Tesla cuts prices again", "Tags: Stellantis, Leapmotor", "Share this:", "Home > News > Cars"} {
		t.Run(prefix, func(t *testing.T) {
			src := prefix + "  " + body
			a, err := Article(src)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Body.Text(src); got != body {
				t.Errorf("Body = %q, want the text after %q", got, prefix)
			}
		})
	}
}

// readArticle returns the test article testdata/articles/<name>.txt.
func readArticle(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "articles", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
