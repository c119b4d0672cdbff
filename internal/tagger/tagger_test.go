package tagger

import (
	"errors"
	"strings"
	"testing"
	"unsafe"

	"github.com/autonews/autonews/entity"
	"github.com/google/go-cmp/cmp"
)

// testData is a small knowledge base in the catalog's file format, so that
// these tests do not move when the real data grows.
const testData = `# test catalog
# columns: name, kind, category, parents, aliases, note
Stellantis	organization	automaker		Stellantis Group|Stellantis N.V.	
Peugeot	organization	brand	Stellantis		
Citroën	organization	brand	Stellantis		
Opel	organization	brand	Stellantis		
Maserati	organization	brand	Stellantis		
Jeep	organization	brand	Stellantis	=Jeep	
Fiat	organization	brand	Stellantis	=Fiat|=FIAT	
Cupra	organization	brand			
Seat	organization	brand		=Seat?|=SEAT	
Smart	organization	brand		=Smart?|=smart?	
Mini	organization	brand		=Mini?|=MINI	
Ford	organization	brand		=Ford	
Dacia	organization	brand			
Audi	organization	brand	Volkswagen		
Volkswagen	organization	automaker		Volkswagen Group|Volkswagen-Konzern|=VW	
Leapmotor	organization	automaker		Zhejiang Leapmotor Technologies	
Leapmotor International	organization	joint-venture	Stellantis;Leapmotor		
Dongfeng	organization	automaker		Dongfeng Motor|Dongfeng Motor Group	
Dongfeng Peugeot Citroën Automobile	organization	joint-venture	Dongfeng;Stellantis	DPCA	
GAC	organization	automaker		=GAC	
GAC Fiat Chrysler	organization	joint-venture	GAC;Stellantis		
Bloomberg	organization	media			
European Union	organization	public-body		Europese Unie|Europäische Union|Union européenne|EU	
Peugeot 408	product	model	Peugeot	408?	
Peugeot e-2008	product	model	Peugeot	e-2008	
Leapmotor C10	product	model	Leapmotor	=C10?	
Ford Explorer	product	model	Ford	=Explorer?	
Ford Capri	product	model	Ford	=Capri?	
Volkswagen Golf	product	model	Volkswagen	=Golf?|VW Golf	
Volkswagen ID. Polo	product	model	Volkswagen	ID. Polo	
Dacia Spring	product	model	Dacia	=Spring?	
Smart #3	product	model	Smart	=#3?	
Tesla Model 3	product	model		=Model 3?	
PureTech	product	powertrain	Stellantis	=PureTech	
Antonio Filosa	person	executive	Stellantis		
Carlos Tavares	person	executive	Stellantis		
Jean-Philippe Imparato	person	executive	Maserati		
Milan	place	city		Milaan|Mailand|Milano	
Turin	place	city		Turijn|Turin|Torino	
Zaragoza	place	city		Saragossa	
Paris	place	city			
Windsor	place	city			
Montenegro	place	country			
Coventry	place	city			
MG	organization	brand		=MG	
Mirafiori	place	plant	Turin		
Sochaux	place	plant			
United States	place	country		Verenigde Staten|Vereinigte Staaten|=US|=USA|États-Unis	
China	place	country		=China	
Spain	place	country		Spanje|Spanien|Espagne|Spagna|España|Espanha	
Germany	place	country		Duitsland|Deutschland	
Europe	place	region		Europa|Evropa|欧洲	
Poland	place	country		Polska|Polen|Pologne	
BYD	organization	automaker		=BYD|比亚迪	
Honda	organization	automaker			
Honda e	product	model	Honda		
Kia	organization	brand			
Mercedes-Benz	organization	brand			
Kia ProCeed	product	model	Kia	ProCeed	
Paris Motor Show	event	motor-show		Mondial de l'Automobile|Mondial de l'Auto|Salon de Paris	
`

func testCatalog(t testing.TB) *entity.Catalog {
	t.Helper()
	recs, err := entity.ReadRecords(strings.NewReader(testData), "test.tsv")
	if err != nil {
		t.Fatalf("ReadRecords: %v", err)
	}
	cat, err := entity.NewCatalog(recs)
	if err != nil {
		t.Fatalf("NewCatalog: %v", err)
	}
	return cat
}

