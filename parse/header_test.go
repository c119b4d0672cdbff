package parse

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// headerFields are the header parts of an Article, with the body's first
// and last lines.
type headerFields struct {
	Date       string
	Title      string
	Author     string
	Categories []string
	Header     string
	BodyStart  string // the body's text up to its first line break
	BodyEnd    string // the body's last line
}

func headerOf(t *testing.T, p *Parser, src string, lang language.Tag) headerFields {
	t.Helper()
	a, err := p.ParseAs(src, lang)
	if err != nil {
		t.Fatalf("ParseAs(%q) error: %v", src, err)
	}
	checkInvariants(t, src, a)
	body := a.BodyText()
	first, _, _ := strings.Cut(body, "\n")
	last := body[strings.LastIndexByte(body, '\n')+1:]
	return headerFields{
		Date:       dateOnly(a.Date),
		Title:      a.Title,
		Author:     a.Author,
		Categories: a.Categories,
		Header:     a.Header.Text(src),
		BodyStart:  first,
		BodyEnd:    last,
	}
}

// Paragraphs written for these tests.
const (
	enPara = "The group will invest 2 billion euros in the plant over five years. Output is to double by 2028, the company said."
	nlPara = "Het concern steekt de komende vijf jaar 2 miljard euro in de fabriek. De productie moet in 2028 verdubbeld zijn."
	dePara = "Der Konzern investiert in den nächsten fünf Jahren 2 Milliarden Euro in das Werk. Die Produktion soll sich bis 2028 verdoppeln."
	frPara = "Le groupe investira 2 milliards d'euros dans l'usine en cinq ans. La production doit doubler d'ici 2028."
	itPara = "Il gruppo investirà 2 miliardi di euro nello stabilimento in cinque anni. La produzione dovrebbe raddoppiare entro il 2028."
	esPara = "El grupo invertirá 2.000 millones de euros en la planta en cinco años. La producción se duplicará en 2028."
	ptPara = "O grupo vai investir 2 bilhões de euros na fábrica em cinco anos. A produção deve dobrar até 2028."
	plPara = "Koncern zainwestuje w zakład 2 mld euro w ciągu pięciu lat. Produkcja ma się podwoić do 2028 roku."
	csPara = "Koncern do závodu během pěti let investuje 2 miliardy eur. Výroba se má do roku 2028 zdvojnásobit."
	svPara = "Koncernen investerar 2 miljarder euro i fabriken under fem år. Produktionen ska fördubblas till 2028."
	trPara = "Grup beş yıl içinde fabrikaya 2 milyar euro yatırım yapacak. Üretimin 2028'e kadar iki katına çıkması hedefleniyor."
	koPara = "현대차는 조지아 공장의 생산 능력을 연간 50만 대로 늘린다고 밝혔다. 투자 규모는 약 20억 달러다."
	zhPara = "该集团将在五年内向工厂投资20亿欧元。公司表示，到2028年产量将翻一番。"
)

