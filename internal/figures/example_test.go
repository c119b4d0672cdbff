package figures_test

import (
	"fmt"
	"strings"

	"github.com/autonews/autonews/entity"
	"github.com/autonews/autonews/internal/figures"
)

func Example() {
	src := "Stellantis will invest approximately 1.5 billion euros for about 20% of Leapmotor, " +
		"which built one million units in 343 days."
	x := figures.New()
	for _, f := range x.Extract(src, entity.Span{End: len(src)}, "en") {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%q %s %v %s%s %s", f.Text, f.Kind, f.Value, f.Currency, f.Unit, f.Qualifier)))
	}
	// Output:
	// "approximately 1.5 billion euros" money 1.5e+09 EUR approximately
	// "about 20%" percent 20  approximately
	// "one million units" quantity 1e+06 unit
	// "343 days" quantity 343 day
}

func ExampleExtractor_Extract() {
	src := "Het aandeel daalde met meer dan dertig procent; het verlies: 25 miljard euro."
	for _, f := range figures.New().Extract(src, entity.Span{End: len(src)}, "nl") {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("[%d:%d] %q %s %v %s", f.Start, f.End, f.Text, f.Kind, f.Value, f.Qualifier)))
	}
	// Output:
	// [23:46] "meer dan dertig procent" percent 30 more_than
	// [61:76] "25 miljard euro" money 2.5e+10
}

func Example_money() {
	src := "Der Preis: 1.234,56 € statt CHF 5 Mio. und US$2bn."
	for _, f := range figures.New().Extract(src, entity.Span{End: len(src)}, "de") {
		fmt.Printf("%q %s %d units %d nanos\n", f.Text, f.Currency, f.Amount.Units, f.Amount.Nanos)
	}
	// Output:
	// "1.234,56 €" EUR 1234 units 560000000 nanos
	// "CHF 5 Mio." CHF 5000000 units 0 nanos
	// "US$2bn" USD 2000000000 units 0 nanos
}

func Example_range() {
	src := "El coste estará entre 3 y 5 millones de euros."
	for _, f := range figures.New().Extract(src, entity.Span{End: len(src)}, "es") {
		fmt.Printf("%q %s %v..%v %s\n", f.Text, f.Kind, *f.Min, *f.Max, f.Currency)
	}
	// Output:
	// "entre 3 y 5 millones de euros" money 3e+06..5e+06 EUR
}
