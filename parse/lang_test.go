package parse

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Two or three sentences of news in each default language, written for
// these tests.
var languageSamples = []struct {
	code, text string
}{
	{"en", "The carmaker said on Tuesday that it will build a second battery plant in Spain. Production is due to start next year, and the company expects to hire about two thousand workers for the new site."},
	{"nl", "De autofabrikant maakte dinsdag bekend dat er een tweede batterijfabriek in Spanje komt. De productie moet volgend jaar beginnen en het bedrijf verwacht ongeveer tweeduizend mensen aan te nemen."},
	{"de", "Der Autobauer teilte am Dienstag mit, dass er ein zweites Batteriewerk in Spanien bauen wird. Die Produktion soll im nächsten Jahr beginnen, und das Unternehmen will dafür rund zweitausend Mitarbeiter einstellen."},
	{"fr", "Le constructeur a annoncé mardi qu'il allait construire une deuxième usine de batteries en Espagne. La production doit démarrer l'an prochain et l'entreprise prévoit d'embaucher environ deux mille salariés."},
	{"it", "La casa automobilistica ha annunciato martedì che costruirà un secondo stabilimento di batterie in Spagna. La produzione dovrebbe partire il prossimo anno e l'azienda prevede di assumere circa duemila lavoratori."},
	{"es", "El fabricante anunció el martes que construirá una segunda planta de baterías en España. La producción debería comenzar el próximo año y la empresa espera contratar a unos dos mil trabajadores."},
	{"pt", "A montadora anunciou na terça-feira que vai construir uma segunda fábrica de baterias na Espanha. A produção deve começar no próximo ano e a empresa espera contratar cerca de dois mil funcionários."},
	{"pl", "Producent samochodów poinformował we wtorek, że zbuduje drugą fabrykę baterii w Hiszpanii. Produkcja ma ruszyć w przyszłym roku, a firma zamierza zatrudnić około dwóch tysięcy pracowników."},
	{"cs", "Automobilka v úterý oznámila, že ve Španělsku postaví druhý závod na výrobu baterií. Výroba má začít příští rok a firma počítá s tím, že přijme zhruba dva tisíce zaměstnanců."},
	{"sv", "Biltillverkaren meddelade på tisdagen att den ska bygga en andra batterifabrik i Spanien. Produktionen ska starta nästa år och företaget räknar med att anställa omkring tvåtusen personer."},
	{"tr", "Otomobil üreticisi salı günü İspanya'da ikinci bir batarya fabrikası kuracağını açıkladı. Üretimin gelecek yıl başlaması bekleniyor ve şirket yaklaşık iki bin kişiyi işe almayı planlıyor."},
	{"zh", "这家汽车制造商周二宣布，将在西班牙建设第二座电池工厂。该工厂预计明年投产，公司计划招聘约两千名员工。"},
	{"ja", "この自動車メーカーは火曜日、スペインに二つ目の電池工場を建設すると発表した。生産は来年始まる予定で、約二千人を雇用する計画だ。"},
	{"ko", "이 자동차 제조사는 화요일 스페인에 두 번째 배터리 공장을 짓겠다고 발표했다. 생산은 내년에 시작될 예정이며 회사는 약 이천 명을 고용할 계획이다."},
}

func TestParseLanguage(t *testing.T) {
	p := defaultTestParser(t)
	for _, tc := range languageSamples {
		t.Run(tc.code, func(t *testing.T) {
			a, err := p.Parse(tc.text)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tc.text, err)
			}
			if got := a.Language.Code(); got != tc.code {
				t.Errorf("Parse(%q).Language = %v (%.3f), want %s", tc.text, got, a.Language.Confidence, tc.code)
			}
			if c := a.Language.Confidence; c < DefaultMinConfidence || c > 1 {
				t.Errorf("Parse(%q).Language.Confidence = %v, want in [%v, 1]", tc.text, c, DefaultMinConfidence)
			}
		})
	}
}

func TestParseLanguageUndetermined(t *testing.T) {
	p := defaultTestParser(t)
	for _, tc := range []struct{ name, text string }{
		{"one word", "Stellantis"},
		{"model name", "Volkswagen ID.3"},
		{"numbers", "2026 — 25 000 000 € — 3,5 %"},
		{"short ambiguous", "Stellantis rozważa partnerstwo z chińskim producentem."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := p.Parse(tc.text)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tc.text, err)
			}
			if !a.Language.IsUndetermined() {
				t.Errorf("Parse(%q).Language = %v (%.3f), want und", tc.text, a.Language, a.Language.Confidence)
			}
		})
	}
}

func TestParseLanguageSamplesBody(t *testing.T) {
	// An English header over a German body: the body decides.
	src := "Categories: News\n\nVolkswagen cuts costs\n\n" + languageSamples[2].text + "\n\n" + languageSamples[2].text
	a, err := defaultTestParser(t).Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Language.Code(); got != "de" {
		t.Errorf("Parse(english header, german body).Language = %v, want de", got)
	}
}

