package parse_test

import (
	"fmt"
	"log"

	"github.com/autonews/autonews/parse"
)

func Example() {
	src := `Categories: News, Electric

Leapmotor picks Zaragoza for its first European plant

By Jane Doe
March 14, 2026

Stellantis wants its Chinese partner to build cars inside the European Union before new tariffs apply. The Zaragoza plant has room for a second model and a second shift.

Leapmotor International will start assembling the B10 there in the second quarter, according to people familiar with the plan.

Read also:
• Opel Frontera: our first drive
• Why small electric cars sell in Spain

Share
`
	a, err := parse.Article(src)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("language:", a.Language.Code())
	fmt.Println("date:", a.Date.Format("2006-01-02"))
	fmt.Println("title:", a.Title)
	fmt.Println("author:", a.Author)
	fmt.Println("categories:", a.Categories)
	fmt.Println("paragraphs:", len(a.Paragraphs))
	for _, b := range a.Boilerplate {
		fmt.Printf("boilerplate %s: %q\n", b.Reason, b.Text(src))
	}
	// Output:
	// language: en
	// date: 2026-03-14
	// title: Leapmotor picks Zaragoza for its first European plant
	// author: Jane Doe
	// categories: [News Electric]
	// paragraphs: 2
	// boilerplate related-links: "Read also:\n• Opel Frontera: our first drive\n• Why small electric cars sell in Spain"
	// boilerplate share: "Share"
}

func ExampleParser_Parse() {
	p, err := parse.New()
	if err != nil {
		log.Fatal(err)
	}
	src := "Volvo flyttar produktion till USA\n\n" +
		"Volvo Cars ska bygga fler bilar i South Carolina för att slippa tullarna. Fabriken i Torslanda påverkas inte, enligt företaget.\n"
	a, err := p.Parse(src)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Language.Code(), a.Language.Name())
	fmt.Printf("title %q at %d:%d\n", a.Title, a.TitleSpan.Start, a.TitleSpan.End)
	fmt.Printf("body %d:%d starts %q\n", a.Body.Start, a.Body.End, a.BodyText()[:17])
	// Output:
	// sv Swedish
	// title "Volvo flyttar produktion till USA" at 0:33
	// body 35:165 starts "Volvo Cars ska by"
}

// A date header may run on into the text on the same line: a short teaser
// after it is the title; a long paragraph is the body's start.
func Example_dateHeader() {
	teaser := " date 2026-02-27 Stellantis zoekt redding in China…\n\n" +
		"Het concern verloor vorig jaar miljarden. Nu moet een Chinese partner helpen om betaalbare elektrische auto's te bouwen.\n"
	body := "date 2026-03-02 Leapmotor verkoopt zijn auto's in Europa via de dealers van Stellantis. " +
		"De techniek onder de carrosserie blijft voorlopig volledig Chinees.\n"
	for _, src := range []string{teaser, body} {
		a, err := parse.Article(src)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s %s title=%q body starts %q\n",
			a.Language.Code(), a.Date.Format("2006-01-02"), a.Title, a.BodyText()[:22])
	}
	// Output:
	// nl 2026-02-27 title="Stellantis zoekt redding in China…" body starts "Het concern verloor vo"
	// nl 2026-03-02 title="" body starts "Leapmotor verkoopt zij"
}

// A wire story: a kicker above the headline, a date line with a time and
// an update time, a byline of two reporters, and a tail of credits and
// notices after the body.
func Example_wireStory() {
	src := `EXCLUSIVE
Volvo Cars to build a second model in Ghent
Published Dec 3, 2026 at 7:45 a.m. GMT | Updated 2 hours ago
By Anna Berg and Tom Ortiz, Reuters

Volvo Cars will add a second electric model to its Ghent plant next year, three people familiar with the plan said, as the Swedish carmaker shifts output away from China.

The plant has built the EX30 for European buyers since the spring.

Reporting by Anna Berg; Editing by Tom Ortiz
Our Standards: The Thomson Reuters Trust Principles.
`
	a, err := parse.Article(src)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("date:", a.Date.Format("2006-01-02"))
	fmt.Println("title:", a.Title)
	fmt.Println("author:", a.Author)
	fmt.Printf("body starts: %q\n", a.BodyText()[:20])
	for _, b := range a.Boilerplate {
		fmt.Printf("boilerplate %s: %q\n", b.Reason, b.Text(src))
	}
	// Output:
	// date: 2026-12-03
	// title: Volvo Cars to build a second model in Ghent
	// author: Anna Berg and Tom Ortiz
	// body starts: "Volvo Cars will add "
	// boilerplate author-box: "Reporting by Anna Berg; Editing by Tom Ortiz"
	// boilerplate other: "Our Standards: The Thomson Reuters Trust Principles."
}
