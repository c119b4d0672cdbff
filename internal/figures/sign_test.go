package figures

import (
	"testing"

	"github.com/autonews/autonews/entity"
)

// TestNegatedQualifiers checks that a negation before a qualifier turns it
// around in every language that has one, and joins the figure's text.
func TestNegatedQualifiers(t *testing.T) {
	for _, tc := range []struct {
		lang  string
		cases []tcase
	}{
		{"en", []tcase{
			c("The kit sells for no less than $1.42 a unit.", money("no less than $1.42", 1.42, "USD").q(entity.AtLeast)),
			c("Margins were not more than 3% last year.", pct("not more than 3%", 3).q(entity.AtMost)),
			c("Margins were less than 3% last year.", pct("less than 3%", 3).q(entity.LessThan)),
			c("Costs rose no more than 2%.", pct("no more than 2%", 2).q(entity.AtMost)),
			c("Margins were lower than 3% and not higher than 4%.", pct("lower than 3%", 3).q(entity.LessThan), pct("not higher than 4%", 4).q(entity.AtMost)),
		}},
		{"nl", []tcase{
			c("De marge was niet minder dan 4 procent.", pct("niet minder dan 4 procent", 4).q(entity.AtLeast)),
			c("De marge lag lager dan 4 procent.", pct("lager dan 4 procent", 4).q(entity.LessThan)),
		}},
		{"de", []tcase{c("Die Marge lag nicht unter 5 Prozent.", pct("nicht unter 5 Prozent", 5).q(entity.AtLeast))}},
		{"fr", []tcase{
			c("La marge ne dépasse pas plus de 6 %.", pct("pas plus de 6 %", 6).q(entity.AtMost)),
			c("La marge est en-dessous de 6 %.", pct("en-dessous de 6 %", 6).q(entity.LessThan)),
		}},
		{"it", []tcase{c("Il margine non è sceso: non meno di 7 per cento.", pct("non meno di 7 per cento", 7).q(entity.AtLeast))}},
		{"es", []tcase{
			c("El margen fue de no más de 8 por ciento.", pct("no más de 8 por ciento", 8).q(entity.AtMost)),
			c("Costará no menos de 20 millones de euros.", money("no menos de 20 millones de euros", 2e7, "EUR").q(entity.AtLeast)),
		}},
		{"pt", []tcase{c("A margem foi de não menos de 9%.", pct("não menos de 9%", 9).q(entity.AtLeast))}},
		{"sv", []tcase{c("Marginalen var inte mindre än 10 procent.", pct("inte mindre än 10 procent", 10).q(entity.AtLeast))}},
		{"pl", []tcase{c("Marża wyniosła nie mniej niż 11 proc.", pct("nie mniej niż 11 proc.", 11).q(entity.AtLeast))}},
		{"zh", []tcase{
			c("毛利率不低于12%。", pct("不低于12%", 12).q(entity.AtLeast)),
			c("售价1.2元以下。", money("1.2元以下", 1.2, "CNY").q(entity.AtMost)),
			c("续航500公里以上。", qty("500公里以上", 500, "km").q(entity.AtLeast)),
			c("毛利率低于12%。", pct("低于12%", 12).q(entity.LessThan)),
		}},
	} {
		t.Run(tc.lang, func(t *testing.T) { runTable(t, tc.lang, tc.cases) })
	}
}

// TestSigns checks the sign of a percentage: a hyphen or minus glued to
// the number, or a sign word, and not the hyphen of a range or a name.
func TestSigns(t *testing.T) {
	for _, tc := range []struct {
		lang  string
		cases []tcase
	}{
		{"en", []tcase{
			c("Sales changed by -13% in March.", pct("-13%", -13)),
			c("Registrations fell (−0.3 %) in May.", pct("−0.3 %", -0.3)),
			c("The index moved minus five percent.", pct("minus five percent", -5)),
			c("Margins of 2-3% are common.", pct("2-3%", 0).r(2, 3)),
			c("Prices were down about -4% on the year.", pct("about -4%", -4).q(entity.Approximately)),
		}},
		{"es", []tcase{c("Las ventas variaron un -89,5 por ciento.", pct("-89,5 por ciento", -89.5))}},
		{"de", []tcase{c("Der Absatz lag bei minus 2,5 Prozent.", pct("minus 2,5 Prozent", -2.5))}},
		{"fr", []tcase{c("Les ventes ont varié de moins 0,3 %.", pct("moins 0,3 %", -0.3))}},
	} {
		t.Run(tc.lang, func(t *testing.T) { runTable(t, tc.lang, tc.cases) })
	}
}