func TestParseAs(t *testing.T) {
	p := defaultTestParser(t)
	src := languageSamples[0].text
	for _, tc := range []struct {
		name string
		tag  language.Tag
		want string
		conf float64
	}{
		{"known", language.Dutch, "nl", 1},
		{"outside the detector's set", language.Danish, "da", 1},
		{"und detects", language.Und, "en", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := p.ParseAs(src, tc.tag)
			if err != nil {
				t.Fatal(err)
			}
			if a.Language.Code() != tc.want || tc.conf >= 0 && a.Language.Confidence != tc.conf {
				t.Errorf("ParseAs(src, %v).Language = %v (%v), want %s", tc.tag, a.Language, a.Language.Confidence, tc.want)
			}
		})
	}
}

func TestWithLanguages(t *testing.T) {
	for _, tc := range []struct {
		name string
		tags []language.Tag
		text string
		want string
	}{
		{"pair", []language.Tag{language.Dutch, language.German}, languageSamples[1].text, "nl"},
		{"regional tag", []language.Tag{language.BrazilianPortuguese, language.Spanish}, languageSamples[6].text, "pt"},
		{"single", []language.Tag{language.Swedish}, languageSamples[9].text, "sv"},
		{"single, too short", []language.Tag{language.Swedish}, "Volvo", "und"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(WithLanguages(tc.tags...))
			if err != nil {
				t.Fatalf("New(WithLanguages(%v)) error: %v", tc.tags, err)
			}
			a, err := p.Parse(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Language.Code(); got != tc.want {
				t.Errorf("Parse(%q).Language = %v, want %s", tc.text[:20], got, tc.want)
			}
		})
	}
}

func TestSampleText(t *testing.T) {
	long := strings.Repeat("word ", 400)
	for _, tc := range []struct {
		name  string
		src   string
		maxOK int
	}{
		{"long paragraph", long, fullSample},
		{"short paragraphs", strings.Repeat("A short sub-heading\n\nA paragraph of some length that says little.\n\n", 40), fullSample},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := defaultTestParser(t).ParseAs(tc.src, language.English)
			if err != nil {
				t.Fatal(err)
			}
			s := sampleText(tc.src, a.Paragraphs, a.TitleSpan)
			if len(s) == 0 || len(s) > tc.maxOK {
				t.Errorf("sampleText(%s) has %d bytes, want 1..%d", tc.name, len(s), tc.maxOK)
			}
			if strings.Contains(s, "sub-heading") {
				t.Errorf("sampleText(%s) = %q, want sub-headings left out", tc.name, s)
			}
		})
	}
}

// TestDetectWide checks that articles in European languages the
// annotators do not support are reported as themselves, not as the
// nearest supported language, and that the supported ones stay.
func TestDetectWide(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ want, text string }{
		{"ca", "El grup automobilístic ha anunciat avui que invertirà dos mil milions d'euros a la planta de Martorell durant els propers cinc anys, i que la producció de cotxes elèctrics començarà l'any vinent."},
		{"es", "El grupo automovilístico ha anunciado hoy que invertirá dos mil millones de euros en la planta de Martorell durante los próximos cinco años, y que la producción de coches eléctricos empezará el año que viene."},
		{"da", "Bilkoncernen meddelte i dag, at den vil investere to milliarder euro i fabrikken i løbet af de næste fem år, og at produktionen af elbiler begynder næste år."},
		{"sv", "Bilkoncernen meddelade i dag att den kommer att investera två miljarder euro i fabriken under de kommande fem åren och att produktionen av elbilar börjar nästa år."},
		{"ro", "Grupul auto a anunțat astăzi că va investi două miliarde de euro în fabrica de la Mioveni în următorii cinci ani, iar producția de mașini electrice va începe anul viitor."},
		{"hu", "Az autógyártó csoport ma bejelentette, hogy a következő öt évben kétmilliárd eurót fektet be a győri gyárba, és az elektromos autók gyártása jövőre kezdődik."},
		{"fi", "Autokonserni ilmoitti tänään investoivansa kaksi miljardia euroa tehtaaseen seuraavien viiden vuoden aikana, ja sähköautojen tuotanto alkaa ensi vuonna."},
		{"sk", "Automobilový koncern dnes oznámil, že v nasledujúcich piatich rokoch investuje do závodu v Trnave dve miliardy eur a výroba elektromobilov sa začne budúci rok."},
		{"cs", "Automobilový koncern dnes oznámil, že v příštích pěti letech investuje do závodu v Kvasinách dvě miliardy eur a výroba elektromobilů začne příští rok."},
		{"pt", "O grupo automóvel anunciou hoje que vai investir dois mil milhões de euros na fábrica de Mangualde nos próximos cinco anos, e que a produção de carros elétricos começa no próximo ano."},
	} {
		a, err := p.Parse(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Language.Code(); got != tc.want {
			t.Errorf("language of %.40q... = %s (%.2f), want %s", tc.text, got, a.Language.Confidence, tc.want)
		}
	}
}