func TestParseHeader(t *testing.T) {
	p := defaultTestParser(t)
	for _, tc := range []struct {
		name string
		lang language.Tag
		src  string
		want headerFields
	}{
		{
			name: "inline date with teaser title",
			lang: language.Dutch,
			src:  " date 2026-02-27 Stellantis zoekt redding in China…\n\n" + nlPara + "\n\n" + nlPara + "\n",
			want: headerFields{Date: "2026-02-27", Title: "Stellantis zoekt redding in China…",
				Header: "date 2026-02-27 Stellantis zoekt redding in China…", BodyStart: nlPara, BodyEnd: nlPara},
		},
		{
			name: "inline date running into the body",
			lang: language.Dutch,
			src:  "date 2026-03-02 " + nlPara + " " + nlPara + "\n\n" + nlPara,
			want: headerFields{Date: "2026-03-02", Header: "date 2026-03-02",
				BodyStart: nlPara + " " + nlPara, BodyEnd: nlPara},
		},
		{
			name: "month stamp with a credit, body on the next line",
			lang: language.French,
			src:  " date 2024-12 Photo DR\n\n" + "Le groupe investira 2 milliards d'euros dans l'usine en cinq ans, et la production doit doubler d'ici 2028.\n",
			want: headerFields{Header: "date 2024-12 Photo DR",
				BodyStart: "Le groupe investira 2 milliards d'euros dans l'usine en cinq ans, et la production doit doubler d'ici 2028.",
				BodyEnd:   "Le groupe investira 2 milliards d'euros dans l'usine en cinq ans, et la production doit doubler d'ici 2028."},
		},
		{
			name: "month stamp with a full date and time",
			lang: language.French,
			src:  " date 2018-07 27/07/2018 | 08:01\n" + "Le groupe investira 2 milliards d'euros dans l'usine en cinq ans, et la production doit doubler d'ici 2028.\n",
			want: headerFields{Date: "2018-07-27", Header: "date 2018-07 27/07/2018 | 08:01",
				BodyStart: "Le groupe investira 2 milliards d'euros dans l'usine en cinq ans, et la production doit doubler d'ici 2028.",
				BodyEnd:   "Le groupe investira 2 milliards d'euros dans l'usine en cinq ans, et la production doit doubler d'ici 2028."},
		},
		{
			name: "inline date running into Japanese text",
			lang: language.Japanese,
			src:  " date 2025-09-19 トヨタ自動車は19日、中間決算を発表した。純利益は前年同期を下回った。\n\n同社は北米での販売が好調だったと説明した。\n",
			want: headerFields{Date: "2025-09-19", Header: "date 2025-09-19",
				BodyStart: "トヨタ自動車は19日、中間決算を発表した。純利益は前年同期を下回った。", BodyEnd: "同社は北米での販売が好調だったと説明した。"},
		},
		{
			name: "inline date and time running into the body",
			lang: language.Dutch,
			src:  "date 2026-03-02 10:15 | " + nlPara + " " + nlPara,
			want: headerFields{Date: "2026-03-02", Header: "date 2026-03-02 10:15 |",
				BodyStart: nlPara + " " + nlPara, BodyEnd: nlPara + " " + nlPara},
		},
		{
			name: "categories, title, standfirst",
			lang: language.English,
			src:  "Categories: News | Electric\n\nStellantis weighs a Chinese tie-up\n\nA short standfirst that sums it up.\n\n" + enPara,
			want: headerFields{Title: "Stellantis weighs a Chinese tie-up", Categories: []string{"News", "Electric"},
				Header:    "Categories: News | Electric\n\nStellantis weighs a Chinese tie-up",
				BodyStart: "A short standfirst that sums it up.", BodyEnd: enPara},
		},
		{
			name: "title line then body lines",
			lang: language.English,
			src:  "Once shy of China, the group now courts it.\n" + enPara + "\n" + enPara,
			want: headerFields{Title: "Once shy of China, the group now courts it.",
				Header: "Once shy of China, the group now courts it.", BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "long first paragraph: no title",
			lang: language.English,
			src:  enPara + " " + enPara + "\n\nA sub-heading\n\n" + enPara,
			want: headerFields{BodyStart: enPara + " " + enPara, BodyEnd: enPara},
		},
		{
			name: "Dutch byline and date",
			lang: language.Dutch,
			src:  "Categorieën: Nieuws, Elektrisch\n\nVolkswagen bouwt goedkope Polo\n\nDoor Jan de Vries\n2 maart 2026\n\n" + nlPara,
			want: headerFields{Date: "2026-03-02", Title: "Volkswagen bouwt goedkope Polo", Author: "Jan de Vries",
				Categories: []string{"Nieuws", "Elektrisch"},
				Header:     "Categorieën: Nieuws, Elektrisch\n\nVolkswagen bouwt goedkope Polo\n\nDoor Jan de Vries\n2 maart 2026",
				BodyStart:  nlPara, BodyEnd: nlPara},
		},
		{
			name: "German byline with date on one line",
			lang: language.German,
			src:  "Kategorien: Wirtschaft\n\nVW spart bei der Verwaltung\n\nVon Anna Keller | 27. Februar 2026, 10:30 Uhr\n\n" + dePara,
			want: headerFields{Date: "2026-02-27", Title: "VW spart bei der Verwaltung", Author: "Anna Keller",
				Categories: []string{"Wirtschaft"},
				Header:     "Kategorien: Wirtschaft\n\nVW spart bei der Verwaltung\n\nVon Anna Keller | 27. Februar 2026, 10:30 Uhr",
				BodyStart:  dePara, BodyEnd: dePara},
		},
		{
			name: "French date with weekday and label",
			lang: language.French,
			src:  "Catégories : Actualité\n\nRenault relance Flins\n\nPublié le lundi 2 mars 2026 à 08h15\nPar Claire Martin\n\n" + frPara,
			want: headerFields{Date: "2026-03-02", Title: "Renault relance Flins", Author: "Claire Martin",
				Categories: []string{"Actualité"},
				Header:     "Catégories : Actualité\n\nRenault relance Flins\n\nPublié le lundi 2 mars 2026 à 08h15\nPar Claire Martin",
				BodyStart:  frPara, BodyEnd: frPara},
		},
		{
			name: "Italian",
			lang: language.Italian,
			src:  "Categorie: Mercato\n\nMirafiori torna a crescere\n\nDi Marco Rossi\n12 marzo 2026\n\n" + itPara,
			want: headerFields{Date: "2026-03-12", Title: "Mirafiori torna a crescere", Author: "Marco Rossi",
				Categories: []string{"Mercato"},
				Header:     "Categorie: Mercato\n\nMirafiori torna a crescere\n\nDi Marco Rossi\n12 marzo 2026",
				BodyStart:  itPara, BodyEnd: itPara},
		},
		{
			name: "Spanish",
			lang: language.Spanish,
			src:  "Categorías: Industria\n\nZaragoza fabricará baterías\n\nPor Lucía Gómez\n2 de marzo de 2026\n\n" + esPara,
			want: headerFields{Date: "2026-03-02", Title: "Zaragoza fabricará baterías", Author: "Lucía Gómez",
				Categories: []string{"Industria"},
				Header:     "Categorías: Industria\n\nZaragoza fabricará baterías\n\nPor Lucía Gómez\n2 de marzo de 2026",
				BodyStart:  esPara, BodyEnd: esPara},
		},
		{
			name: "Portuguese",
			lang: language.Portuguese,
			src:  "Categorias: Mercado\n\nBYD abre fábrica na Bahia\n\nPor Ana Ribeiro\n5 de março de 2026\n\n" + ptPara,
			want: headerFields{Date: "2026-03-05", Title: "BYD abre fábrica na Bahia", Author: "Ana Ribeiro",
				Categories: []string{"Mercado"},
				Header:     "Categorias: Mercado\n\nBYD abre fábrica na Bahia\n\nPor Ana Ribeiro\n5 de março de 2026",
				BodyStart:  ptPara, BodyEnd: ptPara},
		},
		{
			name: "Polish",
			lang: language.Polish,
			src:  "Kategorie: Przemysł\n\nTychy biją rekordy\n\nPrzez Piotr Nowak\n14 marca 2026\n\n" + plPara,
			want: headerFields{Date: "2026-03-14", Title: "Tychy biją rekordy", Author: "Piotr Nowak",
				Categories: []string{"Przemysł"},
				Header:     "Kategorie: Przemysł\n\nTychy biją rekordy\n\nPrzez Piotr Nowak\n14 marca 2026",
				BodyStart:  plPara, BodyEnd: plPara},
		},
		{
			name: "Czech numeric date",
			lang: language.Czech,
			src:  "Kategorie: Ekonomika\n\nŠkoda vydělala méně\n\nAutor: Jana Dvořáková\n14. 3. 2026\n\n" + csPara,
			want: headerFields{Date: "2026-03-14", Title: "Škoda vydělala méně", Author: "Jana Dvořáková",
				Categories: []string{"Ekonomika"},
				Header:     "Kategorie: Ekonomika\n\nŠkoda vydělala méně\n\nAutor: Jana Dvořáková\n14. 3. 2026",
				BodyStart:  csPara, BodyEnd: csPara},
		},
		{
			name: "Swedish",
			lang: language.Swedish,
			src:  "Kategorier: Nyheter\n\nVolvo flyttar produktion\n\nAv Erik Lindqvist\n14 mars 2026\n\n" + svPara,
			want: headerFields{Date: "2026-03-14", Title: "Volvo flyttar produktion", Author: "Erik Lindqvist",
				Categories: []string{"Nyheter"},
				Header:     "Kategorier: Nyheter\n\nVolvo flyttar produktion\n\nAv Erik Lindqvist\n14 mars 2026",
				BodyStart:  svPara, BodyEnd: svPara},
		},
		{
			name: "Turkish",
			lang: language.Turkish,
			src:  "Kategoriler: Otomotiv\n\nManisa'da geri sayım\n\nYazar: Ayşe Demir\n14 Şubat 2026\n\n" + trPara,
			want: headerFields{Date: "2026-02-14", Title: "Manisa'da geri sayım", Author: "Ayşe Demir",
				Categories: []string{"Otomotiv"},
				Header:     "Kategoriler: Otomotiv\n\nManisa'da geri sayım\n\nYazar: Ayşe Demir\n14 Şubat 2026",
				BodyStart:  trPara, BodyEnd: trPara},
		},
		{
			name: "Chinese",
			lang: language.Chinese,
			src:  "分类：新闻，电动车\n\n比亚迪在匈牙利建厂\n\n2026年3月2日\n\n" + zhPara,
			want: headerFields{Date: "2026-03-02", Title: "比亚迪在匈牙利建厂", Categories: []string{"新闻", "电动车"},
				Header:    "分类：新闻，电动车\n\n比亚迪在匈牙利建厂\n\n2026年3月2日",
				BodyStart: zhPara, BodyEnd: zhPara},
		},
		{
			name: "Korean byline and date",
			lang: language.Korean,
			src:  "현대차, 조지아 공장 증설\n\n홍길동 기자\n2026년 3월 2일\n\n" + koPara,
			want: headerFields{Date: "2026-03-02", Title: "현대차, 조지아 공장 증설", Author: "홍길동",
				Header:    "현대차, 조지아 공장 증설\n\n홍길동 기자\n2026년 3월 2일",
				BodyStart: koPara, BodyEnd: koPara},
		},
		{
			name: "English month-first date",
			lang: language.English,
			src:  "Leapmotor picks Zaragoza\n\nMarch 14, 2026\n\n" + enPara,
			want: headerFields{Date: "2026-03-14", Title: "Leapmotor picks Zaragoza",
				Header: "Leapmotor picks Zaragoza\n\nMarch 14, 2026", BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "body date is not the publication date",
			lang: language.English,
			src:  "On March 2, 2026, the group said it would invest in the plant. Output would double.\n\n" + enPara,
			want: headerFields{BodyStart: "On March 2, 2026, the group said it would invest in the plant. Output would double.",
				BodyEnd: enPara},
		},
		{
			name: "a short body line is not a byline",
			lang: language.Dutch,
			src:  "Door de hoge prijzen kiezen kopers voor occasions.\n\n" + nlPara,
			want: headerFields{Title: "Door de hoge prijzen kiezen kopers voor occasions.",
				Header: "Door de hoge prijzen kiezen kopers voor occasions.", BodyStart: nlPara, BodyEnd: nlPara},
		},
		{
			name: "two-clause headline without final period",
			lang: language.Czech,
			src:  "Škoda překonala rekord. Tahounem je Elroq\n\nAutor: Jan Dvořák\n14. března 2026\n\n" + csPara,
			want: headerFields{Date: "2026-03-14", Title: "Škoda překonala rekord. Tahounem je Elroq", Author: "Jan Dvořák",
				Header:    "Škoda překonala rekord. Tahounem je Elroq\n\nAutor: Jan Dvořák\n14. března 2026",
				BodyStart: csPara, BodyEnd: csPara},
		},
		{
			name: "time zone and relative update in the header",
			lang: language.English,
			src:  "Can Stellantis still catch up in China?\n\nPublished: March 2, 2026 10:30 am ET\nUpdated 2 hours ago\n\n" + enPara,
			want: headerFields{Date: "2026-03-02", Title: "Can Stellantis still catch up in China?",
				Header:    "Can Stellantis still catch up in China?\n\nPublished: March 2, 2026 10:30 am ET\nUpdated 2 hours ago",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "German Stand line",
			lang: language.German,
			src:  "Stand: 02.03.2026 10:15 Uhr\n\nVW baut Stellen ab\n\n" + dePara,
			want: headerFields{Date: "2026-03-02", Title: "VW baut Stellen ab",
				Header: "Stand: 02.03.2026 10:15 Uhr\n\nVW baut Stellen ab", BodyStart: dePara, BodyEnd: dePara},
		},
		{
			name: "a long one-sentence lead is not a title",
			lang: language.English,
			src:  "\"We did not buy a share of a company, we bought a seat at the table,\" the chief executive told analysts on a call in February, defending the deal.\n\n" + enPara,
			want: headerFields{BodyStart: "\"We did not buy a share of a company, we bought a seat at the table,\" the chief executive told analysts on a call in February, defending the deal.",
				BodyEnd: enPara},
		},
		{
			name: "no date from the author box",
			lang: language.Italian,
			src:  "Mirafiori riparte\n\n" + itPara + "\n\nPubblicato da Marco Rossi il 12 marzo 2026",
			want: headerFields{Title: "Mirafiori riparte", Author: "Marco Rossi",
				Header: "Mirafiori riparte", BodyStart: itPara, BodyEnd: itPara},
		},
		{
			name: "site menu before the title",
			lang: language.English,
			src:  "Home\nNews\nElectric cars\nReviews\nContact\n\nLeapmotor picks Zaragoza\n\n" + enPara,
			want: headerFields{Title: "Leapmotor picks Zaragoza",
				Header:    "Home\nNews\nElectric cars\nReviews\nContact\n\nLeapmotor picks Zaragoza",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "three short header lines are not a menu",
			lang: language.German,
			src:  "VW spart\nVon Anna Keller\n14. März 2026\n" + dePara,
			want: headerFields{Date: "2026-03-14", Title: "VW spart", Author: "Anna Keller",
				Header: "VW spart\nVon Anna Keller\n14. März 2026", BodyStart: dePara, BodyEnd: dePara},
		},
		{
			name: "single paragraph: no title",
			lang: language.English,
			src:  "Leapmotor picks Zaragoza.",
			want: headerFields{BodyStart: "Leapmotor picks Zaragoza.", BodyEnd: "Leapmotor picks Zaragoza."},
		},
		{
			name: "breadcrumb before the title",
			lang: language.English,
			src:  "Home > News > Electric\n\nLeapmotor picks Zaragoza\n\n" + enPara,
			want: headerFields{Title: "Leapmotor picks Zaragoza", Header: "Home > News > Electric\n\nLeapmotor picks Zaragoza",
				BodyStart: enPara, BodyEnd: enPara},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := headerOf(t, p, tc.src, tc.lang)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.src, diff)
			}
		})
	}
}

func TestFindDate(t *testing.T) {
	day := func(y, m, d int) string {
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
	}
	for _, tc := range []struct {
		in   string
		lang language.Tag
		want string // "" for no date
		text string // the matched text
	}{
		{"date 2026-02-27 more", language.Dutch, day(2026, 2, 27), "2026-02-27"},
		{"2024 07 02", language.Swedish, day(2024, 7, 2), "2024 07 02"},
		{"sold 2024 07 02 cars", language.Swedish, "", ""},
		{"2026-03-02T10:30:00Z", language.English, day(2026, 3, 2), "2026-03-02"},
		{"Mon, 02 Mar 2026 10:30:00 +0100", language.English, day(2026, 3, 2), "02 Mar 2026"},
		{"2 maart 2026", language.Dutch, day(2026, 3, 2), "2 maart 2026"},
		{"27. Februar 2026", language.German, day(2026, 2, 27), "27. Februar 2026"},
		{"le 2 mars 2026", language.French, day(2026, 3, 2), "2 mars 2026"},
		{"March 2, 2026", language.English, day(2026, 3, 2), "March 2, 2026"},
		{"Mar. 2nd 2026", language.English, day(2026, 3, 2), "Mar. 2nd 2026"},
		{"2nd March 2026", language.English, day(2026, 3, 2), "2nd March 2026"},
		{"2 de marzo de 2026", language.Spanish, day(2026, 3, 2), "2 de marzo de 2026"},
		{"5 de março de 2026", language.Portuguese, day(2026, 3, 5), "5 de março de 2026"},
		{"14 marca 2026", language.Polish, day(2026, 3, 14), "14 marca 2026"},
		{"2. března 2026", language.Czech, day(2026, 3, 2), "2. března 2026"},
		{"14 Mart 2026", language.Turkish, day(2026, 3, 14), "14 Mart 2026"},
		{"14 Ağustos 2026", language.Turkish, day(2026, 8, 14), "14 Ağustos 2026"},
		{"2026年3月2日", language.Chinese, day(2026, 3, 2), "2026年3月2日"},
		{"2026년 3월 2일", language.Korean, day(2026, 3, 2), "2026년 3월 2일"},
		{"2026. 3. 2.", language.Korean, day(2026, 3, 2), "2026. 3. 2"},
		{"02/03/2026", language.French, day(2026, 3, 2), "02/03/2026"},
		{"02/03/2026", language.English, day(2026, 2, 3), "02/03/2026"},
		{"02.03.2026", language.English, day(2026, 3, 2), "02.03.2026"},
		{"13/03/2026", language.English, day(2026, 3, 13), "13/03/2026"},
		{"03/13/2026", language.French, day(2026, 3, 13), "03/13/2026"},
		{"2\u00a0maart\u00a02026", language.Dutch, day(2026, 3, 2), "2\u00a0maart\u00a02026"},
		{"31 April 2026", language.English, "", ""},
		{"29/02/2026", language.English, "", ""},
		{"13/13/2026", language.English, "", ""},
		{"in 2026 and 2027", language.English, "", ""},
		{"version 1.2.2026b", language.English, "", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			m, ok := findDate(tc.in)
			got, text := "", ""
			if ok {
				if d, ok := m.resolve(tc.lang); ok {
					got, text = d.Format(time.DateOnly), tc.in[m.start:m.end]
				}
			}
			if got != tc.want || text != tc.text {
				t.Errorf("findDate(%q) in %v = %q %q, want %q %q", tc.in, tc.lang, got, text, tc.want, tc.text)
			}
		})
	}
}

