package tagger

import (
	"strings"
	"testing"

	"github.com/autonews/autonews/entity"
)

// TestWindows checks that a body longer than a window is tagged whole,
// window by window, and that TagLimit stops soon after its limit with the
// first entities.
func TestWindows(t *testing.T) {
	tg := testTagger(t, Options{Guess: true})
	sent := "Honda en BYD bouwen samen. "
	src := strings.Repeat(sent, 3*window/len(sent)+11)
	all := tg.Tag(src, entity.Span{Start: 0, End: len(src)}, nil, "nl")
	reps := len(src) / len(sent)
	if len(all) != 2*reps {
		t.Fatalf("Tag over %d bytes: %d entities, want %d", len(src), len(all), 2*reps)
	}
	for i, e := range all {
		want := "Honda"
		if i%2 == 1 {
			want = "BYD"
		}
		if e.Canonical != want || e.Start != i/2*len(sent)+strings.Index(sent, want) {
			t.Fatalf("entity %d = %+v, want %s at %d", i, e, want, i/2*len(sent)+strings.Index(sent, want))
		}
	}
	sents := Sentences(src, entity.Span{Start: 0, End: len(src)}, "nl")
	lim := tg.TagLimit(src, entity.Span{Start: 0, End: len(src)}, sents, nil, "nl", 100)
	if len(lim) <= 100 || len(lim) >= len(all) {
		t.Fatalf("TagLimit(100) = %d entities, want more than 100 and fewer than %d", len(lim), len(all))
	}
	for i := range lim {
		if lim[i] != all[i] {
			t.Fatalf("TagLimit entity %d = %+v, want %+v", i, lim[i], all[i])
		}
	}
}