func testTagger(t testing.TB, opts Options) *Tagger {
	t.Helper()
	tg, err := New(testCatalog(t), opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return tg
}

// found is an entity as the tests compare it.
type found struct {
	Text, Canonical string
	Kind            entity.Kind
	Guessed         bool
}

const (
	org     = entity.Organization
	person  = entity.Person
	place   = entity.Place
	product = entity.Product
	event   = entity.Event
)

func tagAll(tg *Tagger, src, lang string) []found {
	var out []found
	for _, e := range tg.Tag(src, entity.Span{Start: 0, End: len(src)}, nil, lang) {
		out = append(out, found{e.Text, e.Canonical, e.Kind, e.Guessed})
	}
	return out
}

type tagCase struct {
	name, lang, src string
	want            []found
}

func runTagCases(t *testing.T, tg *Tagger, cases []tagCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			got := tagAll(tg, tc.src, tc.lang)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s", tc.src, diff)
			}
		})
	}
}

func TestTagCatalog(t *testing.T) {
	tg := testTagger(t, Options{})
	runTagCases(t, tg, []tagCase{
		// English.
		{"possessives", "en", "Stellantis' slow decisions and Audi's success, Stellantis’ plan.",
			[]found{{"Stellantis", "Stellantis", org, false}, {"Audi", "Audi", org, false}, {"Stellantis", "Stellantis", org, false}}},
		{"plurals and group alias", "en", "Dealers of Dongfeng Motor Group still move Peugeots and Citroëns across China.",
			[]found{{"Dongfeng Motor Group", "Dongfeng", org, false}, {"Peugeots", "Peugeot", org, false},
				{"Citroëns", "Citroën", org, false}, {"China", "China", place, false}}},
		{"legal suffix and longest match", "en", "Sales at Dongfeng Peugeot Citroën Automobile Co., Ltd. (DPCA) fell again.",
			[]found{{"Dongfeng Peugeot Citroën Automobile Co., Ltd.", "Dongfeng Peugeot Citroën Automobile", org, false},
				{"DPCA", "Dongfeng Peugeot Citroën Automobile", org, false}}},
		{"spaced hyphen model", "en", "Buyers ignored the Peugeot e - 2008 for its short range.",
			[]found{{"Peugeot e - 2008", "Peugeot e-2008", product, false}}},
		{"bare number with brand", "en", "Peugeot sells about 500 a month of its 408 model.",
			[]found{{"Peugeot", "Peugeot", org, false}, {"408", "Peugeot 408", product, false}}},
		{"bare number without brand", "en", "The plant built 408 cars last week.", nil},
		{"spaced hyphen person", "en", "At Maserati the boss is now Jean - Philippe Imparato, the group said.",
			[]found{{"Maserati", "Maserati", org, false}, {"Jean - Philippe Imparato", "Jean-Philippe Imparato", person, false}}},
		{"case and accents", "en", "LEapmotor, CITROEN and Citroen all count.",
			[]found{{"LEapmotor", "Leapmotor", org, false}, {"CITROEN", "Citroën", org, false}, {"Citroen", "Citroën", org, false}}},
		{"joint venture over partner", "en", "Leapmotor International sells Leapmotor cars abroad.",
			[]found{{"Leapmotor International", "Leapmotor International", org, false}, {"Leapmotor", "Leapmotor", org, false}}},
		{"group aliases", "en", "The Volkswagen Group, VW for short, and the Stellantis Group compete.",
			[]found{{"Volkswagen Group", "Volkswagen", org, false}, {"VW", "Volkswagen", org, false}, {"Stellantis Group", "Stellantis", org, false}}},
		{"hyphen for space", "en", "The GAC - Fiat Chrysler venture went bankrupt.",
			[]found{{"GAC - Fiat Chrysler", "GAC Fiat Chrysler", org, false}}},
		{"the group is no entity", "en", "Stellantis gained, and the group said its Group results rose.",
			[]found{{"Stellantis", "Stellantis", org, false}}},
		{"space for hyphen", "en", "Mercedes Benz and Mercedes - Benz and MERCEDES-BENZ.",
			[]found{{"Mercedes Benz", "Mercedes-Benz", org, false}, {"Mercedes - Benz", "Mercedes-Benz", org, false}, {"MERCEDES-BENZ", "Mercedes-Benz", org, false}}},
		{"lower-case word is no name", "en", "Fine china and a bloomberg terminal.", nil},
		{"surname after full name", "en", "Filosa is new. Stellantis CEO Antonio Filosa spoke; Filosa's plan is bold.",
			[]found{{"Stellantis", "Stellantis", org, false}, {"Antonio Filosa", "Antonio Filosa", person, false},
				{"Filosa", "Antonio Filosa", person, false}}},
		{"web address", "en", "See stellantis.com and Stellantis.com for details.", nil},
		{"powertrain", "en", "Nobody wants the 1.2 PureTech engine.",
			[]found{{"PureTech", "PureTech", product, false}}},

		// Dutch.
		{"compounds and plural", "nl", "Leapmotor is een Stellantis-merk, maar Leapmotors hebben niets met Stellantis-producten of LEapmotor-techniek te maken.",
			[]found{{"Leapmotor", "Leapmotor", org, false}, {"Stellantis", "Stellantis", org, false}, {"Leapmotors", "Leapmotor", org, false},
				{"Stellantis", "Stellantis", org, false}, {"LEapmotor", "Leapmotor", org, false}}},
		{"places in Dutch", "nl", "Het aandeel staat in Milaan genoteerd; in de Verenigde Staten en Europa niet. De Europese Unie zwijgt.",
			[]found{{"Milaan", "Milan", place, false}, {"Verenigde Staten", "United States", place, false}, {"Europa", "Europe", place, false},
				{"Europese Unie", "European Union", org, false}}},
		{"bare models with brand", "nl", "Ford gebruikt Volkswagen-platforms voor z’n Capri en Explorer.",
			[]found{{"Ford", "Ford", org, false}, {"Volkswagen", "Volkswagen", org, false}, {"Capri", "Ford Capri", product, false},
				{"Explorer", "Ford Explorer", product, false}}},

		// German.
		{"Konzern alias and compound", "de", "Der Volkswagen-Konzern und der VW-Chef sprachen in Deutschland über den VW Golf.",
			[]found{{"Volkswagen-Konzern", "Volkswagen", org, false}, {"VW", "Volkswagen", org, false}, {"Deutschland", "Germany", place, false},
				{"VW Golf", "Volkswagen Golf", product, false}}},
		{"German city", "de", "Die Messe in Mailand und das Werk in Saragossa.",
			[]found{{"Mailand", "Milan", place, false}, {"Saragossa", "Zaragoza", place, false}}},

		// French.
		{"event and plant", "fr", "Au Mondial de l’Automobile, Peugeot parle de l'usine de Sochaux.",
			[]found{{"Mondial de l’Automobile", "Paris Motor Show", event, false}, {"Peugeot", "Peugeot", org, false}, {"Sochaux", "Sochaux", place, false}}},
		{"French country", "fr", "Le PDG Carlos Tavares vise les États-Unis.",
			[]found{{"Carlos Tavares", "Carlos Tavares", person, false}, {"États-Unis", "United States", place, false}}},

		// Italian.
		{"plant and exonym", "it", "L'amministratore delegato Antonio Filosa visita lo stabilimento di Mirafiori a Torino.",
			[]found{{"Antonio Filosa", "Antonio Filosa", person, false}, {"Mirafiori", "Mirafiori", place, false}, {"Torino", "Turin", place, false}}},

		// Spanish.
		{"city and country", "es", "Stellantis fabricará coches de Leapmotor en Zaragoza, España.",
			[]found{{"Stellantis", "Stellantis", org, false}, {"Leapmotor", "Leapmotor", org, false}, {"Zaragoza", "Zaragoza", place, false}, {"España", "Spain", place, false}}},

		// Chinese: names inside runs of characters.
		{"Chinese", "zh", "比亚迪在欧洲的销量增长。",
			[]found{{"比亚迪", "BYD", org, false}, {"欧洲", "Europe", place, false}}},

		// Polish and Czech: case endings.
		{"Polish locative", "pl", "Fabryka w Polsce i sprzedaż w Europie rosną, a polski rynek też.",
			[]found{{"Polsce", "Poland", place, false}, {"Europie", "Europe", place, false}}},
		{"Czech locative", "cs", "Prodej v Evropě roste.",
			[]found{{"Evropě", "Europe", place, false}}},
		{"no inflection in English", "en", "Europie is not a word here.", nil},

		{"camel case", "en", "Proceed with care: the ProCeed and the PROCEED are one car.",
			[]found{{"ProCeed", "Kia ProCeed", product, false}, {"PROCEED", "Kia ProCeed", product, false}}},
		{"currency initialism", "en", "It raised US$15bn in the US.",
			[]found{{"US", "United States", place, false}}},

		// Portuguese.
		{"conjunction after brand", "pt", "À frente da Honda e da Nissan.",
			[]found{{"Honda", "Honda", org, false}}},
		{"model with letter", "en", "The Honda e was small.",
			[]found{{"Honda e", "Honda e", product, false}}},
		{"brands", "pt", "A Stellantis e a Leapmotor vendem o C10 na Espanha.",
			[]found{{"Stellantis", "Stellantis", org, false}, {"Leapmotor", "Leapmotor", org, false}, {"C10", "Leapmotor C10", product, false}, {"Espanha", "Spain", place, false}}},
	})
}

