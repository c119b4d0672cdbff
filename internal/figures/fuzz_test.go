package figures

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/autonews/autonews/entity"
)

// adversarial are inputs that must neither overflow nor take long.
var adversarial = []string{
	strings.Repeat("9", 5000) + " euros",
	"1e999 euros and 1e999%",
	strings.Repeat("%", 5000) + "5" + strings.Repeat("%", 5000),
	strings.Repeat("1.", 3000) + "5 %",
	strings.Repeat("1,", 3000) + "5 %",
	strings.Repeat("1 000 ", 2000) + "euros",
	strings.Repeat("one ", 3000) + "million units",
	strings.Repeat("€", 3000) + "5",
	strings.Repeat("between ", 2000) + "2 and 3 %",
	"$" + strings.Repeat("5", 19) + " billion",
	"92233720368547758 trillion dollars",
	"9.99999999999999999 euros",
	"0.000000000000000001 euros",
	strings.Repeat("vierentwintigduizend", 10) + " procent",
	"\xff\xfe 5 \xc3 %\x80 € 12,5 €\xe2\x82",
	"5\u00a0%\u202f€ 3\u2009000 €",
	strings.Repeat("9兆9999億", 3000) + "円",
	"9223372兆9999億9999万9999円 and 99999999999999999億9999万円",
	strings.Repeat("several hundred ", 2000) + "million euros",
}

func FuzzFigures(f *testing.F) {
	langs := append(Languages(), "und")
	for i, l := range benchLangs {
		for _, c := range l.cases {
			f.Add(c.in, l.lang, 0, len(c.in))
		}
		for _, a := range adversarial {
			f.Add(a, langs[i], 1, len(a)-1)
		}
	}
	for _, c := range zhCases {
		f.Add(c.in, "zh", 0, len(c.in))
	}
	for lang, cases := range moreCases {
		for _, c := range cases {
			f.Add(c.in, lang, 0, len(c.in))
		}
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		lang, _, _ := strings.Cut(filepath.Base(name), "-")
		f.Add(string(b), lang, 0, len(b))
	}
	x := New()
	f.Fuzz(func(t *testing.T, src, lang string, start, end int) {
		within := entity.Span{Start: start, End: end}
		figs := x.Extract(src, within, lang)
		lo, hi := max(start, 0), min(end, len(src))
		prev := lo
		for i, fg := range figs {
			if !fg.Span.IsValid(src) || fg.Start < prev || fg.End > hi || fg.Start >= fg.End {
				t.Fatalf("figure %d %q: span [%d,%d) invalid, previous end %d, within [%d,%d)", i, fg.Text, fg.Start, fg.End, prev, lo, hi)
			}
			if fg.Text != src[fg.Start:fg.End] {
				t.Fatalf("figure %d: Text %q != src[%d:%d] %q", i, fg.Text, fg.Start, fg.End, src[fg.Start:fg.End])
			}
			prev = fg.End
			for _, v := range []*float64{&fg.Value, fg.Min, fg.Max} {
				if v != nil && (math.IsNaN(*v) || math.IsInf(*v, 0)) {
					t.Fatalf("figure %d %q: value %v not finite", i, fg.Text, *v)
				}
			}
			if (fg.Min == nil) != (fg.Max == nil) || fg.Min != nil && *fg.Min >= *fg.Max {
				t.Fatalf("figure %d %q: bad range %v %v", i, fg.Text, fg.Min, fg.Max)
			}
			if fg.Kind < entity.MoneyFigure || fg.Kind > entity.QuantityFigure {
				t.Fatalf("figure %d %q: kind %v", i, fg.Text, fg.Kind)
			}
			if fg.Kind == entity.MoneyFigure && (fg.Amount == nil || fg.Amount.Currency != fg.Currency || len(fg.Currency) != 3) {
				t.Fatalf("figure %d %q: money without a proper Amount: %+v", i, fg.Text, fg)
			}
		}
		if again := x.Extract(src, within, lang); !cmp.Equal(figs, again) {
			t.Fatalf("Extract is not deterministic: %s", cmp.Diff(figs, again))
		}
	})
}

// TestAdversarial runs the inputs that once could overflow or be slow,
// and checks what they give.
func TestAdversarial(t *testing.T) {
	for _, a := range adversarial {
		figs := testExtractor.Extract(a, entity.Span{End: len(a)}, "en")
		checkSpans(t, a, entity.Span{End: len(a)}, figs)
	}
	// More than 18 significant digits is not a figure.
	if figs := testExtractor.Extract(adversarial[0], entity.Span{End: len(adversarial[0])}, "en"); len(figs) != 0 {
		t.Errorf("5000 nines: got %v, want none", figs)
	}
	// A whole part beyond int64 is not a figure, a fraction beyond nanos is cut.
	for in, want := range map[string]int{
		"92233720368547758 trillion dollars":       0,
		"9.99999999999999999 euros":                1,
		"$" + strings.Repeat("5", 19) + " billion": 0,
	} {
		if got := len(testExtractor.Extract(in, entity.Span{End: len(in)}, "en")); got != want {
			t.Errorf("Extract(%q) found %d figures, want %d", in, got, want)
		}
	}
	in := "9.99999999999999999 euros"
	if figs := testExtractor.Extract(in, entity.Span{End: len(in)}, "en"); len(figs) != 1 || figs[0].Amount.Units != 9 || figs[0].Amount.Nanos != 999999999 {
		t.Errorf("Extract(%q) = %+v, want 9 units 999999999 nanos", in, figs)
	}
}

