package tagger

import (
	"strings"
	"testing"

	"github.com/autonews/autonews/entity"
)

// scriptData is a small knowledge base with Japanese, Chinese and Korean
// aliases and names that inflect in Polish and Czech.
const scriptData = `# test catalog for scripts without spaces, Korean particles and case endings
# columns: name, kind, category, parents, aliases, note
Ford	organization	brand		=Ford|フォード	
Toyota	organization	automaker		トヨタ|トヨタ自動車	
Honda	organization	automaker		ホンダ	
Nissan	organization	automaker		日产|日产汽车|日産	
Volkswagen	organization	automaker		大众	
Li Auto	organization	automaker		理想|理想汽车	
BYD	organization	automaker		=BYD|比亚迪	
Hyundai	organization	automaker		현대자동차|현대차	
Kia	organization	automaker		기아	
Tesla	organization	automaker		테슬라|テスラ	
Jeep	organization	brand		=Jeep	
Fiat	organization	brand		=Fiat	
Skoda	organization	brand		Škoda	
Jeep Avenger	product	model	Jeep	=Avenger	
Fiat 600	product	model	Fiat		
Skoda Octavia	product	model	Skoda	Škoda Octavia|=Octavia?	
Skoda Kodiaq	product	model	Skoda	Kodiaq	
Klaus Zellmer	person	executive	Skoda		
European Union	organization	public-body		유럽연합	
European Commission	organization	public-body		유럽연합 집행위원회	
Oxford	place	city		オックスフォード	
Seoul	place	city		ソウル|서울	
Canada	place	country		カナダ	
Ontario	place	region		オンタリオ州	
China	place	country		中国	
India	place	country		인도	
Indonesia	place	country		인도네시아	
`