// TestTagAmbiguous checks that aliases that are also ordinary words are not
// tagged in ordinary prose, and are with context.
func TestTagAmbiguous(t *testing.T) {
	tg := testTagger(t, Options{Guess: true})
	runTagCases(t, tg, []tagCase{
		{"smart move", "en", "It was a smart move to wait.", nil},
		{"smart move near a brand", "en", "Peugeot made a smart move.", []found{{"Peugeot", "Peugeot", org, false}}},
		{"lower-case brand with a cue", "en", "The smart brand sells the #3.",
			[]found{{"smart", "Smart", org, false}, {"#3", "Smart #3", product, false}}},
		{"Smart sentence start", "en", "Smart people wait for prices to fall.", nil},
		{"seat of power", "en", "They fought for the seat of power.", nil},
		{"mini crisis", "en", "A mini crisis hit the office.", nil},
		{"ford the river", "en", "They had to ford the river at dawn.", nil},
		{"golf in spring", "en", "We play golf in spring and Golf in Spring is a book.", nil},
		{"Explorer without brand", "en", "The Explorer reached the pole.", nil},
		{"Model 3 without brand", "en", "Model 3 of the survey failed.", nil},
		{"Dutch articles", "nl", "Het gaat slecht. De markt krimpt. Dat is bekend. Een Stellantis-dealer weet het.",
			[]found{{"Stellantis", "Stellantis", org, false}}},
		{"German articles", "de", "Der Markt schrumpft. Die Preise steigen. Das ist bekannt.", nil},
		{"French articles", "fr", "Le marché baisse. La demande aussi. Les prix montent.", nil},

		{"alias starting with punctuation", "en", "Smart showed the #3 to dealers. The #3 seed lost.",
			[]found{{"Smart", "Smart", org, false}, {"#3", "Smart #3", product, false}}},
		{"Smart with a cue", "en", "The new Smart #3 SUV arrives, and Smart plans more.",
			[]found{{"Smart #3", "Smart #3", product, false}, {"Smart", "Smart", org, false}}},
		{"Seat with a brand", "en", "Seat and Cupra dealers expect growth.",
			[]found{{"Seat", "Seat", org, false}, {"Cupra", "Cupra", org, false}}},
		{"SEAT exact", "es", "SEAT vende menos.", []found{{"SEAT", "Seat", org, false}}},
		{"Mini with a cue", "en", "The Mini brand sells well.", []found{{"Mini", "Mini", org, false}}},
		{"Explorer with brand", "en", "Ford's Explorer sells well.",
			[]found{{"Ford", "Ford", org, false}, {"Explorer", "Ford Explorer", product, false}}},
		{"Golf with brand", "de", "Volkswagen baut den Golf weiter.",
			[]found{{"Volkswagen", "Volkswagen", org, false}, {"Golf", "Volkswagen Golf", product, false}}},
		{"Spring with brand", "en", "Dacia cut the price of the Spring.",
			[]found{{"Dacia", "Dacia", org, false}, {"Spring", "Dacia Spring", product, false}}},
		{"brand in another sentence", "en", "Dacia is cheap. The Spring came early this year.",
			[]found{{"Dacia", "Dacia", org, false}}},
		{"brand in the sentence before, with a cue", "de", "Volkswagen meldet Zahlen. Dort wird der elektrische Golf gebaut.",
			[]found{{"Volkswagen", "Volkswagen", org, false}, {"Golf", "Volkswagen Golf", product, false}}},
		{"number needs the same sentence", "en", "Peugeot reported sales. The 408 production rose.",
			[]found{{"Peugeot", "Peugeot", org, false}}},
		{"sentence split inside a name", "en", "Volkswagen said the ID. Polo is the Golf of its era.",
			[]found{{"Volkswagen", "Volkswagen", org, false}, {"ID. Polo", "Volkswagen ID. Polo", product, false}, {"Golf", "Volkswagen Golf", product, false}}},
	})
}

