package figures

import (
	"os"
	"regexp"
	"testing"

	"github.com/autonews/autonews/entity"
)

// TestCLDRTables checks that cldr_tables.go was generated from the CLDR
// release gen_cldr.go pins (run `go generate ./internal/figures` after
// changing it), and that every language with a lexicon has CLDR names.
func TestCLDRTables(t *testing.T) {
	src, err := os.ReadFile("gen_cldr.go")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const version = "([^"]+)"`).FindSubmatch(src)
	if m == nil || string(m[1]) != CLDRVersion {
		t.Errorf("gen_cldr.go pins CLDR %q, cldr_tables.go is from %q: run go generate", m, CLDRVersion)
	}
	for _, lang := range Languages() {
		if len(cldrLex[lang]) < 1000 {
			t.Errorf("cldrLex[%q] holds %d bytes: too few CLDR names", lang, len(cldrLex[lang]))
		}
	}
}

// TestCLDRCurrencies reads currencies the hand-written lexicons lack,
// through the CLDR names and symbols: current and historic, in several
// languages and scripts.
func TestCLDRCurrencies(t *testing.T) {
	for _, tc := range []struct {
		lang  string
		cases []tcase
	}{
		{"en", []tcase{
			c("Proton raised 500 million Malaysian ringgits.", money("500 million Malaysian ringgits", 5e8, "MYR")),
			c("The line cost 20 million Saudi riyals.", money("20 million Saudi riyals", 2e7, "SAR")),
			c("Fines reached 3 million Israeli new shekels.", money("3 million Israeli new shekels", 3e6, "ILS")),
			c("A taxi ride cost 5,000 Mongolian tugriks.", money("5,000 Mongolian tugriks", 5000, "MNT")),
			c("In 1990 the car cost 30,000 Dutch guilders.", money("30,000 Dutch guilders", 30000, "NLG")),
			c("The importer paid E£2 million in duties.", money("E£2 million", 2e6, "EGP")),
			c("It sells for MX$350,000 in Monterrey.", money("MX$350,000", 350000, "MXN")),
		}},
		{"es", []tcase{c("En 1995 costaba 2 millones de pesetas españolas.", money("2 millones de pesetas españolas", 2e6, "ESP"))}},
		{"fr", []tcase{c("La voiture valait 90 000 francs français.", money("90 000 francs français", 90000, "FRF"))}},
		{"de", []tcase{c("Der Golf kostete 1990 rund 25.000 Deutsche Mark.", money("rund 25.000 Deutsche Mark", 25000, "DEM").q(entity.Approximately))}},
		{"sv", []tcase{c("Bilen kostar 400 000 norska kronor.", money("400 000 norska kronor", 400000, "NOK"))}},
		{"zh", []tcase{
			c("比亚迪在香港募资435亿港幣。", money("435亿港幣", 4.35e10, "HKD")),
			c("售价为20万人民幣。", money("20万人民幣", 2e5, "CNY")),
		}},
	} {
		t.Run(tc.lang, func(t *testing.T) { runTable(t, tc.lang, tc.cases) })
	}
}
