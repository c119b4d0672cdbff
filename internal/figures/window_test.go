package figures

import (
	"strings"
	"testing"

	"github.com/autonews/autonews/entity"
)

// TestWindows checks that a body longer than a window is read whole: the
// same figures, in order, as its lines read one by one, and that All stops
// when asked.
func TestWindows(t *testing.T) {
	x := New()
	line := "Renault verkocht 68.000 auto's en verloor 25 miljard euro, meer dan dertig procent.\n"
	src := strings.Repeat(line, 3*window/len(line)+7)
	got := x.Extract(src, entity.Span{Start: 0, End: len(src)}, "nl")
	one := x.Extract(line, entity.Span{Start: 0, End: len(line)}, "nl")
	if len(one) != 3 {
		t.Fatalf("one line: %d figures, want 3: %+v", len(one), one)
	}
	if n := strings.Count(src, "\n") * len(one); len(got) != n {
		t.Fatalf("Extract over %d bytes: %d figures, want %d", len(src), len(got), n)
	}
	for i, f := range got {
		w := one[i%len(one)]
		off := i / len(one) * len(line)
		if f.Start != w.Start+off || f.Text != w.Text || f.Value != w.Value || f.Qualifier != w.Qualifier {
			t.Fatalf("figure %d = %+v, want %+v at +%d", i, f, w, off)
		}
	}
	n := 0
	for range x.All(src, entity.Span{Start: 0, End: len(src)}, "nl") {
		if n++; n == 5 {
			break
		}
	}

	// One line longer than a window is cut at white space: spans stay
	// valid and at most the figure at each cut is lost.
	flat := strings.ReplaceAll(src, "\n", " ")
	figs := x.Extract(flat, entity.Span{Start: 0, End: len(flat)}, "nl")
	if cuts := len(flat)/window + 1; len(figs) < len(got)-cuts || len(figs) > len(got) {
		t.Errorf("one long line: %d figures, want %d minus at most %d", len(figs), len(got), cuts)
	}
	for _, f := range figs {
		if f.Text != flat[f.Start:f.End] {
			t.Fatalf("figure %+v: text is not its span", f)
		}
	}
}

func TestWindowEnd(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want int
	}{
		{"short", "abc", 3},
		{"line break", strings.Repeat("a", window-10) + "\n" + strings.Repeat("b", 20), window - 9},
		{"space", strings.Repeat("a", window-10) + " " + strings.Repeat("b", 20), window - 9},
		{"no break, rune boundary", strings.Repeat("€", window), window - window%3},
	} {
		if got := windowEnd(tc.src, 0, len(tc.src)); got != tc.want {
			t.Errorf("%s: windowEnd = %d, want %d", tc.name, got, tc.want)
		}
	}
}
