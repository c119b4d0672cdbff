package parse

import (
	"strings"
	"testing"

	"github.com/autonews/autonews/entity"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// furniture is a boilerplate block as the tests write it: reason and text.
type furniture struct {
	Reason string
	Text   string
}

type bodyFields struct {
	Body        string
	Paragraphs  []string
	Boilerplate []furniture
	Author      string
}

func bodyOf(t *testing.T, src string, lang language.Tag) bodyFields {
	t.Helper()
	src = "A headline for the test\n\n" + src
	a, err := defaultTestParser(t).ParseAs(src, lang)
	if err != nil {
		t.Fatalf("ParseAs(%q) error: %v", src, err)
	}
	checkInvariants(t, src, a)
	got := bodyFields{Body: a.BodyText(), Author: a.Author}
	for _, p := range a.Paragraphs {
		got.Paragraphs = append(got.Paragraphs, p.Text(src))
	}
	for _, b := range a.Boilerplate {
		got.Boilerplate = append(got.Boilerplate, furniture{b.Reason.String(), b.Text(src)})
	}
	return got
}

func TestParseBoilerplate(t *testing.T) {
	const (
		en1 = "Leapmotor will assemble the B10 at Zaragoza from the second quarter, people familiar with the plan said."
		en2 = "The plant has been running well below its capacity of 400,000 vehicles a year since 2024."
		nl1 = "Volkswagen laat op het autosalon eindelijk de goedkope elektrische Polo zien die iedereen verwachtte."
		nl2 = "De auto wordt in Spanje gebouwd, samen met twee modellen van de zustermerken uit het concern."
		de1 = "Der Konzern hat im vergangenen Jahr deutlich weniger verdient als die Analysten erwartet hatten."
		fr1 = "L'usine de Sochaux a produit l'an dernier plus de véhicules qu'à aucun moment depuis dix ans."
		it1 = "La produzione della nuova utilitaria ibrida è partita a Torino con un obiettivo ambizioso per l'anno."
		es1 = "La planta de baterías de Figueruelas empezará a producir celdas antes de que termine el año."
		pt1 = "A fábrica da Bahia começou a montar os primeiros carros elétricos no antigo complexo industrial."
	)
	for _, tc := range []struct {
		name string
		lang language.Tag
		src  string
		want bodyFields
	}{
		{
			name: "English news page tail",
			lang: language.English,
			src: en1 + "\n\n" + en2 + "\n\nRead also :\n• Opel Frontera: first drive\n• Why the C3 sells\n\nShare\nPublished by\nRedaction\n\n" +
				"Recent Posts\n\nToyota shows a lighter crossover\n\nToyota has taken weight out of its compact model, and…\n\n3 hours ago\n",
			want: bodyFields{
				Body:       en1 + "\n\n" + en2,
				Paragraphs: []string{en1, en2},
				Author:     "Redaction",
				Boilerplate: []furniture{
					{"related-links", "Read also :\n• Opel Frontera: first drive\n• Why the C3 sells"},
					{"share", "Share"},
					{"author-box", "Published by\nRedaction"},
					{"recent-posts", "Recent Posts\n\nToyota shows a lighter crossover\n\nToyota has taken weight out of its compact model, and…\n\n3 hours ago"},
				},
			},
		},
		{
			name: "teasers with relative times and no heading",
			lang: language.English,
			src: en1 + "\n\n" + en2 + "\n\nToyota shows a lighter crossover!\n\nToyota has taken weight out of its compact crossover, and the engineers explain how.\n\n51 mins ago\n\n" +
				"Dacia Bigster: what owners say\n\nWe asked readers who bought the largest Dacia what they like…\n\n6 hours ago",
			want: bodyFields{
				Body:       en1 + "\n\n" + en2,
				Paragraphs: []string{en1, en2},
				Boilerplate: []furniture{
					{"recent-posts", "Toyota shows a lighter crossover!\n\nToyota has taken weight out of its compact crossover, and the engineers explain how.\n\n51 mins ago\n\n" +
						"Dacia Bigster: what owners say\n\nWe asked readers who bought the largest Dacia what they like…\n\n6 hours ago"},
				},
			},
		},
		{
			name: "Dutch links, share and cookie line",
			lang: language.Dutch,
			src:  nl1 + "\n\n" + nl2 + "\n\nLees ook:\n- Skoda Elroq getest\n- Zo rijdt de nieuwe Golf\n\nDelen\nDeze website gebruikt cookies om je de beste ervaring te geven.\n",
			want: bodyFields{
				Body:       nl1 + "\n\n" + nl2,
				Paragraphs: []string{nl1, nl2},
				Boilerplate: []furniture{
					{"related-links", "Lees ook:\n- Skoda Elroq getest\n- Zo rijdt de nieuwe Golf"},
					{"share", "Delen"},
					{"cookie", "Deze website gebruikt cookies om je de beste ervaring te geven."},
				},
			},
		},
		{
			name: "interleaved related link stays out of the paragraphs",
			lang: language.Dutch,
			src:  nl1 + "\n\nLees ook: Zo rijdt de nieuwe Golf\n\nVerder naar Spanje\n\n" + nl2,
			want: bodyFields{
				Body:        nl1 + "\n\nLees ook: Zo rijdt de nieuwe Golf\n\nVerder naar Spanje\n\n" + nl2,
				Paragraphs:  []string{nl1, "Verder naar Spanje", nl2},
				Boilerplate: []furniture{{"related-links", "Lees ook: Zo rijdt de nieuwe Golf"}},
			},
		},
		{
			name: "German related list, newsletter, comments",
			lang: language.German,
			src:  de1 + "\n\nLesen Sie auch:\nMercedes streicht Stellen\nBMW iX3 im Test\n\nNewsletter abonnieren: jeden Morgen die wichtigsten Nachrichten.\n\nKommentare (12)\n\nEin Leser schreibt: Das war zu erwarten, und zwar schon seit Jahren.",
			want: bodyFields{
				Body:       de1,
				Paragraphs: []string{de1},
				Boilerplate: []furniture{
					{"related-links", "Lesen Sie auch:\nMercedes streicht Stellen\nBMW iX3 im Test"},
					{"newsletter", "Newsletter abonnieren: jeden Morgen die wichtigsten Nachrichten."},
					{"comments", "Kommentare (12)\n\nEin Leser schreibt: Das war zu erwarten, und zwar schon seit Jahren."},
				},
			},
		},
		{
			name: "French links, share row, tags",
			lang: language.French,
			src:  fr1 + "\n\nÀ lire aussi :\nCitroën C5 Aircross : notre essai\n\nPartager : Facebook Twitter\nÉtiquettes : Peugeot, Sochaux\n",
			want: bodyFields{
				Body:       fr1,
				Paragraphs: []string{fr1},
				Boilerplate: []furniture{
					{"related-links", "À lire aussi :\nCitroën C5 Aircross : notre essai"},
					{"share", "Partager : Facebook Twitter"},
					{"tags", "Étiquettes : Peugeot, Sochaux"},
				},
			},
		},
		{
			name: "Italian, Spanish and Portuguese headings",
			lang: language.Italian,
			src:  it1 + "\n\nLeggi anche:\nLancia Ypsilon HF: la prova\n\nCondividi\n\n" + "Articoli recenti\n\nFiat 500 ibrida, i prezzi\n\n2 ore fa",
			want: bodyFields{
				Body:       it1,
				Paragraphs: []string{it1},
				Boilerplate: []furniture{
					{"related-links", "Leggi anche:\nLancia Ypsilon HF: la prova"},
					{"share", "Condividi"},
					{"recent-posts", "Articoli recenti\n\nFiat 500 ibrida, i prezzi\n\n2 ore fa"},
				},
			},
		},
		{
			name: "Spanish",
			lang: language.Spanish,
			src:  es1 + "\n\nLee también:\n- Seat Ibiza: los cambios\n\nCompartir\nSuscríbete a nuestro boletín y recibe la actualidad del motor.",
			want: bodyFields{
				Body:       es1,
				Paragraphs: []string{es1},
				Boilerplate: []furniture{
					{"related-links", "Lee también:\n- Seat Ibiza: los cambios"},
					{"share", "Compartir"},
					{"newsletter", "Suscríbete a nuestro boletín y recibe la actualidad del motor."},
				},
			},
		},
		{
			name: "Portuguese author box after the body",
			lang: language.Portuguese,
			src:  pt1 + "\n\nLeia também:\nFiat Strada segue na frente\n\nCompartilhe:\nPublicado por\nAna Ribeiro",
			want: bodyFields{
				Body:       pt1,
				Paragraphs: []string{pt1},
				Author:     "Ana Ribeiro",
				Boilerplate: []furniture{
					{"related-links", "Leia também:\nFiat Strada segue na frente"},
					{"share", "Compartilhe:"},
					{"author-box", "Publicado por\nAna Ribeiro"},
				},
			},
		},
		{
			name: "advertisement between paragraphs, tags at the end",
			lang: language.English,
			src:  en1 + "\n\nAdvertisement\n\n" + en2 + "\n\nShare\nTags: Stellantis, Leapmotor",
			want: bodyFields{
				Body:       en1 + "\n\nAdvertisement\n\n" + en2,
				Paragraphs: []string{en1, en2},
				Boilerplate: []furniture{
					{"advertisement", "Advertisement"},
					{"share", "Share"},
					{"tags", "Tags: Stellantis, Leapmotor"},
				},
			},
		},
		{
			name: "Italian author box with date, tags, share",
			lang: language.Italian,
			src:  it1 + "\n\nPubblicato da Marco Rossi il 12 marzo 2026\n\nTag: Fiat, Mirafiori\nCondividi su Facebook",
			want: bodyFields{
				Body:       it1,
				Paragraphs: []string{it1},
				Author:     "Marco Rossi",
				Boilerplate: []furniture{
					{"author-box", "Pubblicato da Marco Rossi il 12 marzo 2026"},
					{"tags", "Tag: Fiat, Mirafiori"},
					{"share", "Condividi su Facebook"},
				},
			},
		},
		{
			name: "sub-headings stay in the body",
			lang: language.English,
			src:  en1 + "\n\nA factory that needed work\n\n" + en2 + "\n\nThe next step\n\nWhat comes next is open.",
			want: bodyFields{
				Body:       en1 + "\n\nA factory that needed work\n\n" + en2 + "\n\nThe next step\n\nWhat comes next is open.",
				Paragraphs: []string{en1, "A factory that needed work", en2, "The next step", "What comes next is open."},
			},
		},
		{
			name: "short last line before furniture stays in the body",
			lang: language.English,
			src:  en1 + "\n\nTo be continued.\n\nShare",
			want: bodyFields{
				Body:        en1 + "\n\nTo be continued.",
				Paragraphs:  []string{en1, "To be continued."},
				Boilerplate: []furniture{{"share", "Share"}},
			},
		},
		{
			name: "hard-wrapped paragraph lines join",
			lang: language.English,
			src:  "Leapmotor will assemble the B10 at Zaragoza from the\nsecond quarter, people familiar with the plan said.\nThe plant has spare capacity.",
			want: bodyFields{
				Body:       "Leapmotor will assemble the B10 at Zaragoza from the\nsecond quarter, people familiar with the plan said.\nThe plant has spare capacity.",
				Paragraphs: []string{"Leapmotor will assemble the B10 at Zaragoza from the\nsecond quarter, people familiar with the plan said.", "The plant has spare capacity."},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := bodyOf(t, tc.src, tc.lang)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.src, diff)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		line string
		want entity.Reason
		ok   bool
	}{
		{"Read also :", entity.RelatedLinks, true},
		{"Lees ook", entity.RelatedLinks, true},
		{"Weitere Artikel zum Thema:", entity.RelatedLinks, true},
		{"Czytaj także:", entity.RelatedLinks, true},
		{"Läs också:", entity.RelatedLinks, true},
		{"Ayrıca okuyun:", entity.RelatedLinks, true},
		{"相关阅读", entity.RelatedLinks, true},
		{"Teilen", entity.Share, true},
		{"Facebook | Twitter | LinkedIn", entity.Share, true},
		{"Paylaş", entity.Share, true},
		{"Recente berichten", entity.RecentPosts, true},
		{"il y a 3 heures", entity.RecentPosts, true},
		{"vor 2 Stunden", entity.RecentPosts, true},
		{"2 uur geleden", entity.RecentPosts, true},
		{"hace 5 horas", entity.RecentPosts, true},
		{"3 godziny temu", entity.RecentPosts, true},
		{"před 3 hodinami", entity.RecentPosts, true},
		{"3 timmar sedan", entity.RecentPosts, true},
		{"3 saat önce", entity.RecentPosts, true},
		{"3小时前", entity.RecentPosts, true},
		{"3시간 전", entity.RecentPosts, true},
		{"Published by", entity.AuthorBox, true},
		{"Door Jan de Vries", entity.AuthorBox, true},
		{"Geschreven door: Jan de Vries", entity.AuthorBox, true},
		{"홍길동 기자", entity.AuthorBox, true},
		{"By: Jane Doe | Reuters", entity.AuthorBox, true},
		{"Nous utilisons des cookies pour améliorer votre expérience.", entity.Cookie, true},
		{"Sign up for our newsletter", entity.Newsletter, true},
		{"Tags: Leapmotor, Stellantis", entity.Tags, true},
		{"Advertentie", entity.Advertisement, true},
		{"Home » Nieuws » Elektrisch", entity.Navigation, true},
		{"12 reacties", entity.Comments, true},
		{"Sdílet článek", entity.Share, true},
		{"Receba as notícias do setor no seu e-mail. Cadastre-se!", entity.Newsletter, true},
		{"Reageer op dit artikel", entity.Comments, true},
		{"Share on LinkedIn", entity.Share, true},
		{"Share prices", 0, false},
		{"© 2026 AutoNews. All rights reserved.", entity.OtherBoilerplate, true},
		{"Foto: Stellantis", entity.OtherBoilerplate, true},
		{"Photo: the new B10 at the Zaragoza plant, where production of the compact electric SUV starts in the second quarter of this year", 0, false},
		{"Reporting by Ann Lee; Editing by Tom Ortiz", entity.AuthorBox, true},
		{"(Bericht von Anna Keller, redigiert von Jonas Weber)", entity.AuthorBox, true},
		{"(Reportage Claire Martin, édité par Paul Leroy)", entity.AuthorBox, true},
		{"Mit Material von dpa", entity.AuthorBox, true},
		{"Avec AFP et Reuters", entity.AuthorBox, true},
		{"(con Ansa)", entity.AuthorBox, true},
		{"Source: Reuters", entity.AuthorBox, true},
		{"(dpa/AFP)", entity.AuthorBox, true},
		{"Our Standards: The Thomson Reuters Trust Principles.", entity.OtherBoilerplate, true},
		{"Vous aimerez aussi", entity.RelatedLinks, true},
		{"Potrebbe interessarti anche:", entity.RelatedLinks, true},
		{"Você também pode gostar", entity.RelatedLinks, true},
		{"Trending", entity.RecentPosts, true},
		{"Updated: yesterday", entity.RecentPosts, true},
		{"gestern", entity.RecentPosts, true},
		{"More from Autocar India", entity.RecentPosts, true},
		{"3 min read", entity.OtherBoilerplate, true},
		{"Lesezeit: 4 Minuten", entity.OtherBoilerplate, true},
		{"Leestijd 3 minuten", entity.OtherBoilerplate, true},
		{"Temps de lecture : 4 min", entity.OtherBoilerplate, true},
		{"4-minute read", entity.OtherBoilerplate, true},
		{"Updated 9:12 a.m. ET", entity.OtherBoilerplate, true},
		{"Photo: Ford", entity.OtherBoilerplate, true},
		{"Bild: dpa", entity.OtherBoilerplate, true},
		{"(Image: a Ford Explorer on the line in Cologne, in a photo from last year, when the plant started building it. Credit: Ford)", entity.OtherBoilerplate, true},
		{"Reporting by Bloomberg earlier this month suggested deeper cuts.", 0, false},
		{"With AFP figures in hand, the union went to court.", 0, false},
		{"More from less: how Toyota squeezes its plants", 0, false},
		{"More from the same plant", 0, false},
		{"Avec Renault, la bataille des prix continue", 0, false},
		{"Published figures show a drop of 3% in 2026.", 0, false},
		{"Stand 2026: die Bilanz der Werke", 0, false},
		{"The Renault 5 on the line at Douai (Photo: Renault)", entity.Caption, true},
		{"Der neue ID. Polo im Werk Martorell [Bild: Volkswagen]", entity.OtherBoilerplate, true},
		{"La nouvelle Twingo à Novo Mesto. © Renault", entity.Caption, true},
		{"Bild 3 von 12", entity.OtherBoilerplate, true},
		{"Image 1 of 5", entity.OtherBoilerplate, true},
		{"Listen to this article", entity.OtherBoilerplate, true},
		{"Artikel anhören", entity.OtherBoilerplate, true},
		{"This article was originally published on Autocar India.", entity.OtherBoilerplate, true},
		{"Dieser Artikel erschien zuerst bei Edison.", entity.OtherBoilerplate, true},
		{"The plant (which opened in 2012) builds the Leaf.", 0, false},
		{"Sales rose 4% (Source: company data) in the quarter.", 0, false},
		{"Updated 3.50 euro price list", 0, false},
		{"Mis à jour à 10h02", entity.OtherBoilerplate, true},
		{"Tendances", 0, false},
		{"Mehr aus China", 0, false},
		{"Delen van data wordt normaal", 0, false},
		{"Share prices fell by 6 percent on the day.", 0, false},
		{"Door de hoge prijzen kiezen kopers voor occasions.", 0, false},
		{"A factory that needed work", 0, false},
		{"In 3 hours ago we", 0, false},
	} {
		t.Run(tc.line, func(t *testing.T) {
			m := classify(tc.line, 0)
			if m.marker != tc.ok || m.marker && m.reason != tc.want {
				t.Errorf("classify(%q) = %v %v, want %v %v", tc.line, m.marker, m.reason, tc.ok, tc.want)
			}
		})
	}
}

func TestClassifyAllocs(t *testing.T) {
	line := strings.Repeat("Renault and Geely build hybrid engines together in a plant near Valladolid. ", 4)
	if n := testing.AllocsPerRun(100, func() { classify(line, 0) }); n != 0 {
		t.Errorf("classify(paragraph) allocates %v times, want 0", n)
	}
}

// TestParseWireTails covers the tails of wire stories and news pages:
// credit lines, agency lines, trust notices and teaser headings.
func TestParseWireTails(t *testing.T) {
	const (
		en1 = "Ford said on Thursday it would cut about 2,000 jobs at its Cologne plant, where demand for its electric Explorer has disappointed."
		en2 = "Reporting by Bloomberg earlier this month suggested the cuts would be deeper, a claim the company declined to discuss."
		de1 = "Die Gewerkschaft begrüßte die Entscheidung, warnte aber vor weiteren Einschnitten an den deutschen Standorten des Konzerns."
		fr1 = "Le constructeur a publié un bénéfice net en baisse, mais confirme son objectif de marge opérationnelle pour l'ensemble de l'année."
		it1 = "Le immatricolazioni sono calate a ottobre, mentre i marchi cinesi hanno più che raddoppiato le vendite nel mercato italiano."
		es1 = "La planta de Martorell producirá el nuevo modelo eléctrico a partir del próximo verano, según la dirección de la empresa."
		pt1 = "A montadora confirmou a segunda fase da fábrica baiana, que deve dobrar a capacidade de produção até o fim da década."
		nl1 = "De vrachtwagenbouwer verwacht dat de vraag naar elektrische trekkers volgend jaar flink aantrekt, nu de tolheffing stijgt."
	)
	for _, tc := range []struct {
		name string
		lang language.Tag
		src  string
		want bodyFields
	}{
		{
			name: "English wire credits and trust notice",
			lang: language.English,
			src:  en1 + "\n\n" + en2 + "\n\nReporting by Ann Lee in Detroit; Editing by Tom Ortiz\nOur Standards: The Thomson Reuters Trust Principles.\n",
			want: bodyFields{
				Body:       en1 + "\n\n" + en2,
				Paragraphs: []string{en1, en2},
				Boilerplate: []furniture{
					{"author-box", "Reporting by Ann Lee in Detroit; Editing by Tom Ortiz"},
					{"other", "Our Standards: The Thomson Reuters Trust Principles."},
				},
			},
		},
		{
			name: "credits in brackets, more from the agency",
			lang: language.English,
			src: en1 + "\n\n(Additional reporting by Ann Lee; Writing by Tom Ortiz)\n\nMore from Reuters\n\nGM hires a new boss for Europe\n\n" +
				"Rivian delays its cheaper SUV\n",
			want: bodyFields{
				Body:       en1,
				Paragraphs: []string{en1},
				Boilerplate: []furniture{
					{"author-box", "(Additional reporting by Ann Lee; Writing by Tom Ortiz)"},
					{"recent-posts", "More from Reuters\n\nGM hires a new boss for Europe\n\nRivian delays its cheaper SUV"},
				},
			},
		},
		{
			name: "English related list and trending",
			lang: language.English,
			src:  en1 + "\n\nRelated:\n- Ford shuts a Saarlouis line\n- Cologne waits for a second model\n\nTrending\n\nThe ten cheapest electric cars\n",
			want: bodyFields{
				Body:       en1,
				Paragraphs: []string{en1},
				Boilerplate: []furniture{
					{"related-links", "Related:\n- Ford shuts a Saarlouis line\n- Cologne waits for a second model"},
					{"recent-posts", "Trending\n\nThe ten cheapest electric cars"},
				},
			},
		},
		{
			name: "German agency line, copyright, teaser heading",
			lang: language.German,
			src:  de1 + "\n\nMit Material von dpa und Reuters\n© dpa-infocom, dpa:261103-930-1/1\n\nDas könnte Sie auch interessieren\nMercedes streicht Stellen in Sindelfingen\n",
			want: bodyFields{
				Body:       de1,
				Paragraphs: []string{de1},
				Boilerplate: []furniture{
					{"author-box", "Mit Material von dpa und Reuters"},
					{"other", "© dpa-infocom, dpa:261103-930-1/1"},
					{"related-links", "Das könnte Sie auch interessieren\nMercedes streicht Stellen in Sindelfingen"},
				},
			},
		},
		{
			name: "French agency line and related heading",
			lang: language.French,
			src:  fr1 + "\n\nAvec AFP\n\nVous aimerez aussi\nCitroën C3 : notre essai\n",
			want: bodyFields{
				Body:       fr1,
				Paragraphs: []string{fr1},
				Boilerplate: []furniture{
					{"author-box", "Avec AFP"},
					{"related-links", "Vous aimerez aussi\nCitroën C3 : notre essai"},
				},
			},
		},
		{
			name: "Italian agency in brackets and related heading",
			lang: language.Italian,
			src:  it1 + "\n\n(con Ansa)\n\nPotrebbe interessarti anche\nFiat 500 ibrida, i prezzi\n",
			want: bodyFields{
				Body:       it1,
				Paragraphs: []string{it1},
				Boilerplate: []furniture{
					{"author-box", "(con Ansa)"},
					{"related-links", "Potrebbe interessarti anche\nFiat 500 ibrida, i prezzi"},
				},
			},
		},
		{
			name: "Spanish wire credits",
			lang: language.Spanish,
			src:  es1 + "\n\n(Reporte de Lucía Gómez; Editado por Javier Ortega)\nTe puede interesar:\n- Cupra Raval, los precios\n",
			want: bodyFields{
				Body:       es1,
				Paragraphs: []string{es1},
				Boilerplate: []furniture{
					{"author-box", "(Reporte de Lucía Gómez; Editado por Javier Ortega)"},
					{"related-links", "Te puede interesar:\n- Cupra Raval, los precios"},
				},
			},
		},
		{
			name: "Portuguese agency and related heading",
			lang: language.Portuguese,
			src:  pt1 + "\n\nCom Agência Brasil\n\nVocê também pode gostar\nBYD Dolphin Mini tem novo preço\n",
			want: bodyFields{
				Body:       pt1,
				Paragraphs: []string{pt1},
				Boilerplate: []furniture{
					{"author-box", "Com Agência Brasil"},
					{"related-links", "Você também pode gostar\nBYD Dolphin Mini tem novo preço"},
				},
			},
		},
		{
			name: "Dutch agency and most read",
			lang: language.Dutch,
			src:  nl1 + "\n\n(ANP)\n\nOok interessant:\n- DAF test de waterstoftruck\n\nMeest gelezen\n\nTesla verlaagt prijzen\n",
			want: bodyFields{
				Body:       nl1,
				Paragraphs: []string{nl1},
				Boilerplate: []furniture{
					{"author-box", "(ANP)"},
					{"related-links", "Ook interessant:\n- DAF test de waterstoftruck"},
					{"recent-posts", "Meest gelezen\n\nTesla verlaagt prijzen"},
				},
			},
		},
		{
			name: "credit in brackets at the end of the last paragraph",
			lang: language.English,
			src:  en1 + "\n\n" + en2 + " (Reporting by Ann Lee; Editing by Tom Ortiz)\n\nShare\n",
			want: bodyFields{
				Body:       en1 + "\n\n" + en2,
				Paragraphs: []string{en1, en2},
				Boilerplate: []furniture{
					{"author-box", "(Reporting by Ann Lee; Editing by Tom Ortiz)"},
					{"share", "Share"},
				},
			},
		},
		{
			name: "agency in brackets inside a sentence stays",
			lang: language.Italian,
			src:  it1 + "\n\nLo ha riferito l'agenzia di stampa nazionale (Ansa)",
			want: bodyFields{
				Body:       it1 + "\n\nLo ha riferito l'agenzia di stampa nazionale (Ansa)",
				Paragraphs: []string{it1, "Lo ha riferito l'agenzia di stampa nazionale (Ansa)"},
			},
		},
		{
			name: "caption and reading time between paragraphs",
			lang: language.English,
			src:  en1 + "\n\n(Image: a Ford Explorer on the line in Cologne, in a photo from last year. Credit: Ford)\n\n3 min read\n\n" + en2,
			want: bodyFields{
				Body:       en1 + "\n\n(Image: a Ford Explorer on the line in Cologne, in a photo from last year. Credit: Ford)\n\n3 min read\n\n" + en2,
				Paragraphs: []string{en1, en2},
				Boilerplate: []furniture{
					{"other", "(Image: a Ford Explorer on the line in Cologne, in a photo from last year. Credit: Ford)\n\n3 min read"},
				},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := bodyOf(t, tc.src, tc.lang)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.src, diff)
			}
		})
	}
}

