package tagger_test

import (
	"fmt"
	"strings"

	"github.com/autonews/autonews/entity"
	"github.com/autonews/autonews/internal/tagger"
)

func ExampleSentences() {
	src := "Dongfeng Peugeot Citroën Automobile Co., Ltd. sold 1.5 million cars. Sales fell!\nNew line"
	for _, s := range tagger.Sentences(src, entity.Span{End: len(src)}, "en") {
		fmt.Printf("%q\n", src[s.Start:s.End])
	}
	// Output:
	// "Dongfeng Peugeot Citroën Automobile Co., Ltd. sold 1.5 million cars."
	// "Sales fell!"
	// "New line"
}

func ExampleTagger_Tag() {
	recs, _ := entity.ReadRecords(strings.NewReader(
		"Stellantis\torganization\tautomaker\t\tStellantis Group\t\n"+
			"Leapmotor\torganization\tautomaker\t\t\t\n"+
			"Leapmotor C10\tproduct\tmodel\tLeapmotor\t=C10?\t\n"), "example.tsv")
	cat, _ := entity.NewCatalog(recs)
	tg, err := tagger.New(cat, tagger.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	src := "Leapmotor is een Stellantis-merk. Leapmotor verkoopt de C10 via Stellantis’ dealers."
	for _, e := range tg.Tag(src, entity.Span{End: len(src)}, nil, "nl") {
		fmt.Printf("%d-%d %q %s %s\n", e.Start, e.End, e.Text, e.Kind, e.Canonical)
	}
	// Output:
	// 0-9 "Leapmotor" organization Leapmotor
	// 17-27 "Stellantis" organization Stellantis
	// 34-43 "Leapmotor" organization Leapmotor
	// 56-59 "C10" product Leapmotor C10
	// 64-74 "Stellantis" organization Stellantis
}

// With Options.Guess, names the catalog lacks are proposed when a cue gives
// their kind; sentence-initial words such as Dutch "Het" are never names.
func Example_guess() {
	cat, err := entity.NewCatalog(nil) // an empty catalog
	if err != nil {
		fmt.Println(err)
		return
	}
	tg, err := tagger.New(cat, tagger.Options{Guess: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	src := "Het bedrijf bouwt een fabriek in Born. Topman Jan Jansen zegt dat Jansen blijft."
	for _, e := range tg.Tag(src, entity.Span{End: len(src)}, nil, "nl") {
		fmt.Printf("%q %s %s guessed=%v\n", e.Text, e.Kind, e.Canonical, e.Guessed)
	}
	// Output:
	// "Born" place Born guessed=true
	// "Jan Jansen" person Jan Jansen guessed=true
	// "Jansen" person Jan Jansen guessed=true
}
