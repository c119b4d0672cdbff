//go:build !race

package autonews

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/autonews/autonews/annotate"
	"github.com/autonews/autonews/parse"
)

// maxSys is the memory bound the README promises for any input under the
// size limit: the bytes the Go runtime holds from the operating system,
// which bounds the process's resident set.
const maxSys = 512 << 20

// hostile are the inputs that once took the most memory per byte: text
// made of nothing but figures, names or sentence ends, repeated to the
// size limit.
var hostile = []string{"1%", "1% ", "€1 ", "A.", "VW ", "Renault Clio ", "1,5 Mrd. Euro und ", "丰田", "1."}

// TestMemoryBound processes each hostile input at the size limit and
// checks that the runtime's memory from the operating system (MemStats.Sys,
// which only grows) stays within maxSys, and that a document cut at the
// caps says so. It is left out of -race runs, where memory and time are
// not those of a real build.
func TestMemoryBound(t *testing.T) {
	if testing.Short() {
		t.Skip("processes 36 MiB of hostile text")
	}
	p := testPipeline(t)
	for _, unit := range hostile {
		src := strings.Repeat(unit, parse.DefaultMaxSize/len(unit))
		doc, err := p.Process(src)
		if err != nil && !errors.Is(err, parse.ErrEmpty) {
			t.Fatalf("Process(%q × %d) error = %v", unit, len(src)/len(unit), err)
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		t.Logf("%q: %d figures, %d entities, %d sentences; Sys %d MiB", unit,
			len(doc.Annotations.Figures), len(doc.Annotations.Entities), len(doc.Annotations.Sentences), m.Sys>>20)
		if m.Sys > maxSys {
			t.Errorf("after %q × %d: runtime holds %d MiB from the OS, over the bound of %d MiB", unit, len(src)/len(unit), m.Sys>>20, maxSys>>20)
		}
		full := len(doc.Annotations.Figures) == annotate.MaxFigures || len(doc.Annotations.Entities) == annotate.MaxEntities
		if full != (doc.Truncated != nil) {
			t.Errorf("%q: %d figures, %d entities, Truncated = %+v", unit, len(doc.Annotations.Figures), len(doc.Annotations.Entities), doc.Truncated)
		}
		doc = Document{}
		runtime.GC()
	}
}