func TestTailFurniture(t *testing.T) {
	for _, tc := range []struct {
		line string
		want entity.Reason
		ok   bool
	}{
		{"Follow us on WhatsApp", entity.Promo, true},
		{"- Confira os vídeos no nosso canal do YouTube", entity.Promo, true},
		{"artykuł 6 z 11", entity.Counter, true},
		{"Article 6 of 11", entity.Counter, true},
		{"Jan de Vries", entity.AuthorBox, true},
		{"Kundenservice: +49 30 1234 5678", entity.Contact, true},
		{"Servicio al cliente 900 123 456 78", entity.Contact, true},
		{"Mo–Fr 8–18 Uhr", entity.Contact, true},
		{"(dpa)", entity.Credit, true},
		{"Hyunda", 0, false},   // the last word of a text cut short
		{"V Indii,", 0, false}, // a clause cut short
		{"Sales rose by 2-3% in the quarter, the group said.", 0, false},
	} {
		r, ok := tailFurniture(tc.line)
		if ok != tc.ok || ok && r != tc.want {
			t.Errorf("tailFurniture(%q) = %v, %v; want %v, %v", tc.line, r, ok, tc.want, tc.ok)
		}
	}
}

func TestFurnitureReason(t *testing.T) {
	for _, tc := range []struct {
		line       string
		aboveTitle bool
		want       entity.Reason
	}{
		{"Foto: dpa", false, entity.Caption},
		{"Imagem de Destaque", false, entity.Caption},
		{"Workers fit seats at the plant in Wuhu (China).", true, entity.Caption},
		{"Marta Souto Pena", false, entity.AuthorBox},
		{"ECONOMY", false, entity.OtherBoilerplate},
	} {
		if got := furnitureReason(tc.line, tc.aboveTitle); got != tc.want {
			t.Errorf("furnitureReason(%q, %v) = %v, want %v", tc.line, tc.aboveTitle, got, tc.want)
		}
	}
}