// TestWithin checks that only figures inside the span are found and that
// spans still point into the whole text.
func TestWithin(t *testing.T) {
	src := "Header 5% | body: it costs €3 billion and 7% more | footer 9%"
	i := strings.Index(src, "body")
	j := strings.Index(src, " | footer")
	figs := testExtractor.Extract(src, entity.Span{Start: i, End: j}, "en")
	var got []string
	for _, f := range figs {
		got = append(got, src[f.Start:f.End])
	}
	if diff := cmp.Diff([]string{"€3 billion", "7%"}, got); diff != "" {
		t.Errorf("Extract within [%d,%d) mismatch (-want +got):\n%s", i, j, diff)
	}
	for _, w := range []entity.Span{{Start: -5, End: 1 << 30}, {Start: 40, End: 3}, {Start: len(src), End: len(src) + 1}} {
		checkSpans(t, src, entity.Span{Start: max(w.Start, 0), End: min(w.End, len(src))}, testExtractor.Extract(src, w, "en"))
	}
	// A span that cuts a rune is moved inward.
	s := "€5 and €6"
	figs = testExtractor.Extract(s, entity.Span{Start: 1, End: len(s)}, "en")
	if len(figs) != 1 || figs[0].Text != "€6" {
		t.Errorf("Extract(%q, [1:]) = %v, want only €6", s, figs)
	}
}

// TestLexicons builds every lexicon from its table, so that a broken table
// never ships (New panics on one).
func TestLexicons(t *testing.T) {
	if nKinds > 64 {
		t.Fatalf("%d entry kinds do not fit the uint64 masks", nKinds)
	}
	m, err := lexicons()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range Languages() {
		if m[l] == nil {
			t.Errorf("no lexicon for %q", l)
		}
	}
	for _, bad := range []string{"nokind: x", "scale x: y", "cur EURO: euro", "qual often: x", "num 5000: x", "pct 5: x", "unit: x", "scale 3 4: x", "pct: 5"} {
		if _, err := buildLexicon(bad); err == nil {
			t.Errorf("buildLexicon(%q) succeeded, want an error", bad)
		}
	}
}

// TestLanguageCodes checks the fallbacks for language codes.
func TestLanguageCodes(t *testing.T) {
	x := New()
	for code, want := range map[string]string{"": "en", "und": "en", "NL": "nl", "pt-BR": "pt", "de_CH": "de", "ko-KR": "ko", "hu": "en", "x": "en", "SV": "sv"} {
		if got := x.lexicon(code); got != x.langs[want] {
			t.Errorf("lexicon(%q) is not the %q lexicon", code, want)
		}
	}
}

// TestAllocs guards the allocations of the hot path: a few per call plus
// about one per figure.
func TestAllocs(t *testing.T) {
	src := caseText(enCases, 8<<10)
	n := len(testExtractor.Extract(src, entity.Span{End: len(src)}, "en"))
	allocs := testing.AllocsPerRun(5, func() {
		testExtractor.Extract(src, entity.Span{End: len(src)}, "en")
	})
	if limit := float64(8 + 2*n); allocs > limit {
		t.Errorf("Extract allocates %.0f times for %d figures, want at most %.0f", allocs, n, limit)
	}
}

// TestTokenSize keeps the token small: the scanner keeps one per word.
func TestTokenSize(t *testing.T) {
	if got := unsafeSizeofToken(); got > 24 {
		t.Errorf("token is %d bytes, want at most 24", got)
	}
}

// TestConcurrent runs one Extractor from several goroutines (run it with
// -race) and checks that they agree with a sequential run.
func TestConcurrent(t *testing.T) {
	x := New()
	want := map[string][]entity.Figure{}
	texts := map[string]string{}
	for _, l := range benchLangs {
		texts[l.lang] = caseText(l.cases, 4<<10)
		want[l.lang] = x.Extract(texts[l.lang], entity.Span{End: len(texts[l.lang])}, l.lang)
	}
	done := make(chan string)
	for g := range 4 {
		go func() {
			msg := ""
			for i := range 3 {
				l := benchLangs[(g+i)%len(benchLangs)].lang
				got := x.Extract(texts[l], entity.Span{End: len(texts[l])}, l)
				if !cmp.Equal(want[l], got) {
					msg = l + ": concurrent result differs"
				}
			}
			done <- msg
		}()
	}
	for range 4 {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

// TestZeroExtractor checks that the zero and nil Extractors work like New.
func TestZeroExtractor(t *testing.T) {
	src := "It costs €3 billion, about 20% more."
	want := New().Extract(src, entity.Span{End: len(src)}, "en")
	var zero Extractor
	var nilx *Extractor
	for name, x := range map[string]*Extractor{"zero": &zero, "nil": nilx} {
		if got := x.Extract(src, entity.Span{End: len(src)}, "en"); !cmp.Equal(want, got) || len(got) != 2 {
			t.Errorf("%s Extractor: %s", name, cmp.Diff(want, got))
		}
	}
}
