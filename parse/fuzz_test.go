package parse

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// addSeeds adds the test articles and edge cases to the fuzz corpus.
func addSeeds(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{
		"", " ", "\n\n\n", "\ufeff", "\xff", "a", "date 2026-02-27 ", "date 2026-02-27 Title…\n\nBody.",
		"Categories: \n", "Categories: News,,|", "By \n", "Published by\n", "Read also :\n•\n• x",
		"Recent Posts", "3 hours ago\n3 hours ago", "Home > ", "\r\n\r", "Title\n\nBody\nmore\n",
		"2026年3月2日", "14. 3. 2026\n\nText", "Par Claire Martin, le 14 mars 2026\n\nTexte.",
		"\u200b\u00a0Share\u00a0\n", "Lees ook: x\n\ny", "Door Jan\nDoor Piet\nDoor Klaas",
		"EXCLUSIF\nRenault vend plus de Clio\nPublié le 30/07/2026 à 08h15 - Mis à jour le 30/07/2026 à 10h02\n\nTexte.",
		"Auto > Marché\nTitre du jour\nUne phrase.\nPar A et B\n4 min read\n\nTexte.", "By A, B and C, Reuters\n",
		"Nov 20, 2026 · 4 min read", "(con Ansa)\n(Reporting by A; Editing by B)", "x (Photo: y)\n©\n(", "More from X",
	} {
		f.Add(s)
	}
}

// FuzzParse checks the invariants of Parse: no panic, spans valid and
// sorted, texts equal to their spans, the same result twice.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	p, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		a, err := p.Parse(src)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrInvalidUTF8) {
				t.Fatalf("Parse(%q) error: %v", src, err)
			}
			if errors.Is(err, ErrInvalidUTF8) == utf8.ValidString(src) {
				t.Fatalf("Parse(%q) error %v for valid UTF-8 %v", src, err, utf8.ValidString(src))
			}
			return
		}
		checkInvariants(t, src, a)
		b, err := p.Parse(src)
		if err != nil || !reflect.DeepEqual(a, b) {
			t.Fatalf("Parse(%q) is not deterministic:\n%+v\n%+v", src, a, b)
		}
	})
}

// FuzzParseAs is FuzzParse without language detection, which dominates
// Parse's cost, so that the fuzzer explores the header and body rules
// faster.
func FuzzParseAs(f *testing.F) {
	addSeeds(f)
	p, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		a, err := p.ParseAs(src, language.French)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrInvalidUTF8) {
				t.Fatalf("ParseAs(%q) error: %v", src, err)
			}
			return
		}
		checkInvariants(t, src, a)
		b, err := p.ParseAs(src, language.French)
		if err != nil || !reflect.DeepEqual(a, b) {
			t.Fatalf("ParseAs(%q) is not deterministic:\n%+v\n%+v", src, a, b)
		}
	})
}
