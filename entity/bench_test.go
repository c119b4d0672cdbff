package entity

import (
	"bytes"
	"io/fs"
	"runtime"
	"testing"
	"time"
)

// cpuMeter reports the process's CPU time per operation as cpu-ns/op, a
// figure that other processes on a busy machine disturb less than ns/op.
type cpuMeter struct {
	b     *testing.B
	start time.Duration
}

func startCPU(b *testing.B) cpuMeter { return cpuMeter{b, processCPU()} }

func (m cpuMeter) stop() {
	if used := processCPU() - m.start; used > 0 && m.b.N > 0 {
		m.b.ReportMetric(float64(used.Nanoseconds())/float64(m.b.N), "cpu-ns/op")
	}
}

// retainedHeap returns the bytes of heap that build's result keeps alive.
func retainedHeap(b *testing.B, build func() any) float64 {
	b.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := build()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return float64(int64(after.HeapAlloc) - int64(before.HeapAlloc))
}

// embeddedSize returns the bytes of the embedded data files.
func embeddedSize(b *testing.B) int64 {
	b.Helper()
	files, err := fs.Glob(data, "data/*.tsv")
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, f := range files {
		buf, err := fs.ReadFile(data, f)
		if err != nil {
			b.Fatal(err)
		}
		n += int64(len(buf))
	}
	return n
}

// BenchmarkDefaultCatalog measures building the default Catalog from the
// embedded data and the CLDR places (the work DefaultCatalog does once).
// heap-B is the heap the built Catalog keeps.
func BenchmarkDefaultCatalog(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(embeddedSize(b))
	heap := retainedHeap(b, func() any {
		c, err := loadDefault(computePlaces())
		if err != nil {
			b.Fatal(err)
		}
		return c
	})
	cpu := startCPU(b)
	for b.Loop() {
		if _, err := loadDefault(computePlaces()); err != nil {
			b.Fatal(err)
		}
	}
	cpu.stop()
	b.ReportMetric(heap, "heap-B")
}

// BenchmarkLoadCatalog measures LoadCatalog over the embedded files alone,
// without the CLDR places.
func BenchmarkLoadCatalog(b *testing.B) {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(embeddedSize(b))
	heap := retainedHeap(b, func() any {
		c, err := LoadCatalog(sub)
		if err != nil {
			b.Fatal(err)
		}
		return c
	})
	cpu := startCPU(b)
	for b.Loop() {
		if _, err := LoadCatalog(sub); err != nil {
			b.Fatal(err)
		}
	}
	cpu.stop()
	b.ReportMetric(heap, "heap-B")
}

// BenchmarkPlaces measures building the CLDR place records.
func BenchmarkPlaces(b *testing.B) {
	b.ReportAllocs()
	heap := retainedHeap(b, func() any { return computePlaces() })
	cpu := startCPU(b)
	for b.Loop() {
		computePlaces()
	}
	cpu.stop()
	b.ReportMetric(heap, "heap-B")
}

// BenchmarkReadRecords measures parsing the largest embedded file.
func BenchmarkReadRecords(b *testing.B) {
	files, err := fs.Glob(data, "data/*.tsv")
	if err != nil {
		b.Fatal(err)
	}
	var biggest []byte
	for _, f := range files {
		buf, err := fs.ReadFile(data, f)
		if err != nil {
			b.Fatal(err)
		}
		if len(buf) > len(biggest) {
			biggest = buf
		}
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(biggest)))
	for b.Loop() {
		if _, err := ReadRecords(bytes.NewReader(biggest), "bench.tsv"); err != nil {
			b.Fatal(err)
		}
	}
}
