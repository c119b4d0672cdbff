package figures

import "testing"

// Number words with fractions and decimal points.
var fracCases = map[string][]tcase{
	"en": {
		c("It raised two and a half billion dollars.", money("two and a half billion dollars", 2.5e9, "USD")),
		c("They sold half a million cars.", qty("half a million cars", 5e5, "unit")),
		c("A quarter million vehicles were recalled.", qty("A quarter million vehicles", 2.5e5, "unit")),
		c("Sales fell one point three percent.", pct("one point three percent", 1.3)),
		c("Prices rose two point five percent.", pct("two point five percent", 2.5)),
		c("Half the cars were electric."),
		c("One point of view was shared."),
	},
	"de": {
		c("VW investiert zweieinhalb Milliarden Euro.", money("zweieinhalb Milliarden Euro", 2.5e9, "EUR")),
		c("Es kostet eineinhalb Millionen Euro.", money("eineinhalb Millionen Euro", 1.5e6, "EUR")),
		c("Es kostet anderthalb Millionen Euro.", money("anderthalb Millionen Euro", 1.5e6, "EUR")),
	},
	"nl": {c("Het kost tweeënhalf miljard euro.", money("tweeënhalf miljard euro", 2.5e9, "EUR"))},
	"fr": {c("Renault investit deux millions et demi d'euros.", money("deux millions et demi d'euros", 2.5e6, "EUR"))},
	"es": {c("Cuesta dos millones y medio de euros.", money("dos millones y medio de euros", 2.5e6, "EUR"))},
	"tr": {c("Yatırım iki buçuk milyar dolar.", money("iki buçuk milyar dolar", 2.5e9, "USD"))},
	"cs": {c("Stát dá přes půl bilionu korun.", money("přes půl bilionu korun", 5e11, "CZK").q(more))},
	"pl": {c("Kosztuje półtora miliona złotych.", money("półtora miliona złotych", 1.5e6, "PLN"))},
}

func TestExtractFractions(t *testing.T) {
	for lang, cases := range fracCases {
		t.Run(lang, func(t *testing.T) { runTable(t, lang, cases) })
	}
}
