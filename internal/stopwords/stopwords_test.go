package stopwords

import (
	"strings"
	"testing"
)

func TestTables(t *testing.T) {
	if !strings.HasPrefix(SourceVersion, "stopwords-iso ") {
		t.Errorf("SourceVersion = %q", SourceVersion)
	}
	// Every supported language of the annotators has a list.
	have := map[string]bool{}
	for _, c := range Languages() {
		have[c] = true
	}
	for _, c := range strings.Fields("en nl de fr it es pt pl cs sv tr zh ja ko") {
		if !have[c] {
			t.Errorf("no stop list for %s", c)
		}
	}
	for _, tc := range []struct {
		word, lang string
		want       bool
	}{
		{"the", "en", true}, {"The", "en", true}, {"de", "nl", true}, {"und", "de", true},
		{"och", "sv", true}, {"ve", "tr", true}, {"Stellantis", "en", false}, {"und", "en", false},
	} {
		if got := IsStop(tc.word, tc.lang); got != tc.want {
			t.Errorf("IsStop(%q, %q) = %v, want %v", tc.word, tc.lang, got, tc.want)
		}
	}
}

func TestDensity(t *testing.T) {
	for _, tc := range []struct {
		text     string
		lang     string
		min, max float64
	}{
		{"The plant will be closed at the end of the year, the company said.", "en", 0.4, 1},
		{"Het concern wil de fabriek in Born aan het eind van het jaar sluiten.", "nl", 0.4, 1},
		{"Der Konzern will das Werk in Zwickau bis zum Ende des Jahres umbauen.", "de", 0.4, 1},
		{"Home News Cars Reviews Electric Contact", "", 0, 0.2},
		{"Volkswagen ID.4 GTX 2025 Test", "", 0, 0.4},
		{"比亚迪在欧洲的销量增长了一倍，这是公司的重要市场。", "zh", 0.1, 1},
	} {
		m := Density(tc.text)
		if s := m.Share(); s < tc.min || s > tc.max || tc.lang != "" && m.Lang != tc.lang {
			t.Errorf("Density(%q) = %+v (share %.2f), want share in [%.2f, %.2f] and language %q", tc.text, m, s, tc.min, tc.max, tc.lang)
		}
	}
	if m := Density(""); m.Words != 0 || m.Share() != 0 {
		t.Errorf("Density(\"\") = %+v", m)
	}
	long := strings.Repeat("x", 500) + " the"
	if m := Density(long); m.Words != 2 || m.Stop != 1 {
		t.Errorf("Density(long word + the) = %+v, want 2 words, 1 stop", m)
	}
}

func TestDensityAllocs(t *testing.T) {
	Density("warm up")
	text := "The plant will be closed at the end of the year, the company said on Monday."
	if n := testing.AllocsPerRun(100, func() { Density(text) }); n != 0 {
		t.Errorf("Density allocates %v times, want 0", n)
	}
}

func BenchmarkDensity(b *testing.B) {
	text := strings.Repeat("The plant will be closed at the end of the year, the company said on Monday. ", 20)
	Density(text)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Density(text)
	}
}
