package tagger

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/autonews/autonews/entity"
)

// benchText returns the project's test articles joined, or a made-up text
// when they are absent.
func benchText(b *testing.B) string { return benchFiles(b, "*.txt") }

// benchEnglish returns the English test articles joined.
func benchEnglish(b *testing.B) string { return benchFiles(b, "en-*.txt") }

func benchFiles(b *testing.B, pattern string) string {
	b.Helper()
	files, _ := filepath.Glob("../../testdata/articles/" + pattern)
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	if sb.Len() == 0 {
		sb.WriteString(strings.Repeat("Stellantis said on Tuesday that its Leapmotor venture will build the C10 in Zaragoza, Spain, "+
			"while Volkswagen Group and BYD compete for buyers in Europe and the United States.\n", 50))
	}
	return sb.String()
}

func BenchmarkNew(b *testing.B) {
	cat, err := entity.DefaultCatalog()
	if err != nil {
		b.Fatal(err)
	}
	recs := cat.Records()
	// Heap held by a catalog built from the records plus the tagger over it.
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c, _ := entity.NewCatalog(recs)
	tg, err := New(c, Options{})
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(tg)
	runtime.KeepAlive(c)
	b.ReportAllocs()
	for b.Loop() {
		c, err := entity.NewCatalog(recs)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(c, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
	b.ReportMetric(float64(len(recs)), "records")
}

func benchTag(b *testing.B, opts Options, src string) {
	tg := defaultTagger(b, opts)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(src, entity.Span{End: len(src)}, nil, "en")
	}
}

// BenchmarkTag tags all test articles (about twenty, in a dozen languages)
// as one text.
func BenchmarkTag(b *testing.B) { benchTag(b, Options{}, benchText(b)) }

// BenchmarkTagGuess is BenchmarkTag with the fallback for unknown names.
func BenchmarkTagGuess(b *testing.B) { benchTag(b, Options{Guess: true}, benchText(b)) }

// BenchmarkTagEnglish and BenchmarkTagProse compare the cost of the prose
// stage on the English test articles.
func BenchmarkTagEnglish(b *testing.B) { benchTag(b, Options{Guess: true}, benchEnglish(b)) }

// BenchmarkTagProse measures the prose stage on the English test articles.
func BenchmarkTagProse(b *testing.B) { benchTag(b, Options{Guess: true, Prose: true}, benchEnglish(b)) }

func BenchmarkSentences(b *testing.B) {
	src := benchText(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(src, entity.Span{End: len(src)}, "en")
	}
}
