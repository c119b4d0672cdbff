package figures

import "testing"

// Cases for scripts the first lexicons read poorly: full-width digits,
// Traditional Chinese scales and currencies, Korean with its glued scales
// and particles, and Turkish endings without an apostrophe.
var scriptCases = map[string][]tcase{
	"ja": {
		c("シェアは２７・５％だった。", pct("２７・５％", 27.5)),
		c("赤字は約２兆７０００億円に上る。", money("約２兆７０００億円", 2.7e12, "JPY").q(approx)),
		c("比率は７割に達した。", pct("７割", 70)),
		c("販売は１２，０００台、前年比１５％増。", qty("１２，０００台", 12000, "unit"), pct("１５％", 15)),
		c("価格は２０～３０％上がる。", pct("２０～３０％", 20).r(20, 30)),
		c("利益は20〜30％増える。", pct("20〜30％", 20).r(20, 30)),
		c("２０２６年に発売する。"),
		c("第３四半期に黒字化した。"),
	},
	"zh": {
		c("投資400億元興建新廠。", money("400億元", 4e10, "CNY")),
		c("售價40萬元上下。", money("40萬元上下", 4e5, "CNY").q(approx)),
		c("總額約429億元。", money("約429億元", 4.29e10, "CNY").q(approx)),
		c("補貼最高可達22.5億元。", money("最高可達22.5億元", 2.25e9, "CNY").q(upTo)),
		c("銷量超過30萬輛。", qty("超過30萬輛", 3e5, "unit").q(more)),
		c("票價港幣100元。", money("港幣100元", 100, "HKD")),
		c("油價5.6到5.78元。", money("5.6到5.78元", 5.6, "CNY").r(5.6, 5.78)),
		c("电价5.6至5.78元。", money("5.6至5.78元", 5.6, "CNY").r(5.6, 5.78)),
		c("光伏电站装机1000兆瓦。", qty("1000兆瓦", 1000, "MW")), // 兆 before 瓦 is mega, not 10^12
	},
	"ko": {
		c("현대차는 약 146조원을 투자한다.", money("약 146조원", 1.46e14, "KRW").q(approx)),
		c("시장 규모는 1000억 달러에 이른다.", money("1000억 달러", 1e11, "USD")),
		c("영업이익은 2조 7000억 원이었다.", money("2조 7000억 원", 2.7e12, "KRW")),
		c("판매가 15% 증가했다.", pct("15%", 15)),
		c("점유율이 3.5%p 올랐다.", points("3.5%p", 3.5)),
		c("연간 30만 대를 생산한다.", qty("30만 대", 3e5, "unit")),
		c("계약 100억 원 규모", money("100억 원", 1e10, "KRW")),
		c("가격은 5000만 원 이상이다.", money("5000만 원 이상", 5e7, "KRW").q(atLeast)),
		c("2030년까지 전기차를 늘린다."),
	},
	"tr": {
		c("Yatırım 2 milyar 491 milyon dolar oldu.", money("2 milyar 491 milyon dolar", 2.491e9, "USD")),
		c("Satışlar 10 milyar doların üzerinde.", money("10 milyar doların üzerinde", 1e10, "USD").q(more)),
		c("Şirket 5 milyon dolara satıldı.", money("5 milyon dolara", 5e6, "USD")),
		c("Fiyat 1,5 milyon liraya çıktı.", money("1,5 milyon liraya", 1.5e6, "TRY")),
		c("Doları 30 liradan aldı.", money("30 liradan", 30, "TRY")),
		c("Dolarcılar 3 kişiydi."),
	},
	"en": {
		c("It earned 1 billion 200 million dollars.", money("1 billion 200 million dollars", 1.2e9, "USD")),
		c("Sales were 2 billion, 300 million units were sold.", qty("300 million units", 3e8, "unit")),
	},
}

func TestExtractScripts(t *testing.T) {
	for lang, cases := range scriptCases {
		t.Run(lang, func(t *testing.T) { runTable(t, lang, cases) })
	}
}