func TestTagGuess(t *testing.T) {
	tg := testTagger(t, Options{Guess: true})
	runTagCases(t, tg, []tagCase{
		{"person after title", "en", "Stellantis named Xin Tianshu, the CEO of Leapmotor International, to the board.",
			[]found{{"Stellantis", "Stellantis", org, false}, {"Xin Tianshu", "Xin Tianshu", person, true},
				{"Leapmotor International", "Leapmotor International", org, false}}},
		{"person with given name", "en", "The era of Sergio Marchionne ended; Marchionne was gone.",
			[]found{{"Sergio Marchionne", "Sergio Marchionne", person, true}, {"Marchionne", "Sergio Marchionne", person, true}}},
		{"title before", "en", "Chairman John Elkann visited.",
			[]found{{"John Elkann", "John Elkann", person, true}}},
		{"organization suffix", "en", "A deal with Foo Bar Motors was signed.",
			[]found{{"Foo Bar Motors", "Foo Bar Motors", org, true}}},
		{"place after plant", "en", "The plant in Kenitra will grow.",
			[]found{{"Kenitra", "Kenitra", place, true}}},
		{"no cue no guess", "en", "The Wild Ideas of Big Corp Land are many, said Alpha Beta.", nil},
		{"heading line", "en", "The Bold Choice of Having It All\nStellantis moves.",
			[]found{{"Stellantis", "Stellantis", org, false}}},
		{"touching a catalog name", "en", "Leaders of the Milan Economic Development Zone met.",
			[]found{{"Milan", "Milan", place, false}}},
		{"months and nationalities", "en", "In July Chinese Brands grew. On Monday European Sales fell.", nil},
		{"all caps", "en", "BREAKING NEWS TODAY: prices fall.", nil},
		{"Dutch title", "nl", "Het nieuws kwam van topman Jan Jansen zelf.",
			[]found{{"Jan Jansen", "Jan Jansen", person, true}}},
		{"Dutch plant", "nl", "De fabriek in Born draait door.",
			[]found{{"Born", "Born", place, true}}},
		{"German title compound", "de", "Der VW-Chef Oliver Blume warnt.",
			[]found{{"VW", "Volkswagen", org, false}, {"Oliver Blume", "Oliver Blume", person, true}}},
		{"German plant", "de", "Das Werk in Zwickau steht still.",
			[]found{{"Zwickau", "Zwickau", place, true}}},
		{"French plant", "fr", "L'usine de Trnava tourne.",
			[]found{{"Trnava", "Trnava", place, true}}},
		{"French title", "fr", "Le président Jean Martin parle.",
			[]found{{"Jean Martin", "Jean Martin", person, true}}},
		{"Italian title", "it", "L'amministratore delegato Luca de Meo lascia.",
			[]found{{"Luca de Meo", "Luca de Meo", person, true}}},
		{"Spanish plant", "es", "La planta de Martorell produce más.",
			[]found{{"Martorell", "Martorell", place, true}}},
		{"Portuguese plant", "pt", "A fábrica de Betim cresce.",
			[]found{{"Betim", "Betim", place, true}}},
		{"possessive before title", "en", "Anish Shah, the group's chief executive, spoke.",
			[]found{{"Anish Shah", "Anish Shah", person, true}}},
		{"relative clause before title", "en", "Tarun Garg, who became managing director in 2024, spoke.",
			[]found{{"Tarun Garg", "Tarun Garg", person, true}}},
		{"place in an institution", "en", "Researchers at Coventry University agree.",
			[]found{{"Coventry University", "Coventry University", org, true}}},
		{"place as a surname", "pt", "O primeiro-ministro Luís Montenegro visitou Montenegro.",
			[]found{{"Luís Montenegro", "Luís Montenegro", person, true}, {"Montenegro", "Montenegro", place, false}}},
		{"place inside a longer name", "fr", "L'équipe de l'Advanced China Development Center travaille en China.",
			[]found{{"China", "China", place, false}}},
		{"place as a model name", "en", "The MG Windsor EV sells well in Windsor.",
			[]found{{"MG", "MG", org, false}, {"Windsor", "Windsor", place, false}}},
		{"initial or abbreviation at the end", "en", "Chairman Robert St. Simon met CEO Hans-J. Boehm.", nil},
		{"German legal form", "de", "Die Foo Antriebe GmbH wächst.",
			[]found{{"Foo Antriebe GmbH", "Foo Antriebe GmbH", org, true}}},
	})
}

