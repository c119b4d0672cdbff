package figures

import "testing"

// A few cases for the languages with smaller lexicons.
var moreCases = map[string][]tcase{
	"sv": {
		c("Volvo sparar 18 miljarder kronor.", money("18 miljarder kronor", 18e9, "SEK")),
		c("Fabriken byggde cirka 710 000 bilar.", qty("cirka 710 000 bilar", 710000, "unit").q(approx)),
		c("Försäljningen ökade med 6 procent.", pct("6 procent", 6)),
		c("Kapaciteten blir upp till 150 000 bilar.", qty("upp till 150 000 bilar", 150000, "unit").q(upTo)),
		c("Mer än 90 procent är elbilar.", pct("Mer än 90 procent", 90).q(more)),
		c("Marginalen var nästan 17 procent.", pct("nästan 17 procent", 17).q(approx)),
		c("Volvo XC60 byggs i Torslanda sedan 2008."),
		c("I maj gjordes 24 000 nyregistreringar.", qty("24 000 nyregistreringar", 24000, "unit")),
		c("Bonusen är 10 000 danska kroner.", money("10 000 danska kroner", 10000, "DKK")),
		c("Bygget kostar flera hundra miljoner kronor."),
	},
	"pl": {
		c("Fabryka zbudowała ponad 270 tys. samochodów.", qty("ponad 270 tys. samochodów", 270000, "unit").q(more)),
		c("Udział wynosi około 35 proc. rynku.", pct("około 35 proc.", 35).q(approx)),
		c("Inwestycja to 1,2 mld zł.", money("1,2 mld zł", 1.2e9, "PLN")),
		c("Dopłata wynosi do 40 tys. zł.", money("do 40 tys. zł", 40000, "PLN").q(upTo)),
		c("Sprzedaż wzrosła o 4,8 proc.", pct("4,8 proc.", 4.8)),
		c("Do 2027 roku fabryka zmieni profil."),
		c("Marka miała ponad 48 tys. rejestracji.", qty("ponad 48 tys. rejestracji", 48000, "unit").q(more)),
		c("Sprzedano 12 tys. samochodów osobowych.", qty("12 tys. samochodów osobowych", 12000, "unit")),
		c("Dostarczono 3 tys. nowych samochodów.", qty("3 tys. nowych samochodów", 3000, "unit")),
		c("Na placu stoi kilka tysięcy aut."),
		c("Sprzedano ponad milion samochodów.", qty("ponad milion samochodów", 1e6, "unit").q(more)),
		c("Dopłata to tysiąc złotych.", money("tysiąc złotych", 1000, "PLN")),
		c("Zbudowano pięć tysięcy aut."),
		c("Sprzedaż wzrosła o 12 proc. do 48 tys. aut.", pct("12 proc.", 12), qty("48 tys. aut", 48000, "unit")),
		c("Zysk wyniósł 2 mld koron szwedzkich.", money("2 mld koron szwedzkich", 2e9, "SEK")),
	},
	"cs": {
		c("Škoda prodala přes 920 tisíc vozů.", qty("přes 920 tisíc vozů", 920000, "unit").q(more)),
		c("Zisk dosáhl 2,3 miliardy eur.", money("2,3 miliardy eur", 2.3e9, "EUR")),
		c("Podíl je kolem 33 procent.", pct("kolem 33 procent", 33).q(approx)),
		c("Tržby vzrostly alespoň o 6 procent.", pct("alespoň o 6 procent", 6).q(atLeast)),
		c("Cena začne pod 1 milionem rupií.", money("pod 1 milionem rupií", 1e6, "INR").q(less)),
		c("Model Octavia 4 se vyrábí od roku 2019."),
		c("Závod loni vyrobil více než milion vozů.", qty("více než milion vozů", 1e6, "unit").q(more)),
		c("Značka dodala zhruba 1,2 milionu osobních automobilů.", qty("zhruba 1,2 milionu osobních automobilů", 1.2e6, "unit").q(approx)),
		c("Investice dosáhne miliardu korun.", money("miliardu korun", 1e9, "CZK")),
		c("Prodej dosáhl 3,4 miliardy korun a 2 milionů aut.", money("3,4 miliardy korun", 3.4e9, "CZK"), qty("2 milionů aut", 2e6, "unit")),
		c("Firma ztratila 4 miliardy švédských korun.", money("4 miliardy švédských korun", 4e9, "SEK")),
		c("V březnu bylo 21 500 registrací.", qty("21 500 registrací", 21500, "unit")),
		c("Prodalo se několik tisíc vozů."),
		c("Cena je několik milionů korun."),
		c("Podnik má milion důvodů."),
		c("Vyrobili pět tisíc vozů."),
	},
	"ja": {
		c("投資額を10兆円から約7兆円に減らす。", money("10兆円", 1e13, "JPY"), money("約7兆円", 7e12, "JPY").q(approx)),
		c("燃費を15％以上改善する。", pct("15％以上", 15).q(atLeast)),
		c("損失は最大3000億円に達する。", money("最大3000億円", 3e11, "JPY").q(upTo)),
		c("生産能力を約30万台増やす。", qty("約30万台", 300000, "unit").q(approx)),
		c("稼働を約3年遅らせる。", qty("約3年", 3, "year").q(approx)),
		c("HVの比率は6割を超えた。", pct("6割", 60)),
		c("2030年度までに実施する。"),
		c("計画の第3カ月目に黒字化した。"),
		c("営業利益は4兆1000億円を見込む。", money("4兆1000億円", 4.1e12, "JPY")),
		c("純利益は1兆38億円だった。", money("1兆38億円", 1.0038e12, "JPY")),
		c("影響額は約2兆3500億円に上る。", money("約2兆3500億円", 2.35e12, "JPY").q(approx)),
		c("国内販売は12万4000台だった。", qty("12万4000台", 124000, "unit")),
		c("価格は399万8000円から。", money("399万8000円", 3998000, "JPY")),
		c("5兆円と3000億円の二つの計画。", money("5兆円", 5e12, "JPY"), money("3000億円", 3e11, "JPY")),
	},
	"tr": {
		c("Yatırım 1 milyar dolar olacak.", money("1 milyar dolar", 1e9, "USD")),
		c("Tesis yılda 150 bin araç üretecek.", qty("150 bin araç", 150000, "unit")),
		c("Pazar payı yüzde 17 oldu.", pct("yüzde 17", 17)),
		c("Geçen yıl 700 binden fazla araç satıldı.", qty("700 binden fazla araç", 700000, "unit").q(more)),
		c("Parçaların yaklaşık %80 yerli.", pct("yaklaşık %80", 80).q(approx)),
		c("Fiyat yaklaşık 1,5 milyon TL.", money("yaklaşık 1,5 milyon TL", 1.5e6, "TRY").q(approx)),
		c("Tesiste yaklaşık 5 bin kişi çalışıyor."),
		c("Menzil 500 km'ye kadar çıkıyor.", qty("500 km'ye kadar", 500, "km").q(upTo)),
		c("Pazarın yüzde 12'si elektrikli.", pct("yüzde 12", 12)),
		c("Yaklaşık 2 milyar dolarlık yatırım.", money("Yaklaşık 2 milyar dolarlık", 2e9, "USD").q(approx)),
		c("Şirket 30 bin adetten fazla sattı.", qty("30 bin adetten fazla", 30000, "unit").q(more)),
		c("Fabrika 200 bin araçtan fazla üretti.", qty("200 bin araçtan fazla", 200000, "unit").q(more)),
		c("Bayiler 12 bin otomobilden fazla teslim etti.", qty("12 bin otomobilden fazla", 12000, "unit").q(more)),
		c("Birkaç yüz milyon dolar harcandı."),
	},
}

func TestExtractMoreLanguages(t *testing.T) {
	for lang, cases := range moreCases {
		t.Run(lang, func(t *testing.T) { runCases(t, lang, cases) })
	}
}
