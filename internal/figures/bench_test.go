package figures

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/autonews/autonews/entity"
)

// caseText joins the inputs of a case table into one text of about n bytes,
// a stand-in for an article in that language.
func caseText(cases []tcase, n int) string {
	var b strings.Builder
	for b.Len() < n {
		for _, c := range cases {
			b.WriteString(c.in)
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

var benchLangs = []struct {
	lang  string
	cases []tcase
}{
	{"en", enCases}, {"nl", nlCases}, {"de", deCases}, {"fr", frCases},
	{"it", itCases}, {"es", esCases}, {"pt", ptCases},
}

// BenchmarkFigures measures Extract over text in each language: the table
// sentences, which are dense in figures, and the project's test articles,
// which are ordinary news text.
func BenchmarkFigures(b *testing.B) {
	x := New()
	for _, l := range benchLangs {
		src := caseText(l.cases, 32<<10)
		b.Run(l.lang, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			n := 0
			for b.Loop() {
				n = len(x.Extract(src, entity.Span{End: len(src)}, l.lang))
			}
			b.ReportMetric(float64(n), "figures/op")
		})
	}
	dir := filepath.Join("..", "..", "testdata", "articles")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		return
	}
	type art struct{ src, lang string }
	var arts []art
	size := 0
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lang, _, _ := strings.Cut(filepath.Base(f), "-")
		arts = append(arts, art{string(body), lang})
		size += len(body)
	}
	b.Run("articles", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(size))
		n := 0
		for b.Loop() {
			n = 0
			for _, a := range arts {
				n += len(x.Extract(a.src, entity.Span{End: len(a.src)}, a.lang))
			}
		}
		b.ReportMetric(float64(n), "figures/op")
	})
}

// BenchmarkNew measures building an Extractor; the lexicons are built once
// per process, so this is the cost of every New after the first.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = New()
	}
}

// BenchmarkBuildLexicons measures building all the lexicons from their
// tables, the one-time cost of the first New.
func BenchmarkBuildLexicons(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range []string{enLex, nlLex, deLex, frLex, itLex, esLex, ptLex} {
			if _, err := buildLexicon(sharedLex, t); err != nil {
				b.Fatal(err)
			}
		}
	}
}
