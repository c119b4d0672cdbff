package tagger

import (
	"testing"

	"github.com/autonews/autonews/entity"
	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		name, lang, src string
		want            []string
	}{
		{"legal suffix", "en", "Dongfeng Peugeot Citroën Automobile Co., Ltd. is a venture. It sells cars.",
			[]string{"Dongfeng Peugeot Citroën Automobile Co., Ltd. is a venture.", "It sells cars."}},
		{"title and e.g.", "en", "Dr. Smith met e.g. the board. Then he left!",
			[]string{"Dr. Smith met e.g. the board.", "Then he left!"}},
		{"decimal", "en", "The 1.5 billion euro deal closed. Shares rose 2.3%.",
			[]string{"The 1.5 billion euro deal closed.", "Shares rose 2.3%."}},
		{"German abbreviations", "de", "Es gab z.B. 1,5 Mio. Autos. Danach nichts.",
			[]string{"Es gab z.B. 1,5 Mio. Autos.", "Danach nichts."}},
		{"Dutch abbreviation", "nl", "Merken als bijv. Fiat groeien. Ook Opel.",
			[]string{"Merken als bijv. Fiat groeien.", "Ook Opel."}},
		{"initial", "en", "J. Smith spoke. A. Jones did not.",
			[]string{"J. Smith spoke.", "A. Jones did not."}},
		{"headline and blank line", "en", "Headline here\n\nBody one. Body two?",
			[]string{"Headline here", "Body one.", "Body two?"}},
		{"single newline before capital", "nl", "Betaalbare auto’s\nDie samenwerking groeit.",
			[]string{"Betaalbare auto’s", "Die samenwerking groeit."}},
		{"wrapped line", "en", "The deal was\nsigned on Monday.",
			[]string{"The deal was\nsigned on Monday."}},
		{"closing quote", "en", `He said "we will win." Then he left.`,
			[]string{`He said "we will win."`, "Then he left."}},
		{"lower case after period", "en", "It costs approx. ten thousand euros.",
			[]string{"It costs approx. ten thousand euros."}},
		{"Chinese", "zh", "比亚迪增长。特斯拉下降。",
			[]string{"比亚迪增长。", "特斯拉下降。"}},
		{"spaces only", "en", "   \n\n  ", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tc.src, entity.Span{End: len(tc.src)}, tc.lang) {
				got = append(got, tc.src[s.Start:s.End])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tc.src, diff)
			}
		})
	}
}

func TestSentencesWithin(t *testing.T) {
	src := "Header line\nFirst sentence. Second one.\nFooter"
	within := entity.Span{Start: 12, End: 39}
	got := Sentences(src, within, "en")
	want := []entity.Span{{Start: 12, End: 27}, {Start: 28, End: 39}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sentences(within %v) mismatch (-want +got):\n%s", within, diff)
	}
	if got := Sentences(src, entity.Span{Start: 30, End: 5}, "en"); got != nil {
		t.Errorf("Sentences(inverted span) = %v, want nil", got)
	}
}