// TestParseHeaderShapes covers the header shapes of news pages and wire
// stories: kickers and section trails above the headline, date lines with
// times and update dates, header lines after a standfirst, captions and
// reading times.
func TestParseHeaderShapes(t *testing.T) {
	p := defaultTestParser(t)
	const (
		enStand = "Rivals are expected to follow within weeks, dealers say."
		frStand = "Le constructeur table sur une hausse de ses ventes en Europe."
	)
	for _, tc := range []struct {
		name string
		lang language.Tag
		src  string
		want headerFields
	}{
		{
			name: "German kicker, headline, date line with time",
			lang: language.German,
			src:  "Elektromobilität\nMercedes erweitert das Batteriewerk in Kuppenheim\nVeröffentlicht am 03.11.2026 um 16:02 Uhr\n\n" + dePara + "\n\n" + dePara,
			want: headerFields{Date: "2026-11-03", Title: "Mercedes erweitert das Batteriewerk in Kuppenheim",
				Header:    "Elektromobilität\nMercedes erweitert das Batteriewerk in Kuppenheim\nVeröffentlicht am 03.11.2026 um 16:02 Uhr",
				BodyStart: dePara, BodyEnd: dePara},
		},
		{
			name: "English all-caps kicker, update line with a.m. and zone, byline with and",
			lang: language.English,
			src:  "ANALYSIS\nWhy GM is bringing its Korean imports home\nUpdated Dec 3, 2026 at 7:45 p.m. EST\nBy Ann Lee and Tom Ortiz, Reuters\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Date: "2026-12-03", Title: "Why GM is bringing its Korean imports home", Author: "Ann Lee and Tom Ortiz",
				Header:    "ANALYSIS\nWhy GM is bringing its Korean imports home\nUpdated Dec 3, 2026 at 7:45 p.m. EST\nBy Ann Lee and Tom Ortiz, Reuters",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "English published line with comma and GMT before the title",
			lang: language.English,
			src:  "Published 4 December 2026, 11:20 GMT\nExclusive\nJaguar delays its electric GT to 2027\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Date: "2026-12-04", Title: "Jaguar delays its electric GT to 2027",
				Header:    "Published 4 December 2026, 11:20 GMT\nExclusive\nJaguar delays its electric GT to 2027",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "French section trail, publication and update on one line",
			lang: language.French,
			src:  "Automobile > Industrie\nStellantis relance une ligne à Poissy\nPublié le 04/12/2026 à 07h40 - Mis à jour le 04/12/2026 à 12h05\nPar Claire Martin\n\n" + frPara + "\n\n" + frPara,
			want: headerFields{Date: "2026-12-04", Title: "Stellantis relance une ligne à Poissy", Author: "Claire Martin",
				Header:    "Automobile > Industrie\nStellantis relance une ligne à Poissy\nPublié le 04/12/2026 à 07h40 - Mis à jour le 04/12/2026 à 12h05\nPar Claire Martin",
				BodyStart: frPara, BodyEnd: frPara},
		},
		{
			name: "French kicker in capitals and a later update date",
			lang: language.French,
			src:  "EXCLUSIF\nRenault prépare une Clio hybride moins chère\nPublié le 2 décembre 2026 à 06h00, mis à jour le 3 décembre 2026 à 09h30\n\n" + frPara + "\n\n" + frPara,
			want: headerFields{Date: "2026-12-02", Title: "Renault prépare une Clio hybride moins chère",
				Header:    "EXCLUSIF\nRenault prépare une Clio hybride moins chère\nPublié le 2 décembre 2026 à 06h00, mis à jour le 3 décembre 2026 à 09h30",
				BodyStart: frPara, BodyEnd: frPara},
		},
		{
			name: "German published and updated with pipe",
			lang: language.German,
			src:  "Porsche senkt die Prognose erneut\nVeröffentlicht: 12.10.2026, 14:35 Uhr | Aktualisiert: 12.10.2026, 18:10 Uhr\n\n" + dePara + "\n\n" + dePara,
			want: headerFields{Date: "2026-10-12", Title: "Porsche senkt die Prognose erneut",
				Header:    "Porsche senkt die Prognose erneut\nVeröffentlicht: 12.10.2026, 14:35 Uhr | Aktualisiert: 12.10.2026, 18:10 Uhr",
				BodyStart: dePara, BodyEnd: dePara},
		},
		{
			name: "Dutch kicker, date with om, byline with en",
			lang: language.Dutch,
			src:  "Exclusief\nVolvo haalt de bouw van de EX30 naar Gent\nGepubliceerd op 3 november 2026 om 10:15\nDoor Jan de Vries en Els Peeters\n\n" + nlPara + "\n\n" + nlPara,
			want: headerFields{Date: "2026-11-03", Title: "Volvo haalt de bouw van de EX30 naar Gent", Author: "Jan de Vries en Els Peeters",
				Header:    "Exclusief\nVolvo haalt de bouw van de EX30 naar Gent\nGepubliceerd op 3 november 2026 om 10:15\nDoor Jan de Vries en Els Peeters",
				BodyStart: nlPara, BodyEnd: nlPara},
		},
		{
			name: "Italian kicker and date with alle",
			lang: language.Italian,
			src:  "Mercato\nA Melfi arriva la nuova Jeep Compass ibrida\nPubblicato il 5/11/2026 alle 10:15\n\n" + itPara + "\n\n" + itPara,
			want: headerFields{Date: "2026-11-05", Title: "A Melfi arriva la nuova Jeep Compass ibrida",
				Header:    "Mercato\nA Melfi arriva la nuova Jeep Compass ibrida\nPubblicato il 5/11/2026 alle 10:15",
				BodyStart: itPara, BodyEnd: itPara},
		},
		{
			name: "Spanish date with a las after the byline",
			lang: language.Spanish,
			src:  "Seat fabricará el Cupra Raval en Martorell\nPor Lucía Gómez\nPublicado el 5 de noviembre de 2026 a las 10:15\n\n" + esPara + "\n\n" + esPara,
			want: headerFields{Date: "2026-11-05", Title: "Seat fabricará el Cupra Raval en Martorell", Author: "Lucía Gómez",
				Header:    "Seat fabricará el Cupra Raval en Martorell\nPor Lucía Gómez\nPublicado el 5 de noviembre de 2026 a las 10:15",
				BodyStart: esPara, BodyEnd: esPara},
		},
		{
			name: "Portuguese date with às and a photo credit",
			lang: language.Portuguese,
			src:  "Mercado\nBYD amplia a fábrica de Camaçari\nPublicado em 05/11/2026 às 10h15\nFoto: Divulgação/BYD\n\n" + ptPara + "\n\n" + ptPara,
			want: headerFields{Date: "2026-11-05", Title: "BYD amplia a fábrica de Camaçari",
				Header:    "Mercado\nBYD amplia a fábrica de Camaçari\nPublicado em 05/11/2026 às 10h15\nFoto: Divulgação/BYD",
				BodyStart: ptPara, BodyEnd: ptPara},
		},
		{
			name: "Polish update line",
			lang: language.Polish,
			src:  "Fabryka w Tychach wydłuża zmiany\nZaktualizowano: 5 listopada 2026, 10:15\n\n" + plPara + "\n\n" + plPara,
			want: headerFields{Date: "2026-11-05", Title: "Fabryka w Tychach wydłuża zmiany",
				Header: "Fabryka w Tychach wydłuża zmiany\nZaktualizowano: 5 listopada 2026, 10:15", BodyStart: plPara, BodyEnd: plPara},
		},
		{
			name: "Czech update line",
			lang: language.Czech,
			src:  "Aktualizováno 5. listopadu 2026 10:15\nŠkoda zvyšuje výrobu v Kvasinách\n\n" + csPara + "\n\n" + csPara,
			want: headerFields{Date: "2026-11-05", Title: "Škoda zvyšuje výrobu v Kvasinách",
				Header: "Aktualizováno 5. listopadu 2026 10:15\nŠkoda zvyšuje výrobu v Kvasinách", BodyStart: csPara, BodyEnd: csPara},
		},
		{
			name: "Swedish update line with kl.",
			lang: language.Swedish,
			src:  "Volvo flyttar mer produktion till Gent\nUppdaterad 5 november 2026 kl. 10.15\n\n" + svPara + "\n\n" + svPara,
			want: headerFields{Date: "2026-11-05", Title: "Volvo flyttar mer produktion till Gent",
				Header: "Volvo flyttar mer produktion till Gent\nUppdaterad 5 november 2026 kl. 10.15", BodyStart: svPara, BodyEnd: svPara},
		},
		{
			name: "Turkish update line",
			lang: language.Turkish,
			src:  "Togg Almanya'da satışa başladı\nGüncelleme: 05.11.2026 10:15\n\n" + trPara + "\n\n" + trPara,
			want: headerFields{Date: "2026-11-05", Title: "Togg Almanya'da satışa başladı",
				Header: "Togg Almanya'da satışa başladı\nGüncelleme: 05.11.2026 10:15", BodyStart: trPara, BodyEnd: trPara},
		},
		{
			name: "update time without a date and a reading time",
			lang: language.English,
			src:  "Ford trims its Cologne shifts again\nUpdated 9:12 a.m. ET\n4 min read\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Title: "Ford trims its Cologne shifts again",
				Header: "Ford trims its Cologne shifts again\nUpdated 9:12 a.m. ET\n4 min read", BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "German reading time",
			lang: language.German,
			src:  "VW verlängert die Kurzarbeit in Emden\nLesezeit: 4 Minuten\n\n" + dePara + "\n\n" + dePara,
			want: headerFields{Title: "VW verlängert die Kurzarbeit in Emden",
				Header: "VW verlängert die Kurzarbeit in Emden\nLesezeit: 4 Minuten", BodyStart: dePara, BodyEnd: dePara},
		},
		{
			name: "French kicker, byline with et, reading time, date",
			lang: language.French,
			src:  "Marché\nLes ventes de Dacia progressent en Europe\nPar Claire Martin et Paul Leroy\nTemps de lecture : 4 min\nPublié le 5 novembre 2026 à 08h15\n\n" + frPara + "\n\n" + frPara,
			want: headerFields{Date: "2026-11-05", Title: "Les ventes de Dacia progressent en Europe", Author: "Claire Martin et Paul Leroy",
				Header:    "Marché\nLes ventes de Dacia progressent en Europe\nPar Claire Martin et Paul Leroy\nTemps de lecture : 4 min\nPublié le 5 novembre 2026 à 08h15",
				BodyStart: frPara, BodyEnd: frPara},
		},
		{
			name: "standfirst, then byline and date",
			lang: language.English,
			src:  "Toyota cuts prices of its hybrids in Europe\n" + enStand + "\nBy Ann Lee and Tom Ortiz\nNovember 20, 2026\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Date: "2026-11-20", Title: "Toyota cuts prices of its hybrids in Europe", Author: "Ann Lee and Tom Ortiz",
				Header: "Toyota cuts prices of its hybrids in Europe", BodyStart: enStand, BodyEnd: enPara},
		},
		{
			name: "French standfirst, then date and byline",
			lang: language.French,
			src:  "Dacia accélère en Europe\n\n" + frStand + "\n\nPublié le 30/07/2026 à 08h15\nPar Sophie Durand\n\n" + frPara,
			want: headerFields{Date: "2026-07-30", Title: "Dacia accélère en Europe", Author: "Sophie Durand",
				Header: "Dacia accélère en Europe", BodyStart: frStand, BodyEnd: frPara},
		},
		{
			name: "French date line running into a reading time",
			lang: language.French,
			src:  "Renault accélère sur la Twingo\nPublié le 30 juillet 2026 à 08h15 Temps de lecture 3 min\n\n" + frPara + "\n\n" + frPara,
			want: headerFields{Date: "2026-07-30", Title: "Renault accélère sur la Twingo",
				Header:    "Renault accélère sur la Twingo\nPublié le 30 juillet 2026 à 08h15 Temps de lecture 3 min",
				BodyStart: frPara, BodyEnd: frPara},
		},
		{
			name: "English date and reading time after a dot",
			lang: language.English,
			src:  "Ford trims its Cologne shifts again\nNov 20, 2026 · 4 min read\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Date: "2026-11-20", Title: "Ford trims its Cologne shifts again",
				Header: "Ford trims its Cologne shifts again\nNov 20, 2026 · 4 min read", BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "German date and relative update",
			lang: language.German,
			src:  "Porsche senkt die Prognose erneut\n12.10.2026 | vor 2 Stunden\n\n" + dePara + "\n\n" + dePara,
			want: headerFields{Date: "2026-10-12", Title: "Porsche senkt die Prognose erneut",
				Header: "Porsche senkt die Prognose erneut\n12.10.2026 | vor 2 Stunden", BodyStart: dePara, BodyEnd: dePara},
		},
		{
			name: "Chinese kicker",
			lang: language.Chinese,
			src:  "独家\n比亚迪计划在土耳其新建第二座工厂\n2026年11月5日 10:15\n\n" + zhPara + "\n\n" + zhPara,
			want: headerFields{Date: "2026-11-05", Title: "比亚迪计划在土耳其新建第二座工厂",
				Header: "独家\n比亚迪计划在土耳其新建第二座工厂\n2026年11月5日 10:15", BodyStart: zhPara, BodyEnd: zhPara},
		},
		{
			name: "home trail, kicker, byline, two dates, caption",
			lang: language.English,
			src: "Home › News › EV\nEXCLUSIVE\nRivian weighs a plant in Europe\nBy Ann Lee and Tom Ortiz\n" +
				"Published Nov. 20, 2026 9:12 AM ET | Updated Nov. 21, 2026 1:05 PM ET\nPhoto: The R2 at the Normal plant\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Date: "2026-11-20", Title: "Rivian weighs a plant in Europe", Author: "Ann Lee and Tom Ortiz",
				Header: "Home › News › EV\nEXCLUSIVE\nRivian weighs a plant in Europe\nBy Ann Lee and Tom Ortiz\n" +
					"Published Nov. 20, 2026 9:12 AM ET | Updated Nov. 21, 2026 1:05 PM ET\nPhoto: The R2 at the Normal plant",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			// A short line right over a longer headline-like one is taken
			// for its kicker: on the real-page set (eval/real) that shape
			// was a kicker (Dachzeile, "Fünf Standorte") far more often
			// than a headline over its subtitle.
			name: "kicker over the headline, byline, reading time",
			lang: language.English,
			src:  "Ford trims its Cologne shifts again\nThe carmaker blames weak demand for its electric Explorer\nBy Ann Lee\n4 min read\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Title: "The carmaker blames weak demand for its electric Explorer", Author: "Ann Lee",
				Header:    "Ford trims its Cologne shifts again\nThe carmaker blames weak demand for its electric Explorer\nBy Ann Lee\n4 min read",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "audio player line and a caption that ends with its credit",
			lang: language.English,
			src:  "Renault adds a shift at Douai\nListen to this article\n\nThe Renault 5 on the line at Douai (Photo: Renault)\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Title: "Renault adds a shift at Douai",
				Header:    "Renault adds a shift at Douai\nListen to this article\n\nThe Renault 5 on the line at Douai (Photo: Renault)",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "byline of three reporters and the agency",
			lang: language.English,
			src:  "Nissan shuts a line at Oppama\nBy Ann Lee, Kenji Sato and Eva Berg, Reuters\nDecember 3, 2026\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Date: "2026-12-03", Title: "Nissan shuts a line at Oppama", Author: "Ann Lee, Kenji Sato and Eva Berg",
				Header:    "Nissan shuts a line at Oppama\nBy Ann Lee, Kenji Sato and Eva Berg, Reuters\nDecember 3, 2026",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "byline of a reporter and a place",
			lang: language.German,
			src:  "VW spart in Emden\nVon Anna Keller, Wolfsburg\n3. Dezember 2026\n\n" + dePara + "\n\n" + dePara,
			want: headerFields{Date: "2026-12-03", Title: "VW spart in Emden", Author: "Anna Keller",
				Header:    "VW spart in Emden\nVon Anna Keller, Wolfsburg\n3. Dezember 2026",
				BodyStart: dePara, BodyEnd: dePara},
		},
		{
			name: "two-word kicker in sentence case over a headline and a byline",
			lang: language.Italian,
			src:  "Auto elettriche\nTesla taglia i prezzi della Model Y in Europa\nDi Giulia Bianchi | 5 novembre 2026\n\n" + itPara + "\n\n" + itPara,
			want: headerFields{Date: "2026-11-05", Title: "Tesla taglia i prezzi della Model Y in Europa", Author: "Giulia Bianchi",
				Header:    "Auto elettriche\nTesla taglia i prezzi della Model Y in Europa\nDi Giulia Bianchi | 5 novembre 2026",
				BodyStart: itPara, BodyEnd: itPara},
		},
		{
			name: "two-word kicker over the headline and the body",
			lang: language.English,
			src:  "Tesla stumbles\nDeliveries fell for a third quarter in a row in Europe\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Title: "Deliveries fell for a third quarter in a row in Europe",
				Header:    "Tesla stumbles\nDeliveries fell for a third quarter in a row in Europe",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "a short line over a longer headline is its kicker",
			lang: language.English,
			src:  "Tesla cuts prices\nThe Model Y now costs under 40,000 euros in most markets\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Title: "The Model Y now costs under 40,000 euros in most markets",
				Header:    "Tesla cuts prices\nThe Model Y now costs under 40,000 euros in most markets",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "a one-word line over a standfirst is the title",
			lang: language.English,
			src:  "Recalled\nToyota calls back a million cars over a faulty camera.\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Title: "Recalled", Header: "Recalled",
				BodyStart: "Toyota calls back a million cars over a faulty camera.", BodyEnd: enPara},
		},
		{
			name: "a headline with an arrow is no section trail",
			lang: language.English,
			src:  "EV sales > diesel sales for the first time\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Title: "EV sales > diesel sales for the first time", Header: "EV sales > diesel sales for the first time",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "a headline with a slash is no section trail",
			lang: language.English,
			src:  "Volvo EX30 / EX40 Review\n\n" + enPara + "\n\n" + enPara,
			want: headerFields{Title: "Volvo EX30 / EX40 Review", Header: "Volvo EX30 / EX40 Review",
				BodyStart: enPara, BodyEnd: enPara},
		},
		{
			name: "caption at the top of the body",
			lang: language.German,
			src:  "VW verlängert die Kurzarbeit in Emden\n\nBild: Ein ID.4 im Werk Emden (Archiv)\n\n" + dePara + "\n\n" + dePara,
			want: headerFields{Title: "VW verlängert die Kurzarbeit in Emden",
				Header: "VW verlängert die Kurzarbeit in Emden\n\nBild: Ein ID.4 im Werk Emden (Archiv)", BodyStart: dePara, BodyEnd: dePara},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := headerOf(t, p, tc.src, tc.lang)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.src, diff)
			}
		})
	}
}

