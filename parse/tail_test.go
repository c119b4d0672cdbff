package parse

import (
	"testing"

	"github.com/autonews/autonews/entity"
)

func TestTailCredit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // the credit cut off, "" for none
	}{
		{"Ausschließen wollte ein Sprecher sie aber nicht. (dpa)", "(dpa)"},
		{"Vláda to potvrdila ve čtvrtek. (ČTK)", "(ČTK)"},
		{"점유율 6%를 차지했다. [비즈니스포스트 차화영 기자]", "[비즈니스포스트 차화영 기자]"},
		{"Said Johnston. (Reporting by Ann Lee; Editing by Tom Ortiz)", "(Reporting by Ann Lee; Editing by Tom Ortiz)"},
		{"temenni ediyoruz.' AA", "AA"},
		{"법인 설립을 마쳤다. /hyk@seadaily.com", "/hyk@seadaily.com"},
		{"vicina al milione di veicoli. Leggi anche: Fiat Grande Panda, la versione ibrida", "Leggi anche: Fiat Grande Panda, la versione ibrida"},
		// Not credits: a sentence in brackets, a year, a colon that heads
		// no related link. (A word in capitals is a candidate, and cutCredit
		// keeps it unless a sentence ends before it.)
		{"The company declined to comment. (It later issued a statement.)", ""},
		{"Sales rose by a fifth (2024)", ""},
		{"The plant builds the Zoe for the whole of the EU", "EU"},
		{"The results were clear. Sales: up 20 percent", ""},
	} {
		got := ""
		if i, _ := tailCredit(tc.in); i > 0 {
			got = tc.in[i:]
		}
		if got != tc.want {
			t.Errorf("tailCredit(%q) cuts %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRightsNotice(t *testing.T) {
	for in, want := range map[string]bool{
		"< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 >":                             true,
		"Copyright Ⓒ SBS. All rights reserved.":                       true,
		"鄭重声明:本文の著作権は原作者に帰属します。":                                      true,
		"Tous droits réservés – AutoNews 2025":                        true,
		"The dispute over the copyright of the design went to court.": false,
		"The R5 on the line at Douai © Renault":                       false,
	} {
		if got := rightsNotice(in); got != want {
			t.Errorf("rightsNotice(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestFurnitureAuthor(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"来源：新浪汽车 作者：王明 2025-03-18 09:30", "王明"},
		{"Por Javier Morales", "Javier Morales"},
		{"责任编辑：李华", ""},
		{"Buscar", ""},
	} {
		sp := furnitureAuthor(tc.in, 0, mark{})
		if got := sp.Text(tc.in); got != tc.want {
			t.Errorf("furnitureAuthor(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if sp := furnitureAuthor("x", 5, mark{author: entity.Span{Start: 7, End: 9}}); sp != (entity.Span{Start: 7, End: 9}) {
		t.Errorf("furnitureAuthor with a mark's author = %v", sp)
	}
}

// TestTailSmoothing checks the context rule at the end: short lines
// between the last paragraph and the furniture after it are furniture,
// while a short last sentence, a list and a paragraph with no furniture
// after it stay in the body.
func TestTailSmoothing(t *testing.T) {
	const para = "Der Autozulieferer baut an seinem größten Standort weitere Arbeitsplätze ab, teilte das Unternehmen mit."
	for _, tc := range []struct {
		name, src, lastWords string
	}{
		{"paywall line before related links", para + "\n\nJetzt weiterlesen mit AutoNachrichten Plus – alle Artikel\nMehr zum Thema\nContinental trennt sich von seiner Autosparte", "mitteilte"},
		{"address over a phone number", para + "\n\nWydawca: Moto Media Polska sp. z o.o.\nul. Puławska 182\n02-670 Warszawa\ntel. +48 22 555 14 20", "mitteilte"},
		{"bullets introduced by the text", para + "\n\nDie Zölle im Einzelnen:\n• BYD: 17,4%;\n• SAIC: 37,6%.\n\nMehr zum Thema\nSchaeffler legt Sparprogramm auf", "• SAIC: 37,6%."},
		{"a note on the article itself", para + "\n\nReuters hat an diesem Artikel mitgewirkt. Er wurde mit Hilfe künstlicher Intelligenz übersetzt.", "mitteilte"},
		{"a last line that introduces what is not there", para + "\n\nLesen Sie alle unsere Tests:", "mitteilte"},
		{"short line with nothing after it", para + "\n\nJetzt weiterlesen", "Jetzt weiterlesen"},
		{"caption over its credit after the last paragraph", para + "\n\nDer neue Peugeot 3008, der Star der Marke auf dem Salon in São Paulo, wird einer der Wagen aus Goiana sein\nFoto: Marcelo Monegato/WM1\nMehr zum Thema\nSchaeffler legt Sparprogramm auf", "mitteilte"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "ZF streicht in Schweinfurt 1500 Stellen\n\n" + para + "\n\n" + tc.src
			a, err := defaultTestParser(t).Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, src, a)
			body := a.BodyText()
			want := tc.lastWords
			if want == "mitteilte" {
				want = "teilte das Unternehmen mit."
			}
			if len(body) < len(want) || body[len(body)-len(want):] != want {
				t.Errorf("body ends %q, want %q", body[max(0, len(body)-60):], want)
			}
		})
	}
}
