package entity_test

import (
	"fmt"
	"log"
	"strings"
	"testing/fstest"

	"github.com/autonews/autonews/entity"
)

func ExampleDefaultCatalog() {
	c, err := entity.DefaultCatalog()
	if err != nil {
		log.Fatal(err)
	}
	germany, _ := c.Lookup("Germany", entity.Place)
	fmt.Println(germany.Name, germany.Category)
	for _, a := range germany.Aliases[:4] {
		fmt.Println(" ", a.Text)
	}
	vw, _ := c.Lookup("Volkswagen", entity.Organization)
	fmt.Println(vw.Name, vw.Category)
	_, isPlace := c.Lookup("European Union", entity.Place)
	fmt.Println("European Union is a place:", isPlace)
	// Output:
	// Germany country
	//   Germany
	//   Duitsland
	//   Deutschland
	//   Allemagne
	// Volkswagen automaker
	// European Union is a place: false
}

func ExampleLoadCatalog() {
	// A caller's own knowledge base: any fs.FS with *.tsv files at its root,
	// such as os.DirFS("kb") or an embed.FS.
	fsys := fstest.MapFS{
		"fleet.tsv": {Data: []byte("# my fleet operators\n" +
			"Roadrunner Logistics\torganization\tother\t\tRoadrunner|=RRL\tfleet customer\n" +
			"Roadrunner Depot\tplace\tplant\tRoadrunner Logistics;Belgium\tDepot Gent?\t\n")},
	}
	c, err := entity.LoadCatalog(fsys)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range c.Records() {
		fmt.Println(r.Kind, r.Name, r.Parents, r.Aliases)
	}
	// Output:
	// organization Roadrunner Logistics [] [Roadrunner Logistics Roadrunner =RRL]
	// place Roadrunner Depot [Roadrunner Logistics Belgium] [Roadrunner Depot Depot Gent?]
}

func ExampleReadRecords() {
	const file = "# columns: name, kind, category, parents, aliases, note\n" +
		"Volkswagen Golf\tproduct\tmodel\tVolkswagen\tVW Golf|=Golf?\tcompact car since 1974\n"
	recs, err := entity.ReadRecords(strings.NewReader(file), "models.tsv")
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range recs[0].Aliases {
		fmt.Printf("%-16s case-sensitive=%-5v needs-context=%v\n", a.Text, a.CaseSensitive, a.NeedsContext)
	}

	_, err = entity.ReadRecords(strings.NewReader("Golf\tcar\t\t\t\t\n"), "models.tsv")
	fmt.Println(err)
	// Output:
	// Volkswagen Golf  case-sensitive=false needs-context=false
	// VW Golf          case-sensitive=false needs-context=false
	// Golf             case-sensitive=true  needs-context=true
	// entity: models.tsv:1: "Golf": unknown kind "car" (want organization, person, place, product or event)
}

func ExampleCatalog_Extend() {
	base, err := entity.NewCatalog([]entity.Record{
		{Name: "Stellantis", Kind: entity.Organization, Category: "automaker"},
	})
	if err != nil {
		log.Fatal(err)
	}
	c, err := base.Extend([]entity.Record{
		{Name: "Stellantis", Kind: entity.Organization, Aliases: []entity.Alias{{Text: "Stellantis N.V."}}},
		{Name: "Ram", Kind: entity.Organization, Category: "brand", Parents: []string{"Stellantis"},
			Aliases: []entity.Alias{{Text: "Ram", CaseSensitive: true}}},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range c.Records() {
		fmt.Println(r.Name, r.Category, r.Aliases)
	}
	fmt.Println(base.Len(), c.Len())

	_, err = base.Extend([]entity.Record{{Name: "Jeep", Kind: entity.Organization, Parents: []string{"stellantis"}}})
	fmt.Println(err)
	// Output:
	// Ram brand [=Ram]
	// Stellantis automaker [Stellantis Stellantis N.V.]
	// 1 2
	// entity: organization "Jeep": unknown parent "stellantis" (did you mean "Stellantis"?): no record and no CLDR country or region has that name
}