func TestCutSiteName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tesla cuts prices in Europe | Autoblog", "Tesla cuts prices in Europe"},
		{"VW baut das Werk Zwickau um - DER SPIEGEL", "VW baut das Werk Zwickau um"},
		{"Toyota lève le voile sur le nouveau RAV4 – Auto Plus", "Toyota lève le voile sur le nouveau RAV4"},
		{"BYD eleva le vendite del 40% | motori.example.it", "BYD eleva le vendite del 40%"},
		{"Stellantis weighs a Chinese tie-up - and why it matters", "Stellantis weighs a Chinese tie-up - and why it matters"},
		{"Ford - Europe", "Ford - Europe"}, // the head would be too short
		{"Renault Clio: the fifth generation - in pictures", "Renault Clio: the fifth generation - in pictures"},
		{"Leapmotor C10 review | Long-term test", "Leapmotor C10 review"},
		{"No separator here", "No separator here"},
	} {
		if got := tc.in[:cutSiteName(tc.in)]; got != tc.want {
			t.Errorf("cutSiteName(%q) leaves %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFindLead covers the tops of real web pages that parseHeader's
// phrases do not know: a search box and a date line above the headline, a
// photo caption above it, and a byline without "By", a section label and
// a repeated standfirst between it and the body.
func TestFindLead(t *testing.T) {
	const para = "The carmaker said on Monday that it would invest 2 billion euros in the plant over the next five years, and that output would double by 2028."
	// para2 differs from para: a paragraph printed twice around short
	// lines is a caption.
	const para2 = "Unions welcomed the plan but asked for guarantees on jobs at the older assembly lines, which build combustion models until 2027."
	for _, tc := range []struct {
		name, src                string
		title, bodyStart, header string
		date                     string
	}{
		{
			name:      "search box and date line above the headline",
			src:       "Search\n\nTuesday, 3 November 2020\n\nWho builds the most electric cars in the world?\n\n" + para + "\n\n" + para,
			title:     "Who builds the most electric cars in the world?",
			bodyStart: para, date: "2020-11-03",
		},
		{
			name:      "photo caption above the headline",
			src:       "Workers fit seats at the Chery plant in Wuhu (China).\n\nEurope threatens Chinese cars with new tariffs\n\n" + para + "\n\n" + para,
			title:     "Europe threatens Chinese cars with new tariffs",
			bodyStart: para,
		},
		{
			name:      "byline without By and a section label under the headline",
			src:       "Galicia backs Stellantis in return for more investment\n\nMarta Souto Pena\n\nECONOMY\n\n" + para + "\n\n" + para,
			title:     "Galicia backs Stellantis in return for more investment",
			bodyStart: para,
		},
		{
			name:      "standfirst, byline twice and a photo label",
			src:       "Carmakers pledge 60 billion reais for Brazil by 2032\n\nVW bets on electric cars and BYD expands its Bahia plant\n\nJoão Pereira\n\nJoão Pereira\n\n" + para,
			title:     "Carmakers pledge 60 billion reais for Brazil by 2032",
			bodyStart: "VW bets on electric cars and BYD expands its Bahia plant",
		},
		{
			name:      "menu line over a headline printed twice",
			src:       "News\n\nSite top menu bar\n\nHyundai and Kia pass ten thousand EV orders\n\nHyundai and Kia pass ten thousand EV orders\n" + para + "\n\n" + para,
			title:     "Hyundai and Kia pass ten thousand EV orders",
			bodyStart: para,
		},
		{
			name:      "link widget, a caption with a slash credit and a Markdown image",
			src:       "Tariffs hit Korean car exports\n\nURL copy\n\nhttps://example.com/view.php?key=2025\n\n![Cars wait at the port of Pyeongtaek.](https://img.example.com/a.jpg)\nCars wait at the port of Pyeongtaek.\n\nCars wait for export at the port of Pyeongtaek on the day the tariffs were announced. /AP\n\n" + para + "\n\n" + para,
			title:     "Tariffs hit Korean car exports",
			bodyStart: para,
		},
		{
			name:      "Korean lead sentence is no headline; a wire tag and its reporter are a credit",
			src:       "[서울=뉴시스]임철휘 기자 = 미국에 수입되는 자동차와 자동차 부품에 대한 25% 관세가 3일(현지 시간) 정식 발효됐다.\n\n이번 조치는 한국의 자동차 수출을 크게 감소시킬 것으로 전망된다. 한국의 지난해 자동차 수출액은 708억 달러인데, 이 가운데 절반에 가까운 342억 달러가 대미 수출액이다.",
			title:     "",
			bodyStart: "미국에 수입되는 자동차와",
		},
		{
			name: "radio banner over a player, a caption printed twice around its credit",
			src: "Public radio from the University 102.1 NPR News | 89.9 Classical\nPlay Live Radio\nNext Up:\n0:00\n0:00\n0:00 0:00\nAvailable On Air Stations\n\n" +
				"Automakers take a hit from tariffs\n\nEquinox EVs are shown for sale at a dealership in Southfield on Oct. 29.\nBill Pugliano\n/\nGetty Images\nEquinox EVs are shown for sale at a dealership in Southfield on Oct. 29.\n\n" + para + "\n\n" + para,
			title:     "Automakers take a hit from tariffs",
			bodyStart: para,
		},
		{
			name:      "site's date of the day above a logo line, the story's stamp with its time under the standfirst",
			src:       "logo\n27 OCAK 2026\n\nFord Otosan'dan büyük yatırım hamlesi\n\n" + para + "\n\n04.12.2020 12:38:00\n\n" + para2,
			title:     "Ford Otosan'dan büyük yatırım hamlesi",
			bodyStart: para, date: "2020-12-04",
		},
		{
			name:      "date in brackets opening the first paragraph",
			src:       "Stellantis ferma Mirafiori\n\n(Di lunedì 5 febbraio 2024) " + para + "\n\n" + para,
			title:     "Stellantis ferma Mirafiori",
			bodyStart: para, date: "2024-02-05",
		},
		{
			name:      "date line under a repeated headline, a comments link and the byline twice",
			src:       "Cerca\n\nFerrari cerca un nuovo amministratore delegato\n\n" + para + "\n\nFerrari cerca un nuovo amministratore delegato\nVai ai commenti 175\nAntonio Monaco\nAntonio Monaco\nPubblicato il 13 dic 2020\n\n" + para2,
			title:     "Ferrari cerca un nuovo amministratore delegato",
			bodyStart: para, date: "2020-12-13",
		},
		{
			name:      "a short CJK standfirst over the byline lines is the body's start",
			src:       "“蔚小理”年报:谁在天上,谁在坑里?\n\n没有一个赚到大钱。\n\n文|深燃 黎明\n\n编辑|魏佳\n\n随着小鹏汽车在昨晚发布财务业绩,“蔚小理”都交出了2022年的答卷。总体来说,三家公司在2022年都是增长的,发布了更多车型,卖掉了更多新车,获得了更多收入。",
			title:     "“蔚小理”年报:谁在天上,谁在坑里?",
			bodyStart: "没有一个赚到大钱。",
		},
		{
			name:      "a dateline with the wire's name between slashes",
			src:       "Honda invests 11 billion dollars in Canada\n\nOTTAWA, April 25. /TASS/. " + para + "\n\n" + para2,
			title:     "Honda invests 11 billion dollars in Canada",
			bodyStart: para,
		},
		{
			name:      "slashes between names are no dateline",
			src:       "German premium makers lose ground\n\nAudi/BMW/Mercedes sales fell in China in the first quarter, the three groups said on Monday, as local rivals cut prices again.\n\n" + para2,
			title:     "German premium makers lose ground",
			bodyStart: "Audi/BMW/Mercedes sales fell",
		},
		{
			name:      "a date line at the end dates nothing",
			src:       "Erdoğan'dan TOGG açıklaması\n\n" + para + "\n" + para + "\n18 Haziran 2022 09:27\nDİĞER HABERLER",
			title:     "Erdoğan'dan TOGG açıklaması",
			bodyStart: para, date: "-",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Article(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.title {
				t.Errorf("Title = %q, want %q", a.Title, tc.title)
			}
			if got := a.Body.Text(tc.src); !strings.HasPrefix(got, tc.bodyStart) {
				t.Errorf("Body starts %q, want %q", got[:min(len(got), 60)], tc.bodyStart)
			}
			if got := a.Date.Format("2006-01-02"); tc.date == "-" && !a.Date.IsZero() || tc.date != "" && tc.date != "-" && got != tc.date {
				t.Errorf("Date = %s, want %s", got, tc.date)
			}
		})
	}
}

func TestKickerJoin(t *testing.T) {
	for _, tc := range []struct {
		title, code, want string
	}{
		{"Krise in der Zulieferindustrie : Immer mehr Zulieferer schlittern in die Insolvenz", "de", "Immer mehr Zulieferer schlittern in die Insolvenz"},
		{"Constructeurs automobiles : C'est la crise !", "fr", "Constructeurs automobiles : C'est la crise !"},
		{"Tesla cuts prices: again", "en", "Tesla cuts prices: again"},
		{"A long headline of more than six words here : too long a kicker", "en", "A long headline of more than six words here : too long a kicker"},
	} {
		if got := tc.title[kickerJoin(tc.title, tc.code):]; got != tc.want {
			t.Errorf("kickerJoin(%q, %s) leaves %q, want %q", tc.title, tc.code, got, tc.want)
		}
	}
}

// TestCJKShapes covers the tops of Chinese and Japanese pages: a site's
// date with its weekday, a labelled publication line with source and
// editor, bylines without a marker word, captions that end in a credit.
func TestCJKShapes(t *testing.T) {
	const para = "上海大众汽车长沙工厂在湖南长沙举行了建成暨首辆轿车下线仪式，这标志着长沙工厂正式投产，该工厂规划年产能三十万辆。"
	for _, tc := range []struct {
		name, src, title, date, bodyStart string
	}{
		{
			name:  "site date with weekday, headline, labelled publication line",
			src:   "2024年05月18日 星期六\n\n上海大众第八工厂投产\n\n发布时间:2015-05-28 14:06:22 来源:某某时报 作者:佚名\n\n" + para + "\n\n" + para + "\n",
			title: "上海大众第八工厂投产", date: "2015-05-28", bodyStart: para,
		},
		{
			name:  "inline date with a byline only",
			src:   " date 2025-11-09 實習編輯王小明／台北報導\n\n" + para + "\n\n" + para + "\n",
			title: "", date: "2025-11-09", bodyStart: para,
		},
		{
			name:  "byline and a caption ending in its credit",
			src:   "南方周末記者 王小明\n\n2020年1月8日,廣州的汽車展廳,一輛新車正在做展示。 南方周末記者 ? 李四 ?圖\n\n" + para + "\n\n" + para + "\n",
			title: "", date: "", bodyStart: para,
		},
		{
			name:  "Japanese caption with a photographer's credit",
			src:   "カナダのオンタリオ州にあるホンダの工場=山田太郎撮影\n\n" + "ホンダは25日、カナダ東部オンタリオ州に電気自動車とEV向け電池の工場を建設すると発表した。総投資額は150億カナダドルにのぼる。\n",
			title: "", date: "", bodyStart: "ホンダは25日",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Article(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.title {
				t.Errorf("Title = %q, want %q", a.Title, tc.title)
			}
			got := ""
			if !a.Date.IsZero() {
				got = a.Date.Format("2006-01-02")
			}
			if got != tc.date {
				t.Errorf("Date = %q, want %q", got, tc.date)
			}
			if b := a.Body.Text(tc.src); !strings.HasPrefix(b, tc.bodyStart) {
				t.Errorf("Body starts %q, want %q", b[:min(len(b), 60)], tc.bodyStart)
			}
		})
	}
}
