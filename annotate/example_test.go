package annotate_test

import (
	"fmt"
	"log"

	"github.com/autonews/autonews/annotate"
	"github.com/autonews/autonews/entity"
	"golang.org/x/text/language"
)

func Example_figures() {
	a, err := annotate.New(annotate.WithEntities(false))
	if err != nil {
		log.Fatal(err)
	}
	text := "Het concern verloor 25 miljard euro en het aandeel zakte met meer dan dertig procent. " +
		"Leapmotor verkocht 68.000 auto's; de fabriek levert 50 GWh."
	ann, err := a.AnnotateText(text, language.Dutch)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range ann.Figures {
		fmt.Printf("%-8s %-26q %g %s%s%s\n", f.Kind, f.Text, f.Value, f.Currency, f.Unit, f.Qualifier)
	}
	// Output:
	// money    "25 miljard euro"          2.5e+10 EUR
	// percent  "meer dan dertig procent"  30 more_than
	// quantity "68.000 auto's"            68000 unit
	// quantity "50 GWh"                   50 GWh
}

func ExampleAnnotator_Annotate() {
	a, err := annotate.New()
	if err != nil {
		log.Fatal(err)
	}
	src := "Stellantis verkoopt de Leapmotor C10 via zijn dealers in Milaan.\n\nLees ook: Peugeot 208"
	art := &entity.Article{
		Source:      src,
		Language:    entity.Language{Tag: language.Dutch, Confidence: 1},
		Body:        entity.Span{Start: 0, End: len(src)},
		Boilerplate: []entity.Boilerplate{{Span: entity.Span{Start: 66, End: len(src)}, Reason: entity.RelatedLinks}},
	}
	ann, err := a.Annotate(art)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range ann.Entities {
		fmt.Printf("%s %q -> %s (%s)\n", e.Kind, e.Text, e.Canonical, e.Category)
	}
	// Output:
	// organization "Stellantis" -> Stellantis (automaker)
	// product "Leapmotor C10" -> Leapmotor C10 (model)
	// place "Milaan" -> Milan (city)
}
