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
	line := strings.Repeat("Stellantis still has a joint venture with Dongfeng to sell cars in China. ", 4)
	if n := testing.AllocsPerRun(100, func() { classify(line, 0) }); n != 0 {
		t.Errorf("classify(paragraph) allocates %v times, want 0", n)
	}
}