func TestTagSpansAndSkip(t *testing.T) {
	tg := testTagger(t, Options{})
	src := "Peugeot news. Read also: Opel and Fiat. Citroën ends."
	skipStart := strings.Index(src, "Read also")
	skipEnd := strings.Index(src, "Citroën")
	got := tg.Tag(src, entity.Span{Start: 0, End: len(src)}, []entity.Span{{Start: skipStart, End: skipEnd}}, "en")
	var names []string
	for _, e := range got {
		names = append(names, e.Text)
		if e.Text != src[e.Start:e.End] {
			t.Errorf("Text %q != src[%d:%d] %q", e.Text, e.Start, e.End, src[e.Start:e.End])
		}
	}
	if diff := cmp.Diff([]string{"Peugeot", "Citroën"}, names); diff != "" {
		t.Errorf("Tag with skip (-want +got):\n%s", diff)
	}

	// within limits the search and offsets stay in src.
	within := entity.Span{Start: strings.Index(src, "Opel"), End: len(src)}
	got = tg.Tag(src, within, nil, "en")
	if len(got) != 3 || got[0].Text != "Opel" || got[0].Start != within.Start {
		t.Errorf("Tag(within %v) = %+v, want Opel, Fiat, Citroën from offset %d", within, got, within.Start)
	}

	// A skipped span between two words breaks a name.
	src2 := "Leapmotor XXX International"
	i := strings.Index(src2, "XXX")
	got = tg.Tag(src2, entity.Span{Start: 0, End: len(src2)}, []entity.Span{{Start: i, End: i + 4}}, "en")
	if len(got) != 1 || got[0].Canonical != "Leapmotor" {
		t.Errorf("Tag(skip inside a name) = %+v, want only Leapmotor", got)
	}

	// Bad spans are clamped or give nothing.
	for _, w := range []entity.Span{{Start: -5, End: 1 << 30}, {Start: 10, End: 3}, {Start: len(src), End: len(src)}} {
		for _, e := range tg.Tag(src, w, nil, "en") {
			if !e.IsValid(src) {
				t.Errorf("Tag(within %v) gave invalid span %v", w, e.Span)
			}
		}
	}
	if got := tg.Tag(src, entity.Span{Start: 10, End: 3}, nil, "en"); got != nil {
		t.Errorf("Tag(inverted span) = %v, want nil", got)
	}
}

