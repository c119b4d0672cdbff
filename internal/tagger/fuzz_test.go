package tagger

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/autonews/autonews/entity"
	"github.com/google/go-cmp/cmp"
)

// FuzzEntities checks Tag's invariants on any input: no panic; every span
// valid, on rune boundaries, inside within and outside skip; sorted and not
// overlapping; Text equal to the slice it covers; the same output twice.
// Sentences gets the same checks.
func FuzzEntities(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/articles/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), 0, len(b), 0, 0, "en")
	}
	for _, s := range []string{
		"Stellantis’ plan: Dongfeng Peugeot Citroën Automobile Co., Ltd. (DPCA) and the Peugeot e - 2008.",
		"Leapmotor is een Stellantis-merk; Leapmotors en LEapmotor-techniek.",
		"Der VW-Chef Oliver Blume und das Werk in Zwickau.",
		"比亚迪在欧洲的销量增长。",
		"Fabryka w Polsce i w Europie.",
		"GAC - Fiat Chrysler, Mercedes Benz, US$15bn, Honda e.",
		"a\xffb Stellantis \xe2\x80 Peugeot",
		"",
	} {
		f.Add(s, 0, len(s), 3, 9, "und")
	}
	tg := testTagger(f, Options{Guess: true})
	f.Fuzz(func(t *testing.T, src string, a, b, sa, sb int, lang string) {
		checkTag(t, tg, src, a, b, sa, sb, lang)
	})
}

// FuzzScripts checks the invariants of FuzzEntities on text in scripts
// without spaces and in Korean, with a catalog of such names.
func FuzzScripts(f *testing.F) {
	for _, s := range []string{
		"オックスフォードのフォード・モーターとハリソン・フォード、トヨタ・ホンダ。ﾆｭｰソウル",
		"该厂日产量达到一千辆，今日产销，大众化，不理想，日产量产。",
		"현대자동차와 기아는 유럽연합 집행위원회가 서울에서 BYD는 인도네시아",
		"Jeepa Avengera, Fiata 600, Škodě Octavii, Klause Zellmera",
		"는\xea\xb0 가\xffフォ\xe3\x83",
	} {
		f.Add(s, 0, len(s), 2, 7, "und")
	}
	tg := scriptTagger(f)
	f.Fuzz(func(t *testing.T, src string, a, b, sa, sb int, lang string) {
		checkTag(t, tg, src, a, b, sa, sb, lang)
	})
}

// checkTag checks Tag's and Sentences' invariants on one input.
func checkTag(t *testing.T, tg *Tagger, src string, a, b, sa, sb int, lang string) {
	t.Helper()
	within := entity.Span{Start: a, End: b}
	skip := []entity.Span{{Start: sa, End: sb}}
	got := tg.Tag(src, within, skip, lang)
	lo, hi := max(a, 0), min(b, len(src))
	last := -1
	for _, e := range got {
		if !e.IsValid(src) {
			t.Fatalf("invalid span %v in %q", e.Span, src)
		}
		if e.Start < lo || e.End > hi {
			t.Fatalf("span %v outside within [%d,%d)", e.Span, lo, hi)
		}
		if e.Start < last {
			t.Fatalf("span %v overlaps or is out of order (last end %d)", e.Span, last)
		}
		if e.IsEmpty() {
			t.Fatalf("empty span %v", e.Span)
		}
		last = e.End
		if e.Text != src[e.Start:e.End] {
			t.Fatalf("Text %q != src[%d:%d] %q", e.Text, e.Start, e.End, src[e.Start:e.End])
		}
		if e.Overlaps(entity.Span{Start: max(sa, lo), End: min(sb, hi)}) && sa < sb {
			t.Fatalf("span %v overlaps skip [%d,%d)", e.Span, sa, sb)
		}
		if e.Kind == entity.Unknown || e.Canonical == "" {
			t.Fatalf("entity without kind or canonical: %+v", e)
		}
	}
	if again := tg.Tag(src, within, skip, lang); !cmp.Equal(got, again) {
		t.Fatalf("Tag is not deterministic:\n%s", cmp.Diff(got, again))
	}

	sents := Sentences(src, within, lang)
	last = -1
	for _, s := range sents {
		if !s.IsValid(src) || s.IsEmpty() || s.Start < last || s.Start < lo || s.End > hi {
			t.Fatalf("bad sentence span %v (last end %d, within [%d,%d))", s, last, lo, hi)
		}
		last = s.End
	}
}