func scriptTagger(t testing.TB) *Tagger {
	t.Helper()
	recs, err := entity.ReadRecords(strings.NewReader(scriptData), "script.tsv")
	if err != nil {
		t.Fatalf("ReadRecords: %v", err)
	}
	cat, err := entity.NewCatalog(recs)
	if err != nil {
		t.Fatalf("NewCatalog: %v", err)
	}
	tg, err := New(cat, Options{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return tg
}

// TestTagKatakana checks that a katakana name matches only at the edges of
// a katakana run.
func TestTagKatakana(t *testing.T) {
	runTagCases(t, scriptTagger(t), []tagCase{
		{"before a particle", "ja", "フォードは新型車を発表した。",
			[]found{{"フォード", "Ford", org, false}}},
		{"between particles", "ja", "トヨタとフォードが提携した。",
			[]found{{"トヨタ", "Toyota", org, false}, {"フォード", "Ford", org, false}}},
		{"before kanji", "ja", "トヨタ自動車とフォード社。",
			[]found{{"トヨタ自動車", "Toyota", org, false}, {"フォード", "Ford", org, false}}},
		{"next to Latin and digits", "ja", "FordのフォードF150。",
			[]found{{"Ford", "Ford", org, false}, {"フォード", "Ford", org, false}}},
		{"inside a longer word", "ja", "オックスフォードの大学。",
			[]found{{"オックスフォード", "Oxford", place, false}}},
		{"start of a longer word", "ja", "ソウルフードを食べた。", nil},
		{"end of a longer word", "ja", "ニューソウルで。", nil},
		{"long vowel mark after", "ja", "フォードーの話。", nil},
		{"long vowel mark before", "ja", "ーフォードの話。", nil},
		{"half width run", "ja", "ﾆｭｰソウルで。", nil},
		{"city before a particle", "ja", "ソウルで会議が開かれた。",
			[]found{{"ソウル", "Seoul", place, false}}},
		{"first part of a dotted name", "ja", "フォード・モーターの決算。",
			[]found{{"フォード", "Ford", org, false}}},
		{"last part of a dotted name", "ja", "俳優のハリソン・フォードが来日した。", nil},
		{"dotted list of names", "ja", "トヨタ・ホンダ・日産の3社。",
			[]found{{"トヨタ", "Toyota", org, false}, {"ホンダ", "Honda", org, false}, {"日産", "Nissan", org, false}}},
		{"dotted region", "ja", "カナダ・オンタリオ州の工場。",
			[]found{{"カナダ", "Canada", place, false}, {"オンタリオ州", "Ontario", place, false}}},
		{"bullet", "ja", "見出し\n・ホンダ、二輪が好調",
			[]found{{"ホンダ", "Honda", org, false}}},
	})
}

// TestTagHanWords checks that two-character Chinese names are not read
// inside common words.
func TestTagHanWords(t *testing.T) {
	runTagCases(t, scriptTagger(t), []tagCase{
		{"daily output", "zh", "该厂日产量达到一千辆。", nil},
		{"today production and sales", "zh", "今日产销数据公布。", nil},
		{"daily production", "zh", "工厂每日产出一千辆。", nil},
		{"name before a particle", "zh", "日产的销量下降。",
			[]found{{"日产", "Nissan", org, false}}},
		{"longer alias", "zh", "日产汽车公布了销量。",
			[]found{{"日产汽车", "Nissan", org, false}}},
		{"mass production", "zh", "日产量产新车型。",
			[]found{{"日产", "Nissan", org, false}}},
		{"today, then the name", "zh", "今日，日产发布新车。",
			[]found{{"日产", "Nissan", org, false}}},
		{"popularize", "zh", "产品大众化是趋势。", nil},
		{"Volkswagen", "zh", "大众与比亚迪合作。",
			[]found{{"大众", "Volkswagen", org, false}, {"比亚迪", "BYD", org, false}}},
		{"not ideal", "zh", "比亚迪的销量不理想。",
			[]found{{"比亚迪", "BYD", org, false}}},
		{"very ideal", "zh", "结果很理想。", nil},
		{"Li Auto", "zh", "理想的销量超过了比亚迪。",
			[]found{{"理想", "Li Auto", org, false}, {"比亚迪", "BYD", org, false}}},
		{"performance", "zh", "大众性能车很受欢迎。",
			[]found{{"大众", "Volkswagen", org, false}}},
		{"sinicize", "zh", "中国化的设计。", nil},
		{"country", "zh", "中国市场很大。",
			[]found{{"中国", "China", place, false}}},
		{"three characters are left alone", "zh", "比亚迪化的说法。",
			[]found{{"比亚迪", "BYD", org, false}}},
	})
}

// TestTagKoreanParticles checks that Korean names are found with particles
// attached, and that the span covers the name only.
func TestTagKoreanParticles(t *testing.T) {
	runTagCases(t, scriptTagger(t), []tagCase{
		{"and", "ko", "현대자동차와 기아는 협력한다.",
			[]found{{"현대자동차", "Hyundai", org, false}, {"기아", "Kia", org, false}}},
		{"subject", "ko", "테슬라가 가격을 내렸다.",
			[]found{{"테슬라", "Tesla", org, false}}},
		{"two words", "ko", "유럽연합 집행위원회가 관세를 발표했다.",
			[]found{{"유럽연합 집행위원회", "European Commission", org, false}}},
		{"genitive and locative", "ko", "유럽연합의 결정이 서울에서 논의됐다.",
			[]found{{"유럽연합", "European Union", org, false}, {"서울", "Seoul", place, false}}},
		{"two-syllable particles", "ko", "인도에서 기아까지 서울이랑 현대차처럼.",
			[]found{{"인도", "India", place, false}, {"기아", "Kia", org, false}, {"서울", "Seoul", place, false},
				{"현대차", "Hyundai", org, false}}},
		{"stacked particles", "ko", "서울에서는 테슬라와의 경쟁.",
			[]found{{"서울", "Seoul", place, false}, {"테슬라", "Tesla", org, false}}},
		{"Latin name with a particle", "ko", "BYD는 성장했다.",
			[]found{{"BYD", "BYD", org, false}}},
		{"case-sensitive name with a particle", "ko", "byd는 성장했다.", nil},
		{"name ending in a particle syllable", "ko", "인도 시장과 인도네시아.",
			[]found{{"인도", "India", place, false}, {"인도네시아", "Indonesia", place, false}}},
		{"no particle, another word", "ko", "서울시와 테슬라가격.", nil},
		{"particle alone", "ko", "는 가 의", nil},
	})
}

// TestTagInflectedProducts checks that products match in a case ending
// when brand and model inflect together, and not as a single word.
func TestTagInflectedProducts(t *testing.T) {
	runTagCases(t, scriptTagger(t), []tagCase{
		{"both words", "pl", "W Tychach powstają Jeepa Avengera.",
			[]found{{"Jeepa Avengera", "Jeep Avenger", product, false}}},
		{"brand and number", "pl", "Fabryka produkuje Fiata 600 od roku.",
			[]found{{"Fiata 600", "Fiat 600", product, false}}},
		{"Czech locative", "cs", "Mluvil o Škodě Octavii i o Škodě.",
			[]found{{"Škodě Octavii", "Skoda Octavia", product, false}, {"Škodě", "Skoda", org, false}}},
		{"person", "cs", "Podle Klause Zellmera trh roste.",
			[]found{{"Klause Zellmera", "Klaus Zellmer", person, false}}},
		{"one-word model", "cs", "Prodej Kodiaqu roste, Kodiaq také.",
			[]found{{"Kodiaq", "Skoda Kodiaq", product, false}}},
		{"no inflection in English", "en", "Fiata 600 and Jeepa Avengera are not names here.", nil},
	})
}

// TestLinkInflectedSurnames checks that a surname alone links to the full
// name in another case in languages with case endings, and only there.
func TestLinkInflectedSurnames(t *testing.T) {
	zellmer := found{"Klaus Zellmer", "Klaus Zellmer", person, false}
	runTagCases(t, scriptTagger(t), []tagCase{
		{"genitive after nominative", "cs", "Klaus Zellmer mluvil. Podle Zellmera trh roste.",
			[]found{zellmer, {"Zellmera", "Klaus Zellmer", person, false}}},
		{"nominative after genitive", "cs", "Podle Klause Zellmera trh roste, řekl Zellmer.",
			[]found{{"Klause Zellmera", "Klaus Zellmer", person, false}, {"Zellmer", "Klaus Zellmer", person, false}}},
		{"dative", "cs", "Klaus Zellmer mluvil. Zellmerovi se to líbí.",
			[]found{zellmer, {"Zellmerovi", "Klaus Zellmer", person, false}}},
		{"before the full name", "cs", "Zellmera chválí. Klaus Zellmer mluvil.",
			[]found{zellmer}},
		{"another word on a short stem", "cs", "Klaus Zellmer mluvil. Zelený trh roste.",
			[]found{zellmer}},
		{"no case endings in English", "en", "Klaus Zellmer spoke. Zellmera is no name here.",
			[]found{zellmer}},
	})
}