func TestNewErrors(t *testing.T) {
	if _, err := New(nil, Options{}); !errors.Is(err, ErrNoCatalog) {
		t.Errorf("New(nil) error = %v, want ErrNoCatalog", err)
	}
	empty, err := entity.NewCatalog(nil)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := New(empty, Options{Guess: true})
	if err != nil {
		t.Fatalf("New(empty catalog) error: %v", err)
	}
	if got := tg.Tag("Stellantis CEO Antonio Filosa.", entity.Span{End: 30}, nil, "en"); len(got) != 1 || !got[0].Guessed {
		t.Errorf("Tag with an empty catalog = %+v, want one guessed person", got)
	}
}

// TestTagDefaultCatalog runs the tagger over the embedded knowledge base on
// sentences of each language.
func TestTagDefaultCatalog(t *testing.T) {
	tg := defaultTagger(t, Options{})
	cases := []struct {
		lang, src string
		want      []string // canonical names, in order
	}{
		{"en", "Stellantis and Leapmotor talk, Volkswagen Group watches, and Reuters reports from China.",
			[]string{"Stellantis", "Leapmotor", "Volkswagen", "Reuters", "China"}},
		{"nl", "Leapmotor is in Europa een Stellantis-merk, net als Peugeot, Opel en Citroën.",
			[]string{"Leapmotor", "Europe", "Stellantis", "Peugeot", "Opel", "Citroën"}},
		{"de", "Der Volkswagen-Konzern und BYD bauen Werke in Ungarn.",
			[]string{"Volkswagen", "BYD", "Hungary"}},
		{"fr", "Renault et Stellantis produisent en France et en Espagne.",
			[]string{"Renault", "Stellantis", "France", "Spain"}},
		{"it", "Stellantis e Ferrari sono quotate in Italia.",
			[]string{"Stellantis", "Ferrari", "Italy"}},
		{"es", "Seat y Cupra venden menos coches en Alemania.",
			[]string{"Seat", "Cupra", "Germany"}},
		{"pt", "A Stellantis vende mais Fiat no Brasil.",
			[]string{"Stellantis", "Fiat", "Brazil"}},
		{"en", "It was a smart move in a mini crisis to ford the river and play golf in spring.", nil},
	}
	for _, tc := range cases {
		t.Run(tc.lang, func(t *testing.T) {
			var got []string
			for _, e := range tg.Tag(tc.src, entity.Span{End: len(tc.src)}, nil, tc.lang) {
				got = append(got, e.Canonical)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Tag(%q) canonicals (-want +got):\n%s", tc.src, diff)
			}
		})
	}
}

