package parse

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// benchArticle returns a realistic article of about 10 KB: header,
// sub-headings, body and a tail of page furniture.
func benchArticle(b *testing.B) string {
	b.Helper()
	src, err := os.ReadFile(filepath.Join("..", "testdata", "articles", "en-analysis-battery-race.txt"))
	if err != nil {
		b.Skipf("no test article: %v", err)
	}
	return string(src)
}

// BenchmarkNew builds the default Parser and reports the heap it keeps.
// lingua caches its models per process, so only the first New loads them:
// first-ms is that first build (when no other benchmark or test of the
// process ran before) and first-cpu-ms the CPU time it took on all cores
// (lingua loads its models in parallel), ns/op the later builds, heap-MB
// what the models and the Parsers hold.
func BenchmarkNew(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	cpu0, cpuOK := cpuTime()
	keep, err := New()
	if err != nil {
		b.Fatal(err)
	}
	first := time.Since(start)
	cpu1, _ := cpuTime()
	b.ReportAllocs()
	for b.Loop() {
		p, err := New()
		if err != nil {
			b.Fatal(err)
		}
		keep = p
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(first.Microseconds())/1000, "first-ms")
	if cpuOK {
		b.ReportMetric(float64((cpu1-cpu0).Microseconds())/1000, "first-cpu-ms")
	}
	b.ReportMetric(float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc))/(1<<20), "heap-MB")
	runtime.KeepAlive(keep)
}

// reportCPU adds the process's CPU time per operation to a benchmark's
// results, as cpu-ns/op and cpu-MB/s: on a shared machine wall time
// measures the neighbours' load as much as the code.
func reportCPU(b *testing.B, size int, run func()) {
	start, ok := cpuTime()
	n := 0
	for b.Loop() {
		run()
		n++
	}
	end, _ := cpuTime()
	if ok && n > 0 && end > start {
		per := float64(end-start) / float64(n)
		b.ReportMetric(per, "cpu-ns/op")
		b.ReportMetric(float64(size)/per*1e9/1e6, "cpu-MB/s")
	}
}

func BenchmarkParse(b *testing.B) {
	src := benchArticle(b)
	p := defaultTestParser(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	reportCPU(b, len(src), func() {
		if _, err := p.Parse(src); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkParseAs is Parse without language detection: the cost of the
// header, body and boilerplate split alone.
func BenchmarkParseAs(b *testing.B) {
	src := benchArticle(b)
	p := defaultTestParser(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	reportCPU(b, len(src), func() {
		if _, err := p.ParseAs(src, language.English); err != nil {
			b.Fatal(err)
		}
	})
}
