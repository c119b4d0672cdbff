package figures

import (
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/autonews/autonews/entity"
)

// want is the part of a figure the table tests compare.
type want struct {
	Text      string
	Kind      entity.FigureKind
	Value     float64
	Currency  string
	Unit      string
	Qualifier entity.Qualifier
	Min, Max  *float64
}

func money(text string, v float64, cur string) want {
	return want{Text: text, Kind: entity.MoneyFigure, Value: v, Currency: cur}
}

func pct(text string, v float64) want { return want{Text: text, Kind: entity.PercentFigure, Value: v} }

func points(text string, v float64) want {
	return want{Text: text, Kind: entity.PercentFigure, Value: v, Unit: "pp"}
}

func qty(text string, v float64, unit string) want {
	return want{Text: text, Kind: entity.QuantityFigure, Value: v, Unit: unit}
}

// q sets the qualifier.
func (w want) q(q entity.Qualifier) want { w.Qualifier = q; return w }

// r makes w a range from lo to hi; Value is lo.
func (w want) r(lo, hi float64) want {
	w.Value, w.Min, w.Max = lo, &lo, &hi
	return w
}

const (
	approx  = entity.Approximately
	more    = entity.MoreThan
	less    = entity.LessThan
	atLeast = entity.AtLeast
	atMost  = entity.AtMost
	upTo    = entity.UpTo
)

type tcase struct {
	in   string
	want []want
}

func c(in string, ws ...want) tcase { return tcase{in: in, want: ws} }

var testExtractor = New()

// checkSpans reports figures whose spans are not valid, not sorted, or
// whose Text is not the text they cover, and money figures whose Amount
// disagrees with Value.
func checkSpans(t *testing.T, src string, within entity.Span, figs []entity.Figure) {
	t.Helper()
	prev := within.Start
	for i, f := range figs {
		if !f.Span.IsValid(src) || f.Start < prev || f.End > within.End || f.Text != src[f.Start:f.End] {
			t.Errorf("figure %d %q at [%d,%d): bad span (prev end %d, within %v)", i, f.Text, f.Start, f.End, prev, within)
		}
		if !utf8.ValidString(f.Text) && utf8.ValidString(src) {
			t.Errorf("figure %d: text %q is not valid UTF-8", i, f.Text)
		}
		prev = f.End
		if (f.Kind == entity.MoneyFigure) != (f.Amount != nil) {
			t.Errorf("figure %d %q: kind %v with Amount %v", i, f.Text, f.Kind, f.Amount)
		}
		if f.Amount != nil && (f.Amount.Float() != f.Value || f.Amount.Currency != f.Currency) {
			t.Errorf("figure %d %q: Amount %+v, Value %v %s", i, f.Text, *f.Amount, f.Value, f.Currency)
		}
	}
}

func runCases(t *testing.T, lang string, cases []tcase) {
	t.Helper()
	if len(cases) < 60 && (lang == "en" || lang == "nl" || lang == "de" || lang == "fr" || lang == "it" || lang == "es" || lang == "pt") {
		t.Errorf("%s: only %d cases", lang, len(cases))
	}
	runTable(t, lang, cases)
}

// runTable runs table cases of any number (runCases, for a language's
// whole table, also checks that it is complete).
func runTable(t *testing.T, lang string, cases []tcase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			within := entity.Span{Start: 0, End: len(tc.in)}
			figs := testExtractor.Extract(tc.in, within, lang)
			checkSpans(t, tc.in, within, figs)
			var got []want
			for _, f := range figs {
				got = append(got, want{Text: f.Text, Kind: f.Kind, Value: f.Value, Currency: f.Currency,
					Unit: f.Unit, Qualifier: f.Qualifier, Min: f.Min, Max: f.Max})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Extract(%q, %q) mismatch (-want +got):\n%s", tc.in, lang, diff)
			}
		})
	}
}

func unsafeSizeofToken() uintptr { return unsafe.Sizeof(token{}) }
