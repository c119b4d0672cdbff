package figures

import "testing"

// A currency's hundredths, alone and after the main amount.
var subCases = map[string][]tcase{
	"en": {
		c("Shares fell 34 cents to $12.25.", money("34 cents", 0.34, "USD"), money("$12.25", 12.25, "USD")),
		c("A litre costs 210 pence.", money("210 pence", 2.1, "GBP")),
		c("Duty was cut by 5p a litre.", money("5p", 0.05, "GBP")),
		c("It cost 15 dollars and 50 cents.", money("15 dollars and 50 cents", 15.5, "USD")),
		c("The fee is $20 and 43c per car.", money("$20 and 43c", 20.43, "USD")),
		c("Charging costs 99¢ per kWh.", money("99¢", 0.99, "USD")),
		c("Prices are 20 to 30 cents higher.", money("20 to 30 cents", 0.2, "USD").r(0.2, 0.3)),
		c("Section 20 p of the report."),
		c("Emissions of 5 million cents."),
	},
	"fr": {c("Le litre coûte 50 centimes de plus.", money("50 centimes", 0.5, "EUR"))},
	"es": {c("Cuesta 3 euros con 99 céntimos.", money("3 euros con 99 céntimos", 3.99, "EUR"))},
	"de": {c("Der Strom kostet 39 Cent je Kilowattstunde.", money("39 Cent", 0.39, "EUR"))},
	"nl": {c("Een liter kost 20 eurocent meer.", money("20 eurocent", 0.2, "EUR"))},
	"sv": {c("Bensinen blir 50 öre dyrare.", money("50 öre", 0.5, "SEK"))},
	"pl": {c("Litr podrożał o 30 groszy.", money("30 groszy", 0.3, "PLN"))},
}

func TestExtractSubUnits(t *testing.T) {
	for lang, cases := range subCases {
		t.Run(lang, func(t *testing.T) { runTable(t, lang, cases) })
	}
}