func TestTagAllocs(t *testing.T) {
	tg := testTagger(t, Options{})
	src := strings.Repeat("Stellantis and Leapmotor sell the Leapmotor C10 in Europa. ", 20)
	n := testing.AllocsPerRun(20, func() {
		tg.Tag(src, entity.Span{End: len(src)}, nil, "en")
	})
	// Token slice, sentences, mentions, output, covered flags: a handful
	// of slices, not one allocation per word.
	if n > 40 {
		t.Errorf("Tag allocates %v times per call, want <= 40", n)
	}
}

// TestTagPathological tags long texts without sentence ends, full of
// ambiguous aliases and surnames, which must stay linear (the test would
// take minutes otherwise) and still be right.
func TestTagPathological(t *testing.T) {
	tg := testTagger(t, Options{Guess: true})
	src := strings.Repeat("Peugeot sold its 408, a smart move, Carlos Tavares said, and Tavares left, ", 4000)
	got := tg.Tag(src, entity.Span{End: len(src)}, nil, "en")
	counts := map[string]int{}
	for _, e := range got {
		counts[e.Canonical]++
	}
	want := map[string]int{"Peugeot": 4000, "Peugeot 408": 4000, "Carlos Tavares": 8000}
	if diff := cmp.Diff(want, counts); diff != "" {
		t.Errorf("Tag(repeated text) counts (-want +got):\n%s", diff)
	}
}

func TestSurnameShared(t *testing.T) {
	tg := testTagger(t, Options{Guess: true})
	src := "CEO Jane Martin met chairman Paul Martin. Martin spoke."
	var got []string
	for _, e := range tg.Tag(src, entity.Span{End: len(src)}, nil, "en") {
		got = append(got, e.Text)
	}
	if diff := cmp.Diff([]string{"Jane Martin", "Paul Martin"}, got); diff != "" {
		t.Errorf("a surname two people share is not linked (-want +got):\n%s", diff)
	}
}

// TestTagConcurrent runs Tag from several goroutines on one Tagger, for the
// race detector.
func TestTagConcurrent(t *testing.T) {
	tg := testTagger(t, Options{Guess: true})
	src := "Stellantis CEO Antonio Filosa met Xin Tianshu, the CEO of Leapmotor International, in Milaan. Filosa smiled."
	want := tg.Tag(src, entity.Span{End: len(src)}, nil, "en")
	done := make(chan []entity.Entity)
	for range 4 {
		go func() { done <- tg.Tag(src, entity.Span{End: len(src)}, nil, "en") }()
	}
	for range 4 {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("concurrent Tag differs (-want +got):\n%s", diff)
		}
	}
}

// TestTokenSize guards the size of the per-word struct, which dominates
// Tag's memory: a token must stay pointer-free and small.
func TestTokenSize(t *testing.T) {
	if got := unsafe.Sizeof(token{}); got > 32 {
		t.Errorf("unsafe.Sizeof(token{}) = %d, want <= 32", got)
	}
}
