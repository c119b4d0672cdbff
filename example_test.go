package autonews_test

import (
	"fmt"
	"log"

	"github.com/autonews/autonews"
)

func Example() {
	p, err := autonews.New()
	if err != nil {
		log.Fatal(err)
	}
	doc, err := p.Process("date 2026-02-27 Stellantis zoekt hulp in China…\n\n" +
		"Stellantis verloor 25 miljard euro op zijn elektrische strategie. " +
		"Het aandeel daalde dit jaar met meer dan dertig procent in Milaan.\n")
	if err != nil {
		log.Fatal(err)
	}
	art := doc.Article
	fmt.Println(art.Language.Code(), art.Date.Format("2006-01-02"), art.Title)
	for _, f := range doc.Annotations.Figures {
		fmt.Printf("%s %q %g %s\n", f.Kind, f.Text, f.Value, f.Currency+f.Qualifier.String())
	}
	for _, e := range doc.Annotations.Entities {
		fmt.Printf("%s %q -> %s\n", e.Kind, e.Text, e.Canonical)
	}
	// Output:
	// nl 2026-02-27 Stellantis zoekt hulp in China…
	// money "25 miljard euro" 2.5e+10 EUR
	// percent "meer dan dertig procent" 30 more_than
	// organization "Stellantis" -> Stellantis
	// place "Milaan" -> Milan
}
