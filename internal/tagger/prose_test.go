package tagger

import (
	"testing"

	"github.com/autonews/autonews/entity"
	"github.com/google/go-cmp/cmp"
)

// TestProse checks the prose stage: people in English sentences, found
// concurrently (the shared model must only be read), and nothing in other
// languages.
func TestProse(t *testing.T) {
	tg := testTagger(t, Options{Prose: true})
	src := "Stellantis named Mary Barra and Elon Musk as advisers. Tim Cook met Sundar Pichai in Paris."
	want := []found{
		{"Stellantis", "Stellantis", org, false},
		{"Mary Barra", "Mary Barra", person, true},
		{"Elon Musk", "Elon Musk", person, true},
		{"Tim Cook", "Tim Cook", person, true},
		{"Sundar Pichai", "Sundar Pichai", person, true},
		{"Paris", "Paris", place, false},
	}
	done := make(chan []found)
	for range 3 {
		go func() { done <- tagAll(tg, src, "en") }()
	}
	for range 3 {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("Tag with Prose (-want +got):\n%s", diff)
		}
	}
	nl := "Stellantis benoemde Mary Barra tot adviseur."
	if diff := cmp.Diff([]found{{"Stellantis", "Stellantis", org, false}}, tagAll(tg, nl, "nl")); diff != "" {
		t.Errorf("Tag(%q, nl) with Prose (-want +got):\n%s", nl, diff)
	}
	if got := tg.Tag(src, entity.Span{End: len(src)}, nil, "und"); len(got) != 2 {
		t.Errorf("Tag(und) with Prose = %v, want the two catalog names only", got)
	}
}
